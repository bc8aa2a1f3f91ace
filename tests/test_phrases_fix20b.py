"""fix20b (session 20): tests/variants13b's misses (writer24b's 60 hand-written reports), as phrase
families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. a table cell offering two scores as alternatives is a criterion ------------------------------
# variants13b v13b-f09-03: a trial pre-screen log, "Screen # | Initials | Tumour | HER2 requirement
# | Status" over a row whose cell under the HER2 header reads "IHC 3+ or 2+/ISH+" (the study's entry
# criterion; the HER2 test still awaited): the column reader took the cell's first score as this
# tumour's IHC 3+ (positive). A lab's cell holds the one score it found; two different scores joined
# by "or" offer the alternatives a category or a criterion admits.
OFFERED_CELL: list[Case] = [
    (
        "padded-pipes-fish-alternative",
        "Pre-screen # | Pt    | Tumour   | HER2 needed              | Status\n"
        "PS-3         | K.L.  | Gastric  | 3+ or 2+ with FISH amp   | block requested\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "space-aligned-ihc-alternatives",
        "Subject     Site          HER2 criterion           State\n"
        "S-221       biliary       IHC 3+ or IHC 2+/ISH+    awaiting tissue\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "padded-pipes-low-order-first",
        "Ref | Pt   | Primary     | HER2 for entry        | Progress\n"
        "T-2 | J.N. | Colorectal  | 2+ or 3+ (IHC)        | archival block requested\n",
        "not_found",
        {"ihc": None},
    ),
]
OFFERED_CELL_NEAR: list[Case] = [
    # the same layout with one score found is this tumour's result
    (
        "padded-pipes-one-score",
        "Screen # | Initials | Tumour           | HER2 result           | Status\n"
        " NM-020  | H.Q.     | Biliary          | IHC 3+ (90%)          | eligible\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a cell's one score with an "or" that offers no second score stays the result
    (
        "one-score-or-next-step",
        "Gastric adenocarcinoma, biopsy.\n"
        "Block | HER2 IHC              | Note\n"
        "A1    | 2+ (moderate), ISH or repeat on resection | cluster of 8 cells\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "single-score-cell",
        "Breast, core biopsy: invasive carcinoma NST.\n"
        "Marker | Result | Interpretation\n"
        "HER2 IHC | 3+ (complete, intense, 90%) | Positive\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(OFFERED_CELL + OFFERED_CELL_NEAR))
def test_cell_offering_two_scores_is_a_criterion(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a sequencing row's footnote gives its call as equivocal --------------------------------------
# variants13b v13b-f04-04: an endometrial NGS table row "ERBB2  amplification (CN ~5.8)  CNV  IIC*"
# whose footnote "*ERBB2 copy estimate is close to the lab amplification threshold (6.0); call
# reported as "amplification - equivocal"" is the lab's call: the row's bare "amplification" read
# amplified (positive). The mark after the row's value leads to the note with that mark below; the
# note's first call word is the call. A general note on equivocal results, or a note whose first
# call is "amplified", keeps the row's amplification.
FOOTNOTE_CALL: list[Case] = [
    (
        "dagger-borderline-classified",
        "Comprehensive genomic profiling - gastric adenocarcinoma (tissue)\n"
        "Gene    Finding                         Tier\n"
        "ERBB2   Amplification, CN 5.6 †         II\n"
        "KRAS    wild type                       -\n"
        "† Copy number near the validated cut-off (6); classified as borderline. IHC/ISH advised.\n",
        "equivocal",
        {"ngs.amplification": "equivocal"},
    ),
    (
        "pipe-row-copy-number-call-equivocal",
        "Tumour NGS panel (colorectal adenocarcinoma, resection)\n"
        " ERBB2 | amplification* | estimated copies 6.1\n"
        " NRAS  | no variant     | -\n"
        "* ERBB2 copy number call: equivocal (within the lab's grey zone of 5-7 copies).\n",
        "equivocal",
        {"ngs.amplification": "equivocal"},
    ),
    (
        "asterisk-after-bracket-indeterminate",
        "Genomic alterations identified (lung adenocarcinoma):\n"
        "  EGFR   p.L858R                    VAF 31%\n"
        "  ERBB2  amplification (CN 7.2)*    -\n"
        "* ERBB2 amplification - indeterminate; tumour content 20% limits the estimate.\n",
        "equivocal",
        {"ngs.amplification": "equivocal"},
    ),
]
FOOTNOTE_CALL_NEAR: list[Case] = [
    # a note on how equivocal results are handled in general is no call
    (
        "note-on-equivocal-results-in-general",
        "Genomic alterations identified (colorectal):\n"
        "  ERBB2  amplification (CN 24)*\n"
        "* Equivocal results (CN 5-7) are reflexed to FISH; this result is above that range.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    # the mark stands on another gene's row
    (
        "mark-on-another-genes-row",
        "Genomic alterations identified (colorectal):\n"
        "  ERBB2  amplification (CN 12)\n"
        "  TP53   R175H*\n"
        "* equivocal calls are confirmed by ISH.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    # the note's first call is amplified; an earlier sample's equivocal call comes after it
    (
        "note-calls-amplified-first",
        "Genomic alterations identified (colorectal):\n"
        "  ERBB2  amplification (CN 12)*\n"
        "  TP53   R175H\n"
        "* reported as amplified (above the 6-copy threshold); the 2023 biopsy had been called equivocal.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(FOOTNOTE_CALL + FOOTNOTE_CALL_NEAR))
def test_footnote_gives_the_rows_call(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a negative score with the lab's advice to test a non-decalcified sample ----------------------
# variants13b v13b-f02-04: a clinic note quoting a decalcified sternal biopsy, "HER2 IHC: 0 (no
# membrane staining). Note decalcification may affect immunoreactivity; pathologist recommends HER2
# testing on a non-decalcified lesion", read negative. Acid decalcification can abolish staining: a
# 0 or 1+ the lab advises to retest on a non-decalcified sample is no result (not_found; the label
# says equivocal, the project's convention for an unreliable stain is no result). A 2+ or 3+ stands,
# and a caveat alone keeps the score.
DECAL_RETEST: list[Case] = [
    (
        "comment-repeat-non-decalcified-advised",
        "Bone (vertebra) biopsy, formic acid decalcified: metastatic breast carcinoma.\n"
        "HER2 (4B5): 1+.\n"
        "Comment: repeat on a non-decalcified specimen (e.g. liver lesion) is advised before a HER2-low decision.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "undecalcified-block-recommended",
        "Metastatic breast carcinoma in bone (rib), biopsy.\n"
        "HER2 IHC 0 (null). Sample decalcified; testing of an undecalcified block is recommended.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "non-decalcified-sample-preferred",
        "Sternum, core biopsy (acid decalcified): metastatic lobular carcinoma of breast.\n"
        "HER2 IHC: 0 (negative). Comment: a non-decalcified sample would be preferred for HER2 scoring.\n",
        "not_found",
        {"ihc": None},
    ),
]
DECAL_RETEST_NEAR: list[Case] = [
    # decalcification does not make staining appear: a 3+ stands
    (
        "three-plus-with-retest-advice",
        "Bone biopsy (decalcified): metastatic breast carcinoma.\n"
        "HER2 IHC: 3+ (positive). Decalcified sample; testing of a non-decalcified block is recommended to confirm.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a caveat with no advice to retest keeps the score
    (
        "caveat-alone",
        "Bone biopsy (decalcified): metastatic breast carcinoma.\nHER2 IHC: 0. Decalcification may affect HER2 results.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    # a score read on a non-decalcified block is the result
    (
        "scored-on-non-decalcified-block",
        "Bone biopsy: metastatic breast carcinoma.\nHER2 IHC 1+ on block A2 (soft tissue component, non-decalcified).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(DECAL_RETEST + DECAL_RETEST_NEAR))
def test_negative_score_with_decalcified_retest_advice(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. "but unreliable" joined to the value in its own clause ---------------------------------------
# variants13b v13b-f02-04: the assessment "current bx IHC 0 but unreliable on decal" read IHC 0
# (negative): the verdict stood in the value's own clause after "but", where only the clause after
# the value was asked (findings/voided_next.py). A contrast word right after the value and then a
# verdict that the stain or result failed voids the value; "but" before another test or marker does not.
JOINED_VERDICT: list[Case] = [
    (
        "however-unreliable-cold-ischaemia",
        "Breast, core biopsy: invasive carcinoma.\nHER2 IHC 1+ however unreliable given cold ischaemia over 3 hours.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "but-unreliable-on-decalcified-tissue",
        "Bone core: metastatic breast carcinoma. Decalcified (acid).\nHER2 IHC 1+ but unreliable on decalcified tissue.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "comma-but-invalid-control-failed",
        "Breast core: invasive carcinoma NST. HER2 IHC: 0, but invalid - control failed.\n",
        "not_found",
        {"ihc": None},
    ),
]
JOINED_VERDICT_NEAR: list[Case] = [
    (
        "but-ish-not-performed",
        "Breast, core biopsy: invasive carcinoma.\nHER2 IHC 3+ but ISH not performed.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "but-er-positive",
        "Breast, core biopsy: invasive carcinoma.\nHER2 0 but ER positive (90%).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "but-reliable-controls",
        "Breast, core biopsy: invasive carcinoma.\nHER2 IHC: 1+, but reliable controls confirm the result.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(JOINED_VERDICT + JOINED_VERDICT_NEAR))
def test_verdict_joined_by_but_voids_the_value(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. a Spanish control named noun first, its score with no bracket --------------------------------
# variants13b v13b-f08-04: an OCR'd Chilean colon biopsy, "Comentari0: c0ntr0l extern0 HER2 3+
# adecuad0." under the patient's own "puntaje O ... NEGATIV0": the control's 3+ was read as an IHC
# 3+. The noun-first control label ("control externo / interno / positivo") was a control only
# with its score in brackets ("Control externo (tejido HER2 3+)"); the score may follow it bare, with
# or without the HER2 name. (OCR's "positivo" -> "positive" repair needed "control positive" too.)
CONTROL_NOUN_FIRST: list[Case] = [
    (
        "control-positivo-her2-3plus-under-1plus",
        "Estómago, biopsia endoscópica: adenocarcinoma de tipo intestinal.\n"
        "HER2 (4B5): puntaje 1+ en 20% de las células. NEGATIVO.\n"
        "Comentario: control positivo HER2 3+ correcto.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "control-externo-3plus-pending-result",
        "Colon, biopsia: adenocarcinoma moderadamente diferenciado.\nHER2: pendiente.\nNota: control externo 3+ adecuado.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "control-line-above-equivocal",
        "Mama, biopsia con aguja gruesa: carcinoma infiltrante NST.\n"
        "Control interno HER2 0, control externo HER2 3+: adecuados.\n"
        "HER2 (SP3): 2+ (equívoco). Se solicita FISH.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
CONTROL_NOUN_FIRST_NEAR: list[Case] = [
    # the patient's own 3+ beside a control word with no score of its own
    (
        "own-3plus-control-adequate",
        "Mama, biopsia: carcinoma infiltrante NST.\n"
        "HER2 3+ (tinción completa e intensa, 95%). POSITIVO. Control externo adecuado.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(CONTROL_NOUN_FIRST + CONTROL_NOUN_FIRST_NEAR)
)
def test_noun_first_control_with_bare_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. a zero printed as the letter O after a score label --------------------------------------------
# variants13b v13b-f08-04: "HER2: puntaje O (sin tinción de membrana). NEGATIV0." in a scan that
# prints every zero as O and the letter o as 0: the score was lost (not_found). After a score label
# (puntaje, score, IHC, IHQ), a lone capital O is the score 0, in the window after a HER2 name.
LETTER_ZERO: list[Case] = [
    (
        "english-score-colon-O",
        "Gastric biopsy: adenocarcinoma.\nHER2 IHC score: O (no staining). Negative.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "spanish-puntaje-O-damaged-words",
        "Muestra: biopsia de c0l0n sigm0ide. Aden0carcin0ma.\nHER2: puntaje O (sin tinción de membrana). NEGATIV0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
LETTER_ZERO_NEAR: list[Case] = [
    # "Of", "ordered" and the like after a label are words
    (
        "score-of-the-control",
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC: 0 (no staining). Score Of the control: 3+.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "ihc-ordered",
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC ordered; result to follow. Oestrogen receptor positive.\n",
        "not_found",
        {"ihc": None},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(LETTER_ZERO + LETTER_ZERO_NEAR))
def test_letter_o_after_a_score_label_is_zero(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. the Spanish ratio named "índice", "razón" or "relación" before the probe pair ----------------
# variants13b v13b-f08-03: a Mexican FISH report, "Índice ERBB2/CEN17: 3,78", then after a blank line
# "Interpretación: AMPLIFICADO." and "RESULTADO FINAL HER2: POSITIVO.": the ratio was not read (only
# "cociente" and "ratio" named it), so the IHC 2+ made it equivocal. "Índice", "razón" and
# "relación" name the ratio when the probe pair follows; "índice de proliferación" and the like do not.
SPANISH_RATIO: list[Case] = [
    (
        "indice-erbb2-cen17-amplificado",
        "Informe de FISH. Estómago, biopsia: adenocarcinoma. Motivo: IHQ HER2 2+ (equívoca).\n"
        "Núcleos contados: 40\nÍndice ERBB2/CEN17: 2,65\n\nInterpretación: AMPLIFICADO.\n",
        "positive",
        {"ish.ratio": 2.65},
    ),
    (
        "razon-erbb2-cen17-amplificado",
        "Informe de FISH. Estómago, biopsia: adenocarcinoma. Motivo: IHQ HER2 2+ (equívoca).\n"
        "Promedio de señales por núcleo: ERBB2 7,9; CEN17 2,6\nRazón ERBB2/CEN17: 3,04\n\n"
        "Interpretación: AMPLIFICADO.\n",
        "positive",
        {"ish.ratio": 3.04},
    ),
    (
        "indice-her2-cep17-no-amplificado",
        "Informe de FISH. Estómago, biopsia: adenocarcinoma. Motivo: IHQ HER2 2+ (equívoca).\n"
        "Índice HER2/CEP17 (60 células): 1,2\n\nInterpretación: NO AMPLIFICADO.\n",
        "negative",
        {"ish.ratio": 1.2},
    ),
]
SPANISH_RATIO_NEAR: list[Case] = [
    # an index of something else is no ratio
    (
        "indice-de-proliferacion",
        "Estómago, biopsia: adenocarcinoma. HER2 IHQ 2+ (equívoco); FISH solicitado.\n"
        "Índice de proliferación Ki-67: 30%. Índice mitótico 12.\n",
        "equivocal",
        {"ish": None},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SPANISH_RATIO + SPANISH_RATIO_NEAR))
def test_spanish_ratio_words_before_the_probe_pair(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- H. a word ending in "p" before a HER2 name is no "p-HER2" ---------------------------------------
# variants13b v13b-f05-03: a plasma report's table, "Detected alterations   % cfDNA or Amp" over
# " ERBB2 Amplification   +++ (plasma CN 8.6)": the name was never found, because the guard against
# phospho-HER2 ("p-HER2", "p HER2") took the header's last word "Amp", its line break and the row's
# indent for "p ". The "p" (and phospho, serum, ...) must be a whole word.
P_WORD: list[Case] = [
    (
        "ngs-header-ending-amp",
        "Tissue NGS, colorectal adenocarcinoma.\nGene      Variant / CN        Amp\nERBB2     copy number 14      amplified\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "line-ending-workup",
        "Breast core biopsy: invasive carcinoma NST.\nPathology workup\nHER2 IHC: 1+ (negative)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
P_WORD_NEAR: list[Case] = [
    # the phosphorylated protein is still another analyte
    (
        "phospho-her2-research-stain",
        "Breast, core biopsy: invasive carcinoma.\nPhospho-HER2 (Tyr1248): 3+ (research stain)\nHER2 IHC: 1+ (negative)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "p-her2-after-result",
        "Breast, core biopsy: invasive carcinoma.\nHER2 IHC: 0. p-HER2: 3+ (research use).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(P_WORD + P_WORD_NEAR))
def test_word_ending_in_p_is_no_phospho_prefix(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- I. a trial row that "requires ERBB2 amp/IHC3+" -------------------------------------------------
# variants13b v13b-f04-02: a gastric NGS report's trial table, "TRIAL-G-0091  2  HER2 bispecific
# requires ERBB2 amp/IHC3+", read as an IHC 3+ (the report was positive by its own NGS, so only the
# IHC field was wrong; a report whose HER2 is pending reads POSITIVE from such a row). A requirement
# named with the gene symbol, "amp/IHC3+" or "amplification", is a criterion like "requires HER2 IHC 3+".
REQUIRES_ERBB2: list[Case] = [
    (
        "pending-ihc-trial-row-requires-amp-or-ihc3",
        "Gastric adenocarcinoma, biopsy. HER2 IHC: pending (block A2 sent).\n"
        "Open trials:\n   TRIAL-G-0091     2      HER2 bispecific       requires ERBB2 amp/IHC3+\n",
        "not_found",
        {"ihc": None},
    ),
]
REQUIRES_ERBB2_NEAR: list[Case] = [
    # the report's own 3+ above the same trial row stays
    (
        "own-3plus-above-trial-row",
        "Gastric adenocarcinoma, biopsy. HER2 IHC: 3+ (positive).\n"
        "Open trials:\n   TRIAL-G-0091     2      HER2 bispecific       requires ERBB2 amp/IHC3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(REQUIRES_ERBB2 + REQUIRES_ERBB2_NEAR))
def test_trial_row_requiring_erbb2_is_a_criterion(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
