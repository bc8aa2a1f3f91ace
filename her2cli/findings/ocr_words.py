"""One-character OCR damage in HER2 names and result words, repaired where the report's structure
confirms the word (issue 11, family 5).

OCR'd reports, and text layers made by OCR, print "NEGATIUE", "NEGATlVE", "lnterpreted",
"AMPLIFLED", or a HER2 name missing a letter ("ER2/neu"). A single wrong, dropped or extra
character is tolerated, and only

- in a closed list of words (the ocr-result-word rules, and HER2 itself with its digit intact, so HER3 and
  HER4 never become HER2);
- where structure confirms it: a result word within the statement after a HER2 name; a damaged
  HER2 name only when "/neu", an HER2 antibody clone or a HER2 test name follows it.

Clean text is never touched (an exact word needs no repair), and every repair keeps the text's
offsets into the original, so evidence still quotes the report as printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from ..normalize import NormalizedText
from ..rules.ocr import ocr_rules
from .scope import all_matches

# The result words, the real words next to them, the token shape and the damaged HER2 names
# are rule data (her2cli/data/rules/ocr.toml, families ocr-result-word, ocr-not-damaged and
# ocr-repair), loaded by rules.ocr.


@cache
def _ends() -> tuple[frozenset[str], frozenset[str]]:
    """First and last three letters of the result words: one edit leaves one of them intact."""
    words = ocr_rules().result_words
    return frozenset(w[:3] for w in words), frozenset(w[-3:] for w in words)


WINDOW_AFTER_NAME = 160  # characters after a HER2 name where its result words are written


def _result_edits(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, word) for one-edit result words in text[lo:hi]."""
    edits = []
    rules = ocr_rules()
    heads, tails = _ends()
    for m in rules.result_token.finditer(text, lo, hi):
        if _cut_word(text, m.start(), m.end()):
            continue
        token = m.group(0)
        lower = token.lower()
        # one edit leaves a word's first three or last three letters intact (words of 8+ letters)
        if lower[:3] not in heads and lower[-3:] not in tails:
            continue
        if lower in rules.not_damaged or lower in rules.result_words:
            continue
        word = _closest(token)
        if word is not None:
            upper = sum(ch.isupper() for ch in token) > len(token) // 2
            edits.append((m.start(), m.end(), word.upper() if upper else word))
    return edits


def _cut_word(text: str, start: int, end: int) -> bool:
    """The token is part of a longer word cut by a window's edge: "mplified" of "amplified" when
    the window after one HER2 name ends inside the word and the next one starts there; repaired,
    it read "aamplified" (found on a blind set 5 phrase case)."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


def _closest(token: str) -> str | None:
    """The one result word `token` is one edit from (None if two are: no guessing). In a word
    printed in capitals, every lower-case "l" is the capital I that OCR read as l ("AMPLlFlED",
    devset8 b8-f03-09): that look-alike is read back before the edit is counted."""
    caps = _capital_i(token).lower()
    hits = [
        w
        for w in ocr_rules().result_words
        if one_edit(token.lower().replace("|", "l"), w) or one_edit(token.lower(), w) or caps in (w,)
    ]
    return hits[0] if len(hits) == 1 else None


def _capital_i(token: str) -> str:
    """The token with its lower-case "l"s as "I" when every other letter is a capital."""
    others = [ch for ch in token if ch.isalpha() and ch != "l"]
    if "l" not in token or len(others) < 3 or not all(ch.isupper() for ch in others):
        return token
    return token.replace("l", "I")


def one_edit(a: str, b: str) -> bool:
    """a and b differ by one replaced, dropped or added character (the OCR damage repaired here and
    distrusted by findings.ocr_trust)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def repair_ocr_words(norm: NormalizedText, her2: regex.Pattern[str]) -> NormalizedText:
    """The text with confirmed one-character OCR damage repaired, offsets kept."""
    text = norm.text
    edits: list[tuple[int, int, str]] = []
    for m in ocr_rules().damaged_her2_name.finditer(text):
        if not her2.fullmatch(m.group("name")):
            edits.append((m.start("name"), m.end("name"), "HER2"))
    names = [m.end() for m in all_matches(her2, text)] + [e[1] for e in edits]
    # the windows after the names, overlapping ones merged: a word across one window's edge is
    # read whole ("EQUlVOCAL" cut at the edge of one name's window, devset9 b9-f03-06)
    windows: list[tuple[int, int]] = []
    for end in sorted(names):
        hi = min(len(text), end + WINDOW_AFTER_NAME)
        blank = text.find("\n\n", end, hi)
        hi = blank if blank >= 0 else hi
        if windows and end <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        elif end < hi:
            windows.append((end, hi))
    zero = ocr_rules().letter_zero_score
    for lo, hi in windows:
        edits += _result_edits(text, lo, hi)
        if "O" in text[lo:hi]:  # "puntaje O": the score 0 printed as the letter (v13b-f08-04)
            edits += [(m.start("o"), m.end("o"), "0") for m in zero.finditer(text, lo, hi)]
    if not edits:
        return norm
    return apply_edits(norm, sorted(set(edits)))


def apply_edits(norm: NormalizedText, edits: Sequence[tuple[int, int, str]]) -> NormalizedText:
    """Replace normalized spans, each new character mapped into its span of the original."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for start, end, word in edits:
        if start < pos:
            continue  # overlapping edits: the first wins
        out.append(norm.text[pos:start])
        offsets.extend(norm.offsets[pos:start])
        out.append(word)
        span = [norm.offsets[i] for i in range(start, end)] or [norm.offsets[start]]
        offsets.extend(span[min(i, len(span) - 1)] for i in range(len(word)))
        pos = end
    out.append(norm.text[pos:])
    offsets.extend(norm.offsets[pos:])
    return NormalizedText("".join(out), tuple(offsets), norm.original)
