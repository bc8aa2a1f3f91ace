"""NGS and ctDNA tokens (docs/clinical-rules.md §7, §8.3-§8.5): cues, copy numbers, ERBB2 protein changes."""

from __future__ import annotations

NGS_CUE = r"""
(?<![A-Za-z])(?:
    next[\s-]generation\s+sequencing|NGS|sequencing|genomic\s+(?:profil\w*|alterations?|findings?)|foundation\s?one|
    guardant|tempus|caris|oncomine|msk-?impact|tumor\s+mutational\s+burden|TMB|copy\s+number\s+(?:alteration|variant|gain)|
    CNV|CNA|short\s+variants?|variant\s+allele|VAF|hybrid\s+capture|panel
)(?![A-Za-z])
"""
CTDNA_CUE = r"""
(?<![A-Za-z])(?:
    ctDNA|cfDNA|cell[\s-]free\s+(?:tumou?r\s+)?DNA|circulating\s+tumou?r\s+DNA|liquid\s+biopsy|plasma(?!\s*cells?)(?!\s+membrane)|
    guardant\s?360|foundation\s?one\s?(?:cdx\s+)?liquid|guardant\s+reveal|blood\s+(?:sample|specimen|draw)|
    whole\s+blood|peripheral\s+blood\s+(?:sample|specimen)
)(?![A-Za-z])
"""
COPY_NUMBER = r"""
(?:
    (?:(?:plasma\s+)?copy\s+number|CN|copies|CNV)\s{0,3}(?:\(\s{0,2}CN\s{0,2}\))?\s{0,2}(?:[:=]|of|is|was)?\s{0,3}(?P<cn>\d{1,3}(?:\.\d{1,2})?)(?![\d%.])
  | (?P<cn2>\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:copies|copy\s+number)(?![A-Za-z])
)
"""

# ERBB2 protein changes (docs/clinical-rules.md §6, §8.4): one- and three-letter HGVS, duplications, exon 20.
AA1 = "ACDEFGHIKLMNPQRSTVWY"
PROTEIN_CHANGE = rf"""
(?<![A-Za-z0-9])(?:p\.\s?)?\(?
(?:
    (?P<ref>[{AA1}])(?P<pos>\d{{2,4}})(?P<alt>[{AA1}](?![a-z])|fs\*?\d*|\*|del(?![a-z])|dup(?![a-z])|ins[{AA1}]*)
  | (?P<range>[{AA1}]\d{{2,4}}_[{AA1}]\d{{2,4}}(?:dup|del|ins[{AA1}]*|delins[{AA1}]*))
  | (?P<ref3>[A-Z][a-z]{{2}})(?P<pos3>\d{{2,4}})(?P<alt3>[A-Z][a-z]{{2}}|fs|del|dup|Ter|\*)
)\)?
(?![A-Za-z0-9])
"""
EXON20_INSERTION = (
    r"exon\s{0,2}20\s+(?:in-?frame\s+)?(?:insertion|ins(?![a-z])|duplication|dup(?![a-z]))(?:s)?"
)
THREE_TO_ONE = {
    "Ala": "A",
    "Arg": "R",
    "Asn": "N",
    "Asp": "D",
    "Cys": "C",
    "Gln": "Q",
    "Glu": "E",
    "Gly": "G",
    "His": "H",
    "Ile": "I",
    "Leu": "L",
    "Lys": "K",
    "Met": "M",
    "Phe": "F",
    "Pro": "P",
    "Ser": "S",
    "Thr": "T",
    "Trp": "W",
    "Tyr": "Y",
    "Val": "V",
    "Ter": "*",
}
VUS = r"(?<![A-Za-z])(?:VUS|variants?\s+of\s+(?:unknown|uncertain|undetermined)\s+(?:clinical\s+)?significance)(?![A-Za-z])"

# --- formerly inline in the readers (compiled with the flags noted) ---------------------------
# a copy-number table row right after the name: "ERBB2   2.1   Not amplified" (I, matched at the name's end)
CN_TABLE_ROW = r"[ \t|:]{1,30}(?P<cn>\d{1,3}(?:\.\d{1,2})?)(?=[ \t|]{1,40}(?:not\s+|non-?)?(?:amplif|gain|loss|neutral|equivocal|normal))"
# the text before a HER2 name in a genomic-alterations row: nothing, a bullet, or a short label (I)
ROW_LABEL = r"[\s|•*\-]*(?:[A-Za-z][A-Za-z /()-]{0,40}:\s*)?$"
# a word between the name and "amplification": prose, not a table row (I)
WORD_IN_GAP = r"[a-z]{4,}"
# "amplification status", "amplification by FISH": prose about a test, not a finding (I)
PROSE_AFTER_AMP = r"\s{0,3}(?:status|test|testing|analysis|assay|by|of|was|is|has|have|are|in|is\s+seen)\b"
# "S310F: not detected" (I)
VARIANT_NEGATED = r"^\W{0,3}(?:not\s+detected|negative|none|absent|wild)"
# "exon 20 insertion: not detected" (I)
EXON20_NEGATED = r"^\W{0,3}(?:not\s+detected|negative|none)"
# "G12D not detected", "p.G12D (wild)" after a RAS protein change (I, matched at its end)
VARIANT_NOT_FOUND = (
    r"[\s:,()-]{0,4}(?:is\s+|was\s+)?(?:not\s+(?:detected|present|identified|found)|negative|absent|wild)"
)
