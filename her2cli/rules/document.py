"""Whole-report vocabulary: tumor site (docs/clinical-rules.md §2-§4), related colorectal markers (§4), table rows and sentence ends."""

from __future__ import annotations

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

# --- Related markers for the explanation (docs/clinical-rules.md §4: RAS/BRAF and MSI/MMR) ------------------
RAS_GENE = r"(?<![A-Za-z0-9])(?P<gene>KRAS|NRAS|BRAF|(?:all\s+|extended\s+)?RAS)(?![A-Za-z0-9])"
WILD_TYPE = r"(?<![A-Za-z])(?:wild[\s-]?type|wt(?![a-z])|no\s+(?:pathogenic\s+|reportable\s+|clinically\s+significant\s+)?(?:mutations?|variants?|alterations?)(?:\s+(?:were\s+|was\s+)?(?:detected|identified|found|seen))?|not\s+(?:detected|identified|found|mutated|present|seen|observed)|negative|normal|none\s+(?:detected|identified|found)|non-?mutated|absent|unmutated|nativo|no\s+se\s+detecta(?:n|ron)?\s+mutaci(?:o|ó)n(?:es)?|no\s+detectad[ao]s?)(?![A-Za-z])"
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

# A bullet starts a new statement even without a full stop before it ("(ratio 2.5).\n- Residual ...").
SENTENCE_END = (
    r"(?<=[A-Za-z]{2}|[0-9)\]%+])\.(?=\s+[A-Z(])|\n\s*\n|;|\n(?=[ \t]{0,8}[-\u2022*][ \t]+[A-Za-z])"
)

# --- formerly inline in the readers (compiled with the flags noted) ---------------------------
# the gastro-oesophageal junction is scored by gastric rules (docs/clinical-rules.md §3) (I)
JUNCTION = r"junction|GEJ|cardia|gastro-?o?esophageal|esophago-?gastric"
# page numbers in running headers and footers (case-sensitive)
DIGIT_RUN = r"\d+"
# "in RAS wild-type metastatic colorectal cancer": a population, not a result (I, before the gene)
GENERIC_POPULATION_BEFORE = r"(?:\bin|\bfor|\bwith|\bpatients)\s+(?:all\s+|extended\s+)?$"
# only joiners between gene names: "KRAS, NRAS and BRAF: wild-type" (I)
GENE_LIST_JOINERS = r"^[\s,/and or]*$"
# "no mutations in KRAS, NRAS or BRAF" before a gene (I)
NO_MUTATIONS_IN_LIST = r"(?:no|without|negative\s+for)\s+(?:\w+\s+){0,3}(?:mutations?|variants?|alterations?)\s+(?:\w+\s+){0,3}(?:in|of|for)\s+(?:[\w/]+(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)){0,4}$"
# "low probability of MSI-H", "negative for MSI-H" (I, before an MSI word)
# "MSI-High: not detected", "MSI-High   NOT DETECTED", "MSI-H -- negative": a table row whose
# result column says the high state was not found is microsatellite stable (issue 11).
MSI_NEGATED_AFTER = (
    r"^[ \t:|=-]{0,60}(?:not\s+(?:detected|identified|found|present|seen)|negative|absent|none|no(?![a-z]))"
)
MSI_NEGATED_BEFORE = r"(?:low\s+probability\s+of|no\s+evidence\s+of|negative\s+for|not|unlikely|rule\s+out|predicts?|suggest\w*)\s+$"
