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

# Characters folded to ASCII so one pattern covers every typesetting of a score or range.
_FOLD = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    "\u207a": "+", "\u208a": "+", "\ufe62": "+", "\uff0b": "+", "\u2795": "+",
    "\u2264": "<=", "\u2265": ">=",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "", "\ufffe": "",
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

    def quote_lines(self, start: int, end: int, max_chars: int = 400) -> str:
        """The original line(s) the span lies on, whitespace tidied, for evidence."""
        s, e = self.source_span(start, end)
        # bounded searches: a report that is one enormous line must not make quoting quadratic
        lo = max(0, s - max_chars)
        hi = min(len(self.original), e + max_chars)
        line_start = self.original.rfind("\n", lo, s) + 1 or lo
        line_end = self.original.find("\n", e, hi)
        if line_end == -1:
            line_end = hi
        raw = self.original[line_start:line_end].replace("\ufffe", "").replace("\u00ad", "")
        quote = " ".join(raw.split())
        if len(quote) > max_chars:
            # keep the matched words in view
            rel = max(0, s - line_start - max_chars // 3)
            quote = ("…" if rel else "") + quote[rel : rel + max_chars] + "…"
        return quote


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
        # "HER2-\nnegative" keeps its hyphen (only the line break goes).
        if ch in "-\u00ad\u2010\u2011" and i + 1 < n and original[i + 1] == "\n":
            prev = out[-1] if out else ""
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


# Tesseract's usual confusions in the words HER2 results are written with (docs/performance.md §2: "block A1"
# read as "block Al"). Each fix replaces characters one for one, so offsets stay valid, and is
# applied to OCR'd pages only: a text layer is never loosened this way.
_OCR_FIXES: tuple[tuple[str, str], ...] = (
    (r"(?<=\bHER[\s-]?)Z(?=\b|/|neu)", "2"),  # HERZ -> HER2
    (r"(?<=\bERB)8(?=2\b)", "B"),  # ERB82 -> ERBB2
    (r"(?<=\bc-erb)8(?=2\b|-2\b)", "B"),  # c-erb82 -> c-erbB2
    (r"(?<![A-Za-z0-9])[O](?=\+)", "0"),  # O+ -> 0+
    (r"(?<![A-Za-z0-9])[lI|](?=\+)", "1"),  # l+ / I+ -> 1+
    (r"(?<![A-Za-z0-9.])([0-3])[*t](?![A-Za-z0-9])", r"\1+"),  # 3* / 3t -> 3+
    (r"(?<![A-Za-z0-9])(?:4BS|485|A85)(?![A-Za-z0-9])", "4B5"),  # clone 4B5
    (r"(?<=\(\s?)\{|\{(?=\s?[0-3]\+)", "("),
    (r"\}(?=\s|$|[.,;])", ")"),
)


def fix_ocr_confusions(text: str) -> str:
    """Undo common OCR misreads in score and name tokens, one character for one."""
    import regex

    for pattern, repl in _OCR_FIXES:
        fixed = regex.sub(pattern, repl, text)
        if len(fixed) == len(text):
            text = fixed
    return text
