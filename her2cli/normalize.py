"""Offset-preserving clean-up of page text before matching.

Evidence must quote the report as printed, so every character of the normalized text remembers
where it came from in the original (`NormalizedText.source_span`). What is cleaned, and why
(docs/performance.md §1b): ligatures and full-width forms (NFKC), Unicode dashes and pluses, soft
hyphens and pdfium's U+FFFE hyphenation marker, and words hyphenated across a line end.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules.quotes import QuotePatterns

# Characters folded to ASCII so one pattern covers every typesetting of a score or range.
_FOLD = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufe63": "-",
    "\uff0d": "-",
    "\u207a": "+",
    "\u208a": "+",
    "\ufe62": "+",
    "\uff0b": "+",
    "\u2795": "+",
    "\u2192": "->",  # arrows: "3+ \u2192 1+" reads as "3+ -> 1+" (context.toml earlier-after-arrow)
    "\u27f6": "->",
    "\u2794": "->",
    "\u21d2": "=>",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
    "\ufffe": "",
    "\t": " ",
}


@dataclass(frozen=True)
class NormalizedText:
    text: str
    # offsets[i] is the index in the original text of normalized character i; one extra entry
    # maps the end of the text (a tuple, or a range when the text needed no change).
    offsets: Sequence[int]
    original: str

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering normalized [start, end)."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def blanked(self, spans: Sequence[tuple[int, int]]) -> NormalizedText:
        """The text with `spans` turned to spaces, offsets kept: words a reader must not see as a
        value (an earlier version's cells, a label's list of score choices) keep their place, so
        every later span still maps back to the report's own characters."""
        if not spans:
            return self
        chars = list(self.text)
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        return NormalizedText("".join(chars), self.offsets, self.original)

    def quote_lines(self, start: int, end: int, max_chars: int = 400) -> str:
        """The report's own sentence(s) the span lies in, whitespace tidied, for evidence.

        A patient reads these as the report's words, so a quote is whole sentences: a sentence
        wrapped over several lines is joined, a neighbouring sentence on the same line is left
        out, and a line laid out in two columns gives only the column the span is in (joining
        across a column gap splices two unrelated statements into one false one).
        """
        s, e = self.source_span(start, end)
        if e > s and self.original[e - 1] == "\n":
            e -= 1
        # bounded searches: a report that is one enormous line must not make quoting quadratic
        lo = max(0, s - max_chars)
        hi = min(len(self.original), e + max_chars)
        line_start = self.original.rfind("\n", lo, s) + 1 or lo
        line_end = self.original.find("\n", e, hi)
        if line_end == -1:
            line_end = hi
        column = _column_of(self.original, line_start, line_end, s, e)
        if column is not None:
            block_start, block_end = column
        else:
            block_start, block_end = _paragraph(self.original, line_start, line_end, lo, hi)
        sentence_start, sentence_end = _sentences(self.original, block_start, block_end, s, e)
        quote = _tidy(self.original[sentence_start:sentence_end])
        if len(quote) > max_chars:
            # keep the matched words in view
            rel = max(0, len(_tidy(self.original[sentence_start:s])) - max_chars // 3)
            quote = ("…" if rel else "") + quote[rel : rel + max_chars] + "…"
        return quote


def _tidy(raw: str) -> str:
    return " ".join(raw.replace("\ufffe", "").replace("\u00ad", "").split())


def _column_of(text: str, line_start: int, line_end: int, s: int, e: int) -> tuple[int, int] | None:
    """The stretch of a two-column line that holds the span, or None for an ordinary line (or a
    table row whose cells the span itself crosses: the row is the quote then)."""
    if text.find("    ", line_start, line_end) < 0 and text.find("\t", line_start, line_end) < 0:
        return None  # a gap is four spaces or a tab (quote-column-gap): a line without either has none
    gaps = [
        (m.start(1), m.end(1))
        for m in _quote_patterns().quote_column_gap.finditer(text, line_start, line_end)
    ]
    if not gaps:
        return None
    starts = [line_start, *(g_end for _g, g_end in gaps)]
    ends = [*(g for g, _g_end in gaps), line_end]
    for seg_start, seg_end in zip(starts, ends, strict=True):
        if seg_start <= s and e <= seg_end:
            return seg_start, seg_end
    return None


def _quote_patterns() -> QuotePatterns:
    global _loaded_quote_patterns
    if _loaded_quote_patterns is None:
        # loaded on first use, like the OCR fixes below; kept here after that, since the import
        # statement ran on each of ~130 calls a report cost ~1% of its matching (issue 13)
        from .rules.quotes import quote_patterns

        _loaded_quote_patterns = quote_patterns()
    return _loaded_quote_patterns


_loaded_quote_patterns: QuotePatterns | None = None


def _is_columns(line: str) -> bool:
    # a gap is four spaces or a tab (quote-column-gap): `regex` tries the pattern at every
    # character of every line a quote looks at (~7 us a line, most of a quote's cost; issue 13)
    if "    " not in line and "\t" not in line:
        return False
    return bool(_quote_patterns().quote_column_gap.search(line.strip()))


def _paragraph(text: str, line_start: int, line_end: int, lo: int, hi: int) -> tuple[int, int]:
    """The line with the lines its sentence is wrapped onto (within [lo, hi))."""
    width = max((len(line.strip()) for line in text[lo:hi].split("\n")), default=0)
    start, end = line_start, line_end
    while start > lo:
        prev_start = text.rfind("\n", lo, start - 1) + 1 or lo
        prev = text[prev_start : start - 1].strip()
        if not _joins(prev, text[start:end].strip(), width):
            break
        start = prev_start
    while end < hi:
        next_end = text.find("\n", end + 1, hi)
        next_end = hi if next_end == -1 else next_end
        last = text[(text.rfind("\n", start, end) + 1) or start : end].strip()
        if not _joins(last, text[end + 1 : next_end].strip(), width):
            break
        end = next_end
    return start, end


def _joins(before: str, after: str, width: int) -> bool:
    """Line `before` goes on in line `after`: it does not end a sentence or a field, and either
    `after` starts in lower case, `before` ends on a word no sentence ends on ("therapies for"),
    or `before` is a full-width line of prose and `after` holds the end of a sentence. A list of
    short lines ("Result: AMPLIFIED" above "FINAL HER2 STATUS: ...") is never joined."""
    if not before or not after or before[-1] in ".!?:;|" or _is_columns(before) or _is_columns(after):
        return False
    q = _quote_patterns()
    if not any(c.isalnum() for c in before) or q.quote_field_label.match(after):
        return False  # a ruled line ("-----") or the next field ("Comment: ...") starts something new
    # quote-line-continues ends at the line's end ($), at most 11 characters long ("including,"
    # and a newline), so it is searched from a little before the end (\b sees the character
    # before the start); quote-sentence-end-in-line needs a '.', '!' or '?' (issue 13)
    if (
        after[0].islower()
        or after[0] in "(~<>%"
        or q.quote_line_continues.search(before, max(0, len(before) - LINE_END_WORD))
    ):
        return True
    full_width = len(before) >= max(45, 0.7 * width)
    if not full_width or ("." not in after and "!" not in after and "?" not in after):
        return False
    return bool(q.quote_sentence_end_in_line.search(after))


LINE_END_WORD = 16  # quote-line-continues' longest match, with room to spare


def _sentences(text: str, block_start: int, block_end: int, s: int, e: int) -> tuple[int, int]:
    """The sentences of [block_start, block_end) that the span [s, e) overlaps."""
    start, end = block_start, block_end
    q = _quote_patterns()
    for m in q.quote_sentence_end.finditer(text, block_start, block_end):
        if q.quote_abbreviation.search(text[max(block_start, m.start() - 8) : m.start() + 1]):
            continue
        if m.end() <= s:
            start = m.end()
        elif m.end() >= e:
            end = m.end()
            break
    return start, end


def _fold_char(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    if ord(ch) < 128:
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    return _FOLD.get(folded, folded) if len(folded) == 1 else folded


def normalize(original: str) -> NormalizedText:
    if original.isascii() and "-\n" not in original and "\t" not in original:
        # nothing to fold: the text maps onto itself (the common case for text-layer PDFs)
        return NormalizedText(original, range(len(original) + 1), original)
    out: list[str] = []
    offsets: list[int] = []
    n = len(original)
    i = 0
    while i < n:
        ch = original[i]
        # Words hyphenated at a line end: "ampli-\nfication" -> "amplification", but
        # "HER2-\nnegative" keeps its hyphen (only the line break goes). A rule drawn with
        # hyphens ("--- RIGHT BREAST -----\n") ends its line: no word before the hyphen.
        prev = out[-1] if out else ""
        if ch in "-\u00ad\u2010\u2011" and i + 1 < n and original[i + 1] == "\n" and prev.isalnum():
            j = i + 2
            while j < n and original[j] in " \t":
                j += 1
            nxt = original[j] if j < n else ""
            if ch != "\u00ad" and not (prev.islower() and nxt.islower()):
                out.append("-")
                offsets.append(i)
            i = j
            continue
        if ch == "\ufffe":  # pdfium's mark for a hyphen it removed at a line end
            i += 1
            if i < n and original[i] == "\n":
                i += 1
            continue
        folded = _fold_char(ch)
        for c in folded:
            out.append(c)
            offsets.append(i)
        i += 1
    offsets.append(n)
    return NormalizedText("".join(out), tuple(offsets), original)


def fix_ocr_confusions(text: str) -> str:
    """Undo Tesseract's usual misreads in score and name tokens ("HERZ" -> "HER2", "3*" -> "3+"),
    one character for one so offsets stay valid; applied to OCR'd pages only, a text layer is never
    loosened this way. The fixes are the "ocr-fix" records of data/rules/text.toml, in file order."""
    from .rules.text import text_patterns

    for repl, pattern in text_patterns().ocr_fixes:
        fixed = pattern.sub(repl, text)
        if len(fixed) == len(text):
            text = fixed
    return text
