"""The picture of where the result sits (her2cli/render/scale.py), as a specification.

Golden files (tests/golden_scales/) hold both views of every golden case that gives a value, in
both languages: the plain-character drawing (<case>.<lang>.txt) and the inline SVG figure
(<case>.<lang>.svg.html). Refresh with `pytest --update-golden` and read the diff.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from her2cli import explain_file
from her2cli.facts import ReportFacts, derive_facts
from her2cli.messages import LANGUAGES
from her2cli.render.html import render_html
from her2cli.render.scale import (
    RULER_WIDTH,
    CategoryScale,
    NumberScale,
    ScaleKind,
    scale_text_lines,
    scales_for,
    text_section,
)
from her2cli.render.scale_svg import scale_svg

from .conftest import ROOT, SAMPLES
from .test_render import PICKS

GOLDEN = ROOT / "tests" / "golden_scales"

NOTHING = ReportFacts(status="not_found", cancer_type="breast")


def _svg_figures(values: ReportFacts, lang: str) -> str:
    return (
        "\n".join(
            scale_svg(s, f"scale-{i}") + "\n" + s.alt for i, s in enumerate(scales_for(values, lang), 1)
        )
        + "\n"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_scales_golden_both_views(combo: str, report: str, lang: str, update_golden: bool) -> None:
    values = explain_file(report).facts  # with the facts only the report's words give (named rules)
    assert values is not None
    views = {"txt": "\n".join(text_section(values, lang)) + "\n", "svg.html": _svg_figures(values, lang)}
    if not scales_for(values, lang):
        assert text_section(values, lang) == []
        return
    for suffix, text in views.items():
        golden = GOLDEN / f"{combo}.{lang}.{suffix}"
        if update_golden:
            GOLDEN.mkdir(exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert golden.exists(), f"missing golden file {golden.name}: run pytest --update-golden and read it"
        assert text == golden.read_text(encoding="utf-8")


def test_golden_cases_cover_every_kind_of_scale_drawn_from_reports() -> None:
    kinds = {s.kind for _, report in PICKS for s in scales_for(derive_facts(explain_file(report)))}
    assert {ScaleKind.IHC, ScaleKind.ISH_RATIO, ScaleKind.ISH_COPIES} <= kinds


def test_no_value_no_scale() -> None:
    assert scales_for(NOTHING) == []
    no_her2 = explain_file(str(SAMPLES / "crc_no_her2_mention.pdf"))
    assert scales_for(derive_facts(no_her2)) == []
    assert "Where your result sits" not in render_html(no_her2)


def test_ihc_scale_marks_the_reports_score_and_the_positive_cutoff() -> None:
    (scale,) = scales_for(replace(NOTHING, cancer_type="colorectal", ihc_score="2+"))
    assert isinstance(scale, CategoryScale)
    assert [c.label for c in scale.categories] == ["0", "1+", "2+", "3+"]
    assert [c.marked for c in scale.categories] == [False, False, True, False]
    assert [c.meaning for c in scale.categories] == ["negative", "negative", "ISH decides", "positive"]
    assert "2+" in scale.alt and "at least half of the tumor cells" in scale.alt
    assert scale.band is None, "HER2-low is a breast-cancer band only"
    drawing = scale_text_lines(scale)
    assert any("[ 2+ ]" in line for line in drawing) and any(
        line.rstrip().endswith("^ your score") for line in drawing
    )


def test_breast_ihc_scale_shows_the_her2_low_band_over_1_and_2() -> None:
    (scale,) = scales_for(replace(NOTHING, ihc_score="1+"))
    assert isinstance(scale, CategoryScale) and scale.band is not None
    assert (scale.band.first, scale.band.last) == (1, 2)
    assert any("still HER2-negative" in n for n in scale.notes)
    band_line = next(line for line in scale_text_lines(scale) if "HER2-low" in line)
    labels_line = scale_text_lines(scale)[1]
    # the band starts under the 1+ cell and ends under the 2+ cell
    assert band_line.index("<") == labels_line.index("|", labels_line.index("0")) + 1
    assert band_line.index(">") + 1 == labels_line.index("|", labels_line.index("2+"))


def test_ultralow_note_only_when_the_report_says_ultralow() -> None:
    (plain,) = scales_for(replace(NOTHING, ihc_score="0"))
    (ultra,) = scales_for(replace(NOTHING, ihc_score="0", her2_ultralow=True))
    assert not any("ultralow" in n for n in plain.notes)
    assert any("ultralow" in n for n in ultra.notes)


def test_a_score_range_marks_each_cell_of_the_range() -> None:
    (scale,) = scales_for(replace(NOTHING, ihc_score_range="1-2+"))
    assert isinstance(scale, CategoryScale)
    assert [c.marked for c in scale.categories] == [False, True, True, False]
    assert "1-2+" in scale.alt
    assert scales_for(replace(NOTHING, ihc_score_range="garbled")) == []


def test_ish_ratio_and_copies_sit_against_the_guideline_cutoffs() -> None:
    ratio, copies = scales_for(replace(NOTHING, ish_ratio=2.1, ish_copy_number=3.6))
    assert isinstance(ratio, NumberScale) and isinstance(copies, NumberScale)
    assert ratio.cutoffs == (2.0,) and copies.cutoffs == (4.0, 6.0)
    assert "2.1, is above the cut-off line at 2.0" in ratio.alt
    assert "3.6, is below the cut-off line at 4.0" in copies.alt
    (between,) = scales_for(replace(NOTHING, ish_copy_number=5.8))
    assert "between the cut-off lines at 4.0 and 6.0" in between.alt
    (on_line,) = scales_for(replace(NOTHING, ish_ratio=2.0))
    assert "right on the cut-off line at 2.0" in on_line.alt
    (above_both,) = scales_for(replace(NOTHING, ish_copy_number=7.1))
    assert "above both cut-off lines, 4.0 and 6.0" in above_both.alt


def test_copy_number_lines_are_the_ones_the_tumor_types_rules_use() -> None:
    """Breast: the ASCO/CAP group lines 4.0 and 6.0; gastric and other: 6.0; colorectal: none
    (HERACLES decides on the ratio), so only the ratio gets a scale there."""
    cutoffs = {}
    for cancer in ("breast", "gastric", "esophageal", "other", "unknown", "colorectal"):
        scales = scales_for(replace(NOTHING, cancer_type=cancer, ish_ratio=2.4, ish_copy_number=6.5))
        assert scales[0].kind is ScaleKind.ISH_RATIO and isinstance(scales[0], NumberScale)
        assert scales[0].cutoffs == (2.0,)
        cutoffs[cancer] = [s.cutoffs for s in scales[1:] if isinstance(s, NumberScale)]
    assert cutoffs == {
        "breast": [(4.0, 6.0)],
        "gastric": [(6.0,)],
        "esophageal": [(6.0,)],
        "other": [(6.0,)],
        "unknown": [(6.0,)],
        "colorectal": [],
    }
    (gastric,) = scales_for(replace(NOTHING, cancer_type="gastric", ish_copy_number=6.5))
    assert "above the cut-off line at 6.0. The line is the cut-off" in gastric.alt


def test_the_scale_never_states_the_labs_call() -> None:
    """Group 2-4 results are decided with the IHC review: the picture places numbers, the lab decides."""
    # the note points at the lab's own result, so it needs one (none given: no note, QA 20)
    for scale in scales_for(replace(NOTHING, ish_ratio=2.1, ish_copy_number=3.6, ish_result="not_amplified")):
        words = (scale.alt + " ".join(scale.notes)).lower()
        assert "amplified" not in words and "positive" not in words
        assert any(
            "the lab reads the ratio and the average copy number together" in n.lower() for n in scale.notes
        )


def test_spanish_numbers_use_a_decimal_comma() -> None:
    (ratio,) = scales_for(replace(NOTHING, ish_ratio=2.6), "es")
    assert "2,6" in ratio.alt and "2,0" in ratio.alt and "2.6" not in ratio.alt
    assert any("su resultado: 2,6" in line for line in scale_text_lines(ratio, "es"))


def test_values_beyond_the_axis_sit_at_its_end_and_say_so() -> None:
    (ratio,) = scales_for(replace(NOTHING, ish_ratio=12.5))
    assert isinstance(ratio, NumberScale) and ratio.clipped and ratio.end == 10.0
    drawing = scale_text_lines(ratio)
    ruler = drawing[2]
    assert ruler.rstrip().endswith(">")
    assert "12.5" in drawing[3] and "12.5" in ratio.alt
    assert "axis-end" in scale_svg(ratio, "c")


def test_ngs_copy_number_only_against_a_cutoff_the_lab_states() -> None:
    tissue = replace(NOTHING, ngs_copy_number=9.0)
    assert scales_for(tissue) == [], "no lab cut-off stated: no scale, never a borrowed tissue cut-off"
    (scale,) = scales_for(replace(tissue, ngs_threshold=6.0))
    assert isinstance(scale, NumberScale) and scale.kind is ScaleKind.NGS_COPIES
    assert scale.cutoffs == (6.0,) and "your lab states" in scale.alt


def test_plasma_copy_number_never_gets_a_scale() -> None:
    blood = replace(NOTHING, ngs_copy_number=2.6, ngs_threshold=2.0, blood=True)
    assert scales_for(blood) == []
    plasma = explain_file(str(SAMPLES / "crc_ctdna_erbb2_amp_plasma_cn.pdf"))
    assert plasma.ngs is not None and plasma.ngs.copy_number is not None
    assert scales_for(derive_facts(plasma)) == []


@given(value=st.floats(min_value=0, max_value=40, allow_nan=False), lang=st.sampled_from(LANGUAGES))
def test_marker_sits_where_the_value_is(value: float, lang: str) -> None:
    ratio, copies = scales_for(replace(NOTHING, ish_ratio=value, ish_copy_number=value), lang)
    for scale in (ratio, copies):
        assert isinstance(scale, NumberScale)
        drawing = scale_text_lines(scale, lang)
        title, ticks, ruler, marker, alt = drawing
        assert len(ruler.strip()) == RULER_WIDTH + 1
        caret = marker.index("^")
        expected = 4 + round(min(value, scale.end) / scale.end * RULER_WIDTH)
        assert caret == expected
        assert scale.value_text in marker and scale.value_text in alt
        assert scale.clipped == (value > scale.end)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_svg_is_inline_named_by_its_caption_and_fetches_nothing(lang: str) -> None:
    values = replace(NOTHING, ihc_score="2+", ish_ratio=2.6, ish_copy_number=5.8)
    for i, scale in enumerate(scales_for(values, lang)):
        svg = scale_svg(scale, f"cap-{i}")
        assert svg.startswith("<svg") and f'aria-labelledby="cap-{i}"' in svg and 'role="img"' in svg
        assert not re.search(r"https?:|href|<script|<image", svg)
        assert f"<title>{scale.title}</title>" in svg


def test_a_positive_breast_result_gets_no_her2_low_band_or_note() -> None:
    """qa3 18: 'HER2-low ... It is still HER2-negative' beside a HER2-positive summary misleads."""
    (positive,) = scales_for(replace(NOTHING, status="positive", ihc_score="2+"))
    assert isinstance(positive, CategoryScale) and positive.band is None
    assert not any("HER2-low" in n for n in positive.notes)
    # near-miss: the same score, negative, keeps both
    (negative,) = scales_for(replace(NOTHING, status="negative", ihc_score="2+"))
    assert isinstance(negative, CategoryScale) and negative.band is not None
