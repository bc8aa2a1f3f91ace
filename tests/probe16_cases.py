"""Lost-result phrase families of devsets 16-18 (probe16, session 16).

Each family is a way a lab wrote a real, current HER2 result that the engine read as not_found
(or lost the score of), found on a devset miss and written again as a different lab would write
it, with the near-misses that must keep their current reading (a legend, a key, a history line,
an order, a control, a pending note). Each case: (id, family, text, allowed statuses, expected key
fields); a key field is a dotted path into ``ExplainResult.to_dict()``.
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NEG_NF, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
LUNG = "Left upper lobe, wedge resection: adenocarcinoma, acinar predominant, pT2a.\n"
MAMA = "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
MAMA_PT = "Mama direita, biópsia por agulha grossa: carcinoma invasivo de tipo não especial, grau 2.\n"
SEIN = "Sein droit, biopsie au trocart : carcinome infiltrant de type non spécifique, grade 2.\n"

# devset18 b18-f01-05: a caution under an IHC 2+ with ISH to follow ("Do not treat as
# HER2-negative / triple-negative until ISH is reported") was read as the lab's call negative,
# against the 2+: not_found. The category in a negated instruction is what the tumour must NOT be
# taken as.
CAUTION: list[Case] = [
    (
        "caution-do-not-treat-as-negative",
        "caution_not_yet",
        BR + "HER2 IHC (4B5): score 2+ (equivocal). ISH sent to the reference laboratory.\n"
        "Do not treat as HER2-negative / triple-negative until ISH is reported.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "caution-should-not-be-regarded",
        "caution_not_yet",
        BR + "HER2: IHC 2+, equivocal; FISH to follow.\n"
        "The tumour should not be regarded as HER2 negative until the FISH result is available.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "caution-please-do-not-manage",
        "caution_not_yet",
        BR + "HER2 immunohistochemistry: 2+ (equivocal).\n"
        "Please do not manage as HER2-negative disease pending in situ hybridisation.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "caution-not-yet-classified",
        "caution_not_yet",
        BR + "HER2 (4B5) 2+ equivocal, reflex SISH ordered.\n"
        "This case should not yet be classified as HER2-low or HER2-negative.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "caution-spanish-no-tratar-como",
        "caution_not_yet",
        MAMA + "HER2 (4B5): 2+ (equívoco). Se ha solicitado HIS.\n"
        "No tratar como HER2 negativo hasta disponer del resultado de la HIS.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "caution-portuguese-nao-tratar",
        "caution_not_yet",
        MAMA_PT + "HER2 (4B5): 2+ (equívoco). ISH solicitada.\n"
        "Não tratar como HER2 negativo até o resultado da ISH.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    # near-misses: a result then an instruction about treatment keeps its reading
    (
        "caution-near-miss-negative-do-not-treat-with",
        "caution_not_yet",
        BR + "HER2 IHC: 1+ (negative).\nHER2 NEGATIVE. Do not treat with trastuzumab.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "caution-near-miss-positive-treat-as",
        "caution_not_yet",
        BR + "HER2 IHC: 3+ (positive). Treat as HER2-positive disease per MDT.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "caution-near-miss-caution-alone-no-result",
        "caution_not_yet",
        BR
        + "HER2 testing has been sent out.\nDo not treat as HER2-negative until HER2 testing is reported.\n",
        NF,
        {},
    ),
    (
        "caution-near-miss-caution-against-positive-with-1plus",
        "caution_not_yet",
        BR
        + "HER2 IHC (4B5): 1+, negative.\nThe tumour should not be reported as HER2 positive on the basis of the outside FISH.\n",
        NEG_NF,
        {},
    ),
]

# devset18 b18-f09-10: the lab's reference rule under an IHC 2+ with FISH in process ("Reference:
# HER2 FISH reported as amplified when HER2/CEP17 >= 2.0 with mean HER2 >= 4.0") was read as an
# amplified FISH: not_found (2+ with an amplified ISH that the pending note contradicts).
CALL_WHEN: list[Case] = [
    (
        "when-reference-fish-reported-as",
        "call_when_condition",
        BR + "HER2 IHC (4B5)    2+        EQUIVOCAL\nHER2 FISH         IN PROCESS -- result to follow\n\n"
        "Reference: HER2 FISH reported as amplified when HER2/CEP17 >= 2.0 with mean HER2 >= 4.0\n"
        "(group 1); not amplified when ratio < 2.0 and mean < 4.0 (group 5).\n",
        EQV,
        {"ihc.score": "2+", "ish": None},
    ),
    (
        "when-called-amplified-if",
        "call_when_condition",
        BR + "HER2 IHC: 2+ (equivocal). Reflex FISH ordered.\n\n"
        "Interpretation: cases are called amplified if the HER2/CEP17 ratio is 2.0 or higher.\n",
        EQV,
        {"ihc.score": "2+", "ish": None},
    ),
    (
        "when-classified-positive-where",
        "call_when_condition",
        BR + "HER2 IHC: 2+ (equivocal). ISH pending.\n\n"
        "Note: ISH is classified as HER2-positive where the average HER2 copy number is >= 6.0 signals/cell.\n",
        EQV,
        {"ihc.score": "2+", "ish": None},
    ),
    (
        "when-spanish-se-informa-como",
        "call_when_condition",
        MAMA + "HER2 (4B5): 2+ (equívoco). FISH en curso.\n\n"
        "Referencia: se informa como amplificado cuando el cociente HER2/CEP17 es >= 2,0.\n",
        EQV,
        {"ihc.score": "2+", "ish": None},
    ),
    # near-misses: the lab's own FISH call with its values keeps its reading
    (
        "when-near-miss-reported-as-amplified-with-ratio",
        "call_when_condition",
        BR
        + "HER2 IHC: 2+ (equivocal).\nHER2 FISH reported as amplified (HER2/CEP17 ratio 3.1, mean HER2 7.2 signals/cell).\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "when-near-miss-not-amplified-then-key",
        "call_when_condition",
        BR + "HER2 IHC: 2+ (equivocal).\nHER2 FISH: NOT AMPLIFIED, ratio 1.3, mean HER2 2.1 signals/cell.\n\n"
        "Reference: reported as amplified when HER2/CEP17 >= 2.0 with mean HER2 >= 4.0.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
]

# devset18 b18-f08-05: "HER2: 0 — ausencia de tinción de membrana en las células tumorales.
# NEGATIVO." The bare 0 was taken as a score only before an English staining description.
ROMANCE_ZERO: list[Case] = [
    (
        "rz-spanish-ausencia-de-tincion",
        "romance_zero_described",
        MAMA + "Inmunohistoquímica (bloque 1):\n  RE: positivo 90 % | RP: positivo 70 %\n"
        "  HER2: 0 — ausencia de tinción de membrana en las células tumorales. NEGATIVO.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "rz-spanish-sin-tincion",
        "romance_zero_described",
        MAMA + "HER2: 0 (sin tinción de membrana en las células neoplásicas).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "rz-spanish-no-se-observa",
        "romance_zero_described",
        MAMA + "HER2 (4B5): 0 - no se observa tinción de membrana.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "rz-spanish-tincion-ausente",
        "romance_zero_described",
        MAMA + "HER2: 0 — tinción de membrana ausente en el carcinoma infiltrante.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "rz-portuguese-ausencia-coloracao",
        "romance_zero_described",
        MAMA_PT + "HER2: 0 (ausência de coloração membranar nas células tumorais).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "rz-french-absence-de-marquage",
        "romance_zero_described",
        SEIN + "HER2 : 0 — absence de marquage membranaire des cellules tumorales.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    # near-misses: a history line's zero, a grade and a block number keep their reading
    (
        "rz-near-miss-history-positive-current-zero",
        "romance_zero_described",
        "Antecedentes: carcinoma de mama izquierda en 2018, HER2 positivo (IHQ 3+), tratado con trastuzumab.\n"
        + MAMA
        + "HER2: 0 — ausencia de tinción de membrana. NEGATIVO.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "rz-near-miss-control-described",
        "romance_zero_described",
        MAMA + "HER2: pendiente.\nControl externo: 3 — tinción de membrana intensa y completa.\n",
        NF,
        {},
    ),
]

# devset18 b18-f07-07: a results table with a Method column ("HER2   4B5 IHC   0   no membranous
# staining in tumor cells"): the 0 was read only with 1-3 spaces after "IHC", or with a call word.
METHOD_COLUMN: list[Case] = [
    (
        "mc-lung-table-4b5-ihc-zero",
        "method_column_description",
        LUNG + "  Marker            Method            Result        Interpretation\n"
        "  PD-L1             22C3 pharmDx      TPS 60%       high expression\n"
        "  HER2              4B5 IHC           0             no membranous staining in tumor cells\n"
        "  EGFR              PCR (cobas)       L858R         DETECTED\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "mc-pipe-table-zero",
        "method_column_description",
        BR + "| Marker | Method | Score | Comment |\n| ER | IHC (SP1) | 95% | strong |\n"
        "| HER2 | IHC (4B5) | 0 | No staining |\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "mc-immunohistochemistry-one-faint",
        "method_column_description",
        BR + "HER2/neu     immunohistochemistry     1     faint incomplete membrane staining\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "mc-ihc-clone-bracket-zero",
        "method_column_description",
        LUNG + "HER2      IHC (4B5)      0      no staining observed\nALK       IHC (D5F3)     negative\n",
        NEG,
        {"ihc.score": "0"},
    ),
    # near-misses: a block count and a control row keep their reading
    (
        "mc-near-miss-blocks-count",
        "method_column_description",
        LUNG + "HER2      IHC      0 of 3 blocks evaluable      no staining in control\n",
        NOT_POS,
        {},
    ),
    (
        "mc-near-miss-pending-row",
        "method_column_description",
        LUNG + "HER2      IHC (4B5)      pending\nControl   IHC (4B5)      3      strong complete staining\n",
        NF,
        {},
    ),
]

STOMACH = "Gastroesophageal junction, biopsies (x6): adenocarcinoma, moderately differentiated.\n"

# devset16 b16-f06-03: a description of the staining, then "SCORE 2+ = EQUIVOCAL." The check of a
# positive or borderline call set the line aside as a criterion ("... = equivocal" reads like a
# key's row), so the equivocal result was lost (verify.toml quote-set-aside).
SCORE_EQUALS: list[Case] = [
    (
        "se-gej-biopsy-criteria-2plus",
        "score_equals_call",
        STOMACH + "HER2 IHC (HercepTest, Dako), biopsy criteria:\n"
        "   Weak to moderate lateral/basolateral membranous staining in several clusters of >5 tumour cells\n"
        "   (about 30% of tumour). No strong staining seen.\n   SCORE 2+ = EQUIVOCAL.\n"
        "   ISH is recommended to establish HER2 status. It has not been requested.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "se-breast-described-3plus",
        "score_equals_call",
        BR + "HER2 (4B5)\n   Complete, intense circumferential membrane staining in 90% of invasive cells.\n"
        "   SCORE 3+ = POSITIVE\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "se-gastric-cluster-3plus",
        "score_equals_call",
        STOMACH
        + "HER2 IHC (4B5), biopsy criteria:\n   Strong complete membrane staining in a cluster of 8 cells.\n"
        "   Score 3+ = positive\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "se-breast-described-2plus-reflex",
        "score_equals_call",
        BR + "HER2 immunostain (4B5): weak to moderate complete membrane staining in 40% of invasive cells;\n"
        "score 2+ = equivocal. Reflex ISH has been ordered.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    # near-misses: a key with several rows, a labelled key, a lone note and a key with a threshold
    (
        "se-near-miss-scoring-list-pending",
        "score_equals_call",
        BR
        + "HER2 IHC: pending.\nScoring: score 0 = negative; score 1+ = negative; score 2+ = equivocal; score 3+ = positive.\n",
        NF,
        {},
    ),
    (
        "se-near-miss-scoring-key-label",
        "score_equals_call",
        BR + "HER2 IHC: pending.\nHER2 scoring key: score 3+ = positive.\n",
        NF,
        {},
    ),
    (
        "se-near-miss-lone-note",
        "score_equals_call",
        BR + "HER2 IHC (4B5): not performed.\nNote: HER2 score 3+ = positive.\n",
        NF,
        {},
    ),
    (
        "se-near-miss-threshold-key",
        "score_equals_call",
        BR
        + "HER2 IHC: pending.\nHER2: complete intense membrane staining in >10% of tumour cells: score 3+ = positive\n",
        NF,
        {},
    ),
]

# devset16 b16-f08-06: a result row, a ruler line, then a key listing 0, 1+, 2+ and 3+ ("HER2 .....
# 0 (ausencia de tinción de membrana) - NEGATIVO" / "-----" / "LEYENDA HER2 (ASCO/CAP): 0 =
# negativo | 1+ = ..."): the value's sentence ran over the ruler into the key, and the result
# was filed as a legend.
RULED_KEY: list[Case] = [
    (
        "rk-spanish-row-ruler-leyenda",
        "ruled_off_key",
        MAMA
        + "INMUNOHISTOQUIMICA:\n Ki67 ..... 15%\n HER2 ..... 0  (ausencia de tincion de membrana)  - NEGATIVO\n"
        + "-" * 60
        + "\nLEYENDA HER2 (ASCO/CAP):  0 = negativo | 1+ = negativo | 2+ = dudoso,\n"
        " se realiza ISH | 3+ = positivo (tincion completa e intensa >10%)\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "rk-english-row-equals-ruler-key",
        "ruled_off_key",
        BR
        + " HER2 (4B5) ..... 1+  (faint incomplete staining)\n"
        + "=" * 40
        + "\nHER2 key: 0 = negative | 1+ = negative | 2+ = equivocal | 3+ = positive\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "rk-underscore-ruler-key-2plus",
        "ruled_off_key",
        BR
        + " HER2 IHC ..... 2+  (weak to moderate complete staining, 30%); ISH to follow\n"
        + "_" * 40
        + "\nInterpretation: 0/1+ negative; 2+ equivocal; 3+ positive\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    # near-misses: a pending result or a heading over a ruled key keep their reading
    (
        "rk-near-miss-pending-over-key",
        "ruled_off_key",
        BR
        + " HER2 IHC: pending\n"
        + "-" * 20
        + "\nHER2 key: 0 = negative | 1+ = negative | 2+ = equivocal | 3+ = positive\n",
        NF,
        {},
    ),
    (
        "rk-near-miss-heading-over-key",
        "ruled_off_key",
        BR
        + "HER2 scoring\n"
        + "-" * 20
        + "\n0 = negative | 1+ = negative | 2+ = equivocal | 3+ = positive\n",
        NF,
        {},
    ),
]

# devset16 b16-f11-08: a synoptic form whose options start on a labelled line ("Result options:
# [ ] Negative (Score 0)  [ ] Negative (Score 0+, ...)" / "[X] Positive (Score 3+)") under "Test
# performed ..... HER2 by immunohistochemistry": the label was taken as another test's line and
# the marked 3+ was lost; then the result-line rule found no result line for it.
LABELLED_OPTIONS: list[Case] = [
    (
        "lo-result-options-three-lines",
        "labelled_options",
        BR + "Test performed ............................. HER2 by immunohistochemistry\n"
        "Antibody ................................... 4B5 (PATHWAY)\n"
        "Result options:  [ ] Negative (Score 0)  [ ] Negative (Score 0+, faint <=10%)\n"
        "                 [ ] Negative (Score 1+) [ ] Equivocal (Score 2+)\n"
        "                 [X] Positive (Score 3+)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "lo-result-one-line-3plus",
        "labelled_options",
        BR + "HER2 (ERBB2) by Immunohistochemistry\n"
        "Result:  [ ] Negative (Score 0)  [ ] Negative (Score 1+)  [ ] Equivocal (Score 2+)  [X] Positive (Score 3+)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "lo-result-stacked-1plus",
        "labelled_options",
        BR + "HER2 (ERBB2) by Immunohistochemistry\nResult:  [ ] Negative (Score 0)\n"
        "         [X] Negative (Score 1+)\n         [ ] Equivocal (Score 2+)\n         [ ] Positive (Score 3+)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "lo-interpretation-label-2plus",
        "labelled_options",
        "Stomach, biopsy: adenocarcinoma.\nHER2 IHC (4B5)\n"
        "Interpretation:  [ ] Negative (0/1+)   [X] Equivocal (2+)   [ ] Positive (3+)\nISH: to follow\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    # near-misses: a blank form, a twice-marked form, another test's labelled boxes, a form whose
    # "Interpretation:" row follows its score boxes (variants6 H-11) and a ratio line over the
    # result boxes (variants9 H-04)
    (
        "lo-near-miss-score-boxes-then-interpretation",
        "labelled_options",
        "Stomach, body, endoscopic biopsies: adenocarcinoma, intestinal type.\n"
        "HER2 IHC (gastric biopsy scoring, Hofmann/Ruschoff):\n"
        "   [ ] 0      [ ] 1+      [ ] 2+      [X] 3+\n"
        "   Interpretation:  [X] Positive   [ ] Equivocal   [ ] Negative\n"
        "HER2 ISH:  [ ] Amplified   [ ] Not amplified   (not performed; IHC 3+)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "lo-near-miss-ratio-line-then-result-boxes",
        "labelled_options",
        MAMA + "IHQ HER2 previa: 2+ (dudoso)\nHIBRIDACION IN SITU (SISH) HER2/CEP17\n"
        "Media de senales HER2/nucleo: 5,8\nCociente HER2/CEP17: 2,9\n"
        "Resultado:   (X) Amplificado (positivo)     ( ) No amplificado (negativo)\n",
        POS,
        {"ish.ratio": 2.9},
    ),
    (
        "lo-near-miss-blank-form",
        "labelled_options",
        BR + "HER2 (ERBB2) by Immunohistochemistry\n"
        "Result:  [ ] Negative (Score 0)  [ ] Negative (Score 1+)  [ ] Equivocal (Score 2+)  [ ] Positive (Score 3+)\n",
        NF,
        {},
    ),
    (
        "lo-near-miss-two-marked",
        "labelled_options",
        BR + "HER2 (ERBB2) by Immunohistochemistry\n"
        "Result:  [X] Negative (Score 0)  [ ] Negative (Score 1+)  [ ] Equivocal (Score 2+)  [X] Positive (Score 3+)\n",
        NF,
        {},
    ),
    (
        "lo-near-miss-history-box",
        "labelled_options",
        BR + "Clinical history: [x] HER2-positive breast cancer (2019)   [ ] none\n"
        "Test performed ............................. HER2 by immunohistochemistry: pending\n",
        NF,
        {},
    ),
]

CASES: list[Case] = (
    CAUTION + CALL_WHEN + ROMANCE_ZERO + METHOD_COLUMN + SCORE_EQUALS + RULED_KEY + LABELLED_OPTIONS
)
