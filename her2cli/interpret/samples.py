"""Results per sample (issue 11, families 1 and 6; docs/clinical-rules.md §11).

- A report on the tumor after neoadjuvant treatment often restates the biopsy taken before it.
  That earlier result is history: the status is the result on the sample this report describes,
  and the earlier one is shown as a mention with a warning that HER2 can change after treatment.
  When the report gives only the earlier result, it is still this tumor's result (with the
  warning): a restated result of the same tumor counts.
- A report with several specimens whose results differ (two tumors, primary and metastasis,
  core and excision) lists each with its own call; the overall status stays the highest, with a
  warning that names the samples.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..findings import Finding
from ..model import Ihc, Ish, Specimen
from .notes import Notes

# Families that are a HER2 result of some sample (a mutation is not a HER2 status).
STATUS_FAMILIES = ("ihc", "ish", "ngs", "status_statement", "her2_low")
CHANGE_AFTER_TREATMENT = "HER2 can change after treatment; ask your care team which result guides your care."

# (results of one sample) -> (its IHC, its ISH, its status)
SampleDecider = Callable[[list[Finding]], tuple[Ihc | None, Ish | None, str]]


def _describe(f: Finding) -> str:
    v = f.values
    if f.family == "ihc":
        return f"IHC {v.get('score') or v.get('score_range') or v.get('lab_call')}"
    if f.family == "ish":
        return f"ISH {(v.get('result') or '').replace('_', ' ') or 'ratio ' + str(v.get('ratio'))}"
    if f.family == "ngs":
        return f"NGS {(v.get('amplification') or '').replace('_', ' ')}".strip()
    return str(v.get("call") or v.get("category") or f.family)


def set_aside_pre_treatment(results: list[Finding], warnings: Notes) -> tuple[list[Finding], list[Finding]]:
    """(results that decide the status, restated pre-treatment results turned into mentions)."""
    earlier = [f for f in results if f.pre_treatment and f.family in STATUS_FAMILIES]
    if not earlier:
        return results, []
    described = ", ".join(dict.fromkeys(_describe(f) for f in earlier))
    current = [f for f in results if not f.pre_treatment and f.family in STATUS_FAMILIES]
    if not current:
        warnings.add(
            "post_treatment_only",
            f"The HER2 result in this report ({described}) is restated from a sample taken before treatment; "
            f"it may not have been retested after treatment. {CHANGE_AFTER_TREATMENT}",
            earlier=described,
        )
        return results, []
    warnings.add(
        "post_treatment",
        f"This report also restates an earlier HER2 result from before treatment ({described}); the status is the "
        f"result on the sample after treatment. {CHANGE_AFTER_TREATMENT}",
        earlier=described,
    )
    kept = [f for f in results if not (f.pre_treatment and f.family in STATUS_FAMILIES)]
    return kept, [replace(f, family="mention", reason="pre_treatment") for f in earlier]


def specimens_of(results: list[Finding], decide_sample: SampleDecider) -> list[Specimen]:
    """Each labelled specimen with its own call, when two or more are given and they differ."""
    groups: dict[str, list[Finding]] = {}
    for f in sorted(results, key=lambda f: f.order):
        if f.specimen and f.family in STATUS_FAMILIES:
            groups.setdefault(f.specimen, []).append(f)
    if len(groups) < 2:
        return []
    specimens = []
    for label, found in groups.items():
        ihc, ish, status = decide_sample(found)
        specimens.append(
            Specimen(
                label=label,
                ihc=ihc.score if ihc else None,
                ish=ish.result if ish else None,
                call=status,
                page=min(f.page for f in found),
            )
        )
    if len({(s.ihc, s.ish, s.call) for s in specimens}) < 2:
        return []  # the same result twice: one answer, nothing to tell apart
    return specimens


def warn_specimens(specimens: list[Specimen], status: str, warnings: Notes) -> None:
    if not specimens:
        return
    named = "; ".join(f"{s.label}: {s.call.replace('_', ' ')}" for s in specimens)
    warnings.add(
        "multiple_specimens",
        f"The report gives different HER2 results for {len(specimens)} samples ({named}). The overall status "
        f"({status.replace('_', ' ')}) is the highest of them; ask your care team which result applies to which tumor.",
        samples="; ".join(s.label for s in specimens),
    )
