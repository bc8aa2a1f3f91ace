"""A negation of the assessment, not of the amplification (safety8: variants8 E-04, a colorectal
hotspot panel's "No ERBB2 amplification assessment is available from this panel" read as "no
ERBB2 amplification", a negative).

"No <amplification> assessment / analysis / data / testing" and "no analysis of <ERBB2>
amplification" say the test was not done: no value (ngs.toml amp-test-noun-after,
amp-test-noun-before; findings/values.py). Near-misses: "No ERBB2 amplification was detected",
"no evidence of ERBB2 amplification", "No ERBB2 amplification detected (copy number analysis
performed on block D3)" stay not amplified.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

PANEL = (
    "HOTSPOT PANEL (50 genes)\nSpecimen: caecum adenocarcinoma, resection block D3\n"
    "Tier I/II variants: KRAS G13D (VAF 21%)\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "No ERBB2 amplification assessment is available from this panel; HER2 IHC can be requested.",
        "This assay gives no ERBB2 (HER2) amplification data. Copy number is not covered.",
        "No HER2 amplification testing was performed on this specimen.",
        "Comment: no analysis of ERBB2 amplification is possible with this panel.",
        "ERBB2: no copy number / amplification analysis available (hotspot assay).",
        "Sin análisis de amplificación de ERBB2 en este panel.",
    ],
)
def test_no_assessment_is_no_result(line: str) -> None:
    result = explain_text(PANEL + line + "\n")
    assert result.status == "not_found", [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize(
    "line",
    [
        "No ERBB2 amplification was detected.",
        "There is no evidence of ERBB2 amplification.",
        "No ERBB2 amplification detected (copy number analysis performed on block D3).",
        "ERBB2 amplification: not detected.",
    ],
)
def test_no_amplification_stays_not_amplified(line: str) -> None:
    result = explain_text(PANEL + line + "\n")
    assert result.ngs is not None and result.ngs.amplification == "not_amplified"
    assert result.status == "negative"
