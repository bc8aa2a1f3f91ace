"""Facts only the report's words give: setting, treatment, sample adequacy, named rules, receptors.

Read once from the report's full text (api.explain_document passes it); only these values are kept,
never the text. `facts.derive_facts` combines them with the engine's Result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---- facts the report states in words (read from its text once, in api.explain_document) ----
# Each pattern is a phrase family, anchored on words, with no nested quantifiers (linear time).

_EARLY = re.compile(
    r"\bearly[- ]stage\b|\bstage\s+(?:I{1,3}|[123])[ABC]?\b(?!\s*(?:/|-|to)\s*(?:IV|4))"
    r"|\bypT[0-4is]|\bresidual\s+(?:invasive\s+)?(?:carcinoma|tumou?r|disease)\b",
    re.IGNORECASE,
)
_AFTER_TREATMENT = re.compile(
    r"\b(?:post[- ]?(?:neoadjuvant|treatment|therapy|chemotherapy)|(?:after|following)\s+neoadjuvant"
    r"|residual\s+(?:invasive\s+)?(?:carcinoma|tumou?r|disease)|treatment[- ]related\s+changes|ypT[0-4is])",
    re.IGNORECASE,
)
_NO_TUMOR = re.compile(
    r"\b(?:insufficient|inadequate|scant|too\s+little)\s+(?:viable\s+|invasive\s+)?(?:tumou?r|tissue|material|cellularity|cells)\b"
    r"|\bno\s+(?:viable\s+|invasive\s+|residual\s+)?(?:tumou?r|carcinoma)\s+(?:cells\s+)?(?:is\s+|are\s+)?(?:present|identified|seen)\b"
    r"|\btumou?r\s+(?:content|cellularity)\s+(?:is\s+|was\s+)?(?:too\s+low|insufficient|inadequate)\b"
    r"|\bquantity\s+not\s+sufficient\b",
    re.IGNORECASE,
)
_UNINTERPRETABLE = re.compile(
    r"\b(?:could|can)\s*not\s+be\s+(?:interpreted|evaluated|assessed|scored)\b|\buninterpretable\b|\bnot\s+evaluable\b"
    r"|\b(?:will\s+be|is\s+being)\s+repeated\b|\binterpretation\s+will\s+follow\b|\b(?:staining|controls?)\s+(?:failed|was\s+inadequate)\b",
    re.IGNORECASE,
)
_STAIN_WORDS = re.compile(r"\bHER-?\s?2|\bstain|\bIHC\b|\bimmunohisto", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.;\n]+")
_ISH_NOT_POSSIBLE = re.compile(
    r"\b(?:insufficient|inadequate|not\s+enough)\b[^.\n]{0,30}\bfor\s+(?:in\s+situ\s+hybridi[sz]ation|ISH|FISH|SISH|CISH|DISH)\b"
    r"|\b(?:in\s+situ\s+hybridi[sz]ation|ISH|FISH)\s+(?:could|can)\s*not\s+be\s+performed\b",
    re.IGNORECASE,
)
_ISH_REQUESTED = re.compile(
    r"\b(?:ISH|FISH|SISH|CISH|DISH|in\s+situ\s+hybridi[sz]ation)\b[^.\n]{0,40}?"
    r"\b(?:requested|ordered|pending|sent\s+out|to\s+follow|will\s+be\s+(?:issued|reported|performed))\b",
    re.IGNORECASE,
)
_REVISED_CALL = re.compile(
    r"\b(?:HER-?2[^.\n]{0,40}?)?\b(?:revised|amended|changed|corrected)\s+(?:from\s+(?:\w+\s+){1,2})?to\s+(?P<call>positive|negative|equivocal)\b",
    re.IGNORECASE,
)
_PLUS_LEVELS = re.compile(r"\bamplification\s+level\s*:?\s*\+{1,3}", re.IGNORECASE)
# gene-activity (expression) results that read like a HER2 result but are not one (facts.md §1)
_ENRICHED = re.compile(
    r"\bHER-?2[- ]enriched\b"
    r"|\b(?:ERBB2|HER-?2)\s+(?:gene\s+)?(?:expression\s+(?:module|score|level|signature)|mRNA(?:\s+(?:expression|score|level))?)\b",
    re.IGNORECASE,
)
# "Clinical biomarker results (ER, PR, HER2) were not provided with the sample": HER2 was tested elsewhere
_NOT_PROVIDED = re.compile(
    r"\b(?:results?|status|biomarkers?)\b[^.\n]{0,40}\b(?:were|was|are|is)\s+not\s+(?:provided|available|included|sent|submitted)\b",
    re.IGNORECASE,
)
# the report says which of several samples should guide treatment
_GUIDING_SAMPLE = re.compile(
    r"\bshould\s+be\s+(?:considered|used)\s+for\s+(?:treatment|therapy|therapeutic)\s+(?:planning|decisions?)\b"
    r"|\b(?:should|will)\s+guide\s+(?:treatment|therapy)\b",
    re.IGNORECASE,
)
# the report names the kind of sample (biopsy, or a surgery sample such as a gastrectomy)
_SPECIMEN_KIND = re.compile(
    r"\b(?:gastrectomy|esophagectomy|oesophagectomy|esophagogastrectomy|resection)\b"
    r"|\bspecimen\b[^\n]{0,40}\bbiops(?:y|ies)\b|\b(?:gastric|stomach|antral|esophageal|oesophageal|GEJ)\s+biops(?:y|ies)\b"
    r"|\bendoscopic\s+biops(?:y|ies)\b",
    re.IGNORECASE,
)
_RULES = (
    ("ASCO/CAP", re.compile(r"\bASCO\s*/\s*CAP\b(?:[^.\n\d]{0,30}?\b((?:19|20)\d\d)\b)?", re.IGNORECASE)),
    ("HERACLES", re.compile(r"\bHERACLES\b", re.IGNORECASE)),
    ("Hofmann", re.compile(r"\bHofmann\b", re.IGNORECASE)),
    ("Rüschoff", re.compile(r"\bR(?:ü|u|ue)schoff\b", re.IGNORECASE)),
    ("ToGA", re.compile(r"\bToGA\b")),
    ("MyPathway", re.compile(r"\bMyPathway\b", re.IGNORECASE)),
)
# the report's own name for a cancer that is not one of the engine's tumor types
_NAMED_CANCERS = (
    (
        "lung",
        re.compile(
            r"\bnon[- ]small[- ]cell\s+(?:lung\s+)?(?:carcinoma|cancer)|\bNSCLC\b|\b(?:lung|pulmonary)\s+adenocarcinoma\b"
            r"|\blung\s+(?:cancer|carcinoma)\b|\badenocarcinoma\s+of\s+(?:the\s+)?lung\b"
            r"|\blung\b[^.\n]{0,40}\b(?:biopsy|resection|lobectomy|wedge)\b[^.\n]{0,40}\badenocarcinoma\b",
            re.IGNORECASE,
        ),
    ),
    (
        "urothelial",
        re.compile(r"\burothelial\s+carcinoma\b|\bbladder\s+(?:cancer|carcinoma)\b", re.IGNORECASE),
    ),
    (
        "endometrial",
        re.compile(
            r"\bendometri(?:al|oid)\s+(?:\w+\s+)?(?:carcinoma|cancer)\b|\buterine\s+serous\b", re.IGNORECASE
        ),
    ),
    (
        "biliary",
        re.compile(
            r"\bcholangiocarcinoma\b|\bbiliary\s+tract\b|\bgallbladder\s+(?:cancer|carcinoma|adenocarcinoma)\b",
            re.IGNORECASE,
        ),
    ),
    ("ovarian", re.compile(r"\bovar(?:y|ian)\b[^.\n]{0,30}\b(?:carcinoma|cancer|tumou?r)\b", re.IGNORECASE)),
    ("salivary", re.compile(r"\bsalivary\s+(?:gland\s+|duct\s+)?(?:carcinoma|cancer)\b", re.IGNORECASE)),
    ("pancreatic", re.compile(r"\bpancrea(?:s|tic)\b[^.\n]{0,20}\badenocarcinoma\b", re.IGNORECASE)),
)
_RECEPTOR = re.compile(
    r"\b(?P<name>ER|PR|PgR|estrogen\s+receptor|progesterone\s+receptor)\b(?:\s*\((?:ER|PR|PgR)\))?[\s:=-]{0,6}"
    r"(?:\([^)\n]{0,20}\)[\s:]{0,3})?(?P<value>positive|negative)\b",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|negative\s+for|without|free\s+of|absence\s+of)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


@dataclass(frozen=True)
class TextFacts:
    """Facts only the report's words give (no report text is kept, only these values)."""

    early_stage: bool = False
    after_treatment: bool = False
    no_tumor: bool = False
    uninterpretable: bool = False
    gene_expression_subtype: bool = False
    rules_named: tuple[str, ...] = ()
    cancer_named: str | None = None
    er: str | None = None
    pr: str | None = None
    plus_levels: bool = False
    ish_not_possible: bool = False
    ish_requested: bool = False
    adenocarcinoma_named: bool = False
    revised_call: str | None = None
    results_not_provided: bool = False  # the report says HER2 results exist but were not sent with it
    guiding_sample_named: bool = False  # the report says which sample's result guides treatment
    specimen_kind_named: bool = False  # biopsy or surgery sample (gastrectomy, resection) named


def _not_provided(text: str) -> bool:
    """HER2 named in a sentence saying results were not provided (so they exist elsewhere)."""
    return any(
        _NOT_PROVIDED.search(m.group()) and re.search(r"\bHER-?2\b", m.group(), re.IGNORECASE)
        for m in re.finditer(r"[^.\n]+", text)
    )


def _stated(pattern: re.Pattern[str], text: str) -> bool:
    """True when the pattern occurs not just after a negation ("no residual tumor")."""
    return any(
        not _NEGATED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) for m in pattern.finditer(text)
    )


# "per serous endometrial carcinoma criteria", "scored with gastric criteria": the report's own words
_DETERMINERS = {
    "these",
    "those",
    "this",
    "that",
    "such",
    "its",
    "their",
    "all",
    "any",
    "same",
    "standard",
    "usual",
    "above",
    "following",
}
_CRITERIA_PHRASE = re.compile(
    r"\b(?:per|using|with|by|according\s+to|under)\s+(?:the\s+)?(?P<name>(?:[A-Za-z/-]+\s+){1,4})(?:criteria|scoring\s+(?:criteria|system|rules))\b",
    re.IGNORECASE,
)


def _rules_named(text: str) -> tuple[str, ...]:
    """The scoring rules the report names: known guideline names, else its own "X criteria"."""
    names: list[str] = []
    for name, pattern in _RULES:
        m = pattern.search(text)
        if m:
            year = m.group(1) if m.groups() else None
            names.append(f"{name} {year}" if year else name)
    if not names:
        for sentence in _SENTENCE.finditer(text):
            m = _CRITERIA_PHRASE.search(sentence.group())
            words = m.group("name").split() if m else []
            if m and _STAIN_WORDS.search(sentence.group()) and words[0].lower() not in _DETERMINERS:
                names.append(" ".join(words) + " criteria")
                break
    return tuple(names)


_RECEPTOR_SHORTHAND = re.compile(
    r"\bER\s*/\s*PR(?:\s*/\s*HER-?2(?:/neu)?)?\s*(?:status)?\s*[:=]?\s*"
    r"(?P<er>[+-]|pos(?:itive)?|neg(?:ative)?)\s*/\s*(?P<pr>[+-]|pos(?:itive)?|neg(?:ative)?)(?![A-Za-z])",
    re.IGNORECASE,
)


def _sign(word: str) -> str:
    return "positive" if word.lower().startswith(("+", "pos")) else "negative"


def _receptors(text: str) -> tuple[str | None, str | None]:
    """ER and PR as the report gives them: "ER positive (95%)", "Estrogen receptor: negative",
    or the shorthand "ER/PR/HER2: +/+/-" (whose third value is HER2, read by the engine)."""
    short = _RECEPTOR_SHORTHAND.search(text)
    if short:
        return _sign(short.group("er")), _sign(short.group("pr"))
    er = pr = None
    for m in _RECEPTOR.finditer(text):
        name = m.group("name").lower()
        value = m.group("value").lower()
        if name in ("er", "estrogen receptor") and er is None:
            er = value
        elif name not in ("er", "estrogen receptor") and pr is None:
            pr = value
    return er, pr


def _revised_call(text: str) -> str | None:
    """The call an addendum revised the result to ("revised from EQUIVOCAL to POSITIVE"), last one wins."""
    calls = [m.group("call").lower() for m in _REVISED_CALL.finditer(text)]
    return calls[-1] if calls else None


def read_text_facts(text: str) -> TextFacts:
    """The report's own words about setting, treatment, sample adequacy, rules and receptors."""
    er, pr = _receptors(text)
    cancer = next((name for name, pattern in _NAMED_CANCERS if _stated(pattern, text)), None)
    return TextFacts(
        early_stage=_stated(_EARLY, text),
        after_treatment=_stated(_AFTER_TREATMENT, text),
        no_tumor=_stated(_NO_TUMOR, text),
        uninterpretable=any(
            _UNINTERPRETABLE.search(m.group()) and _STAIN_WORDS.search(m.group())
            for m in _SENTENCE.finditer(text)
        ),
        gene_expression_subtype=bool(_ENRICHED.search(text)),
        rules_named=_rules_named(text),
        cancer_named=cancer,
        plus_levels=bool(_PLUS_LEVELS.search(text)),
        ish_not_possible=bool(_ISH_NOT_POSSIBLE.search(text)),
        ish_requested=bool(_ISH_REQUESTED.search(text)),
        revised_call=_revised_call(text),
        results_not_provided=_not_provided(text),
        guiding_sample_named=bool(_GUIDING_SAMPLE.search(text)),
        specimen_kind_named=bool(_SPECIMEN_KIND.search(text)),
        adenocarcinoma_named=bool(re.search(r"\badenocarcinoma\b", text, re.IGNORECASE)),
        er=er,
        pr=pr,
    )
