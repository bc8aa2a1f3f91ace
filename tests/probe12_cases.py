"""Trap phrase families written blind of the labelled sets (probe12, session 12).

Each case: (id, family, text, allowed statuses, expected key fields). A key field is a dotted path
into ``ExplainResult.to_dict()`` ("ihc.score") and its value. Statuses are sets because where the
report leaves room, not_found is always an allowed reading of a trap; positive never is unless the
case is a near-miss whose current result is positive.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, POS, POS_NF
from .probe_runner import ProbeCase as Case

BREAST = "Left breast, ultrasound-guided core biopsy: invasive carcinoma of no special type, grade 3.\n"
GASTRIC = "Stomach, antrum, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
MAMA = "Mama izquierda, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 3.\n"

CASES: list[Case] = [
    # 1 synoptic / CAP checklists: every option printed, the chosen one marked
    (
        "chk-brackets-x-pos",
        "checklist",
        BREAST + "HER2 (ERBB2) by immunohistochemistry\n"
        "[ ] Negative (Score 0)\n[ ] Negative (Score 1+)\n[ ] Equivocal (Score 2+)\n[x] Positive (Score 3+)\n"
        "Percentage of cells with uniform intense complete membrane staining: 90%\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "chk-brackets-x-neg1",
        "checklist",
        BREAST + "HER2 (ERBB2) by immunohistochemistry\n"
        "[ ] Negative (Score 0)\n[X] Negative (Score 1+)\n[ ] Equivocal (Score 2+)\n[ ] Positive (Score 3+)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "chk-parens-x-eqv",
        "checklist",
        BREAST + "HER2 IHC result:\n"
        "( ) Negative (0)   ( ) Negative (1+)   (X) Equivocal (2+)   ( ) Positive (3+)\n"
        "Reflex ISH: ordered, to follow in a separate report.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "chk-ballot-box-neg0",
        "checklist",
        BREAST + "HER2 immunohistochemistry:\n"
        "☒ Negative, score 0\n☐ Negative, score 1+\n☐ Equivocal, score 2+\n☐ Positive, score 3+\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "chk-filled-square-neg1",
        "checklist",
        BREAST + "HER2 (IHC)\n"
        "■ Score 1+ (Negative)\n□ Score 2+ (Equivocal)\n□ Score 3+ (Positive)\n□ Score 0 (Negative)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "chk-selected-label",
        "checklist",
        BREAST + "HER2 IHC options: Negative (0) / Negative (1+) / Equivocal (2+) / Positive (3+)\n"
        "Selected: Equivocal (2+)\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "chk-arrow-marker",
        "checklist",
        BREAST + "HER2 immunohistochemistry\n"
        "  Negative (0)\n  Negative (1+)   <-\n  Equivocal (2+)\n  Positive (3+)\n",
        NEG_NF,
        {},
    ),
    (
        "chk-ocr-xl-box",
        "checklist",
        BREAST + "HER2 by IHC\n"
        "[ ] Negative (Score 0)\n[Xl Negative (Score 1+)\n[ ] Equivocal (Score 2+)\n[ ] Positive (Score 3+)\n",
        NEG_NF,
        {},
    ),
    (
        "chk-unmarked-only",
        "checklist",
        BREAST + "HER2 by IHC\n"
        "[ ] Negative (Score 0)\n[ ] Negative (Score 1+)\n[ ] Equivocal (Score 2+)\n[ ] Positive (Score 3+)\n"
        "Pathologist: ____________\n",
        NF,
        {},
    ),
    (
        "chk-ish-boxes-notamp",
        "checklist",
        BREAST + "HER2 ISH (dual probe)\n"
        "[ ] Amplified (Group 1)\n[ ] Group 2  [ ] Group 3  [ ] Group 4\n[x] Not amplified (Group 5)\n"
        "HER2/CEP17 ratio: 1.2   Average HER2 copy number: 2.4 signals/cell\n",
        NEG,
        {},
    ),
    (
        "chk-asterisk-marker",
        "checklist",
        BREAST + "HER2 IHC:  0   1+   2+  *3+*\n(the chosen score is marked with asterisks)\n",
        POS_NF,
        {},
    ),
    (
        "chk-near-miss-plain-after-boxes",
        "checklist",
        BREAST + "HER2 (IHC): [ ] 0  [ ] 1+  [ ] 2+  [ ] 3+\nResult: HER2 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    # 2 several markers in one sentence / row
    (
        "multi-sentence-her2-eqv",
        "multi-marker",
        BREAST + "ER positive (95%, strong), PR negative (<1%), HER2 equivocal (2+), Ki-67 30%.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "multi-slash-plus-minus",
        "multi-marker",
        BREAST + "ER/PR/HER2: +/+/-\n",
        NEG_NF,
        {},
    ),
    (
        "multi-slash-neg-pos",
        "multi-marker",
        BREAST + "Receptor status (ER/PR/HER2): negative/negative/positive (3+).\n",
        POS_NF,
        {},
    ),
    (
        "multi-triple-negative",
        "multi-marker",
        BREAST + "Immunoprofile: triple negative (ER 0%, PR 0%, HER2 0).\n",
        NEG,
        {},
    ),
    (
        "multi-hrpos-her2neg",
        "multi-marker",
        "Clinic note: 54-year-old woman with HR+/HER2- invasive lobular carcinoma of the left breast, cT2N0.\n",
        NEG_NF,
        {},
    ),
    (
        "multi-luminal-b-her2-enriched",
        "multi-marker",
        "Gene expression profile: molecular subtype luminal B; a minor HER2-enriched component is noted.\n"
        "Immunohistochemistry was not performed on this specimen.\n",
        NF,
        {},
    ),
    (
        "multi-pr-2plus-beside-her2-0",
        "multi-marker",
        BREAST + "ER 3+ (90%), PR 2+ (20%), HER2 0, Ki67 15%.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "multi-er-pos-her2-neg-row",
        "multi-marker",
        BREAST + "Marker | Result | Score\nER | Positive | 8/8\nPR | Positive | 3+\nHER2 | Negative | 1+\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "multi-er-3plus-no-her2",
        "multi-marker",
        BREAST + "ER: positive, 3+ intensity in 95%. PR: positive, 2+ in 40%. HER2: to follow.\n",
        NF,
        {},
    ),
    # 3 names on one line, values on the next; dotted leaders; footnotes
    (
        "layout-header-values-next-line",
        "layout",
        BREAST + "ER      PR      HER2     Ki-67\nPos     Neg     2+       25%\n",
        EQV_NF,
        {},
    ),
    (
        "layout-header-values-her2-last-3plus",
        "layout",
        BREAST + "ER        PR        HER2\n0%        0%        3+\n",
        POS_NF,
        {},
    ),
    (
        "layout-header-values-pr-3plus",
        "layout",
        BREAST + "HER2      ER        PR\n1+        3+        3+\n",
        frozenset({"negative", "not_found"}),
        {},
    ),
    (
        "layout-dotted-leader-1plus",
        "layout",
        BREAST
        + "HER2 (IHC, 4B5) ............................ 1+\nER ........................................ 95%\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "layout-dotted-leader-3plus",
        "layout",
        BREAST + "HER2 immunohistochemistry ..... 3+ (positive)\nKi-67 ......................... 40%\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "layout-far-right-column",
        "layout",
        BREAST + "HER2 IHC                                                              0\n"
        "ER                                                                    90%\n",
        NEG_NF,
        {},
    ),
    (
        "layout-footnote-star",
        "layout",
        BREAST + "HER2 IHC: 3+*\n* Scored on the core biopsy; the excision was not re-stained.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "layout-footnote-letter",
        "layout",
        BREAST + "HER2 IHC: 2+ (a)\nHER2 FISH: not amplified (b)\n"
        "(a) 4B5 clone, Ventana. (b) HER2/CEP17 ratio 1.4, mean HER2 copy number 3.1.\n",
        NEG,
        {},
    ),
    (
        "layout-footnote-star-on-other",
        "layout",
        BREAST + "ER: 80%*\nHER2 IHC: 1+\n* 3+ intensity\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    # 4 narrative documents
    (
        "narr-originally-pos-recurrence-0",
        "narrative",
        "TUMOUR BOARD SUMMARY\n"
        "History: right breast IDC 2019, originally HER2 positive (IHC 3+), treated with TCHP.\n"
        "Current: biopsy of the chest wall recurrence (this report) shows carcinoma, HER2 0 by IHC.\n",
        NEG,
        {},
    ),
    (
        "narr-repeat-pending",
        "narrative",
        "CLINIC LETTER\nDear Dr Shah,\n"
        "I reviewed Mrs K today. Her liver biopsy confirmed metastatic breast carcinoma, ER positive. "
        "HER2 repeat pending; her 2018 primary was HER2 3+.\n",
        NF,
        {},
    ),
    (
        "narr-discharge-her2pos-dx",
        "narrative",
        "DISCHARGE SUMMARY\nDiagnoses: 1. HER2-positive metastatic gastric adenocarcinoma (IHC 3+ on 14/02/2026).\n"
        "2. Neutropenic fever, resolved.\nPlan: resume trastuzumab-based chemotherapy.\n",
        POS_NF,
        {},
    ),
    (
        "narr-mdt-discussion-if-her2",
        "narrative",
        "MDT OUTCOME\nBreast core biopsy: IDC grade 2, ER 8/8.\n"
        "HER2 to be requested on the core; if HER2 positive, neoadjuvant chemotherapy with dual blockade.\n",
        NF,
        {},
    ),
    (
        "narr-previous-neg-now-pos-trap",
        "narrative",
        "CONSULT NOTE\nShe had HER2-negative disease (1+) in 2020. No new tissue has been tested since.\n"
        "We discussed HER2-positive trials but she is not eligible without a new biopsy.\n",
        NEG_NF,  # the 2020 result is this cancer's only one (facts.md §11: same tumour, earlier specimen)
        {},
    ),
    (
        "narr-letter-current-2plus-fish-amp",
        "narrative",
        "Dear Dr Ortiz,\nThank you for referring Mr J with gastro-oesophageal junction adenocarcinoma. "
        "The biopsy showed HER2 2+ on immunohistochemistry and FISH was amplified (ratio 3.4), so his "
        "tumour is HER2 positive.\n",
        POS,
        {},
    ),
    (
        "narr-board-outside-review",
        "narrative",
        "TUMOR BOARD\nOutside slides reviewed: invasive ductal carcinoma. "
        "Outside HER2 reported as 3+; our review of the outside HER2 slide agrees (3+).\n",
        POS_NF,
        {},
    ),
    (
        "narr-recurrence-pos-primary-neg",
        "narrative",
        "DISCHARGE LETTER\nHer original breast cancer (2017) was HER2 negative (IHC 1+). "
        "The new lung biopsy from this admission shows metastatic breast carcinoma, HER2 3+ (positive) by IHC.\n",
        POS,
        {},
    ),
    # 5 score ranges and modifiers
    (
        "range-2-3plus",
        "range",
        BREAST + "HER2 IHC: 2-3+ membrane staining in 60% of tumour cells. FISH to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "range-2plus-slash-3plus",
        "range",
        BREAST + "HER2 (4B5): 2+/3+, heterogeneous. Reflex ISH requested.\n",
        EQV_NF,
        {},
    ),
    (
        "range-1-2plus",
        "range",
        BREAST + "HER2 immunostain: 1-2+ incomplete membranous staining in about 30% of cells; ISH sent.\n",
        EQV_NF,
        {},
    ),
    (
        "range-0-1plus",
        "range",
        BREAST + "HER2 IHC: 0-1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "range-weak2-focal3-lt10",
        "range",
        BREAST
        + "HER2 IHC: weak 2+ with focal 3+ (<10% of cells). Overall score 2+, equivocal. ISH pending.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "range-3plus-heterog-40",
        "range",
        BREAST + "HER2 IHC: 3+ (heterogeneous, 40% of invasive cells); positive.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "range-incomplete-weak-2plus",
        "range",
        BREAST + "HER2: incomplete weak membranous (2+) staining in 15% of cells, equivocal.\n",
        EQV,
        {},
    ),
    (
        "range-1plus-to-2plus-words",
        "range",
        BREAST + "HER2 IHC score 1+ to 2+; final score pending FISH.\n",
        EQV_NF,
        {},
    ),
    (
        "range-0-to-1plus-ultralow",
        "range",
        BREAST + "HER2 IHC: 0 to 1+; faint incomplete staining in <10% (HER2-ultralow).\n",
        NEG,
        {},
    ),
    # 6 names and assays
    (
        "name-her2neu-cb11",
        "names",
        BREAST + "HER-2/neu (CB11): 3+, strong complete membrane staining in >30% of cells. Positive.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "name-cerbb2",
        "names",
        BREAST + "c-erbB-2 oncoprotein: negative (score 1+).\n",
        NEG,
        {},
    ),
    (
        "name-herceptest",
        "names",
        BREAST + "HercepTest (Dako): score 2+. FISH recommended.\n",
        EQV,
        {},
    ),
    (
        "name-erbb2-her2-ihc",
        "names",
        BREAST + "ERBB2 (HER2) immunohistochemistry, clone 4B5: 0 (no staining).\n",
        NEG,
        {},
    ),
    (
        "name-neu-alone",
        "names",
        BREAST + "neu: 1+ (negative)\n",
        NEG_NF,
        {},
    ),
    (
        "name-oncotype-her2-score-neg",
        "names",
        "Oncotype DX Breast Recurrence Score: 18\n"
        "Single-gene scores: ER score 10.2 Positive; PR score 7.1 Positive; HER2 score 8.9 Negative\n",
        NEG_NF,
        {},
    ),
    (
        "name-blueprint-her2-type",
        "names",
        "MammaPrint: High Risk. BluePrint molecular subtype: HER2-type.\n",
        NF,
        {},
    ),
    (
        "name-clone-4b5-number",
        "names",
        BREAST + "HER2 IHC (clone 4B5, lot 2+A19): score 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "name-her1-egfr-3plus",
        "names",
        "Lung adenocarcinoma. EGFR (HER1) immunohistochemistry: 3+. HER3: 2+. HER2 not tested.\n",
        NF,
        {},
    ),
    # 7 specimen types
    (
        "spec-cytology-not-validated",
        "specimen",
        "Pleural fluid, cell block: metastatic carcinoma consistent with breast primary.\n"
        "HER2 IHC on cell block: 3+. Note: HER2 testing on cytology specimens is not validated in this "
        "laboratory; please repeat on tissue.\n",
        frozenset({"positive", "equivocal", "not_found"}),
        {},
    ),
    (
        "spec-decal-bone-0",
        "specimen",
        "Bone, iliac crest, biopsy (decalcified): metastatic breast carcinoma.\n"
        "HER2 IHC: 0. Decalcification may affect HER2 results; a negative result should be interpreted "
        "with caution.\n",
        NEG_NF,
        {},
    ),
    (
        "spec-insufficient-tumour",
        "specimen",
        BREAST + "HER2: insufficient tumour for HER2 testing; please send the excision specimen.\n",
        NF,
        {},
    ),
    (
        "spec-cellularity-lt10-fish",
        "specimen",
        "FNA, axillary lymph node, cell block: metastatic carcinoma.\n"
        "Tumour cellularity <10%. HER2 FISH could not be scored (fewer than 20 cells).\n",
        NF,
        {},
    ),
    (
        "spec-fna-effusion-negative",
        "specimen",
        "Ascitic fluid cytology with cell block: metastatic adenocarcinoma, gastric primary.\n"
        "HER2 (4B5) on cell block: 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "spec-decal-3plus-still",
        "specimen",
        "Vertebral body biopsy (EDTA decalcified): metastatic breast carcinoma. HER2 IHC 3+ (positive).\n",
        POS,
        {},
    ),
    # 8 dates, times, versions and ids next to results
    (
        "num-version-v23",
        "numbers",
        BREAST + "Report template v2.3. HER2 IHC: pending.\n",
        NF,
        {},
    ),
    (
        "num-ref-3plus2",
        "numbers",
        BREAST + "Ref 3+2 / Block A3. HER2 IHC result to follow in a supplementary report.\n",
        NF,
        {},
    ),
    (
        "num-lot-2plusA",
        "numbers",
        BREAST + "HER2 antibody lot 2+A; run 13:02+. HER2 result: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "num-time-1302plus",
        "numbers",
        BREAST + "HER2 IHC stained 01/03/2026 13:02+. Score: 0.\n",
        NEG,
        {},
    ),
    (
        "num-block-3plus-id",
        "numbers",
        BREAST + "Blocks submitted: A1-A3+B1. HER2 on block A3+: not yet performed.\n",
        NF,
        {},
    ),
    (
        "num-accession-3plus",
        "numbers",
        "Accession S26-3+ / HER2 IHC ordered 02/03/2026; results will be issued in an addendum.\n",
        NF,
        {},
    ),
    # 9 Spanish and bilingual variants
    (
        "es-chk-x-positivo",
        "spanish",
        MAMA + "HER2 por inmunohistoquímica\n"
        "[ ] Negativo (0)\n[ ] Negativo (1+)\n[ ] Dudoso (2+)\n[X] Positivo (3+)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "es-chk-x-negativo1",
        "spanish",
        MAMA + "HER2 (IHQ):\n"
        "( ) Negativo, puntuación 0\n(X) Negativo, puntuación 1+\n( ) Indeterminado, puntuación 2+\n( ) Positivo, puntuación 3+\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "es-multi-sentence",
        "spanish",
        MAMA + "RE positivo (90%), RP negativo, HER2 dudoso (2+), Ki-67 del 25%.\n",
        EQV,
        {},
    ),
    (
        "es-triple-negativo",
        "spanish",
        MAMA + "Perfil inmunohistoquímico: triple negativo (RE 0%, RP 0%, HER2 0).\n",
        NEG,
        {},
    ),
    (
        "es-narr-antes-pos-ahora-0",
        "spanish",
        "RESUMEN DEL COMITÉ DE TUMORES\nAntecedente: carcinoma de mama derecha (2019), HER2 positivo (3+).\n"
        "Actual: biopsia de la recidiva en pared torácica, HER2 0 por inmunohistoquímica.\n",
        NEG,
        {},
    ),
    (
        "es-narr-repeticion-pendiente",
        "spanish",
        "INFORME DE ALTA\nBiopsia hepática: carcinoma de mama metastásico, RE positivo. "
        "Repetición de HER2 pendiente; el tumor primario de 2018 era HER2 3+.\n",
        POS_NF,  # the metastasis' own primary: this cancer's earlier result (facts.md §11), the only one given
        {},
    ),
    (
        "es-range-2-3",
        "spanish",
        MAMA + "HER2 (4B5): 2-3+ heterogéneo; se solicita hibridación in situ.\n",
        EQV_NF,
        {},
    ),
    (
        "es-decal-hueso",
        "spanish",
        "Hueso, biopsia (descalcificada): metástasis de carcinoma de mama.\n"
        "HER2 IHQ: 0. La descalcificación puede afectar al resultado de HER2.\n",
        NEG_NF,
        {},
    ),
    (
        "es-insuficiente",
        "spanish",
        MAMA + "HER2: material tumoral insuficiente para la determinación.\n",
        NF,
        {},
    ),
    (
        "es-leaders",
        "spanish",
        MAMA + "Receptores de estrógeno ........ 95%\nHER2 (IHQ) .................... 1+ (negativo)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "es-header-next-line",
        "spanish",
        MAMA + "RE       RP       HER2\nPositivo Negativo 3+\n",
        POS_NF,
        {},
    ),
    (
        "bil-chk-both-languages",
        "spanish",
        MAMA + "HER2 / HER2 (IHC / IHQ)\n"
        "[ ] Negative / Negativo (0)\n[ ] Negative / Negativo (1+)\n[x] Equivocal / Dudoso (2+)\n[ ] Positive / Positivo (3+)\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "es-oncotype-her2-negativo",
        "spanish",
        "Oncotype DX: puntuación de recurrencia 22. Puntuación HER2 (ARN): 9,1 Negativo.\n",
        NEG_NF,
        {},
    ),
    (
        "es-lote-2plus",
        "spanish",
        MAMA + "Anticuerpo HER2 lote 2+A; HER2: 0 (negativo).\n",
        NEG,
        {},
    ),
    # 1b checklists answered Yes/No beside each option (probe12 fix: ihc.toml answered-no-after-score)
    (
        "yn-dash-no-inline",
        "checklist-yes-no",
        BREAST + "HER2 IHC: Positive (3+) - NO   Equivocal (2+) - NO   Negative - YES\n",
        NEG_NF,
        {},
    ),
    (
        "yn-colon-no",
        "checklist-yes-no",
        BREAST + "HER2 3+: no\nHER2 2+: no\nHER2 0/1+: yes\n",
        NEG_NF,
        {},
    ),
    (
        "yn-overexpression-absent",
        "checklist-yes-no",
        BREAST + "HER2 3+ overexpression: absent. HER2 IHC score 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "yn-letters",
        "checklist-yes-no",
        BREAST + "HER2 IHC positive: N   HER2 IHC negative: Y\n",
        NEG_NF,
        {},
    ),
    (
        "yn-spanish",
        "checklist-yes-no",
        MAMA + "HER2 IHQ: Positivo (3+) - NO   Dudoso (2+) - NO   Negativo - SÍ\n",
        NEG_NF,
        {},
    ),
    (
        "yn-near-miss-yes",
        "checklist-yes-no",
        BREAST + "HER2 IHC: Positive (3+) - YES   Equivocal (2+) - NO   Negative - NO\n",
        POS_NF,
        {},
    ),
    (
        "yn-near-miss-no-ish-needed",
        "checklist-yes-no",
        BREAST + "HER2 IHC: 3+ - no ISH needed.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "yn-near-miss-no-further",
        "checklist-yes-no",
        BREAST + "HER2 status: Positive (IHC 3+); no further testing required.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 2b values one per name after a slash list (probe12 fix: names.toml marker-list-before)
    (
        "slash-scores-er-first",
        "slash-list",
        BREAST + "ER/PR/HER2: 3+ 95% / 2+ 40% / 0\n",
        NEG_NF,
        {},
    ),
    (
        "slash-status-pos-pos-neg",
        "slash-list",
        BREAST + "ER/PR/HER2 status: pos/pos/neg\n",
        NEG_NF,
        {},
    ),
    (
        "slash-scores-3-3-1",
        "slash-list",
        BREAST + "ER/PR/HER2: 3+/3+/1+\n",
        NEG_NF,
        {},
    ),
    (
        "slash-near-miss-her2-first",
        "slash-list",
        BREAST + "HER2/ER/PR: neg/pos/pos\n",
        NEG,
        {},
    ),
    (
        "slash-near-miss-last-value",
        "slash-list",
        BREAST + "ER/PR/HER2: pos/pos/neg (1+)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "slash-near-miss-separate",
        "slash-list",
        BREAST + "ER/PR: positive. HER2: 3+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 2c a score before the name closes another marker's list item (probe12 fix: findings/ihc.py)
    (
        "list-er-pr-scores-her2-zero",
        "multi-marker",
        BREAST + "ER 3+, PR 3+, HER2 0.\n",
        NEG_NF,
        {},
    ),
    (
        "list-er-pr-brackets-her2-zero",
        "multi-marker",
        BREAST + "ER (3+, 90%), PR (3+, 50%), HER2 (0)\n",
        NEG_NF,
        {},
    ),
    (
        "list-semicolons-her2-1",
        "multi-marker",
        BREAST + "ER 3+; PR 3+; HER2 1\n",
        NEG_NF,
        {},
    ),
    (
        "list-near-miss-score-for-her2",
        "multi-marker",
        BREAST + "Membrane staining (score 3+) for HER2 in 90% of cells.\n",
        POS,
        {},
    ),
    # 4b another laboratory's earlier value named after it (probe12 fix: context.toml earlier-after-value)
    (
        "outside-after-value-referring",
        "narrative",
        BREAST + "HER2 IHC: 1+ (negative).\nHER2 3+ by the referring laboratory in 2022.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "outside-after-value-per",
        "narrative",
        BREAST + "HER2 IHC: 1+ (negative).\nHER2 3+ per outside laboratory (March 2022).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "outside-footnote",
        "narrative",
        BREAST + "HER2 IHC: 1+*\n\n*Footnote: HER2 3+ by the referring laboratory in 2022.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "outside-before-reported",
        "narrative",
        BREAST + "HER2 IHC: 1+ (negative).\nThe referring laboratory reported HER2 3+ in 2022.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "outside-near-miss-only-value",
        "narrative",
        BREAST + "HER2 3+ per outside laboratory report.\n",
        POS_NF,
        {},
    ),
    (
        "outside-near-miss-confirmed",
        "narrative",
        BREAST + "HER2 IHC 3+ (positive), confirmed by the referring laboratory.\n",
        POS,
        {},
    ),
    # 4c a dated primary labels an earlier value (probe12 fix: context.toml earlier-words)
    (
        "dated-primary-label",
        "narrative",
        "MDT: liver biopsy - HER2 0. Primary 2019: HER2 3+.\n",
        NEG,
        {},
    ),
    (
        "dated-primary-year-first",
        "narrative",
        "Liver biopsy: HER2 IHC 0 (negative).\n2019 primary: HER2 IHC 3+.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "dated-primary-comma",
        "narrative",
        "Liver biopsy: HER2 IHC 0 (negative).\nOriginal primary, 2019: HER2 3+ (positive).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "dated-primary-before-current",
        "narrative",
        "Primary 2019: HER2 3+.\nLiver biopsy 2026: HER2 IHC 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "dated-primario",
        "spanish",
        "Biopsia hepática: HER2 IHQ 0 (negativo).\nPrimario 2019: HER2 3+.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "dated-near-miss-current-year",
        "narrative",
        "Core biopsy 2026: HER2 IHC 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 5b a range reaching 3+ with the lab's own positive word (near-miss of the 2-3+ fix)
    (
        "range-2-3plus-called-positive",
        "range",
        BREAST + "HER2 IHC: 2-3+, positive.\n",
        POS,
        {},
    ),
    (
        "range-2-3plus-positive-next-sentence",
        "range",
        BREAST + "HER2 IHC: 2-3+ in 70% of cells. HER2 POSITIVE.\n",
        frozenset({"positive", "equivocal"}),
        {},
    ),
    # 8b ids glued to a score (probe12 fix: ihc.toml ihc-score)
    (
        "id-block-letter-3plus",
        "numbers",
        BREAST + "HER2 IHC performed on block B2+; result: 0 (negative).\n",
        NEG,
        {},
    ),
    (
        "id-batch",
        "numbers",
        BREAST + "HER2 (4B5) batch 3+; score 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    # 3b footnotes under a result (probe12 fix: ihc.toml footnote-mark, findings/footnote.py)
    (
        "foot-dagger-focus",
        "layout",
        BREAST + "HER2 IHC: 2+ \u2020\nHER2 FISH: pending.\n\u2020 3+ in a small focus (<5% of cells).\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "foot-superscript-outside",
        "layout",
        BREAST + "HER2 IHC: 1+ \u00b9 (negative)\n\u00b9 The outside laboratory scored this case 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "foot-letter-dcis",
        "layout",
        BREAST + "HER2 IHC: 1+ (a)\n(a) 3+ in the DCIS component only.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "foot-near-miss-result-in-note",
        "layout",
        BREAST + "HER2 IHC: see note*\n* 3+, strong complete membrane staining in 90% of cells.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "foot-near-miss-own-star",
        "layout",
        BREAST + "HER2 IHC: 3+*\n* 1+ on the earlier core biopsy.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 9b Spanish RE/RP beside HER2 (probe12 fix: names.toml other-marker-cs)
    (
        "es-re-rp-scores-her2-0",
        "spanish",
        MAMA + "RE 3+, RP 2+, HER2 0\n",
        NEG_NF,
        {},
    ),
    (
        "es-re-leaders-below-her2",
        "spanish",
        MAMA + "HER2 ........ negativo (1+)\nRE .......... positivo 3+\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "es-re-rp-brackets",
        "spanish",
        MAMA + "RE 3+ (95%), RP 2+ (30%), HER2 1+, Ki-67 20%.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "re-letter-subject-near-miss",
        "narrative",
        "RE: HER2 results for Mrs K\n" + BREAST + "HER2 IHC 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 4d narrative: an earlier result dated after it, a change of status, a new primary beside the old
    (
        "narr-at-diagnosis-after-value",
        "narrative",
        "CLINIC LETTER\nHer cancer was HER2 3+ at diagnosis in 2019. Today's biopsy of the axillary "
        "recurrence: HER2 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "narr-changed-from-positive",
        "narrative",
        "CLINIC LETTER\nHER2 status has changed from positive (3+, 2019) to low (1+, current biopsy).\n",
        NEG_NF,
        {},
    ),
    (
        "narr-new-primary-beside-old",
        "narrative",
        "MDT\nRight breast, new primary (2026): HER2 1+. Left breast primary (2018): HER2 3+.\n",
        NEG_NF,
        {},
    ),
    (
        "narr-converted-words",
        "narrative",
        "CLINIC LETTER\nHER2 converted from positive to negative on the metastatic biopsy.\n",
        NEG_NF,
        {},
    ),
    (
        "narr-initially-neg-now-pos",
        "narrative",
        "DISCHARGE SUMMARY\nBreast cancer, initially HER2-negative (2021), now HER2-positive on the brain "
        "metastasis resection (IHC 3+, FISH ratio 5.0).\n",
        POS,
        {},
    ),
    (
        "narr-gp-letter-hr-pos-her2-neg",
        "narrative",
        "Letter to GP: the tumour is hormone receptor positive and HER2 negative, so trastuzumab is not indicated.\n",
        NEG_NF,
        {},
    ),
    (
        "es-narr-al-diagnostico",
        "spanish",
        "CARTA CLÍNICA\nSu cáncer era HER2 3+ al diagnóstico en 2019. Biopsia actual de la recidiva axilar: "
        "HER2 1+ (negativo).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    # 5c a score the report says the tumour does not reach (probe12 fix: ihc.toml answered-no-after-score,
    # negated-score)
    (
        "notreached-dash",
        "range",
        BREAST + "HER2 IHC score 2+ (weak to moderate, complete, 20%) - 3+ not reached. ISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "notreached-bracket-not-seen",
        "range",
        BREAST + "HER2 IHC 2+ (3+ not seen); FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "notreached-staining-absent",
        "range",
        BREAST + "HER2: 3+ staining absent; 1+ in 40% of cells.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "notreached-not-achieved",
        "range",
        BREAST + "HER2 IHC 2+, 3+ not achieved. ISH pending.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "notreached-spanish",
        "spanish",
        MAMA + "HER2 IHQ 1+; no se alcanza 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "notreached-does-not-reach",
        "range",
        BREAST + "HER2 IHC: 2+; the staining does not reach 3+. Reflex ISH ordered.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "notreached-near-miss-ish-not-performed",
        "range",
        BREAST + "HER2 IHC 3+ (positive); ISH not performed.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]
