"""Status statements without a score (docs/clinical-rules.md §8.6, §8.7): "HER2: Negative", "negative for
HER2", "ER+, PR+, HER2-", "no HER2 overexpression", and the test they name."""

from __future__ import annotations

# "HER2 results: negative": a label that allows a longer gap before the call word (I)
RESULTS_LABEL = r"results?\s*:"
# words between the name and a call word that make the call someone else's (I)
CALL_GAP_BLOCKER = (
    r"\d\.\d|ratio|copy|signals|nodes?|margins?|invasion|lymph|vascular|perineural|metasta|resection|size"
)
# "negative for HER2", "positive for ER, PR and HER2" right before the name (I)
CALL_BEFORE_NAME = r"(?P<call>negative|positive|equivocal)\s+(?:for|of)[.,]?\s+(?:(?:the\s+)?[\w/.-]+(?:\s*\([^)]{0,15}\))?(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)){0,4}(?:the\s+)?$"
# "no overexpression of HER2", "shows overexpression of HER2" right before the name (I)
OVEREXPRESSION_BEFORE_NAME = r"(?P<neg>no|not|negative\s+for|does\s+not\s+(?:show|demonstrate|exhibit)|do\s+not\s+(?:show|demonstrate|exhibit)|without)\s+(?:\w+\s+){0,2}over-?expression\s+(?:of\s+)?(?:the\s+)?$|(?P<pos>shows?|demonstrates?|with)\s+(?:\w+\s+){0,1}over-?expression\s+of\s+$"
# "no HER2 overexpression": the negation before the name ... (I)
NO_EXPRESSION_BEFORE = r"(?:\bno|\bwithout|absence\s+of|negative\s+for|lack\s+of)\s+$"
# ... and the expression word after it (I)
EXPRESSION_AFTER = r"\s{0,2}(?:protein\s+)?(?:over-?expression|expression|positivity)"
# shorthand "HER2+" / "HER2-" (case-sensitive)
SIGN_AFTER_NAME = r"(?P<sign>[+-])(?=\s|[,.;)/]|$)"
# a hyphen at the end of a line is a word break, not a minus (case-sensitive)
DASH_AT_LINE_END = r"-\s*(?:\n|$)"
# "negative by FISH" (I)
BY_ISH_AFTER = r"\W{0,3}(?:by|on)\s+(?:FISH|CISH|SISH|DISH|ISH|in\s+situ)"
# "IHC: negative", "immunohistochemistry ... negative" (I)
IHC_BETWEEN = r"\bIHC\b|immunohisto|immunoperox|\bstain"
# "negative by IHC" (I)
BY_IHC_AFTER = r"\W{0,3}(?:by|on)\s+(?:IHC|immuno)"
# "... staining in under 10% of cells, and is therefore interpreted as negative": a call stated at
# the end of a staining description, however long the description (issue 11, family 4) (I, verbose;
# followed by ihc.CALL_WORD)
INTERPRETED_AS = r"(?<![A-Za-z])(?:interpreted|reported|read|called|scored|classified)\s+as\s+"
