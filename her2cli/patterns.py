"""The vocabulary her2cli matches, as data: names, value tokens and context triggers.

Each table says which phrase family of ../shared/facts.md (§1 vocabulary, §8 phrase categories)
or which real-report phrasing it serves. Patterns are compiled once per process with the
`regex` module (bounded windows only, no nested quantifiers: perf.md §4) and applied to
normalized page text (see normalize.py), case-insensitively unless a rule says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

FLAGS = regex.IGNORECASE | regex.VERBOSE

# --- Names of HER2 (facts.md §1) -------------------------------------------------------------
HER2_NAME = r"""
(?<![A-Za-z0-9])
(?:
    human\s+epidermal\s+growth\s+factor\s+receptor[\s-]{0,3}2            # spelled out
  | erb-?b2\s+receptor\s+tyrosine\s+kinase\s{0,3}2                      # HGNC full name
  | c[\s-]{0,2}erb[\s-]{0,2}b[\s-]{0,2}2                                # c-erbB-2, c-erb B2, cerbB2
  | [co]-?erb[a-z8]?[2a]?[28](?![0-9])                                  # OCR: c-erb82, o-erba2
  | erb-?b2                                                             # ERBB2, ERB-B2
  | her[\s-]{0,2}2 (?:\s{0,2}[/\\-]?\s{0,2}neu)?                        # HER2, HER-2, HER 2, HER2/neu, HER2neu
  | her[\s-]{0,2}2\s{0,2}[jJlI|]\s{0,2}(?:neu|c-?erb-?b-?2)            # OCR: HER-2JNeu, HER-2jc-erbB-2
  | [bh]er-2\s{0,2}/\s{0,2}neu                                          # OCR: BER-2/NEU
  | hercep[\s-]?test(?:\s?TM{1,2})?                                     # the Dako HER2 IHC kit names the test (HercepTest™)
  | (?<![\w/-])neu(?=\s+(?:oncoprotein|protein|gene|status|by|\(|:))   # bare "neu" only as a noun
)
(?![A-Za-z0-9])
"""

# A HER2 name used only as part of a subtype, a drug class or a panel code: never a result
# (facts.md §8 traps: "HER2-enriched", drug mentions).
HER2_NON_RESULT_COMPOUND = r"""
^[\s-]{0,2}(?:enriched|targeted|directed|blocking|blockade|inhibitor|inhibitors|therapy|therapies|antibod(?:y|ies)|dimer)
"""

# Other markers and genes: a HER2 value never lies beyond one of these (their values are theirs).
# Short symbols are matched case-sensitively (ER, PR, AR) to avoid words like "per".
OTHER_MARKER_CI = r"""
(?<![A-Za-z0-9])
(?:
    estrogen | oestrogen | progesterone | ki-?\s?67 | mib-?1 | p53 | p63 | p16 | egfr | her-?[134](?!\d)
  | erbb[134] | pd-?l1 | e-?cadherin | cytokeratin | ck\s?\d{1,2} | gata-?3 | cdx-?2 | ttf-?1 | mlh-?1 | pms-?2
  | msh-?[26] | kras | nras | hras | braf | pik3ca | tp53 | apc | smad4 | alk | ros1 | ntrk\d? | ret | met(?=\s+(?:amp|exon|ihc|fish|:))
  | fgfr[1-4] | cdk[46] | ccne1 | myc | mdm2 | ntrk | pten | akt1 | esr1 | brca[12] | atm | palb2 | chek2
  | oncotype | recurrence\s+score | mammaprint | claudin | cldn18 | synaptophysin | chromogranin | s-?100 | sox-?10
  | androgen | muc\s?\d | cd\d{1,3} | h\.\s?pylori | helicobacter | trypsin | mismatch\s+repair | microsatellite
)
(?![A-Za-z0-9])
"""
OTHER_MARKER_CS = r"(?<![A-Za-z0-9/])(?:ER|PR|PgR|AR|ERs|PRs|MMR|MSI)(?![A-Za-z0-9])"

# Panel gene symbols used to recognise a gene list that merely names ERBB2 (facts.md §8 traps).
PANEL_GENES = ["ABL1", "AKT1", "AKT2", "ALK", "APC", "AR", "ARAF", "ARID1A", "ATM", "ATR", "BAP1", "BRAF", "BRCA1", "BRCA2", "CCND1", "CCNE1", "CDH1", "CDK4", "CDK6", "CDKN2A", "CHEK2", "CTNNB1", "DDR2", "EGFR", "ERBB3", "ERBB4", "ESR1", "EZH2", "FBXW7", "FGFR1", "FGFR2", "FGFR3", "FGFR4", "FLT3", "GNA11", "GNAQ", "GNAS", "HRAS", "IDH1", "IDH2", "JAK2", "KDR", "KIT", "KRAS", "MAP2K1", "MAP2K2", "MET", "MLH1", "MSH2", "MSH6", "MTOR", "MYC", "NF1", "NF2", "NOTCH1", "NRAS", "NTRK1", "NTRK2", "NTRK3", "PALB2", "PDGFRA", "PIK3CA", "PIK3R1", "PMS2", "POLE", "PTEN", "RAF1", "RB1", "RET", "ROS1", "SMAD4", "SMARCB1", "SMO", "SRC", "STK11", "TP53", "TSC1", "TSC2", "VHL"]

# Any gene-like symbol with a digit (RNF43, TP53, ARID1A): a variant after it is that gene's.
GENE_LIKE = r"(?<![A-Za-z0-9])(?!ERBB2|HER2|CEP17|D17Z1)[A-Z][A-Z0-9]{1,6}\d[A-Z0-9]{0,3}(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:KRAS|NRAS|HRAS|BRAF|APC|ATM|ALK|RET|MET|KIT|PTEN|SMAD4|RB1|NF1|MYC)(?![A-Za-z0-9])"

# --- IHC (facts.md §8.1, §2) ------------------------------------------------------------------
# A score token: "3+", "3 +", "+3", "score 3", "Score = 1+", "(2+)", ranges "1-2+", "0/1+",
# "zero or 1+", and the older "1 on a scale of 0-3". Not "12+", "1.2+", "3+4" (Gleason), "+++".
IHC_SCORE = r"""
(?<![\d.,/+<>])(?<![<>]=)(?<![<>]\s)(?<![<>]=\s)
(?:
    (?P<lo>[0-3]|zero|one|two)\s{0,2}\+?\s{0,2}(?:-|to|/|or)\s{0,2}(?P<hi>[0-3])\s{0,2}\+(?![\d+])
  | between\s{1,3}(?P<lo>[0-3]|zero|one|two)\s{0,2}\+?\s{1,3}and\s{1,3}(?P<hi>[0-3])\s{0,2}\+(?![\d+])
  | (?P<scale>[0-3])\s{1,3}on\s+a\s+scale\s+of\s+0\s{0,2}(?:-|to)\s{0,2}3
  | (?P<plus>[0-3])\s{0,2}\+(?![\d+])
  | \+\s{0,1}(?P<preplus>[0-3])(?![\d.+])
  | (?:score|intensity|ihc\s+score)d?\s{0,3}(?:of|=|:|is|was|as|;)?\s{0,3}(?P<word>[0-3])(?!\d|\.\d|\s{0,2}%|\s{0,2}\+)
  | (?:score|intensity)d?\s{0,3}(?:of|=|:|is|was|as)?\s{0,3}(?P<spelled>zero|one|two|three)(?![A-Za-z])
  | (?<=(?:negative|positive|equivocal|neg|pos)\.?\s{0,3})\(\s{0,2}(?P<paren>[0-3])\s{0,2}\)
  | (?<=positive\s{1,2})(?P<callnum>3)(?![\d.,/%+]|\s{0,2}(?:cm|mm|of|out))
  | (?<=:\s{0,3})(?P<colon>[0-3])(?=\s{0,2}[,;(]?\s{0,2}(?:negative|positive|equivocal|neg|pos)(?![a-z]))
  | (?<![\w.,/-])(?<!(?:grade|level|block|part|stage|nuclear|intensity\s+of|score\s+of)\s{1,2})(?P<desc>[0-3])(?=\s{1,3}\(?(?:no\s+(?:membran\w*\s+)?(?:staining|reactivity)|faint|weak|moderate|strong|intense|complete|incomplete|barely|partial)\b)
)
"""

SPELLED_DIGITS = {"zero": "0", "one": "1", "two": "2", "three": "3"}

# The lab's own word for an IHC or overall result (facts.md §8.1, §8.6, §8.7).
CALL_WORD = r"""
(?<![A-Za-z])
(?:
    (?P<neg>negative|neg\.?(?![a-z])|not\s+over-?express(?:ed|es|ing)?|no\s+over-?expression|does\s+not\s+over-?express|
        not\s+(?:identified|detected|seen|present|observed)(?!\s+(?:in|on)\s+(?:this|the)\s+(?:specimen|sample)))
  | (?P<eq>equivocal|borderline|indeterminate|inconclusive)
  | (?P<pos>(?<!weakly\s)positive|pos\.?(?![a-z])|over-?expressed|strongly\s+over-?express(?:ed|es))
  | (?P<weak>weakly\s+positive)
)
(?![A-Za-z])
"""

# Antibody clones and kits (facts.md §1).
IHC_CLONE = r"""
(?<![A-Za-z0-9])(?:
    (?P<c4b5>4B5) | (?P<hercep>hercep[\s-]?test) | (?P<cb11>CB-?11) | (?P<a0485>A0?485) | (?P<sp3>SP3)
  | (?P<oracle>bond\s+oracle)
)(?![A-Za-z0-9])
"""
CLONE_NAMES = {"c4b5": "4B5", "hercep": "HercepTest", "cb11": "CB11", "a0485": "A0485", "sp3": "SP3", "oracle": "Bond Oracle"}

PERCENT_CELLS = r"(?<![\d.])(?P<pct>\d{1,3}(?:\.\d)?)\s{0,2}%"
# "in 80% of invasive tumor cells": the share of cells a score describes
PERCENT_OF_CELLS = r"(?<![\d.<>])(?P<pct>\d{1,3}(?:\.\d)?)\s{0,2}%\s+(?:of\s+)?(?:the\s+)?(?:invasive\s+|viable\s+)?(?:tumou?r|cancer|carcinoma|neoplastic|cells|invasive)"
# "Score 0 (no staining)": IHC 0 with no staining at all is HER2-null, not ultralow
NO_STAINING = r"no\s+(?:membran\w+\s+)?(?:staining|reactivity|immunoreactivity)|absent\s+staining|null(?![a-z])|completely\s+negative"

# Breast HER2-low / ultralow wording (facts.md §2, §8.8).
HER2_LOW = r"""
(?<![A-Za-z])(?:
    (?P<ultralow>(?:her-?2[\s-]{0,2})?ultra-?low|(?:ihc|score)\s{0,2}0\+|>\s{0,2}0\s{0,2}<\s{0,2}1\+)
  | (?P<low>(?:her-?2|erbb2)(?:/neu)?[\s-]{0,2}low(?![a-z])|low\s+her-?2(?:\s+expression)?(?![a-z])|her-?2[\s-]{0,2}low[\s-]expressi\w+)
  | (?P<zero>her-?2[\s-]{0,2}(?:zero|null)(?![a-z])|her-?2[\s-]{0,2}0(?![\d.+]))
)
"""

# --- ISH (facts.md §8.2) ----------------------------------------------------------------------
ISH_METHOD = r"""
(?<![A-Za-z])(?:
    (?P<method>FISH|CISH|SISH|DISH|DDISH|BDISH|ISH|IQFISH|PathVysion|INFORM)
  | (?P<dual>dual[\s-](?:probe|colou?r)[\s-](?:in\s+situ|ISH|hybridi[sz]ation))
  | (?P<long>(?:(?:fluorescen(?:t|ce)|chromogenic|silver|bright-?field)\s{1,3})?in[\s-]situ\s{1,3}hybridi[sz]ation)
  | (?P<ocr>FISZ|F1SH)
)(?![A-Za-z])
"""

# Polarity cues around the word "amplified"/"amplification" (facts.md §8.2, §8.3, §8.6).
AMPLIFICATION_WORD = r"(?<![A-Za-z])(?P<prefix>non-?|un|not\s+|no\s+)?amplif(?:ied|ication|y)(?![a-z])|(?<![A-Za-z])amp(?![a-z])|co-?amplif(?:ied|ication)|(?P<gain>copy[\s-]number\s+gain|(?<![A-Za-z])gain(?=\s*[(:,|]|\s+of|\s*$))"
AMP_NEGATION_BEFORE = r"""
(?:\bno|\bnot|\bnon-?|\bwithout|\black\s+of|\babsence\s+of|\bnegative\s+for|\bno\s+evidence\s+of|\bnone|\bfree\s+of|\brule\s+out)
[.,]?(?:\s+\S+){0,4}\s*$
"""
AMP_NEGATION_AFTER = r"""
^[\s:.,()\-]{0,4}(?:\S+\s+){0,6}?
(?:is\s+|was\s+|were\s+|are\s+|has\s+been\s+)?
(?:not\s+(?:detected|identified|found|present|seen|observed|demonstrated|amplified)|negative|absent|none|no(?![a-z])|undetected|n/?d\b)
"""
AMP_POSITIVE_BEFORE = r"""
(?:shows?|showed|demonstrat\w+|reveal\w+|consistent\s+with|evidence\s+of|positive\s+for|indicative\s+of|confirm\w*|with|high[\s-]level)
\s+(?:\S+\s+){0,3}$
"""
AMP_POSITIVE_AFTER = r"""
^[\s:.,()\-]{0,4}(?:(?:is|was|were|has\s+been|of)\s+)?(?:detected|identified|present|observed|demonstrated|confirmed|positive|found|seen|yes)
"""
AMP_EQUIVOCAL_NEAR = r"(?<![A-Za-z])(?:equivocal|borderline|indeterminate|low[\s-]level|possible)(?![A-Za-z])"

ISH_RATIO = r"""
ratio(?:\s+of)?\b
(?P<between>(?:[^<>;\n]|\n(?![ \t]*\n)){0,90}?)
(?<![A-Za-z/\-<>\d.]|chromosome\s|chr\s|cep\s|chromosome\s\s|[<>]=|[<>]=\s|[<>]\s)(?P<ratio>\d{1,2}(?:\.\d{1,3})?)(?![\d.]*\s{0,2}%)(?!\.\d)(?![A-Za-z/\d])
(?!\s{0,2}(?:or\s+(?:more|greater|higher|above|less|lower|fewer)|and\s+(?:above|higher|over)|\+))
"""
# A ratio given without the word: "HER2/NEU BY FISH = 1.1 NOT AMPLIFIED", "Non-amplified (1.02)".
ISH_RATIO_BARE = r"""
(?:(?<![A-Za-z])(?:FISH|ISH|CISH|SISH)\s{0,2}[:=]\s{0,2}(?P<ratio>\d\.\d{1,3})(?![\d%])
 | (?<![A-Za-z])(?:HER-?2|ERBB2)\s{0,2}[:/]\s{0,2}(?:CEP\s?-?17|D17Z1|chr(?:omosome)?\s?17)\s{0,2}[:=]\s{0,2}(?P<ratio3>\d\.\d{1,3})(?![\d%])
 | amplified\s{0,2}\(\s{0,2}(?:ratio\s{0,2}[:=]?\s{0,2})?(?P<ratio2>\d\.\d{1,3})\s{0,2}\))
"""
# A ratio-like number is a threshold, not a measurement, when these words come before it.
THRESHOLD_WORDS = r"(?:greater|less|more|fewer|above|below|at\s+least|cut-?off|threshold|or\s+higher|exceed|equal|defined|criteria|calculated|derived|total|falls?|within|range|reported\s+as|considered|≥|≤|<|>)"
# A sentence that states a cut-off ("ratio less than 2.0", "1.8-2.2", "6 or more") is a legend
# when the cut-off comes before the result words (facts.md §8.10).
THRESHOLD_EXPR = r"""
(?:ratio|copy\s+numbers?|copies|signals|mean|average|score)[^.;\n]{0,25}?(?:<|>|less\s+than|greater\s+than|more\s+than|equal\s+to|at\s+least|below|above)\s{0,3}\d
| \d\.\d{1,2}\s{0,2}(?:-|to)\s{0,2}\d\.\d{1,2}
| \d(?:\.\d+)?\s+or\s+(?:more|greater|higher|above|less|fewer|lower)
"""

ISH_COPY_NUMBER = r"""
(?:average|mean|avg\.?|number\s+of|total)\s{1,3}
(?:(?:her-?2|erbb2|her-?2\s?/\s?neu|her-?2neu)\s{0,2}(?:gene\s+)?)?
(?:copy\s+number|copies|gene\s+copies|copy|signals?|count)
(?:\s+(?:per|/)\s{0,2}(?:tumou?r\s+)?(?:cell|nucleus|nuclei)s?)?
[\s:=.|]{0,40}?(?:is\s+|of\s+|was\s+)?
(?P<value>\d{1,2}(?:\.\d{1,2})?)(?![\d%])
"""
# "mean HER2 3.2 copies per cell", "average of 6.1 HER2 signals per nucleus"
ISH_COPY_NUMBER_AFTER = r"""
(?:average|mean|avg\.?)\s{1,3}(?:of\s+)?(?:(?:her-?2|erbb2)\s{1,3})?(?P<value>\d{1,2}(?:\.\d{1,2})?)\s{1,3}(?:(?:her-?2|erbb2)\s{1,3})?(?:gene\s+)?(?:copies|signals)
(?:\s+(?:per|/)\s{0,2}(?:tumou?r\s+)?(?:cell|nucleus|nuclei)s?)?
"""
ISH_CEP17 = r"""
(?:average|mean|avg\.?|number\s+of)\s{1,3}
(?:cep\s?-?17|chromosome\s+17|chr\s?17|d17z1|centromere(?:s)?(?:\s+17)?)\s{0,2}(?:signals?|copies|copy\s+number|centromeres)?
(?:\s+(?:per|/)\s{0,2}(?:tumou?r\s+)?(?:cell|nucleus|nuclei)s?)?
[\s:=.|]{0,40}?(?:is\s+|of\s+|was\s+)?
(?P<value>\d{1,2}(?:\.\d{1,2})?)(?![\d%])
"""
ISH_CELLS = r"(?P<value>\d{2,3})\s+(?:tumou?r\s+)?(?:cells|nuclei)\s+(?:were\s+)?(?:counted|scored|evaluated|analy[sz]ed)|(?:cells|nuclei)\s+(?:counted|scored)\s{0,2}[:=]?\s{0,2}(?P<value2>\d{2,3})"
ISH_GROUP = r"(?<![A-Za-z])group\s{0,2}(?P<group>[1-5]|I{1,3}|IV|V)(?![A-Za-z0-9])"

# --- NGS and ctDNA (facts.md §7, §8.3, §8.5) --------------------------------------------------
NGS_CUE = r"""
(?<![A-Za-z])(?:
    next[\s-]generation\s+sequencing|NGS|sequencing|genomic\s+(?:profil|alteration|finding)|foundation\s?one|
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

# ERBB2 protein changes (facts.md §6, §8.4): one- and three-letter HGVS, duplications, exon 20.
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
EXON20_INSERTION = r"exon\s{0,2}20\s+(?:in-?frame\s+)?(?:insertion|ins(?![a-z])|duplication|dup(?![a-z]))(?:s)?"
THREE_TO_ONE = {
    "Ala": "A", "Arg": "R", "Asn": "N", "Asp": "D", "Cys": "C", "Gln": "Q", "Glu": "E", "Gly": "G", "His": "H",
    "Ile": "I", "Leu": "L", "Lys": "K", "Met": "M", "Phe": "F", "Pro": "P", "Ser": "S", "Thr": "T", "Trp": "W",
    "Tyr": "Y", "Val": "V", "Ter": "*",
}
VUS = r"(?<![A-Za-z])(?:VUS|variants?\s+of\s+(?:unknown|uncertain|undetermined)\s+(?:clinical\s+)?significance)(?![A-Za-z])"

# --- Context that makes a HER2 mention not a result (facts.md §8.10) --------------------------
# Each family maps to the `reason` reported in `mentions`.
CONTEXT_TRIGGERS: dict[str, str] = {
    # pending / ordered / sent out / separate report (facts.md §8.10 "pending, addendum ...")
    "pending": r"""
        (?<![A-Za-z])(?:pending|to\s+follow|will\s+be\s+(?:reported|issued|performed|sent|done|forthcoming|available)|
        (?:has|have)\s+been\s+(?:ordered|requested|sent|submitted)|(?:is|are|was|were)\s+(?:ordered|requested|being\s+performed)|
        in\s+progress|sent\s+(?:out|to)|send[\s-]out|reported\s+separately|separate\s+report|see\s+(?:the\s+)?(?:separate|addendum|report|prior|previous)|
        please\s+see|refer\s+to|forthcoming|awaiting|not\s+yet\s+(?:available|performed|reported)|previously\s+(?:reported|done|performed)|
        performed\s+on\s+(?:another|a\s+different|the\s+prior)\s+specimen\s*$|ordered(?![a-z])|requested(?![a-z])|
        will\s+be\s+reported\s+in\s+an\s+addendum|addendum\s+to\s+follow)(?![A-Za-z])""",
    # testing recommended / considered / not indicated (facts.md §8.10)
    "recommendation": r"""
        (?<![A-Za-z])(?:recommend(?:ed|s)?|consider(?:ed|ation)?|suggest(?:ed|s)?|advis(?:ed|able)|may\s+be\s+(?:performed|considered|warranted|helpful)|
        should\s+be\s+(?:performed|considered|tested|evaluated)|could\s+be\s+(?:performed|considered)|if\s+clinically\s+indicated|
        (?:is|are)\s+(?:not\s+)?indicated|can\s+be\s+(?:performed|requested|ordered)|upon\s+request|on\s+request|is\s+available|
        would\s+be|eligib(?:le|ility)|candidate)(?![A-Za-z])""",
    # conditional or general statements: "if HER2 is amplified", "HER2-positive (IHC 3+ or ISH+)"
    "hypothetical": r"""
        (?<![A-Za-z])(?:if|whether|unless|when\s+(?:present|positive|amplified)|in\s+(?:the\s+)?(?:case|setting)\s+of|
        defined\s+(?:as|by)|i\.e\.|such\s+as|for\s+example|e\.g\.)(?![A-Za-z])""",
    # history of an earlier or another cancer (facts.md §8.10 "history of another cancer")
    "history": r"""
        (?<![A-Za-z])(?:history\s+of|h/o|hx\s+of|past\s+medical|previously\s+diagnosed|prior\s+(?:history|diagnosis)|
        (?:remote|prior|previous|earlier)\s+(?:\w+\s+){0,3}(?:carcinoma|cancer|malignancy|tumou?r)|status\s+post|s/p|
        known\s+(?:\w+\s+){0,2}(?:carcinoma|cancer)|treated\s+for|survivor|in\s+(?:19|20)\d\d)(?![A-Za-z])""",
    # control tissue statements (facts.md §8.10)
    "control": r"(?<![A-Za-z])(?:(?:positive|negative|external|internal|known|on[\s-]slide|tissue|kit|(?:non-?)?amplified|appropriate)\s+controls?(?!\s+(?:are|were|is|was|performed|stained|reacted|worked|behaved|showed|show|appropriate|adequate|satisfactory|acceptable)(?![a-z]))|controls?\s+(?:tissue|slides?|sections?|cell\s+lines?|samples?|cases?)|cell\s+lines?|control\s+for)(?![A-Za-z])",
    # therapy and background statements in NGS interpretation text (facts.md §8.10 "drug mentions")
    "therapy": r"""
        (?<![A-Za-z])(?:trastuzumab|herceptin|pertuzumab|lapatinib|tucatinib|neratinib|deruxtecan|emtansine|T-?DXd|T-?DM1|enhertu|
        anti-?her-?2\s+(?:therap\w+|agents?|treatments?|drugs?|medicines?|antibod\w+\s+therap\w+)|her-?2[\s-](?:targeted|directed)|approved\s+(?:for|in|as)|fda\s+approval|clinical\s+trials?|(?:has|have)\s+been\s+(?:reported|observed|associated|described|shown)|
        (?:is|are)\s+(?:observed|reported|found|seen)\s+in|occurs?\s+in|patients\s+with|tumou?rs\s+with|sensitivity\s+to|resistance\s+to|
        response\s+to|benefit|literature|frequency|prevalence|indications?|basis\s+of|associated\s+with|\d{1,2}(?:\.\d)?%\s+of\s+(?:patients|cases|tumou?rs|\w+\s+cancers?))(?![A-Za-z])""",
    # scoring legends that list categories (facts.md §8.10 "legends and reference ranges"):
    # strong enough to set aside even a sentence that carries a score
    "legend": r"""
        (?<![A-Za-z])(?:defined\s+as|(?:is|are)\s+defined|definition\s+of|scored\s+as\s+follows|interpreted\s+as\s+follows|
        reference\s+range|interpretation\s+key|range\s+for\s+interpretation|
        (?:is|are)\s+(?:considered|regarded\s+as)\s+(?:\w+\s+)?(?:positive|negative|equivocal|amplified|borderline|indeterminate)|
        (?:positive|negative|equivocal)\s+(?:is|are)\s+(?:defined|considered)|
        (?:is|are)\s+reported\s+as\s+(?:non-?amplified|amplified|positive|negative)|
        (?:criteria|guidelines?|definitions?|defined\s+by)\s{0,2}:|follows?\s+(?:the\s+)?(?:\S+\s+){0,3}(?:criteria|guidelines?|rules?)|
        (?:is|are)\s+(?:required|needed)\s+for|qualif(?:y|ies)\s+as)(?![A-Za-z])""",
    # descriptions of a test (validation, reagents, guidelines): a reason for a mention without a value
    "methods": r"""
        (?<![A-Za-z])(?:criteria|guidelines?|validated|validation|analyte\s+specific\s+reagents?|ASRs?|FDA[\s-](?:cleared|approved)|
        cleared\s+or\s+approved|laboratory\s+developed|limitations?|performance\s+characteristics|probe\s+kit|antibod(?:y|ies)|clone|
        directed\s+against|designed\s+to|is\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:assay|test|method)|method\s+for|used\s+to\s+(?:detect|assess|evaluate))(?![A-Za-z])""",
}

# Section headers: a line that is only a header (or a header and a colon).
SECTION_HEADER = r"""
^[ \t]{0,8}(?:\d{1,2}[.)]\s{1,3})?
(?P<name>
    final\s+(?:pathologic(?:al)?\s+)?diagnos[ie]s | diagnos[ie]s | addendum(?:\s+(?:\#?\d+|report|diagnosis|comment))? | amended\s+(?:report|diagnosis)? |
    revised\s+(?:report|diagnosis)? | corrected\s+(?:report|diagnosis)? | amendment |
    comments? | notes? | clinical\s+(?:history|information|data|notes?) | (?:pertinent\s+)?(?:medical\s+)?history | indications?(?:\s+for\s+testing)? |
    methods? | methodology | test\s+(?:description|methodology|information|details) | about\s+(?:the|this)\s+test | assay\s+description |
    genes?\s+(?:tested|analy[sz]ed|assayed|included|evaluated|in\s+(?:this|the)\s+panel) | (?:full\s+)?gene\s+list | panel\s+genes |
    references? | disclaimers? | limitations? | background | gene\s+(?:description|summary|background) |
    (?:genomic\s+)?findings | results? | (?:biomarker|ancillary|special)\s+(?:studies|results|findings|testing) |
    interpretation | therapy\s+(?:associations?|implications?) | therapies | clinical\s+trials? |
    variants?\s+of\s+(?:unknown|uncertain)\s+significance | specimen(?:s|\s+information)? | gross\s+description | microscopic\s+(?:description|examination) |
    synoptic\s+report | summary | electronically\s+signed.* | signed\s+out.*
  | (?:reference\s+(?:ranges?|values?|intervals?)|interpret(?:ation|ive)\s+(?:criteria|guidelines?|key)|scoring\s+(?:criteria|guidelines?|system|key|legend)|legend|key\s+to\s+(?:scores|results))\b[^\n]{0,60}
  | (?:(?:revised|amended|corrected|supplementary)\s+(?:report\s+)?)?addend(?:um|a)\b[^\n]{0,60} | (?:revised|amended|corrected)\s+report\b[^\n]{0,60}
)
[ \t]{0,4}:?[ \t]{0,4}$
"""

# Which section names open text that does not report this patient's result.
SECTION_KINDS: tuple[tuple[str, str], ...] = (
    (r"^(?:methods?|methodology|test\s|about|assay|genes?\s|(?:full\s+)?gene\s+list|panel\s+genes)", "methods"),
    (r"^(?:references?|disclaimers?|limitations?|background|gene\s+(?:description|summary|background))", "methods"),
    (r"^(?:reference\s|interpret\w+\s+(?:criteria|guideline|key)|scoring\s|legend|key\s)", "methods"),
    (r"^(?:therap|clinical\s+trial)", "therapy"),
    (r"^(?:clinical|(?:pertinent\s+)?(?:medical\s+)?history|indication)", "history"),
    (r"^(?:addendum|amended|revised|corrected|amendment)", "addendum"),
    (r"^(?:final|diagnos)", "diagnosis"),
    (r"^(?:electronically|signed)", "other"),
)

# Wording that says a later result replaces an earlier one (facts.md §8.10 conflicts).
REVISION = r"(?<![A-Za-z])(?:amended|revised|revision|corrected|correction|supersedes?|replaces?|in\s+place\s+of|changed\s+to|updated\s+(?:result|report|diagnosis))(?![A-Za-z])"

# A form that prints every choice ("o Negative 0 Positive") is a blank checkbox, not a result.
CHOICE_LIST = r"""
(?:negative|positive|equivocal)\s{0,3}[,/|]?\s{0,3}(?:[o0□☐■\[\]_()xX]\s{0,3}){0,2}(?:or\s+)?(?:negative|positive|equivocal)(?![A-Za-z])
"""

# --- Tumor site (facts.md §2-§4: the scoring rules differ) ------------------------------------
CANCER_SITE_WORDS: dict[str, str] = {
    "colorectal": r"colorectal|colon(?:ic)?|rect(?:um|al)|rectosigmoid|sigmoid|c(?:a|ae)?ec(?:um|al)|large\s+(?:bowel|intestine)|(?:hemi)?colectomy|splenic\s+flexure|hepatic\s+flexure",
    "breast": r"breast|mammary|mastectomy|lumpectomy|ductal\s+carcinoma|lobular\s+carcinoma|DCIS|nipple",
    "gastric": r"gastric|stomach|gastrectomy|gastro-?o?esophageal\s+junction|esophago-?gastric\s+junction|GE\s+junction|GEJ|cardia|antrum|pylor(?:us|ic)|fundus",
    "esophageal": r"o?esophag(?:us|eal)|o?esophagectomy|barrett",
    "other": r"lung|pulmonary|bronch\w*|NSCLC|bladder|urothelial|endometri\w*|uter(?:us|ine)|ovar(?:y|ian)|fallopian|pancrea\w*|biliary|cholangio\w*|gallbladder|salivary|thyroid|renal|kidney|prostat\w*|hepatocellular|melanoma|cervi(?:x|cal)\s+(?:carcinoma|cancer)|head\s+and\s+neck|peritone\w*",
}
# Phrases naming the cancer itself weigh more than a bare site word.
CANCER_NOUN = r"(?:adeno)?carcinoma|cancer|malignancy|tumou?r|neoplasm|primary"
DIAGNOSIS_LINE = r"^[ \t]*(?:final\s+)?(?:diagnos[ie]s|specimen|site|tumou?r\s+site|primary\s+(?:tumou?r\s+)?site|procedure|tumou?r\s+type|histolog\w+\s+type|cancer\s+type|indication)\b"

# --- Related markers for the explanation (facts.md §4: RAS/BRAF and MSI/MMR) ------------------
RAS_GENE = r"(?<![A-Za-z0-9])(?P<gene>KRAS|NRAS|BRAF|(?:all\s+|extended\s+)?RAS)(?![A-Za-z0-9])"
WILD_TYPE = r"(?<![A-Za-z])(?:wild[\s-]?type|wt(?![a-z])|no\s+(?:pathogenic\s+|reportable\s+|clinically\s+significant\s+)?(?:mutations?|variants?|alterations?)(?:\s+(?:were\s+|was\s+)?(?:detected|identified|found|seen))?|not\s+(?:detected|identified|found|mutated|present|seen|observed)|negative|normal|none\s+(?:detected|identified|found)|non-?mutated|absent|unmutated)(?![A-Za-z])"
MUTANT = r"(?<![A-Za-z])(?:mutant|mutated|mutation\s+(?:detected|identified|present|positive)|(?:is\s+)?detected|positive|present|p\.[A-Z])(?![A-Za-z])"
MSI = r"""
(?<![A-Za-z])(?:
    (?P<high>MSI[\s-]?H(?:igh)?|microsatellite\s+instability[\s-]{0,3}(?:\(MSI\)\s*[:-]?\s*)?high|high\s+(?:level\s+)?microsatellite\s+instability|MSI\s*(?:status)?\s*[:=]\s*(?:high|unstable))
  | (?P<low>MSI[\s-]?L(?:ow)?|microsatellite\s+instability[\s-]{0,3}low|MSI\s*(?:status)?\s*[:=]\s*low)
  | (?P<stable>MSS|MS[\s-]stable|MSI[\s-]stable|microsatellite[\s-]stable|microsatellite\s+(?:instability\s+)?(?:status\s+)?(?:\(MSI\)\s*)?[:=-]?\s*stable|MSI\s*(?:status)?\s*[:=]\s*(?:stable|MSS|negative|not\s+detected)|no\s+evidence\s+of\s+microsatellite\s+instability)
)(?![A-Za-z])
"""
MMR = r"""
(?<![A-Za-z])(?:
    (?P<proficient_neg>no\s+loss\s+of\s+(?:nuclear\s+)?(?:expression|staining))
  | (?P<deficient>dMMR|MMR[\s-]?deficien\w*|mismatch\s+repair[\s-](?:protein\s+)?deficien\w*|deficient\s+(?:mismatch\s+repair|MMR)|
        loss\s+of\s+(?:nuclear\s+)?(?:expression|staining)|(?:MLH1|PMS2|MSH2|MSH6)\s*(?:\([^)]{0,20}\))?\s*[:=-]?\s*(?:lost|loss|absent|negative|deficient)(?![A-Za-z]))
  | (?P<deficient2>(?:MMR|mismatch\s+repair)\b[^\n.]{0,60}?\b(?:deficien\w*|lost|loss|absent))
  | (?P<proficient2>(?:MMR|mismatch\s+repair)\b[^\n.]{0,60}?\b(?:proficien\w*|intact|retained|preserved))
  | (?P<proficient>pMMR|MMR[\s-]?proficien\w*|mismatch\s+repair[\s-](?:protein\s+)?proficien\w*|proficient\s+(?:mismatch\s+repair|MMR)|
        (?:intact|retained|preserved)\s+(?:nuclear\s+)?(?:expression|staining)|(?:MLH1|PMS2|MSH2|MSH6)\s*(?:\([^)]{0,20}\))?\s*[:=-]?\s*(?:intact|retained|preserved|present|positive)(?![A-Za-z]))
)
"""

# The first words of a table row naming a specimen ("A. Primary", "Part 2", "Liver metastasis"):
# further rows of a HER2 table whose own cells do not repeat the name HER2.
SPECIMEN_ROW = r"""
^[ \t|]{0,6}(?:[A-H](?:\d{1,2})?[.):]\s|\d{1,2}[.)]\s|part\s{0,2}[A-Z0-9]|specimen\s{0,2}[A-Z0-9]|block\s{0,2}[A-Z0-9]|focus|foci|tumou?r\s{0,2}[A-Z0-9]|
primary|metasta|liver|lung|lymph\s+node|node|biopsy|resection|excision|core|lesion|site|left|right|mass|nodule)
"""

SENTENCE_END = r"(?<=[A-Za-z]{2}|[0-9)\]%+])\.(?=\s+[A-Z(])|\n\s*\n|;"


@dataclass(frozen=True)
class Compiled:
    her2: regex.Pattern[str]
    non_result_compound: regex.Pattern[str]
    other_marker_ci: regex.Pattern[str]
    other_marker_cs: regex.Pattern[str]
    panel_gene: regex.Pattern[str]
    gene_like: regex.Pattern[str]
    ihc_score: regex.Pattern[str]
    call_word: regex.Pattern[str]
    clone: regex.Pattern[str]
    percent: regex.Pattern[str]
    percent_of_cells: regex.Pattern[str]
    no_staining: regex.Pattern[str]
    her2_low: regex.Pattern[str]
    ish_method: regex.Pattern[str]
    amp_word: regex.Pattern[str]
    amp_neg_before: regex.Pattern[str]
    amp_neg_after: regex.Pattern[str]
    amp_pos_after: regex.Pattern[str]
    amp_pos_before: regex.Pattern[str]
    amp_equivocal: regex.Pattern[str]
    ratio: regex.Pattern[str]
    ratio_bare: regex.Pattern[str]
    threshold: regex.Pattern[str]
    threshold_expr: regex.Pattern[str]
    ish_copy: regex.Pattern[str]
    ish_copy_after: regex.Pattern[str]
    ish_cep17: regex.Pattern[str]
    ish_cells: regex.Pattern[str]
    ish_group: regex.Pattern[str]
    ngs_cue: regex.Pattern[str]
    ctdna_cue: regex.Pattern[str]
    copy_number: regex.Pattern[str]
    protein_change: regex.Pattern[str]
    exon20: regex.Pattern[str]
    vus: regex.Pattern[str]
    context: dict[str, regex.Pattern[str]]
    section_header: regex.Pattern[str]
    section_kinds: tuple[tuple[regex.Pattern[str], str], ...]
    revision: regex.Pattern[str]
    choice_list: regex.Pattern[str]
    site_words: dict[str, regex.Pattern[str]]
    cancer_phrase: dict[str, regex.Pattern[str]]
    diagnosis_line: regex.Pattern[str]
    ras_gene: regex.Pattern[str]
    wild_type: regex.Pattern[str]
    mutant: regex.Pattern[str]
    msi: regex.Pattern[str]
    mmr: regex.Pattern[str]
    sentence_end: regex.Pattern[str]
    specimen_row: regex.Pattern[str]


def _c(pattern: str, flags: int = FLAGS) -> regex.Pattern[str]:
    return regex.compile(pattern, flags)


@cache
def compiled() -> Compiled:
    """All patterns, compiled once per process."""
    gene_alt = "|".join(PANEL_GENES)
    return Compiled(
        her2=_c(HER2_NAME),
        non_result_compound=_c(HER2_NON_RESULT_COMPOUND),
        other_marker_ci=_c(OTHER_MARKER_CI),
        other_marker_cs=_c(OTHER_MARKER_CS, regex.VERBOSE),
        panel_gene=_c(rf"(?<![A-Za-z0-9])(?:{gene_alt})(?![A-Za-z0-9])", regex.VERBOSE),
        gene_like=_c(GENE_LIKE, regex.VERBOSE),
        ihc_score=_c(IHC_SCORE),
        call_word=_c(CALL_WORD),
        clone=_c(IHC_CLONE),
        percent=_c(PERCENT_CELLS),
        percent_of_cells=_c(PERCENT_OF_CELLS),
        no_staining=_c(NO_STAINING),
        her2_low=_c(HER2_LOW),
        ish_method=_c(ISH_METHOD, regex.VERBOSE),
        amp_word=_c(AMPLIFICATION_WORD),
        amp_neg_before=_c(AMP_NEGATION_BEFORE),
        amp_neg_after=_c(AMP_NEGATION_AFTER),
        amp_pos_after=_c(AMP_POSITIVE_AFTER),
        amp_pos_before=_c(AMP_POSITIVE_BEFORE),
        amp_equivocal=_c(AMP_EQUIVOCAL_NEAR),
        ratio=_c(ISH_RATIO),
        ratio_bare=_c(ISH_RATIO_BARE),
        threshold=_c(THRESHOLD_WORDS),
        threshold_expr=_c(THRESHOLD_EXPR),
        ish_copy=_c(ISH_COPY_NUMBER),
        ish_copy_after=_c(ISH_COPY_NUMBER_AFTER),
        ish_cep17=_c(ISH_CEP17),
        ish_cells=_c(ISH_CELLS),
        ish_group=_c(ISH_GROUP),
        ngs_cue=_c(NGS_CUE),
        ctdna_cue=_c(CTDNA_CUE),
        copy_number=_c(COPY_NUMBER),
        protein_change=_c(PROTEIN_CHANGE, regex.VERBOSE),
        exon20=_c(EXON20_INSERTION),
        vus=_c(VUS),
        context={name: _c(p) for name, p in CONTEXT_TRIGGERS.items()},
        section_header=_c(SECTION_HEADER, FLAGS | regex.MULTILINE),
        section_kinds=tuple((_c(p), kind) for p, kind in SECTION_KINDS),
        revision=_c(REVISION),
        choice_list=_c(CHOICE_LIST),
        site_words={k: _c(rf"(?<![A-Za-z])(?:{v})(?![A-Za-z])") for k, v in CANCER_SITE_WORDS.items()},
        cancer_phrase={
            k: _c(
                rf"(?<![A-Za-z])(?:(?:{v})(?:\s+\w+){{0,2}}[,:;\s][^\n.]{{0,50}}?(?:{CANCER_NOUN})|(?:{v})\s+(?:\w+\s+){{0,2}}(?:{CANCER_NOUN})|(?:{CANCER_NOUN})\s+(?:of|from|in|involving)\s+(?:the\s+)?(?:\w+\s+){{0,2}}(?:{v}))(?![A-Za-z])"
            )
            for k, v in CANCER_SITE_WORDS.items()
        },
        diagnosis_line=_c(DIAGNOSIS_LINE, FLAGS | regex.MULTILINE),
        ras_gene=_c(RAS_GENE, regex.VERBOSE),
        wild_type=_c(WILD_TYPE),
        mutant=_c(MUTANT),
        msi=_c(MSI),
        mmr=_c(MMR),
        sentence_end=_c(SENTENCE_END, regex.VERBOSE),
        specimen_row=_c(SPECIMEN_ROW, FLAGS | regex.MULTILINE),
    )
