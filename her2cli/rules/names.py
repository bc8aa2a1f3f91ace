"""Names of HER2 (docs/clinical-rules.md §1), and the other markers and genes whose values are theirs."""

from __future__ import annotations

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
# (docs/clinical-rules.md §8 traps: "HER2-enriched", drug mentions).
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

# Panel gene symbols used to recognise a gene list that merely names ERBB2 (docs/clinical-rules.md §8 traps).
PANEL_GENES = [
    "ABL1",
    "AKT1",
    "AKT2",
    "ALK",
    "APC",
    "AR",
    "ARAF",
    "ARID1A",
    "ATM",
    "ATR",
    "BAP1",
    "BRAF",
    "BRCA1",
    "BRCA2",
    "CCND1",
    "CCNE1",
    "CDH1",
    "CDK4",
    "CDK6",
    "CDKN2A",
    "CHEK2",
    "CTNNB1",
    "DDR2",
    "EGFR",
    "ERBB3",
    "ERBB4",
    "ESR1",
    "EZH2",
    "FBXW7",
    "FGFR1",
    "FGFR2",
    "FGFR3",
    "FGFR4",
    "FLT3",
    "GNA11",
    "GNAQ",
    "GNAS",
    "HRAS",
    "IDH1",
    "IDH2",
    "JAK2",
    "KDR",
    "KIT",
    "KRAS",
    "MAP2K1",
    "MAP2K2",
    "MET",
    "MLH1",
    "MSH2",
    "MSH6",
    "MTOR",
    "MYC",
    "NF1",
    "NF2",
    "NOTCH1",
    "NRAS",
    "NTRK1",
    "NTRK2",
    "NTRK3",
    "PALB2",
    "PDGFRA",
    "PIK3CA",
    "PIK3R1",
    "PMS2",
    "POLE",
    "PTEN",
    "RAF1",
    "RB1",
    "RET",
    "ROS1",
    "SMAD4",
    "SMARCB1",
    "SMO",
    "SRC",
    "STK11",
    "TP53",
    "TSC1",
    "TSC2",
    "VHL",
]

# Any gene-like symbol with a digit (RNF43, TP53, ARID1A): a variant after it is that gene's.
GENE_LIKE = r"(?<![A-Za-z0-9])(?!ERBB2|HER2|CEP17|D17Z1)[A-Z][A-Z0-9]{1,6}\d[A-Z0-9]{0,3}(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?:KRAS|NRAS|HRAS|BRAF|APC|ATM|ALK|RET|MET|KIT|PTEN|SMAD4|RB1|NF1|MYC)(?![A-Za-z0-9])"
