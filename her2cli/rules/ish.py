"""ISH value tokens (docs/clinical-rules.md §8.2): methods, amplification wording, ratio, copy numbers, groups, cut-offs."""

from __future__ import annotations

ISH_METHOD = r"""
(?<![A-Za-z])(?:
    (?P<method>FISH|CISH|SISH|DISH|DDISH|BDISH|ISH|IQFISH|PathVysion|INFORM)
  | (?P<dual>dual[\s-](?:probe|colou?r)[\s-](?:in\s+situ|ISH|hybridi[sz]ation))
  | (?P<long>(?:(?:fluorescen(?:t|ce)|chromogenic|silver|bright-?field)\s{1,3})?in[\s-]situ\s{1,3}hybridi[sz]ation)
  | (?P<ocr>FISZ|F1SH)
)(?![A-Za-z])
"""

# Polarity cues around the word "amplified"/"amplification" (docs/clinical-rules.md §8.2, §8.3, §8.6).
AMPLIFICATION_WORD = r"(?<![A-Za-z])(?P<prefix>non-?|un|not\s+|no\s+)?amplif(?:ied|ication|y|icad[oa]s?|icaci[oó]n|iziert)(?![a-z])|(?<![A-Za-z])amp(?![a-z])|co-?amplif(?:ied|ication)|(?P<gain>copy[\s-]number\s+gain|(?<![A-Za-z])gain(?=\s*[(:,|]|\s+of|\s*$))"
AMP_NEGATION_BEFORE = r"""
(?:\bno|\bnot|\bnon-?|\bwithout|\black\s+of|\babsence\s+of|\bnegative\s+for|\bno\s+evidence\s+of|\bnone|\bfree\s+of|\brule\s+out)
[.,]?(?:\s+\S+){0,4}\s*$
"""
# a table column may sit many spaces after its row label ("ERBB2   Amplification      Not detected")
AMP_NEGATION_AFTER = r"""
^[ \t]*[\s:.,()\-|]{0,4}(?:\S+\s+){0,6}?
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
(?:ratio|cociente|quotient)(?:\s+of)?\b
(?P<between>(?:[^<>;\n]|\n(?![ \t]*\n)){0,90}?)
(?<![A-Za-z/\-<>\d.]|chr[o0]m[o0]s[o0]me\s|chr\s|cep\s|chr[o0]m[o0]s[o0]me\s\s|(?:m[o0]n[o0]|tri|p[o0]ly|di)s[o0]m(?:y|ic)\s|[<>]=|[<>]=\s|[<>]\s)(?P<ratio>\d{1,2}(?:[.,]\d{1,3})?)(?![\d.]*\s{0,2}%)(?![.,]\d)(?![A-Za-z/\d])
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
# when the cut-off comes before the result words (docs/clinical-rules.md §8.10).
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

# --- formerly inline in the readers (compiled with the flags noted) ---------------------------
# "the ratio is derived from ...", "this ratio": a description of the ratio, not a measurement (I)
RATIO_DERIVED = r"^\s*(?:is|was)\s+(?:derived|calculated|obtained)|\bthis\s+ratio"
# a negation word before "amplification" that AMP_POSITIVE_BEFORE must not override (I)
NEGATION_WORD = r"\b(?:no|not|non|without|lack|absence|negative)\b"
