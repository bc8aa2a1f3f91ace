"""Blind set 3's two dangerous phrase families as a specification, with their near-misses.

1. After neoadjuvant treatment, the pre-treatment (diagnostic, outside, previous) biopsy's HER2
   result restated in a history paragraph ("CLINICAL HISTORY:", "Antecedente:") is not the
   current status when the residual tumor has its own result; when the residual tumor has none
   (even "not repeated"), the status is not found with a note quoting the earlier result (session
   9's convention); a previous specimen of a tumor not treated before keeps counting.
2. A score line that points to a comment ("3+ (see comment)") whose comment voids the stain
   ("NOT valid", "must not be used", "technically unsatisfactory", "failed run", "status is
   undetermined", "being repeated") is a mention, not a result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

MASTECTOMY = "Left breast, mastectomy after neoadjuvant chemotherapy:\n"
GASTRECTOMY = "Total gastrectomy after 4 cycles of perioperative FLOT:\n"
MASTECTOMIA = "Muestra: Mastectomía izquierda, tras quimioterapia neoadyuvante.\n"
CORE = "DIAGNOSIS:\nLeft breast, core biopsy: invasive ductal carcinoma, grade 3.\n\n"

CASES = [
    # --- family 1: the pre-treatment result under a history heading
    (
        "history-heading-residual-negative",
        GASTRECTOMY + "\nCLINICAL HISTORY: Gastric adenocarcinoma, HER2-positive (IHC 3+) on outside "
        "pre-treatment biopsy.\n\nDIAGNOSIS: Residual adenocarcinoma with treatment effect, ypT3.\n\n"
        "HER2 ON RESIDUAL TUMOR (block C5):\n IHC (4B5): score 0. NEGATIVE.\n",
        "negative",
        "0",
    ),
    (
        "antecedente-biopsia-diagnostica-residual-negative",
        MASTECTOMIA + "\nAntecedente: Biopsia diagnóstica (marzo 2026): carcinoma infiltrante, grado 3; "
        "HER2 positivo (3+).\n\nDIAGNÓSTICO:\n1. Carcinoma infiltrante residual, foco mayor 6 mm.\n\n"
        "Biomarcadores repetidos en el tumor residual (bloque B4):\n   HER2 (IHQ, 4B5): NEGATIVO (1+)\n",
        "negative",
        "1+",
    ),
    (
        "history-plain-heading-prior-biopsy-residual-negative",
        MASTECTOMY + "\nHistory: HER2 3+ (positive) on the prior core biopsy.\n\n"
        "Residual invasive ductal carcinoma, 4 mm, ypT1a.\nHER2 (4B5) on residual tumor: 1+, negative.\n",
        "negative",
        "1+",
    ),
    # the residual tumor has no HER2 result of its own and the report says HER2 was not repeated:
    # the restated pre-treatment result is history, the sample after treatment has no result (not
    # found). Session 9 changed this case from positive to not found (the lead's convention,
    # facts.md §11: a result across treatment is no result for the sample after it)
    (
        "history-heading-not-repeated-not-found",
        GASTRECTOMY + "\nCLINICAL HISTORY: Gastric adenocarcinoma, HER2-positive (IHC 3+) on outside "
        "pre-treatment biopsy.\n\nDIAGNOSIS: Residual adenocarcinoma with treatment effect, ypT3.\n"
        "HER2 testing was not repeated on the resection.\n",
        "not_found",
        None,
    ),
    # ... and the same when the report only quotes the earlier result, without saying it was not
    # repeated (post8; blind set 9's convention)
    (
        "antecedente-only-earlier-result-not-found",
        MASTECTOMIA + "\nAntecedente: Biopsia diagnóstica: carcinoma infiltrante; HER2 positivo (3+).\n\n"
        "DIAGNÓSTICO:\n1. Carcinoma infiltrante residual, foco mayor 6 mm.\n",
        "not_found",
        None,
    ),
    # near-miss: no treatment before this sample -> the history paragraph's result is this tumor's
    (
        "nm-history-heading-untreated-tumor-counts",
        "CLINICAL HISTORY: HER2-positive (IHC 3+) carcinoma on outside core biopsy.\n\n"
        "DIAGNOSIS:\nLeft breast, lumpectomy: invasive ductal carcinoma, 18 mm, pT1c.\n",
        "positive",
        "3+",
    ),
    # --- family 2: a score voided in the comment it points to
    (
        "see-comment-not-valid",
        CORE + "BIOMARKERS (block A1):\n   HER2 IHC: 3+ (see comment)\n\nCOMMENT:\nThe HER2 score printed "
        "above is NOT valid and must not be used. HER2 IHC is being repeated on block A2.\n",
        "not_found",
        None,
    ),
    (
        "see-comment-technically-unsatisfactory",
        CORE + "BIOMARKERS:\n   HER2 IHC: 3+ (see comment)\n\nCOMMENT:\nThe HER2 immunostain is technically "
        "unsatisfactory, consistent with a failed run.\n",
        "not_found",
        None,
    ),
    (
        "see-note-status-undetermined",
        CORE + "HER2 (4B5): 2+ (see note)\n\nNote: the external control did not stain; HER2 status is "
        "therefore undetermined at this time and the stain will be repeated.\n",
        "not_found",
        None,
    ),
    # near-misses: a comment that confirms the stain, or a failed stain of another marker
    (
        "nm-see-comment-valid-stain",
        CORE + "BIOMARKERS:\n   HER2 IHC: 3+ (see comment)\n\nCOMMENT:\nThe HER2 stain is valid: controls "
        "performed appropriately and the staining is strong and complete in 90% of cells.\n",
        "positive",
        "3+",
    ),
    (
        "nm-see-comment-other-marker-failed",
        CORE + "BIOMARKERS:\n   ER: see comment\n   HER2 IHC: 3+\n\nCOMMENT:\nThe ER stain is technically "
        "unsatisfactory and is being repeated.\n",
        "positive",
        "3+",
    ),
    (
        "nm-repeated-and-confirmed",
        CORE + "HER2 IHC: 3+ (see comment)\n\nCOMMENT: HER2 was repeated on block A2 with the same result.\n",
        "positive",
        "3+",
    ),
]


@pytest.mark.parametrize(("text", "status", "ihc"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_posttx_phrase(text: str, status: str, ihc: str | None) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ihc.score if result.ihc else None) == ihc
    if status != "not_found":
        assert result.evidence, "a status must come with its evidence"


def test_restated_pre_treatment_result_is_kept_as_a_mention_with_a_warning() -> None:
    result = explain_text(CASES[0][1])
    assert "post_treatment" in result.warning_codes


def test_not_repeated_after_treatment_notes_the_quoted_earlier_result() -> None:
    result = explain_text(CASES[3][1])
    assert "post_treatment_no_current" in result.warning_codes
    # the note names the quoted earlier result; "not tested again" itself moved to the headline and
    # meaning (sentences11, 874b909)
    assert any("before treatment" in n and "IHC 3+" in n for n in result.notes)
