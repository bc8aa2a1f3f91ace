"""Scores that are shares of one stain, not separate results (sentences19): a report that lists
how many tumour cells stained at each level ("3+ ... ~70%", "2+ ... ~15%", "1+/0 ... remainder",
an image-analysis table of intensity bins, a HERACLES distribution) gives one IHC result with
its parts. Those parts are not "more than one HER2 IHC score": the summary must not tell the
patient that the report disagrees with itself, nor that the parts come from different samples
or times (devset21 b21-f06-02, b21-f06-04; devset17 b17-f12-08; devset19 b19-f06-05)."""

from __future__ import annotations

from collections import defaultdict

from ..findings import Finding

# the shares of one distribution add up to the whole tumour at most (a little over for rounding)
WHOLE_TUMOUR = 102.0


def _distribution(group: list[Finding]) -> bool:
    """Findings read from one mention, each a different score with its own share of cells, the
    shares adding up to no more than the whole tumour."""
    scores = [f.values["score"] for f in group]
    shares = [f.values.get("percent_cells") for f in group]
    if len(set(scores)) < 2 or len(set(scores)) != len(scores) or any(s is None for s in shares):
        return False
    if len({f.specimen for f in group}) > 1:
        return False  # one row's columns for two tumours or blocks are two results
    return sum(float(s) for s in shares if s is not None) <= WHOLE_TUMOUR


def distinct_results(scored: list[Finding], chosen: Finding) -> set[str]:
    """The IHC scores the report gives as results: a distribution read from one mention counts
    once, as the chosen score when it is one of its levels (the lab's own score line names the
    level that decides), else as its highest level."""
    by_mention: dict[tuple[int, int], list[Finding]] = defaultdict(list)
    for f in scored:
        by_mention[(f.page, f.start)].append(f)
    out: set[str] = set()
    for group in by_mention.values():
        if len(group) > 1 and _distribution(group):
            levels = sorted(f.values["score"] for f in group)
            out.add(chosen.values["score"] if chosen.values["score"] in levels else levels[-1])
        else:
            out.update(f.values["score"] for f in group)
    return out
