"""Comparison parts: a lettered part of a report that is material sent for comparison, not a sample
of the tumour the report is about ("A. Left breast, core biopsy ... B. Outside slides S19-2231
(right breast, 2019), submitted for comparison ... HER2 IHC: A: 1+ (negative) B: 3+ (positive)").
Every sample's result counts (the highest decides, with a warning), so the other tumour's 3+ read
POSITIVE for a negative current part (probe15, family multi_specimen).

A part's own line (samples.toml lettered-sample-line) that names it as sent for comparison, or as
outside or consult material dated by a year older than a year the report gives elsewhere
(samples.toml comparison-part), makes that part's values earlier results, only when another part
gives a result of its own: a report whose every result is on such a part is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import SampleRules, samples
from .model import STATUS_FAMILIES
from .scope import line_end

if TYPE_CHECKING:
    from .model import Finding

PART_WORDS = ("part", "specimen", "sample")
LETTERS = "ABCDEFGH"


def _letter(label: str | None) -> str | None:
    """The part letter a sample label is ("B", "Part B", "(B)"), None for any other label."""
    words = (label or "").replace("(", " ").replace(")", " ").split()
    if len(words) == 2 and words[0].lower() in PART_WORDS:
        words = words[1:]
    if len(words) == 1 and len(words[0]) == 1 and words[0].upper() in LETTERS:
        return words[0].upper()
    return None


def _comparison_letters(text: str, r: SampleRules) -> set[str]:
    """The letters whose part line names material sent for comparison."""
    latest = max((int(y.group(0)) for y in r.year.finditer(text)), default=None)
    out: set[str] = set()
    for m in r.lettered_sample_line.finditer(text):
        for cue in r.comparison_part.finditer(text, m.start(), line_end(text, m.start())):
            year = cue.group("year")
            if year is None or (latest is not None and int(year) < latest):
                out.add(m.group("letter"))
    return out


def mark_comparison_parts(text: str, findings: list[Finding]) -> None:
    """Set `earlier` on the results of a part sent for comparison, beside another part's result."""
    results = [f for f in findings if f.family in STATUS_FAMILIES and f.nend >= 0 and _letter(f.specimen)]
    letters = {_letter(f.specimen) for f in results}
    if len(letters) < 2:
        return
    compared = _comparison_letters(text, samples()) & letters
    if not compared or not letters - compared:
        return
    for f in results:
        if _letter(f.specimen) in compared:
            f.earlier = True
