"""False positives and confident calls on non-results of the seventh development set (tests/devset7)
as phrase families with near-misses: the structural fact the engine ignored, not one report's
wording.

- b7-f09-10, b7-f04-10: a value joined by "or" to another test's result ("HER2-positive is IHC 3+
  or ISH-amplified", "requires documented HER2 IHC 3+ or ERBB2 mutation") read as this tumor's
  3+ / amplified. A lab states what it found, never two tests' results offered as alternatives:
  such a clause is a criterion or a definition.
- b7-f09-06, b7-f01-10: a HER2 name inside a condition read as a result: a sentence that opens
  with "If" is conditional as a whole ("If the score is 2+, a second test ... looks for extra
  copies of the HER2 gene ("amplified")"), and a condition word governs what follows it up to a
  comma or clause end ("may be considered if the tumor is ER-positive and HER2-negative"), across
  a wrapped line but never into a row below it.
- b7-f07-09: a category said of a disease in general, with a score in brackets ("HER2-positive
  (IHC 3+) biliary cancer is eligible for zanidatamab"), read as this tumor's 3+.
- b7-f07-10: a bare score read past the mention's own clause, in a drug's approval ("HER2 IHC on
  this specimen may help; T-DXd is approved ... for IHC 3+ solid tumours").
- b7-f10-06: a value its own sentence withdraws ("The HER2 immunohistochemistry result (3+)
  reported on 11/17/2026 is WITHDRAWN") kept as the IHC score when the report gives no other.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

CORE = "Breast, right, needle core biopsy: invasive ductal carcinoma, grade 2.\n\n"
LUNG_NGS = (
    "TISSUE NGS REPORT (DNA panel, FFPE block 1B)\n"
    "Diagnosis: adenocarcinoma of lung, stage IV.\n"
    "KRAS G12C detected (VAF 7%). ERBB2 copy number: not evaluable (low tumor fraction).\n\n"
)
BILIARY = "Liver mass, core biopsy: intrahepatic cholangiocarcinoma, stage IV.\n\n"
MASTECTOMY = "Left breast, mastectomy: invasive ductal carcinoma, 2.4 cm, grade 2, margins negative.\n"

# (id, text, status, ihc score expected or None)
CASES = [
    # --- a result offered with another test's result as its alternative: a criterion
    (
        "alt-category-is-ihc-or-ish",
        CORE + "ER 100% | PR 80% | HER2 IHC 0 (no staining) | Ki-67 10%\n\n"
        "Comment: HER2-positive is IHC 3+ or ISH-amplified. This tumor is HER2-negative.\n",
        "negative",
        "0",
    ),
    (
        "alt-trial-requires-ihc3-or-mutation",
        LUNG_NGS + "Trials (filtered by location):\n"
        "  - HER2 ADC basket (requires documented HER2 IHC 3+ or ERBB2 mutation; criteria not met)\n",
        "not_found",
        None,
    ),
    (
        "alt-spanish-ihq-o-ish",
        "Mama izquierda, biopsia: carcinoma ductal infiltrante.\n\nHER2 (IHQ): 1+ (negativo).\n"
        "Nota: se considera HER2 positivo un resultado IHQ 3+ o ISH amplificado.\n",
        "negative",
        "1+",
    ),
    (
        "alt-3plus-or-fish-positive-eligibility",
        "Stomach, biopsy: adenocarcinoma, intestinal type.\n\nHER2 IHC: 1+ (negative).\n"
        "Trastuzumab requires HER2 3+ or FISH-positive disease.\n",
        "negative",
        "1+",
    ),
    (
        "nm-alt-result-then-no-ish-or-ngs-needed",
        CORE + "HER2 IHC (4B5): 3+ (positive), strong complete staining in 90%; no ISH or NGS needed.\n",
        "positive",
        "3+",
    ),
    (
        "nm-alt-result-semicolon-then-fish",
        CORE + "HER2 IHC: 2+ (equivocal); FISH amplified (ratio 2.6, HER2 5.1 per cell).\n",
        "positive",
        "2+",
    ),
    (
        "nm-alt-result-without-mutation-or-amplification",
        "Lung, wedge resection: invasive adenocarcinoma.\n\nHER2 IHC (4B5): 3+ (strong complete staining).\n"
        "Comment: HER2 IHC 3+ without ERBB2 mutation or amplification.\n",
        "positive",
        "3+",
    ),
    # --- a condition: a sentence opening with one, or a condition word governing the name
    (
        "cond-patient-leaflet-if-2plus-amplified",
        "PATIENT INFORMATION - HER2 testing\nWe test HER2 in your tumour sample.\n"
        'If the score is 2+, a second test called in\nsitu hybridisation looks for extra copies of the HER2 gene ("amplified").\n',
        "not_found",
        None,
    ),
    (
        "cond-oncotype-if-er-positive-and-her2-negative-wrapped",
        MASTECTOMY + "Biomarkers: performed on the core biopsy; see that report.\n\n"
        "COMMENT: Oncotype DX may be considered if the tumor is ER-positive and\n"
        "HER2-negative on the core biopsy.\n",
        "not_found",
        None,
    ),
    (
        "cond-unless-her2-amplified",
        MASTECTOMY + "Comment: endocrine therapy alone is planned unless HER2 is amplified on the core.\n",
        "not_found",
        None,
    ),
    (
        "cond-spanish-si-el-resultado",
        "Mastectomía izquierda: carcinoma ductal infiltrante, 2,1 cm.\n\n"
        "Si el resultado de HER2 es positivo (3+), se valorará trastuzumab.\n",
        "not_found",
        None,
    ),
    (
        "nm-cond-if-line-then-result-row",
        CORE + "If equivocal, reflex FISH will be performed.\nHER2 IHC: 3+ (positive)\n",
        "positive",
        "3+",
    ),
    (
        "nm-cond-result-then-if-requested",
        CORE + "HER2: negative (IHC 1+); ISH may be performed if requested.\n",
        "negative",
        "1+",
    ),
    (
        "nm-cond-if-sentence-before-result",
        CORE + "If clinically indicated, ER may be repeated on the excision. HER2 IHC: 3+ (positive).\n",
        "positive",
        "3+",
    ),
    # --- a category said of a disease in general, a score in brackets
    (
        "generic-category-bracket-eligible",
        BILIARY + "HER2 IHC: 0 -- no membranous staining (negative).\n\n"
        "Trial note: HER2-positive (IHC 3+) biliary cancer is eligible for zanidatamab.\n",
        "negative",
        "0",
    ),
    (
        "generic-category-bracket-candidates",
        CORE + "HER2 IHC 1+ (HER2-low).\n"
        "HER2-low (IHC 1+ or 2+/ISH-) breast cancers are candidates for trastuzumab deruxtecan.\n",
        "negative",
        "1+",
    ),
    (
        "nm-generic-this-tumour-eligible",
        CORE + "This HER2-positive (IHC 3+) carcinoma is eligible for trastuzumab.\n",
        "positive",
        "3+",
    ),
    # --- a bare score past the mention's clause, in an approval
    (
        "far-score-in-approval-clause",
        LUNG_NGS + "Significance: HER2 IHC on this specimen may help; T-DXd is approved "
        "tumour-agnostically for IHC 3+ solid tumours.\n",
        "not_found",
        None,
    ),
    (
        "nm-far-score-then-drug-after",
        CORE
        + "HER2 (4B5) on block A2:\nScore 3+, strong complete staining; the patient is eligible for trastuzumab.\n",
        "positive",
        "3+",
    ),
    # --- a sentence whose subject is another cancer: its later HER2 names are that cancer's
    (
        "other-cancer-subject-second-name-next-line",
        "GYNECOLOGIC PATHOLOGY REPORT\nPatient history: BRCA1 carrier. Right breast carcinoma 2019: ER negative, "
        "PR negative, HER2 3+\n(HER2-positive), treated with chemotherapy and mastectomy.\n\n"
        "Specimen: bilateral salpingo-oophorectomy, omentectomy.\n"
        "Diagnosis: high-grade serous carcinoma, tubo-ovarian origin, involving both ovaries and omentum.\n"
        "The immunoprofile supports a new primary tubo-ovarian carcinoma rather than metastatic breast cancer.\n"
        "HER2 immunohistochemistry was not performed on this tumor.\n",
        "not_found",
        None,
    ),
    (
        "nm-this-cancer-subject-keeps-result",
        "Diagnosis: high-grade serous carcinoma of the ovary.\n"
        "Ovarian carcinoma, left: HER2 3+\n(HER2-positive), strong complete staining in 80% of cells.\n",
        "positive",
        "3+",
    ),
    # --- a mark under the "Not detected" column of a Detected / Not detected table
    (
        "marked-not-detected-column-plasma",
        "ctDNA PANEL -- plasma\nTumor: colon adenocarcinoma, stage IV\n\n"
        "Gene / marker       Detected     Not detected    VAF / copy number\n"
        "KRAS                G12C                         1.9%\n"
        "NRAS                             x\n"
        "ERBB2 (HER2) amp                 x\n"
        "MSI-High                         x\n",
        "not_found",
        None,
    ),
    (
        "marked-not-detected-column-tick-tissue",
        "TISSUE NGS (FFPE block A2)\nDiagnosis: gastric adenocarcinoma\n\n"
        "Alteration          Detected   Not detected\n"
        "ERBB2 amplification             \u2713\n"
        "MET amplification               \u2713\n",
        "negative",
        None,
    ),
    (
        "nm-marked-detected-column",
        "TISSUE NGS (FFPE block A2)\nDiagnosis: gastric adenocarcinoma\n\n"
        "Alteration          Detected   Not detected   Copy number\n"
        "ERBB2 amplification    x                       14\n"
        "MET amplification                 x\n",
        "positive",
        None,
    ),
    # --- a value its own sentence withdraws
    (
        "withdrawn-in-own-sentence",
        CORE + "ADDENDUM: The HER2 immunohistochemistry result (3+) reported on 11/17/2026 is WITHDRAWN.\n"
        "HER2 testing will be repeated on block A2; results to follow.\n",
        "not_found",
        None,
    ),
    (
        "withdrawn-retracted-spanish",
        CORE + "Addenda: el resultado HER2 (3+) emitido el 02/05/2026 queda anulado por error de bloque.\n",
        "not_found",
        None,
    ),
    (
        "nm-withdrawn-patient-from-trial",
        CORE + "HER2 IHC 1+ (negative). Patient withdrawn from the trial.\n",
        "negative",
        "1+",
    ),
]


@pytest.mark.parametrize(("text", "status", "ihc"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fp7_phrase(text: str, status: str, ihc: str | None) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ihc.score if result.ihc else None) == ihc, result.ihc
    if status != "not_found":
        assert result.evidence, "a status must come with its evidence"


# (id, text, field, expected) for the related markers: a marker that is not this tumor's result
RELATED_CASES = [
    (
        "ras-in-other-cancer-history",
        "Urologic Pathology Report\nPatient with prior history of sigmoid COLON adenocarcinoma (2023) -- HER2 "
        "amplified by FISH (ratio\n3.6), RAS wild-type, treated. Now hematuria.\nSpecimen: Bladder tumor, TURBT.\n"
        "Diagnosis: Urothelial carcinoma, high grade: not a colorectal metastasis.\n"
        "HER2 IHC on this urothelial carcinoma: score 1+ (faint partial membranous staining, ~30%).\n",
        "kras",
        None,
    ),
    (
        "msi-in-other-cancer-history",
        "Endometrial biopsy report\nHistory of rectal adenocarcinoma (2020), MSI-high, treated.\n"
        "Diagnosis: endometrioid carcinoma of the endometrium, FIGO grade 1.\nHER2 IHC: 0.\n",
        "msi",
        None,
    ),
    (
        "nm-ras-in-own-colorectal-history-stays",
        "Liver, core biopsy: metastatic colorectal adenocarcinoma.\n"
        "History of sigmoid colon adenocarcinoma (2023), RAS wild-type.\nHER2 IHC: 1+.\n",
        "kras",
        "wild-type",
    ),
    (
        "ras-braf-in-lab-policy",
        "MOLECULAR PATHOLOGY -- Colorectal panel\nSpecimen: sigmoid colon adenocarcinoma, resection.\n\n"
        "KRAS: MUTATION DETECTED -- p.(G12D)\nNRAS / BRAF: not tested\n\n"
        "HER2 testing not performed. HER2 IHC is performed on RAS/BRAF wild-type\n"
        "metastatic colorectal carcinoma only.\n",
        "braf",
        None,
    ),
    (
        "nm-ras-braf-result-on-block",
        "Colon, resection: adenocarcinoma.\nKRAS, NRAS and BRAF: wild-type (performed on block A2).\n",
        "braf",
        "wild-type",
    ),
    (
        "mmr-in-drug-indication-line",
        "Tissue NGS (648 genes)\nCancer: colorectal adenocarcinoma, cecum.\n\nMSI status ........ MSI-High\n"
        "ERBB2: not amplified (CN 2).\n\nTherapies\n  Pembrolizumab / nivolumab (+/- ipilimumab): MSI-H/dMMR CRC\n",
        "mmr",
        None,
    ),
    (
        "nm-mmr-ihc-row-deficient",
        "Colon, resection: adenocarcinoma.\nMMR IHC: loss of MLH1 and PMS2 (deficient).\nHER2 IHC: 0.\n",
        "mmr",
        "deficient",
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "expected"), [c[1:] for c in RELATED_CASES], ids=[c[0] for c in RELATED_CASES]
)
def test_fp7_related_marker(text: str, field: str, expected: str | None) -> None:
    result = explain_text(text)
    assert result.related.get(field) == expected, result.related


# (id, text, ERBB2 mutations expected): a change named in a negated list was not found
MUTATION_CASES = [
    (
        "exon20-in-no-line",
        LUNG_NGS + "What we found:\n  * No ERBB2 point mutation or exon 20 insertion was found.\n",
        [],
    ),
    (
        "exon20-in-no-evidence-list-wrapped",
        LUNG_NGS + "NO EVIDENCE of the following: EGFR sensitizing mutations, ALK/ROS1/RET/NTRK fusions,\n"
        "  MET exon 14 skipping, ERBB2 (HER2) mutations including exon 20 insertions.\n",
        [],
    ),
    (
        "nm-exon20-after-but",
        LUNG_NGS
        + "No EGFR or KRAS mutation, but ERBB2 exon 20 insertion (p.A775_G776insYVMA) detected, VAF 22%.\n",
        ["exon 20 insertion"],
    ),
    (
        "nm-exon20-row-under-list-line",
        LUNG_NGS + "No fusions detected.\nERBB2 exon 20 insertion: detected (VAF 18%)\n",
        ["exon 20 insertion"],
    ),
]


@pytest.mark.parametrize(
    ("text", "mutations"), [c[1:] for c in MUTATION_CASES], ids=[c[0] for c in MUTATION_CASES]
)
def test_fp7_negated_list_mutation(text: str, mutations: list[str]) -> None:
    result = explain_text(text)
    found = sorted({m for m in (result.ngs.mutations if result.ngs else []) if "exon 20" in m})
    assert found == mutations, result.ngs
