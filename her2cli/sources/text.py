"""Plain-text reports: decode whatever encoding the file came in, split pages on form feeds."""

from __future__ import annotations

import codecs
import functools

from ..errors import EmptyFileError, NotAReportError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of characters that may be control codes before a "text" file is judged binary.
MAX_CONTROL_SHARE = 0.02


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def strip_terminal_escapes(text: str) -> str:
    """The text without terminal colour, cursor and title sequences (nothing a printout shows).

    Terminal escape sequences (ECMA-48), as in a report saved from a terminal session or a coloured
    `less`/`script` capture: string controls (OSC, DCS, SOS, PM, APC) up to their terminator, CSI
    sequences (7-bit ESC [ and 8-bit U+009B), then any other ESC sequence (data/rules/text.toml
    "terminal-escape"). They draw nothing on paper, so they are removed rather than letting them
    make the file look binary."""
    from ..rules.text import text_patterns

    patterns = text_patterns()
    if not patterns.escape_start.search(text):
        return text
    return patterns.terminal_escape.sub("", text)


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 first, then BOM-marked or NUL-patterned UTF-16/32, then Latin-1 as cp1252.

    Terminal escape sequences are stripped before the text is judged: a report copied out of a
    terminal is still a report.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    else:
        utf16 = _guess_utf16(data)
        if utf16:
            text = data.decode(utf16, errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:  # NUL padding from broken exports carries no words
        text = text.replace("\x00", "")
    text = strip_terminal_escapes(text)
    if not text.strip():
        raise EmptyFileError(source, "no_text")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\f\v")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise NotAReportError(source, "binary")
    return text


def split_text_pages(text: str) -> list[str]:
    """Form feeds mark page breaks (pdftotext and most exports write them); a text without them
    is split at its own printed page numbers ("Page 2 of 4") when they run 1, 2, 3... (every
    character stays on exactly one page, so quotes and offsets are unchanged)."""
    pages = text.split("\f")
    if len(pages) == 1:
        pages = split_on_page_markers(text)
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


# A marker among the first lines of the text is a page header (each page starts at its marker's
# line); otherwise the markers are footers (each page ends with its marker's line).
HEADER_LINES = 8


def split_on_page_markers(text: str) -> list[str]:
    """The text cut into pages at its printed page numbers, or the whole text as one page unless
    two or more markers say "page 1 of M", "page 2 of M", ... in order with one M. The first page
    may go unmarked ("Page 2 of 3" is then the header of the second page, and "page 2 of 2" alone
    splits); a lone "pg 2/5" of a faxed page, or numbers out of order, split nothing."""
    from ..rules.text import text_patterns

    markers = list(text_patterns().page_marker.finditer(text))
    if not markers:
        return [text]
    first, total = int(markers[0].group("n")), markers[0].group("m")
    if first not in (1, 2) or any(
        m.group("m") != total or int(m.group("n")) != first + i for i, m in enumerate(markers)
    ):
        return [text]
    if len(markers) == 1 and not (first == 2 and total == "2"):
        return [text]  # one marker splits only as "page 2 of 2" (the first page unmarked)
    starts = [text.rfind("\n", 0, m.start()) + 1 for m in markers]
    if first == 2:
        cuts = starts  # headers, the first page unmarked
    elif len(text[: starts[0]].strip().splitlines()) < HEADER_LINES:
        cuts = starts[1:]  # headers: a page starts at its marker's line
    else:
        ends = [text.find("\n", m.end()) for m in markers[:-1]]
        cuts = [e + 1 for e in ends if e >= 0]  # footers: a page ends after its marker's line
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


# Share of letters among the visible characters below which a page's text layer is junk (a font
# without a ToUnicode map gives '!"#$%&...'); the sample and real reports all score >= 0.42.
MIN_LETTER_SHARE = 0.3


def letter_share(text: str) -> float:
    """Letters / visible characters: a cheap test that a text layer is words at all."""
    from ..rules.text import text_patterns

    patterns = text_patterns()
    visible = len(text) - len(patterns.whitespace.findall(text))
    if not visible:
        return 1.0
    letters = len(patterns.letter.findall(text))
    return letters / visible


@functools.lru_cache(maxsize=64)
def is_garbled(text: str) -> bool:
    """Cached: the loader and the quality check both ask it of every PDF page (~1 ms a page)."""
    return len(text.strip()) >= 20 and letter_share(text) < MIN_LETTER_SHARE
