"""IHC value tokens (docs/clinical-rules.md §8.1, §2): scores, call words, clones, share of cells, HER2-low wording."""

from __future__ import annotations

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

# The lab's own word for an IHC or overall result (docs/clinical-rules.md §8.1, §8.6, §8.7).
CALL_WORD = r"""
(?<![A-Za-z])
(?:
    (?P<neg>negative|neg\.?(?![a-z])|not\s+over-?express(?:ed|es|ing)?|no\s+over-?expression|does\s+not\s+over-?express|
        not\s+(?:identified|detected|seen|present|observed)(?!\s+(?:in|on)\s+(?:this|the)\s+(?:specimen|sample)))
  | (?P<eq>equivocal|equiv\.(?![a-z])|borderline|indeterminate|inconclusive)
  | (?P<pos>(?<!weakly\s)positive|pos\.?(?![a-z])|over-?expressed|strongly\s+over-?express(?:ed|es))
  | (?P<weak>weakly\s+positive)
)
(?![A-Za-z])
"""

# Antibody clones and kits (docs/clinical-rules.md §1).
IHC_CLONE = r"""
(?<![A-Za-z0-9])(?:
    (?P<c4b5>4B5) | (?P<hercep>hercep[\s-]?test) | (?P<cb11>CB-?11) | (?P<a0485>A0?485) | (?P<sp3>SP3)
  | (?P<oracle>bond\s+oracle)
)(?![A-Za-z0-9])
"""
CLONE_NAMES = {
    "c4b5": "4B5",
    "hercep": "HercepTest",
    "cb11": "CB11",
    "a0485": "A0485",
    "sp3": "SP3",
    "oracle": "Bond Oracle",
}

PERCENT_CELLS = r"(?<![\d.])(?P<pct>\d{1,3}(?:\.\d)?)\s{0,2}%"
# "in 80% of invasive tumor cells": the share of cells a score describes
PERCENT_OF_CELLS = r"(?<![\d.<>])(?P<pct>\d{1,3}(?:\.\d)?)\s{0,2}%\s+(?:of\s+)?(?:the\s+)?(?:invasive\s+|viable\s+)?(?:tumou?r|cancer|carcinoma|neoplastic|cells|invasive)"
# The qualifier written before a share of cells (">50%", "at least 10%", "~30%", "approximately
# 5%"), read from the text that ends right at the number; one group per canonical qualifier.
PERCENT_QUALIFIER = r"""
(?:
    (?P<ge>>=|≥|=>|(?<![A-Za-z])at\s+least|(?<![A-Za-z])not\s+less\s+than)
  | (?P<le><=|≤|=<|(?<![A-Za-z])up\s+to|(?<![A-Za-z])not\s+more\s+than)
  | (?P<gt>>|(?<![A-Za-z])(?:more|greater)\s+than|(?<![A-Za-z])over)
  | (?P<lt><|(?<![A-Za-z])(?:less|fewer)\s+than|(?<![A-Za-z])under|(?<![A-Za-z])below)
  | (?P<about>~|≈|(?<![A-Za-z])(?:about|approximately|approx\.?|around|roughly|circa|ca\.|an\s+estimated))
)\s{0,2}$
"""
PERCENT_QUALIFIER_CODES = {"ge": ">=", "le": "<=", "gt": ">", "lt": "<", "about": "about"}
# A row label that says its percentage is the share of stained cells ("Percentage of tumor cells
# stained: 70%"): such a row on the line after the score belongs to it.
PERCENT_ROW_LABEL = r"^[ \t]{0,8}(?:percent(?:age)?|proportion|extent|fraction|%)[^\n%]{0,50}?(?:cells|stain\w*)[^\n%\d]{0,20}$"
# Words that make a percentage part of a scoring rule or legend ("HERACLES: amplified when ratio
# >= 2 in >= 50% of cells", "criteria: 3+ in >10% of cells"), not a share measured on this tumor.
PERCENT_RULE_CONTEXT = (
    r"(?<![A-Za-z])(?:criteria|criterion|HERACLES|ASCO|Hofmann|guidelines?|defined\s+as|when|if|"
    r"cut-?offs?|thresholds?|requires?|required)(?![A-Za-z])"
)
# "Score 0 (no staining)": IHC 0 with no staining at all is HER2-null, not ultralow
NO_STAINING = r"no\s+(?:membran\w+\s+)?(?:staining|reactivity|immunoreactivity)|absent\s+staining|null(?![a-z])|completely\s+negative"

# Breast HER2-low / ultralow wording (docs/clinical-rules.md §2, §8.8).
HER2_LOW = r"""
(?<![A-Za-z])(?:
    (?P<ultralow>(?:her-?2[\s-]{0,2})?ultra-?low|(?:ihc|score)\s{0,2}0\+|>\s{0,2}0\s{0,2}<\s{0,2}1\+)
  | (?P<low>(?:her-?2|erbb2)(?:/neu)?[\s-]{0,2}low(?![a-z])|low\s+her-?2(?:\s+expression)?(?![a-z])|her-?2[\s-]{0,2}low[\s-]expressi\w+)
  | (?P<zero>her-?2[\s-]{0,2}(?:zero|null)(?![a-z])|her-?2[\s-]{0,2}0(?![\d.+]))
)
"""

# --- formerly inline in the readers (compiled with the flags noted) ---------------------------
# "HER2 FISH score 2": an IHC word between an ISH method and a score makes the score IHC again (I)
IHC_WORD = r"ihc|immuno"
# two different scores offered as alternatives: "IHC 3+ in >= 50% of cells, or IHC 2+ with ..." (case-sensitive)
SCORE_ALTERNATIVES = r"(?P<a>[0-3])\s?\+[^.;\n]{0,80}?\b(?:or|and/or)\b[^.;\n]{0,30}?(?P<b>[0-3])\s?\+"
# the end of a statement that may list a legend's scores: a full stop before a capital, a blank line (case-sensitive)
LEGEND_STOP = r"\.(?=\s+[A-Z(])|\n[ \t]*\n"
# a score named as the bar a subgroup of cells did not reach, not a score given (issue 10, defect 1):
# "below the 10% threshold for a 3+ score", "does not meet criteria for 3+", "short of the cut-off for IHC 3+"
SCORE_AS_THRESHOLD = (
    r"(?:threshold|criteria|criterion|cut-?off|definition|requirement|required|needed|necessary|enough|sufficient)"
    r"\s+(?:for|of)\s+(?:an?\s+)?(?:(?:IHC|HER-?2)\s+)?(?:score\s+(?:of\s+)?)?[0-3]\s?\+$"
)
# a cut-off written as a comparison ("< 2.0", ">=4.0") in a value's sentence (case-sensitive)
CUTOFF_NUMBER = r"(?:<|>)=?\s{0,2}\d\.\d"
