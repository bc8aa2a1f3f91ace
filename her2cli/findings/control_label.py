"""A statement that opens with a control's label is the control's, however long the label's
description runs before the HER2 name ("External control: breast carcinoma known to be HER2
POSITIVE (3+) - stained as expected", variants9 F-04). The label is the statement's first words:
the control cue (context family `control`) must begin the statement, with only spaces, bullets or
dashes before it. A cue later in the statement is judged near the name (findings/context.py), so
"HER2 (4B5): 3+ POSITIVE; external control appropriate" keeps its result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .columns import MIN_HEADER_CELLS, cell_under, is_value_cell, tab_test, table_row
from .control_line import sentence_names_control, value_line
from .name_line import before_next_name_line
from .scope import finditer, line_end, line_start, search, sentence_start

if TYPE_CHECKING:
    import regex

    from ..rules import Compiled
    from .mention_scope import MentionScope
    from .model import Finding
    from .scanner import PageScanner

LEAD = " \t-*•>·"  # what may precede a label at a line's start
# a cheap look before the rules: each control rule's match holds one of these (their `requires`)
CONTROL_WORDS = ("contr", "c0ntr", "ctrl", "line")
COLUMN_GAP = "    "  # a run of spaces this long between two texts on a line: two layout columns
COLUMN_SLACK = 2  # a cue may start this many characters left of where the right column starts


def opens_with_control_label(s: PageScanner, clause_lo: int, name: int) -> bool:
    """The statement holding the HER2 name at `name` (starting at or after `clause_lo`) opens
    with a control's label."""
    t = s.text
    lo = max(clause_lo, _label_line_start(s, clause_lo, name))
    opening = t[lo:name]
    first = lo + len(opening) - len(opening.lstrip(LEAD))
    if first >= name or not any(w in opening.lower() for w in CONTROL_WORDS):
        return False
    m = search(s.c.context["control"], t, first, name)
    return m is not None and m.start() == first


def _label_line_start(s: PageScanner, clause_lo: int, name: int) -> int:
    """Where a label of the name's statement may stand: the start of the name's line, or of the
    line above when the name's line goes on from it - a bracket opened on the line above still
    open at the name ("Control tissue: multi-block control (breast carcinoma, known" over "HER2
    amplified) showed 3+ strong complete staining", variants10 A-02), or a line above that ends
    on a word no statement ends on ("... known to be positive for" over "HER2 (3+)")."""
    t = s.text
    own = line_start(t, name)
    if own == 0 or clause_lo >= own:
        return own
    above = line_start(t, own - 1)
    if above < clause_lo:
        return own  # the statement starts on the name's line (or between the two lines)
    upper = t[above : line_end(t, above)].rstrip()
    open_bracket = t.count("(", above, name) > t.count(")", above, name)
    return above if open_bracket or s.c.dangling_word.search(upper) else own


def in_column_right_of_result(s: PageScanner, scope: MentionScope, pos: int) -> bool:
    """A control cue in a layout column right of the mention's own result ("HER2 IHC  3+  POSITIVE"
    then a wide gap and "HER2 external control: 0 and 3+", and "cell lines stain as expected"
    under it: a two-column panel, variants10 A-06): the other column's, not this result's
    statement. The right column's cell must open with a HER2 name of its own (a cell with no name,
    "HER2 (4B5)   3+   positive control tissue" in a table of slides, may be the row's own label),
    the result (a score or a call word) must stand between the two names ("HER2      HER2 positive
    control: 3+" has none), and on a line below the cue must stand after a gap, at or right of
    where the right column starts."""
    t = s.text
    own_lo, own_hi = line_start(t, scope.start), line_end(t, scope.end)
    other = s.next_mention_after(scope.start)
    if not (scope.end < other <= min(own_hi, pos)) or line_start(t, scope.end) != own_lo:
        return False
    gap = t.rfind(COLUMN_GAP, scope.end, other)
    if gap < 0 or t[gap:other].strip():
        return False  # the other name does not open a cell after a wide gap
    if not (search(s.c.ihc_score, t, scope.end, gap) or search(s.c.call_word, t, scope.end, gap)):
        return False
    right = other - own_lo  # where the right column starts
    row = line_start(t, pos)
    if row == own_lo:
        return True
    return pos - row >= right - COLUMN_SLACK and COLUMN_GAP in t[row:pos]


def control_line_after(s: PageScanner, pos: int, hi: int) -> int:
    """The start of the first line after `pos`'s line, before `hi`, that opens with a control's
    label ("Controls: tissue microarray ... (3+, 2+, 1+ and 0 cores)" under "Result: 0", variants10
    A-05), else `hi`: a sentence reaching past it runs into the control's statement."""
    t = s.text
    here = line_end(t, pos) + 1
    while here < hi:
        row_end = line_end(t, here)
        row = t[here:row_end]
        first = here + len(row) - len(row.lstrip(LEAD))
        if any(w in row.lower() for w in CONTROL_WORDS):
            m = search(s.c.context["control"], t, first, row_end)
            if m is not None and m.start() == first:
                return here
        here = row_end + 1
    return hi


def opens_control_line(s: PageScanner, pos: int) -> bool:
    """The line holding `pos` opens with a control's label ("Control slide (SK-BR-3 cell line) :
    amplified, as expected"): a word on it is the control's (findings/ish.py, probe18)."""
    t = s.text
    here = line_start(t, pos)
    row = t[here:pos]
    if not any(w in row.lower() for w in CONTROL_WORDS):
        return False
    first = here + len(row) - len(row.lstrip(LEAD))
    m = search(s.c.context["control"], t, first, pos)
    return m is not None and m.start() == first


HEADER_LINES_UP = 4  # table rows a value may stand below its table's header row


def under_control_column(s: PageScanner, pos: int) -> bool:
    """The value at `pos` is a table cell under a header cell that names a control ("Marker
    Clone Result Control" over "HER2  4B5  1+ (negative)  3+ (appropriate)": the 3+ is the control
    tissue's, lead probe, session 12). The header is the nearest header row above the value's row
    (three or more cells, none a value), at most HEADER_LINES_UP lines up, with no blank line
    between; a header without a control word is the answer at once (no)."""
    t = s.text
    row_lo, row_hi = line_start(t, pos), line_end(t, pos)
    is_tab = tab_test(s)
    row = table_row(t, row_lo, row_hi, is_tab)
    own = next((c for c in row.cells if c.start <= pos < max(c.end, c.start + 1)), None)
    if own is None or len(row.cells) < 2:
        return False
    here = row_lo
    for _ in range(HEADER_LINES_UP):
        if here == 0:
            return False
        lo, hi = line_start(t, here - 1), here - 1
        if not t[lo:hi].strip():
            return False
        header = table_row(t, lo, hi, is_tab)
        filled = [c for c in header.cells if c.text]
        if len(filled) >= MIN_HEADER_CELLS and not any(is_value_cell(c.text) for c in filled):
            if not any(w in t[lo:hi].lower() for w in CONTROL_WORDS):
                return False
            for index, cell in enumerate(header.cells):
                if cell_under(header, index, row, lo, row_lo) == own:
                    return s.c.control_header_cell.match(cell.text) is not None
            return False
        here = lo
    return False


CONTROL_BEFORE_REACH = 40  # characters before a score where a control word may own it
BRACKET_REACH = 60  # characters either side of a value where its bracket may open and close


def _bracket_around(s: PageScanner, pos: int) -> tuple[int, int] | None:
    """The short bracket ("(...)" or "[...]") that holds pos, as (open, close): opened at most
    BRACKET_REACH characters before pos and closed as far after it, with no sentence end inside
    (an unclosed bracket far back on a long line holds nothing)."""
    t = s.text
    lo, hi = max(line_start(t, pos), pos - BRACKET_REACH), min(line_end(t, pos), pos + BRACKET_REACH)
    if t.find("(", lo, pos) < 0 and t.find("[", lo, pos) < 0:
        return None  # no bracket opens there: the walk below would find none (issue 13)
    depth = 0
    for i in range(pos - 1, lo - 1, -1):
        if t[i] in ")]":
            depth += 1
        elif t[i] in "([":
            if depth == 0:
                close = t.find(")" if t[i] == "(" else "]", pos, hi)
                if close < 0 or search(s.c.sentence_end, t, i, close):
                    return None
                return i, close
            depth -= 1
    return None


def control_owns(s: PageScanner, f: Finding) -> bool:
    """The value is a control's, not the tumour's: a table cell under a control column, a value
    in a bracket that names a control ("HER2 IHC slide A3 (3+ controls on slide): score 1+"), or
    an IHC score right after a control word ("control 3+, tumour 1+") or right before one ("(with
    3+ cell-line control)")."""
    t, c = s.text, s.c
    pos = f.nend - 1
    if under_control_column(s, pos):
        return True
    bracket = _bracket_around(s, pos)
    if bracket is not None and c.control_word.search(t, bracket[0], bracket[1]):
        return True
    if f.family != "ihc":
        return False
    lo = max(line_start(t, pos), f.nend - CONTROL_BEFORE_REACH)
    if c.control_before_score.search(t, lo, f.nend) or c.control_after_score.match(t, f.nend):
        return True
    return _control_field(t, pos, f.nend, c)


def _control_field(t: str, pos: int, end: int, c: Compiled) -> bool:
    """The value stands in a key=value field whose key names a control ("ERBB2_CTRL_EXT=
    CAL_LINE_3PLUS_OK"): the field runs from the last "|" on its line (or the line start)."""
    lo = line_start(t, pos)
    if "=" not in t[lo:end]:
        return False
    lo = max(lo, t.rfind("|", lo, pos) + 1)
    return c.control_field_key.search(t, lo, end) is not None


def without_control_lines(s: PageScanner, scope: MentionScope, values: list[Finding]) -> list[Finding]:
    """Values on a line of their own that is a control's ("Ext. control (gastric ca 3+): stained
    appropriately"), or in a later clause of the name's line that names the control before them,
    are the control's, not this tumor's; the others stay."""
    t = s.text
    name_line = line_start(t, scope.start)
    kept = []
    for f in values:
        lo, hi = value_line(t, f.nend - 1)
        if lo <= name_line:
            if not in_later_control_clause(s, scope, f):
                kept.append(f)
            continue
        if not sentence_names_control(s, f.nend - 1, lo, hi):
            kept.append(f)
    return kept


def in_later_control_clause(s: PageScanner, scope: MentionScope, f: Finding) -> bool:
    """The value stands past the end of the mention's statement (a semicolon or a full stop
    between), and its own clause names control tissue before it: "Internal controls are not
    applicable for HER2; external controls (0, 1+, 3+) appropriate", "Slides reviewed for HER2;
    positive control tissue: 3+ breast carcinoma" - the control's scores, not this tumour's
    (fix16: devset18 b18-f11-03, an IHC 0 read 3+). A value in the mention's own statement
    ("HER2 (4B5): 3+; external control appropriate") is not judged here."""
    t, at = s.text, f.nend - 1
    if at < scope.statement_stop:
        return False
    lo = sentence_start(t, at, scope.statement_stop, s.c)
    return search(s.c.context["control"], t, lo, f.nend) is not None


def control_in_statement(s: PageScanner, scope: MentionScope) -> bool:
    """Control tissue in the mention's statement ("HER2: external positive control shows 3+"). A
    control row of its own below the result row ("HER2/neu (4B5): 3+ POSITIVE" over "ext. control
    (3+ cell line) OK") is the control's statement, not the result's (variants4 A-03, H-17)."""
    t, control = s.text, s.c.context["control"]
    own_line_end = line_end(t, scope.end)
    lo = min(max(scope.back_start, scope.start - 40), _bracket_head_start(s, scope.start))
    for m in finditer(control, t, lo, before_next_name_line(s, scope, opening=True)):
        # a match across a line break ("HER2 status: NEGATIVE" over "Control tissue: ...") is
        # judged by its part on the line below (variants10 G-08)
        pos = max(m.start(), t.rfind("\n", m.start(), m.end()) + 1)
        if in_column_right_of_result(s, scope, pos):
            continue
        if pos > own_line_end and _opens_control_row(t, control, pos):
            continue  # the line below opens with its control label: a row of its own
        if pos > own_line_end and _another_row(s, own_line_end, line_start(t, pos), pos):
            continue
        return True
    return False


def _opens_control_row(t: str, control: regex.Pattern[str], pos: int) -> bool:
    """The control cue at `pos` opens its line: at the row's first word, also when the match ran
    into the row's leading spaces ("NOT AMPLIFIED" over " Control: amplified, as expected": pos is
    the row's start; probe18), or one word after it ("External positive control: 3+ as expected",
    probe19b), also inside a bracket that opens the row ("(positive control tissue shows 3+
    staining as expected)" under the result; fix20, devset22 b22-f07-06 read not_found)."""
    row = line_start(t, pos)
    lead = t[row : line_end(t, row)]
    first = row + len(lead) - len(lead.lstrip(" \t*-|("))  # "(positive control tissue shows 3+)"
    lead_word = t[first:pos].strip()
    if not lead_word:
        return True  # the part below a line break opens the row: "HER2 POSITIVE" over "Controls : appropriate" (devset28 b28-f03-09)
    return bool(control.match(t, first)) or (lead_word.isalpha() and " " not in lead_word)


def control_before_value(s: PageScanner, scope: MentionScope, lo: int, hi: int) -> bool:
    """A control cue in the statement [lo, hi) that ends on the value's line: control rows of
    their own between the name's line and the value's ("HER2 IHC (4B5):" over "External positive
    control: 3+ as expected", "Negative control: no staining", "Patient tissue: 0") are the
    controls' statements, not the value's (probe18c ct-near-miss-control-and-result). A control
    row whose value wraps to the next line ("External positive control:" over "3+ as expected")
    is no row of its own: the value below is the control's (mend19b)."""
    t, control = s.text, s.c.context["control"]
    own_line_end = line_end(t, scope.end)
    for m in finditer(control, t, lo, hi):
        pos = max(m.start(), t.rfind("\n", m.start(), m.end()) + 1)
        row_end = line_end(t, pos)
        if (
            pos > own_line_end
            and row_end < hi
            and _carries_own_value(t, m.end(), row_end)
            and _opens_control_row(t, control, pos)
        ):
            continue
        return True
    return False


def _carries_own_value(t: str, cue_end: int, row_end: int) -> bool:
    """The control row says its value after the cue on its own line: text follows the cue and
    does not end in ":" or "-" (a label whose value wraps to the next line)."""
    rest = t[cue_end:row_end].strip()
    return bool(rest) and not rest.endswith((":", "-"))


def _another_row(s: PageScanner, own_end: int, row: int, pos: int) -> bool:
    """The control word at `pos`, on a line below the mention's (ending at `own_end`), stands in
    a row of its own: a HER2 name before it on its line starts that row's statement ("HER2 IHC
    1+" over "HER2 CONTROL  3+ as expected"), or both lines are rows of one bar-drawn table (as
    many "|" each: "ID|SITE|HER2 IHC|1+|" over "ID|SITE|CONTROL|3+ and 0 as expected|")
    (fix19b: variants12b v12b-f01-03, a 1+ row read as the control's)."""
    t = s.text
    if search(s.c.her2, t, row, pos) is not None:
        return True
    bars = t.count("|", row, line_end(t, row))
    own = line_start(t, own_end)
    return bars >= 2 and t.count("|", own, own_end) == bars


BRACKET_BACK = 150  # characters before a HER2 name where the bracket it stands in may open
BRACKET_HEAD = 50  # characters before that bracket where the words it describes may start


def _bracket_head_start(s: PageScanner, name: int) -> int:
    """Where the words that a bracket holding the HER2 name describes start, within their own
    sentence: "multitissue control block GX-26-4410 (gastric carcinoma, HER2 3+; tonsil, HER2 0)"
    - the bracket lists the control's tissues and their expected scores (devset19 b19-f09-05, a
    gastric biopsy with no carcinoma read 3+ from its QC note). `name` when no bracket is open."""
    t, depth = s.text, 0
    if t.find("(", max(0, name - BRACKET_BACK), name) < 0:
        return name  # no bracket opens there: the walk below would find none (issue 13)
    for i in range(name - 1, max(0, name - BRACKET_BACK) - 1, -1):
        if t[i] == ")":
            depth += 1
        elif t[i] == "(":
            if depth == 0:
                return sentence_start(t, i, max(0, i - BRACKET_HEAD), s.c)
            depth -= 1
    return name
