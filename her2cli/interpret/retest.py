"""The report's own advice to test HER2 again (review qa3 item 4): "Repeat HER2 testing on the
excision specimen is recommended", "Re-biopsy is advised if HER2 status is required".

It is not a result and changes no status; it is a warning with a stable code
(`retest_recommended`) so the explanation can pass the advice on (facts.md §10, §11). The
wording is a rule record (data/rules/sections.toml "her2-retest-advised"); the advice counts only
when HER2 is named in its sentence or in the one before it, so a repeat biopsy advised for the
diagnosis alone is not read as a HER2 retest.
"""

from __future__ import annotations

from ..rules import compiled
from .notes import WARNING_TEXT, Notes

_LOOK_BACK = 400  # characters searched for the start of the sentence before the advice


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence before the one at start..end to the end of that one."""
    rules = compiled()
    back = max(0, start - _LOOK_BACK)
    ends = [m.end() for m in rules.sentence_end.finditer(text, back, start)]
    begin = ends[-2] if len(ends) >= 2 else back
    after = rules.sentence_end.search(text, end)
    return begin, (after.start() if after else len(text))


def retest_recommended(full_text: str) -> bool:
    """Whether the report advises testing HER2 again (on another sample, or a new biopsy)."""
    rules = compiled()
    for advice in rules.her2_retest_advised.finditer(full_text):
        begin, finish = _sentence_window(full_text, advice.start(), advice.end())
        if rules.her2.search(full_text, begin, finish):
            return True
    return False


def warn_retest(full_text: str, warnings: Notes) -> None:
    if retest_recommended(full_text):
        warnings.add("retest_recommended", WARNING_TEXT["retest_recommended"])
