"""Clauses that hold HER2 values without stating this tumor's result, by their structure: a
condition ("If the score is 2+, ..."), a value offered with another test's result as its
alternative ("IHC 3+ or ISH-amplified"), a bare score in a drug's approval clause, a sentence
whose subject is another cancer (devset7; findings/context.py asks these for every mention)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .model import Finding
from .negated_score import ruled_out
from .scope import SCOPE, finditer, search, sentence_end, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

SUBJECT_REACH = 40  # characters from a sentence's start where its subject, a cancer, may be named


def sentence_opens_with_other_cancer(s: PageScanner, mention: int) -> bool:
    """The mention's sentence opens with another cancer than this report's, as its subject:
    "Right breast carcinoma 2019: ER negative, PR negative, HER2 3+ / (HER2-positive), treated
    with TCHP" in an ovarian report (devset7 b7-f07-02): its second HER2 name, on the next line,
    is that cancer's too. Not when the sentence names this report's cancer as well."""
    t, c, current = s.text, s.c, s.ctx.cancer_type
    if current == "unknown":
        return False
    sent_lo = sentence_start(t, mention, max(0, mention - SCOPE.statement), c)
    head_hi = min(mention, sent_lo + SUBJECT_REACH)
    opening = {k for k in c.site_words if k != current and search(c.cancer_phrase[k], t, sent_lo, head_hi)}
    if not opening:
        return False
    return not search(c.site_words[current], t, sent_lo, mention)


# words that leave a line unfinished: a sentence wrapped after one of them runs on to the next line
JOINERS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "is",
        "neither",
        "nor",
        "not",
        "of",
        "on",
        "or",
        "the",
        "to",
        "was",
        "were",
        "with",
        # a condition opened at a line's end runs on to the next ("... not HER2-null. If" / "ISH
        # is not amplified it is HER2-low": variants14a v14a-f11-03)
        "if",
        "unless",
        "whether",
        "y",
        "o",
        "de",
        "del",
        "el",
        "la",
        "los",
        "las",
        "en",
    ]
)


def _wrapped(text: str) -> bool:
    """Every line break in `text` wraps one sentence: the line before ends with a joining word
    ("... ER-positive and") or the next line goes on in lower case ("... called in / situ
    hybridisation"). A break before a new row ("reflex FISH will be performed / HER2 IHC: 3+")
    is no wrap."""
    lines = text.split("\n")
    for before, after in zip(lines, lines[1:], strict=False):
        words = before.split()
        if not (words and words[-1].lower() in JOINERS) and not after.lstrip()[:1].islower():
            return False
    return True


# texts one of which every condition (ihc.toml condition-opening, condition-inside) contains
CONDITION_WORDS = ("if ", "unless", "should ", "case ", "caso ", "si ")


def governed_by_condition(s: PageScanner, start: int) -> bool:
    """The HER2 name at `start` is inside a condition: its sentence opens with one ("If the score
    is 2+, a second test ... looks for extra copies of the HER2 gene", devset7 b7-f09-06), or a
    condition word before it governs it with no comma or clause end between ("may be considered
    if the tumor is ER-positive and HER2-negative", b7-f01-10). The text from the condition to the
    name must be one wrapped sentence, never a row below it."""
    t, c = s.text, s.c
    floor = max(0, start - SCOPE.statement)
    before = t[floor:start].lower()
    if not any(word in before for word in CONDITION_WORDS):
        return False  # no condition word before the name: its sentence need not be found
    sent_lo = sentence_start(t, start, floor, c)
    if sent_lo > floor or sent_lo == 0:
        opening = c.condition_opening.match(t, sent_lo, start)
        if opening and _wrapped(t[opening.end() : start]):
            return True
    inside = search(c.condition_inside, t, sent_lo, start)
    return inside is not None and _wrapped(t[inside.start() : start])


# the joining words of ihc.toml result-alternatives, as a cheap test before the pattern runs
ALTERNATIVE_JOINERS = (" or", ",or", "(or", "/or", "\tor", "\nor", " o ", " o\n", " u ", " u\n")


def offered_as_alternative(s: PageScanner, values: list[Finding], lo: int, hi: int) -> bool:
    """A value of the statement is one side of "<result> or <another test's result>" ("requires
    documented HER2 IHC 3+ or ERBB2 mutation", "HER2-positive is IHC 3+ or ISH-amplified"): a lab
    states what it found, never two tests' results joined by "or", so the clause is a criterion
    or a definition (devset7 b7-f09-10, b7-f04-10)."""
    clause = s.text[lo:hi].lower()
    if not any(joiner in clause for joiner in ALTERNATIVE_JOINERS):
        return False  # no "or" between words: nothing offered as an alternative
    return any(
        f.nstart < m.end() and m.start() < f.nend
        for m in finditer(s.c.result_alternatives, s.text, lo, hi)
        for f in values
    )


def therapy_before(s: PageScanner, lo: int, value_end: int) -> bool:
    """A drug, its approval or eligibility, or a population of patients is named in the value's
    own sentence before the value: the value is what the approval covers, not this tumor's. (Not
    any therapy word: "Indication: IHC 2+" on an ISH request is the case's own score.)"""
    t, c = s.text, s.c
    hi = max(lo, value_end)
    return bool(search(c.approval_words, t, lo, hi) or search(c.context["population"], t, lo, hi))


def _score_at(f: Finding) -> str | None:
    score = f.values.get("score")
    return score if f.family == "ihc" and isinstance(score, str) and score.endswith("+") else None


def _own_sentence(s: PageScanner, f: Finding) -> tuple[int, int]:
    """The sentence holding the value's last character (its score)."""
    t, c = s.text, s.c
    pos = max(f.nstart, f.nend - 1)
    lo = sentence_start(t, pos, max(0, pos - SCOPE.statement), c)
    return lo, sentence_end(t, pos, min(len(t), pos + SCOPE.statement), c)


def offered_scores(s: PageScanner, values: list[Finding]) -> list[Finding]:
    """The IHC values whose score is one side of two different scores offered as alternatives in
    the value's own sentence: "(ToGA-eligible result = IHC 3+ or IHC 2+/FISH positive)", "tumores
    HER2 positivos (IHQ 3+ o IHQ 2+ con ISH positiva)", "(IHC 3+ or IHC 2+ with ISH amplification
    = positive)". A lab states the one score it found; two joined by "or" define a category, in a
    comment, a drug's criteria or a key, whatever the lab's layout (devset11 b11-f09-09,
    b11-f08-03, b11-f08-06, b11-f07-02)."""
    out = []
    for f in values:
        if _score_at(f) is None:
            continue
        lo, hi = _own_sentence(s, f)
        # "0 vs 1+ distinction": two scores a review compared (sentences15: b15-f01-08, b17-f10-09)
        pairs = [
            *finditer(s.c.score_disjunction, s.text, lo, hi),
            *(m for m in finditer(s.c.score_versus, s.text, lo, hi) if not _decided_after(s, m, f)),
        ]
        for m in pairs:
            if m.group("a") != m.group("b") and any(f.nstart <= m.start(g) < f.nend for g in ("a", "b")):
                if _negated_pair(s, m, _score_at(f)):
                    continue
                out.append(f)
                break
    return out


def offered_in_cell(s: PageScanner, cell: str, score: str | None) -> bool:
    """A table cell offering its score as one of two alternatives: "IHC 3+ or 2+/ISH+" under a
    trial log's "HER2 requirement" header is an entry criterion, not a result (variants13b
    v13b-f09-03). Only a pair that holds the cell's own score: "1+ (no 2+ or 3+ clusters)" stays;
    a cell read as a range ("2+ or 3+") is the pair itself (`score` None)."""
    if "+" not in cell:
        return False
    own = score.replace(" ", "").rstrip("+") if score else None
    return any(
        m.group("a") != m.group("b") and (own is None or own in (m.group("a"), m.group("b")))
        for m in s.c.score_disjunction.finditer(cell)
    )


def _decided_after(s: PageScanner, m: regex.Match[str], f: Finding) -> bool:
    """The lab gives its score after weighing two: "2+ vs 1+ borderline, scored 2+ (equivocal)"
    (fix18b: variants11 v11-f07-05). A score after the pair, inside the value, is the decision."""
    return m.end() < f.nend and search(s.c.ihc_score, s.text, m.end(), f.nend) is not None


def _negated_pair(s: PageScanner, m: regex.Match[str], own: str | None) -> bool:
    """The two scores are what the tumour lacks, not alternatives offered: "no cluster with 2+ or
    3+ staining -> SCORE 1+" describes a 1+ (devset20 b20-f06-06, gastric biopsy criteria). Only
    when the value's own score is neither of the two: "no 2+ or 3+" never voids a "2+"."""
    if own is None or own.replace(" ", "") in {m.group("a") + "+", m.group("b") + "+"}:
        return False
    return ruled_out(s.text, s.c, m.start("a"))  # asked of the pair's first score


GENERIC_REACH = 24  # characters before a HER2 name where its indefinite article may stand


def generic_class_values(s: PageScanner, start: int, values: list[Finding]) -> list[Finding]:
    """The unmeasured IHC values of a HER2 name that opens a generic noun phrase ("a HER2-positive
    result (IHC 3+)", "un resultado HER2 positivo (IHQ 3+)") in a sentence that names a drug or its
    eligibility: the class of results the drug is given for, not this tumor's ("in biliary tract
    carcinoma a her2-positive result (ihc 3+) may qualify the patient for zanidatamab; the present
    biopsy is equivocal", devset11 b11-f07-09). A share of cells makes a value this tumor's."""
    t = s.text
    classed = class_criteria_values(s, start, values)
    bare = [f for f in values if _score_at(f) and f.values.get("percent_cells") is None and f not in classed]
    if not bare:
        return classed
    lo = max(0, start - GENERIC_REACH)
    if not any(m.end() == start for m in finditer(s.c.generic_article_before_name, t, lo, start)):
        return []
    out = classed
    for f in bare:
        sent_lo, sent_hi = _own_sentence(s, f)
        if sent_lo <= start and search(s.c.approval_words, t, sent_lo, sent_hi):
            out.append(f)
    return out


def class_criteria_values(s: PageScanner, start: int, values: list[Finding]) -> list[Finding]:
    """The values inside the bracket of a class of tumours a HER2 name opens, the subject of an
    eligibility: "HER2-positive mCRC (HERACLES: 3+ in >=50%, or 3+ in >10% to <50% / 2+ in >=50%
    confirmed by ISH) may be eligible for tucatinib + trastuzumab; this tumour does not meet
    criteria" (devset16 b16-f06-05). Not after "this", "the present", "her" ...: "This
    HER2-positive tumour (IHC 3+) may be eligible" states this tumor's result."""
    t = s.text
    name = next((m for m in s.mentions if m.start() == start), None)
    if name is None or "positiv" not in t[name.end() : name.end() + 16].lower():
        return []
    m = s.c.class_criteria_after_name.match(t, name.end())
    if m is None or s.c.own_tumour_before_name.search(t[max(0, start - GENERIC_REACH) : start]):
        return []
    lo, hi = m.span("inside")
    return [f for f in values if lo <= f.nstart < hi or lo < f.nend <= hi]
