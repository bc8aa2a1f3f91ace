"""IHC: the score next to a HER2 name (0 / 1+ / 2+ / 3+ in the usual spellings), its share of
cells (found by findings/ihc_share.py), clone and the lab's own call word; and breast HER2-low /
ultralow wording."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex

from ..rules import CLONE_NAMES, SPELLED_DIGITS
from .block_clauses import block_clause_scores
from .block_score import labelled_block_score
from .call_rows import after_another_score_below
from .control_line import sentence_names_control, value_line
from .far_score import names_a_subpopulation, not_own_score
from .footnote import drop_footnote_scores
from .ihc_share import percent_of_cells, percent_qualifier, share_meets_bound
from .intensity import mark_share_at_floor, read_from_intensity
from .invasive_clause import invasive_clause_scores
from .lines import on_one_line
from .listing import opens_negative_list
from .mention_scope import MentionScope
from .model import Finding
from .name_list import closes_other_marker_item, in_own_position, opened_by_other_marker
from .negated_score import ruled_out
from .now_score import led_by_own_tumour, with_now_score
from .overall_label import overall_label_score
from .pathologist_label import pathologist_label_alone
from .prose_lines import prose_line_start
from .reader_scores import consensus_after_readers
from .row_reach import values_back_start
from .rule_share import score_is_rule_share
from .sample_clauses import clause_scores
from .scope import finditer, line_end, line_start, search, sentence_start
from .score_owner import said_of_other_marker

if TYPE_CHECKING:
    from .scanner import PageScanner

INTERPRETATION_ROWS = 4  # rows below a score where the lab's interpretation row may be
SCORE_GROUPS = (
    "scale",
    "plus",
    "preplus",
    "word",
    "paren",
    "callnum",
    "colon",
    "desc",
    "label",
    "zero",
    "gtzero",
)


def _score_text(digit: str) -> str:
    return "0" if digit == "0" else f"{digit}+"


def score_from_match(m: regex.Match[str]) -> tuple[str | None, str | None, bool]:
    """(score, range, zero_plus) from an IHC_SCORE match."""
    g = m.groupdict()
    if g.get("lo") and g.get("hi"):
        lo = SPELLED_DIGITS.get(g["lo"].lower(), g["lo"])
        hi = g["hi"]
        if lo == hi:
            return _score_text(hi), None, False
        return None, f"{lo}-{hi}+", False
    for name in SCORE_GROUPS:
        if g.get(name):
            digit = g[name]
            zero_plus = (name == "plus" and digit == "0") or name == "gtzero"  # "0+", ">0 <1+"
            return _score_text(digit), None, zero_plus
    if g.get("spelled"):
        return _score_text(SPELLED_DIGITS[g["spelled"].lower()]), None, False
    if g.get("roman"):  # "III+", "score II": the Roman numeral's value
        return _score_text(str(len(g["roman"]))), None, False
    return None, None, False


def call_of(m: regex.Match[str]) -> str:
    """The call a CALL_WORD match makes."""
    if m.group("neg"):
        return "negative"
    if m.group("eq"):
        return "equivocal"
    if m.group("weak"):
        return "weakly_positive"
    return "positive"


def _score_matches(s: PageScanner, scope: MentionScope) -> tuple[list[regex.Match[str]], bool]:
    """Score tokens of this mention: near scope, then far scope (a sentence or two later), then
    right before the name ("3+ HER2", "(score 3+) for HER2"); later table rows join them.
    Second value: whether the far scope was used."""
    t, c = s.text, s.c
    start, end = scope.start, scope.end
    # a score the report rules out ("without areas of 2+ or 3+ reactivity; score 1+") is no score
    # of the near scope: with only such scores there, the far scope's is read (probe18, probe19)
    scores = [
        m
        for m in finditer(c.ihc_score, t, end, scope.near_stop)
        if not not_own_score(s, scope, m.start())
        and not ruled_out(t, c, m.start())
        and not score_is_rule_share(t, m.start(), m.end())  # "criteria (>30% for 3+):" (fix23a)
    ]
    scores = block_clause_scores(s, scope, scores)  # "1+ on block A1; 3+ on block A2": the highest
    scores = clause_scores(s, scope, scores)  # "3+ on the 2019 core; 1+ on this excision" (fix23)
    scores = invasive_clause_scores(s, scope, scores)  # "3+ in the DCIS; the invasive carcinoma is 1+"
    parts = [m for m in scores if _remainder_part(s, m.start())]  # "remaining tumour 0/1+"
    scores = [m for m in scores if m not in parts]
    far_used = False
    # a pending or advised test, or one the lab could not report ("HER2 IHC: UNABLE TO REPORT"):
    # a score further on is not its result
    near_trigger = _near_trigger(s, scope.back_start, scope.near_stop) or bool(
        c.no_result_after_name.match(t, end)
    )
    if not scores and scope.far_stop > scope.near_stop and not near_trigger:
        first = search(c.ihc_score, t, scope.near_stop, scope.far_stop)
        if first and score_is_rule_share(t, first.start(), first.end()):
            first = search(c.ihc_score, t, first.end(), scope.far_stop)  # a rule's bar (fix23a)
        if first and _remainder_part(s, first.start()):
            parts.append(first)  # the rest of the tumour's score: the lab's own may follow
            first = search(c.ihc_score, t, first.end(), scope.far_stop)
        if first and names_a_subpopulation(s, first.start()):
            first = search(
                c.ihc_score, t, first.end(), scope.far_stop
            )  # "The 2+ component exceeds 10%: score 2+"
        if first and not_own_score(s, scope, first.start()):
            first = None
        scores = [first] if first else []  # later numbers in a far scope belong to other things
        far_used = bool(scores)
    if not scores and not near_trigger:
        block = labelled_block_score(s, scope)  # " SCORE: 3+" closing a long block (probe18)
        scores, far_used = ([block], True) if block else (scores, far_used)
    if not scores and not near_trigger:
        back = [
            b
            for b in finditer(c.ihc_score, t, max(scope.back_start, start - 40), start)
            if not ruled_out(t, c, b.start())  # "2+ (not 3+) -> HER2 NEGATIVE": the 2+
        ]
        if (
            back
            and not search(c.other_marker_ci, t, back[-1].end(), start)
            and on_one_line(t, back[-1].end(), start)
            and not closes_other_marker_item(s, back[-1], max(scope.back_start, start - 40), start)
            and not opened_by_other_marker(s, back[-1])
        ):
            scores = back[-1:]
    scores = scores or parts  # the remainder the only score: perhaps the residual tumour's
    if scores:
        scores = scores + table_rows(s, scores[-1].end(), scope.far_stop)
    overall = None if near_trigger else _overall_score(s, end, scope.far_stop)
    if overall is None and not near_trigger:
        overall = consensus_after_readers(s, scope, scores)  # "Reader 1: 1+" ... "CONSENSUS: 2+"
    own = None if near_trigger else overall_label_score(s, scope)  # "OVERALL HER2 SCORE: 1+" (probe18)
    if own is not None:
        return [own], False
    if overall is not None:
        return [overall], overall.start() >= scope.near_stop
    kept = [m for m in scores if not _on_control_line(s, scope, m.start())]
    kept = [m for m in kept if in_own_position(s, scope, m.start())]  # "ER/PR/HER2: 3+/3+/1+"
    return drop_footnote_scores(s, kept), far_used


def _remainder_part(s: PageScanner, score_at: int) -> bool:
    """The score is the rest of the tumour's, beside a part the statement describes ("in one
    cluster of ~6 cells; remaining tumour 0/1+", variants9 I-08): not the result when the mention
    gives another score."""
    lo = max(line_start(s.text, score_at), score_at - 80)
    return s.c.remainder_score.search(s.text, lo, score_at) is not None


def _overall_score(s: PageScanner, lo: int, hi: int) -> regex.Match[str] | None:
    """The score the lab gives as its overall one after describing the parts ("predominantly 1+
    staining, with a population (~15%) showing complete staining. Overall score 2+", devset7
    b7-f11-07): the result, whatever the parts' scores. An overall label naming HER2 again is
    that name's own statement ("Overall HER2 IHC score: 2+"), read there."""
    label = search(s.c.overall_score, s.text, lo, hi)
    while label is not None and pathologist_label_alone(s, label):
        label = search(s.c.overall_score, s.text, label.end(), hi)  # another pathologist's score
    return None if label is None else s.c.ihc_score.match(s.text, label.end(), hi)


def _in_brackets(t: str, lo: int, start: int, end: int, hi: int) -> bool:
    """[start, end) lies inside a bracketed aside that opens and closes within [lo, hi)."""
    opened = t.rfind("(", lo, start)
    closed = t.find(")", end, hi)
    return opened >= 0 and ")" not in t[opened:start] and closed >= 0 and "(" not in t[end:closed]


def _near_trigger(s: PageScanner, lo: int, hi: int) -> bool:
    """The mention's near words say its test is pending or only advised, so a score further on
    is not its result. A purpose in a bracketed aside of a heading ("HER2 IHC (4B5), scored with
    gastric criteria (tumour-agnostic T-DXd eligibility):" over "SCORE: 3+") says why the test
    was done, not that it was not (variants5 H-19); a pending word counts anywhere."""
    reason = s.context_reason(lo, hi)
    if reason == "pending":
        from .purpose_aside import only_purpose_requests  # a pending word: rare, imported when met

        if not only_purpose_requests(s, lo, hi):
            return True  # "(requested for T-DXd eligibility)" is why the test was done (probe21)
    if reason not in ("pending", "recommendation"):
        return False
    t = s.text
    return any(
        not _in_brackets(t, lo, m.start(), m.end(), hi)
        for m in finditer(s.c.context["recommendation"], t, lo, hi)
    )


def _on_control_line(s: PageScanner, scope: MentionScope, pos: int) -> bool:
    """A score on a later line that is a control's ("Ext. control (gastric ca 3+)"): the
    control's score, not this tumor's."""
    lo, hi = value_line(s.text, pos)
    return lo > scope.start and sentence_names_control(s, pos, lo, hi)


def read_ihc(s: PageScanner, scope: MentionScope) -> list[Finding]:
    t, c = s.text, s.c
    start = scope.start
    if c.probe_pair_header.match(t, scope.end):
        return []  # "cell  HER2  CEP17": the rows below count signals per cell, not IHC scores
    scores, far_used = _score_matches(s, scope)
    scores = with_now_score(s, scope, scores)  # "was 3+ at diagnosis; it is now 1+"
    ish_method_near = search(c.ish_method, t, max(values_back_start(s, scope), start - 40), scope.near_stop)
    if ish_method_near and c.ish_cross_reference.search(
        t, max(0, ish_method_near.start() - 30), ish_method_near.start()
    ):
        ish_method_near = None  # "HER2 IHC | see ISH | 2 +": the IHC row refers to the ISH (b9-f12-01)
    out: list[Finding] = []
    prev_end = scope.start
    for sm in scores:
        if (
            ish_method_near
            and ish_method_near.start() < sm.start()
            and not search(c.ihc_word, t, ish_method_near.end(), sm.start())
            and not led_by_own_tumour(s, sm)  # "3+ or ISH amplification is required ...; this tumour is 0"
        ):
            continue  # A "score" inside an ISH sentence ("HER2 FISH score 2") is not IHC.
        if out and _inside_rule_clause(s, prev_end, sm):
            continue  # "1+, negative (HERACLES: positive when 3+ ...)": the 3+ is the rule's
        if _defined_by_rule(s, scope, sm):
            continue  # "Scoring follows ASCO/CAP guidelines: 3+ = circumferential ...": a definition
        if c.threshold_staining_equals_score.search(
            t, max(line_start(t, sm.start()), sm.start() - 160), sm.start()
        ):
            continue  # "strong complete membrane staining in >10% of invasive cells = 3+": a key's (lead26)
        if c.replaced_score.search(t, max(0, sm.start() - 80), sm.start()):
            continue  # "This replaces the score of 0 given above": the score a revision replaced
        if said_of_other_marker(s, sm):
            continue  # "the 3+ above is the AR intensity score": another marker's (probe18)
        if ruled_out(t, c, sm.start()):
            continue  # "Concurrent IHC 2+ (not 3+)": a score the report rules out
        if c.share_none_row.match(t, sm.end()) or c.answered_no_after_score.match(t, sm.end()):
            continue  # "Tumor cells with 3+ staining ..... none": no cell has that score
        if c.not_done_after_score.match(t, sm.end(), line_end(t, sm.end())):
            continue  # "- HER2 IHC 3+ by central lab => sample not sent": a criterion, no result
        values, call_m = _score_values(s, scope, sm, far_used)
        lo_q = min(start, sm.start())
        hi_q = max(sm.end(), call_m.end() if call_m is not None else sm.end())
        out.append(s.make("ihc", lo_q, hi_q, values))
        prev_end = sm.end()
    return out


def _inside_rule_clause(s: PageScanner, after: int, sm: regex.Match[str]) -> bool:
    """A later score whose own clause (from the last "(" or sentence start after the previous
    score) names a scoring system or criteria: it states the rule, not this tumor's result."""
    t = s.text
    lo = max(after, t.rfind("(", after, sm.start()), sentence_start(t, sm.start(), after, s.c))
    return search(s.c.score_rule_context, t, lo, sm.start()) is not None


def _defined_by_rule(s: PageScanner, scope: MentionScope, sm: regex.Match[str]) -> bool:
    """A score defined by an equals sign in a clause that names a scoring system ("Scoring follows
    ASCO/CAP guidelines: 3+ = circumferential, complete, intense staining in >10% of cells" in a
    methods paragraph, devset9 b9-f09-04): the rule's category, not a result. "= positive" after
    the score is a result's call."""
    t = s.text
    rest = t[sm.end() : min(len(t), sm.end() + 40)].lstrip(" \t")
    if not rest.startswith("="):
        return False
    if s.c.call_word.match(rest[1:].lstrip()) is not None:
        return False
    return _inside_rule_clause(s, scope.start, sm)


def _score_values(
    s: PageScanner, scope: MentionScope, sm: regex.Match[str], far_used: bool
) -> tuple[dict[str, Any], regex.Match[str] | None]:
    """The values of one score token, and the call word that goes with it (if any)."""
    t, c = s.text, s.c
    score, score_range, zero_plus = score_from_match(sm)
    call_m = _call_near(s, scope, sm, far_used) or _interpretation_row(s, sm)
    values: dict[str, Any] = {"score": score}
    if score == "0" and search(c.no_staining, t, sm.start(), min(len(t), sm.end() + 40)):
        values["no_staining"] = True
    if score_range:
        values["score_range"] = score_range
    if zero_plus:
        values["zero_plus"] = True
    if call_m is not None:
        values["lab_call"] = call_of(call_m)
    pct = percent_of_cells(s, scope, sm)
    if pct is not None:
        values["percent_cells"] = float(pct.group("pct"))
        qualifier = percent_qualifier(s.c, s.text, pct.start())
        if qualifier:
            values["percent_qualifier"] = qualifier
        mark_share_at_floor(values, read_from_intensity(t, sm.start(), sm.group(0)))
    clone = search(c.clone, t, max(0, scope.start - 60), min(len(t), scope.near_stop + 20))
    if clone or "hercep" in scope.name:
        key = next(k for k, v in clone.groupdict().items() if v) if clone else "hercep"
        values["clone"] = CLONE_NAMES[key]
    return values, call_m


def _call_near(
    s: PageScanner, scope: MentionScope, sm: regex.Match[str], far_used: bool
) -> regex.Match[str] | None:
    """The lab's call word within 60 characters of the score."""
    t = s.text
    lo = max(scope.end, sm.start() - 60)
    hi = min(scope.far_stop if far_used else scope.near_stop, sm.end() + 40)
    # a score on a specimen row ("B. Liver metastasis: 3+ ... - POSITIVE") does not take the call
    # word of the row above it (issue 11, family 6)
    row_start = line_start(t, sm.start())
    if row_start > lo and s.c.specimen_row.match(t, row_start, sm.start()):
        lo = row_start
    for cm in finditer(s.c.call_word, t, lo, hi):
        if s.c.call_word.match(t, cm.start(), min(len(t), cm.end() + 30)) is None:
            continue  # the window cut the words after it: "(positive control ...)" is no call
        if _said_in_error(s, cm):
            continue  # 'read "NEGATIVE" in error. The score of 3+ was correctly stated' (blind set 26)
        if cm.start() > sm.end() and opens_negative_list(t, cm.start(), cm.end(), s.c):
            continue  # "HER2 IHC 3+" over "Negative for: lymphovascular invasion": the list's label (lead24)
        if abs(cm.start() - sm.start()) < 60 and not after_another_score_below(s, sm, cm):
            return cm
    return None


IN_ERROR_REACH = 25  # characters after a call word where the words voiding it may stand


def _said_in_error(s: PageScanner, cm: regex.Match[str]) -> bool:
    """The call word is the one the report says was given in error or withdrawn ("NEGATIVE" in
    error, "positive (withdrawn)"): the wrong call quoted, never the score's call."""
    t = s.text
    rest = t[cm.end() : min(len(t), cm.end() + IN_ERROR_REACH)].lstrip(" \t\"'\u201d\u2019(,")
    return s.c.version_void.match(rest) is not None


def _interpretation_row(s: PageScanner, sm: regex.Match[str]) -> regex.Match[str] | None:
    """The lab's call on a labelled row below the score, in the same block ("HERACLES
    interpretation: NEGATIVE", "Final result: negative"): not past a blank line or a row that
    names HER2, another test or marker again, and not a row labelled with another test or marker
    ("ISH interpretation:", "KRAS result:"). Blind set 4, b4-f06-02."""
    t, c = s.text, s.c
    start = line_end(t, sm.end()) + 1
    restated = _criterion_row(s, sm, start)
    if restated is not None:
        return restated
    for _ in range(INTERPRETATION_ROWS):
        end = line_end(t, start)
        if start >= len(t) or not t[start:end].strip():
            return None
        row = c.interpretation_row.match(t, start, end)
        if row is not None:
            label = row.group("label")
            other = (
                search(c.ish_method, label) or search(c.other_marker_ci, label) or search(c.ras_gene, label)
            )
            return None if other else row
        if any(search(p, t, start, end) for p in (c.her2, c.ish_method, c.ratio, c.other_marker_ci)):
            return None  # the next test's or marker's block ("FISH ratio 2.5" over its own call)
        start = end + 1
    return None


def _criterion_row(s: PageScanner, sm: regex.Match[str], start: int) -> regex.Match[str] | None:
    """The lab's call on the row after a score line that ends with a criteria label ("... in ~40%
    of tumor cells. HERACLES:" over "2+ in <50% of cells = NEGATIVE."): the row restates the same
    score under the label and makes one call, so it is the lab applying its criteria to this
    result (devset6 b6-f06-03), not a legend (which names several calls)."""
    t, c = s.text, s.c
    if start >= len(t):
        return None
    rest = t[sm.end() : max(sm.end(), start - 1)].rstrip()
    end = line_end(t, start)
    lead = c.criterion_lead.match(t, start, end)
    if lead is not None:
        # "HER2 IHC (HERACLES): 2+ in about 30% of tumour cells" over "Under HERACLES, 2+ in <50% of
        # cells is NEGATIVE.": the criterion opens the row (devset8 b8-f11-10)
        start = lead.end()
    elif not rest.endswith(":") or search(c.score_rule_context, rest[-40:]) is None:
        return None
    again = search(c.ihc_score, t, start, end)
    if again is None or t[start : again.start()].strip() or score_from_match(again) != score_from_match(sm):
        return None
    if lead is not None and not share_meets_bound(s, sm, again.end(), end):
        return None
    calls = list(finditer(c.call_word, t, again.end(), end))
    return calls[0] if calls and len({call_of(x) for x in calls}) == 1 else None


def table_rows(s: PageScanner, after: int, stop: int) -> list[regex.Match[str]]:
    """Scores on later rows of the same table: lines that start with a specimen label."""
    t = s.text
    found: list[regex.Match[str]] = []
    pos = t.find("\n", after, stop)
    while 0 <= pos < stop:
        line_end = t.find("\n", pos + 1, stop)
        line_end = stop if line_end < 0 else line_end
        line_start = pos + 1
        if search(s.c.specimen_row, t, line_start, line_end):
            score = search(s.c.ihc_score, t, line_start, line_end)
            if score:
                found.append(score)
        pos = t.find("\n", line_start) if line_end < stop else -1
    return found


def read_her2_low(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """Breast HER2-low / ultralow / zero wording next to the name (docs/clinical-rules.md)."""
    low = search(s.c.her2_low, s.text, scope.start, scope.near_stop)
    if not (low and low.group(0).strip()):
        return []
    line_start = prose_line_start(s.text, low.start())  # "(this is not a" / "HER2-ultralow pattern)"
    if search(s.c.her2_low_negated_before, s.text, max(line_start, low.start() - 80), low.start()):
        return []  # "not HER2-ultralow", "does not meet criteria for HER2-low or HER2-ultralow"
    if s.c.score_of_subpopulation.match(s.text, low.end()):
        return []  # "the HER2-low component does not change the overall call": a part's (blind set 30)
    kind = "ultralow" if low.group("ultralow") else ("low" if low.group("low") else "zero")
    lo, hi = min(scope.start, low.start()), max(scope.end, low.end())
    values: dict[str, object] = {"category": kind}
    if s.c.her2_low_purpose_after.match(s.text, low.end()) or search(
        s.c.her2_low_purpose_before, s.text, max(line_start, low.start() - 80), low.start()
    ):
        # "recommended for HER2-low eligibility": what a test is for, not the tumour's category
        # (interpret: no HER2-low flag from it; the status reading is left as it was)
        values["purpose"] = True
    out = [s.make("her2_low", lo, hi, values)]
    if kind == "zero" and search(s.c.ihc_score, s.text, scope.end, scope.near_stop) is None:
        # "HER2 immunohistochemistry (4B5): HER2-ZERO": the category names the score, IHC 0
        # (devset7 b7-f11-05); a score written beside it is read as usual
        out.append(s.make("ihc", lo, hi, {"score": "0"}))
    return out
