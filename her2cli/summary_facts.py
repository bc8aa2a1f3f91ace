"""The report facts only the patient summary's words need, added to the engine's (facts.py): the
report's name for each sample, the ISH method it names, ER/PR as written, the report's caveats and
what it says about its differing results, the cancer a diagnosis line names, a HER2 test it says
is ordered or pending. Read from the report's text (summary_words.py) when the explanation is built;
nothing here changes a status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .fact_kinds import NotFoundReason
from .facts import ReportFacts, defer
from .model import Result
from .note_definitions import conflict_side_defined_only
from .report_receptors import named_receptor_calls
from .report_words import pending_how
from .rules import compiled
from .summary_receptors import RECEPTORS_DIFFER, SHARE_CATEGORIES, call_against_share, receptors_as_written
from .summary_words import (
    cancer_site,
    conflict_kind,
    copies_of_another_area,
    copy_number_of_other_gene,
    copy_number_on_two_calls_row,
    her2_not_repeated_here,
    her2_not_retested,
    her2_test_awaited,
    history_other_cancer_line,
    ish_cancelled,
    ish_failed,
    ish_group_named,
    ish_not_performed,
    ish_results_in_words,
    limited_evidence_comment,
    low_not_assessed,
    named_ish_method,
    no_prior_treatment,
    quote_tails,
    ras_not_detected,
    receptors_named,
    report_caveats,
    result_corrected,
    results_concordant,
    scoring_phrase,
    serial_draws,
    several_tumors,
    treatment_given,
    ultralow_ruled_out,
    untreated_said,
)
from .treatment_change import positive_before_treatment

__all__ = ["with_summary_words"]


def _conflict_kind(facts: ReportFacts, result: Result, text: str) -> str | None:
    """What the report says about its two differing results (summary_words.conflict_kind), or
    "protein_only": a 3+ stain beside a DNA test with no extra copies is one result, not two (qa4 22).
    Blocks of one specimen taken after treatment are one time, not "before and after treatment"
    (devset16 b16-f10-08: blocks A5, A9 and A11 of one resection)."""
    if not facts.conflict and "multiple_specimens" not in facts.warning_codes:
        return None
    if facts.ihc_score == "3+" and facts.ngs_amplification == "not_amplified" and facts.ish_result is None:
        return "protein_only"
    from .sample_names import block_label  # two results differ: rare, imported when met

    one_time = bool(result.specimens) and all(block_label(sp.label) for sp in result.specimens)
    kind = conflict_kind(text, facts.after_treatment and not one_time)
    return "history" if kind is None and _other_score_from_history(result) else kind


def _other_score_from_history(result: Result) -> bool:
    """The stain score of the two that this summary does not show is read only from history lines
    that quote an earlier or another cancer ("Clinical history provided: Left breast IDC 2019 ...
    HER2 negative (IHC 1+)"), and the shown one from a line of its own: that cancer's score, not a
    second result for this tumour (sentences18: devset17 b17-f01-06)."""
    shown = result.ihc.score if result.ihc else None
    conflicts = [
        p for c, p in zip(result.warning_codes, result.warning_params, strict=False) if c == "conflict"
    ]
    # (one conflict of two stain scores: a call against another test's call says no more)
    scores = {conflicts[0].get("first"), conflicts[0].get("second")} if len(conflicts) == 1 else set()
    if shown is None or shown not in scores or len(scores) != 2:
        return False
    (other,) = scores - {shown}
    lines = {
        score: [
            ev.text
            for ev in result.evidence
            if ev.finding == "ihc" and f"score={score}" in ev.value.split(", ")
        ]
        for score in (shown, other)
    }
    return (
        bool(lines[other])
        and all(history_other_cancer_line(line) for line in lines[other])
        and any(not history_other_cancer_line(line) for line in lines[shown])
    )


SPECIFIC_ISH_METHODS = ("FISH", "CISH", "SISH", "DISH")


def _receptor_call(read: str | None, written: str | None, named: str | None) -> str | None:
    """ER or PR: "mixed" when the current samples' shares differ in category, the category several
    samples' shares agree in when no call was read, else the call the report's words gave, unless
    the current sample's own share contradicts it (summary_receptors.call_against_share: a history line's "PR+")."""
    if written == RECEPTORS_DIFFER:
        return "mixed"
    if read is None and written in SHARE_CATEGORIES:
        return written
    return call_against_share(read, written, named)


def with_summary_words(
    facts: ReportFacts, result: Result, text: str, readable: str | None = None
) -> ReportFacts:
    """The facts plus what only the summary needs from the report's words: the name the report
    gives each sample, and the ISH method it names when the engine kept only "ISH" (a report that
    says "SISH" once and "ISH amplified" later used SISH). `readable` is the text with a fax's
    letter/digit swaps repaired (summary_words.readable_text), for the words a fax may damage."""
    readable = readable or text
    if facts.after_treatment and untreated_said(readable):
        # "ypT3? -> NO: paciente sin tratamiento previo": no sample after treatment (b24-f08-09)
        facts = replace(facts, after_treatment=False)
    awaited = _Once(her2_test_awaited, readable)  # ~1.5 ms a report: read when first needed
    failed = facts.ish_result is None and ish_failed(readable)
    site = (
        cancer_site(readable)
        if facts.cancer_named is None and facts.cancer_type in ("other", "unknown")
        else None
    )
    method = result.ish.method if result.ish else None
    if result.ish is not None:
        specific = method in SPECIFIC_ISH_METHODS
        method = named_ish_method(text, method if specific else None) or method
    names: tuple[tuple[str, str], ...] = ()
    if result.specimens:  # the report's names of its samples: read only when it has samples
        from .sample_names import read_sample_names

        names = read_sample_names(text)
    # ER/PR as written for the current sample; two samples' differing shares say "mixed" (summary6)
    written = receptors_as_written(text) if facts.cancer_type == "breast" else ()
    named_er, named_pr = named_receptor_calls(text) if written else (None, None)
    # no guideline named: the report's own "<tumor> scoring" words are the rules it names (qa3 14)
    phrase = None if facts.rules_named or result.status == "not_found" else scoring_phrase(text)
    ish = result.ish is not None
    words = replace(
        facts,
        rules_named=(phrase,) if phrase else facts.rules_named,
        rules_stated=facts.rules_stated or phrase is not None,
        limited_evidence_comment=limited_evidence_comment(text),
        result_corrected=result_corrected(readable),  # a fax's "c0rrecti0n" (b23-f01-07)
        caveats=report_caveats(text),
        receptors_written=written,
        er=_receptor_call(facts.er, dict(written).get("er"), named_er),
        pr=_receptor_call(facts.pr, dict(written).get("pr"), named_pr),
        sample_names=names,
        ish_method=method if result.ish else None,
        retest_recommended="retest_recommended" in result.warning_codes,
        conflict_kind=_conflict_kind(facts, result, text),
        # a result named only in a category's definition is no second result (b24-f11-05)
        conflict=facts.conflict and not conflict_side_defined_only(result),
        quote_tails=quote_tails(result, text),
        ish_group_named=ish and ish_group_named(readable),
        several_tumors=several_tumors(text),
        serial_draws=facts.blood and serial_draws(text),
        her2_not_retested=facts.after_treatment and her2_not_retested(text),
        her2_quoted_not_repeated=not facts.after_treatment
        and facts.status != "not_found"
        and her2_not_repeated_here(readable),
        untreated_stated=not facts.after_treatment and no_prior_treatment(readable),
        treatment_named=facts.after_treatment or (_earlier_set_aside(result) and treatment_given(readable)),
        single_probe=result.ish is not None and bool(compiled().single_probe.search(text)),
        positive_before_treatment=positive_before_treatment(result),
        cancer_named=site or facts.cancer_named,
        ish_failed=failed,
        ish_not_performed=facts.ish_result is None
        and not facts.ish_requested
        and ish_not_performed(readable),
        # a requested ISH that came back unreadable is no result to come (b12-f10-09 "SISH to follow")
        # nor is a cancelled one ("the FISH order was cancelled once IHC was completed", b13-f09-07)
        ish_requested=facts.ish_requested and not (failed and not awaited()) and not ish_cancelled(readable),
        **_awaited_not_found(facts, awaited, readable),
        **_ultralow_ruled_out(facts, readable),
        **_low_not_assessed(facts, readable),
        **_nothing_awaited(facts, result, awaited, failed),
        **_copy_number_other_column(facts, result, readable),
        **_copy_number_other_gene(result, readable),
        **_copies_other_area(result, readable),
        **_not_retested(facts, awaited, readable),
        # RAS genes a blood test lists as not detected, which the engine leaves unread (sentences16)
        ras_blood_not_detected=facts.cancer_type == "colorectal"
        and facts.blood
        and not facts.ras_shown
        and ras_not_detected(readable),
    )
    # the facts only some summaries ask for: read from the words when first asked for (a record
    # asks for few of them; facts.defer)
    return defer(
        words,
        {
            "her2_awaited": awaited,
            "ish_results_in_words": lambda: ish_results_in_words(readable) if ish else frozenset(),
            "receptors_named": lambda: receptors_named(text),
            "results_concordant": lambda: results_concordant(text),
        },
    )


class _Once:
    """A pure function of one text, called at most once."""

    def __init__(self, function: Callable[[str], bool], text: str) -> None:
        self.function, self.text = function, text
        self.value: bool | None = None

    def __call__(self) -> bool:
        if self.value is None:
            self.value = self.function(self.text)
        return self.value


def _earlier_set_aside(result: Result) -> bool:
    """The engine set an earlier sample's result aside as one from before treatment (its note or
    its "before treatment" sample row): only then does the summary ask whether a treatment is named."""
    return bool(result.specimens) or any(code.startswith("post_treatment") for code in result.warning_codes)


def _not_retested(facts: ReportFacts, awaited: _Once, text: str) -> dict[str, Any]:
    """No result because the report says HER2 was not tested again after treatment: that is what
    happened, not a HER2 line this summary could not read (b13-f02-01, v10-B-05)."""
    if facts.status != "not_found" or awaited() or not facts.after_treatment or not her2_not_retested(text):
        return {}
    return {"her2_line_unread": False}


def _copy_number_other_column(facts: ReportFacts, result: Result, text: str) -> dict[str, Any]:
    """A blood test that found nothing shows no copy number from a row that also says "DETECTED"
    (a serial table's earlier column, b13-f05-07): the number may be the earlier test's."""
    number = result.ngs.copy_number if result.ngs else None
    if facts.not_found_reason != NotFoundReason.BLOOD_NOT_DETECTED or number is None:
        return {}
    if not copy_number_on_two_calls_row(text, number):
        return {}
    return {"copy_number_other_column": True, "ngs_copy_number": None, "copy_number_named": False}


def _copy_number_other_gene(result: Result, text: str) -> dict[str, Any]:
    """A sequencing copy number that the report gives only on another gene's row (b25-f05-06:
    CCND1's "plasma CN 2.9" shown as HER2's) is not shown."""
    number = result.ngs.copy_number if result.ngs else None
    if number is None or not copy_number_of_other_gene(text, number):
        return {}
    return {"copy_number_other_gene": True, "ngs_copy_number": None, "copy_number_named": False}


def _copies_other_area(result: Result, text: str) -> dict[str, Any]:
    """An ISH copy number read from another area's line than the result's ratio (b26-f03-09: a
    small amplified focus's "mean HER2 7.8" beside the overall ratio 1.2) is not shown, nor the
    group the two would make ("group 3 ... above both cut-off lines" for a not-amplified result)."""
    ish = result.ish
    if ish is None or ish.her2_copy_number is None or ish.ratio is None:
        return {}
    if not copies_of_another_area(text, ish.her2_copy_number, ish.ratio):
        return {}
    return {"ish_copy_number": None, "ish_group": None, "ish_copies_other_area": True}


def _nothing_awaited(facts: ReportFacts, result: Result, awaited: _Once, failed: bool) -> dict[str, Any]:
    """No result, and the engine's "pending" line is only a request ("Please do ER/PR/HER2") or an
    order whose test failed: the report says what happened, and nothing says a result will come.
    A test that failed is one that could not be read (b13-f12-10 'hybridisation failure ... also
    failed'); a test the report says was not done is not done (b13-f11-10 'HER2 were NOT performed')."""
    # a failed ISH beside "HER2 IHC (not done at referring lab)" is a test that failed, not one
    # never done (sentences21: devset23 b23-f03-06 said "HER2 was not tested on this sample")
    failed_not_done = failed and facts.not_found_reason == NotFoundReason.NOT_PERFORMED
    if facts.not_found_reason not in (NotFoundReason.PENDING, *UNEXPLAINED) and not failed_not_done:
        return {}
    if awaited() or result.ngs or facts.result_withdrawn:
        # a withdrawn result whose test is ordered again is a result to come, whatever else the
        # report did not do ("HER2 IHC: not performed", v17b-f10-05)
        return {}
    if failed:
        reason = NotFoundReason.UNINTERPRETABLE
    elif facts.her2_not_performed and facts.not_found_reason == NotFoundReason.PENDING:
        reason = NotFoundReason.NOT_PERFORMED
    else:
        return {}
    return {
        "not_found_reason": reason,
        "pending_how": None,
        "her2_line_unread": False,
        "pending_set_aside": True,
    }


def _ultralow_ruled_out(facts: ReportFacts, text: str) -> dict[str, Any]:
    """A score 0 the report says in words is not ultralow ("HER2-null." Not ultralow.", b13-f11-04)
    is summarised as the report calls it, whatever the category the engine read from the word."""
    if not (facts.her2_ultralow or facts.ultralow_named) or not ultralow_ruled_out(text):
        return {}
    tone = "negative" if facts.tone == "ultralow" else facts.tone
    null = facts.cancer_type == "breast" and facts.ihc_score == "0"
    return {
        "her2_ultralow": False,
        "ultralow_named": False,
        "tone": tone,
        "her2_null": null or facts.her2_null,
    }


def _low_not_assessed(facts: ReportFacts, text: str) -> dict[str, Any]:
    """A HER2-low the engine read only from the report's note that its test cannot assess the
    category ("HER2-low status (IHC) is not assessable by NGS", b25-f04-10): no stain score of
    1+ or 2+ is shown, so the summary calls the result negative, not "HER2-low"."""
    if facts.tone != "low" or facts.ihc_score in ("1+", "2+") or not low_not_assessed(text):
        return {}
    return {"tone": facts.status, "her2_low": False}


# no result, and the summary had no reason for it: a HER2 test the report says is ordered or in
# progress is the reason (devset11 b11-f02-05 "HER2 will be repeated on the residual carcinoma ...
# in progress" read "no HER2 result found")
UNEXPLAINED = (NotFoundReason.NOT_MENTIONED, NotFoundReason.RECOMMENDED)


def _awaited_not_found(facts: ReportFacts, awaited: _Once, text: str) -> dict[str, Any]:
    """The pending reason, and how the report says the result will come ("will be issued in a
    supplemental report": to follow) when no pending line of the engine's said it; and when a
    HER2 test to come sits beside another sample's lack of tumour ("HER2 PENDING, addendum to
    follow" for the core, "not tested, inadequate cellularity" for the node cell block), the test to
    come, not "not enough tumor" (sentences18: devset20 b20-f01-09)."""
    if facts.not_found_reason not in (*UNEXPLAINED, NotFoundReason.NO_TUMOR) or not awaited():
        return {}
    return {
        "not_found_reason": NotFoundReason.PENDING,
        "her2_line_unread": False,
        "pending_how": facts.pending_how or pending_how(text),
    }
