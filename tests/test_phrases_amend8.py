"""Report versions: which part of an amended, corrected or supplemented report is current
(findings/report_versions.py; devset8 family 10 called three of twelve the wrong way).

Each case is a whole report in one of several layouts (newest first, oldest first, a table, OCR
damage, Spanish). A corrected value replaces the original in every top-level field, and the
evidence shows the corrected lines, never the superseded value; an addendum that adds a result
(an ISH after a 2+) still combines with the original; an addendum that only comments, or adds
ER/PR only, changes nothing; a withdrawn result counts for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from her2cli import explain_text


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    status: str
    ihc: str | None
    ish: str | None = None
    ratio: float | None = None
    gone: str | None = None  # a superseded value that no evidence line may show


CORRECTED_ISH = [
    Case(
        "newest-first-previously-reported",
        "**** AMENDED REPORT ****  Reason: correction of HER2 FISH values\n"
        "Left breast core, invasive ductal carcinoma.\n"
        "Corrected result (replaces the report of 10/02/2026):\n"
        "  HER2/CEP17 ratio 1.4; mean HER2 2.9 signals/cell\n"
        "  Interpretation: NOT AMPLIFIED. HER2 NEGATIVE.\n"
        "Previously reported (in error - values keyed from another case's worksheet):\n"
        "  ratio 2.6, HER2 5.2/cell, AMPLIFIED.\n",
        "negative",
        None,
        "not_amplified",
        1.4,
        "2.6",
    ),
    Case(
        "oldest-first-original-superseded",
        "Right breast excision: invasive carcinoma NST.\n"
        "ORIGINAL REPORT (10/02/2026), superseded:\n"
        "  HER2 FISH: HER2/CEP17 ratio 2.6, mean HER2 5.2 - AMPLIFIED.\n"
        "CORRECTED REPORT (10/09/2026):\n"
        "  HER2 FISH: HER2/CEP17 ratio 1.4, mean HER2 2.9 - NOT AMPLIFIED.\n",
        "negative",
        None,
        "not_amplified",
        1.4,
        "2.6",
    ),
    Case(
        "table-layout-values",
        "Breast core biopsy, invasive lobular carcinoma. AMENDED REPORT.\n"
        "Corrected values:\n"
        "  HER2/CEP17 ratio ......... 1.5\n"
        "  Mean HER2 copies/cell .... 3.0\n"
        "  Result ................... NOT AMPLIFIED\n"
        "\n"
        "Original values (issued in error):\n"
        "  HER2/CEP17 ratio ......... 2.8\n"
        "  Mean HER2 copies/cell .... 6.1\n"
        "  Result ................... AMPLIFIED\n",
        "negative",
        None,
        "not_amplified",
        1.5,
        "2.8",
    ),
    Case(
        "ocr-damaged-values",
        "AMENDED REPORT - breast core biopsy, invasive ductal carcinoma\n"
        "Corrected result:\n"
        "  HER2 FlSH ratio 1.4 (HER2/CEP17); mean HER2 2.8 - NOT AMPLlFIED.\n"
        "Previously reported (in error):\n"
        "  HER2 FlSH ratio 2.7 - AMPLlFIED.\n",
        "negative",
        None,
        "not_amplified",
        1.4,
        "2.7",
    ),
    Case(
        "ihc-corrected-newest-first",
        "Breast, left, core biopsy: invasive ductal carcinoma.\n"
        "AMENDED REPORT #2 (11/20/2026):\n"
        "  HER2 IHC (4B5): 1+ (negative).\n"
        "AMENDED REPORT #1 (11/12/2026):\n"
        "  HER2 IHC (4B5): 3+ (positive).\n"
        "ORIGINAL REPORT (11/05/2026):\n"
        "  HER2 IHC (4B5): 2+ (equivocal), FISH to follow.\n",
        "negative",
        "1+",
        gone="3+",
    ),
    Case(
        "ihc-corrected-oldest-first",
        "Breast, left, core biopsy: invasive ductal carcinoma.\n"
        "ORIGINAL REPORT (11/05/2026):\n"
        "  HER2 IHC (4B5): 3+ (positive).\n"
        "AMENDED REPORT (11/12/2026) - HER2 score corrected on review:\n"
        "  HER2 IHC (4B5): 1+ (negative).\n",
        "negative",
        "1+",
        gone="3+",
    ),
]

CORRECTED_ISH += [
    Case(
        "spanish-corrected-newest-first",
        "INFORME CORREGIDO (25/11/2026)\n"
        "  Mama izquierda, biopsia: carcinoma ductal infiltrante.\n"
        "  HER2 (IHQ): 1+ (negativo).\n"
        "INFORME ORIGINAL (18/11/2026)\n"
        "  HER2 (IHQ): 3+ (positivo).\n",
        "negative",
        "1+",
        gone="3+",
    ),
    Case(
        "spanish-two-corrections-day-first-dates",
        "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante.\n"
        "INFORME CORREGIDO (25/11/2026): HER2 (IHQ) 3+ (positivo).\n"
        "INFORME CORREGIDO (02/12/2026): HER2 (IHQ) 1+ (negativo).\n",
        "negative",
        "1+",
        gone="3+",
    ),
    Case(
        "amendment-heading-newest-first",
        "AMENDMENT (11/20/2026) - HER2 score corrected after slide review:\n"
        "  HER2 IHC 0 (no staining).\n"
        "FINAL REPORT (11/12/2026)\n"
        "  Left breast core: invasive ductal carcinoma. HER2 IHC 2+ (equivocal).\n",
        "negative",
        "0",
        gone="2+",
    ),
]

# An addendum that adds a result, or only ER/PR: the original's result still counts.
ADDED = [
    Case(
        "ish-completes-2plus-oldest-first",
        "Left breast core: invasive ductal carcinoma, grade 2.\n"
        "ORIGINAL REPORT (11/18/2026)\n"
        "  ER 95%, PR 20%. HER2 IHC (4B5): 2+ (equivocal). Reflex FISH ordered.\n"
        "ADDENDUM #1 (11/24/2026) - HER2 FISH\n"
        "  HER2/CEP17 ratio 2.4; mean HER2 4.9 signals/cell. AMPLIFIED.\n",
        "positive",
        "2+",
        "amplified",
        2.4,
    ),
    Case(
        "ish-completes-2plus-newest-first",
        "ADDENDUM 1 (11/24/2026): HER2 ISH (block A2)\n"
        "  ratio 2.4, mean HER2 4.9 per cell - AMPLIFIED.\n"
        "ORIGINAL REPORT (11/18/2026)\n"
        "  Breast core, invasive carcinoma. HER2 IHC: 2+ (equivocal); ISH to follow.\n",
        "positive",
        "2+",
        "amplified",
        2.4,
    ),
    Case(
        "addendum-er-pr-only",
        "FINAL REPORT (11/10/2026)\n"
        "  Right breast excision: invasive carcinoma NST. HER2 IHC 3+ (positive).\n"
        "ADDENDUM (11/14/2026) - hormone receptors\n"
        "  ER positive (90%), PR positive (60%).\n",
        "positive",
        "3+",
    ),
    Case(
        "amendment-corrects-er-only",
        "ORIGINAL REPORT (11/05/2026)\n"
        "  Left breast core: invasive carcinoma. ER 8%, PR 0%, HER2 IHC 3+ (positive).\n"
        "AMENDED REPORT (11/09/2026) - ER percentage corrected:\n"
        "  ER positive, 80% (previously reported as 8%).\n",
        "positive",
        "3+",
    ),
]

# An addendum that only comments: its HER2 words change nothing.
COMMENT_ONLY = [
    Case(
        "comment-only-english",
        "FINAL REPORT (11/10/2026)\n"
        "  Right breast excision: invasive carcinoma NST, grade 2.\n"
        "  ER 90% / PR 60% / HER2 IHC 1+ (negative).\n"
        "ADDENDUM (11/18/2026) - comment only, no change to diagnosis or results:\n"
        '  IHC 1+ falls in the "HER2-low" group; the criteria for HER2-positive (IHC 3+)\n'
        "  are not met.\n",
        "negative",
        "1+",
    ),
    Case(
        "comment-only-results-unchanged",
        "DIAGNOSIS: Left breast, core biopsy: invasive ductal carcinoma.\n"
        "HER2 (IHC): score 1+, negative.\n"
        "Addendum 11/20/2026 (the reported results are unchanged):\n"
        "  Per the tumour board, the case was reviewed; a score of 3+ would have been\n"
        "  required for HER2-directed therapy.\n",
        "negative",
        "1+",
    ),
    Case(
        "comment-only-spanish",
        "Mama derecha, biopsia: carcinoma infiltrante de tipo no especial.\n"
        "HER2 (IHQ): 1+ (negativo).\n"
        "ADENDA (20/11/2026) - solo comentario, sin cambios en los resultados:\n"
        "  El resultado 1+ corresponde a la categoría HER2-bajo; no cumple criterios de\n"
        "  HER2 positivo (3+).\n",
        "negative",
        "1+",
    ),
]

# A withdrawn result whose sentence wraps onto the next line counts for nothing.
WITHDRAWN = [
    Case(
        "withdrawn-wrapped-ish",
        "CORRECTED REPORT - HER2 RESULT WITHDRAWN\n"
        'The HER2 FISH result issued on 10/01/2026 ("ratio 2.9, AMPLIFIED")\n'
        "is withdrawn: the slide was from another block. Repeat FISH is in progress.\n",
        "not_found",
        None,
        None,
    ),
    Case(
        "withdrawn-wrapped-ihc",
        "AMENDED REPORT\n"
        'The HER2 IHC result previously reported ("HER2 3+, positive")\n'
        "has been retracted. A repeat stain on block A3 will follow in a further amendment.\n",
        "not_found",
        None,
    ),
]


def _check(case: Case) -> None:
    r = explain_text(case.text)
    assert r.status == case.status, (case.id, r.status)
    assert (r.ihc.score if r.ihc else None) == case.ihc, (case.id, r.ihc)
    if case.ish is not None or case.status == "not_found":
        assert (r.ish.result if r.ish else None) == case.ish, (case.id, r.ish)
    if case.ratio is not None:
        assert r.ish is not None and r.ish.ratio == case.ratio, (case.id, r.ish)
    if case.gone is not None:
        shown = [e.text for e in r.evidence]
        assert not any(case.gone in line for line in shown), (case.id, shown)


@pytest.mark.parametrize("case", CORRECTED_ISH, ids=lambda c: c.id)
def test_a_corrected_value_replaces_the_original(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", ADDED, ids=lambda c: c.id)
def test_an_addendum_that_adds_a_result_still_combines(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", COMMENT_ONLY, ids=lambda c: c.id)
def test_a_comment_only_addendum_changes_nothing(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", WITHDRAWN, ids=lambda c: c.id)
def test_a_withdrawn_result_counts_for_nothing(case: Case) -> None:
    _check(case)


# The versions of one report are one sample: an addendum's "FISH (block A2)" is a block of the
# sample the original names, not a second sample (devset8 b8-f10-01). A report whose versions name
# two samples keeps both.
ONE_SAMPLE = [
    (
        "newest-first-bare-block",
        "ADDENDUM 1 (11/24/2026) - HER2 ISH\n"
        "HER2 dual ISH (block A2): HER2/CEP17 ratio 2.4; mean HER2 4.9 signals/cell. AMPLIFIED.\n"
        "ORIGINAL REPORT (11/18/2026)\n"
        "Right breast core: invasive ductal carcinoma.\n"
        "HER2 IHC: 2+ (equivocal). ISH to follow.\n",
        0,
    ),
    (
        "supplementary-report-bare-block",
        "SUPPLEMENTARY REPORT 1 - 11/26/2026 - HER2 FISH\n"
        "  HER2 FISH (block A3): HER2/CEP17 ratio 3.1; mean HER2 6.4/cell. AMPLIFIED.\n"
        "PRIMARY REPORT - 11/20/2026\n"
        "  Left breast core: invasive carcinoma NST.\n"
        "  HER2 IHC: 2+ (equivocal); FISH to follow.\n",
        0,
    ),
    (
        "oldest-first-bare-block",
        "ORIGINAL REPORT (11/18/2026)\n"
        "Left breast excision: invasive lobular carcinoma.\n"
        "HER2 IHC (4B5): 2+ (equivocal). Reflex FISH ordered.\n"
        "ADDENDUM #1 (11/24/2026)\n"
        "FISH on block B2: HER2/CEP17 ratio 2.5, mean HER2 5.0 per cell - AMPLIFIED.\n",
        0,
    ),
    (
        "near-miss-two-named-samples",
        "ORIGINAL REPORT (11/18/2026)\n"
        "A. Core biopsy: HER2 IHC 1+ (negative).\n"
        "B. Excision: HER2 IHC 2+ (equivocal). FISH to follow.\n"
        "ADDENDUM #1 (11/24/2026)\n"
        "FISH on block B2: HER2/CEP17 ratio 2.5, mean HER2 5.0 per cell - AMPLIFIED.\n",
        2,
    ),
]


@pytest.mark.parametrize(("name", "text", "samples"), ONE_SAMPLE, ids=[c[0] for c in ONE_SAMPLE])
def test_the_versions_of_one_report_are_one_sample(name: str, text: str, samples: int) -> None:
    r = explain_text(text)
    assert r.status == "positive", name
    assert r.ish is not None and r.ish.result == "amplified", name
    assert len(r.specimens or []) == samples, (name, r.specimens)
