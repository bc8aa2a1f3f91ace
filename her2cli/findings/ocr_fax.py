"""Letters read as look-alike digits (and back) in faxed or OCR'd text files and text layers.

A faxed report run through OCR prints "P0sitive", "c0ntr0l (gastric ca 3+)", "ce11s", "rati0",
"NEGATlVE", "lHC", "gr0up 2" and numbers such as "1.l" or "exon 2O". findings.ocr_words repairs
one character in a closed list of result words; this repairs the look-alike swaps in any word, so
that context words ("control", "not performed"), scores ("0 (no staining)") and groups are read too.

Safety (a wrong positive is the worst outcome):

- a text is repaired only when it shows the damage: at least MIN_DAMAGED words with a 0 or 1
  between two letters ("c0ntr0l", "ce11s"); clean text is never touched;
- codes keep their digits: a digit is a letter only between two letters, after two or more
  letters at a word's end (0 only), or before them at its start (0 only), so MLH1, CEP17, 4B5,
  SP1, 1E2, V600E, G12D, A775_G776 and D17Z1 stay as printed; staging (pT1cN0, ypN0) is skipped;
- one character becomes one character, so the offsets into the original text are kept and the
  evidence still quotes the report as printed.
"""

from __future__ import annotations

from ..normalize import NormalizedText
from ..rules import compiled
from .ocr_words import apply_edits

MIN_DAMAGED = 3  # words with a 0/1 between two letters before a text counts as fax-damaged
# The word, a 0/1 between letters, a staging token and a decimal's letter are value patterns:
# data/rules/document.toml, family "fax".
_LETTER_FOR = {"0": ("o", "O"), "1": ("l", "I")}


def _is_damaged(word: str) -> bool:
    letters = sum(ch.isalpha() for ch in word)
    c = compiled()
    return letters >= 3 and bool(c.fax_between_letters.search(word)) and not c.fax_staging.match(word)


def _letter(digit: str, upper: bool) -> str:
    lower_form, upper_form = _LETTER_FOR[digit]
    return upper_form if upper else lower_form


def _repair_word(word: str) -> str:
    """The word with its look-alike digits read as letters (or its letters in a number as digits)."""
    c = compiled()
    if word.isdigit() or c.fax_staging.match(word):
        return word
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return word
    if all(ch.isdigit() or ch in "OoIl" for ch in word) and any(ch.isdigit() for ch in word):
        # a number with a letter in it: "2O", "4O57", "2l" (only look-alikes, digits around them)
        return "".join("0" if ch in "Oo" else "1" if ch in "Il" else ch for ch in word)
    chars = list(word)
    upper = sum(ch.isupper() for ch in letters) > len(letters) // 2
    for m in c.fax_between_letters.finditer(word):
        left, right = word[m.start() - 1], word[m.end()]
        for i in range(m.start(), m.end()):
            chars[i] = _letter(word[i], left.isupper() and right.isupper())
    if all(ch.islower() for ch in letters):
        # a lower-case word: look-alikes at its ends too ("rati0", "ce11", "n0", "t0", "0f")
        head = len(word) - len(word.lstrip("0"))  # "0f"; "10mm" is a size
        tail = len(word.rstrip("01"))
        for i in [*range(head), *range(tail, len(word))]:
            chars[i] = _letter(word[i], False)
    else:
        if len(letters) >= 2 and word[-1] == "0" and word[-2].isalpha():
            chars[-1] = _letter("0", upper)  # "ASC0" (a code ending in 1 stays: MLH1, CB11)
        elif _title_word_ending_in_one(word):
            chars[-1] = "l"  # "Esophagea1", "Residua1": a capitalised word, not a code
        if len(word) >= 3 and word[0] == "0" and word[1:3].isalpha():
            chars[0] = _letter("0", word[1:3].replace("l", "I").isupper())  # "0STROWSKI", "0RlGlNAL"
    repaired = "".join(chars)
    as_i = _ones_as_i(word, repaired)
    if as_i is not None:
        return as_i
    # "NEGATlVE", "lHC": a lower-case l among capitals is an I
    caps = sum(ch.isupper() for ch in repaired)
    if caps >= 2 and all(ch.isupper() or ch == "l" or not ch.isalpha() for ch in repaired):
        repaired = repaired.replace("l", "I")
    return repaired


def _ones_as_i(word: str, repaired: str) -> str | None:
    """The repaired word with the letters its 1s became read as i's ("Ampl1f1cat1on" ->
    "Amplification", not "Ampllflcatlon"), when that is a result word (fax-i-word); else None."""
    if "1" not in word:
        return None
    chars = list(repaired)
    for i, ch in enumerate(word):
        if ch == "1" and chars[i] in "lI":
            chars[i] = "I" if chars[i] == "I" else "i"
    as_i = "".join(chars)
    if as_i == repaired or not compiled().fax_i_word.match(as_i):
        return None
    return as_i


TITLE_WORD_LETTERS = 4  # lower-case letters after the capital before a final 1 is an l


def _title_word_ending_in_one(word: str) -> bool:
    """ "Esophagea1", "Residua1": a capital, then lower-case letters only, then one 1. A code has
    capitals or digits inside (MLH1, CB11, SP1, Ki67), so it never looks like this."""
    body = word[1:-1]
    return (
        len(word) >= TITLE_WORD_LETTERS + 2
        and word[0].isupper()
        and word[-1] == "1"
        and body.isalpha()
        and body.islower()
    )


def _word_start(text: str, pos: int) -> int:
    """Where the word holding `pos` starts (letters and digits)."""
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


def _negation_word(printed: str) -> str:
    """A negation as OCR printed it ("N0T", "n0", "n ot", "N0 T") as the word itself: its zero read
    as O and the stray space inside it dropped (devset20 b20-f07-10)."""
    return printed.replace("0", "O" if printed[0] == "N" else "o").replace(" ", "").replace("\t", "")


def repair_fax_confusions(norm: NormalizedText) -> NormalizedText:
    """The text with letter/digit look-alikes repaired, when it shows fax or OCR damage."""
    text = norm.text
    c = compiled()
    # the negation "N0T" ("n ot" before an amplification word) is repaired whatever the rest
    # of the text looks like (safe both ways)
    negations = [(m.start(), m.end(), _negation_word(m.group(0))) for m in c.fax_negation_not.finditer(text)]
    if negations:
        norm = apply_edits(norm, negations)
        text = norm.text
    # so is a letter O before a bracket that spells zero ("puntuación O (cero)"; probe19), in a
    # text that spells one ("zero", "cero", "zer0", "CER0": document.toml `spelled-zero`)
    if c.spelled_zero.search(text) is not None:
        zeros = [(m.start(), m.end(), "0") for m in c.fax_score_o.finditer(text) if m.group("spelled")]
        if zeros:
            norm = apply_edits(norm, zeros)
            text = norm.text
    # ... and a letter O in a decimal's digits ("ratio 2.O9": variants13a v13a-f12-05)
    decimals = [(m.start(), m.end(), "0") for m in c.fax_decimal_o.finditer(text)]
    if decimals:
        norm = apply_edits(norm, decimals)
        text = norm.text
    # only the words around a 0/1 between letters are looked at to decide (a long clean text is
    # scanned once, by the pattern, not word by word)
    damaged = 0
    for hit in c.fax_between_letters.finditer(text):
        around = c.fax_word.match(text, _word_start(text, hit.start()))
        if around is not None and _is_damaged(around.group(0)):
            damaged += 1
            if damaged >= MIN_DAMAGED:
                break
    if damaged < MIN_DAMAGED:
        return norm
    words = list(c.fax_word.finditer(text))
    edits = []
    for m in words:
        word = m.group(0)
        if word.isalpha() and "l" not in word:
            continue
        repaired = _repair_word(word)
        if repaired != word:
            edits.append((m.start(), m.end(), repaired))
    # "1.l": a decimal whose last digit was read as a letter
    for m in c.fax_decimal_letter.finditer(text):
        edits.append((m.start(), m.end(), "1"))
    # "Score l+": a 1 before a score's plus read as a letter
    for m in c.fax_score_letter.finditer(text):
        edits.append((m.start(), m.end(), "1"))
    for m in c.fax_score_o.finditer(text):  # "Sc0re O": the zero read as a letter, bracket or not
        edits.append((m.start(), m.end(), "0"))
    return apply_edits(norm, sorted(edits)) if edits else norm
