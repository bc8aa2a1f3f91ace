"""The patient summary's notes ("Please note"): the engine's warnings in the reader's language,
each said only where the summary does not already say it, and never about a result it does not
show (split from explain.py by job: explain picks the sentences, this module words the notes)."""

from __future__ import annotations

from typing import Any

from .fact_kinds import NotFoundReason
from .facts import ReportFacts
from .messages import load_messages
from .model import Result
from .note_cover import lab_states_status, score_line_states_status
from .note_earlier import earlier_calls, earlier_consistent, earlier_without_current
from .note_overlap import same_call_variant, states_final
from .note_variants import earlier_sample, record_variant, score_range_params
from .report_rows import local_number, local_sample, plasma_copy_number
from .rules.patterns import data_pattern

# the reasons with which the meaning says "HER2 was not tested again after treatment" (nf_not_retested)
NOT_RETESTED_SAID = (NotFoundReason.NOT_MENTIONED, NotFoundReason.RECOMMENDED)

__all__ = ["local_param", "localized_warnings"]


def local_param(value: str | float, lang: str) -> str:
    """A value the engine put in a note ("ISH amplified", "positive, IHC 3+"), in the reader's words."""
    text = local_number(value, lang)
    for pattern, words in load_messages(lang)["labels"]["note_words"]:
        text = data_pattern(pattern, ("ignorecase",)).sub(words, text)
    return text


def _sample_params(
    result: Result, params: dict[str, Any], labels: dict[str, Any], names: tuple[tuple[str, str], ...]
) -> dict[str, Any]:
    """A conflict names the samples its results come from when the report gives them."""
    samples = [sp for sp in result.specimens if sp.ihc or sp.ish]
    if len(samples) < 2:
        return params
    lo = min(samples, key=lambda sp: sp.ihc or "")
    hi = max(samples, key=lambda sp: sp.ihc or "")
    if lo is hi:
        return params
    return {
        **params,
        "first": f"{local_sample(lo.label, labels, names)} ({lo.ihc or labels['status_words'].get(lo.call, lo.call)})",
        "second": f"{local_sample(hi.label, labels, names)} ({hi.ihc or labels['status_words'].get(hi.call, hi.call)})",
    }


def _note_variant(code: str, facts: ReportFacts | None, msgs: dict[str, Any]) -> str:
    """The note that says what the report itself says about its results (qa4 26, 28): two results
    the report calls concordant, a result the lab chose, two tumors, samples that all agree."""
    if facts is None:
        return code
    variant = code
    if (
        code == "post_treatment_pending"
        and not facts.her2_awaited
        and facts.not_found_reason == NotFoundReason.NOT_PERFORMED
    ) or (code == "post_treatment_no_current" and facts.not_found_reason == NotFoundReason.IN_SITU_ONLY):
        # the report says HER2 was not done on this sample, and the meaning says so: nothing is to
        # come, the earlier result is only quoted (an NGS send-out is no HER2 test, b14-f11-10); or
        # no invasive cancer was left after treatment, nothing to test again (sentences25: variants13a
        # v13a-f02-03 asked "whether the tumor was tested again")
        variant = "post_treatment_not_retested_said"
    elif code == "post_treatment_no_current" and facts.her2_awaited:
        variant = "post_treatment_pending"  # the report says the retest is ordered or in progress
    elif code == "post_treatment_no_current" and facts.untreated_stated:
        # the report says no treatment came before the sample it describes ("No known presurgical
        # therapy"): the quoted result is an earlier sample's, not a "before treatment" one
        # (sentences17: devset18 b18-f01-07)
        variant = "earlier_sample_no_current"
    elif code == "post_treatment_no_current" and facts.her2_not_retested:
        # "HER2 was not repeated on the residual tumor" (qa5 2): the sample after treatment has no
        # result of its own, the earlier one is only quoted (session 9's convention, facts.md §11)
        variant = "post_treatment_not_retested"
        if facts.status == "not_found" and facts.not_found_reason in NOT_RETESTED_SAID:
            variant = "post_treatment_not_retested_said"  # the meaning says it was not retested
    elif code == "post_treatment" and facts.results_concordant:
        variant = "post_treatment_concordant"  # "concordant with the pretreatment biopsy"
    elif code == "multiple_specimens" and facts.specimens_agree:
        variant = "multiple_specimens_agree"  # every sample gives the same answer
    elif code in ("conflict", "multiple_specimens") and facts.conflict_kind:
        variant = f"{code}_{facts.conflict_kind}"
    elif code == "earlier_result" and facts.after_treatment and not (facts.result_corrected or facts.revised):
        variant = (
            "earlier_result_after_treatment"  # a result from before treatment, not a correction (b7-f02-07)
        )
    elif code == "ihc3_low_percent":
        variant = _few_cells_variant(facts) or code
    elif code == "ihc_equivocal_no_ish" and "ihc3_low_percent" in facts.warning_codes:
        # the borderline stain is a 3+ in a small share of cells, not a 2+: the note about the 3+
        # says why it is borderline, this one only asks for the ISH (sentences15's few-cells leftover)
        variant = "ihc_equivocal_no_ish_few_cells"
    elif code == "unknown_cancer_type" and facts.cancer_named in KNOWN_TYPES:
        # a cancer this summary has rules for, which the engine could not settle on (b16-f04-10)
        variant = "unknown_cancer_type_named_unsure"
    elif code == "unknown_cancer_type" and facts.cancer_named:
        variant = "unknown_cancer_type_named"  # the summary's cancer line names it (b7-f07-02)
    return variant if variant in msgs else code


def _few_cells_variant(facts: ReportFacts) -> str | None:
    """The note on a 3+ in fewer cells than the rules ask for, by what the report concluded."""
    if facts.status == "negative" and facts.ish_result is None:
        # the lab's negative word applied the share-of-cells rule itself ("3+ in <=10% of cells ->
        # HER2 NEGATIVE; ISH not required"): no gene copy test is to settle it (sentences13: b15-f06-05)
        return "ihc3_low_percent_negative"
    if facts.status == "positive" and "amplified" not in (facts.ish_result, facts.ngs_amplification):
        # the report's own positive answer stands, no gene copy test settled it: no "counts as
        # borderline" beside a positive headline; a stomach or esophageal biopsy is scored by a
        # cluster of cells (sentences23: b25-f06-01). With an amplified ISH the note stays: ISH settled it.
        gastric = facts.cancer_type in ("gastric", "esophageal")
        return "ihc3_low_percent_gastric_positive" if gastric else "ihc3_low_percent_positive"
    return None


IHC_ORDER = ("0", "1+", "2+", "3+")
# the named cancers the engine has scoring rules of its own for (a named one it could not settle on)
KNOWN_TYPES = frozenset({"colorectal"})


def _lower_shown(result: Result, params: dict[str, Any]) -> dict[str, Any] | None:
    """A conflict whose shown IHC score is the lower of its two: the params with the shown score
    first (the note must not say "shows the higher one", b7-f12-10), else None."""
    shown = result.ihc.score if result.ihc else None
    first, second = params.get("first"), params.get("second")
    if {first, second} - set(IHC_ORDER):
        return _lower_call_shown(result, params)
    if shown not in IHC_ORDER or shown not in (first, second):
        return None
    other = second if shown == first else first
    if IHC_ORDER.index(str(other)) <= IHC_ORDER.index(str(shown)):
        return None
    return {**params, "first": shown, "second": other}


def _positive_call(words: str) -> bool | None:
    """Whether a conflict's short result ("ISH amplified", "IHC negative", "3+") is a positive
    one: True, False, or None when it says neither."""
    text = f" {words.lower()} "
    if " not amplified" in text or " negative" in text or " 0 " in text or " 1+ " in text:
        return False
    if " amplified" in text or " positive" in text or " 3+ " in text:
        return True
    return None


def _lower_call_shown(result: Result, params: dict[str, Any]) -> dict[str, Any] | None:
    """A conflict of calls ("ISH amplified" and "ISH not amplified") whose shown status is the
    negative one: the params with that one first (the note must not say "shows the higher one",
    devset13 b13-f08-08, variants10 v10-E-09), else None."""
    first, second = str(params.get("first")), str(params.get("second"))
    calls = (_positive_call(first), _positive_call(second))
    if result.status != "negative" or set(calls) != {True, False}:
        return None
    shown, other = (first, second) if calls[0] is False else (second, first)
    return {**params, "first": shown, "second": other}


# notes that name every sample of the report's `specimens` (interpret/samples.py)
SAMPLE_NOTES = ("representative_specimen", "specimens_agree")


def localized_warnings(result: Result, lang: str, skip: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Warnings in the reader's language, leaving out those the meaning already says (`skip`).

    Every warning code has a template in every language (tests/test_messages.py checks it); the
    engine's English text is used only if a template cannot be filled.
    """
    out: list[str] = []
    for code, english, params in zip(
        result.warning_codes, result.warnings, result.warning_params, strict=False
    ):
        if code in skip:
            continue
        text = _warning_text(result, lang, code, params)
        if text is not None:
            out.append(text or english)
    return out


def _warning_text(result: Result, lang: str, code: str, params: dict[str, Any]) -> str | None:
    """The note for one warning code in the reader's language: "" when its template cannot be
    filled (the caller uses the engine's English), None when a value it needs was unreadable and
    the language has no wording without it (the note is left out)."""
    msgs = load_messages(lang)["warnings"]
    names = result.facts.sample_names if result.facts else ()
    raw = params
    lower = _lower_shown(result, params) if code == "conflict" else None
    if code == "conflict":
        params = _sample_params(result, lower or params, load_messages(lang)["labels"], names)
    code = earlier_sample(_note_variant(code, result.facts, msgs), result.facts, msgs)
    if code in ("conflict", "multiple_specimens") and states_final(code, result, lab_states_status(result)):
        code = same_call_variant(f"{code}_lab_final", result, raw)  # the final call is shown (qa5 U5)
    elif code == "conflict" and lower is not None and score_line_states_status(result):
        code = "conflict_lab_final"  # "HER2 IHC score: 1+ -> HER2 NEGATIVE" under a 3+ pattern in 5% (b10-f06-04)
    elif code == "conflict" and lower is not None:
        code = "conflict_lower_shown"
    if (code.startswith("multiple_specimens") or code in SAMPLE_NOTES) and result.specimens:
        params = _specimen_params(result, params, lang, names)
    if code == "plasma_cn_not_tissue" and result.facts and result.facts.copy_number_other_column:
        return None  # the number may be an earlier test's (b13-f05-07)
    if code == "plasma_cn_not_tissue":
        blood = _blood_copy_number(result, params)
        if blood is None:
            return None  # the number is the tissue test's: no note about a blood number
        params = blood
    if "earlier" in params:
        params = earlier_calls(result, earlier_consistent(result, earlier_without_current(result, params)))
    code = record_variant(code, result)  # a note must not say more than the record (note_variants.py)
    if code == "ihc_equivocal_no_ish_range":
        params = score_range_params(result, params)
    if (
        code.startswith("ish_computed")
        and "ratio" not in params
        and result.ish
        and result.ish.ratio is not None
    ):
        params = {**params, "ratio": f"{result.ish.ratio:g}"}
    params = {k: local_param(v, lang) if isinstance(v, str | float) else v for k, v in params.items()}
    if "?" in params.values():  # the engine could not read the value: the note without it, never "?"
        code = f"{code}_no_value"
        if code not in msgs:
            return None
    try:
        return str(msgs[code].format(**params))
    except (KeyError, IndexError):
        return ""


def _blood_copy_number(result: Result, params: dict[str, Any]) -> dict[str, Any] | None:
    """The blood-number note's params with the blood line's copy number where the record kept a
    tissue line's (devset9 b9-f05-10), None when only a tissue line gives one; an unread value
    ("?") stays for the note without it."""
    try:
        number = float(params.get("copy_number", ""))
    except (TypeError, ValueError):
        return params
    blood = plasma_copy_number(result, number)
    return None if blood is None else {**params, "copy_number": f"{blood:g}"}


def _specimen_params(
    result: Result, params: dict[str, Any], lang: str, names: tuple[tuple[str, str], ...]
) -> dict[str, Any]:
    """The chosen sample and every sample's call, in the reader's words, for the per-sample notes."""
    labels = load_messages(lang)["labels"]
    words = labels["status_words"]
    return {
        **params,
        "chosen": local_sample(str(params.get("chosen", "")), labels, names),
        "samples": "; ".join(
            f"{local_sample(sp.label, labels, names)}: {words.get(sp.call, sp.call)}"
            for sp in result.specimens
        ),
    }
