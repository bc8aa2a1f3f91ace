"""A score found past the HER2 name's own statement (a sentence or two later) that is not the
name's result: the next paragraph's, after the statement gave its call ("HER2: NEGATIVE." then,
below a blank line, 'A result of "3+" means HER2-positive'; variants7 F-03), or the bar a drug's
approval sets in a later sentence ("HER2 NEGATIVE. T-DXd labelling applies to IHC 3+ tumors")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lines import first_blank_line
from .mention_scope import MentionScope
from .method_label import label_bracket_end
from .scope import search, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner


def stated_before_paragraph(s: PageScanner, scope: MentionScope, score_at: int) -> bool:
    """The mention's own statement gives its call, then a blank line comes before the score: the
    score is the next paragraph's ("HER2: NEGATIVE." then, below a blank line, 'A result of "3+"
    means HER2-positive'; variants7 F-03's leaflet after a result)."""
    blank = first_blank_line(s.text, scope.end, score_at)
    return blank < score_at and bool(search(s.c.call_word, s.text, scope.end, blank))


def in_therapy_sentence(s: PageScanner, scope: MentionScope, score_at: int) -> bool:
    """The score's own sentence, a later one than the mention's statement, names a drug, its
    approval or its eligibility before the score: "HER2 NEGATIVE. Tumor-agnostic T-DXd labelling
    applies to IHC 3+ tumors", "HER2: negative. Enhertu is indicated in IHC 3+ tumours" - the bar
    a drug sets, not this tumour's score (fix16: devset18 b18-f07-03). A score in the mention's
    own sentence ("HER2 (trastuzumab eligibility): 3+") is not judged here."""
    t = s.text
    if score_at < scope.statement_stop:
        return False
    lo = sentence_start(t, score_at, scope.statement_stop, s.c)
    lo = max(lo, label_bracket_end(t, scope, score_at))  # "HER2 IHC (... zanidatamab trials): 0"
    return search(s.c.approval_words, t, lo, score_at) is not None


def names_a_subpopulation(s: PageScanner, score_at: int) -> bool:
    """The score is an adjective of a part of the tumour ("the small 3+ subpopulation", "a 3+
    clone"): that part's staining, not the tumour's score (variants17b v17b-f11-02 read 3+ for the
    "Overall score: 1+" above it)."""
    score = search(s.c.ihc_score, s.text, score_at, min(len(s.text), score_at + 16))
    return score is not None and s.c.score_of_subpopulation.match(s.text, score.end()) is not None


def not_own_score(s: PageScanner, scope: MentionScope, score_at: int) -> bool:
    """A score past the mention's statement that is another paragraph's or a drug's bar, or a
    score naming a part of the tumour."""
    return (
        stated_before_paragraph(s, scope, score_at)
        or in_therapy_sentence(s, scope, score_at)
        or names_a_subpopulation(s, score_at)
    )
