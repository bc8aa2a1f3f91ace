"""Context that makes a HER2 mention not a result (facts.md §8.10), and section headers."""

from __future__ import annotations

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
    # a request to test, even one that quotes a score ("outside biopsy HER2 2+? Please repeat
    # HER2 and FISH"): an order, not a result (issue 11, family 3)
    "order": r"""
        (?<![A-Za-z])(?:please\s+(?:\w+\s+){0,2}(?:perform|repeat|do|run|order|stain|test|add|send)|kindly\s+(?:perform|repeat|do)|
        requisition|clinician\s+request|requested\s+(?:tests?|stains?|studies)\s*:)(?![A-Za-z])
        | (?<![\d.])[0-3]\s?\+\s?\?""",
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
    # strong enough to set aside even a sentence that carries a score. "Scored using HERACLES
    # criteria:" followed by results per specimen names the method, not a legend (issue 11).
    "legend": r"""
        (?<![A-Za-z])(?:defined\s+as|(?:is|are)\s+defined|definition\s+of|scored\s+as\s+follows|interpreted\s+as\s+follows|
        reference\s+range|interpretation\s+key|range\s+for\s+interpretation|
        (?:is|are)\s+(?:considered|regarded\s+as)\s+(?:\w+\s+)?(?:positive|negative|equivocal|amplified|borderline|indeterminate)|
        (?:positive|negative|equivocal)\s+(?:is|are)\s+(?:defined|considered)|
        (?:is|are)\s+reported\s+as\s+(?:non-?amplified|amplified|positive|negative)|
        (?<!(?:scored|scoring|assessed|evaluated|interpreted|read)\s(?:[\w/()-]+\s){0,4})(?:criteria|guidelines?)\s{0,2}:|
        (?:definitions?|defined\s+by)\s{0,2}:|follows?\s+(?:the\s+)?(?:\S+\s+){0,3}(?:criteria|guidelines?|rules?)|
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

# --- formerly inline in the readers (compiled with the flags noted) ---------------------------
# "HER2+ breast cancer": the words between a HER2 name and another site (I, matched after the name)
ADJECTIVE_LEAD = r"[\s+-]{0,3}(?:positive|negative|pos|neg|amplified|low)?[\s,-]{0,3}(?:(?:metastatic|invasive|recurrent|advanced)\s+){0,2}"
# the cancer noun after a site word (I, matched after the site)
CANCER_NOUN_AFTER = r"\s+(?:\w+\s+){0,1}(?:cancer|carcinoma|adenocarcinoma|tumou?r|malignancy|disease)"
# "NEGATIVE FOR. HER2": a full stop after a preposition is an OCR artefact, not a sentence end (I)
DANGLING_WORD = r"(?<![A-Za-z])(?:for|of|to|with|and|the|in|by|or)$"
