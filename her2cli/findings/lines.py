"""Lines of a text, however long: the whole line holding a position, the lines that start inside
a window, the first blank line of a window. scope.line_start / line_end stop at LINE_REACH (a
reader's own line); these are for the callers that want the line itself, as the readers of
tables and blocks do."""

from __future__ import annotations

from collections.abc import Iterator


def whole_line_start(text: str, pos: int) -> int:
    """The start of the line holding `pos` (after its newline, or the start of the text)."""
    return text.rfind("\n", 0, pos) + 1


def whole_line_end(text: str, pos: int) -> int:
    """The end of the line holding `pos` (its newline, or the end of the text)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def on_one_line(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] holds no line break (an empty or reversed span is on one line too)."""
    return text.find("\n", lo, hi) < 0


def line_starts_after(text: str, lo: int, hi: int) -> Iterator[int]:
    """The start of every line whose newline lies in text[lo:hi], in order (the line holding `lo`
    is not one of them: it starts before `lo` or at it)."""
    pos = text.find("\n", lo, hi)
    while pos >= 0:
        yield pos + 1
        pos = text.find("\n", pos + 1, hi)


def first_blank_line(text: str, lo: int, hi: int) -> int:
    """The newline that opens the first blank line (only spaces between two line breaks, both in
    text[lo:hi]), else hi."""
    pos = text.find("\n", lo, hi)
    while 0 <= pos < hi:
        nxt = text.find("\n", pos + 1, hi)
        if nxt < 0:
            return hi
        if not text[pos + 1 : nxt].strip():
            return pos
        pos = nxt
    return hi


def rows_below(text: str, header_end: int, max_rows: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each row under a table's header line whose newline is at `header_end`,
    down to a blank line, at most `max_rows` rows (versions.py, reference_columns.py)."""
    pos = header_end + 1
    for _ in range(max_rows):
        if pos >= len(text):
            return
        end = whole_line_end(text, pos)
        if not text[pos:end].strip():
            return
        yield pos, end
        pos = end + 1
