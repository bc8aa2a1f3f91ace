"""Blood tests and mutations: neither a plasma "not detected" nor a mutation call is a HER2 status.

variants5 family D and H-19 (session 5): a faxed plasma table row "ERBB2 (HER2)   N0t Detected"
was read as "HER2 not detected" - negative - for a blood test that cannot rule HER2 out (D-06); a
ctDNA report's "HER2 mutation-positive (ERBB2 S310F)" and its '"HER2-positive" as defined by
IHC/ISH' were read as a positive HER2 status (D-07); a lung report's "ERBB2 mutation NOT DETECTED"
on separate NGS was read as negative beside its IHC 3+, whose score stood under a heading that
named the test's purpose "(tumour-agnostic T-DXd eligibility)" (H-19).

- In a blood (ctDNA) report a status found by detection ("Not Detected") is the blood test's
  not-detected, with no status (facts.md §7, §10); a tissue test it names keeps its negative.
- A call whose words name a mutation ("mutation-positive", "mutation NOT DETECTED", "mutación")
  is about a mutation, not about HER2 protein or amplification.
- A status term the report defines ("as defined by IHC/ISH") is not a call.
- A purpose in brackets in a heading does not make the score under it a recommendation.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

PLASMA = (
    "LIQUID BIOPSY - PLASMA cfDNA PROFILE (73 genes)\nDx: metastatic gastric adenocarcinoma\n"
    "Tumor fraction: low (<0.5%).\n\n"
)
LUNG = "Left upper lobe, EBUS core: adenocarcinoma, TTF-1 positive, consistent with lung primary.\n"
BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

NOT_A_STATUS = [
    (
        "plasma-row-not-detected",
        PLASMA + " Alteration           %cfDNA / CN        Amplification level\n"
        " PIK3CA E545K          0.7%               -\n"
        " ERBB2  (HER2)         Not Detected       -\n"
        " EGFR                  Not Detected       -\n",
    ),
    (
        "plasma-row-fax-damage",
        PLASMA + " ERBB2 (HER2)         N0t Detected       -\n MYC                  N0t Detected       -\n",
    ),
    ("plasma-spanish-no-detectado", PLASMA + "Resultado en plasma: HER2 (ERBB2): no detectado.\n"),
    (
        "ctdna-mutation-positive",
        "LIQUID BIOPSY (ctDNA)\nDx: metastatic urothelial carcinoma\nDetected: ERBB2 p.S310F  VAF 2.3%\n"
        "Interpretation: HER2 mutation-positive (ERBB2 S310F).\n",
    ),
    (
        "defined-term-in-a-contrast",
        "LIQUID BIOPSY (ctDNA)\nDetected: ERBB2 p.S310F  VAF 2.3%\nThis mutation does not equal HER2 "
        'overexpression/amplification ("HER2-positive" as defined by IHC/ISH).\n',
    ),
    ("tissue-ngs-mutation-not-detected", LUNG + "Separate NGS: ERBB2 mutation NOT DETECTED.\n"),
    ("mutation-status-negative", LUNG + "HER2 (ERBB2) mutation status: negative.\n"),
    ("spanish-mutacion-no-detectada", LUNG + "NGS: HER2 mutación no detectada.\n"),
]

STILL_READ = [
    ("tissue-status-negative", BREAST + "HER2: negative.\n", "negative"),
    (
        "tissue-overexpression-not-detected",
        BREAST + "HER2 protein overexpression: not detected.\n",
        "negative",
    ),
    (
        "plasma-report-quotes-tissue-ihc",
        PLASMA + "HER2 IHC on the resection specimen: negative (score 1+).\n",
        "negative",
    ),
    (
        "heading-purpose-in-brackets",
        LUNG + "HER2 IHC (4B5), scored with gastric-type criteria (tumour-agnostic T-DXd eligibility):\n"
        "  Strong complete membranous staining in ~60% of tumour cells.   SCORE: 3+  - POSITIVE\n",
        "positive",
    ),
    (
        "mutation-beside-a-score",
        LUNG + "HER2 IHC (4B5): 3+ (positive).\nSeparate NGS: ERBB2 mutation NOT DETECTED.\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "text"), NOT_A_STATUS, ids=[c[0] for c in NOT_A_STATUS])
def test_a_blood_not_detected_or_a_mutation_call_is_no_status(name: str, text: str) -> None:
    assert explain_text(text).status == "not_found", name


@pytest.mark.parametrize(("name", "text", "status"), STILL_READ, ids=[c[0] for c in STILL_READ])
def test_a_tissue_status_is_still_read(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name


def test_a_faxed_title_word_ending_in_one_is_read_as_a_word() -> None:
    """ "Esophagea1 adenocarcin0ma": a capitalised word's final 1 is an l (a code keeps it: MLH1)."""
    text = (
        "FAX P 2/4\nDx: Esophagea1 adenocarcin0ma, metastatic. Pati3nt c0pied.\n"
        "HER2 (4B5): sc0re 0, NEGATlVE. MLH1 retained.\n"
    )
    assert explain_text(text).cancer_type == "esophageal"
