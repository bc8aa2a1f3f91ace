"""fix16 (session 16): devset18's and devset17's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status

Case = PhraseCase


BLADDER = "Urothelial carcinoma, TURBT block 2B.\n"
IHC_2 = "HER2 IHC (4B5): Score 2+ ; moderate complete membranous staining in 45% of cells.\n"
ISH_NEG = "HER2 FISH: HER2/CEP17 ratio 1.3; mean HER2 copy number 2.9. NOT AMPLIFIED.\n"

# --- A. a score ruled out with the test's name between: "(not IHC 3+)" ---------------------------
# devset18 b18-f07-03: "Summary: HER2 IHC 2+, ISH not amplified -> overall HER2 NEGATIVE (not IHC
# 3+)." read the ruled-out 3+ as a second score and the report positive (ihc.toml negated-score
# knew "(not 3+)" but not "(not IHC 3+)").
RULED_OUT: list[Case] = [
    (
        "not-ihc-in-brackets",
        BLADDER
        + IHC_2
        + ISH_NEG
        + "Summary: HER2 IHC 2+, ISH not amplified -> overall HER2 NEGATIVE (not IHC 3+).\n",
        "negative",
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
    (
        "not-her2-ihc",
        BLADDER
        + IHC_2
        + ISH_NEG
        + "Interpretation: HER2 2+, not HER2 IHC 3+; with FISH not amplified, NEGATIVE.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
    (
        "rather-than-ihc",
        BLADDER
        + IHC_2
        + ISH_NEG
        + "Comment: equivocal (2+) rather than IHC 3+; final HER2 status NEGATIVE.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
    (
        "not-an-ihc-score-of",
        BLADDER + IHC_2 + ISH_NEG + "Final: HER2 negative - the staining is not an IHC score of 3+.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
    (
        "spanish-no-ihq",
        BLADDER + "HER2 IHQ: 2+ (no IHQ 3+). FISH: no amplificado (cociente 1,3).\nHER2 NEGATIVO.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
]
RULED_OUT_NEAR: list[Case] = [
    # a test not done, then the score: the score stands
    (
        "fish-not-done-then-ihc",
        BLADDER + "HER2: FISH not done; IHC 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "not-amplified-then-ihc",
        BLADDER + "HER2 ISH not amplified; HER2 IHC 3+ in 90% of cells. POSITIVE.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    ("plain-three", BLADDER + "HER2 IHC (4B5): 3+ (positive).\n", "positive", {"ihc.score": "3+"}),
]

# --- B. a drug's bar in a later sentence: "HER2 NEGATIVE. T-DXd labelling applies to IHC 3+" -----
# devset18 b18-f07-03 (the same report): the mention's call "HER2 NEGATIVE" took the 3+ of the next
# sentence, a drug's label, as its score (findings/far_score.py in_therapy_sentence).
DRUG_BAR: list[Case] = [
    (
        "labelling-applies",
        BLADDER + "HER2 status: NEGATIVE. Tumor-agnostic T-DXd labelling applies to IHC 3+ tumors.\n",
        "negative",
        {"ihc": None},
    ),
    (
        "approved-for",
        BLADDER + "HER2 status: NEGATIVE. T-DXd is approved for IHC 3+ solid tumors.\n",
        "negative",
        {"ihc": None},
    ),
    (
        "eligibility-rests-on",
        BLADDER + "Overall HER2 NEGATIVE. Trastuzumab deruxtecan eligibility rests on IHC 3+.\n",
        "negative",
        {"ihc": None},
    ),
    (
        "indicated-in",
        BLADDER + "HER2: negative. Enhertu is indicated in IHC 3+ tumours.\n",
        "negative",
        {"ihc": None},
    ),
    (
        "label-covers",
        BLADDER + "HER2: negative. The tumour-agnostic label for T-DXd covers IHC 3+ disease.\n",
        "negative",
        {"ihc": None},
    ),
]
DRUG_BAR_NEAR: list[Case] = [
    # the drug named in the mention's own statement: the score after it is the tumour's
    (
        "eligibility-in-own-statement",
        "Gastric carcinoma.\nHER2 (trastuzumab eligibility): POSITIVE. Score 3+ in 60% of cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "drug-after-score",
        "Gastric carcinoma.\nHER2: positive. Score 3+ in 60% of cells; trastuzumab eligible.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "request-line-then-score",
        BLADDER
        + "HER2 testing requested for T-DXd eligibility\nIHC: 3+ (positive), strong complete staining "
        "in 90% of cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]

# --- C. a control's scores in a later clause of the HER2 name's line -------------------------------
# devset18 b18-f11-03: "Comment: HER2 null (score 0 ...). Internal controls are not" / "applicable
# for HER2; external controls (0, 1+, 3+) appropriate." read the controls' 3+ as the score of the
# "HER2" before the semicolon: an IHC 0 tumour read positive (findings/control_label.py
# in_later_control_clause).
CONTROL_CLAUSE: list[Case] = [
    (
        "external-controls-listed",
        "HER2 IHC: 0 (no staining).\nComment: Internal controls are not applicable for HER2; external controls "
        "(0, 1+, 3+) appropriate.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "wrapped-line",
        "HER2 IHC 0 (negative). Internal controls are not\napplicable for HER2; external controls (0, 1+, 3+) "
        "appropriate.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "positive-control-tissue",
        "HER2 IHC 1+ (negative)\nSlides reviewed for HER2; positive control tissue: 3+ breast carcinoma.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "external-control-stained",
        "HER2 IHC: 1+.\nQuality: no internal control for HER2; external control (3+) stained as expected.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "multitissue-block",
        "HER2 IHC: 0.\nStaining adequate for HER2; multitissue control block (0, 1+, 2+, 3+) appropriate.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
CONTROL_CLAUSE_NEAR: list[Case] = [
    # the value in the name's own statement, the control after it
    (
        "score-then-control-ok",
        "HER2 (4B5): 3+; external control appropriate.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "score-then-controls-listed",
        "HER2 (4B5): 3+; external controls (0, 1+, 3+) appropriate.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    ("score-then-positive-control", "HER2 IHC: 0; positive control 3+.\n", "negative", {"ihc.score": "0"}),
    (
        "controls-appropriate",
        "HER2: 3+; positive and negative controls appropriate.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]

# --- D. a line opening "No <words>" below an amplification row, about something else ---------------
# devset18 b18-f10-08: "ERBB2 — AMPLIFICATION, estimated copy number 22  (reportable)" over "No change
# to previously reported variants:" read the next line's "No" as the amplification's negation: an
# amplified colorectal tumour read HER2 negative (ish.toml amp-neg-after).
CRC_NGS = "Metastatic colorectal adenocarcinoma, NGS (tumor 45%).\n"
NO_LINE: list[Case] = [
    (
        "no-change-to-variants",
        CRC_NGS
        + "ERBB2 — AMPLIFICATION, estimated copy number 22  (reportable)\nNo change to previously reported "
        "variants:\nKRAS wild-type\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "no-other-alterations",
        CRC_NGS + "ERBB2 — AMPLIFICATION, estimated copy number 22\nNo other alterations detected.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "no-additional",
        CRC_NGS + "ERBB2 amplification (CN 18)\nNo additional reportable alterations.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "lowercase-no-other",
        CRC_NGS + "ERBB2 amplification\nno other copy-number changes\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]
NO_LINE_NEAR: list[Case] = [
    # the value of a label, or a bare "No" cell on the next line: still the negation
    (
        "label-then-no-evidence",
        CRC_NGS + "ERBB2 amplification:\nNo evidence of amplification (copy number 2.1).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    ("bare-no-below", CRC_NGS + "ERBB2 amplification, copy number 2.1\nNo\n", "negative", {}),
    ("no-cell-below-leader", CRC_NGS + "ERBB2 amplification ......\n   No (copy number 2)\n", "negative", {}),
    ("no-on-own-line", CRC_NGS + "ERBB2 amplification: no (copy number 2.0)\n", "negative", {}),
]


# --- E. a mutation set against amplification: "This is a mutation, not HER2 amplification" -------
# devset18 b18-f04-03: a lung panel with an ERBB2 exon 20 insertion, copy number not assessed, and
# "This is a mutation, not HER2 protein overexpression/amplification." read as NGS not amplified
# (HER2 negative where the report gives no amplification status; context.toml hypothetical-contrast).
LUNG_NGS = "Lung adenocarcinoma, targeted NGS.\nERBB2 exon 20 insertion (p.Y772_A775dup) detected.\nCopy number: not assessed.\n"
MUTATION_NOT_AMP: list[Case] = [
    (
        "mutation-not-overexpression-amplification",
        LUNG_NGS + "Comment: This is a mutation, not HER2 protein overexpression/amplification.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "mutation-not-her2-amplification",
        LUNG_NGS + "Comment: This is a mutation, not HER2 amplification.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "variant-and-not-an-amplification",
        LUNG_NGS + "Comment: an activating variant and not an amplification of ERBB2.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "point-mutation-not-erbb2-amplification",
        LUNG_NGS + "Note: ERBB2 point mutation, not ERBB2 amplification; HER2 IHC/ISH status unknown.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
]
MUTATION_NOT_AMP_NEAR: list[Case] = [
    (
        "amplification-not-detected",
        "Lung adenocarcinoma NGS.\nERBB2 exon 20 insertion detected.\nERBB2 amplification: not detected (copy number 2.0).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "mutation-not-amplified",
        "Lung adenocarcinoma NGS.\nERBB2 V777L mutation, not amplified (copy number 2.1).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]

# --- F. a history label with an aside before its colon: "Hx (from our file X):" ---------------------
# devset18 b18-f02-04: "Hx (from our file OH-S-21-0877): R breast IDC 2021, HER2 FISH amplified
# (HER2/CEP17 ratio 4.8, ...)" above the current recurrence's not-amplified FISH read the history's
# ratio as the ISH result (context.toml earlier-label knew "Hx:" but not an aside before the colon).
CURRENT = "Current specimen:\n HER2 IHC (4B5): 2+\n HER2 FISH: ratio 1.37, mean HER2 2.6/cell\n HER2 interpretation: NOT AMPLIFIED / NEGATIVE\n"
RECUR = "Chest wall recurrence of breast carcinoma.\n"
HISTORY_ASIDE: list[Case] = [
    (
        "hx-from-our-file",
        RECUR
        + "Hx (from our file OH-S-21-0877): R breast IDC 2021, HER2 FISH amplified (HER2/CEP17 ratio 4.8, mean HER2 9.6/cell), treated with TCHP.\n"
        + CURRENT,
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.37},
    ),
    (
        "clinical-history-per-referral",
        RECUR
        + "Clinical history (per referral letter): R breast IDC 2021, HER2 FISH amplified (HER2/CEP17 ratio 4.8).\n"
        + CURRENT,
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "pmh-year",
        RECUR + "PMH (2021): breast IDC, HER2 FISH amplified, ratio 4.8.\n" + CURRENT,
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "history-outside-report",
        RECUR + "History (outside report, 2021): HER2 FISH amplified (ratio 4.8).\n" + CURRENT,
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


# --- G. a status a negative blood test "does not exclude" -------------------------------------------
# devset17 b17-f05-07 (an OCR fax: "This d0es n0t exc1ude HER2-p0sitive disease"): the hedge gave a
# positive status statement; the fax repair reads the words, the statement rule did not know the
# hedge (statement.toml statement-negated-before). Plasma not detected is not_found.
PLASMA = (
    "Breast ca, metastatic.\nPLASMA cfDNA RESULTS:\n   ERBB2 amplification ...... NOT DETECTED\n"
    "   Tumor fraction ..... 1.1 % (low)\nCOMMENT: ERBB2 amplification was not detected in plasma. "
)
PLASMA_OCR = (
    " CAMBRIAN LIQU1D DX  -- fax --\n DIAGN0SIS:  Breast ca, metastatic (1iver)\n PLASMA cfDNA RESULTS:\n"
    "   ERBB2 amp1ification ...... N0T DETECTED\n   Tum0r fracti0n ........... 1.1 % (l0w)\n"
    " C0MMENT:  ERBB2 amplificati0n was n0t detected in p1asma. "
)
DOES_NOT_EXCLUDE: list[Case] = [
    (
        "does-not-exclude",
        PLASMA + "This does not exclude HER2-positive disease; low tumor fraction may limit sensitivity.\n",
        "not_found",
        {},
    ),
    ("does-not-rule-out", PLASMA + "This does not rule out HER2-positive disease.\n", "not_found", {}),
    (
        "does-not-preclude",
        PLASMA + "A negative plasma result does not preclude HER2-positive disease.\n",
        "not_found",
        {},
    ),
    ("cannot-exclude-a", PLASMA + "This result cannot exclude a HER2-positive tumour.\n", "not_found", {}),
    ("spanish-no-descarta", PLASMA + "El resultado no descarta enfermedad HER2 positiva.\n", "not_found", {}),
    (
        "ocr-d0es-n0t-exc1ude",
        PLASMA_OCR
        + "This d0es\n n0t exc1ude HER2-p0sitive disease; l0w tum0r fracti0n may limit\n sensitivity.\n",
        "not_found",
        {},
    ),
    ("ocr-r0le-0ut", PLASMA_OCR + "This d0es n0t ru1e 0ut HER2-p0sitive disease.\n", "not_found", {}),
]
DOES_NOT_EXCLUDE_NEAR: list[Case] = [
    # a tissue statement that is the result, and "excludes" in another sense
    (
        "tissue-positive-statement",
        "Breast carcinoma, core.\nHER2 status: POSITIVE (IHC 3+, strong complete staining in 90%).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "excludes-other-diagnosis",
        "Breast carcinoma, core.\nIHC excludes lymphoma. HER2 IHC: 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]

# --- H. a RAS/BRAF name in a methods section or a limit of detection ----------------------------------
# devset17 b17-f12-09 ("METHODS ... RAS/BRAF: real-time PCR covering KRAS/NRAS exons 2-4 and BRAF V600
# (LoD 1-5% mutant alleles)") and b17-f08-06 ("MÉTODOS ... BRAF V600E: PCR en tiempo real") read BRAF
# mutant for wild-type tumours (findings/related_generic.py outside_methods; document.toml mutant).
CRC = "Sigmoid adenocarcinoma. HER2 IHC 1+ (negative).\nKRAS wild-type. NRAS wild-type. BRAF V600E not detected.\n"
BRAF_METHODS: list[Case] = [
    (
        "methods-lod-mutant-alleles",
        CRC
        + "METHODS\n RAS/BRAF: real-time PCR covering KRAS/NRAS exons 2-4 and BRAF V600 (LoD 1-5% mutant alleles).\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
    (
        "metodos-pcr",
        CRC + "MÉTODOS\n BRAF V600E: PCR en tiempo real. KRAS/NRAS: NGS.\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
    (
        "methodology-idylla",
        CRC
        + "Methodology:\n BRAF V600E mutation testing by Idylla (limit of detection 5% mutant alleles).\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
    (
        "test-description-covers",
        CRC + "Test description\n The assay covers BRAF V600E/K and KRAS codons 12/13.\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
    (
        "note-lod-mutant-alleles",
        CRC + "Note: the assay covers BRAF V600 with a limit of detection of 5% mutant alleles.\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
]
BRAF_METHODS_NEAR: list[Case] = [
    (
        "result-after-methods",
        "Sigmoid adenocarcinoma. HER2 IHC 1+ (negative).\nMETHODS\n BRAF V600E by real-time PCR.\nRESULTS\n KRAS wild-type\n BRAF V600E: DETECTED\n",
        "negative",
        {"related.braf": "mutant"},
    ),
    (
        "kras-mutant",
        "Sigmoid adenocarcinoma. HER2 IHC 1+.\nKRAS: mutant (G12D)\nBRAF: wild-type\n",
        "negative",
        {"related.kras": "mutant", "related.braf": "wild-type"},
    ),
    (
        "mutant-reads",
        "Sigmoid adenocarcinoma. HER2 IHC 1+.\nBRAF: 40 mutant reads (VAF 2%)\n",
        "negative",
        {"related.braf": "mutant"},
    ),
]


# --- I. an MMR / MSI option after an empty checkbox -------------------------------------------------
# devset17 b17-f09-07: "MMR IHC: [X] proficient  [ ] deficient" read MMR deficient (the unticked
# option) for a proficient tumour (findings/related_generic.py result_names). An unread field is
# the safe side; a ticked option keeps its reading.
COLON = "Colon adenocarcinoma. HER2 IHC 1+ (negative).\n"
UNTICKED: list[Case] = [
    (
        "mmr-unticked-deficient",
        COLON + "MMR IHC: [X] proficient  [ ] deficient\n",
        "negative",
        {"related.mmr": None},
    ),
    (
        "mmr-empty-box-glyph",
        COLON + "MMR status: \u2612 proficient \u2610 deficient\n",
        "negative",
        {"related.mmr": None},
    ),
    (
        "mmr-radio",
        COLON + "Mismatch repair: ( ) deficient (X) proficient\n",
        "negative",
        {"related.mmr": None},
    ),
    ("msi-unticked-high", COLON + "MSI: [X] MSS  [ ] MSI-H\n", "negative", {"related.msi": "MSS"}),
    ("mmr-both-empty", COLON + "MMR IHC: [ ] proficient  [ ] deficient\n", "negative", {"related.mmr": None}),
]
UNTICKED_NEAR: list[Case] = [
    (
        "mmr-ticked-deficient",
        COLON + "MMR IHC: [ ] proficient  [X] deficient\n",
        "negative",
        {"related.mmr": "deficient"},
    ),
    (
        "mmr-plain-deficient",
        COLON + "MMR: deficient (loss of MLH1/PMS2)\n",
        "negative",
        {"related.mmr": "deficient"},
    ),
    ("pmmr-ticked", COLON + "MMR: [x] pMMR [ ] dMMR\n", "negative", {"related.mmr": "proficient"}),
]

ALL = (
    RULED_OUT
    + RULED_OUT_NEAR
    + DRUG_BAR
    + DRUG_BAR_NEAR
    + CONTROL_CLAUSE
    + CONTROL_CLAUSE_NEAR
    + NO_LINE
    + NO_LINE_NEAR
    + MUTATION_NOT_AMP
    + MUTATION_NOT_AMP_NEAR
    + HISTORY_ASIDE
    + DOES_NOT_EXCLUDE
    + DOES_NOT_EXCLUDE_NEAR
    + BRAF_METHODS
    + BRAF_METHODS_NEAR
    + UNTICKED
    + UNTICKED_NEAR
)


@pytest.mark.parametrize(("cid", "text", "status", "keys"), ALL, ids=[c[0] for c in ALL])
def test_fix16_families(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
