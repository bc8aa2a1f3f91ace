"""Findings read from OCR'd text stand only where the words that decide them were read clearly.

OCR noise must never turn into the opposite call. A finding on an OCR'd page keeps its family
only if, in its sentence, (a) the words that decide its meaning (history, previous, prior,
residual, control, not, no, negative, positive, amplified, ...), (b) the values it quotes
(the score, the ratio) and (c) the first words of the sentence (where a lost "History of" or
"No" would have been) were all read with at least UNCLEAR_CONFIDENCE. Otherwise it becomes a
mention with reason "unclear_ocr": the status then comes from the other findings, or is not
found, and a warning says part of a line could not be read clearly.

A second rule catches what confidence cannot: a lost decimal point. On a fax, "ratio 1.5" read
as "ratio 15" with confidence 88 made a non-amplified FISH amplified. An ISH ratio or mean copy
number of 10 or more written without a decimal point on an OCR'd page is not trusted.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import cache

from ..rules.ocr import ocr_rules
from ..sources.base import Page
from .lines import whole_line_end, whole_line_start
from .model import Finding
from .ocr_words import one_edit

__all__ = [
    "UNCLEAR_CONFIDENCE",
    "UNCLEAR_REASON",
    "distrust_unclear_findings",
    "span_confidence",
]

UNCLEAR_REASON = "unclear_ocr"
UNCLEAR_CONFIDENCE = 50.0  # Tesseract word confidence (0-100) under which a deciding word is unclear
SENTENCE_START_WORDS = 2  # words at the start of a sentence that must be clear
MAX_LINES_BACK = 3  # lines a sentence may wrap over before the finding's line
NEGATION_REACH = 2  # words before a cue or value word that may negate or qualify it
NEGATION_LETTERS = 4  # a garbled "not", "no", "non", "neg" ("nat", "Ne", "nen")
MIN_REPAIRED_CUE = 6  # shorter words one edit from a cue word are other words ("nat" is checked apart)
TABLE_CELLS = 3  # a line of this many cells (set apart by two spaces, sources.ocr_layout) is a table row
TABLE_REACH = 8  # rows of the same table looked at, above and below the finding's row
CELL_SEPARATOR = "  "  # what the layout reader puts between the cells of a row
CELL_HEAD_WORDS = 2  # the words at the start of a cell where its score or call is written
SHORT_CELL_CHARS = 4  # a cell this short is a score or a call ("3+", "co"), not a description
# The cue words (history, previous, prior, residual, control, not, no, negative, positive, ...),
# the short words that are plainly not a garbled negation, the HER2 names, the sentence end and
# the number templates are rule data: her2cli/data/rules/ocr.toml, loaded by rules.ocr.


@cache
def _long_cues() -> tuple[str, ...]:
    return tuple(sorted(c for c in ocr_rules().cue_words if len(c) >= MIN_REPAIRED_CUE))


@dataclass(frozen=True)
class OcrWord:
    start: int
    end: int
    text: str
    confidence: float

    @property
    def bare(self) -> str:
        return str(ocr_rules().edge_punct.sub("", self.text)).lower()

    @property
    def is_text(self) -> bool:
        """Punctuation and specks ("~", ".", "|") decide nothing: their confidence is ignored."""
        return bool(ocr_rules().word_char.search(self.text))


def page_words(page: Page) -> list[OcrWord]:
    """The OCR'd words of a page, each with its span in `page.text` and its confidence."""
    words = []
    text = page.text
    for start in sorted(page.word_confidences):
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        words.append(OcrWord(start, end, text[start:end], page.word_confidences[start]))
    return words


def _words_in(words: list[OcrWord], starts: list[int], a: int, b: int) -> list[OcrWord]:
    """Words that overlap text[a:b]."""
    i = max(0, bisect.bisect_right(starts, a) - 1)
    out = []
    while i < len(words) and words[i].start < b:
        if words[i].end > a:
            out.append(words[i])
        i += 1
    return out


def span_confidence(page: Page, start: int, end: int) -> float | None:
    """The lowest confidence among the real words (not punctuation or specks) of text[start:end]."""
    words = page_words(page)
    values = [w.confidence for w in _words_in(words, [w.start for w in words], start, end) if w.is_text]
    return min(values) if values else None


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last full stop (not a decimal point)
    before it, on its own line or on up to MAX_LINES_BACK lines it wraps from. A line wraps
    from the one above only when it starts in lower case ("cancer, HER2 3+"): a line starting
    with a capital or a label is a new row of a table or a new statement."""
    line_start = text.rfind("\n", 0, pos) + 1
    start = line_start
    for _ in range(MAX_LINES_BACK):
        first = text[start:pos].lstrip(" \t-\u2022*")[:1]
        if start == 0 or not first.islower():
            break
        prev_end = start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        previous = text[prev_start:prev_end].rstrip()
        if not previous or previous.endswith((".", ";", ":", "!", "?")) or "\f" in previous:
            break
        start = prev_start
    ends = [m.end() for m in ocr_rules().sentence_end.finditer(text, start, pos)]
    return ends[-1] if ends else start


def _value_strings(f: Finding) -> set[str]:
    """How the finding's numbers look in text: "3" for a score of 3+, "1.5" for a ratio."""
    out: set[str] = set()
    for value in f.values.values():
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            out.add(f"{value:g}")
        elif isinstance(value, str) and value[:1].isdigit():
            out.add(value.rstrip("+"))
    return out


def _region(f: Finding, page: Page) -> tuple[int, int]:
    """The finding's sentence, through the end of the line where the finding ends: a value is
    often read from the scope around the quoted words ("mean HER2 3.2" gives the ratio before it)."""
    line_end = page.text.find("\n", f.end)
    return sentence_start(page.text, f.start), len(page.text) if line_end < 0 else line_end


def _could_negate(w: OcrWord) -> bool:
    """A word that may be a garbled "not", "no", "non": letters only, 2-4 of them, and not a
    word that is plainly something else as read ("IHC", "and"): a clone name or a number before
    a call word ("(4B5): Equivocal") is not one either, nor a longer word like "status"."""
    return (
        w.bare.isalpha() and 2 <= len(w.bare) <= NEGATION_LETTERS and w.bare not in ocr_rules().not_negations
    )


def is_cue(w: OcrWord) -> bool:
    """A cue word as read, or one character away from a long one: "NEGATlVE" is the call word
    that findings.ocr_words repairs, and the repair is only as sure as the OCR was."""
    bare = w.bare
    return bare in ocr_rules().cue_words or (
        len(bare) >= MIN_REPAIRED_CUE and any(one_edit(bare, c) for c in _long_cues())
    )


def _carries_value(w: OcrWord, values: set[str]) -> bool:
    """Whether the word shows one of the finding's numbers on its own ("3+:", "(1.5)"), not as
    part of a HER2 name ("(HER2-low)" does not carry a score of 2+)."""
    rules = ocr_rules()
    text = rules.her2_name.sub(" ", w.text)
    return any(rules.value_pattern(rules.value_alone, v).search(text) for v in values)


def deciding_words(f: Finding, page: Page, words: list[OcrWord], starts: list[int]) -> list[OcrWord]:
    """The words of the finding's sentence (through the end of its line) that decide what it
    means: cue words and words carrying one of its values, the NEGATION_REACH short words
    before each (where a garbled "not" or "no" sits: "nat amplified"), and the first
    SENTENCE_START_WORDS words of the sentence (a garbled "History of", "No"; a HER2 name there
    is the finding's own subject, not a qualifier)."""
    start, end = _region(f, page)
    region = [w for w in _words_in(words, starts, start, end) if w.is_text]
    values = _value_strings(f)
    anchors = [i for i, w in enumerate(region) if is_cue(w) or _carries_value(w, values)]
    chosen = set(anchors)
    # a negation qualifies what follows it within the finding, not a word later on the line
    chosen |= {
        j
        for i in anchors
        if region[i].start < f.end
        for j in range(max(0, i - NEGATION_REACH), i)
        if _could_negate(region[j])
    }
    chosen |= {
        i
        for i, w in enumerate(region)
        if w.start < f.start and i < SENTENCE_START_WORDS and not ocr_rules().her2_name.search(w.text)
    }
    return [region[i] for i in sorted(chosen)]


LOST_DECIMAL_KEYS = ("ratio", "her2_copy_number", "cep17_copy_number")


def _lost_decimals(f: Finding, page: Page) -> dict[str, float]:
    """The ISH ratio and mean copy numbers of 10 or more written as whole numbers on an OCR'd
    page: far more often "1.5" with its point lost than a real ratio of 15."""
    if f.family != "ish":
        return {}
    start, end = _region(f, page)
    region = page.text[start:end]
    lost: dict[str, float] = {}
    for key in LOST_DECIMAL_KEYS:
        value = f.values.get(key)
        if not isinstance(value, int | float) or isinstance(value, bool):
            continue
        if (
            value >= 10
            and float(value).is_integer()
            and ocr_rules().value_pattern(ocr_rules().whole_number, str(int(value))).search(region)
        ):
            lost[key] = float(value)
    return lost


def _drop_lost_decimals(f: Finding, lost: dict[str, float]) -> Finding | None:
    """Take the untrusted numbers out of an ISH finding and return a mention that shows them
    (reason unclear_ocr); the finding itself becomes that mention when nothing is left of it."""
    for key in lost:
        f.values.pop(key, None)
    if all(f.values.get(key) is None for key in ("result", "ratio", "her2_copy_number")):
        # nothing trusted is left: the finding is only the shown, untrusted number (not a
        # demoted result: the number is doubted for being implausible, so it contradicts nothing)
        f.values.update(lost)
        f.family, f.reason = "mention", UNCLEAR_REASON
        return None
    return replace(f, family="mention", reason=UNCLEAR_REASON, values=dict(lost), demoted_from=None)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of text[start:end] (one line): spans set apart by two spaces or more."""
    cells: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        cut = text.find(CELL_SEPARATOR, pos, end)
        stop = end if cut < 0 else cut
        if stop > pos:
            cells.append((pos, stop))
        pos = stop
        while pos < end and text[pos] == " ":
            pos += 1
    return cells


def _line_at(text: str, pos: int) -> tuple[int, int]:
    return whole_line_start(text, pos), whole_line_end(text, pos)


def _table_rows(text: str, row: tuple[int, int]) -> list[tuple[int, int]]:
    """The other lines of the block (no blank line between) holding `row`, up to TABLE_REACH
    each way: the other rows of its table, if it is one."""
    rows: list[tuple[int, int]] = []
    for step in (-1, 1):
        start, end = row
        for _ in range(TABLE_REACH):
            if step < 0 and start == 0 or step > 0 and end >= len(text):
                break
            start, end = _line_at(text, start - 1) if step < 0 else _line_at(text, end + 1)
            if not text[start:end].strip():
                break
            rows.append((start, end))
    return rows


class _Table:
    """The page's OCR'd words and its results' spans, to ask of a table row whether another row of
    its table holds a result that could not be read."""

    def __init__(
        self,
        page: Page,
        words: list[OcrWord],
        starts: list[int],
        results: list[Finding],
    ) -> None:
        self.text = page.text
        self.words, self.starts = words, starts
        self.results = [(f.start, f.end) for f in results]

    def names_her2(self, cell: tuple[int, int]) -> bool:
        return ocr_rules().her2_name.search(self.text, *cell) is not None

    def unclear_head(self, cell: tuple[int, int]) -> bool:
        head = [w for w in _words_in(self.words, self.starts, *cell) if w.is_text][:CELL_HEAD_WORDS]
        return any(w.confidence < UNCLEAR_CONFIDENCE for w in head)

    def unread_row(self, f: Finding) -> bool:
        """Whether another row of the finding's table (of a table with a row per marker, another
        HER2 row) holds an unclear word at the head of the column where the finding's value is
        (of any short cell when the rows do not line up) and gave no result of its own: a row whose score could not be read may hold
        another specimen's result, the opposite of this one (a phone photo read a metastasis's
        "3+" as "co" at confidence 23, and the primary's 1+ alone made a positive report
        negative)."""
        row = _line_at(self.text, max(f.start, f.end - 1))
        cells = _cells(self.text, *row)
        values = _value_strings(f)
        columns = [
            k
            for k, cell in enumerate(cells)
            if any(_carries_value(w, values) for w in _words_in(self.words, self.starts, *cell))
        ]
        if len(cells) < TABLE_CELLS or not columns:
            return False
        labelled = self.names_her2(cells[0])
        for other in _table_rows(self.text, row):
            if (
                other[1] > f.start
                and other[0] < f.end
                or any(a < other[1] and b > other[0] for a, b in self.results)
            ):
                continue
            theirs = _cells(self.text, *other)
            # a row per marker (the finding's row is labelled HER2): only the other HER2 rows
            # are its siblings, ER's and Ki-67's are not; a row per specimen: every row is
            if len(theirs) < TABLE_CELLS or self.names_her2(theirs[0]) != labelled:
                continue
            if len(theirs) == len(cells):
                looked = [theirs[k] for k in columns]
            else:
                looked = [c for c in theirs if c[1] - c[0] <= SHORT_CELL_CHARS]
            if any(self.unclear_head(c) for c in looked):
                return True
        return False


def distrust_unclear_findings(findings: list[Finding], pages: dict[int, Page]) -> list[Finding]:
    """The findings with those of OCR'd pages checked: a result whose deciding words were not
    read clearly, or whose table has another row with an unclear score and no result of its own
    (_Table.unread_row), becomes a mention with reason "unclear_ocr" (`demoted_from` keeps the
    family it had); a number that lost its decimal point is dropped and shown as such a mention. Every OCR
    finding's confidence is set to the lowest of its deciding words (else of its real words):
    punctuation and specks are left out (a stray "~" read at 0 beside "3+" says nothing of it)."""
    results = [f for f in findings if f.family != "mention" and f.view == "text"]
    tables: dict[int, _Table] = {}
    extra: list[Finding] = []
    for f in findings:
        page = pages.get(f.page)
        if page is None or page.origin != "ocr" or not page.word_confidences or f.view != "text":
            continue
        if f.page not in tables:
            words = page_words(page)
            on_page = [r for r in results if r.page == f.page]
            tables[f.page] = _Table(page, words, [w.start for w in words], on_page)
        table = tables[f.page]
        words, starts = table.words, table.starts
        deciding = deciding_words(f, page, words, starts)
        quoted = [w for w in _words_in(words, starts, f.start, f.end) if w.is_text]
        scored = deciding or quoted
        f.confidence = min(w.confidence for w in scored) if scored else None
        if f.family == "mention":
            continue
        if any(w.confidence < UNCLEAR_CONFIDENCE for w in deciding) or table.unread_row(f):
            f.demoted_from, f.family, f.reason = f.family, "mention", UNCLEAR_REASON
            continue
        lost = _lost_decimals(f, page)
        if lost:
            shown = _drop_lost_decimals(f, lost)
            if shown is not None:
                extra.append(shown)
    return findings + extra
