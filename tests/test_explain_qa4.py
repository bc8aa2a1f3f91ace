"""Findings of the session-4 clinician review (/work/qa4/REVIEW.md) about what the summary SAYS,
one test per defect family, each with near-misses that must not change. Findings about what the
engine READS (status, values, samples) belong to the engine helpers and are not tested here.
Texts are written for these tests in the review's report families (tests/devset4 is measured
separately)."""

from __future__ import annotations

import pytest

from her2cli import explain_text
from her2cli.explain import Explanation
from her2cli.messages import load_messages
from her2cli.render.scale import scales_for, section_notes
from her2cli.render.terminal import summary_lines


def _exp(text: str, lang: str = "en") -> Explanation:
    result = explain_text(text, lang=lang)
    assert result.explanation is not None
    return result.explanation


def _keys(exp: Explanation) -> list[str]:
    return [s.key for s in exp.meaning]


def _all_text(exp: Explanation) -> str:
    return " ".join([exp.headline, exp.meaning_text, *exp.questions, *exp.warnings])


# ---- 14. "not HER2-ultralow" / "HER2-zero, no staining" is never called ultralow -----------------
NULL_REPORTS = [
    "Left breast, core biopsy: invasive ductal carcinoma.\n"
    'HER2 IHC (4B5) ... Score 0 -- no staining observed in invasive tumor cells (HER2 0, "null").\n'
    "HER2 0 with complete absence of membrane staining does not meet criteria for HER2-low or HER2-ultralow.\n",
    "Liver biopsy: metastatic breast carcinoma. ER positive (90%). PR negative.\n"
    "HER2  IHC 4B5  no membrane staining  HER2-zero\n"
    "Note: HER2-zero (IHC 0, no staining). Not HER2-low; not HER2-ultralow.\n",
]


@pytest.mark.parametrize("text", NULL_REPORTS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_negated_ultralow_is_not_ultralow(text: str, lang: str) -> None:
    exp = _exp(text, lang)
    assert exp.facts is not None and exp.facts.status == "negative"
    assert exp.tone == "negative"
    assert not exp.facts.her2_ultralow
    assert "ultralow_named" not in _keys(exp) and "approval_ultralow" not in _keys(exp)
    assert "neg_null" in _keys(exp)  # "score 0 with no staining at all ... sometimes called HER2-null"


# ---- 23. an explicit ultralow result, or CAP's "Score 0+", is said ---------------------------------
ULTRALOW_REPORTS = [
    "Bone biopsy: metastatic breast carcinoma. ER positive (95%), PR negative.\n"
    "  HER2 IHC (4B5): 0 (negative). Faint, barely perceptible incomplete membrane staining in approximately\n"
    "     5% of tumor cells (>0 but <=10%): meets the definition of HER2-ULTRALOW.\n",
    "Right breast, excision: invasive ductal carcinoma. ER positive. PR positive.\n"
    "HER2 (ERBB2) BY IMMUNOHISTOCHEMISTRY\n"
    "  ( ) Negative (Score 0)\n"
    "  (X) Negative (Score 0+) -- faint/barely perceptible incomplete membrane staining in <=10% of cells\n"
    "  ( ) Negative (Score 1+)\n"
    "  ( ) Equivocal (Score 2+)\n"
    "  ( ) Positive (Score 3+)\n",
]


@pytest.mark.parametrize("text", ULTRALOW_REPORTS)
def test_an_ultralow_result_the_report_gives_is_said(text: str) -> None:
    exp = _exp(text)
    assert exp.facts is not None and exp.facts.status == "negative"
    assert exp.tone == "ultralow"
    assert {"ultralow", "ultralow_named"} & set(_keys(exp))


def test_a_plain_score_0_is_neither_null_nor_ultralow() -> None:
    """Near-miss: a score of 0 with no word about staining stays a plain 0."""
    exp = _exp("Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): score 0, negative.\n")
    assert exp.tone == "negative"
    assert "neg_0" in _keys(exp)


# ---- 8. a guideline cited for the retest this report is, is not advice to test again ---------------
RETEST = (
    "Liver, core biopsy: metastatic carcinoma consistent with breast primary.\n"
    "HER2 FISH: HER2/CEP17 ratio 3.1, mean HER2 6.1 signals per cell: AMPLIFIED. HER2 POSITIVE.\n"
    "Comment: HER2 retesting {advice}\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_guideline_citation_is_not_a_recommendation_to_retest(lang: str) -> None:
    exp = _exp(RETEST.format(advice="of metastatic disease is recommended by ASCO/CAP when feasible."), lang)
    words = load_messages(lang)
    assert words["questions"]["retest_when"] not in exp.questions
    # near-miss: the lab's own advice to test again is still passed on
    advised = _exp(RETEST.format(advice="on the resection specimen is recommended."), lang)
    assert words["questions"]["retest_when"] in advised.questions


# ---- 11. HER2 not done because the sample has only DCIS: not "not enough tumor" ---------------------
DCIS = (
    "Left breast, core biopsy:\n"
    "DUCTAL CARCINOMA IN SITU (DCIS), high nuclear grade, solid type. NO INVASIVE CARCINOMA IDENTIFIED.\n"
    "ER: positive (95%).\n"
    "HER2: testing not performed -- HER2 testing is performed on invasive carcinoma only; no invasive carcinoma present.\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_dcis_only_says_why_her2_was_not_tested(lang: str) -> None:
    exp = _exp(DCIS, lang)
    words = load_messages(lang)
    assert exp.facts is not None and exp.facts.not_found_reason == "in_situ_only"
    assert exp.headline == words["headline"]["not_found_in_situ"]
    assert "nf_in_situ" in _keys(exp) and "nf_no_tumor" not in _keys(exp)
    assert words["headline"]["not_found_no_tumor"] not in _all_text(exp)


def test_too_little_invasive_tumor_is_still_not_enough_tumor() -> None:
    """Near-miss: invasive cancer with too few cells to test keeps the "not enough tumor" reason."""
    exp = _exp(
        "Stomach, biopsy: invasive adenocarcinoma (small focus).\n"
        "HER2 IHC: insufficient tumor for HER2 testing.\n"
    )
    assert exp.facts is not None and exp.facts.not_found_reason == "no_tumor"


# ---- 26. two results: the note says what the report says about them, not a tool rule ---------------
TWO_RESULTS = (
    "Right breast, lumpectomy: invasive ductal carcinoma, grade 3.\n"
    "HER2 STUDIES:\n"
    "  Core biopsy (S-26-100): HER2 IHC 3+ (positive), strong complete membrane staining in 70% of cells.\n"
    "  Lumpectomy (block A2): HER2 IHC 1+ (faint incomplete staining, 20%).\n"
    "COMMENT: {comment}\n"
)
COMMENTS = {
    "lab_chose": "The lumpectomy shows cold ischemia. We therefore consider the core biopsy result to represent the tumor.",
    "separate_tumors": "Two separate ipsilateral primaries with discordant HER2 status.",
    None: "Discordant HER2 results.",
}


@pytest.mark.parametrize("kind", ["separate_tumors", None])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_conflict_note_says_what_the_report_says(kind: str | None, lang: str) -> None:
    result = explain_text(TWO_RESULTS.format(comment=COMMENTS[kind]), lang=lang)
    exp = result.explanation
    assert exp is not None and exp.facts is not None
    assert exp.facts.conflict
    assert exp.facts.conflict_kind == kind
    words = load_messages(lang)
    # the note is the conflict note, or the per-sample note when the engine names the samples
    notes = words["warnings"]
    bases = ("conflict", "multiple_specimens")
    templates = [notes.get(f"{base}_{kind}", notes[base]) if kind else notes[base] for base in bases]
    openings = [t.split("{")[0] for t in templates]
    said = [t.split("}")[-1].lstrip(". ").split(". ")[0] for t in templates]  # what follows the values
    assert all(said)
    assert any(w.startswith(tuple(openings)) and any(x in w for x in said) for w in exp.warnings)
    which = words["questions"]["conflict_which"]
    assert (which in exp.questions) is (kind is None)  # only when the report does not say


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_report_that_names_the_representative_sample_is_no_conflict(lang: str) -> None:
    """When the lab says which sample represents the tumor, the engine takes that sample (no
    conflict to resolve) and the note says the report chose it; no "which result counts" question."""
    result = explain_text(TWO_RESULTS.format(comment=COMMENTS["lab_chose"]), lang=lang)
    exp = result.explanation
    assert exp is not None and exp.facts is not None
    assert not exp.facts.conflict
    assert "representative_specimen" in result.warning_codes
    words = load_messages(lang)
    template = words["warnings"]["representative_specimen"]
    opening = template.split("{")[0]
    chosen_sentence = template.split("}")[1].lstrip(". ").split("(")[0]
    assert any(w.startswith(opening) and chosen_sentence in w for w in exp.warnings)
    assert words["questions"]["conflict_which"] not in exp.questions


def test_the_plain_conflict_note_no_longer_claims_the_higher_one_is_the_answer() -> None:
    for lang in ("en", "es"):
        text = load_messages(lang)["warnings"]["conflict"]
        assert "may say which result counts" in text or "puede decir qué resultado cuenta" in text


# ---- 22. lung IHC 3+ with DNA test not amplified: one coherent result, no "ask whether a stain" -----
LUNG_IHC3 = (
    "Left upper lobe, wedge resection: invasive adenocarcinoma of the lung, metastatic (pleural nodules, M1a).\n"
    "HER2 IHC (4B5): 3+ (strong complete membrane staining in 70% of tumor cells).\n"
    "NGS (tissue, 52-gene panel): ERBB2 mutation: not detected; ERBB2 amplification: not detected.\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_lung_stain_3_plus_is_not_told_to_ask_for_a_stain(lang: str) -> None:
    exp = _exp(LUNG_IHC3, lang)
    assert exp.facts is not None and exp.facts.status == "positive"
    keys = _keys(exp)
    assert "approval_lung_amplification" not in keys and "approval_lung_ihc3" in keys
    words = load_messages(lang)
    assert words["meaning"]["other_tumor_set_aside"] not in exp.meaning_text
    assert words["questions"]["conflict_which"] not in exp.questions
    assert not any(w.startswith(words["warnings"]["conflict"][:30]) for w in exp.warnings)


def test_lung_amplification_by_sequencing_alone_still_asks_about_a_stain() -> None:
    """Near-miss: no stain result, amplification only: the approvals need a stain, so ask."""
    exp = _exp(
        "Lung adenocarcinoma, metastatic. NGS (tissue): ERBB2 amplification DETECTED, copy number 12.\n"
    )
    if exp.facts is None or exp.facts.status != "positive":
        pytest.skip("the engine reads this report differently")
    assert "approval_lung_amplification" in _keys(exp)


# ---- 25. a blood-only positive: the medicines named rest on tissue tests, said for every cancer -----
GEJ_PLASMA = (
    "Liquid biopsy (plasma cell-free DNA). Diagnosis: metastatic adenocarcinoma of the gastroesophageal junction.\n"
    "ERBB2 amplification DETECTED (plasma copy number 14.6).\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_blood_positive_gastric_says_the_approvals_rest_on_tissue(lang: str) -> None:
    exp = _exp(GEJ_PLASMA, lang)
    if exp.facts is None or exp.facts.status != "positive" or exp.facts.deciding_test != "ctdna":
        pytest.skip("the engine reads this report differently")
    assert "tissue_basis_blood" in _keys(exp)
    words = load_messages(lang)
    assert words["questions"]["gastric_sample"] not in exp.questions  # biopsy or surgery: not for blood
    assert exp.scoring_rules is None or "ToGA" not in exp.scoring_rules


def test_tissue_positive_gastric_has_no_blood_caveat() -> None:
    """Near-miss: a tissue result gets the approvals without the blood sentence."""
    exp = _exp("Gastric adenocarcinoma, biopsy. HER2 IHC (4B5): 3+ (positive), 80% of cells.\n")
    assert exp.facts is not None and exp.facts.status == "positive"
    assert "tissue_basis_blood" not in _keys(exp)


# ---- 24. no result read: no chart that draws one cut-off as a verdict --------------------------------
@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_chart_when_no_result_was_read(lang: str) -> None:
    exp_result = explain_text(
        "Gastric adenocarcinoma. HER2 FISH: mean HER2/cell 4.1. Result: see comment.\n", lang=lang
    )
    assert exp_result.explanation is not None and exp_result.explanation.facts is not None
    if exp_result.status != "not_found" or exp_result.explanation.facts.ish_copy_number is None:
        pytest.skip("the engine reads this report differently")
    text = "\n".join(line for line, _style in summary_lines(exp_result, lang))
    assert load_messages(lang)["scale"]["section"] not in text


# ---- 18. a quote never stops at a dot leader before the call it leads to ------------------------------
LEADER_REPORT = (
    "Lung adenocarcinoma, metastatic. Tissue NGS.\n"
    "   ERBB2 p.Y772_A775dup exon 20 insertion, VAF 31%\n"
    "   ERBB2 amplification ....... NOT DETECTED (estimated copy number 2.3)\n"
)


def test_a_dot_leader_quote_keeps_its_call() -> None:
    exp = _exp(LEADER_REPORT)
    texts = [q.text for q in exp.quotes]
    assert not any(t.rstrip().endswith("...") for t in texts), texts
    if any("ERBB2 amplification" in t for t in texts):
        assert any("NOT DETECTED" in t for t in texts)
    if (
        exp.facts is not None
        and exp.facts.ngs_amplification == "not_amplified"
        and exp.facts.status == "not_found"
    ):
        assert "nf_mutation" not in _keys(exp)  # "gives no result for gene copies" would contradict the rows


# ---- 19. "distinct from HER2 overexpression (HER2-positive disease)" is a contrast, not a call ------
def test_a_contrast_with_her2_positive_is_not_a_conflicting_call() -> None:
    exp = _exp(
        "DIAGNOSIS: Invasive lobular carcinoma of breast, metastatic (bone).\n"
        "ERBB2 copy number: 2.4 (no amplification detected). ERBB2 p.L755S and ERBB2 p.V777L detected.\n"
        "HER2 kinase mutations are distinct from HER2 overexpression (HER2-positive disease); this tumor is NOT "
        "ERBB2-amplified.\n"
    )
    assert "statement_conflict" not in (exp.facts.warning_codes if exp.facts else ())
    words = load_messages("en")["warnings"]["statement_conflict"]
    assert words not in exp.warnings


# ---- 27. a single-probe ISH: the copies note does not speak of a ratio --------------------------------
SINGLE_PROBE = (
    "Left breast core biopsy: invasive ductal carcinoma.\n"
    "HER2 gene status by single-probe SISH. No chromosome 17 reference probe used; ratio not applicable.\n"
    "Average HER2 gene copy number: 7.1 signals per nucleus.\n"
    "Conclusion: HER2 gene AMPLIFIED -> HER2 POSITIVE.\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_single_probe_copies_note_names_no_ratio(lang: str) -> None:
    exp = _exp(SINGLE_PROBE, lang)
    assert exp.facts is not None and exp.facts.single_probe
    if exp.facts.ish_copy_number is None or exp.facts.ish_result is None:
        pytest.skip("the engine reads this report differently")
    notes = section_notes(scales_for(exp.facts, lang))
    scale = load_messages(lang)["scale"]
    assert scale["copies"]["notes_copies_only"][0] in notes
    assert scale["copies"]["notes"][0] not in notes


def test_a_dual_probe_copy_number_keeps_the_ratio_note() -> None:
    """Near-miss: a dual-probe test (ratio and copies) keeps "read together"."""
    exp = _exp(
        "Left breast core biopsy: invasive ductal carcinoma.\n"
        "HER2 FISH: HER2/CEP17 ratio 3.2; average HER2 copy number 7.4 signals/cell. Result: AMPLIFIED.\n"
    )
    assert exp.facts is not None and not exp.facts.single_probe
    assert load_messages("en")["scale"]["copies"]["notes"][0] in section_notes(scales_for(exp.facts))


# ---- 32. small untrue or unclear items --------------------------------------------------------------
def test_criteria_the_report_names_on_a_wrapped_line_are_named() -> None:
    exp = _exp(
        "Gallbladder, cholecystectomy: adenocarcinoma of the gallbladder, metastatic.\n"
        "  HER2 IHC (4B5): POSITIVE, score 3+ -- strong complete membranous staining in ~60% of\n"
        "     tumor cells (scored using gastric cancer criteria, as commonly applied to biliary tract cancer).\n"
    )
    assert exp.scoring_rules is not None and "gastric cancer criteria" in exp.scoring_rules
    assert load_messages("en")["questions"]["which_rules"] not in exp.questions


def test_the_ras_mutation_is_named() -> None:
    exp = _exp(
        "Colon, sigmoid, resection: adenocarcinoma, metastatic to liver (stage IV).\n"
        "KRAS G12V mutation detected. NRAS wild-type. BRAF V600E not detected.\n"
        "HER2 IHC (4B5): 3+ in 60% of tumor cells (HERACLES criteria): POSITIVE.\n"
    )
    if "crc_ras_mutant" not in _keys(exp):
        pytest.skip("the engine reads this report differently")
    assert "KRAS (G12V) mutation" in exp.meaning_text


def test_a_borderline_2_plus_waiting_for_ish_has_no_her2_low_band() -> None:
    exp = _exp(
        "Right breast core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 2+ (equivocal). HER2 ISH has been ordered and will be reported in an addendum.\n"
    )
    assert exp.facts is not None and exp.facts.status == "equivocal"
    (ihc,) = [s for s in scales_for(exp.facts) if s.kind == "ihc"]
    assert ihc.band is None and not ihc.notes


def test_receptors_after_a_dot_leader_are_read() -> None:
    exp = _exp(
        "Left breast core biopsy: invasive ductal carcinoma.\n"
        " ER ......... Negative (<1%)\n PR ......... Negative (0%)\n"
        " HER2 IHC (4B5) ... Score 1+ (negative)\n"
    )
    assert exp.facts is not None and (exp.facts.er, exp.facts.pr) == ("negative", "negative")


# ---- own reading of devset4 reports the review did not cite: the report says before/after agree ----
AFTER_TX_AGREE = (
    "Procedure: Total gastrectomy, after perioperative FLOT x4.\n"
    "History: gastric adenocarcinoma. HER2 on biopsy: IHC 2+, ISH amplified (HER2/CEP17 2.7) -> HER2 positive.\n"
    "Final diagnosis: Stomach: residual adenocarcinoma, ypT3.\n"
    "HER2 re-assessment, residual tumor (block 4C), gastric scoring criteria:\n"
    " IHC (4B5): 3+ -- strong complete membranous staining in ~35% of tumor cells.\n"
    " Interpretation: HER2 POSITIVE, {agree}.\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_post_treatment_result_the_report_calls_concordant_says_so(lang: str) -> None:
    words = load_messages(lang)["warnings"]
    exp = _exp(AFTER_TX_AGREE.format(agree="concordant with pretreatment biopsy"), lang)
    if exp.facts is None or "post_treatment" not in exp.facts.warning_codes:
        pytest.skip("the engine reads this report differently")
    agree = words["post_treatment_concordant"].split("(")[0]
    assert any(w.startswith(agree) for w in exp.warnings)
    # near-miss: "concordant with the known primary" is about the diagnosis, not the HER2 results
    other = _exp(
        AFTER_TX_AGREE.format(agree="morphology concordant with the patient's known gastric primary"), lang
    )
    assert not any(w.startswith(agree) for w in other.warnings)


# ---- 32. the report's own revision and heterogeneity notes are said back -------------------------------
def test_a_revised_report_says_it_corrects_the_earlier_result() -> None:
    exp = _exp(
        "REVISED REPORT -- SUPERSEDES REPORT OF 08/20/2026\n"
        "Specimen: stomach, antral mass, endoscopic biopsies\n"
        "Reason for revision: HER2 was re-reviewed at the tumor board request.\n"
        "REVISED RESULTS: HER2 IHC (4B5): 2+. HER2 dual ISH: HER2/CEP17 ratio 3.1; AMPLIFIED.\n"
        "FINAL HER2 STATUS: POSITIVE (revised)\n"
        "Original result (08/20/2026, superseded): HER2 IHC 1+, negative.\n"
    )
    assert "result_corrected" in _keys(exp)


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("HER2 staining is heterogeneous (3+ in 40%, 1+ elsewhere).", True),
        ("No significant heterogeneity.", False),
    ],
)
def test_heterogeneity_the_report_notes_is_said(note: str, said: bool) -> None:
    exp = _exp(f"Left breast core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 3+, POSITIVE. {note}\n")
    assert ("heterogeneous" in _keys(exp)) is said


@pytest.mark.parametrize(
    ("words", "said"), [("Both tumors HER2 negative.", True), ("Tumor HER2 negative.", False)]
)
def test_a_report_on_two_tumors_says_so(words: str, said: bool) -> None:
    first = "Right breast, two masses on MRI.\n" if said else "Right breast, one mass on MRI.\n"
    exp = _exp(
        first + f"Lesion 1: invasive ductal carcinoma. HER2 IHC (4B5): 1+ (negative).\nComment: {words}\n"
    )
    assert ("several_tumors" in _keys(exp)) is said


def test_an_unticked_form_option_is_never_quoted() -> None:
    exp = _exp(
        "PATHOLOGY REQUISITION / TEST ORDER\n"
        "Specimen(s) submitted: 1. Left breast, 11 o'clock, US-guided core biopsy x4\n"
        "Tests requested (tick):\n"
        " [x] ER / PR (IHC)\n"
        " [x] HER2 IHC with reflex ISH if 2+\n"
        " [ ] HER2 ISH only\n"
        "Laboratory use only: results will be reported in the pathology report.\n"
    )
    assert not any(q.text.lstrip().startswith("[ ]") for q in exp.quotes)
