"""Lists under a heading that says their items were not detected: "NOT DETECTED" over an indented
list, "Genes evaluated (all NOT DETECTED):" over its rows, "Not detected: KRAS, NRAS, MSI-High."
on one line. An item of such a list was looked for and not found: in tissue a negative (not
amplified, wild-type, MSS); in blood no value at all (facts.md §7, §10). Blind set 4: b4-f05-03
read "ERBB2 amplification" listed under NOT DETECTED in a plasma report as amplified."""

from __future__ import annotations

import regex

from ..rules import Compiled
from .scope import line_end, line_start

LIST_REACH = 15  # lines above an item where its heading may be (a list is a paragraph)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _inline_list(text: str, pos: int, c: Compiled) -> bool:
    """`pos` follows a "Not detected:" label on its own line, within the label's sentence."""
    start = line_start(text, pos)
    head = c.not_detected_heading.match(text[start : line_end(text, pos)])
    if head is None or head.group("colon") is None:
        return False
    label_end = start + head.start("rest")
    return pos >= label_end and ". " not in _outside_parentheses(text[label_end:pos])


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


def _heads_list(heading_line: str, item_indent: int, head_colon: bool) -> bool:
    """A heading line governs the items below it when it ends with a colon or the items are
    indented under it ("KRAS\\nNot detected\\nNRAS": a value below its label, not a heading)."""
    return head_colon or item_indent > _indent(heading_line)


def under_not_detected(text: str, pos: int, c: Compiled) -> bool:
    """The item at `pos` is listed after a not-detected label on its line, or under a
    not-detected heading line above it (list_heading_above)."""
    return _inline_list(text, pos, c) or list_heading_above(text, pos, c, c.not_detected_heading)


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
        head = heading.match(line)
        if head is not None and not head.groupdict().get("rest"):
            return _heads_list(line, item_indent, head.groupdict().get("colon") is not None)
        if (
            head is not None
            or c.not_detected_heading.match(line)
            or c.other_list_heading.match(line)
            or line.rstrip().endswith(":")
            or _indent(line) < item_indent
        ):
            return False
    return False
