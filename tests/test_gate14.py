"""The result-line rule on a positive call (gate14, session 14; interpret/result_line.py,
her2cli/data/rules/result_line.toml, docs/positive-check.md "The result-line rule").

A positive stands only when a line that reads positive holds its value on a recognised result
line of this report: under a label of its own, in a table row, as a bare value opening its clause,
or in a statement of this tumour's result. Blocked: a value met only in a key, a comment on
eligibility, a quotation, a history sentence; an earlier sample's labelled line beside the
report's own result (policy (b)). Not blocked: the many layouts a lab writes its own result in,
and an earlier or outside result that is the report's only value (facts.md section 11, "Same
tumor, earlier specimen"; probe12c's consult case).
"""

from __future__ import annotations

import sys

import pytest

from her2cli import explain_text
from her2cli.interpret.result_line import LineKind, line_kind, off_result_line
from her2cli.model import Evidence

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import heldout_gate  # noqa: E402  (a development tool, not in the package)


def _ev(text: str, match: str, finding: str = "ihc", value: str = "score=3+") -> Evidence:
    return Evidence(page=1, text=text, finding=finding, value=value, start=0, end=len(match), match=match)


# (line, matched words): each holds its positive value on a result line
RESULT_LINES = [
    ("HER2 (4B5): 3+ (strong complete membrane staining, 90%)", "HER2 (4B5): 3+"),
    ("RESULT: HER2 GENE AMPLIFIED (ratio 3.4)", "HER2 GENE AMPLIFIED"),
    ("FlNAL HER2 : P0SlTlVE (lHC 2+ / lSH amp lified)", "HER2 : P0SlTlVE"),
    (
        "HER2 IHQ (4B5), criterios de biopsia: Puntuación / Score: 3+",
        "HER2 IHQ (4B5), criterios de biopsia: Puntuación / Score: 3+",
    ),
    (
        "HER2 immunohistochemistry (4B5) shows strong staining in 90% of cells: HER2 score 3+, POSITIVE.",
        "HER2 score 3+",
    ),
    ("| ERBB2 | Amplification | CN 12 |", "ERBB2 | Amplification"),
    ("Mass 2 (block A7) ER 60% PR 0% HER2 IHC 3+ POSITIVE", "HER2 IHC 3+ POSITIVE"),
    ("HER2 3+ (strong complete membrane staining in 80% of cells)", "HER2 3+"),
    ("ERBB2 amplification - copy number 18", "ERBB2 amplification"),
    ("The tumour is therefore HER2 POSITIVE and ISH is not required.", "HER2 POSITIVE"),
    ("Per ASCO/CAP 2018 the HER2 status is POSITIVE (IHC 3+).", "HER2 status is POSITIVE"),
    (
        "El estado HER2 final de este tumor es POSITIVO (IHQ 2+ con FISH amplificado).",
        "HER2 final de este tumor es POSITIVO",
    ),
    (
        "HER2 IHC (4B5), scored with endometrial serous carcinoma criteria: 3+ POSITIVE",
        "HER2 IHC (4B5), scored with endometrial serous carcinoma criteria: 3+",
    ),
    ("Conclusion: HER2-overexpressing (c-erbB-2 3+) invasive carcinoma.", "c-erbB-2 3+"),
    (
        '"Colorectal Biomarkers","HER2 (ERBB2) by immunohistochemistry","3+ (positive)"',
        'ERBB2) by immunohistochemistry","3+',
    ),
    (
        "HER2 status is revised from EQUIVOCAL to POSITIVE.",
        "HER2 status is revised from EQUIVOCAL to POSITIVE",
    ),
]

# (line, matched words): the value is on no result line of this report
NOT_RESULT_LINES = [
    # a key opened by the line's HER2 name, the value in a bracket after a clause
    (
        "HER2 in this laboratory, when performed, uses clone 4B5 and is scored per ASCO/CAP 2018 "
        "(3+ = strong complete staining in >10%; 2+ = weak-moderate complete staining)",
        "HER2 in this laboratory, when performed, uses clone 4B5",
    ),
    # eligibility: the value followed by what would follow from it
    (
        "Comment: HER2-positive mCRC (HERACLES: 3+ in >=50%) may be eligible for tucatinib + trastuzumab.",
        "HER2-positive mCRC (HERACLES: 3+",
    ),
    (
        "FISH: amplificado si cociente HER2/CEP17 >= 2,0 con >= 4 señales/célula.",
        "amplificado si cociente HER2",
    ),
    # deep in a history or approval sentence
    (
        "Comment: the findings represent residual disease in a patient with HER2-positive breast cancer per the diagnostic biopsy.",
        "HER2-positive",
    ),
    (
        "Given approvals for HER2-positive (IHC 3+) biliary tract cancer, HER2 IHC on a block is recommended.",
        "HER2-positive (IHC 3+",
    ),
    (
        "Tumor absent on deeper levels; control (gastric carcinoma, known HER2 3+) stained as expected.",
        "HER2 3+",
    ),
    # a quotation
    (
        '"HER2 (4B5) IHC: 3+, strong complete membrane staining in 90% of invasive cells - POSITIVE."',
        "HER2 (4B5) IHC: 3+",
    ),
    # a value under a key's label
    ("Final HER2 NEGATIVE (with IHC 2+) Reference: ratio amplified; ratio <2.0", "ratio amplified"),
    # a negated value is no positive value
    ("Average HER2 copy number 2.3 / cell Interpretation NOT AMPLIFIED", "NOT AMPLIFIED"),
]


@pytest.mark.parametrize(("text", "match"), RESULT_LINES)
def test_a_result_line_is_recognised(text: str, match: str) -> None:
    assert line_kind(_ev(text, match)) in (
        LineKind.LABELLED,
        LineKind.TABLE,
        LineKind.BARE,
        LineKind.STATEMENT,
    )


@pytest.mark.parametrize(("text", "match"), NOT_RESULT_LINES)
def test_a_value_off_a_result_line_is_not(text: str, match: str) -> None:
    assert line_kind(_ev(text, match)) is None


def test_an_earlier_samples_line_stands_alone_but_not_beside_the_reports_own() -> None:
    earlier = _ev("Pre-treatment biopsy (AB-26-1100, 03/2026): HER2 IHC 3+; ER 0; PR 0", "HER2 IHC 3+")
    own = _ev("Current specimen: HER2 IHC (4B5): 2+ equivocal", "HER2 IHC (4B5): 2+", value="score=2+")
    assert line_kind(earlier) == LineKind.EARLIER
    assert off_result_line("positive", [earlier]) is None  # policy (b): its only value
    assert off_result_line("positive", [earlier, own]) == "earlier_line"
    assert off_result_line("positive", [earlier], awaited=True) == "earlier_line"
    assert off_result_line("equivocal", [earlier, own]) is None


# whole reports the engine read positive before the rule, with the value on no result line
BLOCKED = [
    "Left breast core biopsy: invasive ductal carcinoma, grade 2.\nER 90%, PR 40%.\n"
    "HER2 in this laboratory, when requested, uses clone 4B5 and is scored per ASCO/CAP 2018 "
    "(3+ = strong complete staining in >10% of cells).\nHER2 testing was not requested on this specimen.\n",
    "Colorectal adenocarcinoma, liver metastasis.\nHER2 IHC (4B5): 1+ in 30% of tumour cells.\n"
    "Comment: HER2-positive mCRC (HERACLES: 3+ in >=50% of cells) may be eligible for tucatinib plus trastuzumab.\n",
    'Consult note.\nThe referral letter states: "HER2 (4B5) IHC: 3+, strong complete membrane staining - POSITIVE."\n'
    "No slides or blocks were received; no HER2 result is issued by this laboratory.\n",
    # policy (b): an earlier sample's labelled line beside the report's own result
    "PATHOLOGY REPORT\nBreast, left, core biopsy: invasive carcinoma.\n"
    "Pre-treatment biopsy (AB-26-1100, 03/2026): HER2 IHC 3+; ER 0; PR 0\n"
    "Current specimen: HER2 IHC (4B5): 2+ equivocal (weak to moderate complete staining in 25%); FISH sent to the "
    "reference laboratory, result to follow.\n",
    # policy (b): a node whose own HER2 result is pending, quoting the primary's
    "PATHOLOGY REPORT\nSpecimen: Lymph node, right axilla, excision.\n"
    "Diagnosis: metastatic carcinoma consistent with breast primary.\n"
    "Primary tumour (outside core biopsy): HER2 IHC 3+.\nHER2 testing on this lymph node: pending, to follow in an addendum.\n",
]

NOT_BLOCKED = [
    "Left breast core biopsy: invasive ductal carcinoma.\nHER2 (4B5): 3+ (strong complete membrane staining, 90%)\n",
    "Breast, excision.\nRESULT: HER2 GENE AMPLIFIED (HER2/CEP17 ratio 3.4)\n",
    "Gastric biopsy.\nHER2 IHQ (4B5), criterios de biopsia: Puntuación / Score: 3+\n",
    "NGS panel.\n| Gene | Alteration | Copy number |\n| ERBB2 | Amplification | 14 |\n",
    "Breast core.\nMarker   Clone   Result\nER   SP1   90%\nHER2   4B5   3+ positive\n",
    "Colon adenocarcinoma NGS.\nERBB2 amplification - copy number 18\n",
    "Breast core biopsy, invasive ductal carcinoma. The HER2 stain shows strong complete staining in 90% of cells. "
    "The tumour is therefore HER2 POSITIVE.\n",
    # policy (b): an earlier or outside result that is the report's only value keeps being read
    "PATHOLOGY REPORT\nSpecimen: Breast, left, wide local excision.\nDiagnosis: invasive ductal carcinoma, 18 mm.\n"
    "ER 0%. PR 0%.\nHER2: positive (3+) on the prior core biopsy (AB-26-0101); not repeated on the excision.\n",
    "CONSULTATION REPORT\nOutside slides reviewed: breast core biopsy, invasive ductal carcinoma.\n"
    "Outside HER2 IHC: 3+ (strong complete membrane staining in 90% of cells). We agree with the outside HER2 "
    "score of 3+ (positive).\n",
    "Consultation, outside slides reviewed.\nBreast, left, core biopsy: invasive ductal carcinoma.\n"
    "HER2 IHC (outside slide, 4B5) reviewed: 3+, strong complete membrane staining in >90% of cells; we agree.\n",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_a_positive_on_no_result_line_is_not_called(text: str) -> None:
    """Each read positive before the rule; a finding-layer fix may since read it right itself
    (fix14 reads the eligibility comment's report as its own 1+), else the rule sets it aside."""
    result = explain_text(text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]
    if "result_unsupported" in result.warning_codes:
        params = result.warning_params[result.warning_codes.index("result_unsupported")]
        assert params["why"] in ("off_result_line", "earlier_line", "doubtful", "not_a_result")


@pytest.mark.parametrize("text", NOT_BLOCKED)
def test_a_positive_on_a_result_line_keeps_the_call(text: str) -> None:
    result = explain_text(text)
    assert result.status == "positive", [(e.text, e.value) for e in result.evidence]
    assert "result_unsupported" not in result.warning_codes


def test_the_rule_on_the_held_out_first_readings() -> None:
    """devset13-16 as the engine first read them (9346098, 9263a38, 44f10ac, d51ccab): 31 unsafe
    status misses, 22 of them positive. With the doubt gate, the rule makes 19 of those safe and
    loses no correct call (docs/positive-check.md, "The result-line rule")."""
    files = [str(ROOT / "benchmarks" / name / "first_readings.jsonl") for name in ("heldout13", "heldout14")]
    counts = heldout_gate.score(files, verbose=False, gate="both")
    assert counts["reports"] == 480
    assert counts["made_safe"] >= 19
    assert counts.get("lost_correct", 0) == 0
