"""Whole-report vocabulary: tumor site (docs/clinical-rules.md §2-§4), related colorectal markers (§4), table rows and sentence ends."""

from __future__ import annotations

CANCER_SITE_WORDS: dict[str, str] = {
    "colorectal": r"colorectal|colon(?:ic)?|rect(?:um|al)|rectosigmoid|sigmoid|c(?:a|ae)?ec(?:um|al)|large\s+(?:bowel|intestine)|(?:hemi)?colectomy|splenic\s+flexure|hepatic\s+flexure|colorrectal|recto|rectosigma|sigmoides|ciego|(?:hemi)?colectom[ií]a|intestino\s+grueso",
    "breast": r"breast|mammary|mastectomy|lumpectomy|ductal\s+carcinoma|lobular\s+carcinoma|DCIS|nipple|mamm?a|mamari[oa]|mastectom[ií]a|tumorectom[ií]a|carcinoma\s+(?:ductal|lobulillar)|lobulillar|pez[oó]n",
    "gastric": r"gastric|stomach|gastrectomy|gastro-?o?esophageal\s+junction|esophago-?gastric\s+junction|GE\s+junction|GEJ|cardia|antrum|pylor(?:us|ic)|fundus|g[aá]stric[oa]|est[oó]mago|gastrectom[ií]a|uni[oó]n\s+(?:gastro-?esof[aá]gica|esofago-?g[aá]strica)|cardias|antro|p[ií]loro",
    "esophageal": r"o?esophag(?:us|eal)|o?esophagectomy|barrett|es[oó]fago|esof[aá]gic[oa]|esofagectom[ií]a",
    "other": r"lung|pulmonary|bronch\w*|NSCLC|bladder|urothelial|endometri\w*|uter(?:us|ine)|ovar(?:y|ian)|fallopian|pancrea\w*|biliary|cholangio\w*|gallbladder|salivary|thyroid|renal|kidney|prostat\w*|hepatocellular|melanoma|cervi(?:x|cal)\s+(?:carcinoma|cancer)|head\s+and\s+neck|peritone\w*|pulm[oó]n|pulmonar|vejiga|urotelial|[uú]tero|ovario|p[aá]ncreas|v[ií]as\s+biliares|ves[ií]cula\s+biliar|tiroides|ri[nñ][oó]n|pr[oó]stata",
}
# Phrases naming the cancer itself weigh more than a bare site word.
CANCER_NOUN = r"(?:adeno)?carcinoma|cancer|malignancy|tumou?r|neoplasm|primary|c[aá]ncer|neoplasia"
DIAGNOSIS_LINE = r"^[ \t]*(?:final\s+)?(?:diagnos[ie]s|specimen|site|tumou?r\s+site|primary\s+(?:tumou?r\s+)?site|procedure|tumou?r\s+type|histolog\w+\s+type|cancer\s+type|indication|diagn[oó]stico|muestra|procedimiento|material)\b"

# --- Related markers for the explanation (docs/clinical-rules.md §4: RAS/BRAF and MSI/MMR) ------------------
RAS_GENE = r"(?<![A-Za-z0-9])(?P<gene>KRAS|NRAS|BRAF|(?:all\s+|extended\s+)?RAS)(?![A-Za-z0-9])"
WILD_TYPE = r"(?<![A-Za-z])(?:wild[\s-]?type|wt(?![a-z])|no\s+(?:pathogenic\s+|reportable\s+|clinically\s+significant\s+)?(?:mutations?|variants?|alterations?)(?:\s+(?:were\s+|was\s+)?(?:detected|identified|found|seen))?|not\s+(?:detected|identified|found|mutated|present|seen|observed)|negative|normal|none\s+(?:detected|identified|found)|non-?mutated|absent|unmutated|nativ[oa]s?|negativ[oa]s?|no\s+mutad[oa]s?|sin\s+(?:mutaciones|variantes|alteraciones)|no\s+(?:se\s+)?(?:detectan?|detectad[oa]s?|identificad[oa]s?|observad[oa]s?|encontrad[oa]s?)(?:\s+(?:mutaciones|variantes|alteraciones))?)(?![A-Za-z])"
MUTANT = r"(?<![A-Za-z])(?:mutant|mutated|mutation\s+(?:detected|identified|present|positive)|(?:is\s+)?detected|positive|present|p\.[A-Z]|mutad[oa]|mutaci[oó]n\s+(?:detectada|presente)|detectad[oa]|positiv[oa]|presente)(?![A-Za-z])"
MSI = r"""
(?<![A-Za-z])(?:
    (?P<high>MSI[\s-]?H(?:igh)?|microsatellite\s+instability[\s-]{0,3}(?:\(MSI\)\s*[:-]?\s*)?high|high\s+(?:level\s+)?microsatellite\s+instability|MSI\s*(?:status)?\s*(?:(?:by|via)\s+\w+\s*|\([^)\n]{0,20}\)\s*)?[:=]\s*(?:high|unstable)|inestabilidad\s+de\s+microsat[eé]lites\s*(?:\(IMS\)\s*)?[:=-]?\s*alta|IMS[\s-]A(?:lta)?)
  | (?P<low>MSI[\s-]?L(?:ow)?|microsatellite\s+instability[\s-]{0,3}low|MSI\s*(?:status)?\s*(?:(?:by|via)\s+\w+\s*|\([^)\n]{0,20}\)\s*)?[:=]\s*low)
  | (?P<stable>MSS|MS[\s-]stable|MSI[\s-]stable|microsatellite[\s-]stable|microsatellite\s+(?:instability\s+)?(?:status\s+)?(?:\(MSI\)\s*)?(?:(?:by|via)\s+\w+\s*)?[:=-]?\s*stable|MSI\s*(?:status)?\s*(?:(?:by|via)\s+\w+\s*|\([^)\n]{0,20}\)\s*)?[:=]\s*(?:stable|MSS|negative|not\s+detected)|no\s+evidence\s+of\s+microsatellite\s+instability|microsat[eé]lites\s*(?:\(IMS\)\s*)?[:=-]?\s*estables?|(?:IMS|MSI)\s*[:=]\s*estable)
)(?![A-Za-z])
"""
MMR = r"""
(?<![A-Za-z])(?:
    (?P<proficient_neg>no\s+loss\s+of\s+(?:nuclear\s+)?(?:expression|staining)|sin\s+p[eé]rdida\s+de\s+(?:la\s+)?expresi[oó]n)
  | (?P<deficient>dMMR|MMR[\s-]?deficien\w*|mismatch\s+repair[\s-](?:protein\s+)?deficien\w*|deficient\s+(?:mismatch\s+repair|MMR)|
        loss\s+of\s+(?:nuclear\s+)?(?:expression|staining)|p[eé]rdida\s+de\s+(?:la\s+)?expresi[oó]n|(?:MLH1|PMS2|MSH2|MSH6)\s*(?:\([^)]{0,20}\))?\s*[:=-]?\s*(?:lost|loss|absent|negative|deficient|ausente|negativ[oa]|p[eé]rdida)(?![A-Za-z]))
  | (?P<deficient2>(?:MMR|mismatch\s+repair)\b(?:(?!\bno\s|\bnot\s|\bwithout\s|\bsin\s)[^\n.]){0,60}?\b(?:deficien\w*|lost|loss|absent|p[eé]rdida|ausente))
  | (?P<proficient2>(?:MMR|mismatch\s+repair)\b[^\n.]{0,60}?\b(?:proficien\w*|intact|retained|preserved|conservad[oa]s?|preservad[oa]s?|competente|intact[oa]s?))
  | (?P<proficient>pMMR|MMR[\s-]?proficien\w*|mismatch\s+repair[\s-](?:protein\s+)?proficien\w*|proficient\s+(?:mismatch\s+repair|MMR)|
        (?:intact|retained|preserved)\s+(?:nuclear\s+)?(?:expression|staining)|expresi[oó]n\s+(?:nuclear\s+)?(?:conservada|preservada|intacta|mantenida)|(?:MLH1|PMS2|MSH2|MSH6)\s*(?:\([^)]{0,20}\))?\s*[:=-]?\s*(?:intact|retained|preserved|present|positive|conservad[oa]|preservad[oa]|positiv[oa])(?![A-Za-z]))
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
JUNCTION = r"junction|GEJ|cardias?|gastro-?o?esophageal|esophago-?gastric|uni[oó]n|gastro-?esof[aá]gic[oa]|esofago-?g[aá]stric[oa]"
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
# A protein change the words right before it negate: "No V600E mutation detected", "negative for
# G12C", "sin V600E" (I, matched at the end of the text before the change; blind set 2).
VARIANT_NEGATED_BEFORE = (
    r"(?<![A-Za-z])(?:no|not|negative\s+for|without|absence\s+of|sin)\s+(?:(?:the|a|an)\s+)?(?:p\.\s?)?\(?$"
)
# ... or right after it: "V600E mutation: not detected", "V600E: no detectada" (I, matched at the
# change's end). Spanish forms included.
# The change may name the test before its result: "V600E (VE1) immunohistochemistry: negative",
# "V600E mutation analysis: negative".
VARIANT_NEGATED_AFTER = (
    r"[\s:,()|=-]{0,4}(?:\([^)\n]{0,20}\)\s*)?(?:(?:mutations?|variants?|alterations?|mutaci[oó]n)\s*[:,()|-]{0,2}\s*)?"
    r"(?:(?:IHC|immunohistochemistry|immunostain\w*|testing|test|analysis|status|by\s+PCR|PCR)\s*[:=|-]?\s*)?(?:is\s+|was\s+)?"
    r"(?:not\s+(?:detected|present|identified|found)|negative|absent|wild|no\s+(?:se\s+)?detectad?[oa]?|negativ[oa]|ausente|nativ[oa])"
)
# A gene named with its state as a kind of tumor or patient: "KRAS-mutant tumours respond poorly",
# "BRAF V600E-mutated cancers" - background about other patients, not this tumor's result
# (I, matched right after the gene name).
GENERIC_POPULATION_AFTER = (
    r"^[\s-]{0,2}(?:[A-Z]\d{2,4}[A-Z]?[\s-]{1,2})?(?:mutant|mutated|mutation-positive|wild[\s-]?type|positive|negative|altered)"
    r"\s+(?:\w+\s+){0,2}(?:tumou?rs|cancers|carcinomas|adenocarcinomas|patients|cases|populations?|subgroups?|cohorts?)(?![A-Za-z])"
)
# A report's own caveat that its negative results do not exclude an alteration (low shedding in
# blood, low tumor content): its "not detected" rows are then not wild-type (docs/clinical-rules.md §7, §10: a blood
# "not detected" is not the same as negative; I).
NEGATIVE_NOT_EXCLUDING = (
    r"(?:not[\s-]detected|negative)['\"’”]?\s+results?\b[^.\n]{0,80}?\b(?:does|do|may)\s+not\s+(?:exclude|rule\s+out|preclude)"
    r"|(?:cannot|can\s+not|could\s+not)\s+be\s+(?:excluded|ruled\s+out)"
)
# The caveat's clause must name these (a caveat about amplification alone leaves RAS/BRAF
# results standing: "a negative result does not exclude amplification"; I).
CAVEAT_MARKERS = r"(?<![A-Za-z])(?:[KN]?RAS|BRAF|MSI|mutations?|variants?|alterations?|(?:their|its)\s+presence)(?![A-Za-z])"
# Digits that OCR put for letters inside words ("n0 mutati0n detected", "N0T DETECTED",
# "wi1d-type"), folded back one for one before the related markers are read (case-sensitive;
# protein changes keep their digits: "V600E", "G12C").
RELATED_OCR_FOLDS = (
    (r"(?<=[a-z])0|(?<![0-9A-Za-z])0(?=[a-z]{2})", "o"),
    (r"(?<=[A-Z])0(?=[A-Z])", "O"),
    (r"(?<=[a-z])1(?=[a-z])", "l"),
)
# Protein changes a test covers are not results: "KRAS codons tested: G12C, G12D, G13D",
# "exon 2 mutation analysis (G12A, G12C, ...): NEGATIVE", "not detected (G12D, G12V tested)"
# (I; BEFORE is matched at the end of the words before the change, AFTER at its end).
VARIANTS_TESTED_BEFORE = (
    r"(?:tested|assessed|covered|screened|interrogated|analy[sz]ed|analysis|hotspots?|codons?|including|incl\.|panel)"
    r"(?![A-Za-z])[^.\n]{0,40}?[:(]\s*(?:[A-Z0-9]{2,6}\s+)?"
    r"(?:(?:p\.)?[A-Z]\d{1,4}[A-Z*]{0,3}\s*(?:,|/|;|and|or)\s*)*(?:p\.\s?)?\(?$"
)
VARIANTS_TESTED_AFTER = (
    r"(?:\s*(?:,|/|;|and|or)\s*(?:p\.)?[A-Z]\d{1,4}[A-Z*]{0,3})*\s*\)?[\s,]*(?:were\s+|are\s+|was\s+|is\s+)?"
    r"(?:tested|assessed|covered|screened|interrogated|analy[sz]ed|included)(?![A-Za-z])"
)
# A heading that says the genes listed under it had no alteration: "GENES WITH NO REPORTABLE
# ALTERATIONS (selected):", "No mutations detected in:" (I, MULTILINE; the list follows the colon).
NO_ALTERATIONS_HEADING = (
    r"^[ \t]*(?:genes?\s+(?:with\s+)?)?(?:no|without)\s+(?:\w+\s+){0,2}(?:alterations?|mutations?|variants?)"
    r"(?:\s+(?:were\s+)?(?:detected|identified|found))?(?:\s+in)?(?![A-Za-z])[^\n:]{0,60}:"
)

# An MSI or MMR state named as a kind of tumor or patient: "MSI-high tumors benefit", "dMMR
# colorectal cancers" - background, not this tumor's result (I, matched right after the state).
STATE_POPULATION_AFTER = (
    r"^[\s/-]{0,2}(?:(?:d|p)MMR|MSI[\s-]?H(?:igh)?|MSS)?[\s/-]{0,2}(?:\w+\s+){0,2}"
    r"(?:tumou?rs|cancers|carcinomas|patients|cases|populations?|subgroups?|cohorts?)(?![A-Za-z])"
)
# A heading over variants of uncertain significance: the genes listed under it are no result
# ("Variants of uncertain significance:\n  KRAS D33E"; I, MULTILINE).
VUS_HEADING = (
    r"^[ \t]*(?:VUS|variants?\s+of\s+(?:unknown|uncertain|undetermined)\s+(?:clinical\s+)?significance)"
    r"(?![A-Za-z])[^\n:]{0,40}:"
)
