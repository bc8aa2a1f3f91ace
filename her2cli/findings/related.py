"""Related colorectal markers for the explanation (docs/clinical-rules.md §4): KRAS/NRAS/BRAF status and
variant, MSI and MMR status. The genes are read here; the MSI and MMR states in
findings/related_msi.py; read_related gathers both into one answer."""

from __future__ import annotations

from typing import Any

import regex

from ..rules import Compiled
from .columns import TabTest, column_cells, header_row, no_tabs
from .document import is_ctdna_document
from .listing import list_heading_above, under_not_detected
from .related_generic import RAS_WINDOW, in_brackets, is_generic, other_cancer_history, result_names
from .related_msi import read_mmr, read_msi
from .scope import finditer, line_end, line_start, search
from .tissue import clause, indent, tissue_sourced
from .values import protein_change


def _outside(spans: list[tuple[int, int]], matches: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """Matches that do not start inside one of `spans` ("mutation" inside "no mutation detected")."""
    return [x for x in matches if not any(a <= x.start() < b for a, b in spans)]


def _covered_not_found(window: str, pc: regex.Match[str], c: Compiled, lead: str) -> bool:
    """A change named as one the test covers ("codons tested: G12C, G12D", "(G12D, G12V
    tested)") and not followed by its own "detected"."""
    opening = pc.start() + pc.group(0).startswith("(")  # the change's match may hold its "("
    covered = c.variants_tested_before.search(lead + window[:opening]) or c.variants_tested_after.match(
        window, pc.end()
    )
    found = c.mutant.match(window[pc.end() : pc.end() + 30].lstrip(" \t:"))
    return bool(covered and not found)


def _variants(
    window: str, c: Compiled, lead: str = "", tail: str = ""
) -> tuple[list[str], list[tuple[int, int]]]:
    """The protein changes the window reports, and the spans of those it negates ("No V600E
    mutation detected", "V600E mutation: not detected", "V600E: no detectada"). Changes the test
    covers ("codons tested: G12C, G12D", "(G12D, G12V tested)") are neither; `lead` is the text
    before the window on its line, gene name included; `tail` the rest of its line after it, where
    a list of changes cut at the next gene name may end in its value ("NRAS Q61K/L/R, BRAF V600E):
    all negative")."""
    reported: list[str] = []
    negated: list[tuple[int, int]] = []
    for pc in finditer(c.protein_change, window):
        if _covered_not_found(window, pc, c, lead) or c.marker_no_result_after.match(window, pc.end()):
            continue  # covered by the test, or named as a test with no result ("V600E testing: pending")
        before = c.variant_negated_before.search(window[: pc.start()])
        if (
            before is None
            and not window[: pc.start()].strip(" \t(")
            and c.variant_negated_before_gene.search(lead)
        ):
            before = pc  # "No evidence of BRAF V600E": the negation before the gene name
        after = (
            c.variant_negated_after.match(window, pc.end())
            or (c.variant_negated_after.match(window + tail, pc.end()) if tail else None)
            or c.variant_wild_type_gloss_after.match(window, pc.end())  # "V600E ... (wild-type)"
        )
        if before is None and after is None:
            reported.append(protein_change(pc))
            continue
        end = min(after.end(), len(window)) if after else pc.end()
        words = search(c.mutant, window, end, min(len(window), end + 30))
        if words and not window[end : words.start()].strip():
            end = words.end()  # "No V600E mutation detected": the mutation words are negated too
        negated.append((before.start() if before else pc.start(), end))
    return reported, negated


def _value_cell_wild_type(window: str, c: Compiled) -> bool:
    """A row whose label and value a dot leader sets apart ("BRAF V600E/E2/D/K/R ........ no
    mutation (wt)") says wild-type in its value cell: the hotspots in its label are what the test
    covers, not what it found (blind set 6, b6-f06-01)."""
    leaders = list(finditer(c.row_leader, window))
    if not leaders:
        return False
    value = window[leaders[-1].end() :]
    wt_spans = [w.span() for w in finditer(c.wild_type, value)]
    return (
        bool(wt_spans)
        and not _outside(wt_spans, list(finditer(c.mutant, value)))
        and not search(c.protein_change, value)
    )


def _window_status(window: str, c: Compiled, lead: str = "", tail: str = "") -> tuple[str | None, str | None]:
    """(status, variant) from the gene's own words: a reported protein change is mutant; otherwise
    wild-type words, or mutant words, but not both."""
    if search(c.related_vus, window):
        return None, None  # a variant of uncertain significance is neither mutant nor wild-type
    if _value_cell_wild_type(window, c):
        return "wild-type", None
    reported, negated = _variants(window, c, lead, tail)
    if reported:
        return "mutant", reported[0]
    wt_spans = [w.span() for w in finditer(c.wild_type, window)] + negated
    muts = _outside(wt_spans, list(finditer(c.mutant, window)))
    if wt_spans and not muts:
        return "wild-type", None
    if muts and not wt_spans:
        return "mutant", None
    return None, None


def _under_heading(text: str, start: int, heading: regex.Pattern[str]) -> str | None:
    """The text between the nearest `heading` line above `start` and `start`, when both are in
    one paragraph and no other heading ("Genes assayed:") comes between; otherwise None."""
    lo = max(0, start - 300)
    blank = text.rfind("\n\n", lo, start)
    lo = blank + 2 if blank >= 0 else lo
    headings = list(finditer(heading, text, lo, start))
    if not headings:
        return None
    between = text[headings[-1].end() : start]
    if any(line.rstrip().endswith(":") for line in between.split("\n")):
        return None
    if _left_indented_list(text, headings[-1].start(), start):
        return None
    return between


def _left_indented_list(text: str, heading: int, start: int) -> bool:
    """The heading's items are indented under it and `start`'s line is back at the heading's
    own indent or left of it: a row after the list, not an item of it ("Variants of uncertain
    significance:" over indented rows, then "NRAS: no variant detected." at the margin; devset8
    b8-f04-08)."""
    head_line = text[line_start(text, heading) : line_end(text, heading)]
    first = line_end(text, heading) + 1
    if first >= start:
        return False
    item_line = text[first : line_end(text, first)]
    own_line = text[line_start(text, start) : line_end(text, start)]
    head = indent(head_line)
    return indent(item_line) > head and indent(own_line) <= head


def _under_no_alterations_heading(text: str, start: int, c: Compiled) -> bool:
    """The gene is listed under a heading that says its genes had no alteration, with no mutant
    word between the heading and the gene."""
    between = _under_heading(text, start, c.no_alterations_heading)
    if between is None:
        return False
    wt_spans = [w.span() for w in finditer(c.wild_type, between)]
    return not _outside(wt_spans, list(finditer(c.mutant, between)))


def _hotspot_in_negative_list(text: str, start: int, own_line: str, c: Compiled) -> bool:
    """A change after a gene that continues a "Tested and negative:" list (after its colon or a comma)
    is the hotspot the test covered; a gene opening its own line, or with an allele fraction or cDNA
    change, is a variant row ("Tested and negative: KRAS, NRAS" then "BRAF V600E, VAF 22%")."""
    before = text[max(0, start - 80) : start].rstrip()
    if not before or before[-1] not in ",:;" or "%" in own_line or "vaf" in (low := own_line.lower()):
        return False
    no_change = search(c.mutant, own_line.replace("p.", "")) is None and "c." not in low
    return no_change and _under_no_alterations_heading(text, start, c)


def _list_status(window: str, tail: str, back: str, c: Compiled) -> str | None:
    """A list "KRAS, NRAS and BRAF: wild-type" or "no mutations in KRAS, NRAS or BRAF"."""
    if c.gene_list_joiners.match(window) or not window.strip():
        tail = _to_first_value_line(tail, c)
        tail_wt_spans = [w.span() for w in finditer(c.wild_type, tail)]
        tail_mut = _outside(tail_wt_spans, list(finditer(c.mutant, tail)))
        if tail_wt_spans and not tail_mut:
            return "wild-type"
    if c.no_mutations_in_list.search(back):
        return "wild-type"
    return None


def _to_first_value_line(tail: str, c: Compiled) -> str:
    """`tail` up to the end of the line of its first value word: the list's own value ("/ KRAS:
    no alterations detected"), not the next row's ("ERBB2 copy number: no amplification
    detected", whose "detected" is no RAS value; blind set 6, b6-f05-09)."""
    hits = [m.start() for m in (search(c.wild_type, tail), search(c.mutant, tail)) if m is not None]
    return tail[: line_end(tail, min(hits))] if hits else tail


def _next_gene(text: str, start: int, stop: int, c: Compiled) -> int:
    """Where the next gene name begins before `stop` (a RAS gene, any panel gene written in
    capitals, or HER2): a value after it is that gene's ("BRAF: wild-type  TP53 R282W")."""
    ends = [stop]
    ras = search(c.ras_gene, text, start, stop)
    panel = next((g for g in finditer(c.panel_gene, text, start, stop) if g.group(0).isupper()), None)
    her2 = search(c.her2, text, start, stop)
    ends += [g.start() for g in (ras, panel, her2) if g is not None]
    return min(ends)


def _own_line(text: str, start: int, stop: int, c: Compiled) -> str:
    """The rest of the gene's line (it ends at `stop`) up to the next gene name; the next line
    when the gene's line holds nothing more than a colon ("KRAS:\nG12D mutation detected")."""
    if not text[start:stop].strip(" \t:|=-") and stop < len(text):
        start = stop + 1
        stop = line_end(text, start)
    return text[start : _next_gene(text, start, min(start + RAS_WINDOW, stop), c)]


def _heads_column(text: str, m: regex.Match[str], c: Compiled, is_tab: TabTest) -> bool:
    """The gene name labels a column of a header row whose cells hold no RAS result of their own
    ("KRAS: wild-type   NRAS: wild-type" is a row of values, not a header)."""
    cells = header_row(text, m.start(), m.end(), is_tab)
    return cells is not None and not any(
        search(c.wild_type, x.text) or search(c.mutant, x.text) or search(c.protein_change, x.text)
        for x in cells
    )


def _ras_reading(
    text: str, m: regex.Match[str], c: Compiled, is_tab: TabTest = no_tabs
) -> tuple[str | None, str | None]:
    """(status, variant) of one RAS/BRAF gene name, or (None, None). A value on the gene's own
    line wins; otherwise its clause up to the next gene name; then a list or a column below it
    (space-aligned, or tab-separated: `is_tab` tells the report's tabs, columns.py)."""
    if (
        is_generic(text, m, c, c.generic_population_after)
        or _under_heading(text, m.start(), c.vus_heading) is not None
        or list_heading_above(text, m.start(), c, c.tested_list_heading)  # what a panel covers (b16-f05-02)
    ):
        return None, None
    if c.marker_unknown_after.match(text, m.end()) or c.marker_no_result_after.match(text, m.end()):
        # "KRAS G12C, BRAF V600E ... status remain UNKNOWN" (markers11, b13-f09-03); a test named
        # with no result ("KRAS/NRAS/BRAF .... not requested", devset16 b16-f09-02 read wild-type)
        return None, None
    if under_not_detected(text, m.start(), c):
        return "wild-type", None  # "NOT DETECTED" over "BRAF V600E   KRAS G12C" (blind set 4)
    if _negated_before_name(text, m, c) or c.no_mutations_in_list.search(
        text[max(0, m.start() - 100) : m.start()]
    ):
        # "No RAS/BRAF mutation was detected" (devset11 b11-f05-09); "(no mutations in KRAS
        # exons 2-4, NRAS exons 2-4, BRAF V600E)": the change after the name is one the list negates
        return "wild-type", None
    if _heads_column(text, m, c, is_tab):
        # the gene heads a column of a table (issue 11, family 8): its value is in its own column
        # below (an empty cell is no value), never in the next header cell or the row below
        cells = column_cells(text, m.start(), m.end(), is_tab)
        return next(
            (found for cell in cells if (found := _window_status(cell.text, c))[0] is not None), (None, None)
        )
    stop = min(len(text), m.end() + RAS_WINDOW)
    sent_end = search(c.sentence_end, text, m.end(), stop)
    if sent_end:
        stop = sent_end.start()
    # a gene that starts its line is a table row: its value is on that line (issue 11)
    opens, ends = line_start(text, m.start()), line_end(text, m.end())
    if not text[opens : m.start()].strip(" \t|*-"):
        stop = min(stop, ends)
    window = text[m.end() : _next_gene(text, m.end(), stop, c)]
    own_line = _own_line(text, m.end(), ends, c)
    lead = text[max(opens, m.start() - 60) : m.end()]
    rest = text[m.end() : min(ends, m.end() + 200)]
    if _hotspot_in_negative_list(text, m.start(), own_line, c):
        return "wild-type", None  # "Tested and negative: ... BRAF V600E": the hotspot tested (b20-f04-03)
    status, variant = _window_status(own_line, c, lead, _rest_after(rest, own_line))
    if status is None:
        status, variant = _window_status(window, c, lead, _rest_after(rest, window))
    elif status == "mutant" and variant is None:
        variant = _window_status(window, c, lead)[1]  # "KRAS: mutation detected in exon 2\n(p.G12D)"
    if status == "mutant" and _bare_change(own_line, c):
        status, variant = _value_below(text, m, c, status, variant)
    if status is None:
        back = text[max(0, m.start() - 60) : m.start()]
        status = _list_status(window, text[m.end() : stop], back, c)
    if status is None and _under_no_alterations_heading(text, m.start(), c):
        status = "wild-type"
    return status, variant


def _bare_change(own_line: str, c: Compiled) -> bool:
    """The gene's line names a change and no result word ("BRAF      V600E      PCR"): its value
    may be on the line below."""
    plain = c.protein_change.sub(" ", own_line)
    return search(c.mutant, plain) is None and search(c.wild_type, plain) is None


def _value_below(
    text: str, m: regex.Match[str], c: Compiled, status: str | None, variant: str | None
) -> tuple[str | None, str | None]:
    """A bare change's value on the next line of its table ("BRAF   V600E\n       Not detected",
    "BRAF V600E\nResult: negative"; markers11): a negative value there, indented under the row or
    after a result label, says the change was not found; one at the row's own margin may be the
    next list's heading ("NOT DETECTED") or a value: no reading unless it is less indented (a
    heading). A line naming a gene or carrying its own label is another row."""
    end = line_end(text, m.end())
    if end >= len(text):
        return status, variant
    below = text[end + 1 : line_end(text, end + 1)]
    labelled = c.marker_value_line_label.match(below)
    genes = [search(c.ras_gene, below), search(c.her2, below)]
    genes += [g for g in finditer(c.panel_gene, below) if g.group(0).isupper()]
    if not below.strip() or any(genes):
        return status, variant
    if labelled is None and ":" in below:
        return status, variant
    wt_spans = [w.span() for w in finditer(c.wild_type, below)]
    if not wt_spans or _outside(wt_spans, list(finditer(c.mutant, below))):
        return status, variant
    row = text[line_start(text, m.start()) : end]
    if labelled is not None or indent(below) > indent(row):
        return "wild-type", None
    if indent(below) < indent(row) and c.not_detected_heading.match(below):
        return status, variant  # the next list's heading
    return None, None


def _rest_after(rest: str, piece: str) -> str:
    """What follows `piece` on the gene's line when `piece` opens `rest` (the line after the gene
    name); nothing when it does not (a value read from the next line)."""
    return rest[len(piece) :] if rest.startswith(piece) else ""


def _negated_before_name(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """A negation before the gene name, on its line, governs the mutation noun after it: "No
    RAS/BRAF mutation was detected", "no KRAS or BRAF mutations were found". The words after the
    name alone ("mutation was detected") would read mutant."""
    back = text[max(line_start(text, m.start()), m.start() - 100) : m.start()]
    return (
        bool(c.gene_negated_before.search(back))
        and c.gene_mutation_noun_after.match(text, m.end()) is not None
    )


def _tissue_sourced(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """In a blood report, the tumor's own result quoted (findings/tissue.py), not a blood "not
    detected"."""
    return tissue_sourced(text, m.start(), m.end(), c)


def _fold_ocr_digits(text: str, c: Compiled) -> str:
    """Digits OCR put for letters inside words ("n0 mutati0n detected"), folded back one for one;
    only the related-marker reading sees the folded text."""
    for pattern, letter in c.related_ocr_folds:
        text = pattern.sub(letter, text)
    return text


def _negatives_not_excluding(texts: list[str], c: Compiled) -> bool:
    """The report says its negative results do not exclude a RAS/BRAF/MSI alteration in the
    tumor ("A 'not detected' result for RAS genes does not exclude their presence"): its
    not-detected rows are then no wild-type or MSS result (docs/clinical-rules.md §7, §10). A caveat about
    amplification alone ("a negative result does not exclude amplification") leaves them."""
    return any(
        search(c.caveat_markers, clause(text, m.start(), m.end())) and not in_brackets(text, m.start())
        for text in texts
        for m in finditer(c.negative_not_excluding, text)
    )


def read_related(
    texts: list[str], c: Compiled, tab_tests: list[TabTest] | None = None, cancer: str = "unknown"
) -> dict[str, Any]:
    """KRAS/NRAS/BRAF, MSI and MMR status, for the colorectal explanation (docs/clinical-rules.md §4).
    `tab_tests` (one per page text, columns.text_tab_test) let a tab-separated column table be
    read by its fields, as the HER2 column tables are; `cancer` is the report's cancer type (a
    marker in another cancer's history is not read)."""
    related: dict[str, Any] = {"kras": None, "nras": None, "braf": None, "msi": None, "mmr": None}
    variants: dict[str, str] = {}
    texts = [_fold_ocr_digits(text, c) for text in texts]
    tabs = tab_tests if tab_tests is not None and len(tab_tests) == len(texts) else [no_tabs] * len(texts)
    tissue: set[str] = set()  # markers with a wild-type / MSS result the report puts on tissue
    stated: set[str] = set()  # markers whose stable state the report states outright ("MSI: MSS")
    blood = is_ctdna_document("\n".join(texts), c)
    for text, is_tab in zip(texts, tabs, strict=True):
        for m in result_names(text, list(finditer(c.ras_gene, text)), c):
            gene = m.group("gene").lower().split()[-1]
            if other_cancer_history(text, m, c, cancer):
                continue
            status, variant = _ras_reading(text, m, c, is_tab)
            if status is None:
                continue
            if gene == "ras" and status == "mutant":
                continue  # "RAS: mutated" does not say whether KRAS or NRAS; each gene's own row will
            for g in ["kras", "nras"] if gene == "ras" else [gene]:
                if related[g] == "mutant":
                    continue
                related[g] = status
                if status == "wild-type" and _tissue_sourced(text, m, c):
                    tissue.add(g)
                if variant and g != "ras":
                    variants[g] = variant
        related["msi"] = read_msi(text, c, related["msi"], tissue, stated, cancer)
        related["mmr"] = read_mmr(text, c, related["mmr"], blood, cancer)
    caveat = _negatives_not_excluding(texts, c)
    _drop_blood_negatives(related, blood, caveat, tissue, stated)
    for g, v in variants.items():
        related[f"{g}_variant"] = v
    return related


def _drop_blood_negatives(
    related: dict[str, Any], blood: bool, caveat: bool, tissue: set[str], stated: set[str]
) -> None:
    """A blood test that did not detect a mutation has not shown the tumor is wild-type
    (facts.md §7, §10: a blood "not detected" is not a negative), caveat or not; a tissue result
    the report restates ("wild-type by tissue PCR") stays (blind set 4, b4-f05-05)."""
    if caveat or blood:
        for g in ("kras", "nras", "braf"):
            related[g] = None if related[g] == "wild-type" and g not in tissue else related[g]
    if (blood or (caveat and "msi" not in stated)) and "msi" not in tissue:
        # the same for MSI: "MSI-High: not detected" in blood is no MSS (blind set 4, b4-f05-01);
        # a tissue report's "MSI: MSS (0/130 unstable loci)" is a measured state, not a negative
        # the caveat could void (blind set 6, b6-f04-09)
        related["msi"] = None if related["msi"] == "MSS" else related["msi"]
