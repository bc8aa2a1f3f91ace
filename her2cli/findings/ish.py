"""ISH (FISH, CISH, SISH, DISH) and amplification wording: amplified / not amplified /
equivocal, HER2/CEP17 ratio, mean HER2 and CEP17 copies per cell, cells counted, ASCO/CAP group.

The same amplification words are read as NGS when the mention is in a sequencing context
(ngs.py decides that and reads the copy number)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ..model import first_present
from . import columns, ngs
from .checkbox import option_at
from .contrast_word import contrast_sides
from .control_label import opens_control_line
from .current_rows import opens_other_sample_row
from .earlier_word import earlier_sample_word
from .ihc import call_of
from .in_situ_clause import in_situ_words
from .ish_ratio import measured_ratio, withdrawn_later
from .label_call import call_under_label
from .labelled_pair import drop_labelled_pair_side
from .listing import in_vus_section, marked_detected
from .marked_note import footnote_says_equivocal
from .mention_scope import MentionScope
from .model import ISH_RESULT_OF_CALL, Finding
from .mutation_clause import amplification_reach, clause_floor
from .other_gene_clause import another_gene_clause_before, other_gene_clause_start
from .scope import SCOPE, finditer, line_end, line_start, own_line_floor, search, sentence_end, sentence_start
from .summary_column import summary_value
from .tissue import tissue_sourced
from .values import amplification_polarity, method_is_named_test, to_float

if TYPE_CHECKING:
    from ..rules import Compiled
    from .scanner import PageScanner

ISH_METHOD_NAMES = {"PATHVYSION": "FISH", "IQFISH": "FISH", "INFORM": "ISH"}
ROMAN_GROUPS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
# the lab's call word as an ISH result ("weakly positive" is no ISH call)
# docs/clinical-rules.md §7: a copy-number gain is amplification only at a clear tissue copy number
TISSUE_GAIN_AMPLIFIED_CN = 6
CALL_AFTER_VALUE_REACH = 36  # "; final result: " (value-call-gap) and the call word after a value
PREFIX_REACH = 8  # characters before an amplification word where its own "not "/"non-" may start


@dataclass
class IshMatches:
    """The ISH values found in a mention's scope (each None when absent)."""

    method: regex.Match[str] | None
    ratio_end: int | None  # where the quoted ratio ends
    ratio_value: float | None
    copy_value: float | None  # mean HER2 signals per cell
    copy_end: int | None
    cep17: regex.Match[str] | None
    group: regex.Match[str] | None
    cells: regex.Match[str] | None
    copy_per_cell: bool = False  # the copy number is given per cell or nucleus: an ISH count


PER_CELL_WORDS = ("cell", "nucle", "célula", "núcleo")


def method_name(m: regex.Match[str]) -> str:
    if m.group("method"):
        word = m.group("method").upper()
        return ISH_METHOD_NAMES.get(word, word)
    if m.group("dual"):
        # "dual-probe in situ hybridization" names two probes, not the method: FISH uses two probes
        # too; DISH is dual-colour *brightfield* ISH, which these words do not say (session 4)
        return "ISH"
    if m.group("ocr"):
        return "FISH"
    text = m.group(0).lower()
    if "fluoresc" in text:
        return "FISH"
    if "chromogen" in text:
        return "CISH"
    if "silver" in text:
        return "SISH"
    return "ISH"


def group_number(g: str) -> int:
    return int(g) if g.isdigit() else ROMAN_GROUPS.get(g.upper(), 0)


def _ish_matches(s: PageScanner, scope: MentionScope) -> IshMatches:
    t, c, start, far = s.text, s.c, scope.start, scope.far_stop
    back80 = max(scope.back_start, start - 80)
    ratio_end, ratio_value = measured_ratio(s, scope)
    copy_lo = own_line_floor(c.ish_copy, t, back80, start, far)
    copy_m = search(c.ish_copy, t, copy_lo, far) or search(c.ish_copy_after, t, copy_lo, far)
    if copy_m and search(c.threshold, t, max(0, copy_m.start("value") - 15), copy_m.start("value")):
        copy_m = None
    if copy_m and withdrawn_later(s, scope, copy_m.start("value")):
        copy_m = None
    copy_value = to_float(copy_m.group("value")) if copy_m else None
    copy_end = copy_m.end() if copy_m else None
    if copy_m is not None and (summary := summary_value(t, copy_m.start("value"))) is not None:
        copy_end, copy_value = summary  # "Mean HER2/nucleus 3.20 1.80 2.50" under "Area 1  Area 2  Total"
    if copy_m is None:
        under = columns.mean_copies_under(s, start, scope.end)
        if under is not None:
            copy_value, copy_end = under[1], under[0].end
    return IshMatches(
        copy_per_cell=copy_m is not None and any(w in copy_m.group(0).lower() for w in PER_CELL_WORDS),
        method=search(c.ish_method, t, max(scope.back_start, start - 60), far),
        ratio_end=ratio_end,
        ratio_value=ratio_value,
        copy_value=copy_value,
        copy_end=copy_end,
        cep17=search(c.ish_cep17, t, back80, far),
        group=search(c.ish_group, t, max(scope.back_start, start - 40), far),
        cells=search(c.ish_cells, t, back80, far),
    )


def _amplification_words(s: PageScanner, scope: MentionScope, ratio_found: bool) -> ngs.Polarities:
    t, c = s.text, s.c
    lo = max(scope.back_start, scope.start - 45)
    hi = scope.far_stop if ratio_found else amplification_reach(t, scope, c)
    sides = contrast_sides(s, lo, hi)  # "the prior biopsy was not amplified. Unlike that ..."
    hi = sides.hi if sides is not None else hi
    found: ngs.Polarities = []
    cuts = list(finditer(c.amp_word, t, lo, hi))
    # both poles named together are two words: looked for only where there are two
    pairs = list(finditer(c.amp_both_poles, t, lo, hi)) if len(cuts) > 1 else []
    found += [("equivocal", p) for p in pairs if p.group("neither")]
    in_situ = in_situ_words(s, cuts)  # "amplified, unlike the DCIS, which is not amplified" (fix23)
    for cut in cuts:
        if any(p.start() <= cut.start() < p.end() for p in pairs):
            continue  # one of both poles named together: no call of its own
        if (
            ngs.not_this_row(t, scope.start, cut.start(), c)
            or columns.word_names_column(s, scope.start, cut.start())
            # "Draw 2 (current): no ERBB2 amplification" under "Draw 1: ...": that row's own (lead25)
            or opens_other_sample_row(s, scope.start, cut.start())
        ):
            # "CCND1   AMPLIFICATION" on the row below (devset7 b7-f04-06) or above is CCND1's;
            # "ERBB2 amp (plasma CN)" heading a column of blood draws names the column, no result
            continue
        if ngs.labels_other_genes(t, scope.start, cut, c):
            continue  # "ERBB2 wild-type; amplified genes: FGFR1": the label of other genes' list
        if line_start(t, cut.start()) > scope.start and opens_control_line(s, cut.start()):
            continue  # "Control slide (SK-BR-3) : amplified" on a line below: the control's word
        if cut.start() in in_situ or (sides is not None and cut.start() in sides.earlier):
            continue  # the in-situ component's word beside the tumour's; the earlier sample's side of a contrast
        a = _with_own_prefix(t, cut, c)
        if earlier_sample_word(s, scope, a) and not (sides is not None and cut.start() in sides.current):
            continue  # "The 2019 biopsy was not amplified." after this sample's values: its history
        if another_gene_clause_before(t, scope.end, a.start(), c):
            continue  # "ERBB2: wild-type; MET not amplified": MET's clause
        if c.amp_after_cutoff.search(t, max(line_start(t, a.start()), a.start() - 40), a.start()):
            continue  # "ratio <1.8 not amplified; >2.2 amplified": a key's categories
        if a.group("prefix") and _double_negated(t, a, c):
            continue  # "no non-amplified tumour area identified": every area amplified, no call
        # a form's options: one left unmarked is no result ("( ) Not amplified"), and a marked
        # one is read within its own words ("(*) Amplified", not the "Not" of the option before)
        option = option_at(t, a.start())
        if option is not None and not option[0]:
            continue
        a_lo, a_hi = (option[1], min(option[2], scope.far_stop)) if option else (lo, scope.far_stop)
        a_lo = clause_floor(scope, hi, a.start(), a_lo)
        a_hi = other_gene_clause_start(t, a.end(), a_hi, c)  # "amplified, TOP2A not amplified"
        row_end = line_end(t, a.end())
        if row_end + 1 < a_hi and ngs.on_other_gene_row(t, scope.start, row_end + 1, c):
            # the next row is another gene's: its "no call" is not this word's negation
            # ("ERBB2 ... ~7 copies AMPLIFICATION" over "CCND1 ... ~3 copies no call"; devset8 b8-f04-09)
            a_hi = row_end
        if marked_detected(t, a.start(), c) and line_start(t, a.start()) == line_start(t, scope.start):
            found.append(("amplified_statement", a))  # its mark in the "Detected" column
            continue
        a_hi = sides.current_end(cut.start(), a_hi) if sides is not None else a_hi
        pol = amplification_polarity(t, a, min(a_lo, a.start()), a_hi, c)
        if pol:
            found.append((pol, a))
    return drop_labelled_pair_side(t, c, found)  # "amplified (tumour), not amplified (control)" (lead26)


def _other_area_sentence(s: PageScanner, a: regex.Match[str], ratio_end: int) -> bool:
    """The amplification word lies in a later sentence than the measured ratio, one that
    describes an area or a part of the tumour ("ratio 2.41." then "Heterogeneity: amplified cells
    clustered in 2 of 6 fragments; remaining fragments non-amplified"): that area's word, not the
    ratio's result (devset9 b9-f03-07)."""
    t, c = s.text, s.c
    if a.start() < ratio_end:
        return False
    lo = sentence_start(t, a.start(), max(0, a.start() - SCOPE.statement), c)
    if lo < ratio_end:
        return False
    hi = sentence_end(t, a.end(), min(len(t), a.end() + SCOPE.statement), c)
    return search(c.context["subregion"], t, lo, hi) is not None


def _double_negated(t: str, a: regex.Match[str], c: Compiled) -> bool:
    """The negated word is itself negated, of a part of the tumour ("no non-amplified area")."""
    m = c.amp_double_negated.search(t, max(0, a.start() - 12), min(len(t), a.end() + 40))
    return m is not None and m.start("word") == a.start()


def _with_own_prefix(t: str, a: regex.Match[str], c: Compiled) -> regex.Match[str]:
    """The amplification word with the negation the window cut off: a window that starts just
    after "NOT " of "ISH: NOT AMPLIFIED" above a "FINAL HER2 STATUS" line would read AMPLIFIED
    (variants4 A-06)."""
    if a.group("prefix") is not None:
        return a
    whole = c.amp_word.search(t, max(0, a.start() - PREFIX_REACH), a.end())
    if whole is not None and whole.end() == a.end() and whole.group("prefix") is not None:
        return whole
    return a


def _after_own_row(text: str, start: int, pos: int) -> bool:
    """`pos` lies past the line of a name that opens its line (a sequencing table row)."""
    end = line_end(text, start)
    return not text[line_start(text, start) : start].strip() and end < min(pos, len(text))


def _method_counts(s: PageScanner, scope: MentionScope, method: regex.Match[str], in_ngs: bool) -> bool:
    """The ISH method named near the mention is this result's test: not a name past a sequencing
    table row, not a test not done or only advised (values.method_is_named_test)."""
    if in_ngs and _after_own_row(s.text, scope.start, method.start()):
        return False
    return method_is_named_test(s.text, method, s.c)


def read_amplification(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """One ISH or NGS finding for the mention's amplification wording and measured values."""
    m = _ish_matches(s, scope)
    amp_results = _amplification_words(s, scope, m.ratio_end is not None)
    if m.ratio_end is not None:
        amp_results = [(p, a) for p, a in amp_results if not _other_area_sentence(s, a, m.ratio_end)]
    in_ngs = ngs.ngs_context(s, scope)
    if m.method is not None and not _method_counts(s, scope, m.method, in_ngs):
        m.method = None
    method = m.method is not None
    # signals counted per cell or nucleus are an ISH count whatever the report's other tests
    # ("mean ERBB2 5.4/cell => AMPLIFIED" under a reflex ISH, devset8 b8-f06-02)
    per_cell = m.copy_end is not None and m.copy_per_cell
    is_ish = bool(
        method or m.ratio_end is not None or m.cep17 or (m.copy_end is not None and (not in_ngs or per_cell))
    )
    ngs_cn = ngs.copy_number(s, scope, amp_results) if in_ngs else None
    amp_results = ngs.resolve_statements(s, scope, amp_results, in_ngs)
    if in_ngs and not is_ish and any(p == "gain" for p, _ in amp_results):
        final = ngs.lab_call_after(s, scope)  # "...; reported as NOT AMPLIFIED"
        amp_results = [final] if final is not None else amp_results
    if not (amp_results or m.ratio_end is not None or m.copy_end is not None):
        if in_ngs and ngs_cn is not None:
            return [s.make("ngs", scope.start, scope.end, {"amplification": None, "copy_number": ngs_cn})]
        labelled = None if in_ngs else _interpretation_after_cutoffs(s, scope)
        if labelled is None:
            return []
        amp_results = [labelled]
    polarities = [p for p, _ in amp_results]
    # within one statement a negation wins: "amplification ... not detected"
    result = first_present(polarities, ("not_amplified", "equivocal", "amplified"))
    lo_q = min([scope.start] + [a.start() for _, a in amp_results])
    hi_q = max([scope.end] + [a.end() for _, a in amp_results])
    # a copy-number gain is amplification only at a clear tissue copy number
    # (docs/clinical-rules.md §7: never apply tissue cut-offs to plasma numbers)
    if "gain" in polarities and result is None:
        clear = ngs_cn is not None and ngs_cn >= TISSUE_GAIN_AMPLIFIED_CN and not s.ctx.ctdna_document
        result = "amplified" if clear else "equivocal"
    if in_ngs and not is_ish:
        return _ngs_finding(s, scope, result, ngs_cn, lo_q, hi_q)
    if result is None and not in_ngs:
        result, hi_q = _call_after_values(s, m, hi_q)
    if result is None and not in_ngs:
        result, hi_q = _result_line_after(s, scope, m, hi_q)
    vals, hi_q = _ish_values(m, result, hi_q)
    if result or vals.get("ratio") is not None or vals.get("her2_copy_number") is not None:
        finding = s.make("ish", lo_q, hi_q, vals)
        finding.summary_count = _summary_count_row(s, lo_q, m)
        return [finding]
    return []


def _summary_count_row(s: PageScanner, pos: int, m: IshMatches) -> bool:
    """The count's row is labelled as the summary of the rows above it ("Combined:", "Overall")
    and holds the count's numbers itself: a result line ("Final: HER2 NEGATIVE") whose ratio is
    read from the line below is no count."""
    t = s.text
    lo, hi = line_start(t, pos), line_end(t, pos)
    own_numbers = any(end is not None and lo < end <= hi for end in (m.ratio_end, m.copy_end))
    return own_numbers and s.c.summary_count_row.match(t, lo, pos) is not None


def _ngs_finding(
    s: PageScanner, scope: MentionScope, result: str | None, ngs_cn: float | None, lo_q: int, hi_q: int
) -> list[Finding]:
    """The sequencing finding of the mention's amplification words and copy number."""
    if result == "amplified" and in_vus_section(s.text, scope.start, s.c):
        # an amplification the lab lists under its variants of uncertain significance is no
        # finding it reports (probe12b: "VARIANTES DE SIGNIFICADO INCIERTO" / "ERBB2 amplificación")
        result = None
    if result == "amplified" and footnote_says_equivocal(s, scope.start):
        result = "equivocal"  # "ERBB2 amplification ... IIC*" / "*call reported as ... equivocal"
    vals: dict[str, Any] = {"amplification": result}
    if ngs_cn is not None:
        vals["copy_number"] = ngs_cn
    if s.ctx.ctdna_document and tissue_sourced(s.text, lo_q, hi_q, s.c):
        vals["tissue"] = True  # a tissue result quoted in a blood report (interpret/readings.py)
    if result or ngs_cn is not None:
        return [s.make("ngs", lo_q, hi_q, vals)]
    return []


def _interpretation_after_cutoffs(
    s: PageScanner, scope: MentionScope
) -> tuple[str | None, regex.Match[str]] | None:
    """The lab's labelled interpretation in the far scope of an ISH line that gives its values
    only as cut-offs ("HER2/NEU FISH: ... AVERAGE HER2 COPY NUMBER GREATER THAN SIX SIGNALS PER
    NUCLEUS; CLUSTERS PRESENT, PRECLUDING EXACT ENUMERATION. INTERPRETATION: AMPLIFIED"): no
    measured number to read, so the lab's own word is the result (devset6 b6-f12-04). The label
    opens its sentence or line, and the amplification word follows it directly."""
    t, c = s.text, s.c
    if search(c.threshold, t, scope.end, scope.near_stop) is None:
        return None
    method = search(c.ish_method, t, line_start(t, scope.start), scope.near_stop)
    if method is None or not method_is_named_test(t, method, c):
        return None
    far = scope.far_stop
    opens = [e.end() for e in finditer(c.sentence_end, t, scope.near_stop, far)]
    opens += [i + 1 for i in range(scope.near_stop, far) if t[i] == "\n"]
    for pos in sorted(set(opens)):
        label = c.result_line_label.match(t, pos, far)
        if label is None:
            continue
        word = label.end() + len(t[label.end() : far]) - len(t[label.end() : far].lstrip(" \t"))
        a = c.amp_word.match(t, word, far)
        if a is None:
            return None
        pol = amplification_polarity(t, a, label.start(), far, c)
        return ("amplified" if pol == "amplified_statement" else pol, a)
    return None


def _call_after_values(s: PageScanner, m: IshMatches, hi_q: int) -> tuple[str | None, int]:
    """The lab's call word right after the last measured value, with only punctuation between
    ("HER2/CEP17 ratio 2.6, positive", "mean HER2 4.4 copies/cell: EQUIVOCAL"): that value's ISH
    result, so the ratio does not have to speak for itself. The end of the quote follows it."""
    ends = [e for e in (m.ratio_end, m.copy_end) if e is not None]
    if not ends:
        return None, hi_q
    end = max(ends)
    call = search(s.c.call_word, s.text, end, min(len(s.text), end + CALL_AFTER_VALUE_REACH))
    if call is None or not s.c.value_call_gap.search(s.text[end : call.start()]):
        return None, hi_q
    return ISH_RESULT_OF_CALL.get(call_of(call)), max(hi_q, call.end())


def _result_line_after(
    s: PageScanner, scope: MentionScope, m: IshMatches, hi_q: int
) -> tuple[str | None, int]:
    """The lab's call under a result label after the values, naming no HER2 ("Interpretation:
    EQUIVOCAL", "Interpretación (criterios ASCO/CAP 2007): ... = EQUÍVOCO"): the first label that
    opens a sentence later on the values' own line ("... mean 4.3 copies/cell. Interpretation
    (2013 guideline): equivocal.") or a line of its own in the mention's far scope, when its call
    words all make one call (a legend names several) and it has no amplification words (read
    above)."""
    ends = [e for e in (m.ratio_end, m.copy_end) if e is not None]
    if not ends:
        return None, hi_q
    t, c = s.text, s.c
    own_end = min(line_end(t, max(ends)), scope.far_stop)
    for opening in finditer(c.sentence_end, t, max(ends), own_end):
        label = c.result_line_label.match(t, opening.end(), own_end)
        if label is not None:
            return call_under_label(s, scope, label, own_end, hi_q)
    pos = own_end + 1
    while pos < scope.far_stop:
        stop = min(line_end(t, pos), scope.far_stop)
        # a label's criteria aside may wrap onto the next line (devset8 b8-f03-07)
        label = c.result_line_label.match(t, pos, min(line_end(t, stop + 1), scope.far_stop))
        if label is not None:
            return call_under_label(s, scope, label, stop, hi_q)
        pos = stop + 1
    return None, hi_q


def _ish_values(m: IshMatches, result: str | None, hi_q: int) -> tuple[dict[str, Any], int]:
    """The ISH finding's values, and the end of its quote (it runs to the ratio and copies)."""
    vals: dict[str, Any] = {"result": result}
    if m.method:
        vals["method"] = method_name(m.method)
    if m.ratio_end is not None:
        vals["ratio"] = m.ratio_value
        hi_q = max(hi_q, m.ratio_end)
    if m.copy_end is not None:
        vals["her2_copy_number"] = m.copy_value
        hi_q = max(hi_q, m.copy_end)
    if m.cep17:
        vals["cep17_copy_number"] = to_float(m.cep17.group("value"))
    if m.group:
        vals["group"] = group_number(m.group.group("group"))
    if m.cells:
        vals["cells_counted"] = int(m.cells.group("value") or m.cells.group("value2"))
    return vals, hi_q
