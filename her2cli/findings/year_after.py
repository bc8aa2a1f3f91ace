"""A value dated by a year written right after it ("HER2 IHC (this specimen): 0." over "Primary
breast tumour HER2: positive (3+), 2019."): a quoted result of an earlier sample, which the
current specimen's own value sets aside (probe18b family trailing_year; interpret/earlier.py
decides, only a current value of the same test sets an earlier one aside).

The year must be before the report's own: before the latest year the text writes elsewhere, or,
when the text writes no later year, on a line that names the earlier tumour ("Primary", "Previous
core"). A lone year after the report's own value ("HER2 IHC 1+ (2026)." with no other date) is
not enough to make it earlier. The year may also come with the sample it dates, as the value's
source ("HER2 1+ per 2021 biopsy" in a 2022 plasma report; variants15a v15a-f05-02)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .scope import line_start

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

REACH = 24  # characters after the value where its year may stand
SAMPLE_REACH = 48  # ... or its year and the sample it dates ("per the 2019 core needle biopsy")


def dated_earlier_after(s: PageScanner, f: Finding) -> bool:
    """A year right after the value, closing its statement, before the report's own year."""
    t = s.text
    if f.nend <= 0 or not any(ch.isdigit() for ch in t[f.nend : f.nend + REACH]):
        return False
    m = samples().year_after_value.match(t, f.nend, min(len(t), f.nend + REACH))
    if m is None:  # "HER2 1+ per 2021 biopsy": the year and the sample it dates
        m = samples().year_sample_after_value.match(t, f.nend, min(len(t), f.nend + SAMPLE_REACH))
    if m is None:
        # "ratio 4.2 (core biopsy 2021)" in a report on the sample after treatment: the biopsy's (lead26)
        bracket = samples().biopsy_year_bracket_after_value.match(
            t, f.nend, min(len(t), f.nend + SAMPLE_REACH)
        )
        return bracket is not None and s.ctx.post_treatment
    year = int(m.group("year"))
    later = [y for y in (int(x.group(0)) for x in s.c.year.finditer(t)) if y > year]
    if later:
        return True
    return samples().earlier_tumour_word.search(t, line_start(t, f.nend - 1), f.nstart) is not None
