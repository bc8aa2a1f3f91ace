"""Blind set 5's co-marker swaps, status misses and number misses (session 5) as phrase families,
each with near-misses that must keep their reading.

Co-markers (KRAS/NRAS/BRAF, MSI, MMR):
1. A hotspot negated after a dot leader ("BRAF V600E ........ No detectado") is wild-type.
2. A gene listed after a not-detected label ("NEGATIVE FOR: EGFR, KRAS (incl. G12C), BRAF",
   "Pertinent negatives:") was looked for and not found; a bracketed aside ("(incl. G12C)") ends
   no sentence of the list.
3. A clause about a kind of cancer or a menu of targets ("In biliary tract cancers, targetable
   alterations include ... BRAF V600E, ... MSI-H/dMMR") is no result of this tumor.
4. An MSI state the report infers ("favors sporadic MSI-H carcinoma") is no MSI result.
5. An MSI row of a biomarker table has its result in a later cell ("MSI   Seq   DNA   Stable").

HER2:
6. A plural "amplifications" heading is amplification wording ("Copy number amplifications: none
   detected in ERBB2, MET, ...").
7. The lab's call on a score, said in another reading of the same score ("2+ in ~30% ..." and
   "2+ in <50% of cells = HER2 NEGATIVE by HERACLES criteria"), goes with that score.
8. A checkbox form's options end at the next label's line ("HER2 ISH: [x] Not performed").
9. The report names the sample whose result is definitive ("the result on the lumpectomy (...)
   should be regarded as the definitive HER2 status").
10. A clinical-details line of a report after treatment is history ("CLINICAL: Left breast IDC,
    HER2+, s/p neoadjuvant TCHP"): with no result on the residual tumor, the restated one stands.
11. Numbers: a ratio measured after the cut-off it is compared with ("greater than 2.0 (>2.0),
    measured at 2.7"); a ratio in a sentence the report withdraws is not the result's; the numbers
    shown come from one count (the fullest), not the highest of each.
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import assert_fields

BREAST = "Specimen: Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
COLON = "Diagnosis: Adenocarcinoma of the sigmoid colon, metastatic to liver.\n"
NGS_LUNG = "Next-generation sequencing (DNA panel), FFPE tissue. Diagnosis: lung adenocarcinoma.\n"


CO_MARKER_CASES: list[tuple[str, str, dict[str, Any]]] = [
    # 1. a hotspot negated after a dot leader
    (
        "dot-leader-spanish",
        "Adenocarcinoma de colon sigmoides, metastásico.\n"
        " KRAS (exones 2, 3 y 4) ............ No mutado (nativo)\n"
        " BRAF V600E ....................... No detectado\n",
        {"kras": "wild-type", "braf": "wild-type"},
    ),
    (
        "dot-leader-english",
        COLON + "BRAF V600E ........ Not detected\nNRAS exons 2-4 ...... wild-type\n",
        {"braf": "wild-type", "nras": "wild-type"},
    ),
    (
        "dot-leader-mutation-word",
        COLON + "BRAF p.V600E mutation ........ negative\n",
        {"braf": "wild-type"},
    ),
    (
        "near-miss-dot-leader-detected",
        COLON + "BRAF V600E ....................... Detected\n",
        {"braf": "mutant"},
    ),
    (
        "near-miss-dot-leader-spanish-detected",
        "Adenocarcinoma de colon.\n BRAF V600E ....................... Detectada\n",
        {"braf": "mutant"},
    ),
    # 2. a not-detected label over a gene list
    (
        "negative-for-list-with-aside",
        NGS_LUNG + "NEGATIVE FOR: EGFR, KRAS (incl. G12C), BRAF, NRAS, PIK3CA, MAP2K1 hotspot\nvariants.\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"},
    ),
    (
        "pertinent-negatives",
        COLON + "Pertinent negatives: KRAS, NRAS, BRAF (V600E tested).\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"},
    ),
    (
        "negativo-para",
        "Adenocarcinoma de colon.\nNegativo para: KRAS (codones 12, 13 y 61), NRAS, BRAF.\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"},
    ),
    (
        "near-miss-negative-for-malignancy-line",
        COLON + "Negative for malignancy\nKRAS G12D mutation detected.\n",
        {"kras": "mutant"},
    ),
    (
        "near-miss-positive-for-list",
        COLON + "POSITIVE FOR: KRAS p.G12C (VAF 31%).\nNegative for: NRAS, BRAF.\n",
        {"kras": "mutant", "nras": "wild-type", "braf": "wild-type"},
    ),
    # 3. a clause about a kind of cancer or a menu of targets
    (
        "targetable-alterations-menu",
        "NGS panel, tissue. Diagnosis: intrahepatic cholangiocarcinoma.\n"
        "  BRAF V600E: not detected.\n  Microsatellite instability: MSS (0.8% unstable loci).\n\n"
        "COMMENT\nNo actionable alterations were identified. In biliary tract cancers, targetable\n"
        "alterations include FGFR2 fusions, IDH1 mutations, BRAF V600E, NTRK fusions,\n"
        "MSI-H/dMMR and HER2 (ERBB2) overexpression/amplification.\n",
        {"braf": "wild-type", "msi": "MSS", "mmr": None},
    ),
    (
        "actionable-biomarkers-in-a-cancer",
        COLON + "Actionable biomarkers in colorectal cancer include KRAS G12C, BRAF V600E and MSI-H.\n",
        {"kras": None, "braf": None, "msi": None},
    ),
    (
        "in-cancers-opening",
        COLON + "In colorectal cancers, BRAF V600E mutations carry a poor prognosis.\n",
        {"braf": None},
    ),
    (
        "near-miss-identified-alterations",
        COLON + "Actionable alterations identified include BRAF V600E (VAF 22%).\n",
        {"braf": "mutant"},
    ),
    (
        "near-miss-in-this-tumour",
        COLON + "In this tumour, KRAS p.G12D was detected (VAF 18%).\n",
        {"kras": "mutant"},
    ),
    # 4. an inferred MSI state
    (
        "favors-sporadic-msi-h",
        COLON + "MLH1 and PMS2: loss of nuclear expression. MSH2, MSH6: retained.\n"
        "Comment: The BRAF V600E mutation with MLH1/PMS2 loss favors sporadic MSI-H\ncarcinoma.\n",
        {"msi": None, "mmr": "deficient"},
    ),
    (
        "suggestive-of-msi-h",
        COLON + "Findings suggestive of a Lynch-associated MSI-H tumour; germline testing advised.\n",
        {"msi": None},
    ),
    (
        "near-miss-measured-msi-h",
        COLON + "MSI by PCR: MSI-H (4/5 markers unstable).\n",
        {"msi": "MSI-H"},
    ),
    # 5. an MSI table row
    (
        "msi-row-result-column",
        COLON + "Biomarker            Method   Analyte   Result                   Therapy association\n"
        "KRAS                 Seq      DNA       Mutation Not Detected    cetuximab: BENEFIT\n"
        "MSI                  Seq      DNA       Stable                   --\n",
        {"kras": "wild-type", "msi": "MSS"},
    ),
    (
        "msi-row-spaced-high",
        COLON + "MSI        PCR        High\n",
        {"msi": "MSI-H"},
    ),
    (
        "msi-row-pipes",
        COLON + "Microsatellite status | NGS | Stable |\n",
        {"msi": "MSS"},
    ),
    (
        "near-miss-msi-row-not-tested",
        COLON + "MSI    Not tested    High-risk features absent\n",
        {"msi": None},
    ),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in CO_MARKER_CASES], ids=[c[0] for c in CO_MARKER_CASES]
)
def test_co_marker_phrase_families(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


HER2_CASES: list[tuple[str, str, dict[str, Any]]] = [
    # 1 (ERBB2). a variant row negated after a dot leader is no mutation
    (
        "erbb2-variant-dot-leader",
        NGS_LUNG + "ERBB2 p.S310F ........ Not detected\nERBB2 amplification: not detected\n",
        {"mutations": [], "ngs": "not_amplified"},
    ),
    (
        "near-miss-erbb2-variant-dot-leader-detected",
        NGS_LUNG + "ERBB2 p.S310F ........ Detected (VAF 12%)\nERBB2 amplification: not detected\n",
        {"mutations": ["S310F"], "ngs": "not_amplified"},
    ),
    # 6. plural "amplifications"
    (
        "amplifications-none-detected-in-list",
        NGS_LUNG + "  Copy number amplifications: none detected in ERBB2, MET, EGFR, FGFR1,\n"
        "  FGFR2, CCND1, MDM2, MYC.\n",
        {"status": "negative", "ngs": "not_amplified"},
    ),
    (
        "amplifications-detected-row",
        NGS_LUNG + "Amplifications detected: ERBB2, CCNE1.\n",
        {"status": "positive", "ngs": "amplified"},
    ),
    (
        "near-miss-amplifications-other-genes",
        NGS_LUNG + "Copy number amplifications: MET (CN 9).\nERBB2: no alteration detected.\n",
        {"ngs": None},
    ),
    # 7. the lab's call on the same score in another reading
    (
        "heracles-2plus-under-half-called-negative",
        COLON + "HER2 IHC (4B5), scored by HERACLES criteria:\n"
        "   2+ (moderate basolateral staining) in ~30% of tumor cells; remaining 1+/0.\n"
        "   2+ in <50% of cells = HER2 NEGATIVE by HERACLES criteria. ISH not indicated.\n",
        {"status": "negative", "ihc": "2+"},
    ),
    (
        "near-miss-heracles-2plus-no-call",
        COLON + "HER2 IHC (4B5): 2+ (moderate basolateral staining) in ~60% of tumor cells.\n"
        "ISH to follow.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    (
        "near-miss-breast-2plus-equivocal",
        BREAST
        + "HER2 IHC: 2+ in 40% of cells.\nHER2 IHC interpretation: 2+ (equivocal); reflex ISH ordered.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    # 8. checkbox options end at the next label's line
    (
        "checkbox-options-then-ish-line",
        BREAST + " HER2 by IHC:\n     [ ] Negative (Score 0)\n     [ ] Negative (Score 1+)\n"
        "     [ ] Equivocal (Score 2+)\n     [x] Positive (Score 3+)\n HER2 ISH: [x] Not performed\n",
        {"status": "positive", "ihc": "3+"},
    ),
    (
        "near-miss-checkbox-two-marked",
        BREAST + " HER2 by IHC:\n     [x] Negative (Score 1+)\n     [x] Positive (Score 3+)\n",
        {"status": "not_found", "ihc": None},
    ),
    # 9. the sample whose result is definitive
    (
        "definitive-result-on-named-sample",
        BREAST + "On the core biopsy: HER2 IHC was scored 2+ (equivocal) but staining was confined to the\n"
        "crushed edge of the core.\n\nRepeat HER2 IHC on the lumpectomy (block A5, 4B5 clone):\n"
        "   Score 1+ -- faint, incomplete membrane staining in ~60% of invasive cells.\n\n"
        "COMMENT: the result on the lumpectomy\n(HER2 1+, negative) should be regarded as the "
        "definitive HER2 status of this tumor.\n",
        {"status": "negative", "ihc": "1+"},
    ),
    # 10. a clinical-details line after treatment is history
    (
        "clinical-line-restated-only",
        "CLINICAL: Left breast IDC, HER2+, s/p neoadjuvant TCHP. Mastectomy.\n\n"
        "FINAL DIAGNOSIS: Residual invasive ductal carcinoma, 0.4 cm, with treatment effect.\n\n"
        "BIOMARKERS:\n HER2 was not repeated on the residual tumor. Pre-treatment core biopsy:\n"
        " ER negative, PR negative, HER2 IHC 3+ (positive).\n",
        # not repeated after treatment: no result for the residual tumour (session 9's
        # convention, facts.md §11; was positive/3+ before)
        {"status": "not_found", "ihc": None},
    ),
    (
        "clinical-details-ratio-stays-earlier",
        "Clinical details: Left breast cancer. Core biopsy March 2026 HER2 2+,\n"
        "FISH amplified (ratio 2.2). Neoadjuvant EC then docetaxel + trastuzumab.\n\n"
        "Receptor status on residual tumour (block 7):\n  HER2 IHC  3+  (~90% of residual cells)\n",
        {"status": "positive", "ihc": "3+", "ish": None, "ratio": None},
    ),
    (
        "near-miss-residual-result-decides",
        "CLINICAL: Left breast IDC, HER2 IHC 3+, s/p neoadjuvant TCHP.\n\n"
        "Residual tumour (block A4): HER2 IHC 1+ (negative).\n",
        {"status": "negative", "ihc": "1+"},
    ),
    # 11. numbers
    (
        "ratio-measured-after-cutoff",
        BREAST + "HER2 immunostaining shows a score of two plus. The FISH study shows a HER2 to "
        "chromosome 17 ratio greater than 2.0 (>2.0), measured at 2.7; this is interpreted as amplified.\n",
        {"status": "positive", "ratio": 2.7},
    ),
    (
        "near-miss-cutoff-legend-no-measured-value",
        BREAST + "A HER2/CEP17 ratio greater than 2.0 (>2.0) is interpreted as amplified.\n",
        {"status": "not_found", "ratio": None},
    ),
    (
        "withdrawn-ratio-not-taken",
        BREAST + "Manual recount of 40 nuclei:\n   HER2/CEP17 ratio ............ 1.7\n"
        "   Average HER2 signals/cell ... 4.4\n   Concurrent IHC .............. 2+\n"
        "FINAL (corrected) ISH INTERPRETATION: NEGATIVE — HER2 not amplified.\n"
        'The previously issued result ("amplified", ratio 2.1, average HER2 5.0) is withdrawn and should '
        "not be used.\n",
        {"status": "negative", "ish": "not_amplified", "ratio": 1.7},
    ),
    (
        "numbers-of-one-count",
        BREAST + "Result summary:\n  HER2/CEP17 ratio 1.8, average HER2 copy number 6.3 signals/nucleus,\n"
        "  average CEP17 3.5 signals/nucleus (60 nuclei).\n\nConcurrent IHC (4B5): score 2+. A recount by a "
        "second reader confirmed Group 3 values (ratio 1.9).\n\n"
        "FINAL INTERPRETATION: HER2 POSITIVE (amplified) based on ISH Group 3 with concurrent IHC 2+.\n",
        {"status": "positive", "ratio": 1.8, "mean": 6.3},
    ),
    (
        "heterogeneous-amplified-population-numbers",
        BREAST + "Population 1 (clustered area, est. 30% of invasive tumor):\n"
        "    HER2/CEP17 ratio 3.4; mean HER2 7.9 signals/cell; mean CEP17 2.3 (20 cells)\n"
        "Population 2 (remaining tumor, ~70%):\n"
        "    HER2/CEP17 ratio 1.3; mean HER2 2.6 signals/cell; mean CEP17 2.0 (40 cells)\n\n"
        "Whole-tumor (random) count would yield ratio 1.9 / mean HER2 4.2 and is NOT used\n"
        "for interpretation.\n\nINTERPRETATION: HER2 AMPLIFIED (POSITIVE), with genetic heterogeneity.\n",
        {"status": "positive", "ratio": 3.4, "mean": 7.9},
    ),
    (
        "near-miss-two-tumours-amplified-one-shown",
        BREAST + "Tumour A (12:00): HER2/CEP17 ratio 1.2, mean HER2 2.4 signals per cell.\n\n"
        "Tumour B (3:00): HER2/CEP17 ratio 4.5, mean HER2 9.8 signals per cell.\n\n"
        "FINAL: HER2 AMPLIFIED.\n",
        {"status": "positive", "ratio": 4.5},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HER2_CASES], ids=[c[0] for c in HER2_CASES])
def test_her2_phrase_families(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


@pytest.mark.parametrize("cut", range(1, 8))
def test_ocr_word_repair_never_joins_a_word_cut_by_its_window(cut: int) -> None:
    """The window of OCR repairs after one HER2 name may end inside a result word, and the next
    name's window start there: the rest of the word ("mplified") is no damaged word to repair
    (before the fix "interpreted as amplified" became "as aamplified" and read as no result)."""
    from her2cli.findings.ocr_words import WINDOW_AFTER_NAME, repair_ocr_words
    from her2cli.normalize import normalize
    from her2cli.rules import compiled

    head = "HER2 immunostaining. HER2 test "
    filler = "x " * ((len("HER2") + WINDOW_AFTER_NAME - cut - len(head)) // 2)
    text = head + filler + "amplified.\n"
    repaired = repair_ocr_words(normalize(text), compiled().her2)
    assert repaired.text == normalize(text).text
