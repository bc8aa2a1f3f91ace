"""Lost results (probe20, session 20): reports whose result the text clearly gives, read not found,
equivocal or with a field missing (safe misses). Written in my own words from the families of
devsets 18-22 and variants11-12, not copied from their texts. Each case: (id, family, text, allowed
statuses, expected key fields); near-misses keep the reading they had (a pending test, a key, another
gene, a test not assessed).
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

CRC = "Sequencing panel (DNA, 52 genes), rectal adenocarcinoma resection, block 3C, tumour content 40%.\n"
LUNG = "Targeted NGS, lung adenocarcinoma core biopsy (tissue), tumour cells ~30%.\n"

# 1. a gene row answering the mutation first and the amplification after a semicolon (devset22
#    b22-f04-03, b22-f04-10): the amplification clause was cut off by the semicolon
MUTATION_THEN_AMP: list[Case] = [
    (
        "ma-no-mutation-not-amplified",
        "mutation_then_amp",
        CRC + "KRAS: p.G12V detected\nERBB2: no mutation; not amplified\nNRAS: wild-type\n",
        NEG,
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "ma-bracket-name-no-variants-no-amp",
        "mutation_then_amp",
        CRC + "  - ERBB2 (HER2)  no variants detected; no amplification (CN 2.0)\n  - MET  no alterations\n",
        NEG,
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "ma-wildtype-amplified",
        "mutation_then_amp",
        CRC + "ERBB2 -- wild-type; AMPLIFIED, estimated copy number 18\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ma-no-mutation-amplification-detected",
        "mutation_then_amp",
        LUNG + "ERBB2: no pathogenic variant identified; amplification detected (copy number 11)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ma-near-miss-not-assessed",
        "mutation_then_amp",
        CRC + "ERBB2: no mutation; amplification not assessed (low tumour content)\n",
        NF,
        {},
    ),
    (
        "ma-near-miss-other-gene-amplified",
        "mutation_then_amp",
        LUNG + "ERBB2: no mutation; MET amplified (copy number 9)\n",
        NOT_POS,
        {"ngs.amplification": None},
    ),
    (
        "ma-near-miss-variant-named",
        "mutation_then_amp",
        LUNG + "ERBB2: p.S310F mutation; MET not amplified\n",
        NOT_POS,
        {},
    ),
]

# 2. a single-probe ISH report whose key ("... = EQUIVOCAL ...") runs into the lab's labelled
#    result on the same quoted lines (variants11 v11-f03-04): the whole quote was set aside as a key
KEY_THEN_RESULT: list[Case] = [
    (
        "kr-single-probe-equivocal",
        "key_then_result",
        "Left breast core biopsy, invasive lobular carcinoma.\nHER2 SISH (single probe), 40 nuclei.\n"
        "Mean HER2 signals/cell: 4.6\nCut-offs: <4 = not amplified; 4 to <6 = EQUIVOCAL; >=6 = amplified\n"
        "Result: EQUIVOCAL (mean 4.6 per cell); dual-probe ISH to follow.\n",
        EQV,
        {"ish.result": "equivocal"},
    ),
    (
        "kr-single-probe-amplified",
        "key_then_result",
        "Right breast excision, invasive carcinoma NST.\nHER2 CISH, single-probe assay: 50 cells counted.\n"
        "Average HER2 copies per nucleus: 7.9\nBands: <4.0 = negative ; 4.0-5.9 = equivocal ; >=6.0 = AMPLIFIED\n"
        "INTERPRETATION: AMPLIFIED (mean 7.9).\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "kr-near-miss-key-then-pending",
        "key_then_result",
        "Left breast core biopsy, invasive carcinoma.\nHER2 CISH (single probe) requested.\n"
        "Cut-offs: <4 = not amplified; 4 to <6 = EQUIVOCAL; >=6 = amplified\nResult: pending.\n",
        NF,
        {},
    ),
]

CASES: list[Case] = MUTATION_THEN_AMP + KEY_THEN_RESULT
