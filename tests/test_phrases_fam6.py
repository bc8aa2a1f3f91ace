"""Blind set 6's co-marker swaps and misses (session 6) as phrase families, each with near-misses
that must keep their reading.

1. A dot-leader row whose value cell says wild-type ("BRAF V600E/E2/D/K/R ........ no mutation
   (wt)"): the hotspots in its label are what the test covers, not what it found.
2. OCR "N0" for "NO" before a mutation word ("N0 MUTATION DETECTED") is no mutation; a nodal
   stage "N0" is untouched.
3. A high MSI state whose row says it was not detected, with its abbreviation in brackets between
   ("Inestabilidad de microsatélites alta (MSI-H): no detectada") is no MSI-H.
4. An MSI table row whose long label leaves one space before its method cell ("Microsatellite
   Instability Seq          Stable").
5. An MMR protein row with its clone's cell before the result ("MLH1      M1      retained").
6. A tissue result quoted in a blood report keeps its value when the line its item hangs from names
   the tissue test ("1) Tissue NGS (biopsy, 2026-09-22; ...)" over indented rows, " - Tissue NGS
   (2026-07): KRAS wild-type, ...;" over a wrapped "MSS"); a gene list's value is the one on its
   own line ("EGFR / BRAF / KRAS: no alterations detected"), not the next row's.
7. An MSS a tissue report states outright ("MSI: MSS (0/130 unstable loci)") is kept under a
   generic caveat that negative results do not exclude alterations.
"""

from __future__ import annotations

from typing import Any

import pytest

from her2cli import explain_text

COLON = "Diagnosis: Adenocarcinoma of the sigmoid colon, metastatic to liver.\n"


def _related(text: str) -> dict[str, Any]:
    return dict(explain_text(text).related)


CASES: list[tuple[str, str, dict[str, Any]]] = [
    # 1. a dot-leader row: the value cell decides
    (
        "leader-hotspot-list-wild-type",
        COLON + "RAS / BRAF (real-time PCR):\n  BRAF V600E/E2/D/K/R ................ no mutation (wt)\n",
        {"braf": "wild-type"},
    ),
    (
        "leader-hotspot-list-not-detected",
        COLON + "BRAF V600E, V600K ......... Not detected\nKRAS G12C/G12D/G13D \u2026\u2026 negative\n",
        {"braf": "wild-type", "kras": "wild-type"},
    ),
    (
        "leader-single-hotspot-wild-type-word",
        COLON + "BRAF p.V600E ............ wild-type\n",
        {"braf": "wild-type"},
    ),
    (
        "near-miss-leader-hotspot-detected",
        COLON + "BRAF V600E/K ................ DETECTED\n",
        {"braf": "mutant"},
    ),
    (
        "near-miss-leader-value-names-its-change",
        COLON + "KRAS exons 2-4 ................ p.G12D detected\n",
        {"kras": "mutant"},
    ),
    # 2. OCR "N0" for "NO"
    (
        "ocr-n-zero-caps",
        COLON + " KRAS exons 2-4 ......... N0 MUTATION DETECTED\n",
        {"kras": "wild-type"},
    ),
    (
        "ocr-n-zero-mixed-case",
        COLON + "NRAS: N0 mutations detected\n",
        {"nras": "wild-type"},
    ),
    (
        "near-miss-nodal-stage-n-zero",
        "Diagnosis: Adenocarcinoma of the sigmoid colon, pT3 N0 M0.\nKRAS: G12D MUTATION DETECTED\n",
        {"kras": "mutant"},
    ),
    # 3. a bracketed abbreviation between an MSI-high row and its "not detected"
    (
        "msi-high-bracket-no-detectada",
        "Diagnóstico: adenocarcinoma de colon.\nMuestra: tejido tumoral (bloque A2), PCR.\n"
        "Inestabilidad de microsatélites alta (MSI-H): no detectada\n",
        {"msi": "MSS"},
    ),
    (
        "msi-high-bracket-not-detected",
        COLON + "Tissue PCR. Microsatellite instability-high (MSI-H): not detected\n",
        {"msi": "MSS"},
    ),
    (
        "near-miss-msi-high-bracket-detected",
        "Diagnóstico: adenocarcinoma de colon.\nInestabilidad de microsatélites alta (MSI-H): detectada\n",
        {"msi": "MSI-H"},
    ),
    (
        "near-miss-msi-high-bracket-markers",
        COLON + "Microsatellite instability-high (MSI-H) (5/5 markers unstable)\n",
        {"msi": "MSI-H"},
    ),
    # 4. an MSI row whose label abuts its method cell
    (
        "msi-row-long-label-one-space",
        COLON
        + "Biomarker                 Method        Result\n"
        + "KRAS                      Seq           Mutation Not Detected\n"
        + "Microsatellite Instability Seq          Stable\n",
        {"msi": "MSS"},
    ),
    (
        "msi-row-long-label-high",
        COLON
        + "Biomarker                 Method        Result\nMicrosatellite Instability PCR          High\n",
        {"msi": "MSI-H"},
    ),
    (
        "near-miss-msi-row-method-pending",
        COLON + "Microsatellite Instability PCR          pending\n",
        {"msi": None},
    ),
    # 5. an MMR row with its clone's cell
    (
        "mmr-clone-cells-retained",
        "Gastric adenocarcinoma, biopsy.\n"
        "SPECIMEN      STAIN     CLONE   RESULT\n"
        "Gastric bx    MLH1      M1      retained\n"
        "Gastric bx    PMS2      A16-4   retained\n",
        {"mmr": "proficient"},
    ),
    (
        "mmr-clone-cells-lost",
        COLON + "STAIN     CLONE   RESULT\nMLH1      ES05    lost\nMSH2      G219    retained\n",
        {"mmr": "deficient"},
    ),
    (
        "near-miss-mmr-clone-cell-pending",
        COLON + "STAIN     CLONE   RESULT\nMLH1      ES05    pending\n",
        {"mmr": None},
    ),
    # 6. a tissue result quoted in a blood report
    (
        "tissue-heading-over-indented-rows",
        "Lung adenocarcinoma.\n\n1) Tissue NGS (bronchoscopic biopsy, 2026-09-22; LCI-MP-26-1187)\n"
        "   EGFR / ALK / ROS1 / BRAF / KRAS: no alterations detected\n"
        "   ERBB2 copy number: no amplification detected\n\n"
        "2) Plasma ctDNA (2026-10-30)\n   TP53 R248W   DETECTED   VAF 2.6%\n",
        {"kras": "wild-type", "braf": "wild-type"},
    ),
    (
        "tissue-item-over-wrapped-mss",
        "Liquid biopsy note. Diagnosis: metastatic adenocarcinoma of the sigmoid colon.\n\n"
        "Prior tissue results (same tumor):\n"
        " - Tissue NGS (2026-07): KRAS wild-type, NRAS wild-type, BRAF wild-type;\n   MSS\n\n"
        "Plasma cfDNA today:\n   KRAS      G12/G13/Q61        not detected\n",
        {"kras": "wild-type", "msi": "MSS"},
    ),
    (
        "near-miss-plasma-heading-over-rows",
        "Liquid biopsy (plasma cfDNA). Diagnosis: metastatic colon adenocarcinoma.\n\n"
        "1) Tissue NGS (2026-09-22): KRAS G12D detected\n\n"
        "2) Plasma ctDNA (2026-10-30, cfDNA panel)\n"
        "   BRAF / NRAS: no alterations detected\n   MSI-High: not detected\n",
        {"kras": "mutant", "nras": None, "braf": None, "msi": None},
    ),
    # 7. a stated MSS under a generic caveat
    (
        "stated-mss-under-caveat",
        "Genomic report, tumor tissue. Diagnosis: gastric adenocarcinoma, stage IV.\n"
        "   MSI: MSS (0/130 unstable loci)      TMB: 2.9 mut/Mb\n\n"
        "A negative result does not exclude alterations below the limit of\ndetection.\n",
        {"msi": "MSS"},
    ),
    (
        "near-miss-msi-high-not-detected-under-caveat",
        "Genomic report. Diagnosis: gastric adenocarcinoma, stage IV.\n"
        "   MSI-High: not detected\n\n"
        "A 'not detected' result does not exclude the presence of MSI-H in the tumour.\n",
        {"msi": None},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_co_marker_phrase_families(text: str, expected: dict[str, Any]) -> None:
    got = _related(text)
    assert {k: got.get(k) for k in expected} == expected


def _her2(text: str) -> dict[str, Any]:
    r = explain_text(text)
    return {
        "status": r.status,
        "cancer_type": r.cancer_type,
        "ihc": r.ihc.score if r.ihc else None,
        "ngs": r.ngs.amplification if r.ngs else None,
        "ctdna": r.ngs.ctdna if r.ngs else None,
    }


PLASMA_LUNG = "THORACIC MOLECULAR SUMMARY\nLung adenocarcinoma, LUL\n\n"
PLASMA_CRC = (
    "LIQUID BIOPSY - PLASMA cfDNA\nDiagnosis: Colorectal cancer (stage IV)\n"
    "Specimen: whole blood (2 Streck tubes)\n\n"
)

HER2_CASES: list[tuple[str, str, dict[str, Any]]] = [
    # 8. a tissue sequencing result quoted in a blood report decides as a tissue test
    (
        "tissue-ngs-not-amplified-beside-plasma",
        PLASMA_LUNG + "1) Tissue NGS (bronchoscopic biopsy, 2026-09-22; MP-26-1187)\n"
        "   ERBB2: no mutation detected; ERBB2 copy number: no amplification detected\n\n"
        "2) Plasma ctDNA (2026-10-30)\n   ERBB2 amplification                      not detected\n",
        {"status": "negative", "ngs": "not_amplified", "ctdna": True},
    ),
    (
        "tissue-copy-number-sentence-in-blood-report",
        PLASMA_LUNG + "Plasma ctDNA (2026-10-30): ERBB2 amplification not detected.\n\n"
        "Summary: HER2 (ERBB2) tissue copy number is not amplified.\n",
        {"status": "negative", "ngs": "not_amplified"},
    ),
    (
        "tissue-ngs-amplified-beside-plasma-not-detected",
        PLASMA_CRC + "Tissue results (same tumor):\n"
        " - Tissue NGS (2026-07): ERBB2 amplification detected (copy number 18)\n\n"
        "Plasma cfDNA today:\n   ERBB2     amplification      not detected\n",
        {"status": "positive", "ngs": "amplified"},
    ),
    (
        "near-miss-plasma-only-not-detected",
        PLASMA_LUNG + "Plasma ctDNA (2026-10-30)\n   ERBB2 amplification                      not detected\n",
        {"status": "not_found", "ngs": None},
    ),
    (
        "near-miss-plasma-heading-names-tissue-advice",
        PLASMA_LUNG + "Plasma ctDNA (2026-10-30; tissue NGS recommended if negative)\n"
        "   ERBB2 amplification                      not detected\n",
        {"status": "not_found", "ngs": None},
    ),
    (
        "near-miss-tissue-named-in-the-next-sentence",
        "LIQUID BIOPSY (ctDNA). Dx: Metastatic urothelial carcinoma of bladder\n\n"
        "Interpretation: This activating point mutation does not equal HER2 amplification (as defined\n"
        "by IHC/ISH).\nThe approval requires HER2 IHC 3+ on tissue; consider HER2 IHC on the block.\n",
        {"status": "not_found"},
    ),
    # 10. what an approval or a trial requires, or what a mutation does not equal, is no result
    (
        "approval-requires-ihc-3plus",
        "LIQUID BIOPSY (ctDNA). Dx: Metastatic urothelial carcinoma of bladder\n\n"
        "The approval requires HER2 IHC 3+ on tissue; consider HER2 IHC on the block.\n",
        {"status": "not_found"},
    ),
    (
        "eligibility-requires-her2-positive",
        "Dx: Metastatic urothelial carcinoma of bladder. ERBB2 S310F detected (NGS, tissue).\n"
        "Trial eligibility requires HER2-positive (IHC 3+) disease on tissue.\n",
        {"status": "not_found"},
    ),
    (
        "mutation-does-not-equal-amplification",
        "LIQUID BIOPSY (ctDNA). Dx: Metastatic urothelial carcinoma of bladder\n\n"
        "ERBB2 p.S310F detected. This mutation does not equal HER2 amplification.\n",
        {"status": "not_found", "ngs": None},
    ),
    (
        "near-miss-2plus-requires-ish",
        "Specimen: Left breast, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 2+ (equivocal); requires ISH, to follow.\n",
        {"status": "equivocal"},
    ),
    (
        "near-miss-result-then-approval-sentence",
        "Specimen: Left breast, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 3+ (positive).\nTrastuzumab is approved for HER2-positive breast cancer.\n",
        {"status": "positive"},
    ),
    # 11. a labelled IHC row whose bracket names the clone and the criteria ("HER2 by IHC (clone
    # 4B5; gastroesophageal biopsy criteria): 0"): the value after the colon is its score
    (
        "ihc-label-bracket-with-criteria-zero",
        "Final diagnosis: adenocarcinoma of the distal esophagus.\n"
        " HER2 by IHC (clone 4B5; gastroesophageal biopsy criteria): 0\n"
        "   - no membranous reactivity in any tumor cell; HER2 NEGATIVE\n",
        {"status": "negative", "ihc": "0"},
    ),
    (
        "ihc-label-bracket-with-criteria-two",
        "Final diagnosis: gastric adenocarcinoma, biopsy.\nHER2 IHC (4B5, ToGA biopsy criteria): 2\n",
        {"ihc": "2+"},
    ),
    (
        "near-miss-ihc-label-bracket-then-number-of-blocks",
        "Final diagnosis: gastric adenocarcinoma, biopsy.\nHER2 IHC (4B5, ToGA biopsy criteria): 2 blocks pending\n",
        {"ihc": None},
    ),
    # 12. a star in a box marks a form's chosen option ("(*) Negative (Score 0+)")
    (
        "form-star-marks-option",
        "Left breast core biopsy, invasive ductal carcinoma.\nHER2 (by immunohistochemistry)\n"
        " ( ) Negative (Score 0): no staining\n (*) Negative (Score 0+): faint staining in <=10%\n"
        " ( ) Negative (Score 1+)\n ( ) Equivocal (Score 2+)\n ( ) Positive (Score 3+)\n",
        {"status": "negative", "ihc": "0"},
    ),
    (
        "form-star-in-brackets",
        "Left breast core biopsy, invasive ductal carcinoma.\nHER2 IHC:\n"
        " [ ] Negative (Score 1+)\n [ ] Equivocal (Score 2+)\n [*] Positive (Score 3+)\n",
        {"status": "positive", "ihc": "3+"},
    ),
    (
        "near-miss-star-footnote",
        "Left breast core biopsy, invasive ductal carcinoma.\nHER2 IHC (4B5): 2+ (*)\n"
        "(*) see comment below; reflex ISH ordered.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    (
        "near-miss-two-stars-marked",
        "Left breast core biopsy, invasive ductal carcinoma.\nHER2 IHC:\n"
        " (*) Negative (Score 1+)\n ( ) Equivocal (Score 2+)\n (*) Positive (Score 3+)\n",
        {"status": "not_found", "ihc": None},
    ),
    # 13. an approval's indication ("previously treated HER2-positive [IHC 3+] BTC") is no score
    (
        "indication-previously-treated-ihc3",
        "Tumor type: Gallbladder adenocarcinoma. Tissue NGS.\n"
        "  ERBB2   AMPLIFICATION          chr17q12   Copy number (fold change 4.1)\n\n"
        "ONCOKB ANNOTATION\n  ERBB2 amplification in biliary tract cancer: level 1 (zanidatamab,\n"
        "  previously treated HER2-positive [IHC 3+] BTC).\n",
        {"ihc": None},
    ),
    (
        "indication-previously-treated-no-other-result",
        "Tumor type: Gallbladder adenocarcinoma.\n"
        "Annotation: zanidatamab is approved for previously treated HER2-positive (IHC 3+) BTC.\n",
        {"status": "not_found", "ihc": None},
    ),
    (
        "near-miss-previously-treated-with-drug",
        "Tumor type: Gallbladder adenocarcinoma, liver metastasis biopsy.\n"
        "Previously treated with gemcitabine. HER2 IHC (4B5): 3+, positive.\n",
        {"status": "positive", "ihc": "3+"},
    ),
    # 14. a cancer named as a drug's approved indication is not this report's cancer
    (
        "indication-gastric-gej-in-oesophageal-report",
        "PLASMA cfDNA REPORT\nCancer type: Esophageal adenocarcinoma   Collected: 2026-11-14\n\n"
        "DETECTED ALTERATIONS\n  ERBB2    Amplification       + (plasma copy number 2.1)\n\n"
        "THERAPY ASSOCIATIONS\n  ERBB2 amplification: trastuzumab (+ chemotherapy),\n"
        "  trastuzumab deruxtecan (after trastuzumab) - approved in HER2-positive\n"
        "  gastric/GEJ adenocarcinoma; confirmation by tissue IHC/ISH is recommended.\n",
        {"cancer_type": "esophageal"},
    ),
    (
        "indication-breast-in-colorectal-report",
        "Diagnosis: adenocarcinoma of the sigmoid colon, metastatic.\nHER2 IHC (4B5): 3+ in 70% of cells.\n"
        "Trastuzumab deruxtecan is approved for HER2-positive breast cancer and indicated for\n"
        "HER2-positive gastric cancer after trastuzumab.\n",
        {"cancer_type": "colorectal"},
    ),
    (
        "near-miss-junction-diagnosis-with-gastric-indication",
        "Diagnosis: Adenocarcinoma, gastroesophageal junction (Siewert II), biopsy.\n"
        "HER2 IHC (4B5): 3+. Trastuzumab is approved in HER2-positive gastric adenocarcinoma.\n",
        {"cancer_type": "gastric"},
    ),
    # 9. a row under a detected-alterations heading is a result whatever its therapy column says
    (
        "detected-alterations-table-with-drug-column",
        PLASMA_CRC + "SUMMARY OF DETECTED ALTERATIONS\n"
        "  Alteration                  % cfDNA or Amp     Associated FDA-approved\n"
        "  ERBB2 (HER2) Amplification  ++                 tucatinib + trastuzumab\n"
        "  TP53 R282W                  4.2%               none\n",
        {"status": "positive", "ngs": "amplified", "ctdna": True},
    ),
    (
        "alterations-detected-with-therapies-column",
        PLASMA_CRC + "Alterations detected:\n"
        "  Gene    Alteration       Level   Therapies with clinical benefit\n"
        "  ERBB2   Amplification    +++     trastuzumab deruxtecan; tucatinib + trastuzumab\n",
        {"status": "positive", "ngs": "amplified"},
    ),
    (
        "near-miss-therapy-table-without-detected-heading",
        PLASMA_CRC + "Therapy associations (reference):\n"
        "  Biomarker                   Agent\n"
        "  ERBB2 (HER2) amplification  tucatinib + trastuzumab\n\n"
        "ERBB2 amplification: not detected in this sample.\n",
        {"status": "not_found", "ngs": None},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HER2_CASES], ids=[c[0] for c in HER2_CASES])
def test_her2_phrase_families(text: str, expected: dict[str, Any]) -> None:
    got = _her2(text)
    assert {k: got[k] for k in expected} == expected
