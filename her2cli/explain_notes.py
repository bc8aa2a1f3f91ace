"""The patient summary's notes ("Please note"): the engine's warnings in the reader's language,
each said only where the summary does not already say it, and never about a result it does not
show (split from explain.py by job: explain picks the sentences, this module words the notes)."""

from __future__ import annotations

from typing import Any

from .fact_kinds import NotFoundReason
from .facts import ReportFacts
from .messages import Rule, load_messages
from .model import Result
from .note_variants import earlier_sample, record_variant
from .report_rows import earlier_is_other_tumor, local_number, local_sample, plasma_copy_number
from .rules.patterns import data_pattern
from .summary_words import final_call_line, order_history, states_status

# the reasons with which the meaning says "HER2 was not tested again after treatment" (nf_not_retested)
NOT_RETESTED_SAID = (NotFoundReason.NOT_MENTIONED, NotFoundReason.RECOMMENDED)

__all__ = ["RESULT_NOTES", "covered_notes", "local_param", "localized_warnings"]


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
    ):
        # the report says HER2 was not done on this sample, and the meaning says so: nothing is to
        # come, the earlier result is only quoted (an NGS send-out is no HER2 test, b14-f11-10)
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
    elif code == "ihc3_low_percent" and facts.status == "negative" and facts.ish_result is None:
        # the lab's negative word applied the share-of-cells rule itself ("3+ in <=10% of cells ->
        # HER2 NEGATIVE; ISH not required"): no gene copy test is to settle it (sentences13: b15-f06-05)
        variant = "ihc3_low_percent_negative"
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


# notes about the result this summary shows, said only when it shows one
RESULT_NOTES = frozenset(
    {
        "conflict",
        "multiple_specimens",
        "representative_specimen",
        "specimens_agree",
        "ish_computed",
        "statement_conflict",
        "post_treatment",
        "earlier_result",
        "ihc_equivocal_no_ish",
        "ish_conflict",
    }
)

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
    lower = _lower_shown(result, params) if code == "conflict" else None
    if code == "conflict":
        params = _sample_params(result, lower or params, load_messages(lang)["labels"], names)
    code = earlier_sample(_note_variant(code, result.facts, msgs), result.facts, msgs)
    if code in ("conflict", "multiple_specimens") and _lab_states_status(result):
        code = f"{code}_lab_final"  # the report's final call is shown, not "the higher one" (qa5 U5)
    elif code == "conflict" and lower is not None and _score_line_states_status(result):
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
        params = _earlier_calls(result, _earlier_consistent(result, _earlier_without_current(result, params)))
    code = record_variant(code, result)  # a note must not say more than the record (note_variants.py)
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


def _earlier_without_current(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """The earlier result a note names, less the current score the engine also caught in the
    sentence that compares them ("HER2 3+ before treatment; HER2 0 in the residual tumour" gave
    "IHC 3+, HER2 0, IHC 0", devset13 b13-f08-06), when another stain or ISH result is left."""
    score = result.ihc.score if result.ihc else None
    items = [item.strip() for item in str(params["earlier"]).split(",")]
    if score is None:
        return params
    kept = [item for item in items if item not in (f"IHC {score}", f"HER2 {score}")]
    if kept == items or not any(item.startswith(("IHC ", "ISH ")) for item in kept):
        return params
    return {**params, "earlier": ", ".join(kept)}


# the stain scores a HER2 category can stand beside: a 3+ or a 0 is never "HER2-low"
CATEGORY_SCORES = {"HER2-low": ("1+", "2+"), "HER2-ultralow": ("0",)}
# the side of the 2.0 cut-off each ISH result's ratio lies on
ISH_SIDE = {"amplified": True, "not_amplified": False}


def _earlier_consistent(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """The earlier result a note names, less what cannot be that sample's: a category beside a
    score it cannot have ("IHC 3+, HER2-low" where the report's HER2-low was the current 1+,
    devset14 b14-f02-10, b14-f11-10), and, when it names both ISH results, the current one and the
    ratios on its side of 2.0 ("ISH amplified, ISH ratio 1.1, ISH not amplified" where the liver
    metastasis was the ratio 1.1, b14-f02-04). A list with nothing else left stays as it is."""
    items = [item.strip() for item in str(params["earlier"]).split(",")]
    scores = {item[4:] for item in items if item.startswith("IHC ")}
    kept = [
        item
        for item in items
        if not (scores and item in CATEGORY_SCORES and not scores & set(CATEGORY_SCORES[item]))
    ]
    # a bare test name beside that test's own result says nothing more ("ISH amplified, ISH, positive",
    # sentences13: devset15 b15-f02-08)
    kept = [
        item for item in kept if not any(other.startswith(item + " ") for other in kept if item in TEST_NAMES)
    ]
    # one score said twice ("HER2 0 by IHC" read as "HER2 0" and "IHC 0"): once, as the stain's
    # (sentences16: devset18 b18-f02-03 said "(HER2 0, IHC 0)")
    kept = [item for item in kept if not (item.startswith("HER2 ") and "IHC " + item[5:] in kept)]
    current = result.ish.result if result.ish else None
    if current in ISH_SIDE and {"ISH amplified", "ISH not amplified"} <= set(kept):
        own = "ISH " + current.replace("_", " ")
        kept = [item for item in kept if item != own and not _ratio_on_side(item, ISH_SIDE[current])]
    if kept == items or not kept:
        return params
    return {**params, "earlier": ", ".join(kept)}


TEST_NAMES = frozenset({"IHC", "ISH", "FISH", "SISH", "CISH", "DISH", "NGS"})

# how high each result a note can name places the status: 2 positive, 0 negative (2+ says neither)
ITEM_LEVEL = {
    "IHC 3+": 2,
    "IHC 1+": 0,
    "IHC 0": 0,
    "ISH amplified": 2,
    "ISH not amplified": 0,
    "HER2 0": 0,
    "HER2-low": 0,
    "HER2-ultralow": 0,
}
CALL_LEVEL = {"positive": 2, "negative": 0}


def _own_items(result: Result) -> set[str]:
    """The results this summary shows, as a note would name them ("IHC 3+", "ISH not amplified")."""
    own = {f"IHC {result.ihc.score}"} if result.ihc and result.ihc.score else set()
    if result.ish and result.ish.result in ISH_SIDE:
        own.add("ISH " + result.ish.result.replace("_", " "))
    return own


def _earlier_calls(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """The earlier result a note names, less a call word that cannot be that sample's: the engine
    catches the sentence that compares the two samples whole ("Comment: HER2 result differs from
    the 2020 primary (1+). Metastasis is HER2 positive" gave "IHC 1+, positive", devset16
    b16-f02-07; "In contrast to the primary tumor (HER2 2+ / FISH amplified) ... SUMMARY FOR THIS
    SPECIMEN: NEGATIVE" gave "IHC 2+, ISH amplified, negative", b16-f02-05). A call that disagrees
    with the earlier results beside it and is the current status is the current sample's: it goes.
    One that is not the current status stays with them: it may be the earlier sample's call (the
    metastasis's "ISH not amplified" beside "the reported HER2-positive primary", b16-f02-08) or a
    question's ("Rule out HER2-positive disease" beside the core's 1+, devset8 b8-f01-10), and
    which of the two results is the earlier one's the words do not say. Then a result this summary shows is not named as the earlier one while the note names another
    ("HER2-low, IHC 1+, ISH ratio 1.2, ISH not amplified" where the review's own ISH was the ratio
    1.2, not amplified; b16-f10-03)."""
    items = [item.strip() for item in str(params["earlier"]).split(",")]
    kept = list(items)
    for call, high in CALL_LEVEL.items():
        against = [i for i in kept if i in ITEM_LEVEL and ITEM_LEVEL[i] != high]
        if call not in kept or not against:
            continue
        if result.status == call:
            kept.remove(call)
    own = _own_items(result) & set(kept)
    # (only while another stain or ISH result is left: a category word alone names no result)
    if own and any(i not in own and i.startswith(("IHC ", "ISH ")) for i in kept):
        current = result.ish.result if result.ish else None
        kept = [
            i
            for i in kept
            if i not in own and not (current in ISH_SIDE and _ratio_on_side(i, ISH_SIDE[str(current)]))
        ]
    if kept == items or not kept:
        return params
    return {**params, "earlier": ", ".join(kept)}


def _ratio_on_side(item: str, amplified: bool) -> bool:
    """An "ISH ratio 1.1" item whose ratio lies on the amplified (>= 2.0) or the other side."""
    if not item.startswith("ISH ratio "):
        return False
    try:
        return (float(item[len("ISH ratio ") :]) >= 2.0) == amplified
    except ValueError:
        return False


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


def _lab_states_status(result: Result, lab_calls: str = "final") -> bool:
    """The report states the final call this summary shows in words ("FINAL HER2 RESULT: NEGATIVE"),
    as a statement of its own or as the lab's call on a result line: `lab_calls` "final", a line
    that names it final ("FINAL CONSENSUS HER2 STATUS: NEGATIVE (IHC 2+, ISH not amplified)",
    sentences12, devset14 b14-f10-03); "any", any result line's call ("HER2 POSITIVE on the basis
    of ISH Group 1 amplification", devset13 b13-f11-06); "" none."""
    said, lab = f"call={result.status}", f"lab_call={result.status}"
    return any(
        (ev.finding == "status_statement" and said in ev.value.split(", "))
        or (
            lab_calls
            and ev.finding in ("ihc", "ish")
            and lab in ev.value.split(", ")
            and (lab_calls == "any" or final_call_line(ev.text))
        )
        for ev in result.evidence
    )


# the ISH result that agrees with each final call
ISH_OF_STATUS = {"positive": "amplified", "negative": "not_amplified"}


def _ish_stated(result: Result, facts: ReportFacts) -> bool:
    """The ISH result this summary worked out from the ratio is one the report states in words:
    its final call agrees with it ("HER2 NEGATIVE" beside ratio 1.3), or a line gives the ISH
    result in words ("Interpretation: HER2 gene NOT AMPLIFIED", variants10 v10-A-08)."""
    shown = result.ish.result if result.ish else None
    if shown is None:
        return False
    if _lab_states_status(result, lab_calls="any") and ISH_OF_STATUS.get(result.status) == shown:
        return True
    return shown in facts.ish_results_in_words


def _score_line_states_status(result: Result) -> bool:
    """The line that gives the shown IHC score also gives the status in words ("HER2 IHC score:
    1+ -> HER2 NEGATIVE"): the lab's final answer, not the lower of two results by chance."""
    shown = result.ihc.score if result.ihc else None
    return shown is not None and any(
        ev.finding == "ihc"
        and f"score={shown}" in ev.value.split(", ")
        and states_status(ev.text, result.status)
        for ev in result.evidence
    )


def covered_notes(result: Result, facts: ReportFacts, meaning: list[Rule]) -> set[str]:
    """The warning codes whose note the summary does not repeat under "Please note": the meaning
    already says it, or another note says the same."""
    covered = {code for rule in meaning for code in rule.covers}
    if {"multiple_specimens", "representative_specimen", "specimens_agree"} & set(result.warning_codes):
        covered.add("conflict")  # the per-sample note says the same, naming every sample
    if "post_treatment" in result.warning_codes and facts.conflict_kind == "after_treatment":
        covered.add("conflict")  # the post-treatment note names the earlier result: one note (qa5 3)
    if facts.not_found_reason == NotFoundReason.UNSUPPORTED or facts.status == "not_found":
        # no result is shown: no note about which result is shown (qa5 H1; a blood test that found
        # nothing is no "result on the sample taken after treatment", b13-f05-05), nor that "this
        # HER2 result" comes from blood only (sentences17: devset19 b19-f05-01)
        covered |= RESULT_NOTES | {"ctdna_positive_only"}
    if facts.not_found_reason == NotFoundReason.UNSUPPORTED:
        covered.add("plasma_cn_not_tissue")  # a number from the lines this summary set aside
    waiting = [m for m in result.mentions if m.reason == "pending"]
    if waiting and not facts.her2_awaited and all(order_history(m.text) for m in waiting):
        covered.add("pending")  # "HER2 ... was requested by Dr. Alvarez": an order's history (v10-D-07)
    if facts.pending_set_aside:
        covered.add("pending")  # a request or a failed test, not a result to come (b13-f12-10)
    if _earlier_is_shown(result):
        covered.add("earlier_result")  # the "earlier" value is the one shown (sentences17: b19-f01-04)
    if facts.other_tumor_her2_named and earlier_is_other_tumor(result):
        covered.add("post_treatment")  # the meaning names another tumour's result (b20-f09-07)
    if _earlier_is_conflict(result) or _post_treatment_names_conflict(result):
        covered.add("conflict")  # the earlier-result note names the other result already (v10-E-09)
    if _lab_states_status(result, lab_calls=""):
        covered.add("ish_computed")  # "FINAL HER2 RESULT: NEGATIVE" is the result in words (qa4 16)
    if "ish_computed" in result.warning_codes and _ish_stated(result, facts):
        covered.add("ish_computed")  # the lab's call or an interpretation line says it (sentences12)
    return covered


def _post_treatment_names_conflict(result: Result) -> bool:
    """The report's two differing scores are the earlier sample's, which the post-treatment note
    names ("restates a HER2 result from a sample taken before treatment (IHC 1+)"), and the current
    one: one note, not two (sentences12 leftover: devset14 b14-f02-05)."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False))
    earlier, conflict = params.get("post_treatment"), params.get("conflict")
    if not (earlier and conflict and isinstance(earlier.get("earlier"), str)):
        return False
    scores = str(earlier["earlier"]).replace(",", " ").split()
    return any(str(conflict.get(side)) in scores for side in ("first", "second"))


def _earlier_is_conflict(result: Result) -> bool:
    """The report's two differing results are the current one and the earlier or corrected one
    the earlier-result note already names: one note, not two."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False))
    earlier, conflict = params.get("earlier_result"), params.get("conflict")
    return bool(
        earlier and conflict and earlier.get("earlier") in (conflict.get("first"), conflict.get("second"))
    )


def _earlier_is_shown(result: Result) -> bool:
    """Every value the earlier-result note would name is the one this summary shows ("Original HER2
    IHC on part A: 2+" in a reflex ISH report whose IHC is that 2+, devset19 b19-f01-04; a corrected
    final call "ISH amplified" read as earlier beside the same amplified ISH, b19-f10-09): the note
    would name no other result."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False)).get("earlier_result")
    earlier = params.get("earlier") if params else None
    if not isinstance(earlier, str) or not earlier:
        return False
    shown = set()
    if result.ihc and result.ihc.score:
        shown.add(f"IHC {result.ihc.score}")
    if result.ish and result.ish.result in ("amplified", "not_amplified"):
        shown.add("ISH amplified" if result.ish.result == "amplified" else "ISH not amplified")
    return all(item.strip() in shown for item in earlier.split(","))
