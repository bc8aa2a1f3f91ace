"""Lost results (probe19, session 19): reports whose result the text clearly gives, read not found
or with a field missing (safe misses: a patient with a 3+ told "not found" loses time). Written in
my own words from the families of devset21 and of session 18's notes, not copied from their texts.
Each case: (id, family, text, allowed statuses, expected key fields); near-misses keep the reading
they had (a pending test, a history line, another sample, a blank form, a key).
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Right breast, ultrasound-guided core biopsy: invasive carcinoma of no special type, grade 2.\n"
EXC = "Left breast, wide local excision: invasive ductal carcinoma, 24 mm.\n"

# 1. a synoptic template's header lines ("+ Antibody: 4B5", "+ Result:") between the HER2 name
#    and its boxes (devset21 b21-f01-05): the marked option was lost
FORM_HEADER: list[Case] = [
    (
        "fh-antibody-result-lines-one-plus",
        "form_header",
        BR + "HER2 (ERBB2) IMMUNOHISTOCHEMISTRY\n+ Antibody: 4B5\n+ Result:\n"
        "   ( ) Negative (Score 0)\n   (X) Negative (Score 1+)\n   ( ) Equivocal (Score 2+)\n"
        "   ( ) Positive (Score 3+)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "fh-clone-interpretation-three-plus",
        "form_header",
        BR + "HER2 protein by IHC\n- Clone: SP3\n- Interpretation:\n   [ ] Negative (Score 0)\n"
        "   [ ] Negative (Score 1+)\n   [ ] Equivocal (Score 2+)\n   [x] Positive (Score 3+)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "fh-primary-antibody-two-plus",
        "form_header",
        EXC + "HER2 IMMUNOSTAIN\nPrimary antibody: A0485\n   [ ] 0   [ ] 1+   [x] 2+   [ ] 3+\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "fh-near-miss-blank-form",
        "form_header",
        BR + "HER2 (ERBB2) IMMUNOHISTOCHEMISTRY\n+ Antibody: 4B5\n+ Result:\n"
        "   ( ) Negative (Score 0)\n   ( ) Negative (Score 1+)\n   ( ) Equivocal (Score 2+)\n"
        "   ( ) Positive (Score 3+)\n",
        NF,
        {},
    ),
    (
        "fh-near-miss-other-marker-box",
        "form_header",
        BR
        + "HER2 (ERBB2) IMMUNOHISTOCHEMISTRY\n+ Antibody: 4B5\n+ Estrogen receptor: [x] Positive  [ ] Negative\n",
        NF,
        {},
    ),
]

# 2. a consult letter's first-person conclusion after its own measured ISH (devset21 b21-f01-08);
#    the outside lab's quoted "ISH to follow" is no pending test of this report
LETTER_CONCLUSION: list[Case] = [
    (
        "lc-we-regard-after-own-ish",
        "letter_conclusion",
        EXC + "The referring laboratory had quoted HER2 as 2+, with in situ hybridisation to follow. "
        "We repeated ISH on block 2C: HER2/CEP17 ratio 2.7, mean HER2 6.1 signals per cell; we "
        "therefore regard the carcinoma as HER2-positive.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "lc-i-would-regard-group-one",
        "letter_conclusion",
        "Dear colleague,\nthank you for the slides of the right breast carcinoma (grade 3).\n"
        "Our SISH on block A4 counted 20 nuclei: HER2 mean 7.2, CEP17 mean 2.4, ratio 3.0 (group 1). "
        "I would regard this tumour as HER2-positive.\nYours sincerely,\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "lc-near-miss-other-pathologist-regarded",
        "letter_conclusion",
        EXC + "The referring pathologist regarded the tumour as HER2-positive on a core biopsy in 2019. "
        "HER2 testing on this excision is pending.\n",
        NF,
        {},
    ),
    (
        "lc-near-miss-hypothetical-regard",
        "letter_conclusion",
        EXC + "HER2 IHC 2+. Dual ISH ratio 1.4, mean HER2 3.1 signals per cell. Had the ratio been "
        "2.0 or more we would regard the tumour as HER2-positive.\n",
        NOT_POS,
        {},
    ),
]

# 3. a score label the near scope's end cuts in two: a block whose lines are spaced out (a fax's
#    double spaces) pushes "Score : 0" across the near reach (devset21 b21-f11-05)
CUT_SCORE_LABEL: list[Case] = [
    (
        "cs-spaced-block-score-zero",
        "cut_score_label",
        EXC + "HER2  ( 4B5 )  :\n   Membrane  reactivity :  none  seen  in  the  invasive  tumour  "
        "cells\n   Background :  clean ,  no  edge  artefact ,  fixation  ok  (8 h)\n"
        "   Score :  0   --   HER2  null  ( no  staining )\n   External  control  slide :  stained  "
        "as  expected\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "cs-spaced-block-score-equals-zero",
        "cut_score_label",
        BR + "HER2  IHC  ( SP3 )\n   Membrane  reactivity :  absent  in  all  tumour  cells  seen  "
        "on  the  slides  (A2)\n   Cytoplasm :  weak  blush ,  not  counted  at  all\n"
        "   Score  =  0  ;  HER2-null  ( no  membrane  reactivity )\nOn-slide  control  ( tonsil  and  "
        "1+  line )  stained  as  expected\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "cs-near-miss-other-marker-between",
        "cut_score_label",
        EXC + "HER2  ( 4B5 )  :  see  separate  addendum\n   PD-L1  ( 22C3 )  membrane  reactivity :  "
        "none  in  tumour  cells ,  few  immune  cells\n   Score :  0\n",
        NOT_POS,
        {"ihc.score": None},
    ),
]

# 4. a faxed Spanish score: the label split by a space and the zero printed as the letter O,
#    spelled out in brackets after it (devset21 b21-f08-07)
SPLIT_SCORE_WORD: list[Case] = [
    (
        "ss-puntuacion-split-letter-o",
        "split_score_word",
        "Mama izquierda, biopsia con aguja gruesa: carcinoma ductal infiltrante.\n"
        "HER2:  punt uación  O  (cero) ,  sin  tinción  de  membrana\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ss-score-split-one-plus",
        "split_score_word",
        BR + "HER2 (4B5): Sc ore 1+ (faint incomplete staining)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ss-letter-o-zero-english",
        "split_score_word",
        BR + "HER2 IHC score: O (zero), no membrane staining.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ss-near-miss-split-without-score",
        "split_score_word",
        "Mama izquierda, biopsia con aguja gruesa: carcinoma ductal infiltrante.\n"
        "HER2: punt uación pendiente, se informará en adenda.\n",
        NF,
        {},
    ),
]

# 5. a "Scoring system: ..." field line under the test name is no section heading, and a control
#    note below a later "HER2 status" line is that line's (devset21 b21-f07-10)
SCORING_FIELD: list[Case] = [
    (
        "sf-scoring-system-then-result",
        "scoring_field",
        "Gallbladder, cholecystectomy: adenocarcinoma, pT2.\nHER2 IHC (4B5)\n"
        "  Scoring system: gastric resection criteria\n  Result: 3+ (strong complete or basolateral "
        "membrane staining in 70% of tumour cells)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sf-control-under-status-line",
        "scoring_field",
        "Stomach, distal gastrectomy: adenocarcinoma, intestinal type.\nHER2 immunohistochemistry (clone 4B5)\n"
        "  Scoring system: Hofmann, resection\n  Result: 2+ in 40% of tumour cells\n"
        "  HER2 status: equivocal, ISH requested\n  Positive and negative controls stained as expected.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "sf-near-miss-control-line-own-result",
        "scoring_field",
        "Stomach, distal gastrectomy: adenocarcinoma.\nHER2 immunohistochemistry (4B5): slides to follow\n"
        "  Control tissue (gastric carcinoma, known HER2 3+): 3+ as expected\n",
        NF,
        {},
    ),
]

# 6. a score after a dot leader (". . . .3 +") in a faxed marker list (devset21 b21-f01-04)
DOT_LEADER: list[Case] = [
    (
        "dl-spaced-dots-three-plus",
        "dot_leader",
        BR + "MARKERS (block 1B)\n  ER . . . . . . . NEGATIVE\n  HER2 (IHC) . . . .3 +  POSITIVE\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "dl-dots-one-plus",
        "dot_leader",
        BR + "HER2 IHC score .........1+ (negative)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "dl-near-miss-decimal-ratio",
        "dot_leader",
        BR + "HER2/CEP17 ratio ..... 1.3 +/- 0.2; mean HER2 2.8 per cell; not amplified.\n",
        NEG,
        {"ihc.score": None},
    ),
]

# 7. the oesophagogastric junction is a gastric site (devset21 b21-f12-05)
GEJ_SITE: list[Case] = [
    (
        "gj-oesophagogastric-junction",
        "gej_site",
        "Oesophagogastric junction, endoscopic biopsies: adenocarcinoma.\nHER2 IHC (4B5): 1+.\n",
        NEG,
        {"cancer_type": "gastric"},
    ),
    (
        "gj-esophagogastric-junction",
        "gej_site",
        "Site: esophagogastric junction (Siewert II), biopsy.\nHER2 IHC: 3+ in 4 cohesive clusters.\n",
        POS,
        {"cancer_type": "gastric"},
    ),
]

# 8. a synoptic positive line with no full stop over a history line naming the other breast's
#    HER2 (session 18's family without a case: findings/sides.py reached back)
HISTORY_BELOW: list[Case] = [
    (
        "hb-synoptic-positive-contralateral-below",
        "history_below",
        BR + "ER (SP1) ........ Positive (90%)\nHER2 (4B5) ........ Positive (Score 3+)\n"
        "History: contralateral breast carcinoma 2016, ER positive, HER2 IHC 1+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "hb-synoptic-negative-other-side-below",
        "history_below",
        EXC + "HER2 (4B5) ..... Negative (Score 0)\nClinical history: right breast cancer 2012, HER2 3+, "
        "treated with trastuzumab\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "hb-near-miss-history-line-alone",
        "history_below",
        EXC + "HER2 testing on this specimen: to follow.\n"
        "History: contralateral breast carcinoma 2016, HER2 IHC 3+\n",
        NF,
        {},
    ),
]

# 9. a score form whose options are bare numbers, the box "[x] 0" below a blank line
BARE_ZERO_BOX: list[Case] = [
    (
        "bz-zero-below-blank-line",
        "bare_zero_box",
        BR + "HER2 IHC:\n\n[x] 0\n[ ] 1+\n[ ] 2+\n[ ] 3+\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "bz-zero-on-one-line",
        "bare_zero_box",
        EXC + "HER2 immunohistochemistry (4B5):   (X) 0   ( ) 1+   ( ) 2+   ( ) 3+\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "bz-near-miss-percent-options",
        "bare_zero_box",
        BR + "HER2 IHC, stained cells:  [x] 0-10%   [ ] 11-50%   [ ] >50%\n",
        NF,
        {},
    ),
    (
        "bz-near-miss-blank-scale",
        "bare_zero_box",
        BR + "HER2 IHC:\n\n[ ] 0\n[ ] 1+\n[ ] 2+\n[ ] 3+\n",
        NF,
        {},
    ),
]

# 10. a Spanish amplification word a fax printed with ones for its i's ("ampl1f1cac1ón")
SPANISH_OCR_AMP: list[Case] = [
    (
        "so-amplificacion-no-detectada",
        "spanish_ocr_amp",
        "B1ops1a de mama 1zqu1erda: carc1noma ductal 1nf1ltrante.\nHER2 (FISH): ampl1f1cac1ón no detectada.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "so-amplificado",
        "spanish_ocr_amp",
        "B1ops1a de mama 1zqu1erda: carc1noma ductal 1nf1ltrante.\nHER2 (SISH): ampl1f1cad0.\n",
        POS,
        {"ish.result": "amplified"},
    ),
]

# 11. a ratio field the fax left unreadable ("ratio ...... n.a.", "l.l"): the "group 5" after it
#     is no ratio (devset15 b15-f03-09 read ratio 5.0 once its ISH line was read)
UNREADABLE_RATIO: list[Case] = [
    (
        "ur-ratio-not-given-group-five",
        "unreadable_ratio",
        EXC + "HER2 CISH (dual colour)\n  HER2 mean ........ 2.3 /nucleus\n  ratio ............ n.a.\n"
        "Result: NOT AMPLIFIED (ASCO/CAP group 5)\n",
        NEG,
        {"ish.result": "not_amplified", "ish.ratio": None},
    ),
    (
        "ur-ratio-ones-as-letters",
        "unreadable_ratio",
        "R1ght breast, exc1s1on: carc1noma NST.\nHER2 C1SH\n  HER2 mean ...... 2.4 /nuc\n"
        "  rati0 ............ l.l\nResu1t: N0T AMPLIFIED (gr0up 5)\n",
        NEG,
        {"ish.ratio": 1.1},
    ),
    (
        "ur-near-miss-ratio-before-group",
        "unreadable_ratio",
        EXC + "HER2 dual ISH: ratio ........ 2.4\nResult: AMPLIFIED (ASCO/CAP group 1)\n",
        POS,
        {"ish.ratio": 2.4},
    ),
]

# 12. a result line with no full stop over a comment that names HER2 again with a drug ("HER2:
#     NEGATIVE" over "Comment: does not meet HER2 criteria for tucatinib"): the comment is its own
#     statement, not therapy prose around the result (devset17 b17-f09-09)
THERAPY_LINE_BELOW: list[Case] = [
    (
        "tl-negative-over-drug-comment",
        "therapy_line_below",
        "Liver metastasis of sigmoid adenocarcinoma, core biopsy.\n  HER2: NEGATIVE  (HERACLES criteria)\n"
        "Comment: the patient does not meet HER2 criteria for trastuzumab plus tucatinib\n",
        NEG,
        {},
    ),
    (
        "tl-score-over-therapy-note",
        "therapy_line_below",
        "Gastric adenocarcinoma, endoscopic biopsy.\nHER2 (4B5): 3+ \n"
        "HER2-directed therapy (trastuzumab) may be considered for HER2 positive cases\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "tl-near-miss-label-text-only",
        "therapy_line_below",
        "Breast core biopsy: invasive carcinoma.\nEnhertu is licensed for patients whose tumours show\n"
        "HER2 IHC 3+ staining\nand for HER2-low disease.\nHER2 testing on this core: to follow.\n",
        NF,
        {},
    ),
    (
        "tl-near-miss-condition-runs-onto-therapy-line",
        "therapy_line_below",
        "Plasma cell-free DNA panel. Gastric adenocarcinoma, metastatic.\nERBB2 copy number: borderline.\n"
        "Tissue HER2 testing (IHC, adding ISH when IHC is\n2+) is advised before any decision on HER2-targeted therapy.\n",
        NF,
        {"ihc.score": None},
    ),
    (
        "tl-near-miss-eligibility-over-pending",
        "therapy_line_below",
        "Colon adenocarcinoma, liver metastasis.\nTreatment note: MOUNTAINEER enrolled patients with\n"
        "HER2 3+ or amplified tumours\nHER2 on this biopsy: requested\n",
        NF,
        {},
    ),
]

# 13. scores the report rules out in the near clause ("without areas of 2+ or 3+"), then the
#     tumour's own score past a semicolon (probe18's strict xfail ns-without-areas-semicolon)
RULED_OUT_THEN_SCORE: list[Case] = [
    (
        "ro-no-three-plus-then-two-plus",
        "ruled_out_then_score",
        BR + "HER2 IHC: no complete membrane staining of 3+ intensity anywhere; score 2+ in 40% of cells "
        "(equivocal).\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "ro-lacking-clusters-then-one-plus",
        "ruled_out_then_score",
        "Stomach, endoscopic biopsies: adenocarcinoma.\nHER2 (4B5): faint reactivity, without clusters "
        "of 2+ or 3+ cells; score 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ro-near-miss-ruled-out-result-to-follow",
        "ruled_out_then_score",
        BR + "HER2 IHC: no areas of 3+ staining; result to follow after review.\n",
        NF,
        {},
    ),
]

# 14. a form label's options bracket before a bare 0 answer ("score (0, 1+, 2+ or 3+) = 0"): the
#     bracket is dropped, not blanked, so the label's word stays next to its 0 (probe18's strict
#     xfail lo-options-or-answer-0)
OPTIONS_BEFORE_ZERO: list[Case] = [
    (
        "oz-slash-options-equals-zero",
        "options_before_zero",
        BR + "HER2 IHC score (0 / 1+ / 2+ / 3+) = 0\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "oz-comma-options-colon-zero",
        "options_before_zero",
        EXC + "HER2 (SP3) score (0, 1+, 2+, 3+): 0 - no staining\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "oz-near-miss-unfilled",
        "options_before_zero",
        BR + "HER2 IHC score (0 / 1+ / 2+ / 3+) = ____\n",
        NF,
        {},
    ),
]

CASES: list[Case] = (
    FORM_HEADER
    + LETTER_CONCLUSION
    + CUT_SCORE_LABEL
    + SPLIT_SCORE_WORD
    + SCORING_FIELD
    + DOT_LEADER
    + GEJ_SITE
    + HISTORY_BELOW
    + BARE_ZERO_BOX
    + SPANISH_OCR_AMP
    + UNREADABLE_RATIO
    + THERAPY_LINE_BELOW
    + RULED_OUT_THEN_SCORE
    + OPTIONS_BEFORE_ZERO
)
