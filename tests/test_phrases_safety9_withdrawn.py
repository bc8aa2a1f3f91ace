"""A newer version that withdraws the earlier version's HER2 result, with no replacement, leaves no
result (safety9: variants9 C-06, "AMENDMENT 07/20/2026: The HER2 immunohistochemistry reported in
the original report (Score 3+, positive) was performed on block A4 [DCIS only] ... That HER2 result
is WITHDRAWN. HER2 testing has been re-ordered" over "ORIGINAL DIAGNOSIS 07/14/2026: ... HER2 Score
3+ (positive) [see amendment]", called positive from the original's line; devset10 b10-f10-06 is
the same trap).

The structural fact: report versions (findings/report_versions.py) are ordered; a later version's
sentence that says a HER2 result is void ("withdrawn", "retracted", "in error", "retirado")
replaces the earlier versions' results of the test it names, as a corrected value would. Near-
misses: a withdrawal with a new result keeps the new result, a withdrawal of the FISH leaves the
IHC, and an addendum whose new test failed leaves the original result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

WITHDRAWN = [
    "AMENDED REPORT (most recent first)\n\nAMENDMENT 07/20/2026:\nThe HER2 immunohistochemistry reported in the "
    "original report (Score 3+, positive)\nwas performed on block A4, which contains DCIS only. That HER2 result "
    "is WITHDRAWN.\nHER2 testing has been re-ordered on block A2; results will follow in a further addendum.\n\n"
    "ORIGINAL DIAGNOSIS 07/14/2026:\nRight breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
    "ER positive (90%), HER2 Score 3+ (positive) [see amendment].\n",
    "ORIGINAL REPORT (06/01/2026)\nLeft breast core biopsy: invasive ductal carcinoma.\n"
    "HER2 (4B5): Score 3+ - POSITIVE\n\nADDENDUM (06/05/2026)\nThe HER2 result above was reported in error "
    "(slide from another case) and is withdrawn.\nRepeat HER2 testing is in progress.\n",
    "INFORME ORIGINAL (02/03/2026)\nMama izquierda, biopsia con aguja gruesa: carcinoma ductal infiltrante.\n"
    "HER2 (4B5): 3+ (positivo)\n\nENMIENDA (05/03/2026)\nEl resultado de HER2 informado queda retirado "
    "(bloque erróneo). Se repetirá el estudio en el bloque A2.\n",
    "AMENDMENT (09/14/2026):\nThe HER2 IHC result previously reported (3+, positive) is withdrawn: the slide "
    "was cut from\nanother case. FISH on the correct block A3: HER2/CEP17 ratio 1.3, NOT AMPLIFIED.\n\n"
    "ORIGINAL REPORT (09/10/2026):\nLeft breast core: invasive ductal carcinoma. HER2 IHC 3+ (positive).\n",
    "CORRECTED REPORT - 05/06/2026\nThe HER2 FISH result reported on 05/02/2026 (ratio 2.6, AMPLIFIED) is "
    "retracted: the slide was\nprepared from another patient's block. FISH is being repeated on block A3.\n\n"
    "ORIGINAL REPORT - 05/02/2026\nRight breast, core biopsy: invasive lobular carcinoma.\n"
    "HER2 FISH: HER2/CEP17 ratio 2.6, mean HER2 5.8 signals/cell - AMPLIFIED\n",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_a_withdrawn_result_without_a_replacement_is_no_result(text: str) -> None:
    result = explain_text(text)
    # no result is left, or only the amendment's own new one (a FISH not amplified)
    expected = "negative" if "NOT AMPLIFIED" in text else "not_found"
    assert result.status == expected, [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AMENDMENT (07/20/2026):\nThe HER2 IHC originally reported (score 0) was performed on the wrong "
            "block and is withdrawn.\nRepeat on block A2: HER2 (4B5) score 3+, POSITIVE.\n\n"
            "ORIGINAL REPORT (07/14/2026):\nLeft breast core: invasive ductal carcinoma. HER2 (4B5): 0\n",
            ("positive", "3+"),
        ),
        (
            "ORIGINAL REPORT (03/01/2026)\nLeft breast core: invasive ductal carcinoma.\n"
            "HER2 (4B5): Score 3+ - POSITIVE\n\nADDENDUM (03/09/2026)\nThe HER2 FISH result is withdrawn "
            "(wrong case).\n",
            ("positive", "3+"),
        ),
        (
            "ORIGINAL REPORT (2026-10-08):\nLeft breast core biopsy: invasive ductal carcinoma.\n"
            "HER2 IHC: 2+ (equivocal). FISH to follow.\n\nADDENDUM (2026-10-13) - HER2 FISH:\n"
            "HER2/CEP17 ratio 1.2; 40 cells scored. NOT AMPLIFIED. FINAL HER2 STATUS: NEGATIVE.\n"
            "NOTE: an earlier phone report of 'HER2 positive' was in error (it described the control).\n",
            ("negative", "2+"),
        ),
        (
            "ORIGINAL REPORT (03/01/2026)\nLeft breast core: invasive ductal carcinoma.\n"
            "HER2 (4B5): Score 3+ - POSITIVE\n\nADDENDUM (03/09/2026)\nHER2 FISH requested by the oncologist "
            "failed (no signals); the IHC result stands.\n",
            ("positive", "3+"),
        ),
    ],
)
def test_a_replacement_or_another_tests_withdrawal_keeps_the_result(
    text: str, expected: tuple[str, str]
) -> None:
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == expected, [
        (e.text, e.value) for e in result.evidence
    ]
