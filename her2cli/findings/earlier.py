"""Whether a result finding restates an earlier result: a history line, an entry the report
corrects, a withdrawn or quoted value (variants4 families B and C).

A report often quotes a result that is not the current one beside the one that is: "Prior LEFT
breast carcinoma (2021), HER2-positive (3+)" above this tumor's "HER2 IHC 1+"; "REVISED: HER2 1+
(prev. entered as 'HER2 3+ pos')"; "Donde dice: 'HER2: positivo (3+)' / Debe decir: 'HER2:
negativo (1+)'". Taking the highest of those values calls a negative report positive. Each
result finding gets `earlier` when the cue nearest before its value says so:

- a word in the value's own sentence (context family `earlier`: prior, prev., withdrawn,
  entered as, antecedente de, in 2018), or
- the label of the lines it sits under (family `earlier_label`: "CLINICAL HISTORY:", "Datos
  clínicos:", "PREVIOUS RESULT (withdrawn):", "Donde dice:"), which reaches down to a blank line
  or the next labelled line,

and no `current` cue (revised, corrected, debe decir, current, this specimen, new primary) comes
after it. Whether the mark matters is decided later (interpret/earlier.py): only a current value
of the same test sets an earlier one aside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..rules.samples import samples
from .current_rows import mark_current_rows
from .decal_retest import retest_advised_after_decal
from .erroneous_entry import void_erroneous_entries
from .lines import on_one_line, whole_line_end
from .model import STATUS_FAMILIES, Finding
from .row_tag import beyond_row_tag
from .sample_clauses import mark_sample_clauses
from .scope import SCOPE, finditer, line_start, search, sentence_end, sentence_start
from .spread_sites import cancer_sites
from .voided_next import voided_by_verdict
from .year_after import dated_earlier_after

if TYPE_CHECKING:
    from .scanner import PageScanner

SENTENCE_BACK = 300  # characters before a value where its sentence may start
LABEL_LINES_BACK = 6  # lines above a value where the label of its block may be
AFTER_REACH = 45  # characters after a value where the words saying it was withdrawn may start


def _opens_line(t: str, pos: int) -> bool:
    return not t[line_start(t, pos) : pos].strip(" \t*#=-_>|")


def _opens_with_current_sample(t: str, lo: int, hi: int) -> bool:
    """The line opens with the sample after treatment ("Residual adenocarcinoma, ypT2.", "Post-
    treatment resection:"): the lines below it are about that sample, not the earlier one a
    label above named ("Previous biopsy result: HER2 IHC 3+")."""
    start = lo + len(t[lo:hi]) - len(t[lo:hi].lstrip(" \t*-"))
    return samples().current_sample.match(t, start, hi) is not None


def _bare_label_above(s: PageScanner, pos: int) -> bool:
    """The line above `pos`'s line is a history label alone ("CLINICAL HISTORY:", "Antecedentes:"):
    the line under it is the block's first, the history's own."""
    t = s.text
    if pos == 0:
        return False
    above = line_start(t, pos - 1)
    early = search(s.c.context["earlier_label"], t, above, pos - 1)
    return early is not None and _opens_line(t, early.start()) and not t[early.end() : pos - 1].strip()


def _opens_with_own_sample(s: PageScanner, lo: int, hi: int, this_year: int | None) -> bool:
    """The line opens with a sample written as a comma list ("Right breast, core biopsy: ...",
    "Mama derecha, biopsia con aguja gruesa: ...", "B. Left breast, excision:"): the report's own
    sample, which ends a history label's block above it (probe16 rz-near-miss-history-positive-
    current-zero). Not when it is the history's own: it names a year before the report's own, an
    earlier cue ("Prior right breast, core biopsy:"), or is the first line under a bare label."""
    t, c = s.text, s.c
    m = samples().sample_list_line.match(t, lo, hi)
    if m is None:
        return False
    years = [int(y.group(0)) for y in c.year.finditer(t, lo, hi)]
    if years and (this_year is None or min(years) < this_year):
        return False
    if search(c.context["earlier"], t, lo, m.end()) is not None:
        return False
    return not _bare_label_above(s, lo)


def _indented_under_earlier(s: PageScanner, pos: int) -> bool:
    """The indented line at `pos` sits in a block of indented lines under a line that opens with
    a history or earlier-result label ("Clinical history:" over "  Prior carcinoma (2017)" over
    "  FISH: HER2 amplified"): its own label ("FISH:") names a row of that block, not a new one."""
    t, c = s.text, s.c
    for _ in range(LABEL_LINES_BACK):
        if pos == 0:
            return False
        pos = line_start(t, pos - 1)
        line_hi = whole_line_end(t, pos)
        line = t[pos:line_hi]
        if not line.strip():
            return False
        if line[:1] not in " \t":
            early = search(c.context["earlier_label"], t, pos, line_hi)
            return early is not None and _opens_line(t, early.start())
    return False


def _label_cue(s: PageScanner, value_pos: int, this_year: int | None = None) -> tuple[int, bool] | None:
    """(position, is_earlier) of the label of the block of lines holding `value_pos`: the nearest
    line above (or the value's own line) that opens with a label. A blank line ends the block."""
    t, c = s.text, s.c
    pos = line_start(t, value_pos)
    row: int | None = None  # an indented labelled row seen on the way up ("  FISH: amplified")
    for _ in range(LABEL_LINES_BACK):
        line_hi = whole_line_end(t, pos)
        line = t[pos:line_hi]
        if not line.strip():
            break
        early = search(c.context["earlier_label"], t, pos, line_hi)
        if early is not None and _opens_line(t, early.start()) and early.start() < value_pos:
            return early.end(), True
        if c.labelled_row.match(t, pos, min(len(t), line_hi + 1)) and pos < value_pos:
            if row is None and line[:1] in " \t" and _indented_under_earlier(s, pos):
                row = pos  # a row of the block above ("Clinical history:" over "  FISH: ...", mend22c)
            else:
                return row if row is not None else pos, False  # another label ("SPECIMEN:",
                # "Result:") opens a new block, also a heading alone on its line ("PLASMA cfDNA
                # RESULTS:" under a requisition's history)
        if _opens_with_current_sample(t, pos, line_hi):
            return pos, False  # "Residual adenocarcinoma, ypT2." names the sample now (post8), on
            # the value's own line too ("Tumor residual (pieza de mastectomía): HER2 IHQ 0", b9-f08-05)
        if _opens_with_own_sample(s, pos, line_hi, this_year):
            return pos, False  # "Right breast, core biopsy: ..." under a history line
        if pos == 0:
            break
        pos = line_start(t, pos - 1)
    return None if row is None else (row, False)


def _value_line_label(s: PageScanner, f: Finding) -> int | None:
    """The end of an earlier-result label that opens the value's own line, when the value sits on a
    later line than its HER2 name: "HER2 IHC: 0" over "Outside lab: 3+" reads the 3+ as the name's
    second score, but the line's label gives it to another laboratory (an earlier or other reading,
    not this sample's; fix20). The label above the name is _label_cue's."""
    t = s.text
    if f.nend <= 0 or on_one_line(t, max(f.nstart, 0), f.nend):
        return None  # the value is on its name's line (the usual case): nothing to add
    lo = line_start(t, f.nend - 1)
    early = search(s.c.context["earlier_label"], t, lo, f.nend)
    if early is None or not _opens_line(t, early.start()) or "patholog" in early.group(0).lower():
        return None  # another pathologist's score is a conflicting read, left to the conflict (mend19b)
    return early.end()


def report_year(s: PageScanner) -> int | None:
    """The report's own year: the latest year the text writes, when it writes it more than once
    (a date, and a sample named by it). A latest year written once may be only the cue's own."""
    years = [int(m.group(0)) for m in s.c.year.finditer(s.text)]
    latest = max(years, default=None)
    return latest if latest is not None and years.count(latest) > 1 else None


def _dated_now(s: PageScanner, m: regex.Match[str], this_year: int | None) -> bool:
    """An earlier cue that names a year, and that year is the report's own ("the 2026 biopsy"
    in a report dated 2026): it dates the current sample, not an earlier one."""
    if this_year is None:
        return False
    years = [int(y.group(0)) for y in s.c.year.finditer(m.group(0))]
    return bool(years) and min(years) >= this_year


def earlier_cues(s: PageScanner, lo: int, hi: int, this_year: int | None) -> list[int]:
    """The ends of the earlier cues (context family `earlier`: "the 2019 biopsy", "prior core")
    in [lo, hi), less those dated in the report's own year."""
    found = finditer(s.c.context["earlier"], s.text, lo, hi)
    return [m.end() for m in found if not _dated_now(s, m, this_year)]


def earlier_beats_current(s: PageScanner, earlier: list[int], lo: int, hi: int, current: list[int]) -> bool:
    """The last earlier cue (`earlier`: cue ends) stands after the last current cue ("this
    sample", "now") in [lo, hi) and after each end in `current`: the cue nearest before the value
    names an earlier sample. The current cues are looked for only when an earlier one is there
    (issue 13); findings/earlier_word.py asks the same of a word outside the name's statement."""
    if not earlier:
        return False
    current = current + [m.end() for m in finditer(s.c.context["current"], s.text, lo, hi)]
    return max(earlier) > max(current, default=-1)


def is_earlier(s: PageScanner, f: Finding, this_year: int | None = None) -> bool:
    """The cue nearest before the value says it is an earlier result, and no current cue follows."""
    t, c = s.text, s.c
    lo = sentence_start(t, max(f.nstart, 0), max(0, f.nstart - SENTENCE_BACK), c)
    hi = max(f.nend, lo)
    # a tag in a bracket on a row above names that row only ("HER2 IHC [original report]: 2+")
    earlier = [e for e in earlier_cues(s, lo, hi, this_year) if not beyond_row_tag(s, e, max(f.nstart, 0))]
    label = _label_cue(s, max(f.nstart, 0), this_year)
    if label is not None and label[1]:
        earlier.append(label[0])
    own_line = _value_line_label(s, f)
    if own_line is not None:
        earlier.append(own_line)
    if _withdrawn_after(s, f) or dated_earlier_after(s, f):
        return True
    current = [label[0]] if label is not None and not label[1] else []
    return earlier_beats_current(s, earlier, lo, hi, current)


def _withdrawn_after(s: PageScanner, f: Finding) -> bool:
    """The words right after the value say it was withdrawn or not this patient's: "HER2 IHC 3+
    was entered for the wrong patient", "ratio 2.3 (incorrect)", "3+ ha sido anulado". Only
    words that follow the value closely, with no other value between, describe it."""
    t = s.text
    hi = min(len(t), f.nend + AFTER_REACH)
    nl = t.find("\n", f.nend, hi)
    if nl >= 0 and t[f.nend : nl].rstrip().endswith("."):
        hi = nl  # the value's sentence closes its line: the next line's words are another statement's (fix23)
    # ... or give it to an earlier tumour ("the HER2 3+ quoted in the history refers to the 2015
    # left breast carcinoma")
    for family in ("earlier_after", "attributed_after"):
        m = search(s.c.context[family], t, f.nend, hi)
        if m is not None and not s.c.value_between.search(t, f.nend, m.start()):
            return True
    return False


def names_other_cancer(s: PageScanner, f: Finding) -> bool:
    """The block or sentence an earlier value sits in names another cancer than this report's,
    and not this one ("CLINICAL HISTORY: History of right breast cancer 2015 (... HER2-positive by
    IHC 3+ ...)" in a lung biopsy report, devset5 b5-f07-06): that cancer's result, not a result
    of this tumour restated."""
    t, c, current = s.text, s.c, s.ctx.cancer_type
    if current == "unknown":
        return False
    label = _label_cue(s, max(f.nstart, 0))
    lo = sentence_start(t, max(f.nstart, 0), max(0, f.nstart - SENTENCE_BACK), c)
    if label is not None and label[1]:
        lo = line_start(t, label[0])  # the history block, not a title line above it
    sites = cancer_sites(c, t, lo, max(f.nend, lo))
    return bool(sites) and current not in sites


def _names_sample(f: Finding) -> bool:
    """The value's quote names a sample or calls itself an earlier result: in a report after
    treatment, interpret/samples.py lists such a value as the sample before treatment. One that
    names neither ("Dx: HER2-positive metastatic breast cancer (tissue IHC 3+, 2021)" over serial
    plasma draws) would stay the status; it is the blood test's history (variants14b v14b-f05-05)."""
    return bool(samples().sample_noun.search(f.quote) or samples().earlier_result.search(f.quote))


def _dated_before_blood_test(s: PageScanner, f: Finding) -> bool:
    """A blood (liquid biopsy) report's earlier value whose own sentence names a year before the
    report's latest ("CLINICAL HX (from requisition): Breast IDC 2019, HER2 POSITIVE (tissue IHC
    3+), treated w/ TCHP, then trastuzumab; now progression" in a 2026 plasma report): a tissue
    result of years before, history for this blood test, not its result (facts.md §11; devset17
    b17-f05-07). A recent one of the same tumour ("HER2 IHC 3+ on the diagnostic GEJ biopsy (...
    07/2026)" in a report of 11/2026, b5-f05-06), or one that names no year, still counts. In a
    report after treatment a value whose quote names its sample is the sample's before treatment,
    listed as such (interpret/samples.py; devset12 b12-f05-09), so it is left to that reading."""
    t, c = s.text, s.c
    latest = max((int(m.group(0)) for m in c.year.finditer(t)), default=None)
    own = line_start(t, max(f.nstart, 0))
    above = line_start(t, own - 1) if own > 0 else 0  # a value wrapped onto the next line
    lo = max(above, sentence_start(t, max(f.nstart, 0), max(0, f.nstart - SENTENCE_BACK), c))
    hi = sentence_end(t, f.nend, min(len(t), f.nend + SENTENCE_BACK), c)
    years = [int(m.group(0)) for m in c.year.finditer(t, lo, max(hi, f.nend))]
    return latest is not None and bool(years) and min(years) < latest


def mark_earlier(s: PageScanner, findings: list[Finding]) -> None:
    """Set `earlier` on every result finding read from the scanner's text; an earlier value of
    another cancer becomes a mention of it."""
    this_year = report_year(s) if findings else None
    for f in findings:
        if f.family in STATUS_FAMILIES and f.nend >= 0:
            # outside a report after treatment, sample columns dated by different years say which
            # is earlier ("Primary (2019) | Liver metastasis (2026)", findings/samples_columns.py)
            dated = f.column_pre_treatment if not s.ctx.post_treatment else None
            f.earlier = dated if dated is not None else is_earlier(s, f, this_year)
            if f.earlier and names_other_cancer(s, f):
                f.family, f.reason, f.values = "mention", "other_tumor", {}
            elif (
                f.earlier
                and s.ctx.ctdna_document
                and (not s.ctx.post_treatment or not _names_sample(f))
                and _dated_before_blood_test(s, f)
            ):
                f.family, f.reason, f.values = "mention", "history", {}
    mark_dated_rows(s, findings)
    mark_current_rows(s, findings)  # "Draw 1 (2023-03): ..." over "Draw 2 (2023-07, current): ..." (lead25)
    mark_sample_clauses(s, findings)  # "3+ on the 2019 core; 1+ on this excision" (fix23)
    void_erroneous_entries(s, findings)  # "Original (erroneous) entry:" over "HER2 IHC: 3+" (fix23)


def mark_dated_rows(s: PageScanner, findings: list[Finding]) -> None:
    """Rows of a table that each open with a date ("03/2019  L breast core  3+" over "10/2026
    Liver core (this)  1+"): of one test's values on such rows, those on rows older than the
    latest row's year are earlier results (probe13, a HER2 history table with a date column)."""
    t = s.text
    rows: dict[str, list[tuple[int, Finding]]] = {}
    for f in findings:
        if f.family not in STATUS_FAMILIES or f.nend <= 0:
            continue
        m = s.c.row_date.match(t, line_start(t, f.nend - 1))
        if m is not None and m.end() <= f.nend:
            rows.setdefault(f.family, []).append((int(m.group("y")), f))
    for dated in rows.values():
        latest = max(y for y, _ in dated)
        for y, f in dated:
            if y < latest:
                f.earlier = True


def voided_by_next_sentence(s: PageScanner, values: list[Finding]) -> bool:
    """The sentence right after the values' own points back at them and voids them: "The HER2 IHC
    result printed in version 1 of this report ("HER2 3+, positive") was generated from a slide
    belonging to another case. That result is WITHDRAWN and must not be used for this patient."
    (devset6 b6-f10-08). A withdrawn value is no result, even when the report gives no other."""
    if voided_by_verdict(s, values):
        return True  # "HER2 IHC: 3+. Not interpretable." (findings/voided_next.py)
    if retest_advised_after_decal(s, values):
        return True  # "0 ... recommends HER2 testing on a non-decalcified lesion" (decal_retest.py)
    t, c = s.text, s.c
    last = max(f.nend for f in values)
    end = search(c.sentence_end, t, last, min(len(t), last + SCOPE.statement))
    if end is None or not end.group(0).strip():
        return False  # no sentence end, or a blank line: the next paragraph is not about them
    nxt = end.end()
    if c.result_anaphor.match(t, nxt, min(len(t), nxt + 80)) is None:
        return False
    stop = sentence_end(t, nxt + 1, min(len(t), nxt + SCOPE.statement), c)
    return bool(search(c.context["failed"], t, nxt, stop) or search(c.context["earlier_after"], t, nxt, stop))


def under_history_label(s: PageScanner, pos: int) -> bool:
    """The block of lines holding `pos` opens with a history or superseded-result label
    ("Clinical history:", "Antecedentes:", "PREVIOUS RESULT (withdrawn):")."""
    cue = _label_cue(s, pos)
    return cue is not None and cue[1]


def own_sample_label(s: PageScanner, pos: int, this_year: int | None) -> str | None:
    """The report's own sample named at the start of `pos`'s line ("Left breast, core biopsy:"),
    as _opens_with_own_sample reads it; None when the line opens with none."""
    t = s.text
    lo = line_start(t, pos)
    hi = whole_line_end(t, pos)
    if not _opens_with_own_sample(s, lo, hi, this_year):
        return None
    m = samples().sample_list_line.match(t, lo, hi)
    return None if m is None else m.group(0).strip(" \t|*-:\u2013\u2014")
