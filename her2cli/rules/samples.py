"""Which sample a result was measured on (issue 11, families 1 and 6): cues for a result restated
from before treatment, for the sample after treatment, and specimen labels at a line's start.

Each pattern is case-insensitive and verbose; `samples()` compiles them once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

# "Pre-treatment biopsy", "prior to neoadjuvant chemotherapy", "before treatment" (facts.md §11)
PRE_TREATMENT = r"""(?<![A-Za-z])(?:
    pre-?\s?(?:treatment|therapy|neo-?adjuvant|chemo(?:therapy)?)
  | (?:prior|previous)\s+to\s+(?:\w+\s+){0,2}(?:neo-?adjuvant|chemo\w*|therapy|treatment)
  | before\s+(?:\w+\s+){0,2}(?:neo-?adjuvant|chemo\w*|therapy|treatment)
)(?![A-Za-z])"""
# The first biopsy of a tumor: pre-treatment only in a report on a sample after treatment
# (otherwise it is the same tumor's earlier specimen, whose result counts: facts.md §11).
FIRST_BIOPSY = r"""(?<![A-Za-z])(?:initial|original|diagnostic|baseline|first)\s+(?:\w+\s+){0,2}biops(?:y|ies)(?![A-Za-z])"""
# The sample this report describes, after treatment.
CURRENT_SAMPLE = r"""(?<![A-Za-z])(?:
    residual
  | post-?\s?(?:treatment|therapy|neo-?adjuvant|chemo(?:therapy)?)
  | after\s+(?:\w+\s+){0,2}(?:neo-?adjuvant|chemo\w*|therapy|treatment)
  | (?:present|current|this)\s+(?:\w+\s+)?(?:specimen|sample|resection|excision|gastrectomy|mastectomy|lumpectomy|tumou?r)
  | tumou?r\s+bed
)(?![A-Za-z])"""
# A report on a sample taken after (neoadjuvant) treatment. Not the bare word "neoadjuvant": a
# biopsy taken before treatment says "prior to neoadjuvant therapy" and its result is current.
POST_TREATMENT_REPORT = r"""(?<![A-Za-z])(?:
    residual\s+(?:invasive\s+)?(?:\w+\s+)?(?:carcinoma|adenocarcinoma|tumou?r|disease)
  | post-?\s?(?:neo-?adjuvant|treatment|therapy|chemo(?:therapy)?) | treatment\s+effect | yp\s?T\d
  | after\s+(?:\w+\s+){0,4}(?:chemo\w*|therap\w+|FLOT|treatment) | regression\s+grade | residual\s+cancer\s+burden
)(?![A-Za-z])"""
# A sample label at the start of a line: "A.", "B)", "(A)", "A:", "1.", "Part 2", "Specimen A",
# "Block B3", or a sample phrase ending in ":", " - " or a tab ("Liver metastasis:", "Left breast -").
LINE_LABEL = r"""^[ \t|*\u2022-]{0,6}
(?P<label>
    \(?[A-H]\d{0,2}[.):](?=\s)(?:[ \t]+[A-Za-z][\w ,/-]{0,40}?(?=\s{0,2}(?::|\s-\s|\s{2})))?
  | \(?\d{1,2}[.)](?=\s)(?:[ \t]+[A-Za-z][\w ,/-]{0,40}?(?=\s{0,2}(?::|\s-\s|\s{2})))?
  | (?:part|specimen|block|slide|sample|site|tumou?r|lesion|focus)\s{0,2}\#?[A-Z0-9]{1,3}(?![A-Za-z0-9])
  | (?:(?:left|right)\s+)?(?:\w+\s+){0,2}?(?:primary(?:\s+tumou?r)?|metastas[ie]s|breast|core(?:\s+needle)?\s+biopsy|excision|lumpectomy|mastectomy|resection|biopsy|lymph\s+node|lesion)(?=\s{0,2}(?::|\s-\s))
)"""
BLANK_LINE = r"\n[ \t]*\n"

_FLAGS = regex.IGNORECASE | regex.VERBOSE


@dataclass(frozen=True)
class SampleRules:
    pre_treatment: regex.Pattern[str]
    first_biopsy: regex.Pattern[str]
    current_sample: regex.Pattern[str]
    post_treatment_report: regex.Pattern[str]
    line_label: regex.Pattern[str]
    blank_line: regex.Pattern[str]


@cache
def samples() -> SampleRules:
    return SampleRules(
        pre_treatment=regex.compile(PRE_TREATMENT, _FLAGS),
        first_biopsy=regex.compile(FIRST_BIOPSY, _FLAGS),
        current_sample=regex.compile(CURRENT_SAMPLE, _FLAGS),
        post_treatment_report=regex.compile(POST_TREATMENT_REPORT, _FLAGS),
        line_label=regex.compile(LINE_LABEL, _FLAGS | regex.MULTILINE),
        blank_line=regex.compile(BLANK_LINE),
    )
