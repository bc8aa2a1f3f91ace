"""fix16 (session 16): devset18's and devset17's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import assert_reads_as_written

Case = tuple[str, str, str, dict[str, Any]]


def _check(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_as_written(text, frozenset({status}), keys)


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

ALL = (
    RULED_OUT
    + RULED_OUT_NEAR
    + DRUG_BAR
    + DRUG_BAR_NEAR
    + CONTROL_CLAUSE
    + CONTROL_CLAUSE_NEAR
    + NO_LINE
    + NO_LINE_NEAR
)


@pytest.mark.parametrize(("cid", "text", "status", "keys"), ALL, ids=[c[0] for c in ALL])
def test_fix16_families(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    _check(text, status, keys)
