"""Scoring keys and definitions: a table with one row per score and its category ("Score 1+
Incomplete faint staining in >10% of cells  Negative"), or a sentence that lists the scores
("results are scored 0, 1+, 2+ or 3+"). A key lists every category; a result names one (blind
set 4: b4-f09-02 read a key table as IHC 1+, b4-f09-03 a patient leaflet as positive).

A staining-distribution row ("2+   10%": a score and the share of cells it covers, no category)
is part of a result, not a key."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .control_label import control_line_after
from .ihc import score_from_match
from .lines import on_one_line
from .negated_score import ruled_out
from .rulers import first_ruler_after
from .scope import finditer, first_after, line_end, line_start, search, sentence_end, sentence_start

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

ANSWER_LABEL_WORDS = ("result", "final", "overall", "resultado")  # an answer's label, not a key's
KEY_ROWS = 3  # distinct scores, each on its own row with its category, that make a key
ROW_REACH = 12  # rows looked at after the mention's line
ROW_OPENING = 14  # characters of a row where its score must begin ("  Score 2+", "IHC 3+")
SENTENCE_REACH = 200  # characters around a value where its sentence is looked for
CONTINUATION_INDENT = 6  # leading spaces of a key row's wrapped description line
DEFINED_ON_ROW = 2  # scores defined by their staining on one row that make it a key, not a distribution


def in_scale_range(s: PageScanner, pos: int, end: int) -> bool:
    """The score matched at text[pos:end] is an end or step of the scale the lab scores on ("Scored 0 to 3+",
    "Scoring scale used: 0 / 1+ / 2+ / 3+"): the range names the scale, it gives no score a
    category, so its scores are no key's (variants17a v17a-f07-02)."""
    t = s.text
    if "3" not in t[pos : end + 40]:
        return False  # every range runs up to 3+ (cheap guard before the row's regex)
    lo, hi = line_start(t, pos), line_end(t, pos)
    return any(m.start() < end and pos < m.end() for m in finditer(s.c.scale_range, t, lo, hi))


def is_distribution_row(s: PageScanner, pos: int) -> bool:
    """The score at `pos` sits on a row that gives a share of cells and no category: "2+   10%".
    Not a row that defines two scores by their staining ("3+ = strong complete staining in >10%;
    2+ = weak-moderate complete staining in >10%"): a key's shares are its thresholds."""
    t = s.text
    row = t[line_start(t, pos) : line_end(t, pos)]
    if search(s.c.percent, row) is None or search(s.c.call_word, row) is not None:
        return False
    return "=" not in row or len(s.c.score_defined_as_staining.findall(row)) < DEFINED_ON_ROW


def score_on_distribution_row(s: PageScanner, f: Finding) -> bool:
    """The IHC value's own score token sits on a distribution row. The value's span may end on
    the lab's interpretation row below the rows ("3+ ~60%" ... "0 ~15%" over "HERACLES
    interpretation: POSITIVE": each row took that call, variants9 H-10), so the row is found
    from the score token itself, the first in the span that gives the value's score."""
    end_row = max(f.nstart, f.nend - 1)
    at_end = is_distribution_row(s, end_row)
    if at_end or on_one_line(s.text, f.nstart, f.nend):
        return at_end  # one row, or a distribution row already where the value ends
    score = f.values.get("score")
    for m in finditer(s.c.ihc_score, s.text, f.nstart, f.nend):
        if score is not None and score_from_match(m)[0] == score:
            return is_distribution_row(s, m.start())
    return is_distribution_row(s, max(f.nstart, f.nend - 1))


def scores_not_distributed(s: PageScanner, values: list[Finding]) -> set[object]:
    """The distinct IHC scores of `values` not on distribution rows (several make a key)."""
    ihc = [f for f in values if f.family == "ihc"]
    if len({f.values.get("score") or f.values.get("score_range") for f in ihc}) < KEY_ROWS:
        return set()  # too few to make a key, whatever their rows (most statements: one score)
    return {
        f.values.get("score") or f.values.get("score_range")
        for f in ihc
        if not score_on_distribution_row(s, f)
    }


def _row_score(s: PageScanner, row: str) -> str | None:
    """The score a key row opens with, when the row also names a category or defines the score
    by its staining after leader dots or a colon ("IHC 1+ .... faint/barely perceptible ...")."""
    score = search(s.c.ihc_score, row[:ROW_OPENING]) if row.strip() else None
    if score is None:
        return None
    if search(s.c.call_word, row, score.end()) is None and not _defined_by_staining(s, row, score.end()):
        return None
    return score_from_match(score)[0]


def _defined_by_staining(s: PageScanner, row: str, score_end: int) -> bool:
    """The row defines its score by the staining and a threshold ("IHC 1+ .... faint ... in >=10%"),
    not by the share of this tumour's cells it covers ("3+ - strong complete staining in 40% of
    invasive cells": a heterogeneous tumour's distribution row, its result)."""
    return (
        s.c.key_row_staining.match(row, score_end) is not None
        and search(s.c.key_row_plain_share, row) is None
    )


def _continues_key_row(row: str) -> bool:
    """An indented line with no score under a key row: the row's wrapped description ("IHC 1+ ....
    faint ... cells reactive only" over "      in part of their membrane"), not the key's end."""
    return row[:CONTINUATION_INDENT].isspace() and bool(row.strip())


def key_row_scores(s: PageScanner, pos: int) -> set[str]:
    """Distinct scores of the rows from the line after `pos` on, each opening with a score and
    naming its category (or defining it by its staining), up to the first row that does not (a
    blank line, a result line); a row's wrapped, indented description line does not end them."""
    t = s.text
    seen: set[str] = set()
    start = line_end(t, pos) + 1
    for _ in range(ROW_REACH):
        if start >= len(t):
            break
        end = line_end(t, start)
        score = _row_score(s, t[start:end])
        if score is None:
            if not seen or not _continues_key_row(t[start:end]) or search(s.c.ihc_score, t, start, end):
                break
        else:
            seen.add(score)
        start = end + 1
    return seen


def listed_in_own_sentence(s: PageScanner, pos: int) -> set[str]:
    """Distinct scores in the sentence holding `pos`, distribution rows left out ("results are
    scored 0, 1+, 2+ or 3+"). The sentence ends at another marker's name and starts after the
    last one before `pos`: scores past a marker's name are that marker's. A biomarker list with
    no full stops is no HER2 key: "HER2 ... Score 0 - NEGATIVE" over "Claudin 18.2 ... 3+ in 80%
    - POSITIVE (>=75% 2+/3+)" (variants8 B-04), ER "3+" and PR "2+" rows above a HER2 "1+" row
    (variants8 B-02)."""
    t, c = s.text, s.c
    lo = sentence_start(t, pos, max(0, pos - SENTENCE_REACH), c)
    hi = sentence_end(t, pos, min(len(t), pos + SENTENCE_REACH), c)
    lo, hi = _semicolon_key(s, lo, hi)
    hi = min(hi, max(pos, first_after(s.markers, pos)))
    hi = control_line_after(s, pos, hi)  # a control's line below is its own statement
    hi = first_ruler_after(t, pos, hi)  # a key below a ruler line is another block (b16-f08-06)
    before = bisect.bisect_left(s.markers, (pos, -1))
    if before and s.markers[before - 1][1] <= pos:
        lo = max(lo, s.markers[before - 1][1])  # "ER ... 3+ / PR ... 2+" rows above are theirs
    found: set[str] = set()
    for x in finditer(c.ihc_score, t, lo, hi):
        score, score_range, _ = score_from_match(x)
        listed = score or score_range  # "2+ or 3+" is read as one range, and lists two scores
        if (
            listed
            and not is_distribution_row(s, x.start())
            and not ruled_out(t, c, x.start())
            and not in_scale_range(s, x.start(), x.end())
        ):
            found.add(listed)  # "no cluster with 2+ or 3+ staining -> 1+" lists no 2+ (probe18)
    if found and search(c.ultralow_list_item, t, lo, hi):
        found.add("0-ultralow")  # "scores of 0, ultralow and 1+": the category is one more listed
    return found


def _key_clause(s: PageScanner, lo: int, hi: int) -> bool:
    """text[lo:hi] is one category of a key: one score (or range) and a category word
    ("Positive = 3+", " Negative = 0 or 1+")."""
    scores = list(finditer(s.c.ihc_score, s.text, lo, hi))
    return len(scores) == 1 and search(s.c.call_word, s.text, lo, hi) is not None


def _semicolon_key(s: PageScanner, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of a key whose categories are parted by semicolons as often as by commas
    ("Positive = 3+; Equivocal = 2+; Negative = 0 or 1+"): clauses of one score and one category
    each, joined while the neighbour is one too. A result's own clause ("HER2 IHC 2+  0-1+ neg",
    "3+ in <= 10% of cells and 2+ in < 50%") names more than one score and is left alone (devset8
    b8-f02-09, devset7 b7-f12-10)."""
    t, c = s.text, s.c
    if not _key_clause(s, lo, hi):
        return lo, hi
    for _ in range(KEY_ROWS):
        if lo > 0 and t[lo - 1] == ";":
            before = sentence_start(t, lo - 1, max(0, lo - 1 - SENTENCE_REACH), c)
            if _key_clause(s, before, lo - 1):
                lo = before
        if hi < len(t) and t[hi] == ";":
            after = sentence_end(t, hi + 1, min(len(t), hi + 1 + SENTENCE_REACH), c)
            if _key_clause(s, hi + 1, after):
                hi = after
    return lo, hi


def on_key_line(s: PageScanner, mention_start: int, f: Finding) -> bool:
    """An IHC value whose score was read from a line below the mention's that lists three
    different scores ("HER2  4B5  0" over "Negative" over "Reference: HER2 3+ Positive / 2+
    Equivocal / 0-1+ Negative", variants10 H-01): a key written on one line, not the result. A
    line giving shares of cells ("3+ 60%, 2+ 30%, 1+ 10%") is a distribution, not a key."""
    score = f.values.get("score")
    if f.family != "ihc" or score is None:
        return False
    t = s.text
    name_line_end = line_end(t, mention_start)
    for m in finditer(s.c.ihc_score, t, f.nstart, f.nend):
        if score_from_match(m)[0] != score:
            continue
        if defined_as_category(s, m.start()):
            return True
        if m.start() <= name_line_end:
            return False
        lo, hi = line_start(t, m.start()), line_end(t, m.start())
        if search(s.c.percent, t, lo, hi) is not None:
            return False
        listed = set()
        for x in finditer(s.c.ihc_score, t, lo, hi):
            value, score_range, _ = score_from_match(x)
            listed.add(value or score_range)
        return len(listed - {None}) >= KEY_ROWS
    return False


def defined_as_category(s: PageScanner, pos: int) -> bool:
    """The score at `pos` is defined as a category ("1+ = low") in a row or sentence defining another
    ("(1+ = low, >0 <1+ = ultralow)", devset16 b16-f11-02): a key of categories, not a result.
    One such definition alone may be a result naming its category ("HER2: 1+ = HER2-low")."""
    t, pattern = s.text, s.c.score_defined_as_category
    if pattern.match(t, pos) is None:
        return False
    lo = min(line_start(t, pos), sentence_start(t, pos, max(0, pos - SENTENCE_REACH), s.c))
    hi = max(line_end(t, pos), sentence_end(t, pos, min(len(t), pos + SENTENCE_REACH), s.c))
    return len(pattern.findall(t, lo, hi)) >= DEFINED_ON_ROW


def read_key_rows(
    s: PageScanner, mention_start: int, values: list[Finding]
) -> tuple[list[Finding], str | None]:
    """(the values kept, the reading settled): "legend" when every value is a key's row, "" when
    the values are a checklist's printed options with its answer below (the answer alone is
    kept), None when the reading goes on with the values kept."""
    own = [f for f in values if not on_key_line(s, mention_start, f)]
    if not own:
        return own, "legend"
    answer = result_row_under_options(s, own)  # "RESULT: Positive (Score 3+)" under the options
    return (answer, "") if answer is not None else (own, None)


def result_row_under_options(s: PageScanner, values: list[Finding]) -> list[Finding] | None:
    """The one value on a labelled result row ("RESULT: Positive (Score 3+)") below rows that each
    print one option of the scale ("+ Negative (Score 0)" ... "+ Positive (Score 3+)"), as a
    synoptic checklist prints them all before the answer: the answer alone, or None when the values
    are not laid out so (lead25, blind set 28: the answer was set aside with the options as a key).
    Each option row holds one score and is above the answer; the answer's row holds one score."""
    ihc = [f for f in values if f.family == "ihc" and f.nend > 0]
    if len(ihc) < KEY_ROWS + 1 or len(ihc) != len(values):
        return None
    t, c = s.text, s.c
    answer = max(ihc, key=lambda f: f.nend)
    row = line_start(t, answer.nend - 1)
    label = c.result_line_label.match(t, row, answer.nend)
    if label is None or _scores_on_line(s, row) != 1:
        return None
    line = t[row : line_end(t, row)].lower()
    if "=" in line or not any(w in label.group(0).lower() for w in ANSWER_LABEL_WORDS):
        return None  # "Interpretation: 3+ = positive" closing a key is the key's row
    option_rows = {line_start(t, f.nend - 1) for f in ihc if f is not answer}
    if len(option_rows) < KEY_ROWS or any(r >= row or _scores_on_line(s, r) != 1 for r in option_rows):
        return None
    return [answer]


def _scores_on_line(s: PageScanner, row: int) -> int:
    return sum(1 for _ in finditer(s.c.ihc_score, s.text, row, line_end(s.text, row)))
