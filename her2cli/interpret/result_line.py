"""The result-line rule on a positive call (gate14, session 14; docs/positive-check.md, "The
result-line rule").

Six blind sets in a row had confident positives for reports that were not positive, each resting
on a line the check could not tell from a result: a scoring key ("(3+ = strong complete staining
in >10%)"), a comment on eligibility ("HER2-positive mCRC (HERACLES: 3+ ...) may be eligible"),
another sample named in the line's label ("Pre-treatment biopsy (03/2026): HER2 IHC 3+"), a
patient-history sentence ("a patient with HER2-positive breast cancer per the diagnostic
biopsy"). Turning it around: a positive stands only when one line that reads positive holds its
value where a lab writes its own current result, recognised by the line's structure (the data
records of her2cli/data/rules/result_line.toml):

- a label of its own right before the value, made of label words only and naming HER2 or a result
  ("HER2 (4B5): 3+", "RESULT: AMPLIFIED", "... cells: HER2 score 3+", "FINAL HER2 STATUS: POSITIVE");
- a results-table row naming HER2 ("| ERBB2 | Amplification");
- a bare value opening its clause ("HER2 3+ (strong ...)", "ERBB2 amplification - CN 18");
- a plain statement of this tumour's result ("The tumour is therefore HER2 POSITIVE").

A value in quotes, or followed by a condition or what would follow from it ("may be eligible",
"amplificado si ..."), is on no result line. A line whose label names an earlier or outside
sample ("Pre-treatment biopsy: HER2 IHC 3+") is that sample's result: by policy (b) (facts.md
section 11, "Same tumor, earlier specimen") it still stands when the report gives no result line
of its own; beside the report's own result line it does not. It reads only the call's evidence
lines (interpret/verify.py runs it after the doubt gate; tools/heldout_gate.py scores it on the
held-out first readings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from itertools import product

import regex

from ..findings.checkbox import box_right_before
from ..model import Evidence
from ..rules.patterns import bind
from .verify_lines import MASK, evidence_line, mask_other_brackets, reads_positive

__all__ = ["LineKind", "ResultLineWords", "line_kind", "off_result_line"]

_OCR = str.maketrans({"0": "o", "1": "l", "|": "l"})
_MAX_LABEL_WORDS = 10
_MAX_TAIL_WORDS = 7
# a value word a little past the matched words is still the line's value ('gain (amplification)')
_REACH = 24
_BOX_REACH = 12  # a form's marked box stands right before its option's words


class LineKind(StrEnum):
    """Where a line holds its value."""

    LABELLED = "labelled"  # under a label of its own
    TABLE = "table"  # in a results-table row
    BARE = "bare"  # a bare value opening its clause
    STATEMENT = "statement"  # a statement of this tumour's result
    EARLIER = "earlier"  # under a label naming an earlier or outside sample


CURRENT = frozenset({LineKind.LABELLED, LineKind.TABLE, LineKind.BARE, LineKind.STATEMENT})


@dataclass(frozen=True)
class ResultLineWords:
    result_line_value: regex.Pattern[str]
    result_line_other_value: regex.Pattern[str]
    result_line_stop: regex.Pattern[str]
    result_line_separator: regex.Pattern[str]
    result_line_label_word: regex.Pattern[str]
    result_line_word: regex.Pattern[str]
    result_line_statement: regex.Pattern[str]
    result_line_after: regex.Pattern[str]
    result_line_earlier: regex.Pattern[str]
    result_line_narrative: regex.Pattern[str]
    result_line_clause_word: regex.Pattern[str]
    result_line_key_word: regex.Pattern[str]
    result_line_earlier_sample: regex.Pattern[str]
    result_line_lead: regex.Pattern[str]
    result_line_word_split: regex.Pattern[str]
    result_line_her2: regex.Pattern[str]
    result_line_for_her2: regex.Pattern[str]
    result_line_last_word: regex.Pattern[str]
    result_line_negated_end: regex.Pattern[str]
    result_line_comparator: regex.Pattern[str]
    result_line_csv_cell_gap: regex.Pattern[str]
    result_line_quote_closes: regex.Pattern[str]
    result_line_mask_run: regex.Pattern[str]
    result_line_space_run: regex.Pattern[str]
    result_line_described: regex.Pattern[str]
    result_line_described_word: regex.Pattern[str]
    result_line_described_end: regex.Pattern[str]
    result_line_described_equals: regex.Pattern[str]
    result_line_described_equals_end: regex.Pattern[str]
    result_line_marker_list: regex.Pattern[str]
    result_line_name_in_words: regex.Pattern[str]


@cache
def words() -> ResultLineWords:
    return bind(ResultLineWords, ("result_line",))


def _forms(word: str) -> list[str]:
    """A word as the records read it: lower case, OCR digits folded, each 'l' also as 'i'
    ("FlNAL" -> "final"); at most 16 forms."""
    folded = word.lower().translate(_OCR)
    spots = [i for i, ch in enumerate(folded) if ch == "l"][:4]
    out = [word.lower()]
    for choice in product("li", repeat=len(spots)):
        chars = list(folded)
        for at, ch in zip(spots, choice, strict=True):
            chars[at] = ch
        out.append("".join(chars))
    return out


@lru_cache(maxsize=8192)  # bounded: a batch meets many numbers and OCR pieces
def _is(record: str, word: str) -> bool:
    pattern: regex.Pattern[str] = getattr(words(), record)
    return any(pattern.match(form) for form in _forms(word))


def _split(text: str) -> list[str]:
    return [w for w in words().result_line_word_split.split(text) if w]


def _label_words_only(text: str, limit: int) -> bool:
    found = _split(text)
    return len(found) <= limit and all(_is("result_line_word", w) or _short(w) for w in found)


def _short(word: str) -> bool:
    """An OCR piece of a word ("HE R2", "gr oup"): one or two letters, not a small word."""
    return len(word) <= 2 and word.lower() not in ("if", "or", "no", "as", "to", "at", "we", "it")


def _names_label(text: str) -> bool:
    return bool(words().result_line_her2.search(text)) or _has(text, "result_line_label_word")


def _quoted(prefix: str) -> bool:
    """The value sits inside a quotation that opens before it (a cell of a CSV row, '","3+',
    is no quotation)."""
    if words().result_line_csv_cell_gap.search(prefix):
        return False
    return prefix.count('"') % 2 == 1 or prefix.count("“") > prefix.count("”")


def _quoted_line(label: str, after: str) -> bool:
    """A whole line quoted under a label of its own ('Debe decir: "HER2: positivo (3+)"', 'v2 HER2
    line: "..."'): the quotation closes at the end of the clause and the label is no sentence
    ('The referral letter states: "..."' is)."""
    closing = words().result_line_quote_closes.match(after)
    head = label.rstrip()
    return closing is not None and head.endswith(":") and _label_like(head[:-1])


def _kind_at(text: str, start: int, end: int) -> LineKind | None:
    """Where the value text[start:end] stands: the kind of its line, or None."""
    w = words()
    masked = mask_other_brackets(text, start)
    lo = max((m.end() for m in w.result_line_stop.finditer(masked, 0, start)), default=0)
    prefix = masked[lo:start]
    if _quoted(prefix):
        opened = max(prefix.rfind('"'), prefix.rfind("“"))
        if not _quoted_line(prefix[:opened], masked[end:]):
            return None  # a quoted value
        prefix = prefix[opened + 1 :]
    after = w.result_line_mask_run.sub(" ", masked[end:])
    if w.result_line_after.match(after):
        return None  # a criterion or what would follow from it
    lead = words().result_line_lead.sub("", prefix)
    if words().result_line_for_her2.match(after) and _label_like(w.result_line_separator.split(lead)[-1]):
        return LineKind.STATEMENT  # "... and also positive for HER2"
    found = (
        _structure(lead) or _described(lead, after) or _marker_list(lead) or _marked_option(text, lo, start)
    )
    if found is None:
        return None
    kind, label = found
    hi = next((m.start() for m in w.result_line_stop.finditer(masked, end)), len(masked))
    if w.result_line_earlier.search(label.replace(MASK, " ")) or w.result_line_earlier_sample.search(
        text, lo, hi
    ):
        return LineKind.EARLIER
    return kind


def _structure(prefix: str) -> tuple[LineKind, str] | None:
    """The kind of line the words before a value make, and the words that label it."""
    w = words()
    if "|" in prefix and words().result_line_her2.search(prefix):
        return LineKind.TABLE, prefix
    parts = w.result_line_separator.split(prefix)
    tail = parts[-1]
    before = [p for p in parts[:-1] if _split(p)]
    # a label after a key's or a note's word ("Reference: ratio amplified") is the key's
    aside = bool(before) and _is("result_line_key_word", _split(before[-1])[-1])
    if _label_words_only(tail, _MAX_TAIL_WORDS) and not aside:
        if _split(tail) and _names_label(tail):
            # the label the tail goes on from, when short, may name the sample ("Pre-treatment
            # biopsy (03/2026): HER2 IHC 3+")
            label = tail + (
                " " + before[-1] if before and len(_split(before[-1])) <= _MAX_LABEL_WORDS else ""
            )
            return (LineKind.LABELLED if len(parts) > 1 else LineKind.BARE), label
        if before and _label_like(before[-1]) and any(_names_label(p) for p in before):
            return LineKind.LABELLED, before[-1]
        if len(parts) == 1:
            return LineKind.BARE, tail
        if before and _test_label(before):
            return LineKind.LABELLED, " ".join(before)
    if _row(prefix):
        # a run of labels and values with no sentence in it: a table row under its column
        # headers, flattened ("Mass 2 (block A7) ER 60% PR 0% HER2 IHC 3+")
        return LineKind.TABLE, prefix
    plain = words().result_line_space_run.sub(" ", tail.replace(MASK, " ")).strip().translate(_OCR) + " "
    if w.result_line_statement.search(plain) and not words().result_line_comparator.search(plain):
        return LineKind.STATEMENT, ""
    return None


def _marked_option(text: str, lo: int, start: int) -> tuple[LineKind, str] | None:
    """The value opens a form's marked option ("Result options: [ ] Negative (Score 0) ... [X]
    Positive (Score 3+)"): the form's structure for its result, as a table row's cell is (devset16
    b16-f11-08, probe16 labelled_options). A blank or twice-marked form gives no value to check
    (findings/checkbox.py reads it as a legend)."""
    box = box_right_before(text, start, lo, _BOX_REACH)
    if box is None or box.group("marked") is None:
        return None
    return LineKind.TABLE, text[lo : box.start()]


def _marker_list(prefix: str) -> tuple[LineKind, str] | None:
    """This tumour's marker statuses in one sentence, HER2 last ("In summary, this tumour is ER
    positive, PR negative and HER2 POSITIVE (3+)"): its commas part the markers."""
    plain = words().result_line_space_run.sub(" ", prefix.replace(MASK, " "))
    found = words().result_line_marker_list.search(plain)
    return (LineKind.STATEMENT, "") if found is not None else None


def _described(prefix: str, after: str) -> tuple[LineKind, str] | None:
    """A HER2 stain described, its value in the bracket that closes the description and the
    clause ("HER2 (4B5) shows strong complete membrane staining in >90% of invasive tumour cells
    (3+, positive)."): the subject only label words, the description only label or staining words
    (a sample named after the bracket, "(3+) on the 2019 biopsy", is no end of the clause)."""
    m = words().result_line_described.match(prefix)
    if m is None or words().result_line_described_end.match(after) is None:
        m = words().result_line_described_equals.match(prefix)  # "c-erbB-2: strong ... cells = 3+." (lead26)
        if m is None or words().result_line_described_equals_end.match(after) is None:
            return None
    subject, described = m.group("subject"), m.group("described")
    if not all(_is("result_line_word", x) or _short(x) for x in _split(subject)):
        return None
    if not all(_is("result_line_word", x) or _is("result_line_described_word", x) for x in _split(described)):
        return None
    return LineKind.STATEMENT, subject


def _row(prefix: str) -> bool:
    """Labels and values with no sentence in them, naming HER2 or holding two numbers or more
    ("Excision, R 10:00 B3 2+ 2.4 Amplified", a row under column headers the line does not hold)."""
    found = _split(prefix)
    if not found or _has(prefix, "result_line_narrative"):
        return False
    return bool(words().result_line_her2.search(prefix)) or sum(w[:1].isdigit() for w in found) >= 2


def _test_label(before: list[str]) -> bool:
    """A label that opens with HER2 and names the test however it goes on ("HER2 IHC (4B5),
    scored with endometrial criteria: 3+"), with no clause in it ("HER2 in this laboratory,
    when performed, uses clone 4B5 ...")."""
    return bool(words().result_line_her2.match(before[0].lstrip())) and not any(
        _has(p, "result_line_clause_word") for p in before
    )


def _has(text: str, record: str) -> bool:
    return any(_is(record, w) for w in _split(text))


def _label_like(text: str) -> bool:
    """A label before a separator: a few words and none that makes a sentence of them."""
    return len(_split(text)) <= _MAX_LABEL_WORDS and not _has(text, "result_line_narrative")


def _digit_name(text: str) -> str:
    """HER2's name dictated in words ("HER two") written as "HER2", as the records read it
    (result_line.toml result-line-name-in-words); any other text as it is."""
    if "HER" not in text:
        return text
    return words().result_line_name_in_words.sub("HER2", text)


def line_kind(ev: Evidence, any_call: bool = False) -> LineKind | None:
    """Where the line holds its value: the best kind met at any positive value word of its
    matched words (with `any_call`, any call's), a current kind before an earlier one, or None
    when it holds it on no result line."""
    text, match = _digit_name(ev.text), _digit_name(ev.match)
    at = text.find(match) if match else -1
    if at < 0 and match:
        # a quoted line cut short before its value: the matched words run from its start
        text, at = match, 0
    if at < 0:
        return None
    patterns = [words().result_line_value] + ([words().result_line_other_value] if any_call else [])
    spans = [
        (m.start(), m.end())
        for pattern in patterns
        for m in pattern.finditer(text, at)
        if m.start() < at + len(match) + _REACH
    ]
    # the matched words end at the line's own value in most notations ("+3", "score 3", "3/3")
    last = None if any_call else words().result_line_last_word.search(match)
    if last is not None and not words().result_line_negated_end.search(text, 0, at + last.start()):
        spans.append((at + last.start(), at + last.end()))
    kinds = [_kind_at(text, start, end) for start, end in spans]
    found = [k for k in kinds if k is not None]
    current = [k for k in found if k in CURRENT]
    return current[0] if current else (found[0] if found else None)


def _current_elsewhere(ev: Evidence) -> bool:
    """Another line of the report is its own current result: a result line of any call that names
    no earlier sample anywhere on it ("HER2 IHC: 2+ (performed on previous specimen)" is not)."""
    return line_kind(ev, any_call=True) in CURRENT and not words().result_line_earlier.search(ev.text)


def off_result_line(status: str, evidence: Sequence[Evidence], *, awaited: bool = False) -> str | None:
    """For a positive call: why no line that reads positive is a current result line of this
    report, or None when one is (or the call is not positive, or no line reads positive).
    "off_result_line": none is a result line; "earlier_line": the only ones name an earlier or
    outside sample and, by policy (b), do not stand here: the report gives its own sample's result
    line, or says its own HER2 test is awaited (`awaited`: a node or another specimen whose own
    result is pending). (A plasma report quoting an earlier tissue result is not set aside here:
    the labelled sets read that tissue result as the patient's, docs/positive-check.md.)"""
    if status != "positive":
        return None
    lines = [evidence_line(ev, i) for i, ev in enumerate(evidence) if ev.text]
    positive = [ln for ln in lines if reads_positive(ln)]
    if not positive:
        return None
    kinds = [line_kind(ln.ev) for ln in positive]
    if any(k in CURRENT for k in kinds):
        return None
    if LineKind.EARLIER in kinds:
        # policy (b): an earlier sample's result stands when the report gives none of its own
        families = {ln.family for ln in positive} | {"status_statement"}
        others = [ln for ln in lines if ln.family in families and ln not in positive]
        if not awaited and not any(_current_elsewhere(ln.ev) for ln in others):
            return None
        return "earlier_line"
    return "off_result_line"
