"""Definitions and conditions, not results. Category definitions: a comment that defines the HER2 categories by their criteria ("HER2-positive:
IHC 3+ or ISH amplified. HER2 equivocal: IHC 2+, reflex ISH required. HER2-negative: IHC 1+ or 0")
is a legend, however it is laid out, not this tumor's result (variants6 C-04, F-01, H-19).

One such line alone may be a result ("HER2 NEGATIVE: IHC 1+"); two or more different categories
defined in one paragraph are a key. The block runs from the first definition to the end of the
last one's sentence: every HER2 name in it is the key's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention_scope import MentionScope
from .model import Finding
from .scope import SCOPE, finditer, search, sentence_end

if TYPE_CHECKING:
    from .scanner import PageScanner

KEY_CATEGORIES = 2  # different categories defined in one paragraph that make a key
PARAGRAPH_GAP = 400  # characters between two definitions of one key, at most


def definition_blocks(s: PageScanner) -> list[tuple[int, int]]:
    """The (start, end) spans of the category keys of the scanned text, found once per scanner:
    a definition is tried right after each HER2 name (an anchored match, no search)."""
    if s.definition_blocks is None:
        s.definition_blocks = _blocks(s)
    return s.definition_blocks


def in_definition_block(s: PageScanner, pos: int) -> bool:
    return any(lo <= pos < hi for lo, hi in definition_blocks(s))


def _definitions(s: PageScanner) -> list[tuple[int, int, str]]:
    """(name start, definition end, category) of every HER2 name that opens a definition."""
    out = []
    for m in s.mentions:
        d = s.c.category_definition.match(s.text, m.end())
        if d:
            category = d.group("cat").lower().replace("-", "")
            out.append((m.start(), d.end(), category))
    return out


def _blocks(s: PageScanner) -> list[tuple[int, int]]:
    t = s.text
    groups: list[list[tuple[int, int, str]]] = []
    for d in _definitions(s):
        last = groups[-1][-1] if groups else None
        if last and d[0] - last[1] <= PARAGRAPH_GAP and "\n\n" not in t[last[1] : d[0]].replace(" ", ""):
            groups[-1].append(d)
        else:
            groups.append([d])
    blocks = []
    for group in groups:
        if len({category for _, _, category in group}) >= KEY_CATEGORIES:
            end = group[-1][1]
            blocks.append((group[0][0], sentence_end(t, end, min(len(t), end + SCOPE.statement), s.c)))
    return blocks


def conditional_in_statement(
    s: PageScanner, scope: MentionScope, values: list[Finding], lo: int, hi: int
) -> bool:
    """A condition or a definition in the statement text[lo:hi]: "if HER2 is amplified", "(IHC 3+
    or 2+/ISH+)". It counts before the values or holding them ("HER2-positive (IHC 3+, ISH
    amplified, or NGS amplified)"); and starting inside a value, between its name and its score
    ("HER2 NEGATIVE unless IHC is 3+": the 3+ is the condition's, variants6 B-01) or at its call
    word, even where the sentence runs on past the value's line ("as HER2-positive metastatic /
    disease would alter ...", variants6 F-05)."""
    t, hyp_pattern = s.text, s.c.context["hypothetical"]
    hyp = search(hyp_pattern, t, lo, hi)
    if hyp and (
        hyp.start() < max(f.nstart for f in values) + 5
        or any(hyp.start() <= f.nend <= hyp.end() for f in values)
    ):
        return True
    return any(
        f.nstart < m.start() < f.nend
        for m in finditer(hyp_pattern, t, lo, max(hi, scope.statement_stop))
        for f in values
    )
