"""Evidence page numbers of a plain-text report come from the report's own page markers (left8).

A text file without form feeds that prints "Page 1 of 3", "Page 2 of 3", ... (as headers or as
footers, the first page marked or not, in English, Spanish or German) is split into those pages, so
every quoted line says the page the patient sees it on; form feeds still split pages as before.
Near-misses split nothing: a lone "pg 2/5" of a faxed page, a "see page 3 of 4" cross-reference,
numbers out of order or with different totals. No character is lost or moved: the pages joined
again are the text.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from her2cli import explain_text
from her2cli.sources.text import split_text_pages

FILLER = "".join(f"Section {i}: gross description, margins, lymph nodes, comments.\n" for i in range(10))
RESULT = "HER2 IHC (4B5): score 3+, complete strong membrane staining in 90% of cells (POSITIVE).\n"
HEAD = "Specimen: Left breast, core biopsy: invasive ductal carcinoma.\n"


def evidence_pages(text: str) -> list[int]:
    record = json.loads(json.dumps(explain_text(text).to_dict()))
    return sorted({e["page"] for e in record["evidence"]})


CASES = [
    (
        "headers",
        "SURGICAL PATHOLOGY      Page 1 of 3\n"
        + HEAD
        + FILLER
        + "------------------ Page 2 of 3\n"
        + FILLER
        + "------------------ Page 3 of 3\n"
        + RESULT,
        [3],
    ),
    (
        "footers",
        HEAD + FILLER + "Page 1 of 2     CONFIDENTIAL\n" + RESULT + FILLER + "Page 2 of 2     CONFIDENTIAL\n",
        [2],
    ),
    (
        "first-page-unmarked",
        HEAD + FILLER + "Case X-1  Doe, Jane      page 2 / 2\n" + RESULT,
        [2],
    ),
    (
        "spanish-headers",
        "INFORME DE ANATOMÍA PATOLÓGICA     Página 1 de 2\nMama izquierda, BAG: carcinoma ductal infiltrante.\n"
        + FILLER
        + "Página 2 de 2\nHER2 (4B5): 3+ (positivo).\n",
        [2],
    ),
    ("form-feeds", HEAD + FILLER + "\f" + RESULT, [2]),
    # near-misses: one page
    ("lone-fax-page-number", "FAX RCVD 10/22  pg 2/5\n" + HEAD + FILLER + RESULT, [1]),
    ("cross-reference", HEAD + "See page 3 of 4 of the protocol for methods.\n" + FILLER + RESULT, [1]),
    (
        "out-of-order",
        "Page 2 of 3\n" + HEAD + FILLER + "Page 1 of 3\n" + FILLER + "Page 3 of 3\n" + RESULT,
        [1],
    ),
    ("different-totals", "Page 1 of 2\n" + HEAD + FILLER + "Page 2 of 5\n" + RESULT, [1]),
]


@pytest.mark.parametrize(("text", "pages"), [(t, p) for _, t, p in CASES], ids=[c[0] for c in CASES])
def test_evidence_gives_the_reports_own_page(text: str, pages: list[int]) -> None:
    assert evidence_pages(text) == pages


def test_the_quotes_are_the_same_with_or_without_page_markers() -> None:
    marked = CASES[0][1]
    plain = marked.replace("Page 1 of 3", "").replace("Page 2 of 3", "").replace("Page 3 of 3", "")
    quotes = [e.text for e in explain_text(marked).evidence]
    assert quotes and quotes == [e.text for e in explain_text(plain).evidence]


@given(
    st.lists(
        st.sampled_from(["HER2 3+\n", "x\n", "Page 1 of 2\n", "Page 2 of 2\n", "pg 2/5\n", "\n", "ER 90%"])
    )
)
def test_the_pages_joined_again_are_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    pages = split_text_pages(text)
    assert pages and text.startswith("".join(pages)) and not text[len("".join(pages)) :].strip()
