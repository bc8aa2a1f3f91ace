"""What the patient reads (session 22 helper sentences22): an audit of the summary on devset24 and
sentences21's leftovers. Each case is a short report written for the test, with a near-miss where
the sentence must stay."""

from __future__ import annotations

from .summary_cases import explain_with_words

# --- 1. a report that says no treatment came before its sample ---------------------------------
# (devset24 b24-f08-09: a gastrectomy whose "ypT3?" the report itself corrects to pT3, "paciente sin
# tratamiento previo", was told "This sample was taken after treatment")

AFTER = "This sample was taken after treatment"
GASTRIC = (
    "Gastrectomy: adenocarcinoma of the gastro-oesophageal junction.\n"
    "HER2 IHC (resection criteria): 3+ in 40% of tumour cells. HER2 POSITIVE.\n"
)


def test_a_report_that_says_no_treatment_came_first_is_no_sample_after_treatment() -> None:
    for staging in (
        "Staging: ypT3 (typing error, corrected): the patient had no prior treatment; pT3 N1.",
        "Estadio ypT2? No: paciente sin tratamiento previo; pT2 N0.",
        "ypT3 N1 in the request form; the patient has received no previous systemic therapy (pT3 N1).",
    ):
        result, said = explain_with_words(f"{GASTRIC}{staging}\n")
        assert result.status == "positive", staging
        assert AFTER not in said, staging


def test_a_sample_after_named_treatment_stays_after_treatment() -> None:
    # near-miss: the treatment is named, and "untreated" only compares the two samples
    for staging in (
        "Following neoadjuvant FLOT: ypT3 N1. The pre-treatment biopsy may be more representative of the untreated tumour.",
        "Residual adenocarcinoma after neoadjuvant chemotherapy, ypT2 N0; no prior HER2 testing.",
    ):
        result, said = explain_with_words(f"{GASTRIC}{staging}\n")
        assert result.status == "positive", staging
        assert AFTER in said, staging
