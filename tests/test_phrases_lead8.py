"""An amplification negation whose exception is HER2 itself is not HER2's call.

"Amplifications: none other than ERBB2 (estimated copy number 14)" says ERBB2 IS the amplified
gene; reading the "none" as ERBB2 not amplified was a wrong-way negative (found by late8 in
session 8). The exception gives no value from that word (safe); the near-misses keep their
negative.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Lung adenocarcinoma, tissue NGS panel (DNA, 500 genes).\n"

EXCEPTION_CASES = [
    ("colon-none-other-than", "Amplifications: none other than ERBB2 (estimated copy number 14).\n"),
    ("colon-none-except", "Copy number amplifications: none, except ERBB2 (copy number 11).\n"),
    ("colon-none-apart-from", "Amplifications:  none apart from HER2 (ERBB2), estimated 9 copies.\n"),
]

NEAR_MISSES = [
    ("none-then-erbb2-not-amplified", "Amplifications: none.\nERBB2: not amplified.\n"),
    ("none-detected-erbb2-row", "Amplifications: none detected.\nERBB2 copy number 2 (not amplified).\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in EXCEPTION_CASES], ids=[c[0] for c in EXCEPTION_CASES])
def test_her2_as_the_exception_is_never_read_as_not_amplified(text: str) -> None:
    result = explain_text(HEAD + text)
    assert result.status != "negative"
    assert not (result.ngs and result.ngs.amplification == "not_amplified")


@pytest.mark.parametrize("text", [c[1] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_plain_negation_still_reads_not_amplified(text: str) -> None:
    result = explain_text(HEAD + text)
    assert result.status == "negative"
