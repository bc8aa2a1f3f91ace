"""Phrase families from the clinician review of session 3 (/work/qa3/REVIEW.md, helper fields3) as a
specification, each with its near-misses. Every case is a short report written for the family,
never a copy of a labelled report.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

CORE = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

# --- the report's own advice to repeat the HER2 test (review item 4): warning retest_recommended

RETEST = [
    (
        "repeat-on-excision-recommended",
        CORE + "HER2 (4B5): score 1+ (NEGATIVE).\nComment: Given the very limited tumor, heterogeneity of "
        "HER2 expression cannot be excluded. Repeat HER2 testing on the excision specimen is recommended.\n",
        True,
    ),
    (
        "advice-in-sentence-after-her2",
        CORE + "HER2/neu: negative (1+) on a scant specimen. Repeat testing is recommended on the "
        "excisional specimen.\n",
        True,
    ),
    (
        "re-biopsy-advised-if-status-required",
        CORE
        + "HER2: Insufficient tumor for HER2 testing.\nRe-biopsy is advised if HER2 status is required.\n",
        True,
    ),
    (
        "we-recommend-repeating",
        CORE + "HER2 IHC: 2+ (equivocal). FISH failed (no signals). We recommend repeating HER2 FISH on the "
        "resection specimen.\n",
        True,
    ),
    (
        "spanish-se-recomienda-repetir",
        "Biopsia de mama: carcinoma infiltrante.\nHER2 (IHQ): 1+ (negativo). Muestra escasa; se recomienda "
        "repetir el estudio de HER2 en la pieza quirúrgica.\n",
        True,
    ),
    # near-misses: in progress (pending), done already, not repeated, advice not about HER2
    (
        "nm-being-repeated-is-pending",
        CORE + "HER2 IHC could not be interpreted. HER2 IHC is being repeated on block A2; results will "
        "follow in an addendum.\n",
        False,
    ),
    (
        "nm-not-repeated-on-excision",
        CORE
        + "HER2 negative (IHC 1+) on the core biopsy. Markers were not repeated on the current excision.\n",
        False,
    ),
    (
        "nm-repeat-not-recommended",
        CORE + "HER2 (4B5): 0, negative. Repeat testing is not recommended.\n",
        False,
    ),
    (
        "nm-repeat-biopsy-for-diagnosis-only",
        "Lung, CT-guided core: scant atypical cells, non-diagnostic.\n\nSpecimen adequacy: limited.\n\n"
        "Repeat biopsy is recommended for diagnosis.\n\nMethods: HER2 is not tested on this panel.\n",
        False,
    ),
]


@pytest.mark.parametrize(("text", "flagged"), [c[1:] for c in RETEST], ids=[c[0] for c in RETEST])
def test_retest_recommendation_is_a_warning(text: str, flagged: bool) -> None:
    result = explain_text(text)
    assert ("retest_recommended" in result.warning_codes) is flagged, result.warning_codes


def test_retest_recommendation_changes_no_status() -> None:
    result = explain_text(RETEST[0][1])
    assert (result.status, result.ihc.score if result.ihc else None) == ("negative", "1+")
    assert "retest_recommended" in result.to_dict()["warning_codes"]


# --- ER and PR: an option after an empty checkbox is printed, not chosen; "low positive" is its own
# category (review item 1; facts.md §2)

RECEPTORS = [
    (
        "blank-template-no-box-marked",
        "ER:  [ ] Positive  [ ] Low positive  [ ] Negative\nPR:  [ ] Positive  [ ] Negative\n"
        "HER2 (IHC): [ ] 0  [ ] 1+  [ ] 2+  [ ] 3+\n",
        None,
        None,
    ),
    (
        "parenthesis-boxes-one-marked",
        "Estrogen receptor: ( ) Negative (X) Positive\nProgesterone receptor: (X) Negative ( ) Positive\n",
        "positive",
        "negative",
    ),
    (
        "low-positive-is-kept",
        "Estrogen receptor: Positive (60%, weak to moderate)\nProgesterone receptor: Low positive (3%)\n",
        "positive",
        "low_positive",
    ),
    (
        "low-positive-box-marked",
        "ESTROGEN RECEPTOR (ER)\n [ ] Positive\n [x] Low positive (1-10%)\n [ ] Negative\n"
        "PROGESTERONE RECEPTOR (PgR)\n [ ] Positive\n [x] Negative\n",
        "low_positive",
        "negative",
    ),
    # near-misses: a plain result and a marked box keep reading as before
    ("nm-plain-results", "ER positive (95%), PR positive (30%).\n", "positive", "positive"),
    (
        "nm-marked-box",
        "ESTROGEN RECEPTOR (ER)\n [x] Positive   Percentage of cells: 95%\n [ ] Negative\n"
        "PROGESTERONE RECEPTOR (PgR)\n [ ] Positive\n [x] Negative\n",
        "positive",
        "negative",
    ),
]


@pytest.mark.parametrize(("text", "er", "pr"), [c[1:] for c in RECEPTORS], ids=[c[0] for c in RECEPTORS])
def test_receptors_read_only_from_a_chosen_option(text: str, er: str | None, pr: str | None) -> None:
    facts = explain_text("Left breast, core biopsy: invasive carcinoma.\n" + text).facts
    assert facts is not None
    assert (facts.er, facts.pr) == (er, pr)


# --- a trial or study population, or a therapy table's condition, is never this tumor's result
# (review item 2; facts.md §8.10), even when the text gives a measured score

CRC_NGS = (
    "Comprehensive genomic profiling. DISEASE: Colon adenocarcinoma (CRC).\n"
    "GENOMIC FINDINGS\n  ERBB2 amplification - copy number 24\n\n"
)
TRIALS = [
    (
        "named-trial-patients-with-ihc3",
        CRC_NGS + "In the MOUNTAINEER trial, patients with HER2-positive (IHC 3+, ISH amplified, or NGS "
        "amplified) RAS wild-type metastatic CRC treated with tucatinib plus trastuzumab had a 38% "
        "objective response rate.\n",
        "positive",
        None,
    ),
    (
        "study-patients-with-positive-ihc3",
        CRC_NGS + "In the DESTINY-PanTumor02 study, patients with HER2-positive (IHC 3+) solid tumors had an "
        "objective response rate of 61%.\n",
        "positive",
        None,
    ),
    (
        "trial-beside-own-negative-score",
        "Gastric adenocarcinoma, biopsy.\nHER2 (4B5): 0, negative.\nIn the ToGA trial, patients with HER2 "
        "IHC 3+ (positive) gastric cancer benefited from trastuzumab.\n",
        "negative",
        "0",
    ),
    (
        "lung-trial-with-mutation-report",
        "Lung adenocarcinoma, NGS panel.\nERBB2 p.S310F mutation detected.\n\nIn the DESTINY-Lung01 trial, "
        "patients with HER2-positive (IHC 3+) NSCLC had a response rate of 25%.\n",
        "not_found",
        None,
    ),
    (
        "population-without-trial-name",
        CRC_NGS + "Patients with HER2-positive (IHC 3+) metastatic colorectal cancer had a 38% objective "
        "response rate.\n",
        "positive",
        None,
    ),
    (
        "therapy-table-condition",
        CRC_NGS + "THERAPIES: Tucatinib + Trastuzumab; Fam-trastuzumab deruxtecan (if HER2 IHC 3+)\n",
        "positive",
        None,
    ),
    # near-misses: this tumor's own score beside a trial sentence, or with trial eligibility
    (
        "nm-own-score-then-trial-sentence",
        CORE + "HER2 (4B5): 3+ (positive), strong complete staining in 90% of cells.\n"
        "Patients with HER2-positive disease benefit from trastuzumab in the adjuvant setting.\n",
        "positive",
        "3+",
    ),
    (
        "nm-own-score-eligible-for-a-trial",
        CORE + "HER2 IHC: 3+ (positive), which may make her eligible for enrolment in a clinical trial.\n",
        "positive",
        "3+",
    ),
]


@pytest.mark.parametrize(("text", "status", "ihc"), [c[1:] for c in TRIALS], ids=[c[0] for c in TRIALS])
def test_trial_population_is_not_a_result(text: str, status: str, ihc: str | None) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ihc.score if result.ihc else None) == ihc


# --- an ISH method the report only advises, or says was not done, makes no ISH result: the
# sequencing result stays NGS ("not performed" is never "not amplified"; review item 2, facts §8.6)

NGS_BREAST = (
    "Comprehensive genomic profiling (hybrid capture NGS). Tumor type: breast invasive ductal carcinoma.\n"
    "Tumor mutational burden: 4 Muts/Mb\n"
)
ISH_WORDS = [
    (
        "ngs-equivocal-ish-advised",
        NGS_BREAST + "FINDINGS\n   ERBB2    amplification - equivocal (copy number 6)\n\nThe ERBB2 copy "
        'number lies near the amplification threshold; this finding is reported as "amplification - '
        'equivocal".\nCorrelation with HER2 immunohistochemistry and/or in situ hybridization on this '
        "specimen is recommended to establish HER2 status.\n",
        "equivocal",
        None,
        "equivocal",
    ),
    (
        "ihc-ish-not-performed-ngs-amplified",
        NGS_BREAST + "ERBB2 (HER2) amplification detected, estimated copy number 18.\nHER2 IHC/ISH: not "
        "performed (NGS amplification accepted for approval criteria).\n",
        "positive",
        None,
        "amplified",
    ),
    (
        "fish-not-done-then-ngs-amplification",
        NGS_BREAST + "HER2 FISH: not done.\nERBB2 amplification (copy number 12) detected.\n",
        "positive",
        None,
        "amplified",
    ),
    (
        "fish-not-performed-ngs-not-amplified",
        NGS_BREAST + "HER2 FISH was not performed; ERBB2 amplification not detected (copy number 2).\n",
        "negative",
        None,
        "not_amplified",
    ),
    # near-misses: an ISH the report did do keeps its result
    (
        "nm-ish-done-beside-ngs",
        NGS_BREAST + "ERBB2 amplification detected (copy number 14).\nHER2 FISH (block A1): AMPLIFIED, "
        "HER2/CEP17 ratio 5.2.\n",
        "positive",
        "amplified",
        "amplified",
    ),
    (
        "nm-fish-was-performed",
        CORE + "HER2 IHC: 2+ (equivocal).\nHER2 FISH was performed on block A2: not amplified, HER2/CEP17 "
        "ratio 1.3, mean HER2 2.1 signals/cell.\n",
        "negative",
        "not_amplified",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "ish", "ngs"), [c[1:] for c in ISH_WORDS], ids=[c[0] for c in ISH_WORDS]
)
def test_ish_not_done_or_advised_is_no_ish_result(
    text: str, status: str, ish: str | None, ngs: str | None
) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ish.result if result.ish else None) == ish
    assert (result.ngs.amplification if result.ngs else None) == ngs
    assert "conflict" not in result.warning_codes


# --- the score a revision replaced, and a score named as a bound ("below 1+"), are not this
# tumor's score; "0 - faint ..." is a score of 0 (review item 3; facts.md §2, §5)

SCORES = [
    (
        "revised-score-replaces-zero",
        CORE + "HER2 IHC (4B5): 0 (no staining).\n\nREVISED REPORT / ADDENDUM:\nHER2 IHC was repeated on a "
        "deeper level and re-reviewed. REVISED HER2 IHC SCORE: 1+ (NEGATIVE; HER2-low). This replaces the "
        "score of 0 given above.\n",
        "1+",
        True,
        False,
    ),
    (
        "revised-from-zero-to-one",
        CORE + "HER2 IHC: 0, negative.\n\nADDENDUM: On review the HER2 IHC score is revised from 0 to 1+ "
        "(HER2-low).\n",
        "1+",
        True,
        False,
    ),
    (
        "ultralow-zero-dash-faint-below-one",
        CORE + "HER2 IHC (4B5): 0 - faint, barely perceptible, incomplete membrane staining in approximately "
        '5% of tumor cells (<=10%). Comment: "HER2-ultralow" (IHC 0 with membrane staining, i.e. above null '
        "but below 1+).\n",
        "0",
        False,
        True,
    ),
    ("zero-dash-no-staining", CORE + "HER2 IHC (4B5): 0 - no staining.\n", "0", False, False),
    # near-misses: a confirmed score, and 1+ with words about the bound it passed
    (
        "nm-amended-confirms-zero",
        CORE + "HER2 IHC: 0 (negative).\n\nAMENDED REPORT: HER2 IHC on block B1: 0 (negative), confirmed on "
        "review.\n",
        "0",
        False,
        None,
    ),
    (
        "nm-one-plus-above-the-bound",
        CORE + "HER2 IHC: 1+ (faint, incomplete membrane staining in 30% of cells, above the 10% needed for "
        "1+).\n",
        "1+",
        True,
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "score", "low", "ultralow"), [c[1:] for c in SCORES], ids=[c[0] for c in SCORES]
)
def test_replaced_or_bound_score_is_not_the_score(
    text: str, score: str, low: bool, ultralow: bool | None
) -> None:
    result = explain_text(text)
    assert result.status == "negative", (result.status, [e.text for e in result.evidence])
    assert result.ihc is not None and result.ihc.score == score
    assert (result.her2_low, result.her2_ultralow) == (low, ultralow)


# --- ISH numbers and words as other languages write them: a decimal comma in a mean ("4,6"), the
# Spanish mean rows, the adjective "amplificado"/"amplifiziert" and the German negation (review
# items 8, 9)

LANGUAGE = [
    (
        "german-decimal-comma-mean",
        "Mammakarzinom, Stanzbiopsie.\nHER2 Dual-ISH: mean HER2 signals per nucleus: 4,6\n"
        "mean CEN17 signals per nucleus: 2,0\nHER2/CEN17 ratio: 2,3\nResult: amplified (ASCO/CAP group 1).\n",
        "positive",
        "amplified",
        4.6,
        "lab",
    ),
    (
        "spanish-mean-rows-and-amplificado",
        "Adenocarcinoma de esófago distal.\nDeterminación de HER2:\n  IHQ (clon 4B5): 2+ (dudoso).\n"
        "  Hibridación in situ (SISH dual): AMPLIFICADO.\n    Cociente HER2/CEP17: 4,8\n"
        "    Número medio de señales de HER2 por núcleo: 9,6\n"
        "CONCLUSIÓN: Adenocarcinoma esofágico HER2 POSITIVO (IHQ 2+ / ISH amplificado).\n",
        "positive",
        "amplified",
        9.6,
        "lab",
    ),
    (
        "german-amplifiziert-in-conclusion",
        "Mammakarzinom.\nHER2: positiv (IHC 2+, ISH amplifiziert).\n",
        "positive",
        "amplified",
        None,
        "lab",
    ),
    (
        "row-name-before-mean",
        CORE + "HER2 FISH (PathVysion):\n   HER2/CEP17 ratio    1.3\n   HER2 mean/nucleus   2.8\n"
        "   CEP17 mean/nucleus  2.15\n",
        "negative",
        "not_amplified",
        2.8,
        "computed",
    ),
    # near-misses: the German and Spanish negations keep a negative a negative
    (
        "nm-nicht-amplifiziert",
        "Mammakarzinom.\nHER2 ISH: nicht amplifiziert (Ratio 1,2).\n",
        "negative",
        "not_amplified",
        None,
        "lab",
    ),
    (
        "nm-sin-amplificacion",
        "Carcinoma de mama.\nHER2 (FISH): sin amplificación (cociente 1,1).\n",
        "negative",
        "not_amplified",
        None,
        "lab",
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "ish", "mean", "source"), [c[1:] for c in LANGUAGE], ids=[c[0] for c in LANGUAGE]
)
def test_ish_numbers_and_words_in_other_languages(
    text: str, status: str, ish: str, mean: float | None, source: str
) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert result.ish is not None
    assert (result.ish.result, result.ish.her2_copy_number, result.ish.result_from) == (ish, mean, source)


# --- pending, ordered or sent out: recognised when the report says so (also in Spanish, also when
# only the test is named), never from "not requested" or "should be requested" (review item 7)

PENDING = [
    (
        "spanish-solicitado-pendiente",
        "Adenocarcinoma de colon.\n - HER2: estudio solicitado por Oncología. Pendiente; se emitirá informe "
        "complementario.\n",
        "not_found",
        True,
    ),
    (
        "spanish-se-ha-solicitado-fish",
        "Carcinoma ductal infiltrante de mama.\nHER2 (IHQ): 2+ (dudoso).\nSe ha solicitado estudio de "
        "hibridación in situ (FISH) para HER2. El resultado se emitirá en un informe complementario.\n",
        "equivocal",
        True,
    ),
    (
        "fish-sent-out-without-her2-name",
        CORE
        + "HER2 immunohistochemistry: score 2 (equivocal) on a scale of 0 to 3.\nFISH has been requested "
        "from the reference laboratory (send-out); the result will be reported separately.\n",
        "equivocal",
        True,
    ),
    (
        "biomarker-studies-ordered-blank-template",
        CORE + "HER2 (ERBB2) by immunohistochemistry: ___\nHER2 (ERBB2) by in situ hybridization: ___\n\n"
        "Note: Biomarker studies have been ordered and are in progress. Results will be reported in an "
        "addendum.\n",
        "not_found",
        True,
    ),
    # near-misses: not requested, only suggested, or another test sent out
    (
        "nm-not-requested",
        "Bladder, TURBT: invasive urothelial carcinoma.\nHER2 IHC (4B5): 2+ (equivocal).\nHER2 ISH was not "
        "requested and has not been performed.\n",
        "equivocal",
        False,
    ),
    (
        "nm-should-be-requested",
        "Colon adenocarcinoma, NGS panel.\nKRAS G12D detected.\nThis assay does not report HER2 protein "
        "expression; HER2 status by IHC/ISH, if clinically indicated, should be requested separately.\n",
        "not_found",
        False,
    ),
    (
        "nm-heading-requested-other-test-sent-out",
        "Bladder, TURBT: invasive urothelial carcinoma.\n\nBIOMARKERS (requested by oncology for trial "
        "screening):\n  HER2 IHC (4B5): 2+ (equivocal).\n  PD-L1 (SP142): IC 2/3.\n  FGFR3 testing sent out "
        "separately.\n",
        "equivocal",
        False,
    ),
]


@pytest.mark.parametrize(("text", "status", "pending"), [c[1:] for c in PENDING], ids=[c[0] for c in PENDING])
def test_pending_said_both_ways(text: str, status: str, pending: bool) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert ("pending" in result.warning_codes) is pending, result.warning_codes


# --- results written as a criteria label or in words (review item 6: "No HER2 result found" for a
# report that gives one)

WRITTEN = [
    (
        "criteria-label-before-call",
        "Colon, resection: adenocarcinoma, pT3.\nHER2 (4B5), block B2, gastric/CRC criteria: Negative (score "
        "0). No membranous staining.\n",
        "negative",
        "0",
    ),
    (
        "resection-criteria-label-positive",
        "Stomach, gastrectomy: adenocarcinoma.\nHER2 (SP3), block A4, resection criteria: Positive (score 3+).\n",
        "positive",
        "3+",
    ),
    (
        "three-plus-in-words",
        "Left breast core biopsy: invasive carcinoma.\nHER-2/neu immunostain: three plus (strong, complete, "
        "membranous staining in about ninety percent of cells), which is a positive result.\n",
        "positive",
        "3+",
    ),
    (
        "two-plus-in-words",
        "Left breast core biopsy: invasive carcinoma.\nThe HER2 immunostain shows two plus (moderate, complete "
        "membrane staining in 40% of cells), equivocal.\n",
        "equivocal",
        "2+",
    ),
    # near-misses: a scoring legend stays a legend
    (
        "nm-scoring-criteria-legend",
        "Left breast core biopsy: invasive carcinoma.\nHER2 (4B5): 1+, negative.\nScoring criteria: 0 "
        "negative; 1+ negative; 2+ equivocal; 3+ positive.\n",
        "negative",
        "1+",
    ),
    (
        "nm-criteria-definition-only",
        "Colon adenocarcinoma.\nHER2 testing is pending.\nHERACLES criteria: 3+ in >=50% of cells is positive.\n",
        "not_found",
        None,
    ),
]


@pytest.mark.parametrize(("text", "status", "ihc"), [c[1:] for c in WRITTEN], ids=[c[0] for c in WRITTEN])
def test_results_written_as_label_or_words(text: str, status: str, ihc: str | None) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ihc.score if result.ihc else None) == ihc


# --- what the report says the cancer is, and a VUS named again in prose stays a VUS (review items
# 11, 14)

CANCER = [
    (
        "tumor-board-breast-lobular",
        "MULTIDISCIPLINARY TUMOR BOARD - CASE SUMMARY (Breast)\nPresentation: de novo metastatic invasive "
        "lobular carcinoma (bone, peritoneum).\nPathology (peritoneal biopsy PB26-1017):\n  - HER2: IHC 2+ ; "
        "dual ISH NOT amplified (ratio 1.3) => HER2-negative.\n",
        "breast",
    ),
    (
        "invasive-ductal-with-metastatic-sites",
        "Presentation: metastatic invasive ductal carcinoma (liver, bone).\nPathology (liver biopsy):\n"
        "HER2 (4B5): 1+, negative.\n",
        "breast",
    ),
    # near-miss: a pancreatic ductal adenocarcinoma is not breast
    (
        "nm-pancreatic-ductal-adenocarcinoma",
        "Pancreas, head, resection: pancreatic ductal adenocarcinoma.\nHER2 (4B5): 0, negative.\n",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "cancer"), [c[1:] for c in CANCER], ids=[c[0] for c in CANCER])
def test_cancer_type_named_by_the_report(text: str, cancer: str) -> None:
    assert explain_text(text).cancer_type == cancer


LUNG_VUS = (
    "Specimen: Lung, right lower lobe, EBUS-TBNA cell block. Adenocarcinoma. Est. tumor 30%.\n"
    "EGFR     p.E746_A750del (exon 19 deletion)  Tier IA - Pathogenic 22.4%\n"
    "ERBB2    p.R143Q (c.428G>A)                 VUS (Tier III)        48.7%\n\n"
    "The ERBB2 (HER2) p.R143Q variant lies in the extracellular domain and is not an activating HER2 "
    "mutation; it should not be used for clinical decision-making.\n"
)


def test_vus_named_again_in_prose_stays_a_vus_and_lung_is_named() -> None:
    result = explain_text(LUNG_VUS)
    assert result.ngs is not None
    assert result.ngs.variants_of_unknown_significance == ["R143Q"]
    assert result.ngs.mutations == []
    assert result.cancer_type == "lung"


def test_a_pathogenic_erbb2_mutation_stays_a_mutation() -> None:
    text = LUNG_VUS.replace(
        "p.R143Q (c.428G>A)                 VUS (Tier III)", "p.S310F (c.929C>T)  Tier IIC - Pathogenic"
    )
    result = explain_text(text.split("\n\n")[0] + "\n")
    assert result.ngs is not None and result.ngs.mutations == ["S310F"]


# --- a status named only to say this result is not it (review item 8: a false "the report calls
# HER2 positive in one place" note)

NEGATED = [
    (
        "does-not-establish-positive",
        "Breast carcinoma, NGS panel.\nERBB2 c.2264T>C p.L755S\nERBB2: 2 copies - NOT AMPLIFIED\n"
        "HER2 mutation is distinct from HER2 protein overexpression; this result does not establish "
        "HER2-positive status.\n",
        False,
    ),
    (
        "not-equivalent-to-positive",
        "Lung adenocarcinoma, NGS.\nERBB2 exon 20 insertion (p.Y772_A775dup) detected.\nAn ERBB2 mutation is "
        "not equivalent to HER2-positive disease.\n",
        False,
    ),
    # near-miss: a real positive statement beside a negative test still conflicts
    (
        "nm-real-positive-statement",
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC: 1+ (negative).\nFinal: HER2 positive by FISH.\n",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "positive_statement"), [c[1:] for c in NEGATED], ids=[c[0] for c in NEGATED]
)
def test_negated_status_is_not_a_statement(text: str, positive_statement: bool) -> None:
    result = explain_text(text)
    calls = [e.value for e in result.evidence if e.finding == "status_statement"]
    assert any("positive" in v for v in calls) is positive_statement, calls
    if not positive_statement:
        assert "statement_conflict" not in result.warning_codes


def test_old_fish_table_rows_give_the_means() -> None:
    """'HER-2/neu (red) signals, mean/cell ..... 5.1' (review item 5: the old polysomy-17 block)."""
    result = explain_text(
        CORE + " HER-2/neu (red) signals, mean/cell .......... 5.1\n CEP 17 (green) signals, mean/cell "
        "........... 2.0\n HER-2/neu : CEP17 ratio ..................... 2.55\n INTERPRETATION: AMPLIFIED.\n"
    )
    assert result.ish is not None
    assert (result.ish.her2_copy_number, result.ish.cep17_copy_number, result.ish.ratio) == (5.1, 2.0, 2.55)
