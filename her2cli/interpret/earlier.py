"""An earlier result never outranks the current result of the same test (variants4 families B, C).

When findings differ, the status takes the highest (several tumors: positive if any). A value
the report itself marks as earlier - a history line, an entry it corrects, a withdrawn or quoted
result (findings/earlier.py) - is not another tumor's current result: when the report also gives
a current value of the same test that places the status lower, the earlier one is set aside as a
mention and named in a warning (an earlier value that agrees or is lower changes nothing). A report whose only value of a test is an earlier one keeps it (a restated result of
the same tumor still counts), so no result is lost where nothing contradicts it.
"""

from __future__ import annotations

from dataclasses import replace

from ..findings import Finding
from ..findings.model import STATUS_FAMILIES
from ..findings.report_versions import test_of
from ..rules import compiled
from ..rules.samples import samples as sample_rules
from .notes import Notes
from .samples import describe_result

LEVEL = {"positive": 2, "amplified": 2, "equivocal": 1, "negative": 0, "not_amplified": 0, "low": 0}
SCORE_LEVEL = {"3+": 2, "2+": 1, "1+": 0, "0": 0}


def level(f: Finding) -> int | None:
    """How high a value places the status: 2 positive, 1 equivocal, 0 negative, None unknown."""
    v = f.values
    if v.get("score") in SCORE_LEVEL:
        return SCORE_LEVEL[v["score"]]
    for key in ("result", "amplification", "call", "lab_call", "category"):
        if v.get(key) in LEVEL:
            return LEVEL[v[key]]
    return _ish_counts_level(f)


def _ish_counts_level(f: Finding) -> int | None:
    """An ISH count with no call word: a ratio under 2.0 with fewer than 4 HER2 signals a cell
    (or none given) is not amplified under every rule (ASCO/CAP group 5; gastric and HERACLES need
    2.0), so it is a current value lower than a quoted "probably amplified" (variants7 C-03)."""
    ratio, copies = f.values.get("ratio"), f.values.get("her2_copy_number")
    if f.family != "ish" or not isinstance(ratio, float) or ratio >= 2.0:
        return None
    return 0 if copies is None or (isinstance(copies, float) and copies < 4.0) else None


def _contradicted(f: Finding, current: list[Finding]) -> bool:
    """A current value of the same test places the status lower than the earlier value does."""
    test, high = test_of(f), level(f)
    if high is None:
        return False
    for g in current:
        low = level(g)
        if low is not None and low < high and (test is None or test_of(g) in (None, test)):
            return True
    return False


SCORE_ORDER = ("0", "1+", "2+", "3+")


def _outscored(f: Finding, current: list[Finding]) -> bool:
    """An earlier IHC score above a current one of the same status level, which the highest-score
    pick would show instead: "Original HER2 IHC: 1+ (negative)" above "REVISED HER2 IHC: 0"
    (devset17 b17-f10-09: the summary said HER2-low for a tumour the revision calls not HER2-low).
    An earlier score below the current one stays (a correction "previously 1+; corrected to 3+"
    is verified against it, probe15c)."""
    mine = f.values.get("score")
    if f.family != "ihc" or mine not in SCORE_ORDER:
        return False
    return any(
        g.family == "ihc"
        and g.values.get("score") in SCORE_ORDER
        and SCORE_ORDER.index(g.values["score"]) < SCORE_ORDER.index(mine)
        for g in current
    )


def _contradicted_across_tests(f: Finding, current: list[Finding]) -> bool:
    """An earlier positive ISH value ("Primary tumour (2019):" over "HER2 FISH amplified, ratio
    4.0"; "Previous results (outside biopsy, 2019): IHC 3+,\n FISH ratio 4.2, amplified") where
    the report gives no current ISH value but a current IHC score that places this sample
    negative (0 or 1+): the sample's own stain is its result, and the earlier sample's
    amplification is history (mend22c). A current 2+ keeps the earlier ISH (it may be the reflex
    test of this very sample, quoted as done before); a report with no current value keeps it."""
    if test_of(f) != "ish" or level(f) != 2 or any(test_of(g) == "ish" for g in current):
        return False
    return any(g.family == "ihc" and g.values.get("score") in ("0", "1+") for g in current)


def _corrected_upward(f: Finding, current: list[Finding]) -> bool:
    """A current value of the same test that places the status higher and that its own line
    calls the corrected one, before the value ("The corrected HER2 result is 3+ (POSITIVE)" beside
    "The HER2 IHC originally reported on 11/20 (score 1+, negative)"): the report names which is
    current, so the earlier lower value no longer makes the correction unclear (probe18, devset18
    b18-f10-01). Without a correction word on the higher value's line the earlier value stays, and
    interpret/verify.py gives no status when the two disagree."""
    test, low = test_of(f), level(f)
    if low is None or test is None:
        return False
    revision = compiled().revision
    for g in current:
        high = level(g)
        if high is None or high <= low or test_of(g) != test:
            continue
        at = g.quote.find(g.match) if g.match else -1
        head = g.quote[: at if at > 0 else len(g.quote)]
        if revision.search(head) and not revision.search(f.quote):
            return True
    return False


def _beside_own_clause(f: Finding, current: list[Finding]) -> bool:
    """An earlier sample's value in one clause of a line whose other clause gives this sample's
    value of the same test ("HER2 FISH: not amplified (core 2021), amplified (excision)", fix24):
    the line itself names which value is current, so the earlier one is set aside whether it
    places the status higher or lower (findings/sample_clauses.py)."""
    if f.clause_earlier is not True:
        return False
    test = test_of(f)
    return any(g.clause_earlier is False and g.page == f.page and test_of(g) == test for g in current)


def _superseded(f: Finding, current: list[Finding]) -> bool:
    """An earlier value of a sample the report names, beside a current value of the same test on
    another named sample: the current sample's value fills the field ("History: left breast
    cancer 2021 (ER+, HER2 1+)" is not the IHC of "Receptors on this metastasis: ... IHC 0")."""
    test = test_of(f)
    if test is None or not f.specimen:
        return False
    return any(
        g.specimen and g.specimen != f.specimen and test_of(g) == test and _reads_otherwise(f, g)
        for g in current
    )


def _reads_otherwise(f: Finding, g: Finding) -> bool:
    """The current value gives the test another reading (IHC 0 beside the earlier 1+): one that
    agrees with the earlier value leaves the earlier sample's details (its ratio) in place."""
    key = "score" if test_of(f) == "ihc" else "result"
    mine, theirs = f.values.get(key), g.values.get(key)
    return theirs is not None and mine != theirs


def set_aside_disagreeing_earlier(results: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(results that decide the status, earlier values set aside). Earlier values of one test, with
    no current value of that test, where a positive one is followed further down by a lower one (a
    3+ above a 0): a report quotes history before the sample it is about, so the lower value may
    be this tumour's, and taking the highest would call positive from a value the report itself
    places in the past. A history label whose block reaches over the current sample's "HER2: 0"
    (no blank line between, probe16 rz-near-miss-history-positive-current-zero) marks both
    earlier. Kept: values that agree or disagree only below positive; a positive below the lower
    value (a "Final result (replaces the preliminary report): 3+" under "Preliminary result: 1+",
    probe11b); values of samples the report names (the specimens say which is which: variants9
    v9-G-06, "Specimen 2: Liver ... (this case)")."""
    current = {test_of(f) for f in results if not f.earlier and f.family in STATUS_FAMILIES}
    groups: dict[str | None, list[Finding]] = {}
    for f in results:
        test = test_of(f)
        if (
            f.earlier
            and f.family in STATUS_FAMILIES
            and test not in current
            and not (test is None and current)
        ):
            groups.setdefault(test, []).append(f)
    aside: list[Finding] = []
    for values in groups.values():
        if not any(f.specimen for f in values) and _lower_after_positive(values):
            aside += values
    if not aside:
        return results, []
    return as_mentions(results, aside)


def _lower_after_positive(values: list[Finding]) -> bool:
    """In the report's order, the last value that places the status is below positive and a
    positive one comes before it."""
    levels = [lv for f in sorted(values, key=lambda f: (f.page, f.nstart)) if (lv := level(f)) is not None]
    return len(levels) > 1 and levels[-1] < 2 and 2 in levels[:-1]


def as_mentions(results: list[Finding], aside: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(the results left, the ones set aside as mentions of an earlier result)."""
    gone = {id(f) for f in aside}
    return [f for f in results if id(f) not in gone], [
        replace(f, family="mention", reason="earlier") for f in aside
    ]


def quoted_as_mentions(
    results: list[Finding], quoted: list[Finding], warnings: Notes, why: str
) -> tuple[list[Finding], list[Finding]]:
    """`quoted` set aside as mentions, with the one note that names them and says `why` this
    specimen has no result of its own (its test still to come, not done, or not reliable)."""
    described = ", ".join(dict.fromkeys(describe_result(f) for f in quoted))
    warnings.add(
        "earlier_result",
        f"The report quotes a HER2 result from elsewhere ({described}); {why}",
        earlier=described,
    )
    return as_mentions(results, quoted)


def earlier_samples(results: list[Finding], kept: list[Finding]) -> list[Finding]:
    """The results set aside that the report names as another sample than every current result's
    ("Primary (2019)" beside "Liver metastasis (2026)", "Core biopsy RB26-S-4120" beside "Excision
    (block A3)"): they stay listed under their sample in `specimens`. A corrected or withdrawn
    entry names no other sample, and stays out."""
    still = {id(f) for f in kept}
    current = {f.specimen for f in kept if not f.earlier and f.family in STATUS_FAMILIES}
    if not current or None in current:
        return []
    return [f for f in results if id(f) not in still and f.specimen and f.specimen not in current]


def set_aside_earlier(results: list[Finding], warnings: Notes) -> tuple[list[Finding], list[Finding]]:
    """(results that decide the status, earlier results of a test the report also gives now)."""
    current = [f for f in results if not f.earlier and f.family in STATUS_FAMILIES]
    aside = [
        f
        for f in results
        if f.earlier
        and f.family in STATUS_FAMILIES
        and (
            f.replaced
            or _contradicted(f, current)
            or _contradicted_across_tests(f, current)
            or _superseded(f, current)
            or _outscored(f, current)
            or _corrected_upward(f, current)
            or _beside_own_clause(f, current)
        )
    ]
    if not aside:
        return results, []
    named = list(dict.fromkeys(describe_result(f) for f in aside))
    # a bare "ISH" (a line with no call or ratio) says nothing beside "ISH ratio 2.5" (b9-f10-02)
    described = ", ".join(d for d in named if not (d == "ISH" and any(x.startswith("ISH ") for x in named)))
    warnings.add(
        "earlier_result",
        f"The report also quotes an earlier or corrected HER2 result ({described}); the current result was used.",
        earlier=described,
    )
    return as_mentions(results, aside)


def set_aside_restated_while_pending(
    results: list[Finding], warnings: Notes, retest_pending: bool, pending_here: bool = False
) -> tuple[list[Finding], list[Finding]]:
    """(results that decide the status, restated results turned into mentions). A report whose
    every HER2 result is one it quotes from elsewhere (another laboratory, the clinical history, a
    clinic letter: "Clinical notes: HER2 negative on outside biopsy ... HER2 testing on this
    specimen is in progress", "Known ER+/HER2- breast cancer, now with new lesion. HER2 IHC on this
    biopsy: to follow") and that says the HER2 test on its own specimen is still to come has no
    HER2 result of its own yet: not found with the pending note, as for a result from before
    treatment (interpret/samples.py set_aside_pre_treatment; probe14b family nothing_current).
    `pending_here`: the pending note names the report's own sample ("HER2 testing on the current
    metastasis: pending"); then an earlier score is set aside too (probe15c family 4)."""
    status = [f for f in results if f.family in STATUS_FAMILIES]
    if not retest_pending or not status or not all(f.earlier for f in status):
        return results, []
    if not pending_here and any(f.family != "status_statement" for f in status):
        # a score or ratio with its test is the lab's own reading more often than a quote (a
        # report's "testing will be performed" note above its own "INTERPRETED AS POSITIVE (SCORE
        # 3+)", real report TCGA-BH-A18R): only a bare word ("HER2 negative", "HER2-") is set aside
        return results, []
    return quoted_as_mentions(results, status, warnings, "the HER2 test on this specimen is still to come.")


def pending_in_own_sentence(results: list[Finding]) -> bool:
    """An earlier value whose own sentence says the test on the report's own sample is still to
    come ("HER2: 3+ at outside institution (2025); repeat on current specimen pending"): the
    pending note names no HER2 of its own, so no pending mention carries it (probe16b family
    outside_while_pending). Read as a pending note that names this sample."""
    here, pending = sample_rules().pending_here, compiled().context["pending"]
    return any(
        f.earlier and f.family in STATUS_FAMILIES and here.search(f.quote) and pending.search(f.quote)
        for f in results
    )


def own_test_failed(mentions: list[Finding]) -> tuple[bool, bool]:
    """(failed, here): a HER2 mention with no value says this report's own HER2 test failed ("HER2
    FISH: failed - no hybridisation signals in tumour or internal control; the block will be
    retested", "SISH: QNS") or was not done on this sample ("HER2 IHC on this biopsy: not
    performed"); `here`: it names the report's own sample. Like a pending test, it leaves a report
    whose only HER2 values are quoted from an earlier sample ("Prior gastric biopsy 2022: HER2
    negative", "History: 2019 ... HER2 1+") with no result of its own (probe18c families
    failed_ish_history, earlier_biopsy_history). A failure named beside a control word is still
    this test's failure, so the mention's own words are asked, not only its reason."""
    c, here_words = compiled(), sample_rules().pending_here
    failed = here = False
    for m in mentions:
        if (
            m.reason == "failed"
            or (m.reason == "control" and c.context["failed"].search(m.quote))
            or (m.reason == "no_result" and c.method_not_done.search(m.quote))
        ):
            failed = True
            here = here or here_words.search(m.quote) is not None
    return failed, here
