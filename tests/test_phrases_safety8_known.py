"""The patient's known primary quoted beside a metastasis's own result (safety8: variants8 D-02,
"metastatic carcinoma, consistent with the patient's known HER2-positive breast primary (left
breast, 2022, IHC 3+ per prior report)" above the metastasis's own "HER2 (4B5): score 1+ -
NEGATIVE", called positive).

"Known <...> primary / carcinoma / cancer" is an earlier-result cue (context.toml earlier-words):
the value after it is the known tumour's, restated, and the report's own value of the same test
sets it aside (interpret/earlier.py). Near-misses: a metastasis whose own result is 3+, a
"carcinoma of unknown primary", and "it is known that ..." keep their result.

Known limit: "her known HER2 positive (3+) primary tumour" (the tumour's noun after the value) is
not caught: the cue is looked for only up to the value (findings/earlier.py).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text


@pytest.mark.parametrize(
    "text",
    [
        "Specimen: Pleural fluid, cell block\nDIAGNOSIS: Metastatic carcinoma; the known gastric "
        "adenocarcinoma (HER2 IHC 3+) is the likely primary.\n\nHER2 IHC, cell block: 1+ - NEGATIVE\n",
        "Specimen: Brain, resection\nDIAGNOSIS: Metastatic carcinoma in a patient with a known breast "
        "primary, HER2-positive (IHC 3+), treated 2021.\n"
        "Immunohistochemistry on this specimen: HER2 (4B5) 0 - negative; GATA3 positive.\n",
        "Specimen: Right ovary, oophorectomy\nDIAGNOSIS:\nMetastatic carcinoma, consistent with the "
        "patient's known\nHER2-positive breast primary (left breast, 2022, IHC 3+ per prior report).\n"
        "Left ovary: no tumour.\n\nBIOMARKERS ON THIS METASTASIS (block A3):\n"
        "ER: positive, 60%.  PR: negative.\nHER2 (4B5): score 1+ (faint incomplete staining) - NEGATIVE.\n",
        "LIVER, CORE BIOPSY:\n- Metastatic carcinoma, morphologically similar to the known breast "
        "carcinoma (HER2 3+, FISH amplified).\n- HER2 IHC (4B5) on the liver core: 1+, NEGATIVE.\n",
    ],
)
def test_the_known_primarys_result_gives_way_to_the_metastasiss_own(text: str) -> None:
    result = explain_text(text)
    assert result.status == "negative", [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "Liver biopsy: metastatic carcinoma, consistent with the known breast primary.\n"
        "HER2 IHC on this metastasis: 3+ (positive), 90% of cells.\n",
        "Metastatic adenocarcinoma of unknown primary. HER2 IHC (4B5): 3+ (positive).\n",
        "Gastric biopsy: adenocarcinoma. It is known that HER2 testing guides therapy.\nHER2 IHC: 3+ (positive).\n",
    ],
)
def test_a_current_positive_stays(text: str) -> None:
    assert explain_text(text).status == "positive"
