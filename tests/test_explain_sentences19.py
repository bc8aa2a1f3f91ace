"""What the patient reads (session 19 helper sentences19): an audit of the summary on devset21 and
the earlier sessions' leftovers. Each case is a short report written for the test, with a
near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.model import Ihc

from .summary_cases import by_hand, explain_with_words

TWO_RESULTS = "more than one HER2 result"
TWO_TIMES = "from different times"


# --- 1. the shares of cells at each staining level are one stain, not several results ----------
# (devset21 b21-f06-02, b21-f06-04; devset17 b17-f12-08; devset19 b19-f06-05)

LEVELS = (
    "Colon adenocarcinoma, liver metastasis, core biopsy.\n"
    "HER2 immunostain (4B5), HERACLES scoring:\n"
    "{levels}\n"
    "Overall HER2: {call}\n"
)


def test_staining_levels_of_one_stain_are_not_separate_results() -> None:
    for levels, call in (
        (
            "   strong (3+) complete/basolateral ....... about 65% of tumour cells\n"
            "   moderate (2+) ............................ about 20%",
            "POSITIVE (3+ in >= 50%).",
        ),
        (
            "   Level 3+ : 80% of cells\n   Level 2+ : 10% of cells\n   Level 1+ : 5% of cells",
            "POSITIVE.",
        ),
        (
            "   3+ membrane staining in approximately 55% of carcinoma cells,\n"
            "   2+ in approximately 25%, negative elsewhere.",
            "positive by HERACLES.",
        ),
    ):
        result, said = explain_with_words(LEVELS.format(levels=levels, call=call))
        assert result.ihc is not None and result.ihc.score == "3+", levels
        assert TWO_RESULTS not in said, levels
        assert TWO_TIMES not in said, levels
        assert "conflict" not in result.warning_codes, levels


def test_two_blocks_scored_apart_are_still_two_results() -> None:
    # near-miss: two samples' scores, each with its share, are two results and keep the note
    text = (
        "Breast, left, excision.\n"
        "Block A2: HER2 IHC 3+, strong complete staining in 60% of invasive cells.\n"
        "Block B4 (second focus, 3 cm away): HER2 IHC 1+, faint staining in 30% of cells.\n"
    )
    result, said = explain_with_words(text)
    assert "conflict" in result.warning_codes
    assert TWO_RESULTS in said


# --- 2. a positive read only from the lab's status line did not come "from a different test" -----
# (devset21 b21-f07-10: the 3+ line unread, the status line read)

STATUS_ONLY = "{diagnosis}\nHER2 status: POSITIVE\n"
DIFFERENT_TEST = "Your result came from a different test"
TEST_UNREAD = "did not find which test gave your result"


def _status_only(cancer_type: str, diagnosis: str) -> str:
    return by_hand(
        STATUS_ONLY.format(diagnosis=diagnosis),
        status="positive",
        cancer_type=cancer_type,
        warnings=[],
        evidence=[("HER2 status: POSITIVE", "status_statement", "call=positive")],
    )


def test_a_status_line_alone_is_not_said_to_be_another_test() -> None:
    for cancer_type, diagnosis in (
        ("other", "Gallbladder adenocarcinoma, cholecystectomy."),
        ("unknown", "Metastatic adenocarcinoma, primary not determined."),
        ("colorectal", "Adenocarcinoma of the sigmoid colon."),
    ):
        said = _status_only(cancer_type, diagnosis)
        assert DIFFERENT_TEST not in said, diagnosis
        assert TEST_UNREAD in said, diagnosis
        assert "score of 3+" in said, diagnosis


def test_a_gene_copy_result_is_still_from_a_different_test() -> None:
    # near-miss: an ISH-amplified positive with no stain did come from another test
    text = (
        "Adenocarcinoma of the gallbladder, resection.\n"
        "HER2 FISH: HER2/CEP17 ratio 4.2, mean HER2 9.1 signals per cell: AMPLIFIED.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "positive" and result.ihc is None
    assert DIFFERENT_TEST in said
    assert TEST_UNREAD not in said


# --- 3. a ratio worked out with today's cut-off is not "the rules shown above" when those are
# the 2007 ones (devset21 b21-f03-04)

OLD_RULES = (
    "HER2 FISH REPORT (lab SOP based on ASCO/CAP 2007)\n"
    "Breast core, invasive carcinoma.\n"
    "Mean HER2 per cell: {mean}   HER2/CEP17 ratio: {ratio}\n"
)


def test_a_ratio_worked_out_under_older_named_rules_says_today_s_cut_off() -> None:
    for mean, ratio in (("2.1", "1.95"), ("2.6", "1.4"), ("2.4", "1.85")):
        result, said = explain_with_words(OLD_RULES.format(mean=mean, ratio=ratio))
        # the ratio alone gives the result: the engine worked it out (the note's precondition)
        assert "ish_computed" in result.warning_codes, ratio
        assert "with the scoring rules shown above" not in said, ratio
        assert "today's cut-off of 2.0" in said, ratio


def test_a_ratio_worked_out_under_today_s_rules_keeps_its_note() -> None:
    # near-miss: no older rules named, the rules shown are the ones used
    result, said = explain_with_words(
        "HER2 FISH, breast core biopsy.\nMean HER2 per cell: 2.2   HER2/CEP17 ratio: 1.3\n"
    )
    assert "ish_computed" in result.warning_codes
    assert "with the scoring rules shown above" in said
    assert "today's cut-off" not in said


# --- 4. a panel naming ERBB2 that is ordered, results to follow, is HER2 to come ------------------
# (devset21 b21-f03-09: a FISH panel that does not test ERBB2; the NGS panel is ordered)

FISH_PANEL = (
    "FISH PANEL - NON-SMALL CELL LUNG CARCINOMA\n"
    "ALK break-apart: NEGATIVE (3% split signals)\n"
    "ROS1 break-apart: NEGATIVE\n"
    "Comment: HER2 is not covered by these probes. {panel}\n"
)


def test_a_panel_with_erbb2_still_to_come_is_said_as_pending() -> None:
    for panel in (
        "KRAS, BRAF, ERBB2, MET and RET are on the sequencing panel, which has been ordered; results to follow.",
        "The NGS panel (EGFR, ALK, ROS1, ERBB2, KRAS, BRAF, MET, RET) has been requested; its report will follow.",
    ):
        result, said = explain_with_words(FISH_PANEL.format(panel=panel))
        assert result.status == "not_found", panel
        assert "tumor DNA testing, but it gives no result" not in said, panel
        assert "not in this report yet" in said, panel


def test_a_panel_with_erbb2_already_done_is_no_pending_test() -> None:
    # near-miss: a gene list of a panel that was run, with no ERBB2 result, is not pending
    result, said = explain_with_words(
        "NGS panel result (tumour DNA): KRAS G12C detected.\n"
        "Genes on this panel: BRAF, EGFR, ERBB2, KRAS, MET, RET.\n"
    )
    assert result.status == "not_found"
    assert "not in this report yet" not in said


def test_an_ihc_result_is_untouched_by_the_panel_rule() -> None:
    # the per-test result keeps its own words
    result, said = explain_with_words("Lung adenocarcinoma.\nHER2 IHC (4B5): 3+ in 70% of tumour cells.\n")
    assert result.ihc is not None and result.ihc.score == "3+"
    assert "HER2-positive" in said


# --- 5. a copy number given with its log2 ratio, or under a tumour fraction, is sequencing -------
# (devset20 b20-f04-09: "ERBB2: Amplified (copy number 9; log2 ratio 1.6)" shown as an ISH result)


def test_a_log2_or_tumour_fraction_copy_number_is_a_sequencing_result() -> None:
    for text in (
        "Molecular report, omental biopsy.\nERBB2: amplified (CN 11; log2 ratio 1.9)\nTP53: R273H\n",
        "Tumor fraction (computational): 35%\nKey findings\n - ERBB2 amplified, copy number 10\n - KRAS G12D\n",
        "Results: ERBB2 gain, log2 copy ratio +2.3 (estimated 16 copies): AMPLIFIED\n",
    ):
        result, said = explain_with_words(text)
        assert result.status == "positive", text
        assert result.ish is None, text
        assert result.ngs is not None and result.ngs.amplification == "amplified", text
        assert "HER2 gene copy test result (ISH)" not in said, text


def test_an_ish_count_stays_an_ish_result() -> None:
    # near-miss: an ISH count with a tumour fragment count is no sequencing
    result, _ = explain_with_words(
        "Breast core, 4 tumour fragments.\nHER2 FISH: HER2/CEP17 ratio 3.2, mean HER2 7.4 per cell. AMPLIFIED.\n"
    )
    assert result.ish is not None and result.ish.result == "amplified"
    assert result.ngs is None


# --- 6. a stain the lab calls borderline without a score is not said to be 2+ (b21-f11-06) -------

BORDERLINE = "Bone metastasis, decalcified.\nHER2 IHC: {said}\nHER2 status: EQUIVOCAL on this sample.\n"


def test_a_borderline_stain_without_a_score_is_not_called_2_plus() -> None:
    for said in (
        "score cannot be assigned with confidence between 1+ and 2+ (decalcification).",
        "borderline, not scorable on this sample.",
        "indeterminate staining; no score given.",
    ):
        text = BORDERLINE.format(said=said)
        note = by_hand(
            text,
            status="equivocal",
            cancer_type="breast",
            warnings=[("ihc_equivocal_no_ish", {})],
            ihc=Ihc(lab_call="equivocal", page=1),
            evidence=[("HER2 status: EQUIVOCAL on this sample.", "status_statement", "call=equivocal")],
        )
        assert "was 2+" not in note, said
        assert "without giving it a score" in note, said


def test_a_2_plus_stain_without_ish_keeps_its_note() -> None:
    # near-miss: a written 2+ with no ISH is still said as 2+
    note = by_hand(
        "Breast core.\nHER2 IHC: 2+ (equivocal). ISH not yet reported.\n",
        status="equivocal",
        cancer_type="breast",
        warnings=[("ihc_equivocal_no_ish", {})],
        ihc=Ihc(score="2+", page=1),
        evidence=[("HER2 IHC: 2+ (equivocal).", "ihc", "score=2+")],
    )
    assert "was 2+" in note
    assert "without giving it a score" not in note


# --- 7. an order form's conditions are no results: "HER2 IHC (if RAS/BRAF wild type)" (b21-f09-01)

ORDER = (
    "{title}\n"
    "Tests requested on block B3:\n"
    " [x] KRAS / NRAS / BRAF panel\n"
    " [x] {line}\n"
    " [ ] PD-L1\n"
    "Clinical: metastatic rectal adenocarcinoma.\n"
)


def test_an_order_form_lists_no_ras_result() -> None:
    for title, line in (
        ("TEST REQUISITION - MOLECULAR AND IHC", "HER2 immunohistochemistry (if RAS/BRAF wild type)"),
        ("Requisition form: ancillary testing", "HER2 IHC - only when KRAS and NRAS are wild-type"),
        ("PATHOLOGY ORDER FORM", "HER2 FISH if RAS wild type and IHC 2+"),
    ):
        _, said = explain_with_words(ORDER.format(title=title, line=line))
        assert "order form" in said, line
        assert "KRAS: wild-type" not in said, line
        assert "NRAS: wild-type" not in said, line


def test_a_results_report_keeps_its_ras_rows() -> None:
    # near-miss: a results report's RAS line is still said
    _, said = explain_with_words(
        "Rectal adenocarcinoma, resection.\nKRAS: wild-type. NRAS: wild-type. BRAF: wild-type.\n"
        "HER2 IHC (4B5): 1+, NEGATIVE (HERACLES).\n"
    )
    assert "KRAS: wild-type" in said
