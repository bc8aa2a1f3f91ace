"""Amendments and consultations: the result a report withdraws or disagrees with is not its result.

variants5 family E (session 5): a second-opinion report quoted the outside laboratory's "HER2 FISH
'amplified, ratio 2.3' - reported as HER2 POSITIVE" under "OUTSIDE DIAGNOSIS:" above its own
repeat FISH (ratio 1.6, not amplified) and was called positive (E-04); a Spanish amended report
quoted the withdrawn 'HER2 positivo (3+)' of "el informe inicial" above the correct 1+ (E-05); an
addendum defined "HER2-positive status requires IHC 3+ or ISH amplification" with the result still
pending (E-03). The outside, initial or withdrawn value is an earlier one (findings/earlier.py: a
current value of the same test sets it aside); a definition of a category is a legend. The
near-misses keep an outside result that nothing contradicts, an agreeing review, and a score
followed by what it requires.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

SET_ASIDE = [
    (
        "outside-diagnosis-label",
        "CONSULTATION REPORT\n"
        + BREAST
        + "\nOUTSIDE DIAGNOSIS: Invasive ductal carcinoma; HER2 IHC 2+, HER2 FISH\n"
        '"amplified, ratio 2.3" - reported as HER2 POSITIVE.\n\n'
        "OUR REVIEW:\n - HER2 FISH repeated on block A2: 60 nuclei, mean HER2 3.0, mean CEP17 1.9, ratio 1.6.\n"
        "   RESULT: NOT AMPLIFIED (Group 5).\n\nOPINION: HER2 NEGATIVE (IHC 2+, ISH not amplified).\n",
        "negative",
    ),
    (
        "per-the-outside-laboratory",
        BREAST + "Per the outside laboratory report, HER2 FISH was amplified (ratio 2.4).\n"
        "Repeat FISH at our institution: HER2/CEP17 ratio 1.3, not amplified. HER2 IHC 1+.\n",
        "negative",
    ),
    (
        "referring-report-label",
        BREAST + "\nReferring institution report: HER2 IHC 3+ (positive).\n\n"
        "Our interpretation: HER2 IHC 1+ (negative) on the submitted slide.\n",
        "negative",
    ),
    (
        "spanish-initial-report-withdrawn",
        "INFORME ENMENDADO (2a versión)\nMuestra: Mama izquierda, BAG\n\n"
        'Motivo de la enmienda: En el informe inicial (24/10/2026) figuraba "HER2 positivo (3+)"\n'
        "por un error de transcripción. Se retira dicho resultado.\n\n"
        "RESULTADO CORRECTO:\n  HER2 (4B5): puntuación 1+. NEGATIVO (HER2-bajo).\n",
        "negative",
    ),
    (
        "english-initial-report-in-error",
        BREAST + "AMENDED REPORT. The initial report (10/24/2026) gave HER2 3+ in error.\n\n"
        "Correct result: HER2 IHC 1+, negative.\n",
        "negative",
    ),
    (
        "wrong-patient-after-the-value",
        BREAST + "ERRATUM: HER2 IHC 3+ was entered for the wrong patient. Correct HER2 IHC result for this "
        "patient: 1+ (negative).\n",
        "negative",
    ),
    (
        "incorrect-in-brackets",
        BREAST
        + "HER2 FISH ratio 2.3 (incorrect).\nHER2 FISH repeated: ratio 1.3, NOT AMPLIFIED. HER2 IHC 1+.\n",
        "negative",
    ),
    (
        "spanish-anulado",
        BREAST + "El resultado HER2 positivo (3+) ha sido anulado.\nResultado: HER2 (4B5) 1+, negativo.\n",
        "negative",
    ),
]

DEFINITIONS = [
    (
        "addendum-requires",
        BREAST
        + "HER2: pending.\n\nADDENDUM - COMMENT ONLY: For reference, HER2-positive status requires IHC 3+ or\n"
        "ISH amplification under ASCO/CAP criteria. HER2 testing is being performed at the reference laboratory.\n",
    ),
    (
        "positivity-requires-either",
        BREAST + "Note: HER2 positivity requires either IHC 3+ or an amplified ISH result.\n",
    ),
    ("spanish-requiere", BREAST + "Nota: HER2 positivo requiere IHC 3+ o amplificación por ISH.\n"),
]

STILL_READ = [
    (
        "outside-result-alone-kept",
        BREAST
        + "\nOUTSIDE DIAGNOSIS: HER2 FISH amplified, ratio 2.3.\n\nWe agree with the outside diagnosis.\n",
        "positive",
    ),
    (
        "review-agrees-with-outside-positive",
        BREAST + "\nOutside report: HER2 IHC 3+ (positive).\n\nOUR REVIEW: HER2 IHC 3+ (positive), agree.\n",
        "positive",
    ),
    (
        "withdrawn-words-after-another-value",
        BREAST + "HER2 IHC: 1+ (negative); the previously reported 3+ was withdrawn.\n",
        "negative",
    ),
    (
        "confirmed-after-the-value",
        BREAST + "HER2 IHC 3+ was confirmed on repeat staining (positive).\n",
        "positive",
    ),
    ("equivocal-requires-ish", BREAST + "HER2 IHC 2+ equivocal requires reflex ISH.\n", "equivocal"),
    (
        "positive-requires-nothing",
        BREAST + "HER2 IHC: 3+, positive; requires no further testing.\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), SET_ASIDE, ids=[c[0] for c in SET_ASIDE])
def test_an_outside_or_withdrawn_value_gives_way_to_the_current_one(
    name: str, text: str, status: str
) -> None:
    assert explain_text(text).status == status, name


@pytest.mark.parametrize(("name", "text"), DEFINITIONS, ids=[c[0] for c in DEFINITIONS])
def test_what_a_category_requires_is_no_result(name: str, text: str) -> None:
    assert explain_text(text).status == "not_found", name


@pytest.mark.parametrize(("name", "text", "status"), STILL_READ, ids=[c[0] for c in STILL_READ])
def test_a_result_nothing_contradicts_is_kept(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name
