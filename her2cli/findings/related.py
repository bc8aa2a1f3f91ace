"""Related colorectal markers for the explanation (docs/clinical-rules.md §4): KRAS/NRAS/BRAF status and
variant, MSI and MMR status."""

from __future__ import annotations

from typing import Any

import regex

from ..rules import Compiled
from .columns import column_cells
from .document import own_sentence
from .scope import finditer, search
from .values import protein_change

# "No V600E mutation": a negation right before a variant's name
_NEGATED_BEFORE = regex.compile(r"(?<![A-Za-z])(?:no|not|without|negative\s+for)\s*$", regex.IGNORECASE)
RAS_WINDOW = 80  # characters after a gene name where its own value lies


def _outside(spans: list[tuple[int, int]], matches: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """Matches that do not start inside one of `spans` ("mutation" inside "no mutation detected")."""
    return [x for x in matches if not any(a <= x.start() < b for a, b in spans)]


def _window_status(window: str, c: Compiled) -> tuple[str | None, str | None]:
    """(status, variant) from the gene's own words: a protein change, wild-type or mutant words."""
    pc = search(c.protein_change, window)
    wt_spans = [w.span() for w in finditer(c.wild_type, window)]
    muts = _outside(wt_spans, list(finditer(c.mutant, window)))
    # "V600E not detected", "No V600E mutation detected (wild-type)", "V600E: no detectada"
    pc_negated = bool(
        pc and (c.variant_not_found.match(window[pc.end() :]) or _NEGATED_BEFORE.search(window[: pc.start()]))
    )
    if wt_spans and (not pc or pc_negated) and not (muts and not pc_negated and not pc):
        return "wild-type", None
    if pc and not pc_negated:
        return "mutant", protein_change(pc)
    if muts and not wt_spans:
        return "mutant", None
    if pc_negated:
        return "wild-type", None
    return None, None


def _list_status(window: str, tail: str, back: str, c: Compiled) -> str | None:
    """A list "KRAS, NRAS and BRAF: wild-type" or "no mutations in KRAS, NRAS or BRAF"."""
    if c.gene_list_joiners.match(window) or not window.strip():
        tail_wt_spans = [w.span() for w in finditer(c.wild_type, tail)]
        tail_mut = _outside(tail_wt_spans, list(finditer(c.mutant, tail)))
        if tail_wt_spans and not tail_mut:
            return "wild-type"
    if c.no_mutations_in_list.search(back):
        return "wild-type"
    return None


def _ras_reading(text: str, m: regex.Match[str], c: Compiled) -> tuple[str | None, str | None]:
    """(status, variant) of one RAS/BRAF gene name, or (None, None)."""
    # the gene's own value, up to the next gene name or the end of the clause
    nxt = search(c.ras_gene, text, m.end(), min(len(text), m.end() + RAS_WINDOW))
    stop = min(len(text), m.end() + RAS_WINDOW)
    sent_end = search(c.sentence_end, text, m.end(), stop)
    if sent_end:
        stop = sent_end.start()
    # a gene that starts its line is a table row: its value is on that line (issue 11); a gene
    # with words after it on its line has its value there ("NRAS: wild-type   BRAF: wild-type"
    # over "TP53 R282W" is not a BRAF variant)
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if line_end >= 0 and (
        not text[line_start : m.start()].strip(" \t|*-") or text[m.end() : line_end].strip(" \t|:*-")
    ):
        stop = min(stop, line_end)
    # the next gene of a list starts its own value ("NRAS · ERBB2 (no amplification ...)")
    # (genes joined as a list share its value: "KRAS, BRAF, MET: no alterations detected")
    for gene in (c.panel_gene, c.her2):
        other = search(gene, text, m.end(), stop)
        if other is not None and not c.gene_list_joiners.match(text[m.end() : other.start()]):
            stop = other.start()
    window = text[m.end() : nxt.start() if nxt and nxt.start() < stop else stop]
    back = text[max(0, m.start() - 60) : m.start()]
    # generic statements ("in RAS wild-type metastatic colorectal cancer ...") are not results
    sentence = own_sentence(text, m.start(), m.end())
    if c.generic_population_before.search(back) or (
        search(c.context["therapy"], sentence) and ":" not in sentence
    ):
        return None, None
    status, variant = _window_status(window, c)
    if status is None:
        status = _list_status(window, text[m.end() : stop], back, c)
    if status is None:
        # the gene as a column header, its result in the rows below (issue 11, family 8)
        for cell in column_cells(text, m.start(), m.end()):
            status, variant = _window_status(cell.text, c)
            if status is not None:
                break
    return status, variant


def _msi_kind(text: str, m: regex.Match[str], c: Compiled) -> str | None:
    """high / low / stable for one MSI match; None when a negation before it voids it. A high
    state that its own row says was not detected ("MSI-High: Not detected") is stable."""
    if c.msi_negated_before.search(text[max(0, m.start() - 30) : m.start()]):
        return None
    kind = next(k for k, v in m.groupdict().items() if v)
    if kind in ("high", "low"):
        line_end = text.find("\n", m.end())
        after = text[m.end() : min(len(text), m.end() + 60, line_end if line_end >= 0 else len(text))]
        if c.msi_negated_after.match(after):
            return "stable" if kind == "high" else None
    return kind


def _msi(text: str, c: Compiled, current: str | None) -> str | None:
    hits = {kind for m in finditer(c.msi, text) if (kind := _msi_kind(text, m, c))}
    if "high" in hits:
        return "MSI-H"
    if "low" in hits and current != "MSI-H":
        return "MSI-L"
    if "stable" in hits and current is None:
        return "MSS"
    return current


def _mmr(text: str, c: Compiled, current: str | None) -> str | None:
    kinds = {k.rstrip("2") for m in finditer(c.mmr, text) for k, v in m.groupdict().items() if v}
    if "proficient_neg" in kinds:
        kinds.discard("deficient")  # "no loss of expression" contains "loss of expression"
    if "deficient" in kinds:
        return "deficient"
    if ("proficient" in kinds or "proficient_neg" in kinds) and current is None:
        return "proficient"
    return current


def read_related(texts: list[str], c: Compiled) -> dict[str, Any]:
    """KRAS/NRAS/BRAF, MSI and MMR status, for the colorectal explanation (docs/clinical-rules.md §4)."""
    related: dict[str, Any] = {"kras": None, "nras": None, "braf": None, "msi": None, "mmr": None}
    variants: dict[str, str] = {}
    for text in texts:
        for m in finditer(c.ras_gene, text):
            gene = m.group("gene").lower().split()[-1]
            status, variant = _ras_reading(text, m, c)
            if status is None:
                continue
            for g in ["kras", "nras"] if gene == "ras" else [gene]:
                if related[g] == "mutant":
                    continue
                related[g] = status
                if variant and g != "ras":
                    variants[g] = variant
        related["msi"] = _msi(text, c, related["msi"])
        related["mmr"] = _mmr(text, c, related["mmr"])
    for g, v in variants.items():
        related[f"{g}_variant"] = v
    return related
