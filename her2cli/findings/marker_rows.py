"""MMR and MSI wordings whose parts read the other way when taken alone (left12, session 12):
a row labelled with the loss itself ("Loss of MLH1: absent" is no loss; its "MLH1: absent" read
alone would be a loss) and the one combined category "MSI-Low / MSS" (a stable call; its
"MSI-Low" read alone would be a low state). Rule data: document.toml mmr-loss-row,
msi-low-stable-pair."""

from __future__ import annotations

import regex

from ..rules import Compiled
from .scope import finditer, line_end, line_start


def loss_rows(text: str, c: Compiled) -> list[regex.Match[str]]:
    """The "Loss of <MMR protein(s)>: <answer>" rows of `text`."""
    return list(finditer(c.mmr_loss_row, text))


def loss_row_state(row: regex.Match[str]) -> str:
    """Proficient when the row says the loss was not seen, deficient when it was."""
    return "proficient" if row.group("no") else "deficient"


def inside(rows: list[regex.Match[str]], m: regex.Match[str]) -> bool:
    """`m` lies within one of `rows` (its own reading is the row's, not its words')."""
    return any(r.start() <= m.start() and m.end() <= r.end() for r in rows)


def low_in_stable_pair(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """The low state `m` is half of a combined "MSI-Low / MSS" category."""
    lo, hi = line_start(text, m.start()), line_end(text, m.end())
    return any(p.start() <= m.start() < p.end() for p in finditer(c.msi_low_stable_pair, text, lo, hi))
