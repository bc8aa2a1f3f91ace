"""The phrase families of facts.md §8 as a specification: a report snippet in, a status out.

Each case is a short report in the words labs use; the ids name the phrase family.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text
from her2cli.findings.ocr_fax import repair_fax_confusions
from her2cli.normalize import normalize

BREAST = "Breast, left, core biopsy: invasive ductal carcinoma.\n"
COLON = "Colon, sigmoid, resection: invasive adenocarcinoma.\n"
STOMACH = "Stomach, antrum, biopsy: adenocarcinoma, intestinal type.\n"
OVARY = "Ovary, right, salpingo-oophorectomy: high-grade serous carcinoma.\n"

CASES = [
    # --- IHC score spellings (facts.md §8.1)
    ("ihc-3plus", BREAST + "HER2 (4B5): Positive (3+)", "positive", {"ihc": "3+"}),
    ("ihc-3-space-plus", BREAST + "HER2/neu by IHC: 3 + (positive)", "positive", {"ihc": "3+"}),
    (
        "ihc-plus3",
        BREAST + "HER-2/neu immunostain: +3, strong complete membranous staining",
        "positive",
        {"ihc": "3+"},
    ),
    ("ihc-score-word", BREAST + "HER2 IHC score 3, positive", "positive", {"ihc": "3+"}),
    (
        "ihc-score-equals",
        BREAST + "HER2 protein stained with HercepTest. Negative reaction in invasive cells (Score = 1+).",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "ihc-2plus-equivocal",
        BREAST + "HER2 (4B5): 2+ equivocal. Reflex ISH to follow.",
        "equivocal",
        {"ihc": "2+"},
    ),
    ("ihc-0", BREAST + "HER2/neu: Negative (0)", "negative", {"ihc": "0"}),
    ("ihc-range-0-1", BREAST + "HER2/NEU: zero or 1+", "negative", {"ihc": None}),
    ("ihc-range-1-2", BREAST + "HER2 IHC: 1-2+", "equivocal", {"ihc": None}),
    (
        "ihc-scale",
        BREAST + "HER2 (CB11): the staining intensity of this carcinoma was 1 on a scale of 0-3.",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "ihc-table-cells-split",
        BREAST + "HER2 (4B5)\nVentana PATHWAY\n3+\nStrong complete membrane staining\nPositive\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "ihc-lowercase",
        BREAST + "her2/neu ihc: 2+ (equivocal); fish: her2/cep17 ratio 1.3, not amplified",
        "negative",
        {"ihc": "2+"},
    ),
    (
        "ihc-c-erbB-2",
        STOMACH + "c-erbB-2 immunohistochemistry: score 3+ (positive) in 40% of tumor cells",
        "positive",
        {"ihc": "3+"},
    ),
    # --- ISH (facts.md §8.2)
    (
        "ish-amplified-ratio",
        BREAST
        + "HER2 IHC 2+. FISH: HER2/CEP17 ratio 2.6; average HER2 copy number 5.8 signals/cell. AMPLIFIED.",
        "positive",
        {"ratio": 2.6},
    ),
    (
        "ish-not-amplified",
        BREAST + "HER2 IHC 2+ (equivocal). HER2 FISH: NOT AMPLIFIED (ratio 1.2).",
        "negative",
        {"ratio": 1.2},
    ),
    ("ish-non-amplified", BREAST + "Her2/neu (FISH): Non-amplified (1.04)", "negative", {"ratio": 1.04}),
    (
        "ish-no-amplification",
        BREAST + "No amplification for HER2/neu is demonstrated by FISH.",
        "negative",
        {},
    ),
    ("ish-sish", STOMACH + "HER2 IHC 2+. SISH: HER2/CEP17 ratio 3.1, amplified.", "positive", {"ratio": 3.1}),
    (
        "ish-legend-not-result",
        BREAST
        + "HER2 FISH interpretation: ratio less than 2.0 is not amplified; ratio 2.0 or greater is amplified.",
        "not_found",
        {},
    ),
    (
        "ish-threshold-not-ratio",
        BREAST + "HER2 FISH: Not amplified (HER2 gene copy <4.0 or ratio < 1.8).",
        "negative",
        {"ratio": None},
    ),
    # --- NGS and ctDNA (facts.md §7, §8.3, §8.5)
    (
        "ngs-amp-cn",
        COLON + "Genomic findings (NGS): ERBB2 amplification (CN=24). KRAS wild-type.",
        "positive",
        {"ngs": "amplified"},
    ),
    (
        "ngs-no-amp",
        COLON + "Next-generation sequencing: No ERBB2 amplification detected. KRAS G12D detected.",
        "negative",
        {"ngs": "not_amplified"},
    ),
    (
        "ngs-equivocal",
        COLON + "FoundationOne CDx. Genomic alterations: ERBB2 amplification - equivocal. KRAS G12D.",
        "equivocal",
        {"ngs": "equivocal"},
    ),
    (
        "ctdna-not-detected",
        COLON + "Guardant360 (cfDNA) liquid biopsy. ERBB2 amplification: Not detected.",
        "not_found",
        {"ngs": None},  # a blood "not detected" gives no amplification value (facts.md §7/§10)
    ),
    (
        "ctdna-amplified",
        COLON + "Guardant360 cell-free DNA: ERBB2 amplification detected, plasma copy number 2.6.",
        "positive",
        {"ngs": "amplified"},
    ),
    (
        "mutation-only",
        COLON + "NGS panel: ERBB2 S310F (VAF 12%). Tumor mutational burden: 6 mut/Mb.",
        "not_found",
        {},
    ),
    # --- negation and scope (facts.md §8.6)
    (
        "negation-negative-for",
        BREAST + "The tumor cells are positive for ER and PR, and negative for HER2.",
        "negative",
        {},
    ),
    (
        "negation-overexpression",
        BREAST + "The tumor does not show overexpression of HER-2/neu.",
        "negative",
        {},
    ),
    (
        "scope-er-positive",
        BREAST + "ER: positive (90%). PR: positive. HER2: negative (1+).",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "ngs-gain-high-cn",
        COLON + "Tempus xT tissue sequencing. ERBB2 copy number gain (CN 11).",
        "positive",
        {"ngs": "amplified"},
    ),
    (
        "ngs-gain-low-cn",
        COLON + "Tissue NGS panel: ERBB2 copy number gain (CN 4).",
        "equivocal",
        {"ngs": "equivocal"},
    ),
    ("call-not-identified", BREAST + "Her-2/neu overexpression: Not identified.", "negative", {}),
    ("negation-no-her2-overexpression", BREAST + "There is no HER2 overexpression.", "negative", {}),
    ("shorthand-minus", BREAST + "Receptor status: ER+, PR+, HER2-.", "negative", {}),
    ("shorthand-plus", BREAST + "Receptor status: ER-/PR-/HER2+.", "positive", {}),
    (
        "ish-evidence-of-amplification",
        BREAST + "FISH shows evidence of HER2 gene amplification.",
        "positive",
        {},
    ),
    (
        "ish-ratio-after-semicolon",
        BREAST + "HER2 by FISH: POSITIVE (amplified); HER2/CEP17 ratio = 4.2",
        "positive",
        {"ratio": 4.2},
    ),
    (
        "ish-consistent-with-no",
        BREAST + "HER2/CEP17 ratio 1.1, consistent with no. amplification of the HER2 gene.",
        "negative",
        {"ratio": 1.1},
    ),
    ("ihc-0-in-parentheses", BREAST + "HER2: negative (IHC 0).", "negative", {}),
    # --- traps (facts.md §8.10)
    (
        "trap-history-other-cancer",
        COLON + "Clinical history: history of HER2-positive breast cancer treated in 2015.",
        "not_found",
        {},
    ),
    (
        "trap-pending",
        BREAST + "HER2 immunohistochemistry is pending and will be reported in an addendum.",
        "not_found",
        {},
    ),
    ("trap-ordered", BREAST + "Her-2/NEU has been ordered on block A3.", "not_found", {}),
    ("trap-recommended", COLON + "HER2 testing is recommended if clinically indicated.", "not_found", {}),
    ("trap-see-separate", BREAST + "HER2 results: see separate report.", "not_found", {}),
    (
        "trap-gene-list",
        COLON + "Genes tested: AKT1 ALK BRAF EGFR ERBB2 ERBB3 KRAS MET NRAS PIK3CA",
        "not_found",
        {},
    ),
    ("trap-enriched", BREAST + "Molecular subtype (PAM50): HER2-enriched.", "not_found", {}),
    (
        "trap-drug",
        COLON + "Trastuzumab and other anti-HER2 therapies are discussed in the literature.",
        "not_found",
        {},
    ),
    ("trap-control", BREAST + "HER2: external positive control tissue shows 3+ staining.", "not_found", {}),
    ("trap-legend", BREAST + "HER2 scoring: 0 and 1+ negative; 2+ equivocal; 3+ positive.", "not_found", {}),
    ("trap-blank-form", COLON + "Her-2/neu  o Negative  o Positive", "not_found", {}),
    ("trap-gleason", "Prostate adenocarcinoma, Gleason score 3+4=7. HER2 not performed.", "not_found", {}),
    (
        "trap-criteria-sentence",
        COLON
        + "HER2 (4B5) | Ventana | 1+ | Negative\nHER2 testing in colorectal carcinoma follows the HERACLES criteria: IHC 3+ in at least 50% of tumor cells, or IHC 2+ with HER2 gene amplification by in situ hybridization (HER2/CEP17 ratio 2.0 or more in at least 50% of cells).\n",
        "negative",
        {"ihc": "1+", "ratio": None},
    ),
    (
        "trap-rule-in-parentheses",
        COLON + "HER2 (4B5): 1+, negative (HERACLES: positive when 3+ in >= 50% of cells).",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "trap-rule-after-colon",
        COLON + "HER2 IHC: 0 (negative); per ASCO criteria 3+ would be positive.",
        "negative",
        {"ihc": "0"},
    ),
    (
        "two-results-not-a-rule",
        COLON + "HER2 IHC 1+ on the biopsy (HercepTest); HER2 IHC on the resection (4B5): 3+ (positive).",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "trap-considered-borderline",
        BREAST
        + "HER2 (CB11): staining intensity 0 on a scale of 0-3. Those with a staining intensity score of 2 are considered borderline.",
        "negative",
        {"ihc": "0"},
    ),
    (
        "trap-gene-interpretation",
        COLON
        + "Tissue NGS report. GENE INTERPRETATION: ERBB2 encodes the receptor tyrosine kinase HER2. ERBB2 amplification has been observed in approximately 3% of colorectal cancers and is associated with response to HER2-targeted therapies such as trastuzumab.",
        "not_found",
        {},
    ),
    (
        "ngs-labelled-finding",
        COLON + "Tissue NGS report. Genomic findings: ERBB2 amplification. KRAS wild-type.",
        "positive",
        {"ngs": "amplified"},
    ),
    (
        "trap-her2-adjective-of-other-cancer",
        COLON + "Patient with HER2+ breast cancer, now with a colon mass. KRAS wild-type.",
        "not_found",
        {},
    ),
    (
        "own-result-after-other-cancer",
        COLON + "Prior ER+/HER2-positive breast carcinoma (2015). HER2 IHC on this tumor: 1+ (negative).",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "ocr-full-stop-after-preposition",
        BREAST + "Immunostains show the tumor cells to be NEGATIVE FOR. HER2.",
        "negative",
        {},
    ),
    ("ish-colon-ratio", BREAST + "HER2 FISH: HER2:CEP17 = 1.23, not amplified.", "negative", {"ratio": 1.23}),
    # --- another cancer named in the sentence before: "That tumor was ..." points back at it
    (
        "anaphor-that-tumor-other-cancer",
        OVARY
        + "Left breast ductal carcinoma excised in 2011. That tumor was reported to be weakly positive for estrogen receptor and negative for HER2/neu overexpression.",
        "not_found",
        {},
    ),
    (
        "anaphor-earlier-tumor-next-line",
        COLON
        + "The patient had a right breast carcinoma in 2016.\nThe earlier tumor was HER2 3+ (positive).",
        "not_found",
        {},
    ),
    (
        "anaphor-original-tumor",
        STOMACH
        + "She underwent a left lumpectomy for ductal carcinoma in 2012.\nThe original tumor was HER2 positive (3+).",
        "not_found",
        {},
    ),
    (
        "anaphor-that-carcinoma-outside-report",
        OVARY
        + "Comment: The patient's breast carcinoma was resected in 2009. That carcinoma was negative for HER2 (score 1+), per outside report.",
        "not_found",
        {},
    ),
    (
        "nm-anaphor-same-cancer",
        BREAST
        + "A 2.1 cm invasive ductal carcinoma is present in the upper outer quadrant. That tumor is HER2 negative (1+).",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "nm-anaphor-no-site-before",
        BREAST + "Lymph node, axillary: metastatic carcinoma. That tumor was HER2 3+ (positive).",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "nm-anaphor-same-site-earlier-specimen",
        COLON + "Sigmoid colon adenocarcinoma was resected in 2023. That tumor was HER2 1+ (negative).",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "nm-anaphor-after-the-result",
        OVARY + "HER2 (4B5) on the ovarian tumor: 1+, negative. Those tumors are rarely HER2 positive.",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "nm-other-cancer-then-own-result",
        OVARY + "Prior breast carcinoma. HER2 IHC on the ovarian tumor: 0 (negative).",
        "negative",
        {"ihc": "0"},
    ),
    # --- layouts: column tables (HER2 as a column header, values in later rows), tab-separated
    # label/value rows, a value on the line after its label (issue 11, family 8)
    (
        "col-tab-header",
        BREAST + "Marker\tER\tPR\tHER2\tKi-67\nResult\tPositive\tPositive\t3+\t20%\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "col-tab-header-score-only",
        BREAST + "Block\tER\tPR\tHER2\tKi-67\nA2\t95%\t80%\t1+\t10%\n",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "col-tab-call-row-below",
        BREAST + "Block\tER (SP1)\tPR (1E2)\tHER2 (4B5)\nA2\t95%\t80%\t2+\n\tPositive\tPositive\tEquivocal\n",
        "equivocal",
        {"ihc": "2+"},
    ),
    (
        "col-tab-empty-fields-bare-score",
        BREAST + "Block\tER\tPR\tHER2\tKi-67\nA1\t90%\t\t0\t\n",
        "negative",
        {"ihc": "0"},
    ),
    (
        "col-tab-method-and-result-rows",
        STOMACH
        + "Biomarker\tMMR\tPD-L1 CPS\tHER2\nMethod\tIHC\tIHC (22C3)\tIHC (4B5)\nResult\tIntact\t5\t3+ (positive)\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "col-tab-two-blocks-highest",
        BREAST + "Block\tER\tHER2\nA1\t90%\t1+\nB2\t85%\t3+\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "col-space-header",
        BREAST
        + "            ER          PR          HER2        Ki-67\nResult      Positive    Negative    3+          40%\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "col-space-two-blocks-highest",
        BREAST + "Block    ER      HER2\nA1       90%     1+\nB2       85%     3+\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "col-space-ish-ratio-column",
        BREAST
        + "HER2 FISH\nProbe            HER2     CEP17    Ratio\nSignals/cell     2.1      1.9      1.1\n",
        "negative",
        {"ratio": 1.1},
    ),
    (
        "col-space-ish-ratio-column-amplified",
        BREAST
        + "HER2 FISH\nProbe            HER2     CEP17    Ratio\nSignals/cell     8.8      2.0      4.4\n",
        "positive",
        {"ratio": 4.4},
    ),
    (
        "col-tab-ish-ratio-column",
        BREAST
        + "HER2 FISH (PathVysion)\nProbe\tHER2\tCEP17\tHER2/CEP17 ratio\nMean signals/cell\t4.4\t2.0\t2.2\n",
        "positive",
        {"ratio": 2.2},
    ),
    (
        "row-tab-label-value",
        BREAST + "HER2 (IHC)\t2+ (equivocal)\nHER2 FISH\tNot amplified\tHER2/CEP17 ratio 1.4\n",
        "negative",
        {"ihc": "2+", "ratio": 1.4},
    ),
    ("row-tab-label-blank-fields-value", BREAST + "HER2\t\t\tPositive (3+)\n", "positive", {"ihc": "3+"}),
    (
        "row-tab-ish-label-value",
        BREAST + "HER2/CEP17 ratio\t1.3\nHER2 signals/cell\t2.6\nInterpretation\tNot amplified\n",
        "negative",
        {"ratio": 1.3},
    ),
    ("next-line-value", BREAST + "HER2 status\n    Positive (3+)\n", "positive", {"ihc": "3+"}),
    ("next-line-value-after-tabs", BREAST + "HER2/neu (4B5):\n\t\t1+\n", "negative", {"ihc": "1+"}),
    ("next-line-row-of-tabs", BREAST + "HER2 (IHC)\n\t3+\tPositive\n", "positive", {"ihc": "3+"}),
    (
        "nm-col-tests-ordered-rows",
        BREAST + "Tests ordered\tStatus\nER\tCompleted\nPR\tCompleted\nHER2 IHC\tOrdered\n",
        "not_found",
        {},
    ),
    (
        "nm-col-tests-ordered-columns",
        BREAST
        + "Test ordered   ER          PR          HER2\nStatus         Resulted    Resulted    Pending\n",
        "not_found",
        {},
    ),
    (
        "nm-col-tests-ordered-dates",
        BREAST + "Tests ordered\tER\tPR\tHER2\tKi-67\nDate\t03/02\t03/02\t03/02\t03/02\n",
        "not_found",
        {},
    ),
    (
        "nm-col-in-progress",
        BREAST + "Test\tER\tPR\tHER2\nStatus\tResulted\tResulted\tIn progress\n",
        "not_found",
        {},
    ),
    (
        "nm-col-not-performed",
        BREAST + "Block\tER\tPR\tHER2\nA1\tPositive\tPositive\tNot performed\n",
        "not_found",
        {},
    ),
    ("nm-col-ratio-blank", BREAST + "Probe\tHER2\tCEP17\tRatio\nSignals/cell\t\t\t\n", "not_found", {}),
    (
        "nm-key-rows-tabs",
        BREAST
        + "HER2 IHC scoring key\nScore\tInterpretation\n0\tNegative\n1+\tNegative\n2+\tEquivocal\n3+\tPositive\n",
        "not_found",
        {},
    ),
    (
        "nm-key-score-columns",
        BREAST
        + "HER2 score    0           1+          2+          3+\nMeaning       Negative    Negative    Equivocal   Positive\n",
        "not_found",
        {},
    ),
    (
        "nm-key-scores-as-row-labels",
        BREAST
        + "Score\tStaining pattern\tHER2 call\n0\tNo staining\tNegative\n1+\tFaint, incomplete\tNegative\n2+\tWeak to moderate complete\tEquivocal\n3+\tStrong complete\tPositive\n",
        "not_found",
        {},
    ),
    (
        "nm-key-calls-down-column",
        BREAST
        + "Result      ER          PR          HER2\nCategory    Positive    Negative    Equivocal\n            Negative    Positive    Positive\n            Low         Low         Negative\n",
        "not_found",
        {},
    ),
    (
        "nm-gene-list-tab-rows",
        COLON + "Genes analyzed\nAKT1\tALK\tBRAF\tEGFR\nERBB2\tKRAS\tMET\tNRAS\nPIK3CA\tPTEN\tRET\tROS1\n",
        "not_found",
        {},
    ),
    (
        "nm-gene-list-header-row",
        COLON + "Gene\tKRAS\tNRAS\tBRAF\tERBB2\tPIK3CA\nTested\tYes\tYes\tYes\tYes\tYes\n",
        "not_found",
        {},
    ),
    (
        "nm-gene-column-mutation-row",
        COLON + "Gene\tKRAS\tNRAS\tERBB2\nResult\tG12D\tNot detected\tNo mutation detected\n",
        "not_found",
        {},
    ),
    (
        "nm-gene-column-copy-number-2",
        COLON + "Gene\tKRAS\tNRAS\tERBB2\nCopy number\t2\t2\t2\n",
        "not_found",
        {},
    ),
    # --- blind set 2 families: an amended report's original kept for the record, a stain the
    # report says failed, a control's score on its own line, chromosome 17 is not a ratio, a
    # breast ratio without the mean copy number or the lab's words, faxed letter/digit look-alikes
    (
        "superseded-original-kept-below",
        BREAST
        + "AMENDED REPORT\nAMENDMENT: the HER2 result was transcribed incorrectly. CORRECTED RESULT: HER2 IHC: 0, negative.\n\nORIGINAL REPORT (05/01/2026), retained for the record:\nER: positive (90%).\nHER2 IHC: 3+, positive.\n",
        "negative",
        {"ihc": "0"},
    ),
    (
        "superseded-as-originally-issued",
        BREAST
        + "Corrected report: HER2 (4B5) 1+, negative; supersedes the earlier result.\nReport as originally issued:\nHER2 (4B5): 2+, equivocal.\n",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "nm-superseded-header-without-amendment",
        BREAST + "Original report, retained for the record:\nHER2 (4B5): 3+, positive.\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "nm-superseded-then-addendum",
        BREAST
        + "Revised report.\nORIGINAL REPORT (retained for the record):\nHER2: pending.\n\nADDENDUM\nHER2 (4B5): 2+. HER2 FISH: amplified, HER2/CEP17 ratio 3.1.\n",
        "positive",
        {"ratio": 3.1},
    ),
    (
        "failed-see-comment",
        BREAST
        + "Biomarkers:\n  ER: negative (0%)\n  HER2 IHC: 3+ (see comment)\nCOMMENT: The HER2 immunostain on block A1 is not interpretable (edge artifact); the value above should be disregarded. HER2 will be repeated on block A2.\n",
        "not_found",
        {},
    ),
    (
        "failed-could-not-be-interpreted",
        BREAST + "HER2 (4B5): could not be interpreted due to poor fixation.",
        "not_found",
        {},
    ),
    (
        "nm-failed-see-comment-pending-fish",
        BREAST + "HER2 IHC: 2+ (see comment)\nComment: HER2 FISH has been sent out; results to follow.\n",
        "equivocal",
        {},
    ),
    (
        "nm-failed-then-repeat",
        BREAST
        + "HER2 IHC on block A1 could not be interpreted.\nRepeat on block A2: HER2 (4B5) 3+, positive.\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "nm-failed-controls-fine",
        BREAST + "HER2 IHC: 3+, positive. Controls performed appropriately.",
        "positive",
        {},
    ),
    (
        "control-line-abbreviated",
        STOMACH + "HER2 IHC (4B5): 1+ (negative).\nExt. control (gastric ca 3+): stained appropriately.\n",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "nm-control-line-fine",
        STOMACH + "HER2 IHC (4B5): 3+ (positive).\nExt. control: stained appropriately.\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "ish-monosomy-17-not-a-ratio",
        BREAST
        + "HER2 FISH: mean HER2 3.2 signals per cell; ratio elevation attributed to monosomy 17; HER2/CEP17 ratio 2.3; ASCO/CAP group 2.\n",
        "equivocal",
        {"ratio": 2.3},
    ),
    ("ish-ratio-alone-breast", BREAST + "HER2 FISH: HER2/CEP17 ratio 2.4.", "equivocal", {"ratio": 2.4}),
    (
        "nm-ish-high-ratio-alone-breast",
        BREAST + "HER2 FISH: HER2/CEP17 ratio 6.2.",
        "positive",
        {"ratio": 6.2},
    ),
    (
        "nm-ish-ratio-and-mean-breast",
        BREAST + "HER2 FISH: HER2/CEP17 ratio 2.4; mean HER2 copy number 5.1 signals per cell.",
        "positive",
        {"ratio": 2.4},
    ),
    ("nm-ish-ratio-and-word-breast", BREAST + "HER2 FISH: HER2/CEP17 ratio 2.4, amplified.", "positive", {}),
    (
        "ish-named-group-unknown-type",
        "HER2 ISH RESULT\nHER2/CEP17 ratio: 2.3\nASCO/CAP group 2\n",
        "equivocal",
        {"ratio": 2.3},
    ),
    ("nm-ish-ratio-alone-gastric", STOMACH + "HER2 SISH: HER2/CEP17 ratio 2.4.", "positive", {}),
    (
        "col-ish-table-group-2",
        BREAST
        + "HER2 FISH\nProbe            HER2     CEP17    Ratio\nSignals/cell     3.1      1.4      2.2\n",
        "equivocal",
        {"ratio": 2.2},
    ),
    (
        "fax-control-and-zero",
        STOMACH
        + "HER2 lHC (gastric criteria):  0  (n0 membran0us staining identified in tum0r ce11s). NEGATlVE.\nExt. c0ntr0l (gastric ca 3+): stained appr0priate1y.\n",
        "negative",
        {"ihc": "0"},
    ),
    (
        "fax-not-amplified",
        BREAST
        + "HER2 by FlSH (dual pr0be):  N0T AMPLlFlED\n  HER2/CEP17 rati0 : 1.l\n  Mean HER2 c0py number : 2.3\n  Ce1ls c0unted : 20\n",
        "negative",
        {"ratio": 1.1},
    ),
    (
        "fax-pending",
        BREAST + "ER: P0S (70%)   PR: P0S (20%)\nHER2: PENDlNG - see addendum t0 f0ll0w\n",
        "not_found",
        {},
    ),
    # --- blind set 2: checkbox forms (one marked box is the result), a blank field with its
    # options printed, a negative the report says the tumor content cannot rule out
    (
        "checkbox-marked-3plus",
        BREAST
        + "HER2 (ERBB2) by Immunohistochemistry\n  [ ] Negative (Score 0)\n  [ ] Negative (Score 1+)\n  [ ] Equivocal (Score 2+)\n  [x] Positive (Score 3+)\n  [ ] Cannot be determined\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "checkbox-marked-1plus-paren",
        BREAST
        + "HER2 (ERBB2) IHC\n   ( ) Negative (Score 0)\n   (X) Negative (Score 1+)\n   ( ) Equivocal (Score 2+)\n   ( ) Positive (Score 3+)\n",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "checkbox-first-box-on-next-line",
        BREAST
        + "HER2 (ERBB2) by immuno-\nhistochemistry:  [ ] Negative (Score 0)\n                 [X] Negative (Score 1+)\n                 [ ] Positive (Score 3+)\n",
        "negative",
        {"ihc": "1+"},
    ),
    (
        "checkbox-inline-row",
        COLON
        + "HER2 IHC | [ ] 0  [ ] 1+  [ ] 2+  [x] 3+ | clone 4B5\nHER2 interpretation | POSITIVE (3+ in >=50% of tumor cells) |\n",
        "positive",
        {"ihc": "3+"},
    ),
    (
        "checkbox-ish-marked",
        BREAST
        + "HER2 IHC: 2+ (equivocal).\nHER2 by ISH:  [ ] Negative (not amplified)  [x] Positive (amplified)\n",
        "positive",
        {"ihc": "2+"},
    ),
    (
        "nm-checkbox-blank-form",
        BREAST
        + "HER2 (ERBB2) by Immunohistochemistry\n  [ ] Negative (Score 0)\n  [ ] Negative (Score 1+)\n  [ ] Equivocal (Score 2+)\n  [ ] Positive (Score 3+)\n",
        "not_found",
        {},
    ),
    (
        "nm-checkbox-two-marked",
        BREAST
        + "HER2 IHC\n  [x] Negative (Score 1+)\n  [ ] Equivocal (Score 2+)\n  [x] Positive (Score 3+)\n",
        "not_found",
        {},
    ),
    (
        "nm-checkbox-not-performed",
        BREAST + "HER2 by ISH:  [ ] Performed   [X] Not performed\n",
        "not_found",
        {},
    ),
    (
        "nm-checkbox-other-marker-below",
        BREAST + "HER2 IHC: 0, negative.\nER:  [x] Positive  [ ] Negative\n",
        "negative",
        {"ihc": "0"},
    ),
    (
        "nm-blank-field-options",
        BREAST
        + "HER2 (ERBB2) by in situ hybridization: ___\n    Options:  Negative (not amplified) / Positive (amplified) / Equivocal\n",
        "not_found",
        {},
    ),
    (
        "limited-negative-low-tumor-fraction",
        COLON
        + "Genomic profiling (tissue NGS).\nGenes with no reportable alterations: ERBB2 (no amplification or mutation detected at this tumor fraction; see limitations).\n",
        "not_found",
        {},
    ),
    (
        "nm-limited-amplified-still-counts",
        COLON
        + "Genomic profiling (tissue NGS): ERBB2 amplification detected (copy number 14) despite tumor content below the optimal 20%.\n",
        "positive",
        {"ngs": "amplified"},
    ),
    (
        "nm-limited-plain-negative",
        COLON + "Genomic profiling (tissue NGS): ERBB2: no amplification detected.\n",
        "negative",
        {"ngs": "not_amplified"},
    ),
    (
        "nm-control-in-next-sentence",
        STOMACH
        + "HER2 immunostain (4B5): no membranous reactivity in the tumor cells (score 0). The external positive control (gastric carcinoma, 3+) shows the expected staining.\n",
        "negative",
        {"ihc": "0"},
    ),
    # --- blind set 2: Spanish ISH words and decimal commas; a labelled result row after a bound
    (
        "es-ish-no-amplificado",
        BREAST
        + "HER2 (c-erbB-2): dudoso (2+).\nFISH, sonda dual HER2/CEP17:\n   Cociente HER2/CEP17: 1,3\n   Resultado: NO AMPLIFICADO.\n",
        "negative",
        {"ratio": 1.3},
    ),
    (
        "es-ish-amplificado",
        STOMACH
        + "HER2 IHQ (4B5): 2+ (dudoso).\nHibridación in situ (SISH dual): AMPLIFICADO.\n   Cociente HER2/CEP17: 4,8\n",
        "positive",
        {"ratio": 4.8},
    ),
    (
        "ish-decimal-comma",
        BREAST
        + "HER2 dual-colour ISH: mean HER2 signals per nucleus 4,9; HER2/CEN17 ratio: 2,3. Result: HER2 amplified.",
        "positive",
        {"ratio": 2.3},
    ),
    (
        "nm-ish-comma-between-numbers",
        BREAST + "HER2 FISH: not amplified, HER2/CEP17 ratio 1.3, 2 observers concordant.",
        "negative",
        {"ratio": 1.3},
    ),
    (
        "ish-bound-then-labelled-result",
        BREAST + "HER2 FISH:\n  ratio: >2.0\n  Impression: HER2 gene AMPLIFIED.\n",
        "positive",
        {"ratio": None},
    ),
    (
        "nm-ish-cutoff-rows",
        BREAST
        + "HER2 FISH interpretation:\n  HER2/CEP17 ratio >= 2.0: amplified\n  HER2/CEP17 ratio < 2.0: not amplified\n",
        "not_found",
        {},
    ),
    ("no-mention", COLON + "Margins negative. 0 of 14 lymph nodes involved (pN0).", "not_found", {}),
]


@pytest.mark.parametrize(("text", "status", "values"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_phrase(text: str, status: str, values: dict) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    if "ihc" in values:
        assert (result.ihc.score if result.ihc else None) == values["ihc"]
    if "ratio" in values:
        assert (result.ish.ratio if result.ish else None) == values["ratio"]
    if "ngs" in values:
        assert result.ngs is not None and result.ngs.amplification == values["ngs"]
    if status != "not_found":
        assert result.evidence, "a status must come with its evidence"


def test_mutation_is_never_positive() -> None:
    result = explain_text(COLON + "NGS: ERBB2 L755S mutation detected; exon 20 insertion absent.")
    assert result.status == "not_found"
    assert result.ngs is not None and "L755S" in result.ngs.mutations
    assert "mutation_not_positive" in result.warning_codes


def test_ctdna_not_detected_warns_to_test_tissue() -> None:
    result = explain_text(COLON + "Guardant360 liquid biopsy: ERBB2 amplification not detected.")
    assert result.ngs is not None and result.ngs.ctdna is True
    assert "ctdna_not_detected" in result.warning_codes


def test_breast_her2_low() -> None:
    low = explain_text(BREAST + "HER2 (4B5): 1+, negative (HER2-low).")
    assert (low.status, low.her2_low) == ("negative", True)
    zero = explain_text(BREAST + "HER2 (4B5): 0, negative.")
    assert (zero.status, zero.her2_low) == ("negative", False)
    low_ish = explain_text(BREAST + "HER2 IHC 2+. FISH not amplified, HER2/CEP17 ratio 1.3.")
    assert (low_ish.status, low_ish.her2_low) == ("negative", True)


def test_her2_low_is_breast_only() -> None:
    assert explain_text(COLON + "HER2 IHC: 1+ (negative).").her2_low is None


def test_two_specimens_highest_wins_with_warning() -> None:
    result = explain_text(BREAST + "Part A: HER2 (4B5): 1+ negative.\nPart B: HER2 (4B5): 3+ positive.")
    assert result.status == "positive"
    assert "conflict" in result.warning_codes


def test_addendum_revision_wins() -> None:
    text = (
        BREAST
        + "HER2 (4B5): 3+ positive.\n\nAMENDED REPORT\nCorrection: HER2 (4B5): 1+ negative; the earlier score was entered in error.\n"
    )
    assert explain_text(text).status == "negative"


def test_colorectal_ras_braf_and_mmr() -> None:
    result = explain_text(
        COLON
        + "KRAS, NRAS and BRAF: wild-type. Mismatch repair proteins: intact (pMMR). Microsatellite stable (MSS)."
    )
    assert result.related["kras"] == "wild-type"
    assert result.related["nras"] == "wild-type"
    assert result.related["braf"] == "wild-type"
    assert result.related["mmr"] == "proficient"
    assert result.related["msi"] == "MSS"


def test_kras_mutation_variant() -> None:
    result = explain_text(COLON + "KRAS p.G12D mutation detected. BRAF V600E: not detected.")
    assert result.related["kras"] == "mutant"
    assert result.related["kras_variant"] == "G12D"
    assert result.related["braf"] == "wild-type"


@pytest.mark.parametrize(
    ("text", "cancer"),
    [
        (COLON, "colorectal"),
        (BREAST, "breast"),
        (STOMACH, "gastric"),
        ("Gastroesophageal junction, biopsy: adenocarcinoma.\n", "gastric"),
        ("Esophagus, distal, esophagectomy: adenocarcinoma arising in Barrett esophagus.\n", "esophageal"),
        ("Lung, right upper lobe: adenocarcinoma.\n", "lung"),
        (
            "Clinical history: prior breast cancer.\nRectum, low anterior resection: adenocarcinoma.\n",
            "colorectal",
        ),
    ],
)
def test_cancer_type(text: str, cancer: str) -> None:
    assert explain_text(text).cancer_type == cancer


def test_ish_conflict_without_ratio_claims_nothing() -> None:
    result = explain_text(BREAST + "HER2 FISH (block A2): amplified.\nHER2 FISH (block B1): not amplified.\n")
    assert result.status == "equivocal"
    assert "conflict" in result.warning_codes


def test_ish_conflict_is_settled_by_the_measured_ratio() -> None:
    text = (
        BREAST + "HER2 FISH: not amplified.\nHER2 FISH (repeat, block B1): amplified, HER2/CEP17 ratio 3.1.\n"
    )
    result = explain_text(text)
    assert result.status == "positive"
    assert result.ish is not None and result.ish.ratio == 3.1


def test_fax_repair_leaves_codes_and_clean_text_alone() -> None:
    clean = "MLH1, PMS2 intact; CEP17; clone 4B5, SP1, 1E2; pT1cN0M0, ypN0; BRAF V600E; KRAS G12D; D17Z1; CB11; 10mm."
    assert repair_fax_confusions(normalize(clean)).text == clean  # no damage: nothing is touched
    damaged = "P0sitive c0ntr0l ce11s; " + clean
    assert repair_fax_confusions(normalize(damaged)).text == "Positive control cells; " + clean
