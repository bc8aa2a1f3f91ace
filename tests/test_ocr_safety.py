"""OCR noise can make a result "not found", never the opposite call (issue 16).

Planted OCR errors in otherwise clean report text: each case is a page as Tesseract might read
it (a garbled word, a lost decimal point, a call word or score read with low confidence). The
same words read from a text layer give the dangerous call (so each case shows the noise
matters); read from an image with the planted confidences they give not_found (or equivocal),
with a warning, and never the opposite call. Clear OCR text keeps its result.
"""

from __future__ import annotations

import re

import pytest

from her2cli.api import explain_document
from her2cli.findings.ocr_trust import UNCLEAR_CONFIDENCE, sentence_start
from her2cli.model import Result
from her2cli.sources.base import Document, Page

BREAST = "SURGICAL PATHOLOGY REPORT\nBreast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"
CLEAR = 95.0  # what Tesseract gives a cleanly printed word
UNCLEAR = 25.0  # a word it could barely make out
assert UNCLEAR < UNCLEAR_CONFIDENCE < CLEAR


def read(text: str, *, ocr: bool, unclear: frozenset[str] = frozenset()) -> Result:
    """Explain one page of `text`, as a text layer or as OCR with the words in `unclear` (whole
    whitespace-separated tokens) read at low confidence and every other word read clearly."""
    confidences = {m.start(): (UNCLEAR if m.group() in unclear else CLEAR) for m in re.finditer(r"\S+", text)}
    page = Page(
        number=1,
        text=text,
        origin="ocr" if ocr else "text",
        ocr_confidence=90.0 if ocr else None,
        word_confidences=confidences if ocr else {},
    )
    return explain_document(
        Document(path="planted.png", kind="image" if ocr else "text", pages=(page,), sha256="0")
    )


# (name, page text, words read unclearly, the wrong call the text alone gives)
PLANTED = [
    (
        "garbled history before an earlier cancer's positive result",
        BREAST
        + "Hstory af breast carcinoma, HER2-positive (IHC 3+), 2015.\nHER2 IHC 1+ (negative) on this biopsy.\n",
        frozenset({"Hstory", "af"}),
        "positive",
    ),
    (
        "garbled negation at the start of the sentence",
        BREAST + "Ne HER2 gene amplification was detected by FISH.\n",
        frozenset({"Ne"}),
        "positive",
    ),
    (
        "unclear 'not' before amplified",
        BREAST + "HER2 FISH: nat amplified, HER2/CEP17 ratio 2.4.\n",
        frozenset({"nat"}),
        "positive",
    ),
    (
        "unclear score of the positive part of a two-part report",
        BREAST + "Part 1: HER2 IHC 1+ (negative).\nPart 2: HER2 IHC 3+ (positive).\n",
        frozenset({"3+", "(positive)."}),
        None,  # the text layer reads both parts; the OCR must not keep only the negative one
    ),
    (
        "unclear call word of a positive result",
        BREAST + "HER2 (4B5): POSITIVE (3+).\n",
        frozenset({"POSITIVE", "(3+)."}),
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "unclear", "wrong"), PLANTED, ids=[p[0] for p in PLANTED])
def test_planted_ocr_error_gives_not_found_never_the_opposite(
    name: str, text: str, unclear: frozenset[str], wrong: str | None
) -> None:
    if wrong is not None:
        assert read(text, ocr=False).status == wrong, "the garbled words alone lead to the wrong call"
    result = read(text, ocr=True, unclear=unclear)
    assert result.status in ("not_found", "equivocal")
    assert "ocr_unclear_line" in result.warning_codes
    assert any(m.reason == "unclear_ocr" for m in result.mentions), "the unclear line is kept as a mention"


def test_two_part_report_with_an_unclear_positive_part_is_not_negative() -> None:
    text = PLANTED[3][1]
    assert read(text, ocr=False).status == "positive"
    assert read(text, ocr=True).status == "positive", "read clearly, OCR gives the text layer's answer"
    assert read(text, ocr=True, unclear=frozenset({"3+"})).status == "not_found"


def test_lost_decimal_point_in_a_ratio_is_not_trusted() -> None:
    # "ratio 1.5, mean HER2 3.2" read with its points lost, every word confidently
    text = BREAST + "HER2 FISH: HER2/CEP17 ratio 15, mean HER2 3 2 copies per cell.\n"
    assert read(text, ocr=False).status == "positive"
    result = read(text, ocr=True)
    assert result.status == "not_found"
    assert result.ish is None or result.ish.ratio != 15.0


def test_a_real_ratio_with_its_decimal_point_stands() -> None:
    text = BREAST + "HER2 FISH: amplified, HER2/CEP17 ratio 10.5, mean HER2 21.0 copies per cell.\n"
    result = read(text, ocr=True)
    assert result.status == "positive"
    assert result.ish is not None and result.ish.ratio == 10.5


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (BREAST + "HER2 (4B5): POSITIVE (3+).\n", "positive"),
        (BREAST + "HER2 IHC: 1+ (negative), incomplete faint staining.\n", "negative"),
        (BREAST + "HER2 FISH: not amplified, HER2/CEP17 ratio 1.3.\n", "negative"),
    ],
)
def test_clear_ocr_text_keeps_its_result(text: str, status: str) -> None:
    result = read(text, ocr=True)
    assert result.status == status
    assert "ocr_unclear_line" not in result.warning_codes


def test_specks_read_as_punctuation_do_not_block_a_clear_score() -> None:
    # a fax's specks beside "3+" come out as "~ . ," read at confidence 0: they decide nothing
    text = BREAST + "HER2 IHC score: ~ . 3+ . , strong complete membrane staining.\n"
    result = read(text, ocr=True, unclear=frozenset({"~", ".", ","}))
    assert result.status == "positive"
    assert all(ev.ocr_confidence is None or ev.ocr_confidence >= UNCLEAR_CONFIDENCE for ev in result.evidence)


def test_an_unclear_word_that_decides_nothing_leaves_the_result() -> None:
    text = BREAST + "HER2 IHC 3+ (positive), strong complete membrane staining in 90% of tumour cells.\n"
    assert read(text, ocr=True, unclear=frozenset({"membrane", "tumour"})).status == "positive"


def test_the_same_words_from_a_text_layer_are_not_judged_by_confidence() -> None:
    assert read(BREAST + "HER2 (4B5): POSITIVE (3+).\n", ocr=False).status == "positive"


@pytest.mark.parametrize(
    ("text", "at", "start"),
    [
        ("Intro line.\nHistory of breast cancer, HER2 3+.", "HER2", "History"),
        ("Clinical note. History of breast\ncancer, HER2 3+.", "HER2", "History"),  # wrapped
        ("HER2/CEP17 ratio 1.5, mean HER2 3.2 copies.", "mean", "HER2/CEP17"),  # decimals do not end it
        ("Specimen received.\n\nHER2 IHC 2+.", "IHC", "HER2"),
    ],
)
def test_sentence_start_finds_the_words_a_finding_depends_on(text: str, at: str, start: str) -> None:
    assert text[sentence_start(text, text.index(at)) :].startswith(start)


def test_a_call_word_repaired_from_one_wrong_letter_is_only_as_sure_as_its_ocr() -> None:
    # "NEGATlVE" is repaired to NEGATIVE; read at low confidence it could have been POSITIVE
    text = BREAST + "HER2 (4B5): NEGATlVE (score 1+).\n"
    assert read(text, ocr=True).status == "negative"
    assert read(text, ocr=True, unclear=frozenset({"NEGATlVE"})).status == "not_found"


# A HER2 table with a row per specimen, as the layout reader writes it (cells two spaces apart).
CRC = "SURGICAL PATHOLOGY REPORT\nA. Sigmoid colon, resection: adenocarcinoma.\nB. Liver, metastasectomy: metastatic adenocarcinoma.\n\n"
SPECIMEN_TABLE = (
    CRC + "HER2 IMMUNOHISTOCHEMISTRY (clone 4B5)\n\n"
    "Specimen  Score  % cells  Pattern  Interpretation\n"
    "A. Primary (block A4)  1+  20%  Faint, incomplete  Negative\n"
    "B. Liver metastasis (block B2)  {score}  60%  Intense, basolateral/circumferential  Positive\n"
)


def test_a_table_row_whose_score_could_not_be_read_sets_the_other_rows_result_aside() -> None:
    """A phone photo read the metastasis row's "3+" as "co" (confidence 23): that row gave no
    finding, and the primary's 1+ alone made a positive report negative."""
    text = SPECIMEN_TABLE.format(score="co")
    assert read(text, ocr=False).status == "negative", "the garbled row alone leads to the wrong call"
    result = read(text, ocr=True, unclear=frozenset({"co"}))
    assert result.status == "not_found"
    assert "ocr_unclear_line" in result.warning_codes


def test_a_table_read_clearly_keeps_its_result() -> None:
    assert read(SPECIMEN_TABLE.format(score="3+"), ocr=True).status == "positive"


@pytest.mark.parametrize(
    "unclear",
    [
        frozenset({"basolateral/circumferential"}),  # a long cell of another row: not a result
        frozenset({"(block", "B2)"}),  # the other row's label, not its score column
    ],
)
def test_an_unclear_word_outside_the_score_column_leaves_the_table_result(unclear: frozenset[str]) -> None:
    text = SPECIMEN_TABLE.format(score="3+")
    assert read(text, ocr=True, unclear=unclear).status == "positive"


def test_an_unclear_word_in_a_marker_tables_other_row_leaves_the_her2_row() -> None:
    text = (
        BREAST + "BIOMARKERS\nMarker  Clone  Result  Interpretation\n"
        "Estrogen receptor  SP1  Positive nuclear staining in 90% of tumor cells  POSITIVE\n"
        "HER2 (IHC)  4B5  1+: faint, incomplete membrane staining  Negative\n"
        "Ki-67  30-9  8% of tumor nuclei  Low\n"
    )
    # ER's and Ki-67's rows are other markers: their unclear words say nothing of HER2's
    for unclear in ({"SP1", "nuclei"}, {"Positive", "nuclear"}, {"8%"}):
        assert read(text, ocr=True, unclear=frozenset(unclear)).status == "negative", unclear
    # another HER2 row of the table is a sibling: its unclear result sets the IHC row aside
    fish = text.replace("Ki-67", "HER2 gene (FISH)  FISH  amplified, ratio 2.6  POSITIVE\nKi-67")
    assert read(fish, ocr=True).status == "positive"
    assert read(fish, ocr=True, unclear=frozenset({"amplified,"})).status == "not_found"
