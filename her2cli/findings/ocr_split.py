"""Words OCR split into pieces ("contr ol", "c ontrol", "con trol tissue"), and numbers split at
their decimal point ("rati0 : 1 .9"), joined again.

A faxed report run through OCR cuts words with a stray space: "HER2 -positive contr ol tissue (on
slide) sh ows appropri ate 3+ staini ng" (devset12 b12-f01-06). The control rules never saw the
word "control", so the control's 3+ was read as the patient's. The context rules are written for
whole words, so the words they turn on are made whole again, in a closed list (rule data:
data/rules/ocr.toml, families ocr-split-*):

- the words that say a HER2 value is not this tumour's result ("control", "previously",
  "pending", ...) are joined wherever their pieces stand: joining them only adds a reason not
  to count a value (never a result);
- the words of a control's label ("positive", "tissue", "slide") are joined only next to a
  control word on the same line, so a split result word elsewhere reads as it did before.

The HER2 name cut once ("HE R2", "H ER2") is joined only where the rest of its line is its own
IHC result, a score 0 to 3+ after at most a clone, call words and "score" (variants10 v10-G-03).

A number cut before its decimal point ("1 .9", "4 ,2") is one number: read as printed, its first
digit was taken for the whole value (devset9 b9-f03-06, ratio "1").

A word is cut into two or three pieces by one or two spaces on one line; the pieces are compared
with the look-alikes OCR confuses read the same (0 as o; 1, |, I and i as l), so "c0ntr ol" is
"control". Clean text is never touched (no piece joins into a listed word), and the joined text
keeps its offsets into the original (the spaces are dropped), so evidence quotes the report as
printed.
"""

from __future__ import annotations

from functools import cache

import regex

from ..normalize import NormalizedText
from ..rules.ocr import ocr_rules
from .lines import on_one_line

MAX_PIECES = 3  # a word cut twice at most
NEAR_CONTROL = 30  # characters between a control word and a control label's word joined next to it
_LOOK_ALIKE = str.maketrans({"0": "o", "1": "l", "|": "l", "i": "l"})


def _key(word: str) -> str:
    """A word as OCR may print it, with its look-alikes read the same."""
    return word.lower().translate(_LOOK_ALIKE)


@cache
def _keys() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """(trigger keys, control-word keys, companion keys, the longest word's length)."""
    rules = ocr_rules()
    words = rules.split_triggers | rules.split_companions
    return (
        frozenset(_key(w) for w in rules.split_triggers),
        frozenset(_key(w) for w in rules.split_control_words),
        frozenset(_key(w) for w in rules.split_companions),
        max(len(w) for w in words),
    )


@cache
def _heads() -> frozenset[str]:
    """Every key a listed word's first piece may have: the keys' proper prefixes. A piece is
    ASCII (ocr-split-piece), so a joined word's key begins with its first piece's key, and a
    piece whose key is none of these starts no listed word (docs/performance.md §4: the pieces
    of a clean report, ~500 words, were each tried against the next two)."""
    triggers, _, companions, _ = _keys()
    return frozenset(k[:n] for k in triggers | companions for n in range(1, len(k)))


def _joined_at(text: str, pieces: list[regex.Match[str]], i: int, longest: int) -> tuple[int, str] | None:
    """(how many pieces, the listed word's key) for the longest split word starting at piece i."""
    triggers, _, companions, _ = _keys()
    gap = ocr_rules().split_gap
    joined = pieces[i].group(0)
    found = None
    for j in range(i + 1, min(len(pieces), i + MAX_PIECES)):
        before, piece = pieces[j - 1], pieces[j]
        if not 0 < piece.start() - before.end() <= 2:
            break
        m = gap.match(text, before.end())
        if m is None or m.end() != piece.start():
            break
        joined += piece.group(0)
        if len(joined) > longest:
            break
        key = _key(joined)
        if key in triggers or key in companions:
            found = (j - i + 1, key)
    return found


def _split_words(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The split words ((start, end, key) of each) and the control words, whole or split."""
    triggers, controls, _, longest = _keys()
    pieces = list(ocr_rules().split_piece.finditer(text))
    joins: list[tuple[int, int, str]] = []
    control_spans: list[tuple[int, int]] = []
    heads = _heads()
    # the whole text keyed once: a piece's key is its slice (lower() and the look-alikes map an
    # ASCII character alone), unless lower-casing moved positions somewhere in the text
    low = text.lower()
    keyed = low.translate(_LOOK_ALIKE) if len(low) == len(text) else None
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        key = _key(piece.group(0)) if keyed is None else keyed[piece.start() : piece.end()]
        hit = _joined_at(text, pieces, i, longest) if key in heads or not key.isascii() else None
        if hit is None:
            if key in controls:
                control_spans.append((pieces[i].start(), pieces[i].end()))
            i += 1
            continue
        n, key = hit
        start, end = pieces[i].start(), pieces[i + n - 1].end()
        joins.append((start, end, key))
        if key in controls:
            control_spans.append((start, end))
        i += n
    triggers_kept = [j for j in joins if j[2] in triggers]
    labels = [j for j in joins if j[2] not in triggers and _near_control(text, j, control_spans)]
    return sorted(triggers_kept + labels), control_spans


def _near_control(text: str, word: tuple[int, int, str], controls: list[tuple[int, int]]) -> bool:
    """A control word stands within NEAR_CONTROL characters of the word, on its line."""
    start, end, _ = word
    for c_start, c_end in controls:
        lo, hi = (end, c_start) if c_start >= end else (c_end, start)
        if 0 <= hi - lo <= NEAR_CONTROL and on_one_line(text, lo, hi):
            return True
    return False


def _split_result_words(text: str, lowered: str) -> list[int]:
    """The gaps of result words OCR cut once right after a HER2 name ("HER2 NEGAT IVE",
    "HER-2/neu -- negat ive"): joined only when the two pieces make a listed result word
    (ocr-split-result-word, ocr-result-word), so "HER2 not done" stays as printed (probe23)."""
    if "her" not in lowered and "erbb" not in lowered:
        return []
    rules = ocr_rules()
    words = {_key(w) for w in rules.result_words}
    return [
        m.start("gap")
        for m in rules.split_result_word.finditer(text)
        if _key(m.group("head") + m.group("tail")) in words
    ]


def rejoin_split_words(norm: NormalizedText) -> NormalizedText:
    """The text with its split trigger words (and control labels' words) joined, offsets kept."""
    text = norm.text
    joins, _ = _split_words(text)
    drop: set[int] = {m.start("gap") for m in ocr_rules().split_decimal.finditer(text)}
    # a HER2 name OCR cut once, only where its own IHC score follows on its line (v10-G-03)
    drop.update(m.start("gap") for m in ocr_rules().split_her2_name.finditer(text))
    # "ratio" OCR cut once, only where its number follows on its line ("rati o 4.2"; probe18)
    lowered = text.lower()
    if "rat" in lowered or "ra t" in lowered:  # every form the record joins: "rati o", "rat io", "ra tio"
        drop.update(m.start("gap") for m in ocr_rules().split_ratio.finditer(text))
    # a score label cut once, only where its score follows on its line ("punt uación 0"; probe19)
    if "sc" in lowered or "s c" in lowered or "pun" in lowered:
        drop.update(m.start("gap") for m in ocr_rules().split_score.finditer(text))
    drop.update(_split_result_words(text, lowered))
    if not joins and not drop:
        return norm
    for start, end, _ in joins:
        drop.update(i for i in range(start, end) if text[i] == " ")
    keep = [i for i in range(len(text)) if i not in drop]
    offsets = [norm.offsets[i] for i in keep] + [norm.offsets[len(text)]]
    return NormalizedText("".join(text[i] for i in keep), tuple(offsets), norm.original)
