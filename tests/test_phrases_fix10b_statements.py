"""Two statements the engine lost or misread (fix10b: devset12 b12-f06-05, b12-f07-07).

- "HER2 = positive (biopsy criteria)." closing a narrative gastric biopsy whose score stands two
  sentences away was set aside by the positive check: "= positive" is a key's or a criterion's
  category ("ratio >= 2 in >= 50% of cells = amplified", "3+ = positive"). After a HER2 name it
  is the lab's call (verify.toml quote-set-aside); a key's lines stay aside.
- A variant list ("ERBB2  R678Q  (note: reported as VUS ...)" over "BRCA2  K2729N" and "PIK3CA
  amplification not detected") was read as a table headed by ERBB2, and the PIK3CA row's "not
  detected" as HER2 negative, overruling the NGS "ERBB2 amplification - equivocal". A cell that
  opens with another gene's symbol is that gene's (findings/columns.py).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

NARRATIVE = (
    "Stomach, cardia/fundus, endoscopic biopsies (6 fragments): adenocarcinoma, poorly differentiated.\n\n"
    "HER2 (4B5) - biopsy scoring rules (Ruschoff/Hofmann): In one fragment a cohesive cluster of\n"
    "approximately 12 tumour cells shows strong basolateral membranous staining. This cluster represents\n"
    "only about 8% of the total tumour cells present, the remainder being negative.\n"
    "As a cohesive cluster of >= 5 strongly stained cells meets the biopsy criterion, the score is 3+.\n"
)

CALLS = {
    "equals-positive": NARRATIVE
    + "ISH is not required. HER2 = positive (biopsy criteria). Noted as heterogeneous.\n",
    "status-equals-positive": NARRATIVE
    + "ISH is not required.\nHER2 status = POSITIVE (ToGA biopsy criteria).\n",
    "result-equals-positive": NARRATIVE + "HER2 result = positive.\n",
}


@pytest.mark.parametrize("case", sorted(CALLS))
def test_her2_equals_a_call_is_the_labs_call(case: str) -> None:
    assert explain_text(CALLS[case]).status == "positive"


KEYS = {
    "key-of-calls": "Gastric biopsy, adenocarcinoma.\nHER2 IHC (4B5): 1+\n"
    "Key: HER2 = positive when IHC 3+ or ISH amplified; HER2 = negative when IHC 0 or 1+.\n",
    "score-key": "Gastric biopsy, adenocarcinoma.\nHER2 IHC (4B5): 1+\nScoring: 3+ = positive, 2+ = equivocal, 0/1+ = negative.\n",
    "conditional": "Gastric biopsy, adenocarcinoma.\n"
    "HER2 = positive if a cluster of 5 cells is 3+; here no such cluster. HER2 IHC: 1+.\n",
}


@pytest.mark.parametrize("case", sorted(KEYS))
def test_a_keys_equals_is_no_call(case: str) -> None:
    assert explain_text(KEYS[case]).status in ("negative", "not_found")


PANEL = (
    "GENOMIC ALTERATION REPORT\nSample type: Tissue (FFPE) - liver, hilar mass, core biopsy\n"
    "Disease: Cholangiocarcinoma\n\nPATIENT DISEASE-RELEVANT FINDINGS\n"
    "  ERBB2 ............. amplification - equivocal (5 copies)\n  KRAS .............. G12D\n\n"
    "VARIANTS OF UNKNOWN SIGNIFICANCE\n"
)

OTHER_GENE_ROWS = {
    "amplification-not-detected": PANEL
    + "  ERBB2  R678Q     (note: reported as VUS in this context)\n  BRCA2  K2729N\n  PIK3CA amplification not detected\n",
    "negative-row": PANEL
    + "  ERBB2  R678Q     (VUS, reported for completeness)\n  ATM    negative for pathogenic variants\n",
}


@pytest.mark.parametrize("case", sorted(OTHER_GENE_ROWS))
def test_another_genes_row_under_an_erbb2_variant_is_no_her2_call(case: str) -> None:
    assert explain_text(OTHER_GENE_ROWS[case]).status == "equivocal"


def test_a_her2_cell_under_a_her2_header_still_calls() -> None:
    # near-miss: the column's own call cell (no other gene's symbol) is read as before
    text = "Breast core.\nBlock    ER     PR     HER2\nA1       90%    80%    Negative\n"
    assert explain_text(text).status == "negative"
