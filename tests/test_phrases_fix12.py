"""fix12 (session 12): devset14's HER2 status reports read the wrong way, as phrase families.

Each family: the variants a different lab would write (they must not be read the wrong way) and
the near-misses that must keep their reading.

1. A category said to hold only under a condition (b14-f03-06): "HER2 NEGATIVE (Group 4 is
   positive only with IHC 3+)" read as IHC 3+ and, with group 4, as amplified
   (context.toml hypothetical-only-with; "only" is joined when OCR splits it, ocr.toml).
2. A test the lab could not report, then a control's score (b14-f09-05): "HER2 IHC: UNABLE TO
   REPORT. Tumor not present on the deeper levels ...; local control (gastric carcinoma, known
   HER2 3+)" read as the tumour's 3+ (ihc.toml no-result-after-name stops the far score and the
   column reading; control-tissue names a local / in-house / batch control; "Tumour not present"
   is no negative call, ihc.toml call-word).
3. A category of disease a drug is for (b14-f04-07): "Given approvals for HER2-positive (IHC 3+)
   biliary tract cancer, HER2 IHC is recommended" read as IHC 3+ (context.toml
   hypothetical-category-for-disease); "must not be interpreted as HER2-negative" limits a
   sequencing negative (limited-detection).
4. A value given to a relative after it, and a case checklist (b14-f09-08): '"HER2-positive" in
   the referral letter refers to the sister's breast cancer' (document.toml
   relative-attributed-after), "[x] HER2 IHC -- 2+ (equivocal)" over other tests' items read as
   a blank form (document.toml checklist-item-value).
5. Sequencing rows (b14-f10-09): "ERBB2 ........ AMPLIFICATION" (a dot leader is a table gap),
   and "MET .......... no amplification" on the row above "Interpretation: ERBB2 (HER2)
   amplification detected" read as ERBB2 not amplified (findings/ngs.py on_gene_row_above).
6. A plasma grid's key (b14-f05-05): "(ND = not detected; - = not assessed)" under the grid's
   ERBB2 row read as a HER2 negative (document.toml abbreviation-key).
"""

from __future__ import annotations

import pytest

from her2cli.api import explain_text

SAFE = ("negative", "equivocal", "not_found")

# --- 1. a category that holds only under a condition ----------------------------------------------

ONLY_WITH = {
    "group4_only_with": (
        "HER2 FISH\nTissue: left breast excision, block A5. IHC (ref): 2+\n"
        "HER2/CEP17 ratio 1.5; average HER2 copy number 4.6 per cell\n"
        "Group 4 (ratio < 2.0, avg HER2 >= 4.0 and < 6.0)\n"
        "Interpretation per ASCO/CAP 2018: HER2 NEGATIVE\n  (Group 4 is positive only with IHC 3+)\n"
    ),
    "only_if": (
        "ISH result: ratio 1.6, HER2 signals 4.8/cell. ASCO/CAP group 4.\n"
        "Interpretation: HER2 negative (group 4 tumours are positive only if IHC is 3+).\n"
    ),
    "called_only_when": (
        "HER2 ISH: group 4, ratio 1.4, mean HER2 4.2 per nucleus.\n"
        "Result: NEGATIVE. Note: group 4 is called positive only when concurrent IHC is 3+.\n"
    ),
    "would_be_considered": (
        "HER2 ISH: ratio 1.7, mean HER2 copy number 5.1.\n"
        "Final: HER2 negative. This pattern would be considered positive only with an IHC score of 3+.\n"
    ),
    "in_the_presence_of": (
        "HER2 dual ISH: ratio 1.3, 4.4 signals/cell (group 4). Concurrent IHC 2+.\n"
        "HER2 status: negative (counted as positive only in the presence of IHC 3+).\n"
    ),
}


@pytest.mark.parametrize("name", sorted(ONLY_WITH))
def test_a_condition_on_a_category_is_no_score(name: str) -> None:
    result = explain_text(ONLY_WITH[name])
    assert result.status in SAFE, result.status
    assert result.ihc is None or result.ihc.score != "3+"
    assert result.ish is None or result.ish.result != "amplified"


def test_the_ocr_damaged_group4_report_is_not_positive() -> None:
    text = (
        "GLENMORAY LAB0RAT0RY MEDlCINE   ---  F lSH  REPORT  ---   pg 1/ 1\n"
        "Tissue: L breast exc is ion , b lk A5   IHC (ref): 2 +\n\n"
        "HER2 /CEP17 dua l probe      ce lls: 4O\n"
        "avg HER2 /ce ll ...... 4.6     avg CEP l7/cell ...... 3.l\n"
        "rat io .......... 1 .5\n\n"
        "Gr oup 4  ( ratio < 2.0 , avg HER2 >= 4.0 and < 6.0 )\n"
        "Interpret ation per ASCO/CAP 20 18 : HER2 NEGAT IVE\n"
        "  (Gr oup 4 is positive on ly with IHC 3+ )\n"
    )
    result = explain_text(text)
    assert result.status in SAFE, result.status


ONLY_WITH_NEAR = {
    "only_with_staining": "HER2 IHC (4B5): 3+ positive, only with strong complete staining in 90% of cells\n",
    "positive_with_ihc": "HER2 IHC: 3+. Interpretation: HER2 positive with IHC 3+.\n",
    "ihc_only": "HER2: positive (IHC 3+ only; ISH not done)\n",
}


@pytest.mark.parametrize("name", sorted(ONLY_WITH_NEAR))
def test_a_result_with_only_keeps_its_reading(name: str) -> None:
    assert explain_text(ONLY_WITH_NEAR[name]).status == "positive"


# --- 2. a test the lab could not report ------------------------------------------------------------

NO_RESULT = {
    "unable_wrapped_local_control": (
        "Gastric biopsy: adenocarcinoma.\n\n"
        "HER2 IHC:   UNABLE TO REPORT.  Tumor not present on the deeper\n"
        "levels cut for HER2 (block exhausted); local control (gastric\n"
        "carcinoma, known HER2 3+) showed expected strong basolateral\nstaining; no patient tumor evaluable.\n"
    ),
    "ocr_unable": (
        "Spec: Stomach, antrum, endoscopic biopsies (3 fragments)\n\n"
        "HE R2 IHC:   UNABLE T0 REP0RT .  Tumor not present on the deeper\n"
        "lev els cut for HER2 (block exhausted); l0cal control (gastric\n"
        "carcinoma, kn0wn HER2 3+) sh0wed expected strong basolateral\nstaining ; no patient tum0r evaluable .\n"
    ),
    "not_reportable_external": (
        "Gastric biopsy: adenocarcinoma.\n\nHER2 IHC: not reportable. No tumour on the deeper levels.\n"
        "External control (gastric carcinoma,\nknown HER2 3+) stained as expected.\n"
    ),
    "in_house_control": (
        "Stomach, biopsy: adenocarcinoma.\n"
        "HER2 IHC: insufficient tumour for scoring. In-house control: breast carcinoma, HER2 3+, appropriate.\n"
    ),
    "batch_control": (
        "Breast core biopsy: invasive carcinoma.\n"
        "HER2: no invasive tumour remains in the block. Batch control (known HER2 3+): satisfactory.\n"
    ),
    "used_as_control": (
        "Gastric biopsy: adenocarcinoma.\n\nHER2 IHC: UNABLE TO REPORT (no tumour on levels).\n"
        "Known 3+ gastric carcinoma used as control stained appropriately.\n"
    ),
}

TUMOUR_ABSENT = {
    "tumour_not_present": (
        "Stomach, biopsy: adenocarcinoma.\n"
        "HER2 IHC: unable to report. Tumour not present on the deeper levels cut for HER2.\n"
    ),
    "carcinoma_not_identified": (
        "Stomach, biopsy: adenocarcinoma.\n"
        "HER2 (4B5): not reported - invasive carcinoma not identified on the levels cut for HER2.\n"
    ),
    "cells_not_seen": "Breast, core biopsy: invasive carcinoma.\nHER2: no result; tumor cells not seen on the HER2 slide.\n",
    "carcinoma_not_present": (
        "Breast, core biopsy: invasive carcinoma.\n"
        "HER2 IHC: cannot be reported, carcinoma not present in the recut sections.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NO_RESULT))
def test_a_test_without_result_takes_no_later_score(name: str) -> None:
    result = explain_text(NO_RESULT[name])
    assert result.status == "not_found", result.status


@pytest.mark.parametrize("name", sorted(TUMOUR_ABSENT))
def test_tumour_not_present_is_no_negative(name: str) -> None:
    assert explain_text(TUMOUR_ABSENT[name]).status == "not_found"


NO_RESULT_NEAR = {
    "negative_then_local_control": (
        "Breast core biopsy: invasive carcinoma.\n"
        "HER2 IHC (4B5): 1+, negative. Local control (known HER2 3+) appropriate.\n",
        "negative",
    ),
    "positive_local_recurrence": (
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC (4B5): 3+, positive. Local recurrence excluded.\n",
        "positive",
    ),
    "overexpression_not_identified": (
        "Breast, core biopsy: invasive carcinoma.\nHER2 protein overexpression: not identified (score 0).\n",
        "negative",
    ),
    "overexpression_not_present": (
        "Breast, core biopsy: invasive carcinoma.\nHER2 overexpression: not present.\n",
        "negative",
    ),
    "tumour_present": (
        "Gastric biopsy: adenocarcinoma.\nHER2 IHC: NEGATIVE (score 1+). Tumour present in 2 of 3 fragments.\n",
        "negative",
    ),
}


@pytest.mark.parametrize("name", sorted(NO_RESULT_NEAR))
def test_a_reported_result_keeps_its_reading(name: str) -> None:
    text, status = NO_RESULT_NEAR[name]
    assert explain_text(text).status == status


# --- 3. a category of disease a drug is for ---------------------------------------------------------

_NGS_HEAD = "Targeted sequencing, cholangiocarcinoma.\nERBB2: no variant detected. Copy number: not reportable (low tumour fraction).\n"
CATEGORY_FOR = {
    "approvals_for": _NGS_HEAD
    + "Given approvals for HER2-positive (IHC 3+) biliary tract cancer, HER2 immunohistochemistry on the cell block is recommended.\n",
    "approval_of_drug_for": _NGS_HEAD
    + "In view of the approval of zanidatamab for HER2-positive (IHC 3+) biliary tract cancer, HER2 IHC should be performed.\n",
    "approved_for": _NGS_HEAD
    + "Because HER2-directed agents are now approved for HER2-positive (IHC 3+) biliary cancer, we suggest HER2 IHC.\n",
    "approvals_exist": "Targeted sequencing, gallbladder carcinoma.\nCopy number could not be assessed.\n"
    "Note: regulatory approvals exist for HER2-positive (IHC 3+) solid tumours; consider HER2 IHC.\n",
}


@pytest.mark.parametrize("name", sorted(CATEGORY_FOR))
def test_a_category_of_disease_is_no_result(name: str) -> None:
    result = explain_text(CATEGORY_FOR[name])
    assert result.status == "not_found", result.status


def test_an_own_result_beside_approval_words_stays() -> None:
    text = (
        "Biliary carcinoma, biopsy.\n"
        "HER2 IHC (4B5): 3+, positive. Approved therapies for HER2-positive biliary tract cancer may apply.\n"
    )
    assert explain_text(text).status == "positive"


LIMITED = {
    "must_not_be_interpreted": (
        "Targeted sequencing, biliary carcinoma; tumour content ~10%.\n"
        "Copy number: not reportable.\n"
        "Absence of reported ERBB2 amplification must not be interpreted as HER2-negative.\n"
    ),
    "should_not_be_read": (
        "Targeted sequencing, pancreatic carcinoma; tumour content 10%.\n"
        "No ERBB2 amplification was detected, but this should not be read as ERBB2 non-amplified given the low purity.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(LIMITED))
def test_a_limited_sequencing_negative_is_not_negative(name: str) -> None:
    assert explain_text(LIMITED[name]).status == "not_found"


# --- 4. a relative's value said after it; a case checklist ----------------------------------------

RELATIVE_AFTER = {
    "quoted_refers_to_sister": (
        "Right breast core: invasive lobular carcinoma.\nHER2 testing has been requested on block A1.\n"
        'Note: "HER2-positive" in the referral letter refers to the sister\'s breast cancer, not this patient.\n'
    ),
    "belongs_to_mother": (
        "Left breast core: invasive ductal carcinoma. HER2 studies to follow.\n"
        'Clinical note: the "HER2 positive" result mentioned by the GP belongs to her mother.\n'
    ),
    "was_sisters_result": (
        "Breast, core biopsy: invasive carcinoma. HER2 testing pending.\n"
        "The HER2 3+ quoted on the request form was her sister's result.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(RELATIVE_AFTER))
def test_a_value_given_to_a_relative_after_it_is_not_the_patients(name: str) -> None:
    assert explain_text(RELATIVE_AFTER[name]).status == "not_found"


def test_a_relative_named_after_a_result_sentence_keeps_it() -> None:
    text = "Breast core biopsy: invasive carcinoma.\nHER2 IHC: 3+ (positive). The patient's mother was informed.\n"
    assert explain_text(text).status == "positive"


CHECKLIST = {
    "items_with_ihc_2plus": (
        "Right breast mass, US core\nItems on this case (status as of 2026-11-25):\n"
        "  [x] H&E diagnosis  -- invasive lobular carcinoma, grade 2\n"
        "  [x] ER  -- positive 95%\n"
        "  [x] HER2 IHC -- 2+ (equivocal): weak-moderate complete membrane staining ~25% of tumour cells\n"
        "  [ ] HER2 dual ISH -- in progress\n"
        "  [ ] Oncotype DX -- ordered by oncology, sent to reference lab\n"
        "  [ ] E-cadherin -- requested (not yet cut)\n",
        "equivocal",
    ),
    "colon_items": (
        "Breast core biopsy: invasive ductal carcinoma.\nWork-up checklist:\n"
        "  [X] HER2 IHC: 2+ (equivocal), reflex ISH sent\n"
        "  [ ] HER2 ISH: pending\n"
        "  [ ] Ki-67: to follow\n",
        "equivocal",
    ),
    "positive_item": (
        "Breast core biopsy: invasive ductal carcinoma.\n"
        "  [x] ER -- negative (0%)\n"
        "  [x] HER2 IHC (4B5) -- 3+ positive (done 11/21)\n"
        "  [ ] HER2 FISH -- not required\n"
        "  [ ] PD-L1 -- requested\n",
        "positive",
    ),
}


@pytest.mark.parametrize("name", sorted(CHECKLIST))
def test_a_checklist_item_is_read_on_its_line(name: str) -> None:
    text, status = CHECKLIST[name]
    assert explain_text(text).status == status


FORM_AFTER_MARKED_NAME = {
    # a marked box before the test's name, then its categories' boxes on the same line: a form,
    # never a line whose every score counts (the highest would be 3+)
    "scores": "Breast core biopsy: invasive carcinoma.\n[x] HER2 IHC:  [ ] 0  [ ] 1+  [x] 2+  [ ] 3+\n[ ] HER2 ISH:  [ ] amplified  [ ] not amplified\n",
    "categories": "Breast core biopsy: invasive carcinoma.\n[x] HER2 IHC -- [ ] Negative (0/1+)  [x] Equivocal (2+)  [ ] Positive (3+)\n[ ] Ki-67 -- pending\n",
}


@pytest.mark.parametrize("name", sorted(FORM_AFTER_MARKED_NAME))
def test_a_form_on_a_checklist_line_is_never_read_as_its_highest_option(name: str) -> None:
    assert explain_text(FORM_AFTER_MARKED_NAME[name]).status in ("equivocal", "not_found")


def test_a_blank_category_form_stays_unread() -> None:
    text = (
        "Breast core biopsy: invasive carcinoma.\nHER2 status (tick one):\n"
        "  [ ] HER2-negative (0/1+)\n  [ ] HER2-low (1+ or 2+/ISH-)\n  [ ] HER2-positive (3+)\n"
    )
    assert explain_text(text).status == "not_found"


# --- 5. sequencing rows ------------------------------------------------------------------------------

NGS_ROWS = {
    "dot_leader_with_copy_number": (
        "Tissue NGS, gastric adenocarcinoma (tumor content 35%).\nCopy number:\n"
        "    ERBB2 ........ AMPLIFICATION, estimated copy number 22\n    CCNE1 ........ no amplification\n",
        "positive",
    ),
    "dot_leader_alone": (
        "Tissue NGS, gastric adenocarcinoma (tumor content 35%).\nCopy number:\n    ERBB2 ........ AMPLIFICATION\n",
        "positive",
    ),
    "other_gene_rows_above": (
        "Tissue NGS, gastric adenocarcinoma (tumor content 35%).\nCopy number:\n"
        "    CCNE1 ........ no amplification\n    MET .......... no amplification\n"
        "Interpretation: ERBB2 (HER2) amplification detected.\n",
        "positive",
    ),
    "other_gene_row_above_amplified": (
        "Tissue NGS, gastric adenocarcinoma (tumor content 35%).\n    MET   no amplification\n"
        "ERBB2 (HER2): amplified (copy number 14).\n",
        "positive",
    ),
    "dot_leader_negative": (
        "Tissue NGS, gastric adenocarcinoma (tumor content 35%).\nCopy number:\n"
        "    MET .......... AMPLIFICATION, copy number 12\n    ERBB2 ........ no amplification\n",
        "negative",
    ),
    "own_negation_below_other_row": (
        "Tissue NGS, gastric adenocarcinoma (tumor content 35%).\n    KRAS   G12D detected\n"
        "ERBB2 (HER2): no amplification detected.\n",
        "negative",
    ),
}


@pytest.mark.parametrize("name", sorted(NGS_ROWS))
def test_sequencing_rows_are_read_by_their_own_gene(name: str) -> None:
    text, status = NGS_ROWS[name]
    assert explain_text(text).status == status


# --- 6. a plasma grid's key ---------------------------------------------------------------------------

PLASMA_KEY = {
    "grid_with_key": (
        "ctDNA CLINICAL REPORT\nSpecimen: plasma, collected 11/21/2026\n\n"
        "RESULT: NO CIRCULATING TUMOR DNA DETECTED\n\n"
        "Gene                 SNV/Indel     CNA          Fusion\n"
        "KRAS                 ND            ND           -\n"
        "TP53                 ND            -            -\n"
        "ERBB2                ND            ND           -\n"
        "BRCA1 / BRCA2        ND            ND           -\n"
        "NTRK1/2/3            -             -            ND\n"
        "(ND = not detected; - = not assessed)\n"
    ),
    "grid_key_na": (
        "Liquid biopsy (plasma cfDNA) report\n\n"
        "Gene        Mutation     Amplification\n"
        "EGFR        ND           ND\n"
        "ERBB2       ND           ND\n"
        "MET         NA           ND\n"
        "ND = not detected; NA = not applicable\n"
    ),
}


@pytest.mark.parametrize("name", sorted(PLASMA_KEY))
def test_a_grid_key_is_no_negative(name: str) -> None:
    assert explain_text(PLASMA_KEY[name]).status == "not_found"


# --- 7. safe misses: values a patient would want ----------------------------------------------------

SAFE_MISSES = {
    # a fax's OCR reads "m" as "rn": "arnplification" is the amplification word (b14-f04-08)
    "rn_amplification": (
        "Tissue NGS, rectal adenocarcinoma metastatic to lung; tumor 50%.\n"
        "lnterpretation: ERBB2 arnplification (14 copies) in a RAS/BRAF wild-type metastatic colorectal cancer.\n",
        "positive",
    ),
    "rn_not_amplified": (
        "Tissue NGS, rectal adenocarcinoma; tumor 50%.\nERBB2 (HER2): not arnplified (copy number 2).\n",
        "negative",
    ),
    # "Result, IHC:" and "Result, ISH:" rows end a criteria key above them (b14-f07-08)
    "result_rows_under_a_key": (
        "Endometrial biopsy: serous carcinoma.\n\n"
        "HER2 testing (performed on block 1; 4B5 + dual ISH)\n\n"
        "  Uterine serous HER2 criteria (Buza 2019) -- for reference:\n"
        "    IHC 3+ (>30% intense complete/basolateral) = positive\n"
        "    IHC 2+ = equivocal, reflex ISH ; IHC 0-1+ = negative\n"
        "    ISH ratio >= 2.0 = amplified\n\n"
        "  Result, IHC:  2+  (moderate lateral staining, 20-25% of cells)\n"
        "  Result, ISH:  HER2/CEP17 ratio 1.4 ; average HER2 copies 3.1/cell (60 cells)\n"
        "                NOT AMPLIFIED\n\n"
        "  FINAL HER2 STATUS: NEGATIVE\n",
        "negative",
    ),
    # "score 3+; this is regarded as HER2 positive": the lab's call on this tumour (b14-f09-10)
    "this_is_regarded_as_positive": (
        "GEJ biopsies: adenocarcinoma.\n"
        "On the present biopsies, HER2 (4B5) shows strong complete membrane reactivity in clusters of more "
        "than 5 cells, score 3+; this is regarded as HER2 positive, and ISH is not required.\n",
        "positive",
    ),
    "it_is_considered_negative": (
        "Breast core biopsy: invasive carcinoma.\nHER2 (4B5): no staining, score 0; it is considered HER2 negative.\n",
        "negative",
    ),
}


@pytest.mark.parametrize("name", sorted(SAFE_MISSES))
def test_a_value_the_patient_wants_is_read(name: str) -> None:
    text, status = SAFE_MISSES[name]
    assert explain_text(text).status == status


def test_a_key_that_considers_a_category_stays_a_key() -> None:
    text = (
        "Breast core biopsy: invasive carcinoma. HER2 testing has been ordered.\n"
        "Key: HER2 IHC 3+ is considered positive; 2+ is regarded as equivocal.\n"
    )
    assert explain_text(text).status == "not_found"


# --- 8. a discordance given as the reason a test was done on this sample (b14-f02-04) ---------------

_LIVER = (
    "Clinical: breast carcinoma 2015, treated; original tumour HER2 FISH amplified, ratio 4.1.\n\n"
    "Specimen: liver core biopsy. Metastatic breast carcinoma.\n\n"
    "Receptor status on this metastasis (block A1):\n"
    "  HER2:  IHC score 0 (no membrane staining in tumour cells).\n"
)
DISCORDANCE_REASON = {
    "because_of": _LIVER + "         Dual ISH was performed because of the discordance with the primary:\n"
    "         HER2/CEP17 ratio 1.1; mean HER2 2.3 copies/cell (ISH group 5) - NOT AMPLIFIED.\n",
    "due_to": _LIVER + "         FISH done due to discordance with the primary:\n"
    "         HER2/CEP17 ratio 1.2; mean HER2 2.1 copies/cell - NOT AMPLIFIED.\n",
    "to_resolve": _LIVER + "         ISH was requested to resolve the discrepancy with the primary:\n"
    "         HER2/CEP17 ratio 1.3; mean HER2 2.6 copies/cell - NOT AMPLIFIED.\n",
}


@pytest.mark.parametrize("name", sorted(DISCORDANCE_REASON))
def test_a_test_done_because_of_a_discordance_is_this_samples(name: str) -> None:
    result = explain_text(DISCORDANCE_REASON[name])
    assert result.status == "negative"
    assert result.ish is not None and result.ish.ratio is not None and result.ish.ratio < 2.0


def test_the_primary_compared_with_keeps_its_value_earlier() -> None:
    text = (
        "Liver core biopsy after treatment: metastatic breast carcinoma.\n"
        "HER2 IHC on the metastasis: 0 (negative).\n"
        "Note: discordant with the breast primary (3+).\n"
    )
    result = explain_text(text)
    assert result.status == "negative"


# --- 9. a ratio whose 1 a fax printed as l or I (b14-f10-07) -------------------------------------
# Read past "l.7", the ratio was the next number in reach: "Nuclei counted: 40" made ratio 40
# (amplified, positive), "group 5" made ratio 5.

OCR_RATIO = {
    "l_then_nuclei_count": (
        "HER2 FISH report (fax copy). Breast excision, block B3.\n"
        "       mean HER2 ....... 3.l\n       mean CEP17 ...... l.8\n       rati0 ........... l.7\n"
        "  Nuclei counted: 40 (2 observers)\n",
        1.7,
    ),
    "l_then_copies": (
        "HER2 dual ISH. Breast core.\n  HER2/CEP17 ratio  l.4    average HER2 copies  2.6\n  ASCO/CAP group 5\n",
        1.4,
    ),
    "capital_i": ("HER2 FISH. Breast core.\n  HER2/CEP17 ratio: I.9 ; mean HER2 4.2/cell\n  Group 4\n", 1.9),
}


@pytest.mark.parametrize("name", sorted(OCR_RATIO))
def test_a_ratio_with_an_ocr_l_is_that_ratio(name: str) -> None:
    text, ratio = OCR_RATIO[name]
    result = explain_text(text)
    assert result.status != "positive"
    assert result.ish is not None and result.ish.ratio == ratio
