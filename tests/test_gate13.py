"""The doubt gate on a positive call (gate13, session 13; interpret/doubt.py, docs/positive-check.md).

A positive stands only if one line that reads positive holds its value in a clause with no
negating word. Measured on the held-out first readings of devset13-15
(tools/heldout_gate.py): it turned unsafe positives safe whose only positive line denied its value
("ERBB2 amplification can neither be confirmed nor excluded", "the HER2 3+ quoted ... no debe
aplicarse a la presente metástasis", "... refers to the sister's cancer, not this patient",
"... including ERBB2 amplification, cannot rule out their presence"). Blocked: the family written
by other labs. Not blocked: a plain result line next to such a sentence, a negation in another
sentence, in a bracket that does not hold the value, or after a colon that closes a label.
"""

from __future__ import annotations

import sys

import pytest

from her2cli import explain_text
from her2cli.interpret.doubt import doubt_kind, doubtful_positive
from her2cli.model import Evidence

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import heldout_gate  # noqa: E402  (a development tool, not in the package)

BLOCKED = [
    # the only positive reading sits in a sentence that denies it
    "NGS PANEL (tumour tissue)\nGene ...... Alteration\nERBB2 ...... no reportable alteration\n"
    "Comment: ERBB2 amplification can neither be confirmed nor excluded at this tumour content.\n",
    "Left breast core biopsy: invasive ductal carcinoma.\nHER2: see separate report.\n"
    'Note: "HER2-positive" in the referral letter refers to the patient\'s mother, not this patient.\n',
    "Liver metastasis, colorectal origin.\nHER2 IHC requested, pending.\n"
    "COMMENT: the HER2 3+ result cited in the history belongs to the 2015 breast carcinoma and must not be "
    "applied to this metastasis.\n",
    "Plasma cfDNA panel. Tumour fraction <1%. No alterations detected.\n"
    "Limitation: the low tumour fraction means that ERBB2 amplification cannot be excluded.\n",
    "Metástasis hepática de adenocarcinoma de recto.\nHER2 (IHQ): solicitado, pendiente.\n"
    "COMENTARIO: el resultado HER2 3+ citado en los antecedentes corresponde al carcinoma de mama y no "
    "debe aplicarse a la presente metástasis.\n",
]

NOT_BLOCKED = [
    # a plain result line stands, whatever a later sentence denies
    "Left breast core biopsy: invasive ductal carcinoma.\nHER2 (4B5): 3+, POSITIVE\n"
    "Comment: HER2 ISH is not required for a 3+ result.\n",
    # a negation in a bracket that does not hold the value
    "Extramammary Paget disease.\nHER2 IHC: strong complete membrane staining in 85% of cells, score 3+ "
    "(no disease-specific criteria exist; breast criteria used)\n",
    # a negation before the colon that closes a label
    "ER, PR and HER2 were reported on the core biopsy and are not repeated on this specimen, as the results "
    "were unequivocal: ER negative, PR negative, HER2 positive (IHC 3+).\n",
    # a negation in another sentence of the same line
    "Gastric adenocarcinoma. No lymphovascular invasion. HER2 IHC 3+ (positive).\n",
    "HER2 FISH: HER2/CEP17 ratio 4.2, mean HER2 9.1 signals/cell, AMPLIFIED.\nNo ISH equivocal category applies.\n",
    # a word denying a noun in another part of a list ("no treatment given")
    "Left breast core biopsy: invasive ductal carcinoma, grade 3, ER negative, PR negative, HER2 3+ (HER2 positive), "
    "no lymphovascular invasion.\n",
    "Biopsia de mama izquierda: carcinoma ductal infiltrante, HER2 3+ (positivo), sin tratamiento previo.\n",
    # a bare "no" denies a noun (English) or is "at the" (Portuguese)
    "Left breast core biopsy: invasive ductal carcinoma.\nHER2 IHC 3+ with no heterogeneity (positive).\n",
    "Mama esquerda, biópsia: carcinoma invasivo.\nHER2 (imuno-histoquímica): escore 3+ no componente invasivo (positivo).\n",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_a_positive_resting_only_on_a_denied_value_is_not_called(text: str) -> None:
    result = explain_text(text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize("text", NOT_BLOCKED)
def test_a_plain_positive_line_keeps_the_call(text: str) -> None:
    result = explain_text(text)
    assert result.status == "positive", [(e.text, e.value) for e in result.evidence]
    assert "result_unsupported" not in result.warning_codes


def _ev(text: str, match: str, finding: str = "ihc", value: str = "score=3+") -> Evidence:
    return Evidence(page=1, text=text, finding=finding, value=value, start=0, end=len(match), match=match)


@pytest.mark.parametrize(
    ("text", "match", "kind"),
    [
        ("ERBB2 amplification can neither be confirmed nor excluded.", "ERBB2 amplification", "negated"),
        ("Tumour not present on levels; control (known HER2 3+) stained.", "HER2 3+", None),
        ("Background (not for this patient): approval for HER2-positive (IHC 3+) tumours.", "IHC 3+", None),
        ("HER2-low status: not HER2-low, not ultralow; HER2 3+ POSITIVE", "HER2 3+", None),
        ("Specimen No. 2: HER2 3+ positive", "HER2 3+", None),
        (
            "Tissue ERBB2 amplification was not detected, nor is it expected.",
            "ERBB2 amplification",
            "negated",
        ),
        ("HER2 (4B5): 3+ (positive). Not amplified by FISH is not expected.", "HER2 (4B5): 3+", None),
        ("Result: HER2 3+; no ISH needed", "HER2 3+", None),
    ],
)
def test_doubt_kind_reads_the_clause_of_the_value(text: str, match: str, kind: str | None) -> None:
    assert doubt_kind(_ev(text, match)) == kind


def test_one_plain_positive_line_is_enough() -> None:
    denied = _ev(
        "ERBB2 amplification cannot be excluded.", "ERBB2 amplification", "ngs", "amplification=amplified"
    )
    plain = _ev("HER2 (4B5): 3+ POSITIVE", "HER2 (4B5): 3+")
    assert doubtful_positive("positive", [denied]) == "negated"
    assert doubtful_positive("positive", [denied, plain]) is None
    assert doubtful_positive("equivocal", [denied]) is None


def test_the_gate_on_the_held_out_first_readings() -> None:
    """devset13-15 as the engine first read them (9346098, 9263a38, 44f10ac): 22 unsafe status
    misses, 14 of them positive. The gate makes 4 of those safe and loses no correct call."""
    counts = heldout_gate.score(
        [str(ROOT / "benchmarks" / "heldout13" / "first_readings.jsonl")], verbose=False
    )
    assert counts["reports"] == 360
    assert counts["made_safe"] >= 4
    assert counts.get("lost_correct", 0) == 0
