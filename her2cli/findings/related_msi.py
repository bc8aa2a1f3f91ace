"""MSI and MMR status for the colorectal explanation (docs/clinical-rules.md §4): MSI-H, MSI-L or
MSS, and MMR deficient or proficient, from the state words after each name, its loss rows and the
negations around it.

Its own module because findings/related.py reads the KRAS/NRAS/BRAF genes (a variant, a
mutation list, a column, a value row below) and gathers every marker into one answer; the
microsatellite states share only the generic and history checks with them (related_generic.py),
read here.
"""

from __future__ import annotations

import regex

from ..rules import Compiled
from .listing import under_not_detected
from .marker_rows import inside, loss_row_state, loss_rows, low_in_stable_pair
from .related_generic import is_generic, other_cancer_history, result_names
from .scope import finditer, line_end, search
from .tissue import tissue_sourced


def _msi_kind(text: str, m: regex.Match[str], c: Compiled) -> str | None:
    """high / low / stable for one MSI match; None when a negation before it voids it. A high
    state that its own row says was not detected ("MSI-High: Not detected") is stable."""
    if c.msi_negated_before.search(text[max(0, m.start() - 30) : m.start()]):
        return None
    kind = next(k for k, v in m.groupdict().items() if v)
    if kind == "low" and low_in_stable_pair(text, m, c):
        return None  # "MSI-Low / MSS": one stable category, its "MSS" read on its own
    if kind in ("high", "low") and c.marker_no_result_after.match(text, m.end()):
        return None  # "MSI-H testing requested": a test's name, no state
    if kind in ("high", "low") and under_not_detected(text, m.start(), c):
        return "stable" if kind == "high" else None  # "Not detected: ..., MSI-High."
    if kind in ("high", "low"):
        after = text[m.end() : min(m.end() + 60, line_end(text, m.end(), 60))]
        if c.msi_negated_after.match(after):
            return "stable" if kind == "high" else None
    return kind


def read_msi(
    text: str, c: Compiled, current: str | None, tissue: set[str], stated: set[str], cancer: str = "unknown"
) -> str | None:
    """MSI-H, MSI-L or MSS from the text; adds "msi" to `tissue` when a stable result names
    its tissue source (kept in a blood report, read_related), and to `stated` when the report
    says "stable" or "MSS" outright rather than that a high state was not detected (kept under
    a caveat about negative results, read_related)."""
    hits = set()
    for m in result_names(text, list(finditer(c.msi, text)), c):
        generic = is_generic(text, m, c, c.state_population_after) or other_cancer_history(text, m, c, cancer)
        kind = None if generic else _msi_kind(text, m, c)
        if kind:
            hits.add(kind)
        if kind == "stable" and tissue_sourced(text, m.start(), m.end(), c):
            tissue.add("msi")
        if kind == "stable" and m.group("stable") and not search(c.wild_type, m.group(0)):
            stated.add("msi")
    if "high" in hits:
        return "MSI-H"
    if "low" in hits and current != "MSI-H":
        return "MSI-L"
    if "stable" in hits and current is None:
        return "MSS"
    return current


def read_mmr(
    text: str, c: Compiled, current: str | None, blood: bool = False, cancer: str = "unknown"
) -> str | None:
    """MMR status. MMR is a tissue stain: in a blood report only a tissue result it restates
    counts, not an MSI-H read as "consistent with an MSI-H/dMMR tumour" (devset5 b5-f05-04)."""
    rows = [
        r
        for r in loss_rows(text, c)
        if not is_generic(text, r, c, c.state_population_after)
        and not other_cancer_history(text, r, c, cancer)
        and not (blood and not tissue_sourced(text, r.start(), r.end(), c))
    ]
    kinds = {
        k.rstrip("2")
        for m in result_names(text, list(finditer(c.mmr, text)), c)
        if not inside(rows, m)  # "Loss of MLH1: absent" is read as a whole (marker_rows.py)
        and not is_generic(text, m, c, c.state_population_after)
        and not other_cancer_history(text, m, c, cancer)
        and not (blood and not tissue_sourced(text, m.start(), m.end(), c))
        for k, v in m.groupdict().items()
        if v
        and not (
            k.startswith("deficient") and (_state_negated_after(text, m, c) or _negated_before(text, m, c))
        )
    }
    if "proficient_neg" in kinds:
        kinds.discard("deficient")  # "no loss of expression" contains "loss of expression"
    kinds |= {loss_row_state(r) for r in rows}
    if "deficient" in kinds:
        return "deficient"
    if ("proficient" in kinds or "proficient_neg" in kinds) and current is None:
        return "proficient"
    return current


def _negated_before(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """A negation right before the state: "No evidence of mismatch repair deficiency", "(no MMR
    loss)" (markers11)."""
    return c.msi_negated_before.search(text[max(0, m.start() - 45) : m.start()]) is not None


def _state_negated_after(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """The state's own row or clause says it was not found: "dMMR: not present", "MMR
    deficiency: not identified", "MSI-H/dMMR status: negative" (markers10)."""
    return c.msi_negated_after.match(text[m.end() : line_end(text, m.end(), 60)]) is not None
