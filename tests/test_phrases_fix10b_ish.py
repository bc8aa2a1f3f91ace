"""An ISH ratio followed by a sentence about parts of the biopsy (fix10b, devset9 b9-f03-07).

"CISH: HER2 mean 5.3 copies/nucleus, CEN17 mean 2.2, ratio 2.41." then "Heterogeneity: amplified
cells clustered in 2 of 6 fragments; remaining fragments non-amplified (ratio ~1.2)." read the
ratio 2.41 as NOT amplified (the later sentence's negation won), clashing with the conclusion
"HER2 amplified": not found. An amplification word in a later sentence that describes an area or a
part of the biopsy (context.toml subregion-area, now with fragments and cores) is that area's,
not the measured ratio's result. Near-misses: the call in the ratio's own sentence stays; a later
sentence about the tumour in N of M fragments is no area of amplification.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GASTRIC = "Gastric biopsy, adenocarcinoma of the gastric body, biopsy x6.\nHER2 IHC: 2+\n"

HETEROGENEITY = {
    "fragments-amplified": (
        GASTRIC + "CISH: HER2 mean 5.3 copies/nucleus, CEN17 mean 2.2, ratio 2.41.\n"
        "Heterogeneity: amplified cells clustered in 2 of 6 fragments (~30% of tumour cells);\n"
        "remaining fragments non-amplified (ratio ~1.2).\n"
        "Conclusion: HER2 amplified (ratio >= 2.0) -- HER2 positive gastric adenocarcinoma.\n",
        "positive",
        2.41,
    ),
    "cores-amplified": (
        GASTRIC + "FISH: ratio 2.6, mean HER2 6.1 signals/cell.\n"
        "Heterogeneity: amplification confined to one of four cores; the other cores were not amplified.\n"
        "Interpretation: HER2 amplified.\n",
        "positive",
        2.6,
    ),
    "fragments-not-amplified": (
        GASTRIC + "SISH: ratio 1.3, mean HER2 2.9 copies/cell.\n"
        "Heterogeneity: amplified cells restricted to 1 of 5 fragments (<5% of cells); remaining fragments non-amplified.\n"
        "Conclusion: HER2 not amplified -- HER2 negative.\n",
        "negative",
        1.3,
    ),
}


@pytest.mark.parametrize("case", sorted(HETEROGENEITY))
def test_a_later_sentence_about_parts_of_the_biopsy_gives_the_ratio_no_call(case: str) -> None:
    text, status, ratio = HETEROGENEITY[case]
    result = explain_text(text)
    assert result.status == status
    assert result.ish is not None and result.ish.ratio == ratio


NEAR_MISSES = {
    # the call in the ratio's own sentence stays
    "own-sentence-call": (
        GASTRIC
        + "FISH: ratio 1.4, mean HER2 3.0 signals/cell, not amplified.\nCarcinoma present in 4 of 6 fragments.\n",
        "negative",
    ),
    # the tumour in N of M fragments is no area of amplification
    "tumour-in-fragments": (
        GASTRIC
        + "FISH: ratio 1.4, mean HER2 3.0 signals/cell.\nTumour in 4 of 6 fragments; not amplified.\n",
        "negative",
    ),
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_a_ratios_own_call_stays(case: str) -> None:
    text, status = NEAR_MISSES[case]
    assert explain_text(text).status == status
