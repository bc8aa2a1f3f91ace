"""What the patient reads (issue 8, session 16 helper sentences16): sentences15's leftovers and an
audit of the summary on devset18, reports nobody tuned the text for. Each case is a short report
written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.render.scale import scales_for

from .summary_cases import explain_with_words


def scale_words(text: str, lang: str = "en") -> str:
    """The sentences under the scale drawings ("Where your result sits") for a report text."""
    result, _ = explain_with_words(text, lang)
    assert result.facts is not None
    return " ".join(scale.alt for scale in scales_for(result.facts, lang))

# --- 1. a 3+ in a small share of cells is said as the report gives it, never as "2+" -------------

FEW_CELLS = (
    "Specimen: Left breast core biopsy\n"
    "Diagnosis: Invasive ductal carcinoma, grade 2.\n"
    "HER2 (4B5): 3+ in {share} of tumour cells.\n"
    "ER positive 90%. PR positive 50%.\n"
)


def test_a_few_cells_3_plus_is_not_called_2_plus() -> None:
    for share in ("<10%", "5%", "less than 10%", "<=10%"):
        result, said = explain_with_words(FEW_CELLS.format(share=share))
        assert result.status == "equivocal", share
        assert "was 2+" not in said and "fue 2+" not in said, share
        assert "counts as borderline" in said, share
        drawn = scale_words(FEW_CELLS.format(share=share))
        assert "3+ counts as positive." not in drawn, share  # the bare cut-off would contradict it
        assert "3+ counts as positive only when more than 10% of the tumor cells stain" in drawn, share
        assert "No gene copy test (ISH) result was found" in said, share


def test_a_few_cells_3_plus_in_spanish() -> None:
    _, said = explain_with_words(FEW_CELLS.format(share="<10%"), lang="es")
    assert "fue 2+" not in said
    assert "cuenta como dudoso" in said
    assert "3+ cuenta como positivo solo cuando" in scale_words(FEW_CELLS.format(share="<10%"), "es")


def test_a_2_plus_keeps_its_own_words() -> None:
    # near-miss: a real 2+ is said as a 2+, and its scale keeps the plain cut-off
    text = FEW_CELLS.replace("3+ in {share} of tumour cells", "2+ (equivocal)")
    _, said = explain_with_words(text)
    assert "Your protein stain (IHC) score is 2+" in said
    assert "fewer tumor cells than the scoring rules" not in said
    assert "For breast cancer, 3+ counts as positive. 2+ is borderline" in scale_words(text)


def test_a_3_plus_in_most_cells_keeps_the_plain_cut_off() -> None:
    # near-miss: a 3+ in most cells is positive and the scale says so as before
    result, said = explain_with_words(FEW_CELLS.format(share="90%"))
    assert result.status == "positive"
    assert "fewer tumor cells than the scoring rules" not in said
    assert "For breast cancer, 3+ counts as positive. 2+ is borderline" in scale_words(FEW_CELLS.format(share="90%"))
