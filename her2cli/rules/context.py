"""Section headers, revision and form wording, and the words around another cancer's name
(docs/clinical-rules.md §8.10); the context triggers themselves are data: data/rules/context.toml."""

from __future__ import annotations

# The context triggers (pending, recommendation, hypothetical, history, control, therapy, legend,
# methods) are rule records with examples in her2cli/data/rules/context.toml (rules/data.py).

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
    (
        r"^(?:methods?|methodology|test\s|about|assay|genes?\s|(?:full\s+)?gene\s+list|panel\s+genes)",
        "methods",
    ),
    (
        r"^(?:references?|disclaimers?|limitations?|background|gene\s+(?:description|summary|background))",
        "methods",
    ),
    (r"^(?:reference\s|interpret\w+\s+(?:criteria|guideline|key)|scoring\s|legend|key\s)", "methods"),
    (r"^(?:therap|clinical\s+trial)", "therapy"),
    (r"^(?:clinical|(?:pertinent\s+)?(?:medical\s+)?history|indication)", "history"),
    (r"^(?:addendum|amended|revised|corrected|amendment)", "addendum"),
    (r"^(?:final|diagnos)", "diagnosis"),
    (r"^(?:electronically|signed)", "other"),
)

# Wording that says a later result replaces an earlier one (docs/clinical-rules.md §8.10 conflicts).
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
