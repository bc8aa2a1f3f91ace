"""Results per sample (issue 11, families 1 and 6; docs/clinical-rules.md §11).

- A report on the tumor after neoadjuvant treatment often restates the biopsy taken before it.
  That earlier result is history: the status is the result on the sample this report describes,
  and the earlier one is shown as a mention with a warning that HER2 can change after treatment.
  When the report gives only the earlier result, its sample after treatment has no HER2 result:
  not found, with a note that quotes the earlier one (facts.md §11, session 9's convention).
- A report with several specimens whose results differ (two tumors, primary and metastasis,
  core and excision) lists each with its own call; the overall status stays the highest, with a
  warning that names the samples.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..findings import Finding
from ..findings.model import STATUS_FAMILIES
from ..model import Ihc, Ish, Specimen
from ..rules.samples import samples
from .notes import Notes

CHANGE_AFTER_TREATMENT = "HER2 can change after treatment; ask your care team which result guides your care."

# (results of one sample) -> (its IHC, its ISH, its status)
SampleDecider = Callable[[list[Finding]], tuple[Ihc | None, Ish | None, str]]


def describe_result(f: Finding) -> str:
    """A result in a few words for a note that names it ("IHC 3+", "ISH amplified", "HER2-low")."""
    v = f.values
    if f.family == "ihc":
        return f"IHC {v.get('score') or v.get('score_range') or v.get('lab_call')}"
    if f.family == "ish":
        # a line with neither call nor ratio is named by its test alone, never "ratio None" (b9-f10-02)
        said = (v.get("result") or "").replace("_", " ")
        return f"ISH {said}" if said else ("ISH" if v.get("ratio") is None else f"ISH ratio {v.get('ratio')}")
    if f.family == "ngs":
        return f"NGS {(v.get('amplification') or '').replace('_', ' ')}".strip()
    if f.family == "her2_low":
        return {"zero": "HER2 0", "low": "HER2-low", "ultralow": "HER2-ultralow"}.get(
            str(v.get("category")), "HER2"
        )
    return str(v.get("call") or f.family)


def earlier_as_pre_treatment(results: list[Finding], post_treatment: bool, corrects: bool) -> None:
    """In a report on the sample after treatment, a result the report itself marks as earlier
    (findings/earlier.py: "Prior ...... Core bx 02/2026: ... HER2 1+ (neg)", "Previously reported
    HER2 status (biopsy SP-26-0444): POSITIVE") is the sample before treatment, whichever words
    said so: one notion of "earlier sample", so the same report read through either cue gives the
    same answer (devset8 b8-f02-08), when the value's quoted line names a sample. Not in a report
    that corrects a result: an entry it corrects or withdraws is no sample."""
    if not post_treatment or corrects:
        return
    noun, result = samples().sample_noun, samples().earlier_result
    for f in results:
        # the value's own line names the sample ("Core bx 02/2026: ... HER2 1+") or calls the
        # result an earlier one ("Prior HER2 result per referring note: IHC 3+"): a value below a
        # "Prior therapy" row is marked earlier by that row's word, and names no earlier sample
        if f.earlier and f.family in STATUS_FAMILIES and (noun.search(f.quote) or result.search(f.quote)):
            f.pre_treatment = True


def set_aside_pre_treatment(
    results: list[Finding], warnings: Notes, retest_pending: bool = False
) -> tuple[list[Finding], list[Finding]]:
    """(results that decide the status, restated pre-treatment results turned into mentions).

    A report on the sample after treatment (residual tumour, recurrence, a metastasis after
    treatment) whose sample has no HER2 result of its own, and that only quotes the result from
    before treatment, has no HER2 result for the sample it describes: not found, never the earlier
    result, also when it says HER2 was not repeated (facts.md §11; the lead's convention of
    session 9, blind set 9 b9-f02-03/-07/-12, devset6 b6-f02-07). The earlier result stays a
    mention and a sample in `specimens`, and the note names it. `retest_pending`: the report says
    a HER2 test on this sample is still to come (another note). The same tumour's earlier
    specimen WITHOUT treatment in between is not this case (interpret/earlier.py: it counts)."""
    earlier = [f for f in results if f.pre_treatment and f.family in STATUS_FAMILIES]
    if not earlier:
        return results, []
    described = ", ".join(dict.fromkeys(describe_result(f) for f in earlier))
    current = [f for f in results if not f.pre_treatment and f.family in STATUS_FAMILIES]
    if not current and retest_pending:
        warnings.add(
            "post_treatment_pending",
            f"This report restates a HER2 result from before treatment ({described}); the HER2 test on the "
            f"sample after treatment is still to come. {CHANGE_AFTER_TREATMENT}",
            earlier=described,
        )
    elif not current:
        warnings.add(
            "post_treatment_no_current",
            f"This report quotes a HER2 result from before treatment ({described}) and gives no HER2 result for "
            f"the sample after treatment it describes. {CHANGE_AFTER_TREATMENT}",
            earlier=described,
        )
    else:
        warnings.add(
            "post_treatment",
            f"This report also restates an earlier HER2 result from before treatment ({described}); the status is "
            f"the result on the sample after treatment. {CHANGE_AFTER_TREATMENT}",
            earlier=described,
        )
    kept = [f for f in results if not (f.pre_treatment and f.family in STATUS_FAMILIES)]
    return kept, [replace(f, family="mention", reason="pre_treatment") for f in earlier]


EARLIER_SAMPLE = "before treatment"  # a restated earlier sample the report does not name
CURRENT_SAMPLE = "after treatment"  # the sample after treatment, when the report does not name it


def _words(label: str) -> tuple[str, ...]:
    return tuple(label.lower().replace("(", " ").replace(")", " ").replace(".", " ").split())


def _same_sample(one: str, other: str) -> bool:
    """One sample named twice is one sample: "B) Mastectomy" and "MASTECTOMY" (a list letter on
    one name only, case and brackets ignored); "A. Left breast" and "B. Left breast" are two."""
    a, b = _words(one), _words(other)
    return (
        a == b
        or (len(a) > 1 and len(a[0]) <= 2 and a[1:] == b)
        or (len(b) > 1 and len(b[0]) <= 2 and b[1:] == a)
        or _block_of(one, b)
        or _block_of(other, a)
        or _names_within(a, b)
    )


def _names_within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name's words all stand in the other's, accession numbers and dates left aside: "Core"
    and "Right breast, core biopsy", "Core biopsy (S26-1204)" and "Left breast, core biopsy" are
    one sample named twice; "Right breast, 9 o'clock" and "Right breast, 2 o'clock" are two."""
    one, other = _plain(a), _plain(b)
    return bool(one and other) and (one <= other or other <= one)


def _plain(words: tuple[str, ...]) -> set[str]:
    """The words of a sample's name without accession numbers and dates ("s26-1204", "10/14/2026")."""
    tokens = {w.strip(",;:") for w in words}
    return {w for w in tokens if w and not (any(ch.isdigit() for ch in w) and len(w) > 3)}


def _block_of(label: str, block: tuple[str, ...]) -> bool:
    """ "Block A6" names the block a sample's label gives in brackets ("Mass 1 (block A6)")."""
    if len(block) != 2 or block[0] not in ("block", "bloque"):
        return False
    named = f"({block[0]} {block[1]}"
    at = label.lower().find(named)
    after = label[at + len(named) : at + len(named) + 1]
    return at >= 0 and not after.isalnum()  # "(block A19)" is not block A1


def _by_label(results: list[Finding]) -> dict[str, list[Finding]]:
    """Results grouped by their sample, under the first name the report gives it."""
    groups: dict[str, list[Finding]] = {}
    for f in results:
        if f.specimen:
            name = next((seen for seen in groups if _same_sample(seen, f.specimen)), f.specimen)
            groups.setdefault(name, []).append(f)
    return groups


def _one_group(found: list[Finding], fallback: str) -> dict[str, list[Finding]]:
    """All of `found` as one sample, named by the first label among them."""
    return {next((f.specimen for f in found if f.specimen), fallback): found}


def _restates_call(found: list[Finding], status: str, before: list[Specimen]) -> bool:
    """A sample named only by a status line that repeats the call of the measured sample just
    before it ("Block A6: IHC 2+ ... NOT AMPLIFIED" then "FINAL HER2 STATUS ON EXCISION:
    NEGATIVE") is that sample named twice, not a third sample."""
    if not before or any(f.family != "status_statement" for f in found):
        return False
    last = before[-1]
    return last.call == status and (last.ihc is not None or last.ish is not None)


def _decided(groups: dict[str, list[Finding]], decide_sample: SampleDecider) -> list[Specimen]:
    specimens: list[Specimen] = []
    for label, found in groups.items():
        ihc, ish, status = decide_sample(found)
        if status == "not_found" and ihc is None and ish is None:
            continue  # a sample named with no HER2 result of its own ("HER2 0 at diagnosis" alone)
        if _restates_call(found, status, specimens):
            continue
        specimens.append(
            Specimen(
                label=label,
                ihc=ihc.score if ihc else None,
                ish=ish.result if ish else None,
                call=status,
                page=min(f.page for f in found),
            )
        )
    return specimens


def _differ(specimens: list[Specimen]) -> bool:
    """Two or more samples whose results are not all the same: their calls, IHC scores or ISH
    results differ. The same result twice is one answer, and a label that only repeats the call
    ("HER2 POSITIVE ON RESIDUAL TUMOR" under the block's own scores) is the same sample named twice."""
    if len(specimens) < 2:
        return False
    calls = {s.call for s in specimens}
    scores = {s.ihc for s in specimens if s.ihc}
    ish = {s.ish for s in specimens if s.ish}
    return len(calls) > 1 or len(scores) > 1 or len(ish) > 1


def specimens_of(
    results: list[Finding], decide_sample: SampleDecider, before: list[Finding] | None = None
) -> list[Specimen]:
    """Each labelled specimen with its own call, when two or more are given and they differ.

    `before`: the results restated from a sample taken before treatment, in a report whose sample
    after treatment has its own result (set_aside_pre_treatment): that earlier sample comes first,
    then the sample(s) after treatment, so a reader sees both results side by side."""
    current = [f for f in sorted(results, key=lambda f: f.order) if f.family in STATUS_FAMILIES]
    labelled = _decided(_by_label(current), decide_sample)
    several = _differ(labelled)
    if not before:
        return labelled if several else []
    earlier = sorted((f for f in before if f.family in STATUS_FAMILIES), key=lambda f: f.order)
    now = labelled if several else _decided(_one_group(current, CURRENT_SAMPLE), decide_sample)
    specimens = _decided(_one_group(earlier, EARLIER_SAMPLE), decide_sample) + now
    return specimens if len(specimens) > 1 else []  # before and after treatment: both, even when alike


def _named(groups: dict[str, list[Finding]], sample: str) -> str | None:
    """The one sample whose name holds the report's words for it ("core biopsy" in "Core biopsy (S-1)")."""
    words = [w for w in sample.lower().split() if len(w) > 3]
    hits = [label for label in groups if words and all(w in label.lower() for w in words)]
    return hits[0] if len(hits) == 1 else None


def representative_sample(
    results: list[Finding], decide_sample: SampleDecider, text: str
) -> list[Finding] | None:
    """The results of the one sample the report says represents the tumor, when its samples'
    results differ ("We therefore consider the core biopsy result to represent the tumor"), with
    the report's unlabelled statements of that sample's call; None when it says none, or names
    a sample it does not give, or its words fit more than one."""
    current = [f for f in sorted(results, key=lambda f: f.order) if f.family in STATUS_FAMILIES]
    groups = _by_label(current)
    if len(groups) < 2:
        # one labelled sample or none: no two results can differ (one specimen per group at
        # most), so the report's words are not searched (~1.7 ms over a two-page report: the
        # pattern is tried at every letter; docs/performance.md §4, session 13)
        return None
    said = samples().representative_sample.search(text)
    if said is None:
        return None
    specimens = _decided(groups, decide_sample)
    if not _differ(specimens):
        return None
    if said.group("sample"):
        label = _named(groups, said.group("sample"))
    else:
        call = said.group("call").lower()
        with_call = [s.label for s in specimens if s.call == call]
        label = with_call[0] if len(with_call) == 1 else None
    call = next((s.call for s in specimens if s.label == label), None)
    if label is None or call is None:
        return None
    statements = [
        f
        for f in current
        if not f.specimen and f.family == "status_statement" and f.values.get("call") == call
    ]
    return groups[label] + statements


def warn_specimens(
    specimens: list[Specimen],
    status: str,
    warnings: Notes,
    after_treatment: bool = False,
    representative: str | None = None,
) -> None:
    """Several current samples: the status is the highest of them, or the one the report says
    represents the tumor. A sample before treatment next to the one after it is not that case:
    the post_treatment warning says which result counts."""
    if not specimens or after_treatment:
        return
    if representative is not None:
        named = "; ".join(f"{s.label}: {s.call.replace('_', ' ')}" for s in specimens)
        warnings.add(
            "representative_specimen",
            f"The report gives different HER2 results for {len(specimens)} samples ({named}). The report says "
            f"which result represents the tumor ({representative}), and the status ({status.replace('_', ' ')}) "
            "is that one; ask your care team which result guides your treatment.",
            samples="; ".join(s.label for s in specimens),
            chosen=representative,
        )
        return
    named = "; ".join(f"{s.label}: {s.call.replace('_', ' ')}" for s in specimens)
    if len({s.call for s in specimens}) == 1:
        # the samples' scores differ but they lead to one status: nothing to choose between
        warnings.add(
            "specimens_agree",
            f"The report gives HER2 results for {len(specimens)} samples ({named}); they lead to the same HER2 status.",
            samples="; ".join(s.label for s in specimens),
        )
        return
    warnings.add(
        "multiple_specimens",
        f"The report gives different HER2 results for {len(specimens)} samples ({named}). The overall status "
        f"({status.replace('_', ' ')}) is the highest of them; ask your care team which result applies to which tumor.",
        samples="; ".join(s.label for s in specimens),
    )
