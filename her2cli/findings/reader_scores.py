"""Readers' scores on an adjudication worksheet ("Reader 1 (Dr A): 1+" over "Reader 2 (Dr B): 2+",
then "FINAL CONSENSUS SCORE: 2+ (EQUIVOCAL)"): each reader's score is an opinion, the consensus
is the result. The HER2 name may stand only in the worksheet's title, so the consensus can lie
beyond the title's own reach; when the first score the title reaches is a reader's, the overall
label is looked for a little further on (variants14b v14b-f11-03, fix21b)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention_scope import MentionScope
from .pathologist_label import pathologist_label_alone
from .scope import line_start, search

if TYPE_CHECKING:
    import regex

    from .scanner import PageScanner

CONSENSUS_REACH = 600  # characters past the mention's far reach where a consensus may still stand


def consensus_after_readers(
    s: PageScanner, scope: MentionScope, scores: list[regex.Match[str]]
) -> regex.Match[str] | None:
    """The consensus or final score after a reader's own score, None when the first score is not
    a reader's or no such score follows."""
    if not scores:
        return None
    t, c = s.text, s.c
    first = scores[0].start()
    if not c.reader_score_label.match(t, line_start(t, first), first):
        return None
    hi = min(len(t), scope.far_stop + CONSENSUS_REACH)
    label = search(c.overall_score, t, scores[-1].end(), hi)
    while label is not None and pathologist_label_alone(s, label):
        label = search(c.overall_score, t, label.end(), hi)
    return None if label is None else c.ihc_score.match(t, label.end(), hi)
