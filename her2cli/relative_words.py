"""Whether a name in a report's text sits in a relative's line (sentences23b).

A genetics letter or a clinic note lists the family's cancers ("maternal aunt - ovarian cancer at
57"); the summary's cancer line must name the patient's cancer, not a relative's (variants16a
v16a-f09-05 said "Ovarian cancer, as named in the report" for a patient with pancreatic cancer).
The text looked at runs back from the name to its line start or the last full stop before it, so
"Family history: none. Diagnosis: lung adenocarcinoma" still names the patient's cancer.
"""

from __future__ import annotations

from functools import cache

import regex

from .rules.patterns import pattern_file

LOOKBACK = 80  # characters: a relative's line names the relative within a few words


@cache
def _relative() -> regex.Pattern[str]:
    return pattern_file("report_words").compiled["relative-named"]


def of_a_relative(text: str, start: int) -> bool:
    """True when the words before `start`, on its line and in its sentence, name a relative."""
    window = text[max(0, start - LOOKBACK) : start]
    cut = max(window.rfind("\n"), window.rfind(". "))
    return bool(_relative().search(window[cut + 1 :]))
