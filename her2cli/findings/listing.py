"""Lists under a heading that says their items were not detected: "NOT DETECTED" over an indented
list, "Genes evaluated (all NOT DETECTED):" over its rows, "Not detected: KRAS, NRAS, MSI-High."
on one line. An item of such a list was looked for and not found: in tissue a negative (not
amplified, wild-type, MSS); in blood no value at all (facts.md §7, §10). Blind set 4: b4-f05-03
read "ERBB2 amplification" listed under NOT DETECTED in a plasma report as amplified."""

from __future__ import annotations

import regex

from ..rules import Compiled
from .rulers import is_ruler
from .scope import line_end, line_start, reader_memo, remembered

LIST_REACH = 15  # lines above an item where its heading may be (a list is a paragraph)

# (pattern, line) -> the pattern's match at the line's start: the lines above a list's items are
# walked again for each item below them and for each heading asked about (scope.reader_memo)
_heads = reader_memo()


def _line_match(pattern: regex.Pattern[str], line: str) -> regex.Match[str] | None:
    return remembered(_heads, (pattern, line), lambda: pattern.match(line))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


WRAP_LINES = 2  # lines above an item's line where a wrapped "Negative for:" list may start


def _inline_list(text: str, pos: int, c: Compiled) -> bool:
    """`pos` follows a "Not detected:" label on its own line, within the label's sentence, or on
    a line the label's list wraps onto: "NEGATIVE FOR: EGFR, ALK ... fusions; MET exon 14
    skipping;\nKRAS, BRAF V600E mutations." (devset22 b22-f04-02 read BRAF V600E mutant)."""
    start = line_start(text, pos)
    head = c.not_detected_heading.match(text[start : line_end(text, pos)])
    if head is None:
        return _wrapped_inline_list(text, start, pos, c)
    if head.group("colon") is None:
        return False
    label_end = start + head.start("rest")
    return pos >= label_end and ". " not in _outside_parentheses(text[label_end:pos])


def _wrapped_inline_list(text: str, start: int, pos: int, c: Compiled) -> bool:
    """The lines above `pos`'s line continue a "Negative for:" label's list onto it: each ends with
    a comma or semicolon (or "and"/"or"), no full stop ends the list before `pos`, and `pos`'s line
    is no row of its own: no label or share of cells ("KRAS: G12D", "KRAS G12D 31%")."""
    line = text[start : line_end(text, pos)]
    if ":" in line or "%" in line or ". " in _outside_parentheses(text[start:pos]):
        return False  # a row of its own ("KRAS: G12D", "KRAS G12D 31%"), or the list ended
    for _ in range(WRAP_LINES):
        if start == 0:
            return False
        above = line_start(text, start - 1)
        line = text[above : start - 1].rstrip()
        if not c.list_wraps_on.search(line):
            return False
        head = c.not_detected_heading.match(line)
        if head is not None:
            rest = line[head.start("rest") :] if head.group("colon") is not None else "."
            return ". " not in _outside_parentheses(rest)
        if ":" in line or ". " in _outside_parentheses(line):
            return False
        start = above
    return False


def _outside_parentheses(span: str) -> str:
    """`span` without its parenthesised asides: "(incl. G12C)" in "KRAS (incl. G12C), BRAF"
    holds a full stop that ends no sentence (blind set 5, b5-f04-02)."""
    kept: list[str] = []
    depth = 0
    for ch in span:
        depth += ch == "("
        if depth == 0:
            kept.append(ch)
        depth -= ch == ")" and depth > 0
    return "".join(kept)


def _heads_list(heading_line: str, item_indent: int, head: regex.Match[str]) -> bool:
    """A heading line governs the items below it when it ends with a colon, names what it lists
    ("Alterations NOT detected", "NOT DETECTED (RAS/RAF)": markers11, blind set 13 b13-f05-04) or
    the items are indented under it ("KRAS\\nNot detected\\nNRAS": a value below its label, not a
    heading)."""
    named = {k: v for k, v in head.groupdict().items() if v}
    return bool(named.keys() & {"colon", "subject", "sujeto", "aside", "deco"}) or item_indent > _indent(
        heading_line
    )


def under_not_detected(text: str, pos: int, c: Compiled) -> bool:
    """The item at `pos` is listed after a not-detected label on its line, under a not-detected
    heading line above it (list_heading_above), or marked in a "Not detected" column."""
    return (
        _inline_list(text, pos, c)
        or list_heading_above(text, pos, c, c.not_detected_heading)
        or marked_not_detected(text, pos, c)
    )


MARKS = frozenset({"x", "X", "\u2713", "\u2714", "\u221a", "\u2022", "*", "+", "yes", "Yes", "YES"})


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of the cells of a space-aligned row: runs of text set apart by two or more
    spaces (or a tab)."""
    cells: list[tuple[int, str]] = []
    start, gap = -1, 0
    for i, ch in enumerate(line + "  "):
        if ch in " \t":
            gap += 2 if ch == "\t" else 1
            if start >= 0 and gap >= 2:
                cells.append((start, line[start : i - gap + 1].strip()))
                start = -1
        else:
            if start < 0:
                start = i
            gap = 0
    return cells


def marked_table_column(text: str, pos: int, c: Compiled) -> tuple[int, int] | None:
    """The (start, end) columns of the "Not detected" header of a table with a "Detected" column
    beside it, in a header row above the row holding `pos` in the same paragraph; or None."""
    start = line_start(text, pos)
    for _ in range(LIST_REACH):
        if start <= 0:
            return None
        start = line_start(text, start - 1)
        line = text[start : line_end(text, start)]
        if not line.strip():
            return None
        found = c.not_detected_call.search(line)
        if found is None:
            continue
        plain = line.lower().replace(found.group(0).lower(), " " * len(found.group(0)))
        return found.span() if "detected" in plain else None  # without a "Detected" column: no such table
    return None


def _row_marks(text: str, pos: int) -> list[int]:
    """The columns of the marks ("x", a tick) in the row holding `pos`, past its label cell."""
    row = text[line_start(text, pos) : line_end(text, pos)]
    if MARKS.isdisjoint(row.split()[1:]):
        return []  # no mark standing alone past the label: no cell parse needed
    return [col for col, cell in _cells(row)[1:] if cell in MARKS]


def marked_not_detected(text: str, pos: int, c: Compiled) -> bool:
    """The row holding `pos` puts its mark ("x") under the "Not detected" column of a header row
    above it that also has a "Detected" column ("Gene  Detected  Not detected" over "ERBB2 (HER2)
    amp      x"): the item was looked for and not found (devset7 b7-f05-08)."""
    marks = _row_marks(text, pos)
    column = marked_table_column(text, pos, c) if marks else None
    return column is not None and any(column[0] - 2 <= col <= column[1] for col in marks)


def marked_detected(text: str, pos: int, c: Compiled) -> bool:
    """The row's mark sits in a marked table, and not under its "Not detected" column: found."""
    marks = _row_marks(text, pos)
    column = marked_table_column(text, pos, c) if marks else None
    return column is not None and not any(column[0] - 2 <= col <= column[1] for col in marks)


def under_detected_heading(text: str, pos: int, c: Compiled) -> bool:
    """The item at `pos` is a row under a "SUMMARY OF DETECTED ALTERATIONS" heading line: what the
    test found, whatever its later columns name (an associated therapy)."""
    return list_heading_above(text, pos, c, c.detected_list_heading)


def under_vus_heading(text: str, pos: int, c: Compiled) -> bool:
    """The item at `pos` is listed under a "VARIANTS OF UNCERTAIN SIGNIFICANCE" heading line."""
    return list_heading_above(text, pos, c, c.vus_heading_line)


def list_heading_above(text: str, pos: int, c: Compiled, heading: regex.Pattern[str]) -> bool:
    """A `heading` line (matched at its start, nothing after its colon) above `pos` in the same
    paragraph governs it, with no other heading (a line ending with a colon, "DETECTED",
    "VARIANTS OF UNCERTAIN SIGNIFICANCE") and no less-indented line between."""
    start = line_start(text, pos)
    item_indent = _indent(text[start : line_end(text, pos)])
    for _ in range(LIST_REACH):
        if start <= 0:
            return False
        above_start = line_start(text, start - 1)
        line = text[above_start : start - 1]
        start = above_start
        if not line.strip():
            return False  # a blank line ends the paragraph
        if is_ruler(line):
            # a rule drawn right under the heading ("NEGATIVE FOR (selected genes)" over "-----")
            # keeps the heading's reach (blind set 26); a rule under anything else closes the list
            # above it: the rows below it are another section's
            if start == 0:
                return False
            above = text[line_start(text, start - 1) : start - 1]
            head = _line_match(heading, above)
            return (
                head is not None
                and not head.groupdict().get("rest")
                and _heads_list(above, item_indent, head)
            )
        head = _line_match(heading, line)
        if head is not None and not head.groupdict().get("rest"):
            return _heads_list(line, item_indent, head)
        if (
            head is not None
            or _line_match(c.not_detected_heading, line)
            or _line_match(c.other_list_heading, line)
            or line.rstrip().endswith(":")
            or _indent(line) < item_indent
        ):
            return False
    return False


def in_vus_section(text: str, pos: int, c: Compiled) -> bool:
    """The item at `pos` sits under a "VARIANTS OF UNCERTAIN SIGNIFICANCE" heading in its paragraph
    (with or without a colon, as a section heading), with no other section heading between: a
    vendor report's VUS list (probe12b: an amplification listed there read positive)."""
    if list_heading_above(text, pos, c, c.vus_heading_line):
        return True
    start = line_start(text, pos)
    for _ in range(LIST_REACH):
        if start <= 0:
            return False
        above_start = line_start(text, start - 1)
        line = text[above_start : start - 1]
        start = above_start
        if not line.strip():
            return False
        if c.vus_heading_line.match(line):
            return True
        if c.section_header.match(line):
            return False
    return False


LABEL_REACH = 12  # characters past the call word where a list label's colon may stand ("Negative for:")


def opens_negative_list(text: str, call_start: int, call_end: int, c: Compiled) -> bool:
    """The call word opens its line as a label of a list of what was not found ("Negative for:
    lymphovascular invasion", "NEGATIVE FOR: EGFR, ALK"): the list's heading, never the call of a
    value on the line above (lead24, blind set 27 b27-f07-10)."""
    return c.negative_list_label.match(text, line_start(text, call_start), call_end + LABEL_REACH) is not None
