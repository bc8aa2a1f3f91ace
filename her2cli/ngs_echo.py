"""An ISH call that is a sequencing report's own amplification call (sentences21): the summary
says which test found the result, so a bare "amplified" the engine read as ISH in a tissue DNA
report ("ERBB2 (HER2) AMPLIFICATION DETECTED", "Concordance with HER2 IHC/ISH is high for
high-level amplification") is not shown as a gene copy test (ISH) the report never gives."""

from __future__ import annotations

from .model import Result

GENERIC_ISH = (None, "ISH")  # no FISH/CISH/SISH/DISH named


def ish_is_ngs_echo(result: Result) -> bool:
    """The ISH finding has no count of its own (ratio, averages, group), no named method, and the
    same call as the report's tissue sequencing result: it is that result, read twice."""
    ish, ngs = result.ish, result.ngs
    if ish is None or ngs is None or ngs.ctdna or ngs.amplification is None:
        return False
    counts = (ish.ratio, ish.her2_copy_number, ish.cep17_copy_number, ish.group)
    return all(c is None for c in counts) and ish.method in GENERIC_ISH and ish.result == ngs.amplification
