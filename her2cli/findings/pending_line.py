"""A pending note on the line of the report's own sample ("History: ..." / "Prior right breast,
core biopsy: HER2 IHC 3+." / "Left breast, core biopsy: invasive carcinoma. HER2 testing to
follow."): the note names no sample words of its own (samples.toml pending-here), but its line
opens with the sample this report is about, so the test still to come is that sample's. The
mention carries the sample's name in `specimen` (unused for mentions elsewhere), and
interpret/__init__.py reads it as a pending note on this sample: a restated earlier score is set
aside while the sample's own test is to come (fix17b nm-prior-sample-line-in-block,
nm-es-dated-sample-line-under-heading; fixed by probe18b)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .earlier import own_sample_label, report_year

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner


def name_pending_sample(s: PageScanner, findings: list[Finding]) -> None:
    """Set `specimen` on each pending mention whose line opens with the report's own sample,
    when the findings hold an earlier result it could stand beside."""
    if not any(f.earlier for f in findings):
        return
    this_year = report_year(s)
    for f in findings:
        if f.family == "mention" and f.reason == "pending" and f.nstart >= 0 and f.specimen is None:
            f.specimen = own_sample_label(s, f.nstart, this_year)
