"""A pathologist's score label ("Pathologist's score after review: 1+") is the overall score only
beside a machine's score (image analysis, an AI or an algorithm): the pathologist's reading is then
the result and the tool's an aid (probe19b, probe18b ms-ai-then-pathologist-no-name). Without a
machine's score the label names another pathologist's reading - an outside or original one, or an
earlier specimen's ("HER2 IHC on this resection: 1+" over "Previous core biopsy (2021):
pathologist's score 3+") - which is no overall score of this report (mend19b, review19 item 4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import search

if TYPE_CHECKING:
    import regex

    from .scanner import PageScanner

PATHOLOGIST = "pathologist"


def pathologist_label_alone(s: PageScanner, label: regex.Match[str]) -> bool:
    """The overall-score label is a pathologist's score label and no machine's score is named in
    the report (asked only when such a label matched: the report-wide search is then rare)."""
    if PATHOLOGIST not in label.group(0).lower():
        return False
    return search(s.c.machine_score_cue, s.text) is None
