"""A score given as a criterion is not this tumor's score (devset11: the worst outcome, a negative,
equivocal or untested report called positive from a "3+" that only defines a category).

Structure, not wording: a lab states the one score it found. Two different scores offered as
alternatives in one sentence ("IHC 3+ or IHC 2+ with ISH", "IHQ 3+ o IHQ 2+", OCR "IHQ 3+ 0 IHQ
2+") define a category, whichever lab, language or layout writes them; so does an indefinite
"a HER2-positive result (IHC 3+)" in a sentence about a drug. The report's own score decides.
The cases below are written from the phrase family, not copied from the devset11 files.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

CRITERION_CASES = [
    (
        "synoptic-note-eligibility",
        "Specimen: left breast core biopsy, invasive ductal carcinoma.\n"
        "HER2 (SP3) .......... 1+ (negative)\n\n"
        "Note: anti-HER2 treatment is reserved for HER2-positive disease (IHC 3+ or IHC 2+ with\n"
        "amplified ISH).\n",
        "negative",
    ),
    (
        "gyn-criteria-equals-positive",
        "Endometrial serous carcinoma, hysterectomy.\n"
        "HER2 immunohistochemistry: score 0, no membranous staining.\n"
        "HER2 is scored with the gynaecologic criteria (3+ or 2+ with ISH amplification = positive).\n",
        "negative",
    ),
    (
        "spanish-drug-note",
        "Adenocarcinoma gastrico, biopsia endoscopica.\n"
        "HER2 (IHQ, clon 4B5): 1+, negativo.\n"
        "Comentario: los tumores HER2 positivos (IHQ 3+ o IHQ 2+ con ISH amplificada) pueden\n"
        "beneficiarse de trastuzumab.\n",
        "negative",
    ),
    (
        "ocr-spanish-zero-for-o",
        "BI0PSIA GASTRICA - adenocarcin0ma difus0.\n\n"
        " HER2 (c1on 4B5): PUNTUACI0N 1+  -  NEGATIV0\n\n"
        "N0TA: El trastuzumab se da s0lo en tum0res HER2\n"
        "p0sitivos (IHQ 3+ 0 IHQ 2+ c0n ISH p0sitiva).\n",
        "negative",
    ),
    (
        "spanish-indicated-one-line",
        "Biopsia gastrica: adenocarcinoma intestinal.\n\n"
        "HER2 (clon 4B5): puntuacion 1+ - NEGATIVO\n\n"
        "Nota: el trastuzumab solo esta indicado en tumores HER2 positivos (IHQ 3+ o IHQ 2+ con ISH positiva).\n",
        "negative",
    ),
    (
        "pending-then-togas-key",
        "Stomach, gastrectomy: adenocarcinoma, intestinal type.\n"
        "HER2 (4B5): 2+ (equivocal), moderate complete staining in about 20% of cells.\n\n"
        "NOTE: HER2 ISH is requested; final HER2 status cannot be assigned until ISH is complete.\n"
        "(Eligible result = IHC 3+ or IHC 2+/ISH positive.)\n",
        "equivocal",
    ),
    (
        "generic-article-drug",
        "Gallbladder adenocarcinoma, cholecystectomy.\n"
        "HER2 (4B5): 1+, negative.\n"
        "Comment: in biliary cancer an HER2-positive result (IHC 3+) may make the patient\n"
        "eligible for zanidatamab; this tumour is negative.\n",
        "negative",
    ),
]

# the positive near-misses: the report's own 3+ (or a 3+ stated with its share of cells) stays
POSITIVE_NEAR_MISSES = [
    (
        "own-3plus-then-criterion",
        "Left breast core biopsy, invasive ductal carcinoma.\n"
        "HER2 (4B5): 3+ (positive), strong complete staining in 90% of tumour cells.\n"
        "Comment: HER2-positive tumours (IHC 3+ or IHC 2+ with ISH amplification) are eligible\n"
        "for trastuzumab.\n",
    ),
    (
        "copula-a-her2-positive",
        "Gastric adenocarcinoma, biopsy.\n"
        "This tumour is a HER2-positive (IHC 3+) carcinoma; the patient is eligible for trastuzumab.\n",
    ),
    (
        "own-3plus-then-generic-drug-note",
        "Gastric adenocarcinoma, endoscopic biopsy.\n"
        "HER2 (4B5): 3+, strong complete membranous staining in a cluster of 40 cells; POSITIVE.\n\n"
        "Comment: a HER2-positive result (IHC 3+) qualifies the patient for trastuzumab.\n",
    ),
    (
        "spanish-own-3plus",
        "Adenocarcinoma gastrico, biopsia.\n"
        "HER2 (IHQ): 3+ positivo, tincion intensa en 60% de las celulas.\n"
        "Nota: se considera HER2 positivo IHQ 3+ o IHQ 2+ con ISH amplificada.\n",
    ),
]


@pytest.mark.parametrize(
    ("text", "status"), [c[1:] for c in CRITERION_CASES], ids=[c[0] for c in CRITERION_CASES]
)
def test_a_score_offered_as_a_criterion_is_not_the_result(text: str, status: str) -> None:
    result = explain_text(text)
    assert result.status == status
    assert not (result.ihc and result.ihc.score == "3+")


@pytest.mark.parametrize(
    "text", [c[1] for c in POSITIVE_NEAR_MISSES], ids=[c[0] for c in POSITIVE_NEAR_MISSES]
)
def test_the_reports_own_3plus_stays_positive(text: str) -> None:
    result = explain_text(text)
    assert result.status == "positive"
    assert result.ihc is not None and result.ihc.score == "3+"
