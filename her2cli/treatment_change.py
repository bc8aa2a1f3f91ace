"""Whether the result before treatment that a report restates was HER2-positive (sentences23b).

A residual tumour after neoadjuvant anti-HER2 treatment often scores lower than the biopsy did
(facts.md §11): the summary of a negative, HER2-low residual tumour said only what HER2-low means,
though the tumour was HER2-positive before treatment and the reports say that earlier result still
matters for the treatment after surgery (variants16a v16a-f02-01, variants16b v16b-f02-01,
v16b-f02-04). The engine's post_treatment note names the earlier result in a few words
(interpret.samples.describe_result: "IHC 3+", "ISH amplified", "IHC 2+, ISH amplified").
"""

from __future__ import annotations

from .model import Result

POSITIVE_WORDS = frozenset({"IHC 3+", "ISH amplified", "NGS amplified"})


def positive_before_treatment(result: Result) -> bool:
    """The report restates a HER2-positive result from before treatment (its post_treatment note)."""
    for code, params in zip(result.warning_codes, result.warning_params, strict=False):
        if code == "post_treatment":
            earlier = {part.strip() for part in str(params.get("earlier", "")).split(",")}
            if earlier & POSITIVE_WORDS:
                return True
    return False
