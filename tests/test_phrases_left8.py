"""Which cancer a report is about (session 8, devset8 and variants4 misses), as phrase families with
near-misses that keep their reading. The cancer type picks the scoring rules and the patient text,
so each family is written in several layouts, and the near-misses say what must NOT change.

1. A report that names no tumour site at all but gives the breast HER2 work-up itself (ASCO/CAP
   ISH groups, ER/PR results, HER2-low/zero, triple-negative, "no special type", Nottingham grade)
   is a breast report; the same words never outweigh a site the report names, and a report with
   none of them stays "unknown".
2. "IDC"/"ILC" after a breast site names breast cancer ("Primary: breast IDC ; Specimen: lung
   nodule"): the specimen site of a metastasis does not make it a lung report.
3. Lung cancer named as "lung primary", "primary pulmonary adenocarcinoma" or a carcinoma of an
   upper/middle/lower lobe is lung; a lung report quoting a past breast cancer stays lung; a
   metastasis in a lobe from elsewhere is not lung.
4. A differential diagnosis lists candidates, not the answer ("The differential diagnosis included
   metastatic breast carcinoma ...; the profile favours a pancreaticobiliary primary").
5. The site a cancer spread to ("metastatic (peritoneum)", "metastatic to the lung") is not its own
   site; "DX:" is a diagnosis line.
6. A breast word in a drug's indication or a legend does not make a report breast.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

CASES: list[tuple[str, str, str]] = [
    # --- 1. no site named, the breast work-up itself
    (
        "amended-ish-asco-cap-group",
        "AMENDED REPORT - reason: corrected FISH values\nCase X-1, Patient Doe, Jane\n"
        "Corrected: HER2/CEP17 ratio 1.2; HER2 2.4 signals/cell.\n"
        "Interpretation: NOT AMPLIFIED (ASCO/CAP group 5). HER2 NEGATIVE.\n",
        "breast",
    ),
    (
        "ish-group-2-with-ihc",
        "Dual-probe ISH, block B1\nRatio 2.2, mean HER2 3.6 per cell, CEP17 1.6.\n"
        "Group 2 (ratio >=2.0, HER2 <4.0); concurrent IHC 1+: HER2 negative.\n",
        "breast",
    ),
    (
        "er-pr-her2-dotted-table",
        "RESULTS\nER ......... positive (95%)\nPR ......... positive (40%)\nHER2 ....... 3+ POSITIVE\n"
        "Ki-67 ...... 25%\n",
        "breast",
    ),
    (
        "triple-negative-zero-ocr",
        "PATH0L0GY PRINTOUT\nHER2 status: HER2-zer0 (IHC sc0re 0)\nER neg  PR neg\nTriple negative phenotype.\n",
        "breast",
    ),
    (
        "german-mamma-nst",
        "Befund: Mammastanzbiopsie rechts\nInvasives Karzinom NST, G2.\nHER2 (4B5): Score 1+ (negativ).\n",
        "breast",
    ),
    (
        "spanish-re-rp",
        "Resultados de inmunohistoquímica\nRE positivo (90%)\nRP positivo (30%)\nHER2: 2+ (equívoco)\n",
        "breast",
    ),
    # near-misses: a named site wins, and a bare HER2 summary stays unknown
    (
        "near-miss-no-work-up-words",
        "Clinical laboratory - HER2 summary\nIHC: score 2 (equivocal)\nFISH: ratio 2.4, 4.9 copies, amplified\n"
        "HER2 final: positive\n",
        "unknown",
    ),
    (
        "near-miss-colon-with-asco-cap-words",
        "Specimen: sigmoid colon, resection: invasive adenocarcinoma.\n"
        "HER2 IHC 3+ in 60% of tumour cells (HERACLES criteria; ASCO/CAP breast groups do not apply).\n",
        "colorectal",
    ),
    (
        "near-miss-prostate-grade-group",
        "Prostate, needle biopsies: acinar adenocarcinoma, Gleason 3+4=7, Grade Group 2.\n"
        "HER2 IHC (research): score 0.\n",
        "other",
    ),
    (
        "near-miss-er-negative-only",
        "Specimen: liver lesion, core biopsy.\nMetastatic adenocarcinoma. CK7 positive, CK20 negative, "
        "ER negative, PR negative.\nHER2 IHC 0.\n",
        "unknown",
    ),
    (
        "near-miss-consent-form-defines-her2-low",
        "PATIENT INFORMATION - BIOMARKER TESTING\nWhat is HER2? A protein on some cancer cells.\n"
        'A score of 3+ means HER2-positive; 0 or 1+ is HER2-negative (1+ may be called "HER2-low").\n'
        "I agree that my tumour tissue can be tested.  [x] Yes  [ ] No\n",
        "unknown",
    ),
    (
        "near-miss-indication-names-her2-low",
        "Molecular pathology report, block A2.\nHER2 IHC (4B5): score 3+.\n"
        "Therapy note: trastuzumab deruxtecan is approved for HER2-low breast cancer.\n",
        "unknown",
    ),
    # --- 2. IDC / ILC after a breast site
    (
        "breast-idc-lung-specimen",
        "Patient: A. B. ; Primary: breast IDC ; Specimen: lung nodule, wedge, FFPE\n"
        "ERBB2 copy number 3 (not amplified).\n",
        "breast",
    ),
    (
        "left-breast-ilc-bone",
        "Specimen: bone, iliac crest, core.\nKnown left breast (ILC), metastatic.\nHER2 IHC 1+.\n",
        "breast",
    ),
    # --- 3. lung named as lung primary / lobe carcinoma
    (
        "lung-primary-after-breast-history",
        "Specimen: right upper lobe, core biopsy\nClinical history: history of left breast cancer (2016), "
        "HER2 3+.\nDiagnosis: ADENOCARCINOMA, consistent with LUNG PRIMARY (TTF-1 positive).\n",
        "lung",
    ),
    (
        "lobe-core-adenocarcinoma",
        "Thoracic pathology\nLeft lower lobe, core biopsy: invasive adenocarcinoma, solid predominant.\n"
        "HER2 IHC (4B5): 3+ in 40% of tumour cells.\n",
        "lung",
    ),
    (
        "primary-pulmonary-adenocarcinoma",
        "Pleural fluid cell block: primary pulmonary adenocarcinoma.\nERBB2 exon 20 insertion detected.\n",
        "lung",
    ),
    (
        "near-miss-lobe-metastasis-from-colon",
        "Right lower lobe, wedge: metastatic colorectal adenocarcinoma (CDX2 and CK20 positive).\n"
        "HER2 IHC 0.\n",
        "colorectal",
    ),
    # --- 4. a differential diagnosis is not the answer
    (
        "differential-lists-breast",
        "Specimen: Liver, segment 4 lesion, core biopsy.\nDiagnosis: METASTATIC ADENOCARCINOMA.\n"
        "Comment: The differential diagnosis includes metastatic breast carcinoma (a breast lesion was "
        "seen on imaging) and upper GI primaries. The profile favours a biliary primary.\nHER2 IHC 0.\n",
        "other",
    ),
    (
        "differential-colon-label",
        "Specimen: Peritoneal nodule.\nDifferential: breast carcinoma vs gastric carcinoma.\n"
        "Final: metastatic gastric adenocarcinoma (signet ring cells), HER2 IHC 1+.\n",
        "gastric",
    ),
    # --- 5. the site a cancer spread to
    (
        "dx-line-metastatic-paren",
        "PLASMA ctDNA REPORT\nDX: Gastric adenocarcinoma, metastatic (peritoneum)\n"
        "ERBB2 amplification: not detected.\n",
        "gastric",
    ),
    (
        "dx-ocr-metastatic-paren-ovary",
        "LIQUID BI0PSY - PLASMA\nDX: Stomach adenocarcin0ma, metastatic (ovary)\nERBB2 amplification N0T DETECTED\n",
        "gastric",
    ),
    (
        "oesophagus-metastases-in-liver-and-lung",
        "Clinical details: oesophageal adenocarcin0ma with metastases in the liver and lung.\n"
        "Liver core: metastatic adenocarcinoma. HER2 IHC 3+.\n",
        "esophageal",
    ),
    (
        "near-miss-metastatic-lung-primary-named",
        "Diagnosis: lung adenocarcinoma, metastatic to the brain.\nHER2 IHC 0.\n",
        "lung",
    ),
    # --- 6. a breast word in an indication or a legend
    (
        "gastric-with-breast-indication",
        "Stomach, antrum, biopsy: adenocarcinoma, intestinal type.\nHER2 IHC 3+ (positive).\n"
        "Trastuzumab is approved in HER2-positive breast cancer and gastric cancer.\n",
        "gastric",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_cancer_type(text: str, expected: str) -> None:
    assert explain_text(text).cancer_type == expected
