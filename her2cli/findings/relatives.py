"""Another person's result: a family member named before a HER2 value in its clause ("Sister
diagnosed with HER2-positive (3+) breast cancer at age 41", "mother: HER2-amplified gastric
cancer") is a family history, never this patient's result, whatever the cancer (variants6 D-05).
The history-of-another-cancer check (other_cancer.history_other_tumor) needs another site; a relative's
breast cancer in a breast report names none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .case_list import in_other_patients_case
from .mention_scope import MentionScope
from .scope import finditer, line_start, search, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

RELATIVE_REACH = 120  # characters from the relative's name to the HER2 name, at most
ITEM_REACH = 300  # characters from a list item's start to the HER2 name in it, at most
BULLETS = ("- ", "* ", "\u2022")
CLAUSE_ENDS = (";", ". ", ".\n", "\n\n")


def names_a_relative(s: PageScanner, scope: MentionScope) -> bool:
    """A relative named in the mention's clause before it. A name that opens its own line starts
    a statement of its own ("Family history: sister, breast cancer" over "HER2 (4B5): 3+")."""
    t, start = s.text, scope.start
    if _given_to_a_relative_after(s, scope) or in_other_patients_case(s, scope):
        return True  # ... or another patient's case in a tumour board's list (findings/case_list.py)
    if not t[line_start(t, start) : start].strip(" \t|*-") and not _wrapped_prose(t, start, scope.end):
        return False
    lo = max(scope.back_start, start - RELATIVE_REACH)
    last = None
    for m in finditer(s.c.context["relative"], t, lo, start):
        last = m
    if last is None:
        return _in_a_relatives_list_item(s, scope)
    between = t[last.end() : start]
    return not any(end in between for end in CLAUSE_ENDS)


def _wrapped_prose(t: str, start: int, end: int) -> bool:
    """The name opens its line only because the sentence above wrapped there: the line above ends
    in a word, and the name goes on as prose ("Historia familiar: madre con cáncer de mama" over
    "HER2 positivo a los 50 años", blind set 30 read POSITIVE), not as a row's label ("HER2 (4B5):
    3+", a colon, a bracket or a column gap after the name)."""
    row = line_start(t, start)
    above = t[line_start(t, max(row - 1, 0)) : max(row - 1, 0)].rstrip()
    if row == 0 or not above or not above[-1].isalpha():
        return False
    rest = t[end : t.find("\n", end) if "\n" in t[end : end + 60] else end + 60]
    head = rest[:12]
    return not any(mark in head for mark in (":", "(", "  ", "\t", "..", "=", "|"))


def _given_to_a_relative_after(s: PageScanner, scope: MentionScope) -> bool:
    """The clause after the name gives its value to a relative ('"HER2-positive" in the referral
    letter refers to the sister's breast cancer', devset14 b14-f09-08)."""
    t, end = s.text, scope.end
    m = search(s.c.relative_attributed_after, t, end, min(len(t), scope.statement_stop, end + RELATIVE_REACH))
    return m is not None and not any(stop in t[end : m.start()] for stop in CLAUSE_ENDS)


def _in_a_relatives_list_item(s: PageScanner, scope: MentionScope) -> bool:
    """The name is in a family-history list item that opens with the relative ("- Maternal
    cousin, lobular breast cancer aged 39 (2021): her pathology showed ... HER2 1+"), however far
    back the relative is named (variants16b v16b-f09-02). A bullet is required: a prose sentence
    that opens with a relative may go on to the patient's own tumour."""
    t, start = s.text, scope.start
    lo = max(scope.section.start, start - ITEM_REACH)
    if not any(b in t[lo:start] for b in BULLETS):  # cheap guard: no list item reaches the name
        return False
    item = sentence_start(t, start, lo, s.c)
    if item == lo and lo != scope.section.start:
        return False  # the item starts further back than ITEM_REACH: too long to be one relative's
    return s.c.relative_list_item.match(t, item, start) is not None
