"""From findings to one HER2 status, by the scoring rules of the tumor type (facts.md §2-§4, §6-§7).

The rules are a table (RULE_SETS) plus one decision order shared by all tumor types:
positive evidence from a tissue test wins; an ISH result settles IHC 2+; a blood (ctDNA) result
alone is reported with its caveats; a mutation is never "positive"; anything unclear becomes
equivocal or not_found with a warning rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .findings import Finding, PageContext
from .model import Evidence, Ihc, Ish, Ngs, Result, StatusBasis, first_present
from .patterns import compiled


@dataclass(frozen=True)
class RuleSet:
    id: str
    name: str
    ish_ratio_cutoff: float  # HER2/CEP17 ratio at or above which ISH is amplified
    ish_mean_cutoff: float | None  # mean HER2 copies per cell that alone count as amplified
    uses_asco_cap_groups: bool
    her2_low_applies: bool
    ihc3_min_percent: float | None  # below this share of cells a 3+ needs confirmation (HERACLES)
    source: str


RULE_SETS: dict[str, RuleSet] = {
    # facts.md §2: ASCO/CAP 2018, affirmed 2023; groups 1-5; HER2-low is a breast concept.
    "breast": RuleSet("breast-asco-cap-2018", "ASCO/CAP 2018 breast HER2 guideline (affirmed 2023)", 2.0, None, True, True, None, "facts.md §2"),
    # facts.md §3: Hofmann/Rüschoff gastric scoring, ISH ratio >= 2.0 (some labs also >= 6 copies).
    "gastric": RuleSet("gastric-hofmann-2008", "Gastric/GEJ HER2 scoring (Hofmann 2008, ToGA)", 2.0, 6.0, False, False, None, "facts.md §3"),
    "esophageal": RuleSet("gastric-hofmann-2008", "Gastric/GEJ HER2 scoring (Hofmann 2008, ToGA), used for oesophageal adenocarcinoma", 2.0, 6.0, False, False, None, "facts.md §3"),
    # facts.md §4: HERACLES (3+ in >= 50%), MOUNTAINEER (IHC 3+, ISH or NGS amplification).
    "colorectal": RuleSet("colorectal-heracles-mountaineer", "Colorectal HER2 criteria (HERACLES; MOUNTAINEER: IHC 3+, ISH or NGS amplification)", 2.0, None, False, False, 50.0, "facts.md §4"),
    # facts.md §4 (T-DXd tumour-agnostic approval for IHC 3+) and §6.
    "other": RuleSet("solid-tumor-ihc3-or-amplification", "Solid-tumor HER2 (IHC 3+ or gene amplification)", 2.0, 6.0, False, False, None, "facts.md §4, §6"),
    "unknown": RuleSet("solid-tumor-ihc3-or-amplification", "Solid-tumor HER2 (IHC 3+ or gene amplification)", 2.0, 6.0, False, False, None, "facts.md §4, §6"),
}

SCORE_RANK = {"0": 0, "1+": 1, "2+": 2, "3+": 3}
LOW_OCR_CONFIDENCE = 50.0  # Tesseract word confidence below which a value is not trusted
WARNING_TEXT: dict[str, str] = {
    # facts.md §7: a blood test can miss amplification; tissue testing may be needed.
    "ctdna_not_detected": "The blood (ctDNA) test did not detect ERBB2 amplification. Blood tests can miss it when the tumor sheds little DNA; this is not the same as HER2-negative, and tissue testing may be needed.",
    "ctdna_positive_only": "ERBB2 amplification was found in a blood (ctDNA) test only; tissue testing may be used to confirm it.",
    "plasma_cn_not_tissue": "Plasma copy numbers are diluted by normal DNA and cannot be compared with tissue cut-offs.",
    # facts.md §6: a mutation is not HER2-positive.
    "mutation_not_positive": "An ERBB2 (HER2) mutation was found. A mutation is not the same as HER2-positive (overexpression or amplification).",
    "ihc_equivocal_no_ish": "IHC 2+ is equivocal: an in situ hybridization (ISH/FISH) test is needed to decide.",
    "pending": "The report says a HER2 test is pending, ordered or reported separately; the result may be in an addendum or another report.",
    "history_only": "HER2 is mentioned only about an earlier or different cancer, not this tumor.",
    "unknown_cancer_type": "The cancer type could not be told from the report; general solid-tumor HER2 rules were used.",
}


class Notes:
    """Warnings with a stable code (for translation and tests) and their English text."""

    def __init__(self) -> None:
        self.codes: list[str] = []
        self.texts: list[str] = []
        self.params: list[dict[str, Any]] = []

    def add(self, code: str, text: str, **params: Any) -> None:
        if text in self.texts:
            return
        self.codes.append(code)
        self.texts.append(text)
        self.params.append(params)


@dataclass
class Decision:
    status: str
    test: str | None
    reason: str


def _latest_or_highest(items: list[Finding], rank: Any, revised: bool) -> Finding:
    """When results differ: a revising addendum wins, otherwise the highest (the report is positive
    if any tumor is, as for bilateral or multifocal cancers)."""
    if revised:
        return max(items, key=lambda f: f.order)
    return max(items, key=lambda f: (rank(f), -f.order))


def _ihc_rank(f: Finding) -> float:
    """Highest score wins, but a 3+ or 2+ seen in 10% of cells or fewer (heterogeneous staining)
    does not outrank the score the lab gave the tumor as a whole (facts.md §2: >10% rule)."""
    rank = float(SCORE_RANK[f.values["score"]])
    pct = f.values.get("percent_cells")
    if pct is not None and pct <= 10 and rank >= 2:
        rank = 0.5
    return rank


def _breast_group(ratio: float | None, mean: float | None) -> int | None:
    """ASCO/CAP 2018 dual-probe ISH groups (facts.md §2)."""
    if ratio is None or mean is None:
        return None
    if ratio >= 2.0:
        return 1 if mean >= 4.0 else 2
    if mean >= 6.0:
        return 3
    if mean >= 4.0:
        return 4
    return 5


def _state(call: str | None) -> str | None:
    return {"positive": "pos", "amplified": "pos", "negative": "neg", "not_amplified": "neg", "equivocal": "eq"}.get(call or "")


def interpret(findings: list[Finding], ctx: PageContext, related: dict[str, Any], full_text: str = "") -> Result:
    c = compiled()
    cancer = ctx.cancer_type
    rules = RULE_SETS.get(cancer, RULE_SETS["unknown"])
    warnings = Notes()
    results = [f for f in findings if f.family != "mention"]
    mentions = [f for f in findings if f.family == "mention"]
    revised = bool(c.revision.search(full_text)) and any(f.section == "addendum" for f in results)

    # ---- IHC
    ihc_f = [f for f in results if f.family == "ihc"]
    ihc: Ihc | None = None
    ihc_finding: Finding | None = None
    scored = [f for f in ihc_f if f.values.get("score")]
    ranged = [f for f in ihc_f if not f.values.get("score") and f.values.get("score_range")]
    if scored:
        ihc_finding = _latest_or_highest(scored, _ihc_rank, revised)
        distinct = {f.values["score"] for f in scored}
        if len(distinct) > 1:
            how = "the latest (revised) result was used" if revised else "the highest was used"
            warnings.add("revised_by_addendum" if revised else "conflict", f"The report gives more than one HER2 IHC score ({', '.join(sorted(distinct))}); {how}.", first=sorted(distinct)[0], second=sorted(distinct)[-1], page=ihc_finding.page)
    elif ranged:
        ihc_finding = _latest_or_highest(ranged, lambda f: int(f.values["score_range"][-2]), revised)
    if ihc_finding is not None:
        v = ihc_finding.values
        ihc = Ihc(
            score=v.get("score"),
            score_range=v.get("score_range"),
            percent_cells=v.get("percent_cells") or next((f.values["percent_cells"] for f in scored if f.values.get("percent_cells") and f.values.get("score") == v.get("score")), None),
            clone=v.get("clone") or next((f.values["clone"] for f in ihc_f if f.values.get("clone")), None),
            lab_call=v.get("lab_call"),
            page=ihc_finding.page,
        )

    statements = [f for f in results if f.family == "status_statement"]
    ihc_statements = [f for f in statements if f.values.get("method") == "ihc"]
    if ihc is None and ihc_statements:
        st = _latest_or_highest(ihc_statements, lambda f: {"positive": 2, "equivocal": 1}.get(f.values["call"], 0), revised)
        ihc = Ihc(lab_call=st.values["call"], page=st.page)
        ihc_finding = st

    # ---- ISH
    ish_f = [f for f in results if f.family == "ish"]
    ish: Ish | None = None
    ish_finding: Finding | None = None
    if ish_f:
        with_result = [f for f in ish_f if f.values.get("result")]
        pool = with_result or ish_f
        rank = {"amplified": 2, "equivocal": 1, "not_amplified": 0}
        ish_finding = _latest_or_highest(pool, lambda f: (rank.get(f.values.get("result") or "", -1), f.values.get("ratio") or 0), revised)
        results_seen = {f.values["result"] for f in with_result}
        ish_conflict = not revised and {"amplified", "not_amplified"} <= results_seen
        if ish_conflict:
            # Amplified and not amplified in one report without a revision: the measured ratio
            # decides which wording is this tumor's; without one, nothing is claimed.
            ratios = [f.values["ratio"] for f in ish_f if f.values.get("ratio") is not None]
            if ratios:
                want = "amplified" if max(ratios) >= rules.ish_ratio_cutoff else "not_amplified"
                ish_finding = max((f for f in with_result if f.values["result"] == want), key=lambda f: f.order)
            warnings.add(
                "conflict",
                "The report gives different ISH results for HER2 (amplified and not amplified); "
                + ("the one matching the measured ratio was used." if ratios else "neither was used."),
                first="ISH amplified",
                second="ISH not amplified",
            )
        v = ish_finding.values

        def pick(key: str) -> Any:
            if v.get(key) is not None:
                return v[key]
            same = [f.values[key] for f in ish_f if f.values.get(key) is not None]
            return max(same) if same else None

        conflicting_without_ratio = ish_conflict and not any(f.values.get("ratio") is not None for f in ish_f)
        ish = Ish(
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
    ish_statements = [f for f in statements if f.values.get("method") == "ish"]
    if (ish is None or ish.result is None) and ish_statements:
        st = _latest_or_highest(ish_statements, lambda f: {"positive": 2, "equivocal": 1}.get(f.values["call"], 0), revised)
        mapped = {"positive": "amplified", "negative": "not_amplified", "equivocal": "equivocal"}.get(st.values["call"])
        if ish is None:
            ish = Ish(result=mapped, result_from="lab", page=st.page)
        else:
            ish.result, ish.result_from = mapped, "lab"
        ish_finding = ish_finding or st
    if ish is not None and ish.result is None and ish.ratio is not None:
        if rules.uses_asco_cap_groups:
            group = ish.group or _breast_group(ish.ratio, ish.her2_copy_number)
            ish.group = group
            if group == 1 or (group is None and ish.ratio >= rules.ish_ratio_cutoff):
                ish.result = "amplified"
            elif group == 5 or (group is None and ish.ratio < rules.ish_ratio_cutoff):
                ish.result = "not_amplified"
            else:
                ish.result = "equivocal"
        else:
            amplified = ish.ratio >= rules.ish_ratio_cutoff or (
                rules.ish_mean_cutoff is not None and (ish.her2_copy_number or 0) >= rules.ish_mean_cutoff
            )
            ish.result = "amplified" if amplified else "not_amplified"
        ish.result_from = "computed"
        warnings.add(
            "ish_computed", f"The ISH result was worked out from the ratio {ish.ratio:g} using {rules.name}; the report did not state it in words."
        )
    if rules.uses_asco_cap_groups and ish is not None and ish.group is None and ish.ratio is not None and ish.her2_copy_number is not None:
        ish.group = _breast_group(ish.ratio, ish.her2_copy_number)

    # ---- NGS / ctDNA
    ngs_f = [f for f in results if f.family == "ngs"]
    mut_f = [f for f in results if f.family == "mutation"]
    ngs: Ngs | None = None
    if ngs_f or mut_f:
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
        ngs = Ngs(
            amplification=amp,
            copy_number=max(cns) if cns and amp != "not_amplified" else (cns[0] if cns else None),
            mutations=muts,
            variants_of_unknown_significance=vus,
            ctdna=ctx.ctdna_document,
            page=(ngs_f or mut_f)[0].page,
        )

    # ---- decide
    decision = _decide(rules, cancer, ihc, ish, ngs, statements, warnings)

    # ---- HER2-low (breast only: facts.md §2, §10)
    her2_low: bool | None = None
    her2_ultralow: bool | None = None
    low_f = [f for f in results if f.family == "her2_low"]
    if rules.her2_low_applies:
        if decision.status == "positive":
            her2_low, her2_ultralow = False, False
        elif decision.status == "negative":
            score = ihc.score if ihc else None
            zero_plus = bool(ihc_finding and ihc_finding.values.get("zero_plus"))
            low_words = {f.values["category"] for f in low_f}
            score_range = ihc.score_range if ihc else None
            ish_negative = ish is not None and ish.result == "not_amplified"
            if score == "1+" or (score == "2+" and ish_negative) or (score_range == "1-2+" and ish_negative):
                her2_low, her2_ultralow = True, False
            elif score == "0":
                her2_low = False
                no_staining = bool(ihc_finding and ihc_finding.values.get("no_staining"))
                if zero_plus or "ultralow" in low_words:
                    her2_ultralow = True
                elif no_staining or "zero" in low_words:
                    her2_ultralow = False
            elif "low" in low_words:
                her2_low, her2_ultralow = True, False
            elif "ultralow" in low_words:
                her2_low, her2_ultralow = False, True

    # ---- warnings from mentions
    reasons = {m.reason for m in mentions}
    if "pending" in reasons and decision.status in ("not_found", "equivocal"):
        warnings.add("pending", WARNING_TEXT["pending"])
    if "other_tumor" in reasons and decision.status == "not_found" and not results:
        warnings.add("history_only", WARNING_TEXT["history_only"])
    if cancer == "unknown" and decision.status != "not_found":
        warnings.add("unknown_cancer_type", WARNING_TEXT["unknown_cancer_type"])
    if any(f.view == "layout" for f in results):
        warnings.add("layout_view", "Part of this result was read from the table layout of the page (columns joined into rows).")

    # A status read from OCR'd words the engine was unsure of is not given as a result
    # (issue 5): it becomes not_found with a warning and the evidence is still shown.
    if decision.status != "not_found":
        deciding = [f for f in results if f.family in (decision.test or "", "status_statement") or (decision.test is None)]
        confs = [f.confidence for f in deciding if f.confidence is not None]
        if confs and max(confs) < LOW_OCR_CONFIDENCE:
            warnings.add(
                "low_ocr_confidence",
                f"The scanned words behind this result were hard to read (OCR confidence {max(confs):.0f}/100), so no status is given; "
                "check the quoted lines against the paper report.",
                pages=", ".join(sorted({str(f.page) for f in deciding})),
            )
            decision = Decision("not_found", decision.test, "the result was read from an image with low confidence.")
            her2_low = her2_ultralow = None
    evidence = _dedupe([_evidence(f) for f in sorted(results, key=lambda f: f.order)])
    mention_ev = [_evidence(f) for f in sorted(mentions, key=lambda f: f.order)[:50]]
    basis = StatusBasis(rule=rules.id, rule_name=rules.name, test=decision.test, reason=decision.reason)
    return Result(
        status=decision.status,
        cancer_type=cancer,
        her2_low=her2_low,
        her2_ultralow=her2_ultralow,
        ihc=ihc,
        ish=ish,
        ngs=ngs,
        related=related,
        evidence=evidence,
        mentions=mention_ev,
        warnings=warnings.texts,
        warning_codes=warnings.codes,
        warning_params=warnings.params,
        status_basis=basis,
    )


def _dedupe(items: list[Evidence]) -> list[Evidence]:
    """One evidence entry per finding kind and quoted line (several names of HER2 on one line
    give the same finding more than once)."""
    seen: set[tuple[int, str, str]] = set()
    out = []
    for ev in items:
        key = (ev.page, ev.text, ev.finding)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def _evidence(f: Finding) -> Evidence:
    value = ", ".join(f"{k}={v}" for k, v in f.values.items() if v not in (None, False, ""))
    return Evidence(
        page=f.page, text=f.quote, finding=f.family, value=value, start=f.start, end=f.end, match=f.match,
        view=f.view, section=f.section, reason=f.reason, ocr_confidence=f.confidence,
    )


def _decide(
    rules: RuleSet,
    cancer: str,
    ihc: Ihc | None,
    ish: Ish | None,
    ngs: Ngs | None,
    statements: list[Finding],
    warnings: Notes,
) -> Decision:
    # IHC state by the tumor's rules
    ihc_state: str | None = None
    ihc_desc = ""
    if ihc is not None:
        score = ihc.score
        if score is None and ihc.score_range:
            hi = ihc.score_range.rstrip("+")[-1]
            score = "0" if hi == "0" else f"{hi}+"
        if score == "3+":
            ihc_state = "pos"
            if rules.ihc3_min_percent and ihc.percent_cells is not None and ihc.percent_cells < rules.ihc3_min_percent and ihc.lab_call != "positive":
                ihc_state = "eq"
                warnings.add("ihc3_low_percent", f"IHC 3+ in {ihc.percent_cells:g}% of cells: {rules.name} need at least {rules.ihc3_min_percent:g}% or a confirming ISH test.")
        elif score == "2+":
            ihc_state = "eq"
            if cancer == "colorectal" and ihc.lab_call == "negative":
                ihc_state = "neg"  # HERACLES: 2+ in under half of the cells is negative
        elif score in ("0", "1+"):
            ihc_state = "neg"
        elif ihc.lab_call:
            ihc_state = _state(ihc.lab_call) or ("eq" if ihc.lab_call == "weakly_positive" else None)
        ihc_desc = f"IHC {ihc.score or ihc.score_range or ihc.lab_call}"

    ish_state = _state(ish.result) if ish is not None else None
    if ish is not None and rules.uses_asco_cap_groups and ish.group in (2, 3, 4) and ish.result_from != "lab":
        # Groups 2-4 are settled with IHC (facts.md §2).
        score = ihc.score if ihc else None
        if score == "3+" or (ish.group == 3 and score == "2+"):
            ish_state = "pos"
        elif score in ("0", "1+", "2+"):
            ish_state = "neg"
        else:
            ish_state = "eq"
    ngs_state = None
    ct_state = None
    if ngs is not None and ngs.amplification:
        if ngs.ctdna:
            ct_state = _state(ngs.amplification)
        else:
            ngs_state = _state(ngs.amplification)

    stmt_calls = [f.values["call"] for f in statements if not f.values.get("method")]
    stmt_state = None
    if stmt_calls:
        if "positive" in stmt_calls and "negative" not in stmt_calls:
            stmt_state = "pos"
        elif "negative" in stmt_calls and "positive" not in stmt_calls:
            stmt_state = "neg"
        elif "equivocal" in stmt_calls and len(set(stmt_calls)) == 1:
            stmt_state = "eq"
        elif "positive" in stmt_calls and "negative" in stmt_calls:
            stmt_state = "conflict"

    if ish_state == "eq" and ish is not None and ish.result_from == "computed" and ihc_state is None and stmt_state in ("pos", "neg"):
        # ISH groups 2-4 are settled with IHC, which the lab had: its final word decides.
        ish_state = stmt_state
    tissue = {"ihc": ihc_state, "ish": ish_state, "ngs": ngs_state}
    negatives = [k for k, v in tissue.items() if v == "neg"]

    if "pos" in tissue.values():
        test = "ish" if ish_state == "pos" else ("ihc" if ihc_state == "pos" else "ngs")
        if negatives:
            warnings.add(
                "conflict",
                "Tests in this report disagree (" + ", ".join(k.upper() for k in negatives) + f" negative, {test.upper()} positive); "
                "the positive result was used. Ask your care team how they read this.",
                first=f"{test.upper()} positive",
                second=", ".join(k.upper() for k in negatives) + " negative",
            )
        reason = {
            "ish": f"ISH shows HER2 gene amplification{_ratio_text(ish)}",
            "ihc": f"{ihc_desc} is positive",
            "ngs": f"tissue sequencing (NGS) shows ERBB2 amplification{_cn_text(ngs)}",
        }[test]
        if ihc_state == "eq" and test == "ish":
            reason = f"{ihc_desc} is equivocal and ISH settled it as amplified{_ratio_text(ish)}"
        return Decision("positive", test, reason + f" ({rules.name}).")
    if ct_state == "pos":
        if negatives:
            warnings.add("conflict", "A blood (ctDNA) test found ERBB2 amplification but a tissue test was negative; the results disagree.", first="blood test amplified", second="tissue test negative")
            return Decision("equivocal", "ctdna", "blood and tissue HER2 results disagree.")
        warnings.add("ctdna_positive_only", WARNING_TEXT["ctdna_positive_only"])
        warnings.add("plasma_cn_not_tissue", WARNING_TEXT["plasma_cn_not_tissue"], copy_number=f"{ngs.copy_number:g}" if ngs and ngs.copy_number is not None else "?")
        return Decision("positive", "ctdna", f"a blood (ctDNA) test detected ERBB2 amplification{_cn_text(ngs)} ({rules.name}).")
    if ihc_state == "eq":
        if ish_state == "neg":
            return Decision("negative", "ish", f"{ihc_desc} is equivocal and ISH settled it as not amplified{_ratio_text(ish)} ({rules.name}).")
        if ngs_state == "neg":
            return Decision("negative", "ngs", f"{ihc_desc} is equivocal and tissue sequencing found no ERBB2 amplification ({rules.name}).")
        if ish_state is None:
            warnings.add("ihc_equivocal_no_ish", WARNING_TEXT["ihc_equivocal_no_ish"])
        return Decision("equivocal", "ihc", f"{ihc_desc} is equivocal and no ISH result settles it ({rules.name}).")
    if "eq" in (ish_state, ngs_state, ct_state):
        test = "ish" if ish_state == "eq" else ("ngs" if ngs_state == "eq" else "ctdna")
        if ihc_state == "neg":
            return Decision("negative", "ihc", f"{ihc_desc} is negative; the borderline {test.upper()} result does not change that ({rules.name}).")
        return Decision("equivocal", test, f"the {test.upper()} result is equivocal (borderline) ({rules.name}).")
    if negatives:
        test = "ish" if ish_state == "neg" else ("ihc" if ihc_state == "neg" else "ngs")
        if stmt_state == "pos":
            warnings.add("statement_conflict", "The report calls HER2 positive in one place but the test result is negative; the test result was used.")
        reason = {
            "ish": f"ISH shows no HER2 gene amplification{_ratio_text(ish)}",
            "ihc": f"{ihc_desc} is negative",
            "ngs": "tissue sequencing (NGS) found no ERBB2 amplification",
        }[test]
        return Decision("negative", test, reason + f" ({rules.name}).")
    if stmt_state == "pos":
        return Decision("positive", None, f"the report states HER2 is positive, without a score ({rules.name}).")
    if stmt_state == "neg":
        return Decision("negative", None, f"the report states HER2 is negative, without a score ({rules.name}).")
    if stmt_state == "eq":
        return Decision("equivocal", None, f"the report calls HER2 equivocal ({rules.name}).")
    if stmt_state == "conflict":
        warnings.add("conflict", "The report calls HER2 both positive and negative in different places and gives no score; ask your care team which applies.", first="positive", second="negative")
        return Decision("equivocal", None, "the report's HER2 statements conflict.")
    if ct_state == "neg":
        warnings.add("ctdna_not_detected", WARNING_TEXT["ctdna_not_detected"])
        return Decision("not_found", "ctdna", "the blood (ctDNA) test did not detect ERBB2 amplification, which does not rule it out.")
    if ngs is not None and ngs.mutations:
        warnings.add("mutation_not_positive", WARNING_TEXT["mutation_not_positive"], mutation=", ".join(ngs.mutations))
        return Decision("not_found", "ngs", "only an ERBB2 mutation is reported; no HER2 overexpression or amplification result was found.")
    return Decision("not_found", None, "no HER2 result for this tumor was found in the report.")


def _ratio_text(ish: Ish | None) -> str:
    if ish is None or ish.ratio is None:
        return ""
    return f" (HER2/CEP17 ratio {ish.ratio:g})"


def _cn_text(ngs: Ngs | None) -> str:
    if ngs is None or ngs.copy_number is None:
        return ""
    return f" (copy number {ngs.copy_number:g})"


__all__ = ["RULE_SETS", "interpret"]
