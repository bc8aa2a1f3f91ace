"""Which score is this tumour's result (tests/devset9 families 7, 8, 10: other tumours, Spanish,
amendments). Each family below was a wrong value or a lost result on devset9; the cases are written
from the phrase family (other layouts, other wording, Spanish), each with near-misses whose answer
must not change.

- a result the next sentence withdraws with a bare "The result is withdrawn" is no result (b9-f10-06);
- "the outside 3+" in a consult is the outside lab's earlier result, not the consultant's (b9-f10-04);
- a score named as the bar a treatment requires, "(IHC 3+ required)", is no score (b9-f07-05);
- "HER2 (IHC) 0" is a score; "Cervix, biopsy" names a cervical cancer (b9-f07-09);
- "3+ in >10% of cells" meets the >10% bar and outranks an earlier 2+ (b9-f07-10);
- "Tumor residual (pieza de mastectomía):" opens the current sample's line, under an "Antecedente:"
  label (b9-f08-05).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Breast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"

# (id, text, status, ihc score, cancer type or None)
CASES = [
    # withdrawn by the next sentence
    (
        "withdrawn-next-sentence",
        BREAST
        + "The HER2 IHC result reported on 2026-10-28 (score 3+) was obtained on a block from another\n"
        "patient. The result is withdrawn. Repeat testing has been ordered.\n",
        "not_found",
        None,
        None,
    ),
    (
        "withdrawn-has-been",
        BREAST + "HER2 IHC (4B5) issued 05/11: 3+ on a mislabelled block. The result has been withdrawn;\n"
        "a corrected report will follow.\n",
        "not_found",
        None,
        None,
    ),
    (
        "withdrawn-spanish",
        "Mama izquierda, biopsia: carcinoma ductal infiltrante.\nHER2 IHQ 3+ informado el 02/05 sobre un bloque "
        "de otra paciente. El resultado queda anulado.\n",
        "not_found",
        None,
        None,
    ),
    (
        "nm-result-confirmed",
        BREAST + "HER2 IHC (4B5): 3+ (positive). The result was confirmed on a second block.\n",
        "positive",
        "3+",
        None,
    ),
    (
        "nm-previous-result-withdrawn",
        BREAST + "HER2 IHC (corrected): 1+ (negative). The previous result is withdrawn.\n",
        "negative",
        "1+",
        None,
    ),
    # the outside lab's score in a consult
    (
        "outside-score-edge-artifact",
        "CONSULTATION. Outside material: gastric biopsy slides and block.\nOutside diagnosis: adenocarcinoma; "
        "HER2 IHC 3+ (positive).\nOur review: HER2 IHC repeated on the block (4B5): 1+. We interpret the tumor "
        "as HER2 NEGATIVE. The outside 3+ appears to reflect edge artifact.\n",
        "negative",
        "1+",
        None,
    ),
    (
        "outside-result-in-brackets",
        "Second opinion, stomach biopsy: adenocarcinoma.\nHER2 (4B5) on our section: 0. HER2 negative. "
        "The outside result (3+) likely reflects edge artefact.\n",
        "negative",
        "0",
        None,
    ),
    (
        "nm-outside-block-tested-here",
        "Second opinion, stomach biopsy: adenocarcinoma.\nHER2 IHC repeated on the outside block: 3+ in 60% of "
        "tumour cells (positive).\n",
        "positive",
        "3+",
        None,
    ),
    # the score a treatment requires
    (
        "required-in-brackets",
        "GALLBLADDER, CHOLECYSTECTOMY: ADENOCARCINOMA, pT2b.\nHER2 IHC (4B5): 1+ (faint incomplete membranous "
        "staining, ~30% of cells).\nInterpretation: HER2 negative for zanidatamab eligibility (IHC 3+ required).\n",
        "negative",
        "1+",
        "other",
    ),
    (
        "eligibility-requires",
        "Pancreas, biopsy: ductal adenocarcinoma.\nHER2 IHC: 1+ (negative); HER2-directed therapy eligibility "
        "requires IHC 3+.\n",
        "negative",
        "1+",
        "other",
    ),
    (
        "is-needed-after",
        "Urothelial carcinoma, bladder, TURBT.\nHER2 IHC 1+; HER2 negative for T-DXd eligibility (IHC 3+ would "
        "be required).\n",
        "negative",
        "1+",
        "other",
    ),
    (
        "nm-ish-not-required",
        BREAST + "HER2 IHC 3+ (positive); ISH not required.\n",
        "positive",
        "3+",
        None,
    ),
    # a score after "(IHC)"; the cervix
    (
        "cervix-ihc-in-brackets-zero",
        "Cervix, biopsy -- adenocarcinoma, HPV-associated, usual type.\nHER2 (IHC) 0 ; PD-L1 CPS 5.\n",
        "negative",
        "0",
        "other",
    ),
    (
        "endocervical-ihq-one",
        "Endocervical adenocarcinoma, cone biopsy.\nHER2 (IHQ) 1+ ; p16 block-positive.\n",
        "negative",
        "1+",
        "other",
    ),
    (
        "breast-ihc-in-brackets-zero",
        BREAST + "HER2 (IHC) 0 (no staining).\n",
        "negative",
        "0",
        "breast",
    ),
    (
        "nm-ihc-in-brackets-blocks",
        BREAST + "HER2 (IHC) 2 blocks submitted; result to follow.\n",
        "not_found",
        None,
        "breast",
    ),
    # the >10% bar
    (
        "more-than-ten-percent-current-sample",
        "BLADDER, CYSTECTOMY: high-grade urothelial carcinoma, pT3a.\nPrior bladder TURBT (2026-02) HER2 IHC 2+.\n"
        "Current cystectomy HER2 IHC: 3+ in >10% of cells.\n",
        "positive",
        "3+",
        "other",
    ),
    (
        "more-than-ten-percent-breast",
        BREAST + "Core biopsy (2026-01): HER2 IHC 2+.\nExcision (2026-03): HER2 IHC 3+ in >10% of invasive "
        "tumour cells.\n",
        "positive",
        "3+",
        None,
    ),
    (
        "nm-exactly-ten-percent",
        BREAST + "HER2 IHC: 2+ (equivocal) overall; 3+ in 10% of cells.\n",
        "equivocal",
        "2+",
        None,
    ),
    # the current sample's own line under a history label (Spanish order)
    (
        "tumor-residual-spanish",
        "Carcinoma de mama derecha, post tratamiento neoadyuvante.\nAntecedente: biopsia previa HER2 POSITIVO "
        "(3+).\nTumor residual (pieza de mastectomía): HER2 IHQ puntuación 0 (sin tinción);\nHER2 NEGATIVO en el "
        "tumor residual.\n",
        "negative",
        "0",
        "breast",
    ),
    (
        "carcinoma-residual-spanish",
        "Mama izquierda, mastectomía tras neoadyuvancia.\nAntecedentes: biopsia con aguja HER2 3+.\n"
        "Carcinoma residual en la pieza: HER2 (IHQ) 1+.\n",
        "negative",
        "1+",
        "breast",
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "score", "cancer"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_tumours_own_score(text: str, status: str, score: str | None, cancer: str | None) -> None:
    result = explain_text(text)
    assert result.status == status
    assert (result.ihc.score if result.ihc else None) == score
    if cancer is not None:
        assert result.cancer_type == cancer
