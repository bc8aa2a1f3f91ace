"""OCR rules are data (her2cli/data/rules/ocr.toml), and the page reader re-reads only the strips
around the lines they pick.

- Every record matches its examples and misses its near-misses (the file's own walk, so it runs
  even where tests/test_rules.py does not list the file yet).
- The cue words whose confidence decides whether a finding stands include every word issue 16
  names; a word-list record must be literal words, or the file is refused.
- The strips a second reading sees are the HER2 lines and the line after each, never cutting a
  line, and the strip's lines take the place of the lines they cover.
"""

from __future__ import annotations

import pytest

from her2cli.rules.ocr import ocr_focus, ocr_rules, word_list
from her2cli.rules.patterns import pattern_file
from her2cli.sources.ocr_layout import OcrLine, OcrWord, focus_bands, focus_unclear, lay_out, merge_strip

RECORDS = pattern_file("ocr").records


@pytest.mark.parametrize("record", RECORDS, ids=[r.id for r in RECORDS])
def test_every_ocr_rule_matches_its_examples_and_misses_its_near_misses(record: object) -> None:
    pattern = pattern_file("ocr")[record.id]  # type: ignore[attr-defined]
    assert [e.text for e in record.examples if not pattern.search(e.text)] == []  # type: ignore[attr-defined]
    assert [t for t in record.not_examples if pattern.search(t)] == []  # type: ignore[attr-defined]


def test_the_cue_words_are_the_ones_the_issue_names() -> None:
    named = {"history", "previous", "prior", "pre-treatment", "residual", "control", "not", "no"}
    assert named | {"negative", "positive"} <= ocr_rules().cue_words
    assert not {"histology", "her2", "the"} & ocr_rules().cue_words


def test_a_word_list_must_be_literal_words() -> None:
    assert word_list("^(?:not|no|non-amplified)$", "x") == ("not", "no", "non-amplified")
    for bad in ("not|no", "^(?:not|n.)$", "^(?:Not)$", "^(?:not\\w*)$"):
        with pytest.raises(ValueError, match="word list"):
            word_list(bad, "ocr.toml")


def test_value_templates_put_the_number_in_escaped() -> None:
    rules = ocr_rules()
    alone = rules.value_pattern(rules.value_alone, "1.5")
    assert alone.search("ratio 1.5;") and not alone.search("ratio 105") and not alone.search("11.5")
    whole = rules.value_pattern(rules.whole_number, "15")
    assert whole.search("ratio 15 (amplified)") and not whole.search("ratio 15.2")


def test_the_focus_is_the_her2_line_rule() -> None:
    focus = ocr_focus()
    assert focus("HERZ/neu (4B5): 2+") and focus("Total CEP 17 signals 66")
    assert not focus("Ki-67 (30-9): 25%")


def line(block: int, number: int, top: int, text: str, *, conf: float = 90.0) -> OcrLine:
    words = [OcrWord(w, conf, 100 + 80 * i, 160 + 80 * i) for i, w in enumerate(text.split())]
    return OcrLine((1, block, 1, number), top, top + 20, words)


PAGE = [
    line(1, 1, 100, "SURGICAL PATHOLOGY REPORT"),
    line(1, 2, 130, "Estrogen receptor positive 90%"),
    line(1, 3, 160, "HER2 (4B5) 2+ equivocal", conf=40.0),
    line(1, 4, 190, "reflex FISH sent", conf=45.0),
    line(1, 5, 220, "Ki-67 25%"),
    line(1, 6, 400, "Signed by the pathologist"),
]


def test_strips_are_the_her2_line_and_the_next_padded_and_merged() -> None:
    bands = focus_bands(PAGE, ocr_focus())
    assert len(bands) == 1
    top, bottom = bands[0]
    # the HER2 line and the line after it, half a line above and below, widened to the whole
    # lines they touch (the ER line above and the Ki-67 line below are touched by the padding)
    assert top <= 160 - 10 and bottom >= 210 + 10
    assert not any(top < ln.top < bottom and ln.bottom > bottom for ln in PAGE)  # no line cut


def always(_again: list[OcrLine], _before: list[OcrLine]) -> bool:
    return True


def never(_again: list[OcrLine], _before: list[OcrLine]) -> bool:
    return False


STRIP = [
    OcrLine(
        (1, 1001, 1, 1), 160, 180, [OcrWord("HER2", 95.0, 100, 160), OcrWord("2+", 95.0, 175, 205)], True
    ),
    OcrLine((1, 1001, 1, 2), 190, 210, [OcrWord("reflex", 95.0, 100, 160)], True),
    # a line the first reading lost entirely: no line of the page is there
    OcrLine((1, 1001, 1, 3), 2000, 2020, [OcrWord("lost", 95.0, 100, 160)], True),
]


def test_a_strip_reading_takes_the_place_of_the_lines_it_reads_again() -> None:
    text = lay_out(merge_strip(PAGE, (150, 2100), STRIP, always)).text
    assert text.split("\n") == [
        "SURGICAL PATHOLOGY REPORT",
        "Estrogen receptor positive 90%",
        "HER2 2+",
        "reflex",
        "Ki-67 25%",
        "Signed by the pathologist",  # one Tesseract paragraph with the Ki-67 line: no blank line
        "",  # a gap of many lines on the page
        "lost",  # after the page line above it
    ]


def test_a_strip_reading_that_is_not_surer_changes_nothing() -> None:
    assert merge_strip(PAGE, (150, 215), STRIP, never) is PAGE


def test_only_the_pieces_the_judge_prefers_are_taken() -> None:
    def fewer_words(again: list[OcrLine], before: list[OcrLine]) -> bool:
        return sum(len(x.words) for x in again) < sum(len(x.words) for x in before)

    text = lay_out(merge_strip(PAGE, (150, 215), STRIP[:2], fewer_words)).text
    assert "HER2 2+" in text and "reflex FISH sent" not in text and "reflex" in text.split("\n")


def test_an_unclear_word_on_a_her2_line_asks_for_a_second_reading() -> None:
    assert focus_unclear(PAGE, ocr_focus(), 50.0)
    assert not focus_unclear(PAGE, ocr_focus(), 30.0)  # the HER2 line reads at 40
