"""Typed parses of matched tokens shared by several readers: numbers, amplification wording,
protein changes."""

from __future__ import annotations

import regex

from ..rules import THREE_TO_ONE, Compiled
from .clauses import PROSE_CLAUSE, clause_start, clause_stop
from .current_rows import next_line_other_sample
from .lines import on_one_line
from .scope import SCOPE, line_end, line_start, search, sentence_end, sentence_start

AMPLIFIED_ADJECTIVES = ("amplified", "amplificad", "amplifiziert")
# a step arrow: "HER2 IHC 2+ (equivocal) -> dual-probe ISH: AMPLIFIED" - the words before it are
# the earlier step's (devset7 b7-f01-02)
STEP_ARROWS = ("->", "\u2192", "=>", "\u21d2")
# a qualifier bracket right after an amplification word, at most this long (_past_own_bracket)
BRACKET_REACH = 80


def after_step_arrow(text: str, lo: int, pos: int) -> int:
    """Where the words of the step holding `pos` start: after the last step arrow in [lo, pos)."""
    return max([lo] + [i + len(a) for a in STEP_ARROWS if (i := text.rfind(a, lo, pos)) >= 0])


def to_float(s: str | None) -> float | None:
    """A number as printed; a decimal comma ("2,3", European and Spanish reports) is a point, and a
    decimal written with an OCR'd l or I for 1 ("2.l", "l.7", a fax) is that digit."""
    if s is None:
        return None
    if s[-1:] in ("l", "I") and s[:-1].rstrip("0123456789")[-1:] in (".", ","):
        s = s[:-1] + "1"
    if s[:1] in ("l", "I") and s[1:2] in (".", ","):
        s = "1" + s[1:]  # "ratio ... l.7" (devset14 b14-f10-07): read past it, the ratio was "5" of "group 5"
    try:
        return float(s.replace(",", ".")) if s.count(",") == 1 and "." not in s else float(s)
    except ValueError:
        return None


def amplification_polarity(text: str, m: regex.Match[str], lo: int, hi: int, c: Compiled) -> str | None:
    """amplified / not_amplified / equivocal / gain / amplified_statement for one
    'amplified'/'amplification' word, or None when it is not about HER2 amplification."""
    hi = _before_next_list(text, m.end(), hi, c)
    reach = lo  # the caller's window, before the look-back below narrows it
    prefix = (m.group("prefix") or "").lower() if "prefix" in m.groupdict() else ""
    # the word as one token: an OCR split ("ampl ification", "AMPLIF IED") is that word
    word = m.group(0).lower()
    word = word[: len(prefix)] + "".join(word[len(prefix) :].split())
    lo = after_step_arrow(text, max(lo, m.start() - 45), m.start())
    lo = _after_other_amp_word(text, lo, m.start(), c)
    lo = _own_row_start(text, lo, m.start(), c)
    before = text[max(lo, m.start() - 45) : m.start()]
    if _test_negated(text, m.end(), before + prefix, hi, c):
        return None  # "No ERBB2 amplification assessment is available": the test was not done
    # ... within the word's own sentence: "amplified. Heterogeneity: not present" is amplified
    stop = sentence_end(text, m.end(), min(hi, m.end() + 90), c)
    after = _own_after(text, m, word, stop, c)
    if _no_call_of_its_own(text, m, after, c):
        return None
    if m.groupdict().get("gain"):
        # "copy number gain - negative": a negation that is the gain's whole value, right after it
        # on its line (probe19b); not one further on ("gain cannot be classified as amplified or
        # not amplified") nor one opening another clause ("gain - no change from prior specimen;
        # estimated copy number 16 (amplified)", review19 item 1)
        # ... read on the whole line, not the caller's window: a window that cuts "no ERBB2
        # mutation detected" after "no" would make the negation look whole
        own_line = text[m.end() : line_end(text, m.end())].lstrip(" \t:-\u2013\u2014|(")
        negated = search(c.amp_neg_before, before) or c.gain_negated_value.match(own_line) is not None
        return "not_amplified" if negated else "gain"
    if c.amp_defined_after.match(text, m.end(), min(hi, m.end() + 60)):
        # "amplification called at >= 6 copies", "not amplified <1.8; equivocal 1.8-2.2": how a
        # call is made (a key's category and its cut-off), not a result (devset8 b8-f03-07)
        return None
    if prefix.strip() in ("non-", "non", "un", "not", "no", "nicht"):
        return "not_amplified"
    if word.startswith("co"):
        return None  # "co-amplification" of HER2 and CEP17 (polysomy) is not HER2 amplification
    # a table row's columns are set apart by runs of spaces: "Amplification         Not detected"
    # is one cell after the other (issue 11), so runs count as one space here
    if search(c.amp_neg_before, before) or _negated_before_page_break(text, m.start(), lo, c):
        return "not_amplified"
    if search(c.amp_not_assessed, _own_clause(text, m.start(), m.end(), lo, hi)):
        return None  # "copy number could not be assessed", "status unknown": no value (blind set 4)
    if search(c.amp_hedge_after, after):
        return None  # "a subclone with HER2 amplification cannot be entirely excluded": no result
    # ... in the word's own clause: "amplification not detected; low-level or subclonal
    # amplification cannot be excluded" is not an equivocal amplification (devset5 b5-f05-04)
    near = text[
        _after_method_name(text, max(lo, m.start() - 30), m.start(), c) : min(
            hi, _past_own_bracket(text, m.end()) + 40, stop
        )
    ]
    borderline = _borderline(text, m, reach, hi, near, c)
    if borderline:
        return borderline
    if _negated_after(word, after, c, _labelled_value(text[line_start(text, m.start()) : m.start()], c)):
        # "amplification: not detected", "amplification ... negative"; but not when a later
        # clause about another thing is negative: the window is short and stops at markers.
        return "not_amplified"
    # the adjective, in English, Spanish ("amplificado") and German ("amplifiziert"): not the noun
    if word.startswith(AMPLIFIED_ADJECTIVES) or word == "amp":
        # "(amplified cells <10%)" describes a few cells; it is not the call on the tumor
        return None if c.amp_describes_cells.match(text, m.end(), min(hi, m.end() + 30)) else "amplified"
    if search(c.amp_pos_after, after):
        return "amplified"
    if search(c.amp_pos_before, before) and not c.negation_word.search(before):
        return "amplified"
    # "ERBB2 amplification" as a row of a genomic-alterations table, or "gene amplification"
    # stated as a finding ("shows HER2 gene amplification").
    return "amplified_statement"


def _borderline(text: str, m: regex.Match[str], reach: int, hi: int, near: str, c: Compiled) -> str | None:
    """ "equivocal" for an equivocal word near the amplification word, except where the lab's call
    in its own bracket stands for the sentence ("AMPLIFIED (POSITIVE), low-level amplification near
    cut-off": the level is described, the result is not equivocal; fix19b, variants12b v12b-f12-03),
    then "amplified"; None when neither."""
    if search(c.amp_called_positive, text, sentence_start(text, m.start(), reach, c), min(hi, m.end() + 16)):
        return "amplified"
    return "equivocal" if search(c.amp_equivocal, near) else None


def _after_method_name(text: str, lo: int, start: int, c: Compiled) -> int:
    """The look-back for an equivocal word stops after an ISH method named before the word: the
    words before it are the earlier test's ("HER2 IHC 2+ Equivocal FISH Amplified 2.8", a fax's
    columns run together; probe12b read the FISH equivocal)."""
    ends = [x.end() for p in (c.ish_method, c.ish_method_spanish) for x in p.finditer(text, lo, start)]
    return max([lo, *ends])


def _no_call_of_its_own(text: str, m: regex.Match[str], after: str, c: Compiled) -> bool:
    """The word makes no call: "Amplifications: none other than ERBB2", "No amplifications other
    than ERBB2" (HER2 is the exception to the negation, whether it comes before the word or after;
    left9), or a panel's alteration types in a gene list ("ERBB2 (amplification), MET
    (amplification)"; probe12b)."""
    if search(c.amp_except_gene, after):
        return True
    return bool(
        c.amp_gene_list_type.match(text[m.end() : m.end() + 60])
        or c.amp_gene_list_type_before.search(text[max(0, m.start() - 80) : m.start()])
    )


def _past_own_bracket(text: str, end: int) -> int:
    """The end of a bracket that opens right after the word on its line, else `end`: the word's
    qualifier comes after it ("ERBB2 amplification (copy number 4, near the assay threshold):
    equivocal", "amplificación (número de copias 4, próximo al umbral): dudosa"; probe12b read
    them amplified)."""
    j = end + len(text[end : end + 4]) - len(text[end : end + 4].lstrip(" \t:"))
    if not text.startswith("(", j):
        return end
    close = text.find(")", j, j + BRACKET_REACH)
    return close + 1 if close > 0 and on_one_line(text, j, close) else end


def _negated_before_page_break(text: str, start: int, lo: int, c: Compiled) -> bool:
    """A word that opens a line near the top of a page, after the page's own header lines, whose
    negation ends the page before: "ratio 1.2 (not" / page 2's "(continued) Surgical pathology" /
    "amplified)". The page's first lines are no words of the value (probe11, session 11: read
    amplified)."""
    brk = text.rfind("\f", max(lo, start - 160), start)
    ls = line_start(text, start)
    if brk < 0 or text[ls:start].strip(" \t([") or text.count("\n", brk, ls) > 3:
        return False
    # the last line of the page before (the scope may start at the break: it is the value's line)
    last = text[max(0, brk - 200) : brk].rstrip()
    tail = last[last.rfind("\n") + 1 :][-45:]
    return bool(tail) and search(c.amp_neg_before, tail + " ") is not None


def _after_other_amp_word(text: str, lo: int, start: int, c: Compiled) -> int:
    """The look-back stops after an earlier amplification word: a negation that already made
    that word's call is not this word's ("ratio 2.2  <2.0 not amplified" / "FISH interpretation:
    AMPLIFIED": the reference cell's "not" is not the lab's call)."""
    ends = [a.end() for a in c.amp_word.finditer(text, max(lo, start - 45), start) if a.end() <= start]
    return max([lo, *ends])


def _own_row_start(text: str, lo: int, start: int, c: Compiled) -> int:
    """The look-back stops at the start of a table row whose label is set apart from this cell by
    a dot leader or a gap: the row above's "not detected" ("BRAF V600E ..... not detected" over
    "ERBB2 (HER2) ..... AMPLIFICATION DETECTED") is that row's value. Prose wrapped at a line end
    ("there is no\nERBB2 amplification") has no such gap and keeps its look-back. Not the colon of
    `_labelled_value`: a colon labels a prose line as often as a table row, so it says nothing of
    the line above (ish.toml `row-cell-gap`)."""
    here = line_start(text, start)
    if here <= lo or c.row_cell_gap.search(text, here, start) is None:
        return lo
    return here


def _test_negated(text: str, end: int, before: str, hi: int, c: Compiled) -> bool:
    """The negation before the word is of the test, not of the amplification: "No ERBB2
    amplification assessment is available from this panel", "no analysis of ERBB2
    amplification" say the test was not done, no value (variants8 E-04)."""
    if search(c.amp_test_noun_before, before):
        return True
    # ... or the word's value says no test was done: "amplification (tissue NGS): no sequencing on
    # file yet" (fix22b, v15b-f09-03)
    if c.amp_no_test_value.match(text, end, hi):
        return True
    return bool(c.amp_test_noun_after.match(text, end, hi)) and search(c.amp_neg_before, before) is not None


def _negated_after(word: str, after: str, c: Compiled, is_value: bool) -> bool:
    """A negation after the word says it was not found. After the adjective given as a labelled
    line's value (`is_value`: "RESULT: HER2 AMPLIFIED", a call on its own) only its own line can:
    "RESULT: HER2 AMPLIFIED (mean 6.4 copies/nucleus)" over "Note: no CEP17 ratio is available"
    is amplified (devset6 b6-f03-06); a line holding nothing past it takes a next line that is
    only the value ("  Not detected"), not a sentence that opens with "No". An adjective that is
    no value may be a column header ("Gene   Amplified   Mutated" over "ERBB2   No   No"): its
    value is on the lines below, so it keeps the whole window."""
    own_line, _, below = after.partition("\n")
    opener = below.split(None, 1)[0].strip(PUNCTUATION).lower() if below.strip() else ""
    if below and opener not in NEGATION_OPENERS and search(c.copy_number, own_line) is not None:
        # a row that gives its own copy number ("ERBB2 amplification - 18 copies") is negated on
        # its line only: "Genes assayed with no reportable alterations ..." below is another
        # statement (read NOT AMPLIFIED; blind set 30); a line below that is only a negated value
        # ("not detected") is still the row's
        return search(c.amp_neg_after, own_line) is not None
    if not (is_value and word.startswith(AMPLIFIED_ADJECTIVES)):
        return search(c.amp_neg_after, after) is not None
    if any(ch.isalnum() for ch in own_line):
        return search(c.amp_neg_after, own_line) is not None
    neg = search(c.amp_neg_after, after)
    if neg is None or any(ch.isalnum() for ch in after[neg.end() :].partition("\n")[0]):
        return False
    # ... a line that opens with the negation: "SISH result ....... Amplified" over "Lymphovascular
    # invasion ....... not identified" is another row's value (fix20a)
    opens = after.rfind("\n", 0, neg.end()) + 1
    first = after[opens : neg.end()].split(None, 1)
    return bool(first) and first[0].strip(PUNCTUATION).lower() in NEGATION_OPENERS


# the first word of a line that is only a negated value ("  Not detected", "(no)", "N/D")
NEGATION_OPENERS = frozenset({"not", "no", "negative", "absent", "none", "undetected", "n/d", "nd"})
PUNCTUATION = " \t:.,;-|()[]"


def _labelled_value(head: str, c: Compiled) -> bool:
    """The word is a labelled line's value: after a colon ("Result: AMPLIFIED") or a dot leader
    of a synoptic row ("Result ........ POSITIVE (amplified), ISH group 1", whose next row
    "Heterogeneity ........ not identified" is another item's value, variants13a v13a-f01-04);
    ish.toml `labelled-value-mark`. Not `row-cell-gap` (`_own_row_start`): a wide gap alone sets a
    column header apart as well ("Gene   Amplified   Mutated" over "ERBB2   No   No"), and a
    header's value is on the lines below, not on its own line."""
    return c.labelled_value_mark.search(head) is not None


def _own_after(text: str, m: regex.Match[str], word: str, stop: int, c: Compiled) -> str:
    """The text after the word in its own sentence, up to a contrast ("amplified (ratio 4.0), unlike
    the DCIS, which is not amplified": the words after "unlike" are the other part's) or, for an
    adjective with its own bracketed label, nothing ("amplified (tumour), not amplified (control)":
    the next call is its own, findings/labelled_pair.py) (lead26)."""
    after = c.column_gap.sub(" ", text[m.end() : stop])[:70]
    contrast = search(c.contrast_cue, after)
    if contrast is not None:
        after = after[: contrast.start()]
    if word.endswith("amplified") and c.amp_labelled_pair.match(text, m.end(), stop) is not None:
        return ""
    return after


def _before_next_list(text: str, pos: int, hi: int, c: Compiled) -> int:
    """`hi`, or the end of `pos`'s line when the next line is a less indented "NOT DETECTED"
    heading: it opens the next list and says nothing of this row (blind set 4, b4-f05-03)."""
    end = line_end(text, pos)
    if end >= min(hi, len(text)):
        return hi
    if next_line_other_sample(text, end, c):
        return end  # "First draw: ... detected" over "Current draw: no ERBB2 amplification detected" (lead25)
    row = text[line_start(text, pos) : end]
    following = text[end + 1 : line_end(text, end + 1)]
    head = c.not_detected_heading.match(following)
    # ... or a heading of genes with no alteration ("GENES ASSAYED WITH NO REPORTABLE ALTERATIONS
    # (selected)" under "ERBB2   amplification - 18 copies" read NOT AMPLIFIED; blind set 30)
    listed = head is None and c.no_alterations_heading.match(following) is not None
    if listed:
        return end  # a list of other genes, whatever its indent: never this row's value
    if (
        head is None
        or head.group("rest")
        or len(row) - len(row.lstrip()) <= len(following) - len(following.lstrip())
    ):
        return hi
    return end


def _own_clause(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The clause around [start, end) within [lo, hi): from the last sentence end or semicolon
    before it (at most 60 characters back) to the next one after it (at most 70 forward)."""
    lo = clause_start(text, max(lo, start - 60), start, PROSE_CLAUSE)
    return text[lo : clause_stop(text, end, min(hi, end + 70), PROSE_CLAUSE)]


def protein_change(m: regex.Match[str]) -> str:
    """One-letter HGVS protein change from a PROTEIN_CHANGE match ("Ser310Phe" -> "S310F")."""
    g = m.groupdict()
    if g.get("range"):
        return g["range"]
    if g.get("range3"):
        # "Tyr772_Ala775dup" -> "Y772_A775dup" (devset7 b7-f04-05 read "A775dup" from its tail)
        return _range_in_one_letter(g["range3"])
    if g.get("ref3"):
        ref = THREE_TO_ONE.get(g["ref3"].title(), g["ref3"])
        alt_raw = g["alt3"]
        alt = THREE_TO_ONE.get(alt_raw.title(), alt_raw)
        return f"{ref}{g['pos3']}{alt}"
    return f"{g['ref']}{g['pos']}{g['alt']}"


def _one_letter(three: str) -> str:
    return THREE_TO_ONE.get(three.title(), three)


def _range_in_one_letter(change: str) -> str:
    """A three-letter protein range as one-letter HGVS ("Tyr772_Ala775dup" -> "Y772_A775dup",
    "Ala775_Gly776insTyrValMetAla" -> "A775_G776insYVMA"); the pattern (protein-change, group
    range3) fixes the shape: two amino acids with positions, then dup, del, ins or delins with
    three-letter residues."""
    first, second = change.split("_", 1)
    digits_end = 3 + len(second[3:]) - len(second[3:].lstrip("0123456789"))
    tail = second[digits_end:]
    kind = next(k for k in ("delins", "ins", "dup", "del") if tail.startswith(k))
    residues = tail[len(kind) :]
    inserted = "".join(_one_letter(residues[i : i + 3]) for i in range(0, len(residues), 3))
    return (
        f"{_one_letter(first[:3])}{first[3:]}_{_one_letter(second[:3])}{second[3:digits_end]}{kind}{inserted}"
    )


def method_is_named_test(text: str, method: regex.Match[str], c: Compiled) -> bool:
    """An ISH method's name names the test behind a result: not a test the report says was not
    done ("HER2 IHC/ISH: not performed", "no FISH requested") and not one it only advises ("correlation with HER2 IHC
    and/or in situ hybridization on this specimen is recommended"), review qa3 item 2."""
    if c.method_not_done.match(text, method.end()):
        return False
    if c.amp_no_test_value.match(text, max(0, method.start() - 3), method.end() + 60):
        return False  # "(no FISH requested)" beside an NGS row: a test not done (mend22a)
    lo = sentence_start(text, method.start(), max(0, method.start() - SCOPE.statement), c)
    hi = sentence_end(text, method.end(), min(len(text), method.end() + SCOPE.statement), c)
    return not search(c.context["recommendation"], text, lo, hi)
