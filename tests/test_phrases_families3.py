"""Blind set 3's misses (session 3) as phrase families, each with near-misses that keep their reading.

1. A sequencing report that says it did not test the HER2 protein ("HER2 protein expression (IHC)
   was not evaluated by this assay"): its ERBB2 "not amplified" is a copy-number result, not a HER2
   negative (not found); an amplification is still positive, and an IHC result still decides.
2. A hotspot row with a method cell between the change and the result ("BRAF V600E   PCR tiempo
   real   No detectada"): the result cell negates the change (wild-type), "Detected" does not.
3. ISH counts written "mean HER2/cell ........ 6.7" (no copies word, dotted leaders): the mean is
   read, so a ratio under 2.0 with a mean of 6 or more is group 3, never "not amplified".
4. Single-probe ISH (no chromosome 17 control, no ratio): the mean HER2 copy number decides -
   6.0 or more amplified, under 4.0 not amplified, between them equivocal (ASCO/CAP 2018) - when
   the lab's words state the same result; numbers alone, or words that disagree, give no result.
"""

from __future__ import annotations

from typing import Any

import pytest

from her2cli import explain_text

from .probe_runner import assert_fields

BREAST = "Specimen: Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
COLON = "Colon, sigmoid, resection: invasive adenocarcinoma.\n"
LUNG_NGS = (
    "Tumor: Lung adenocarcinoma, stage IV.\nComprehensive genomic profiling (NGS), tumor tissue.\n"
    "ERBB2 (HER2) exon 20 insertion p.A775_G776insYVMA, VAF 18%.\n"
)


CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- 1. sequencing that did not test the HER2 protein
    (
        "protein-untested-lung",
        LUNG_NGS + "COPY NUMBER: ERBB2 copy number within normal range (not amplified).\n"
        "Note that HER2 protein expression (IHC) was not evaluated by this assay.\n",
        {"status": "not_found", "ngs": "not_amplified"},
    ),
    (
        "protein-untested-colon-does-not-assess",
        COLON + "Tissue NGS panel.\nERBB2 amplification: not detected.\n"
        "This assay does not assess HER2 protein expression.\n",
        {"status": "not_found", "ngs": "not_amplified"},
    ),
    (
        "protein-untested-cannot-be-determined",
        COLON + "Tissue NGS panel.\nERBB2: no amplification detected.\n"
        "HER2 protein overexpression cannot be determined by sequencing.\n",
        {"status": "not_found"},
    ),
    (
        "nm-no-caveat-negative",
        LUNG_NGS + "COPY NUMBER: ERBB2 copy number within normal range (not amplified).\n",
        {"status": "negative", "ngs": "not_amplified"},
    ),
    (
        "nm-caveat-amplified-still-positive",
        COLON + "Tissue NGS panel.\nERBB2 amplification detected (copy number 18).\n"
        "HER2 protein expression (IHC) was not evaluated by this assay.\n",
        {"status": "positive", "ngs": "amplified"},
    ),
    (
        "nm-caveat-with-ihc-result",
        BREAST + "HER2 IHC (4B5): 1+, negative.\nTissue NGS: ERBB2 not amplified.\n"
        "HER2 protein expression was not evaluated by the sequencing assay.\n",
        {"status": "negative", "ihc": "1+"},
    ),
    # --- 2. a method cell between the hotspot and its result
    (
        "hotspot-method-cell-es",
        COLON + " BRAF V600E              PCR tiempo real               No detectada\n",
        {"braf": "wild-type"},
    ),
    (
        "hotspot-method-cell-pipe",
        COLON + "BRAF V600E | Sanger sequencing | Negative\n",
        {"braf": "wild-type"},
    ),
    (
        "hotspot-method-cell-en",
        COLON
        + "Gene / variant     Method            Result\nBRAF V600E         Real-time PCR     Not detected\n",
        {"braf": "wild-type"},
    ),
    (
        "nm-hotspot-method-cell-detected",
        COLON + "BRAF V600E         Real-time PCR     Detected (VAF 22%)\n",
        {"braf": "mutant", "braf_variant": "V600E"},
    ),
    (
        "nm-hotspot-method-cell-detectada",
        COLON + " BRAF V600E              PCR tiempo real               Detectada\n",
        {"braf": "mutant", "braf_variant": "V600E"},
    ),
    # --- 3. ISH means written "mean HER2/cell ..... 6.7"
    (
        "dotted-mean-group3-ihc3",
        BREAST + "Dual-probe SISH, 20 cells:\n mean HER2/cell ........ 6.7\n mean CEP17/cell ....... 4.5\n"
        " ratio ................. 1.5\nConcurrent IHC (4B5): 3+.\n",
        {"status": "positive", "group": 3, "mean": 6.7},
    ),
    (
        "dotted-mean-group4-ihc2",
        BREAST + "Dual-probe ISH:\n mean HER2/cell ...... 4.6\n mean CEP17/cell ..... 2.9\n"
        " ratio ............... 1.6\nHER2 IHC: 2+.\n",
        # group 4 settled by the IHC 2+: ISH not amplified (fam4, ASCO/CAP 2018 label convention)
        {"ish": "not_amplified", "group": 4, "mean": 4.6},
    ),
    (
        "per-nucleus-mean",
        BREAST + "HER2 FISH: mean HER2 per nucleus: 2.1; mean CEP17 per nucleus: 1.9; ratio 1.1.\n",
        {"status": "negative", "ish": "not_amplified", "group": 5, "mean": 2.1},
    ),
    (
        "nm-dotted-mean-group5",
        BREAST + "Dual-probe SISH:\n mean HER2/cell ........ 2.4\n mean CEP17/cell ....... 2.0\n"
        " ratio ................. 1.2\n",
        {"status": "negative", "ish": "not_amplified", "group": 5},
    ),
    # --- 4. single-probe ISH
    (
        "single-probe-positive",
        BREAST + "Method: single-probe HER2 SISH, no chromosome 17 control probe.\nCells counted: 40\n"
        "Average HER2 signals per nucleus: 7.2\n"
        "Interpretation (ASCO/CAP 2018, single-probe): average HER2 copy number >=6.0 signals/cell - "
        "POSITIVE (amplified).\n",
        {"status": "positive", "ish": "amplified", "mean": 7.2},
    ),
    (
        "single-probe-negative",
        BREAST + "HER2 single-probe ISH (no CEP17 probe).\nAverage HER2 signals per nucleus: 2.8\n"
        "Result: HER2 NOT AMPLIFIED (average HER2 copy number below 4.0).\n",
        {"status": "negative", "ish": "not_amplified", "mean": 2.8},
    ),
    (
        "single-probe-equivocal",
        BREAST + "HER2 single probe ISH, HER2/CEP17 ratio not applicable.\n"
        "Mean HER2 copy number: 4.9 signals per cell.\nInterpretation: HER2 EQUIVOCAL (4.0 to 6.0).\n",
        {"ish": "equivocal", "mean": 4.9},
    ),
    (
        "nm-single-probe-numbers-only",
        BREAST + "HER2 single-probe ISH.\nAverage HER2 signals per nucleus: 7.2\n",
        {"status": "not_found", "ish": None},
    ),
    (
        "nm-single-probe-words-disagree",
        BREAST + "HER2 single-probe ISH.\nAverage HER2 signals per nucleus: 3.2\n"
        "Interpretation: average HER2 copy number >=6.0 signals/cell - POSITIVE (amplified).\n",
        {"status": "not_found", "ish": None},
    ),
    (
        "nm-dual-probe-unchanged",
        BREAST + "HER2 dual-probe FISH: average HER2 copy number 7.2; HER2/CEP17 ratio 3.1. AMPLIFIED.\n",
        {"status": "positive", "ish": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_family_phrase(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


# --- the cancer type "lung" is found with the other cancer types (findings/document.py), the
# same with and without the patient explanation; the explanation only reads it
LUNG_CASES = [
    ("lung-adenocarcinoma", "Diagnosis: Lung adenocarcinoma, stage IV.\nHER2 IHC (4B5): 3+.\n", "lung"),
    ("nsclc", "Non-small cell lung carcinoma, pleural biopsy.\nHER2 (IHC): 0.\n", "lung"),
    ("lung-with-rules-unknown", "Adenocarcinoma of the lung.\nERBB2 amplification detected.\n", "lung"),
    ("nm-metastatic-to-lung", BREAST + "Known metastases to lung.\nHER2 IHC: 3+.\n", "breast"),
    ("nm-negated-lung", COLON + "No lung cancer.\nHER2 IHC: 1+.\n", "colorectal"),
    (
        "nm-negated-lung-other",
        "Pleural fluid: metastatic carcinoma, negative for lung adenocarcinoma markers.\nHER2 IHC: 3+.\n",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "cancer"), [c[1:] for c in LUNG_CASES], ids=[c[0] for c in LUNG_CASES])
def test_cancer_type_lung_without_and_with_the_explanation(text: str, cancer: str) -> None:
    from her2cli.api import explain_bytes

    bare = explain_bytes(text.encode(), "report.txt", explanation=False)
    full = explain_bytes(text.encode(), "report.txt")
    assert bare.cancer_type == full.cancer_type == cancer
    assert "unknown_cancer_type" not in full.warning_codes


def test_the_explanation_does_not_set_the_cancer_type() -> None:
    from her2cli.explain import attach_explanation

    result = explain_text("Diagnosis: Lung adenocarcinoma.\nHER2 IHC (4B5): 3+.\n")
    result.cancer_type = "other"  # as a Result built without the report's words would have it
    assert attach_explanation(result, text="Lung adenocarcinoma").cancer_type == "other"


# --- a blood (plasma, ctDNA) "not detected" gives no value: not wild-type, not "not amplified"
# (the lead's decision from facts.md §7 and §10), whether or not the report adds its own caveat
PLASMA = COLON + "Guardant360 cell-free DNA (liquid biopsy), plasma.\n"
BLOOD_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "plasma-rows-not-detected",
        PLASMA + "Gene      Alteration       Result\nERBB2     Amplification    Not detected\n"
        "KRAS      Mutation         Not detected\nNRAS      Mutation         Not detected\n"
        "BRAF      V600E            Not detected\n",
        {"status": "not_found", "ngs": None, "kras": None, "nras": None, "braf": None},
    ),
    (
        "plasma-no-caveat-wild-type-word",
        PLASMA + "KRAS: wild-type. NRAS: wild-type.\nERBB2 amplification: not detected.\n",
        {"status": "not_found", "ngs": None, "kras": None, "nras": None},
    ),
    (
        "plasma-with-caveat",
        PLASMA + "KRAS: not detected\nA 'not detected' result does not exclude an alteration in the tumor.\n",
        {"kras": None},
    ),
    (
        "nm-plasma-mutation-detected",
        PLASMA + "KRAS G12D detected (VAF 3.1%)\nNRAS: not detected\n",
        {"kras": "mutant", "nras": None},
    ),
    (
        "nm-plasma-amplification-detected",
        PLASMA + "ERBB2 amplification detected, plasma copy number 3.1.\nKRAS: not detected\n",
        {"status": "positive", "ngs": "amplified", "kras": None},
    ),
    (
        "nm-tissue-not-detected-is-wild-type",
        COLON + "Tissue NGS (FFPE block A2).\nKRAS: not detected\nNRAS: not detected\nBRAF: not detected\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BLOOD_CASES], ids=[c[0] for c in BLOOD_CASES])
def test_blood_not_detected_gives_no_value(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


# --- RAS/BRAF column tables separated by tabs: read by their fields, as HER2's are (columns.py)
TISSUE = COLON + "Tissue NGS (FFPE block A2).\n"
TAB_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "tab-columns-mutant-first",
        TISSUE + "Gene\tKRAS\tNRAS\tBRAF\tHER2\nResult\tG12D detected\tNot detected\tNot detected\t1+\n",
        {"kras": "mutant", "nras": "wild-type", "braf": "wild-type"},
    ),
    (
        "tab-columns-mutant-in-the-middle",
        TISSUE + "KRAS\tNRAS\tBRAF\tMSI\nNot detected\tG12D\tNot detected\tStable\n",
        {"kras": "wild-type", "nras": "mutant", "braf": "wild-type"},
    ),
    (
        "tab-columns-row-label",
        TISSUE + "Block\tKRAS\tNRAS\tBRAF\nA2\tWild-type\tWild-type\tV600E mutant\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "mutant", "braf_variant": "V600E"},
    ),
    (
        "nm-tab-columns-empty-cell-is-no-value",
        TISSUE + "Block\tKRAS\tNRAS\tBRAF\nA2\t\tWild-type\tWild-type\n",
        {"kras": None, "nras": "wild-type", "braf": "wild-type"},
    ),
    (
        "nm-space-aligned-columns-unchanged",
        TISSUE
        + "Block    KRAS          NRAS          BRAF\nA2       Wild-type     Wild-type     V600E mutant\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "mutant"},
    ),
    (
        "nm-row-of-values-is-no-header",
        TISSUE + "KRAS: wild-type   NRAS: wild-type   BRAF: wild-type\nTP53 R282W\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TAB_CASES], ids=[c[0] for c in TAB_CASES])
def test_ras_column_tables_with_tabs(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


# --- a repeat note voids only the HER2 stain it names; a note about another stain voids nothing
REPEAT_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "repeat-other-stains-same-sentence",
        BREAST + "HER2 (4B5): 2+ (equivocal); ER and Ki-67 stains are being repeated on block A3.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    (
        "repeat-er-stain-same-sentence",
        BREAST + "HER2 (4B5): 2+ (equivocal); the ER stain is being repeated on block A3.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    (
        "repeat-ki67-immunostain-same-sentence",
        BREAST + "HER2 IHC: 1+, negative; Ki-67 immunostain will be repeated.\n",
        {"status": "negative", "ihc": "1+"},
    ),
    (
        "repeat-ki67-after-the-her2-result",
        BREAST + "HER2 IHC 1+ (negative) and the Ki-67 immunostain will be repeated on block B1.\n",
        {"status": "negative", "ihc": "1+"},
    ),
    (
        "repeat-er-after-a-comma",
        BREAST + "HER2 (4B5): 2+ (equivocal), ER stain is being repeated on block A3.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    (
        "repeat-her2-and-er-listed-voids-her2",
        BREAST + "HER2 IHC: 3+ (see comment)\nCOMMENT: HER2 and ER stains are being repeated on block A2.\n",
        {"status": "not_found", "ihc": None},
    ),
    (
        "repeat-er-next-sentence",
        BREAST + "HER2 IHC: 1+, negative. The ER stain is being repeated on block B2.\n",
        {"status": "negative", "ihc": "1+"},
    ),
    (
        "repeat-fish-keeps-the-ihc",
        BREAST + "HER2 IHC (4B5): 2+, FISH is being repeated on block A2 (ratio 2.3 not reportable).\n",
        {"status": "equivocal", "ihc": "2+", "ish": None},
    ),
    (
        "repeat-her2-ihc-voids-it",
        BREAST + "HER2 IHC: 3+ (see comment)\n\nCOMMENT: The HER2 IHC is being repeated on block A2.\n",
        {"status": "not_found", "ihc": None},
    ),
    (
        "repeat-her2-ihc-own-line",
        BREAST + "HER2 IHC is being repeated on block A2: 0.\n",
        {"status": "not_found", "ihc": None},
    ),
    (
        "nm-repeated-and-confirmed",
        BREAST + "HER2 FISH was repeated and confirmed amplification (HER2/CEP17 ratio 2.6).\n",
        {"status": "positive", "ish": "amplified"},
    ),
    (
        "nm-ihc-repeat-keeps-the-fish",
        BREAST + "HER2 IHC is being repeated on block A2.\nHER2 FISH: HER2/CEP17 ratio 2.6, amplified.\n",
        {"status": "positive", "ish": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in REPEAT_CASES], ids=[c[0] for c in REPEAT_CASES]
)
def test_a_repeat_note_voids_only_the_stain_it_names(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


MORE_CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- IHC scores written in words ("three plus", "3 plus")
    (
        "score-three-plus-in-words",
        BREAST + "HER-2/neu immunostain: three plus (strong, complete, membranous staining in about "
        "ninety percent of the tumour cells), which is a positive result.\n",
        {"status": "positive", "ihc": "3+"},
    ),
    (
        "score-two-plus-in-words",
        BREAST + "HER2 (IHC): two plus, equivocal.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    ("score-digit-plus-word", BREAST + "HER2 IHC: 1 plus (faint, incomplete staining).\n", {"ihc": "1+"}),
    ("nm-surplus", BREAST + "Surplus tissue retained. HER2 IHC: 0 (negative).\n", {"ihc": "0"}),
    (
        "nm-other-marker-in-words",
        BREAST + "ER: three plus (strong) in 90%.\nHER2 IHC: 1+ (negative).\n",
        {"status": "negative", "ihc": "1+"},
    ),
    # --- a result row that names its criteria ("..., gastric/CRC criteria: Negative (score 0)")
    (
        "criteria-named-on-the-result-row",
        COLON + "HER2 (4B5), block B2, gastric/CRC criteria: Negative (score 0). No membranous staining.\n",
        {"status": "negative", "ihc": "0"},
    ),
    (
        "criteria-heracles-on-the-result-row",
        COLON + "HER2 IHC, HERACLES criteria: 3+ in 60% of tumor cells, positive.\n",
        {"status": "positive", "ihc": "3+"},
    ),
    (
        "nm-criteria-legend-without-her2",
        COLON + "Criteria: IHC 3+ positive, 2+ equivocal, 0/1+ negative.\nHER2 testing is pending.\n",
        {"status": "not_found", "ihc": None},
    ),
    (
        "nm-her2-criteria-legend-listing-scores",
        COLON + "HER2 criteria: 3+ positive; 2+ equivocal; 1+ or 0 negative.\n",
        {"status": "not_found", "ihc": None},
    ),
    # --- ISH counts "HER-2/neu (red) signals, mean/cell ... 5.1"; a cut-off in a comment sentence
    # before the result line does not make the result a legend
    (
        "dotted-counts-comment-cutoff-then-result",
        BREAST + "HER2 IHC (prior, HercepTest): 2+\n HER-2/neu (red) signals, mean/cell .......... 5.1\n"
        " CEP 17 (green) signals, mean/cell ........... 3.9\n HER-2/neu : CEP17 ratio ..................... 1.31\n"
        " Comment: Increased CEP17 copy number. The ratio is below 2.0.\n INTERPRETATION: NOT AMPLIFIED.\n",
        {"status": "negative", "ish": "not_amplified", "mean": 5.1, "group": 4},
    ),
    (
        "nm-cutoff-in-the-result-sentence-is-a-legend",
        BREAST + "HER2 FISH key: a HER2/CEP17 ratio less than 2.0 is reported as not amplified.\n",
        {"status": "not_found", "ish": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MORE_CASES], ids=[c[0] for c in MORE_CASES])
def test_scores_in_words_criteria_rows_and_count_tables(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


# --- a definition that lists the tests any of which qualifies is no result of this tumor
DEFINITION_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "trial-definition-beside-an-ngs-result",
        COLON
        + "Tissue NGS panel.\nERBB2 amplification - copy number 24\nIn the MOUNTAINEER trial, patients with\n"
        "HER2-positive (IHC 3+, ISH amplified, or NGS amplified) RAS wild-type metastatic CRC had a 38% response.\n",
        {"status": "positive", "ihc": None, "ngs": "amplified"},
    ),
    (
        "definition-alone-is-no-result",
        COLON
        + "Tucatinib plus trastuzumab is approved for HER2-positive (IHC 3+ or ISH amplified) disease.\n",
        {"status": "not_found", "ihc": None},
    ),
    (
        "nm-result-with-a-test-not-done",
        BREAST + "HER2: positive (IHC 3+, ISH not performed).\n",
        {"status": "positive", "ihc": "3+"},
    ),
    (
        "nm-result-with-both-tests",
        BREAST + "HER2 positive (IHC 3+; FISH ratio 2.4, amplified).\n",
        {"status": "positive", "ihc": "3+", "ish": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in DEFINITION_CASES], ids=[c[0] for c in DEFINITION_CASES]
)
def test_a_definition_listing_tests_is_no_result(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)


# --- a score with a dash before its staining words is the score; a score compared with is a bound
SCORE_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "score-dash-descriptor-ultralow",
        BREAST
        + "HER2 IHC (4B5): 0 - faint, barely perceptible, incomplete membrane staining in approximately 5%\n"
        'of tumor cells (<=10%). Pathologist comment: "HER2-ultralow" (IHC 0 with membrane staining,\n'
        "i.e. above null but below 1+). This is a HER2-negative result by ASCO/CAP criteria.\n",
        {"status": "negative", "ihc": "0"},
    ),
    (
        "score-en-dash-descriptor",
        BREAST + "HER2 (IHC): 2 \u2013 weak to moderate complete membrane staining in 30% of cells.\n",
        {"status": "equivocal", "ihc": "2+"},
    ),
    (
        "bound-below-is-no-score",
        BREAST + "HER2 IHC: 0, negative (ultralow: membrane staining present but below 1+).\n",
        {"status": "negative", "ihc": "0"},
    ),
    (
        "nm-score-after-a-dash-without-descriptor",
        BREAST + "HER2 IHC - 3+ (positive).\n",
        {"status": "positive", "ihc": "3+"},
    ),
    (
        "nm-grade-dash-descriptor",
        BREAST + "Nuclear grade 2 - moderate pleomorphism.\nHER2 IHC: 1+ (negative).\n",
        {"ihc": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SCORE_CASES], ids=[c[0] for c in SCORE_CASES])
def test_score_descriptors_and_bounds(text: str, expected: dict[str, Any]) -> None:
    assert_fields(text, expected)
