"""One result per test (IHC, ISH, NGS) from the findings of a report: when findings differ, a
revising addendum wins, otherwise the highest (docs/clinical-rules.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..findings import Finding
from ..findings.model import ISH_RESULT_OF_CALL
from ..model import Ihc, Ish, Ngs, first_present
from ..rules import compiled
from .notes import Notes
from .rule_sets import RuleSet
from .score_bins import distinct_results

SCORE_RANK = {"0": 0, "1+": 1, "2+": 2, "3+": 3}
STATEMENT_RANK = {"positive": 2, "equivocal": 1}
ISH_RESULT_RANK = {"amplified": 2, "equivocal": 1, "not_amplified": 0}
# mean HER2 = ratio x mean CEP17, and a tumor cell has at least one chromosome 17 (CEP17 >= 1.0):
# at this ratio the mean HER2 copy number is at least 4.0, so the ISH group is 1 whatever the mean
RATIO_MEANS_GROUP_1 = 4.0
# Single-probe ISH (no chromosome 17 control, so no ratio): the mean HER2 copy number per cell
# alone decides - at least 6.0 amplified, under 4.0 not amplified, between them equivocal
# (ASCO/CAP 2018 breast update; docs/clinical-rules.md §2)
SINGLE_PROBE_AMPLIFIED = 6.0
SINGLE_PROBE_NOT_AMPLIFIED = 4.0
# ASCO/CAP 2007: a HER2/CEP17 ratio from 1.8 to 2.2 is equivocal (facts.md §2, "older cut-offs")
OLDER_EQUIVOCAL_RATIO = (1.8, 2.2)


def latest_or_highest(items: list[Finding], rank: Callable[[Finding], Any], revised: bool) -> Finding:
    """When results differ: a revising addendum wins, otherwise the highest (the report is positive
    if any tumor is, as for bilateral or multifocal cancers)."""
    if revised:
        return max(items, key=lambda f: f.order)
    return max(items, key=lambda f: (rank(f), -f.order))


def _statement_rank(f: Finding) -> int:
    return STATEMENT_RANK.get(f.values["call"], 0)


def _ihc_rank(f: Finding) -> float:
    """Highest score wins, but a 3+ or 2+ seen in 10% of cells or fewer (heterogeneous staining)
    does not outrank the score the lab gave the tumor as a whole (docs/clinical-rules.md §2: >10% rule).
    "3+ in >10% of cells" is above the bar (devset9 b9-f07-10), "<= 10%" and "10%" are not."""
    rank = float(SCORE_RANK[f.values["score"]])
    pct = f.values.get("percent_cells")
    above_bar = pct is not None and (pct > 10 or pct == 10 and f.values.get("percent_qualifier") == ">")
    if pct is not None and not above_bar and rank >= 2:
        rank = 0.5
    return rank


BOUND_QUALIFIERS = (">", ">=", "<", "<=")  # a share written as a bound ("3+ in >=50% of cells")


def _share_source(chosen: Finding, scored: list[Finding]) -> Finding | None:
    """The finding whose share of cells goes with the chosen score: its own, else another
    reading of the same score (a table row and its comment line); qualifier travels with it. A
    bound the call line quotes from its rule ("3+ en >=50% de las celulas" beside "Porcentaje de
    celulas: 60%", devset17 b17-f08-06) gives way to a measured share of the same score."""
    same = chosen.values.get("score")
    readings = [f for f in scored if f.values.get("percent_cells") and f.values.get("score") == same]
    measured = next((f for f in readings if f.values.get("percent_qualifier") not in BOUND_QUALIFIERS), None)
    if chosen.values.get("percent_cells"):
        own_bound = chosen.values.get("percent_qualifier") in BOUND_QUALIFIERS
        return measured or chosen if own_bound else chosen
    return measured or next(iter(readings), None)


def _same_score_call(chosen: Finding, scored: list[Finding]) -> str | None:
    """The lab's call on the chosen score from another reading of that score, when every such
    reading that has a call gives the same one: "2+ in ~30% of tumor cells" and, on the next
    line, "2+ in <50% of cells = HER2 NEGATIVE by HERACLES criteria" are one result (blind set 5,
    b5-f06-02), as a table row and its comment line share the share of cells (_share_source)."""
    same = chosen.values.get("score")
    calls = {
        f.values["lab_call"] for f in scored if f.values.get("score") == same and f.values.get("lab_call")
    }
    return calls.pop() if len(calls) == 1 else None


def breast_group(ratio: float | None, mean: float | None) -> int | None:
    """ASCO/CAP 2018 dual-probe ISH groups (docs/clinical-rules.md §2)."""
    if ratio is None or mean is None:
        return None
    if ratio >= 2.0:
        return 1 if mean >= 4.0 else 2
    if mean >= 6.0:
        return 3
    if mean >= 4.0:
        return 4
    return 5


def read_ihc(
    results: list[Finding], statements: list[Finding], revised: bool, warnings: Notes
) -> tuple[Ihc | None, Finding | None]:
    """The IHC result and the finding it came from (a method-naming statement when no score)."""
    ihc_f = [f for f in results if f.family == "ihc"]
    ihc_finding: Finding | None = None
    scored = [f for f in ihc_f if f.values.get("score")]
    ranged = [f for f in ihc_f if not f.values.get("score") and f.values.get("score_range")]
    if scored:
        ihc_finding = latest_or_highest(scored, _ihc_rank, revised)
        # the shares of one stain's staining levels are one result, not several (score_bins.py);
        # a revision is said whenever the scores differ
        distinct = {f.values["score"] for f in scored} if revised else distinct_results(scored, ihc_finding)
        if len(distinct) > 1:
            how = "the latest (revised) result was used" if revised else "the highest was used"
            warnings.add(
                "revised_by_addendum" if revised else "conflict",
                f"The report gives more than one HER2 IHC score ({', '.join(sorted(distinct))}); {how}.",
                first=sorted(distinct)[0],
                second=sorted(distinct)[-1],
                page=ihc_finding.page,
            )
    elif ranged:
        ihc_finding = latest_or_highest(ranged, lambda f: int(f.values["score_range"][-2]), revised)
    if ihc_finding is not None:
        v = ihc_finding.values
        share = _share_source(ihc_finding, scored)
        ihc = Ihc(
            score=v.get("score"),
            score_range=v.get("score_range"),
            percent_cells=share.values["percent_cells"] if share else None,
            percent_qualifier=share.values.get("percent_qualifier") if share else None,
            clone=v.get("clone") or next((f.values["clone"] for f in ihc_f if f.values.get("clone")), None),
            lab_call=v.get("lab_call") or _same_score_call(ihc_finding, scored),
            page=ihc_finding.page,
        )
        return ihc, ihc_finding
    ihc_statements = [f for f in statements if f.values.get("method") == "ihc"]
    if ihc_statements:
        st = latest_or_highest(ihc_statements, _statement_rank, revised)
        return Ihc(lab_call=st.values["call"], page=st.page), st
    return None, None


def _ish_from_findings(
    ish_f: list[Finding], statements: list[Finding], rules: RuleSet, revised: bool, warnings: Notes
) -> Ish:
    with_result = [f for f in ish_f if f.values.get("result")]
    pool = with_result or ish_f
    ish_finding = latest_or_highest(
        pool,
        lambda f: (ISH_RESULT_RANK.get(f.values.get("result") or "", -1), f.values.get("ratio") or 0),
        revised,
    )
    results_seen = {f.values["result"] for f in with_result}
    ish_conflict = not revised and {"amplified", "not_amplified"} <= results_seen
    if ish_conflict:
        # Amplified and not amplified in one report without a revision: the lab's overall result
        # line decides (interpret/overall_ish.py), else the measured ratio decides which wording
        # is this tumor's; without one, nothing is claimed.
        from .overall_ish import overall_ish_result  # rare: imported when met

        ratios = [f.values["ratio"] for f in ish_f if f.values.get("ratio") is not None]
        called = overall_ish_result(with_result, statements)
        if called is not None:
            ish_finding = max((f for f in with_result if f.values["result"] == called), key=lambda f: f.order)
        elif ratios:
            want = "amplified" if max(ratios) >= rules.ish_ratio_cutoff else "not_amplified"
            ish_finding = max((f for f in with_result if f.values["result"] == want), key=lambda f: f.order)
        warnings.add(
            "conflict",
            "The report gives different ISH results for HER2 (amplified and not amplified); "
            + (
                "the one the lab's overall result gives was used."
                if called is not None
                else "the one matching the measured ratio was used."
                if ratios
                else "neither was used."
            ),
            first="ISH amplified",
            second="ISH not amplified",
        )
    v = ish_finding.values
    counted = _one_count(ish_f, v.get("result"), rules.ish_ratio_cutoff, revised)

    # the numbers of the count the lab labels as its summary ("Overall (60 cells): mean HER2 5.1,
    # ratio 2.55") outrank a table row's read with the result word (variants12a v12a-f03-04)
    sources = [counted.values, v] if counted is not None and counted.summary_count else [v]
    if counted is not None and not counted.summary_count:
        sources.append(counted.values)

    def pick(key: str) -> Any:
        for values in sources:
            if values.get(key) is not None:
                return values[key]
        same = [f.values[key] for f in ish_f if f.values.get(key) is not None]
        return max(same) if same else None

    conflicting_without_ratio = ish_conflict and not any(f.values.get("ratio") is not None for f in ish_f)
    return Ish(
        result="equivocal" if conflicting_without_ratio else v.get("result"),
        ratio=pick("ratio"),
        her2_copy_number=pick("her2_copy_number"),
        cep17_copy_number=pick("cep17_copy_number"),
        cells_counted=pick("cells_counted"),
        group=pick("group"),
        method=pick("method"),
        result_from="lab" if v.get("result") else None,
        page=ish_finding.page,
    )


MEASURED_ISH_KEYS = ("ratio", "her2_copy_number", "cep17_copy_number", "cells_counted")
# mean HER2 copies per cell that are amplified by any rule (docs/clinical-rules.md §2, §3)
AMPLIFIED_MEAN = 6.0
GROUP_1_MEAN = 4.0  # with a ratio at the cut-off, the mean that makes ASCO/CAP group 1


def _supports(f: Finding, result: str | None, cutoff: float) -> bool:
    """The count's numbers agree with the lab's result: an amplified result has a ratio at the
    cut-off or a mean of 6 or more; a not-amplified one is no ratio-and-mean of group 1."""
    ratio, mean = f.values.get("ratio"), f.values.get("her2_copy_number")
    high_ratio = ratio is not None and ratio >= cutoff
    if result == "amplified":
        return high_ratio or (mean is not None and mean >= AMPLIFIED_MEAN)
    if result == "not_amplified":
        return not (high_ratio and mean is not None and mean >= GROUP_1_MEAN)
    return True


def _one_count(ish_f: list[Finding], result: str | None, cutoff: float, revised: bool) -> Finding | None:
    """The count whose numbers are quoted when the result's own finding has none: the first that
    agrees with the lab's result, so that the numbers shown come from one count and not the
    highest of each ("ratio 1.8, average HER2 6.3" over a confirming recount "(ratio 1.9, mean
    HER2 6.1)": blind set 5, b5-f03-03; never the whole-tumor count a heterogeneous tumor's
    amplified result set aside, b5-f03-07); in a revised report the latest count. Without a lab
    result, none: the highest of each stands."""
    if result is None:
        return None
    counts = [
        f
        for f in ish_f
        if any(f.values.get(k) is not None for k in MEASURED_ISH_KEYS) and _supports(f, result, cutoff)
    ]
    if not counts:
        return None
    # a row the lab labels as the summary of its counts ("Combined:", "Overall") is the count
    counts = [f for f in counts if f.summary_count] or counts
    return max(counts, key=lambda f: f.order) if revised else min(counts, key=lambda f: f.order)


def _computed_ish_result(ish: Ish, ratio: float, rules: RuleSet) -> str:
    """The ISH result worked out from the ratio (and copies) by the tumor type's rules. A group
    the report names is the lab's ASCO/CAP reading whatever the tumor type: groups 2-4 are
    settled with the IHC, never by the ratio alone."""
    if ish.group in (2, 3, 4) and not rules.uses_asco_cap_groups:
        return "equivocal"
    if rules.uses_asco_cap_groups:
        group = ish.group or breast_group(ratio, ish.her2_copy_number)
        ish.group = group
        # ratio >= 2.0 without the mean copy number is group 1 (positive) or group 2 (settled with
        # the IHC, usually negative): the report's own words decide, the ratio alone does not -
        # unless it is so high that the mean is at least 4 for any cell with a chromosome 17
        if group == 1 or (group is None and ratio >= RATIO_MEANS_GROUP_1):
            return "amplified"
        if group == 5 or (group is None and ratio < rules.ish_ratio_cutoff):
            return "not_amplified"
        return "equivocal"
    amplified = ratio >= rules.ish_ratio_cutoff or (
        rules.ish_mean_cutoff is not None and (ish.her2_copy_number or 0) >= rules.ish_mean_cutoff
    )
    return "amplified" if amplified else "not_amplified"


def single_probe_result(mean: float) -> str:
    """The ISH result of a single-probe assay from its mean HER2 copy number per cell."""
    if mean >= SINGLE_PROBE_AMPLIFIED:
        return "amplified"
    if mean < SINGLE_PROBE_NOT_AMPLIFIED:
        return "not_amplified"
    return "equivocal"


def _stated_on_a_line(result: str, lines: list[str]) -> bool:
    """One of `lines` states this result and not the opposite one: a single-probe report's
    interpretation line ("average HER2 copy number >=6.0 signals/cell - POSITIVE (amplified)")
    names the cut-off it applied, so it reads as a legend, yet it is the lab's call."""
    words = {**compiled().ish_result_words, "equivocal": compiled().amp_equivocal}
    others = [p for r, p in words.items() if r != result]
    own = words[result]
    return own is not None and any(
        own.search(line) and not any(p.search(line) for p in others) for line in lines
    )


def _stated_in_words(result: str, ish_f: list[Finding], statements: list[Finding]) -> bool:
    """The report states this ISH result in words on the quoted line ("... ratio 3.4. Result:
    AMPLIFIED.") or as its final call: then nothing was worked out from the ratio alone
    (issue 10, defect 6)."""
    words = compiled().ish_result_words.get(result)
    if words is None:
        return False
    if any(words.search(f.quote) for f in ish_f):
        return True
    return any(ISH_RESULT_OF_CALL.get(f.values.get("call", "")) == result for f in statements)


def _single_probe(ish: Ish, ish_f: list[Finding], statements: list[Finding], lines: list[str]) -> None:
    """A single-probe assay's result: the one its mean copy number gives, when the lab's words
    (on the ISH lines, a final call or an interpretation line) state the same result. Numbers
    alone are not enough: the ratio warning (`ish_computed`) has no words for a mean."""
    assert ish.her2_copy_number is not None
    result = single_probe_result(ish.her2_copy_number)
    quotes = [f.quote for f in ish_f] + [f.quote for f in statements] + lines
    if _stated_on_a_line(result, quotes):
        ish.result, ish.result_from = result, "lab"


def _lab_equivocal_by_older_band(ish: Ish, statements: list[Finding]) -> bool:
    """The lab calls HER2 equivocal, and nothing else, and its ratio lies in the band the ASCO/CAP
    2007 cut-offs called equivocal (1.8-2.2): the lab scored by those cut-offs ("HER2/CEP17 ratio
    = 1,9 ... EQUIVOCAL (ratio 1,8 - 2,2; ASCO/CAP 2007) ... HER2 STATUS: EQUIVOCAL", devset12
    b12-f12-09). Its own equivocal call stands (the safe call): a ratio worked out by today's
    groups would overrule it into negative below 2.0 and positive from 2.0."""
    low, high = OLDER_EQUIVOCAL_RATIO
    if ish.ratio is None or not low <= ish.ratio <= high:
        return False
    calls = {f.values.get("call") for f in statements if f.values.get("method") in (None, "ish")}
    return calls == {"equivocal"}


def read_ish(
    results: list[Finding],
    statements: list[Finding],
    rules: RuleSet,
    revised: bool,
    warnings: Notes,
    single_probe_lines: list[str] | None = None,
) -> Ish | None:
    """The ISH result: the lab's words, else worked out from the ratio (with a warning).
    `single_probe_lines` (the report's HER2 lines, given when the report is a single-probe assay)
    lets a mean copy number with no ratio decide."""
    ish_f = [f for f in results if f.family == "ish"]
    ish = _ish_from_findings(ish_f, statements, rules, revised, warnings) if ish_f else None
    ish_statements = [f for f in statements if f.values.get("method") == "ish"]
    if any(not f.earlier for f in ish_f):
        # an earlier sample's quoted ISH call does not give the current ISH values their result
        # ("Hx: breast ca 2016, HER2 negative by FISH ratio 1.5" above the metastasis's own ratio
        # 1.87, group 4: variants13a v13a-f02-05)
        ish_statements = [f for f in ish_statements if not f.earlier]
    if (ish is None or ish.result is None) and ish_statements:
        st = latest_or_highest(ish_statements, _statement_rank, revised)
        mapped = ISH_RESULT_OF_CALL.get(st.values["call"])
        if ish is None:
            ish = Ish(result=mapped, result_from="lab", page=st.page)
        else:
            ish.result, ish.result_from = mapped, "lab"
    if (
        single_probe_lines is not None
        and ish is not None
        and ish.result is None
        and ish.ratio is None
        and ish.her2_copy_number is not None
    ):
        _single_probe(ish, ish_f, statements, single_probe_lines)
    if ish is not None and ish.result is None and _lab_equivocal_by_older_band(ish, statements):
        ish.result, ish.result_from = "equivocal", "lab"
    if ish is not None and ish.result is None and ish.ratio is not None:
        ish.result = _computed_ish_result(ish, ish.ratio, rules)
        if _stated_in_words(ish.result, ish_f, statements):
            ish.result_from = "lab"
        else:
            ish.result_from = "computed"
            warnings.add(
                "ish_computed",
                f"The ISH result was worked out from the ratio {ish.ratio:g} using {rules.name}; the report did not state it in words.",
                ratio=f"{ish.ratio:g}",
            )
    if (
        rules.uses_asco_cap_groups
        and ish is not None
        and ish.group is None
        and ish.ratio is not None
        and ish.her2_copy_number is not None
    ):
        ish.group = breast_group(ish.ratio, ish.her2_copy_number)
    return ish


def read_tissue_ngs(results: list[Finding], blood: Ngs | None) -> Ngs | None:
    """The tissue sequencing result a blood report quotes ("1) Tissue NGS (...): ERBB2 copy
    number: no amplification detected" beside the plasma rows; findings/tissue.py): it decides,
    as a tissue test, unless the blood test found amplification the tissue did not (that
    disagreement is left to the blood reading). None when the report quotes no tissue result."""
    tissue = read_ngs([f for f in results if f.family == "ngs" and f.values.get("tissue")], False)
    if tissue is None or tissue.amplification is None:
        return None
    if blood is not None and blood.amplification == "amplified" and tissue.amplification != "amplified":
        return None
    return tissue


BLOOD_HEADER_LINES = 6  # a blood report says so in its title or sample lines


def blood_test_named(findings: list[Finding], text: str) -> Ngs | None:
    """A blood (liquid biopsy) report that names ERBB2 but gives it no value read here ("ERBB2
    amplification: NOT EVALUABLE", a copy-number gene list, a low-tumour-fraction caveat) is still
    a blood test of HER2: its sequencing entry says so (`ctdna`) with no value (variants5 v5-D-02,
    variants6 v6-E-02, devset7 b7-f05-11). None when the report names no HER2 at all, or when
    its title and sample lines (the first few lines) name no blood test: a tissue report that
    only advises "plasma (liquid biopsy) testing" is no blood test (devset5 b5-f09-05)."""
    lines = [ln for ln in text.split("\n") if ln.strip()][:BLOOD_HEADER_LINES]
    if not findings or compiled().ctdna_cue.search("\n".join(lines)) is None:
        return None
    return Ngs(ctdna=True, page=min(findings, key=lambda f: f.order).page)


def read_ngs(results: list[Finding], ctdna: bool) -> Ngs | None:
    """Sequencing: amplification found anywhere is reported; mutations and VUS listed once."""
    ngs_f = [f for f in results if f.family == "ngs"]
    mut_f = [f for f in results if f.family == "mutation"]
    if not (ngs_f or mut_f):
        return None
    amps = [f.values.get("amplification") for f in ngs_f if f.values.get("amplification")]
    # across statements (tumors, tests) an amplification found anywhere is reported
    amp = first_present(amps, ("amplified", "equivocal", "not_amplified"))
    cns = [f.values["copy_number"] for f in ngs_f if f.values.get("copy_number") is not None]
    muts: list[str] = []
    vus: list[str] = []
    for f in mut_f:
        target = vus if f.values.get("vus") else muts
        if f.values["mutation"] not in target:
            target.append(f.values["mutation"])
    # a change the report classes as a VUS in one line stays a VUS when prose names it again
    # ("ERBB2 p.R143Q ... VUS (Tier III)" then "The ERBB2 p.R143Q variant ..."; review qa3 item 11)
    muts = [m for m in muts if m not in vus]
    return Ngs(
        amplification=amp,
        copy_number=max(cns) if cns and amp != "not_amplified" else (cns[0] if cns else None),
        mutations=muts,
        variants_of_unknown_significance=vus,
        ctdna=ctdna,
        page=(ngs_f or mut_f)[0].page,
    )
