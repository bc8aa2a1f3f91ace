"""A form label that lists a score's options in a bracket before its colon, answered after it:
"HER2 IHC score (0, 1+, 2+, 3+): 1+". Read as printed, the bracket's four scores made the line a
key (a legend) and the answer was lost (probe16b mt-score-options-in-label). The bracket is
dropped before the readers run, offsets kept for the characters left, so evidence still quotes
the report as printed; a label with no score after its colon (an unfilled template) is left as it
is.

A checklist's bulleted options with the answer on the row below ("* Negative (0)  * Negative (1+)
* Equivocal (2+)  * Positive (3+)" over "Result: 1+") are dropped the same way (fix26): "*" and "-"
bullets each end a sentence, so the answer row was left unread beside a list of four scores. The
checklist's instruction on its header ("(check one)") is dropped with them (fix27).
"""

from __future__ import annotations

from ..normalize import NormalizedText
from ..rules import Compiled

CHEAP = ("+)", "+ )", "+\t)")  # every options bracket ends with a score's plus and its bracket


def blank_label_options(norm: NormalizedText, c: Compiled) -> NormalizedText:
    """The text with every answered label's bracket of score options, and every answered
    checklist's bulleted options, blanked."""
    text = norm.text
    if not any(cheap in text for cheap in CHEAP):
        return norm
    spans = [m.span() for m in c.label_score_options.finditer(text)]
    for m in c.checklist_bullet_options.finditer(text):
        spans.append(m.span())
        spans.extend(_pick_one(text, m.start(), c))
    if not spans:
        return norm
    return _dropped(norm, spans)


def _pick_one(text: str, start: int, c: Compiled) -> list[tuple[int, int]]:
    """The checklist's instruction ("(check one)") on the header line the dropped options open
    under, or on their own line before them: it goes with them (fix27). Left in, it was a legend
    trigger beside the answer row ("HER2 IHC (check one):" over "* Negative (0)" ... and "Result:
    Negative (Score 1+)" read not found)."""
    header = text.rfind("\n", 0, start) + 1  # the options' first line, or the header above them
    return [m.span() for m in c.checklist_pick_one.finditer(text, header, start)]


def _dropped(norm: NormalizedText, spans: list[tuple[int, int]]) -> NormalizedText:
    """The text without `spans`, offsets kept for the characters left (as ocr_split drops a cut
    word's spaces): blanked with spaces instead, "score (0, 1+, 2+ or 3+) = 0" left the label's
    word ~20 spaces from its bare 0, too far for a 0 with no plus to be read (probe18
    lo-options-or-answer-0; probe19)."""
    text = norm.text
    drop = {i for start, end in spans for i in range(start, end)}
    keep = [i for i in range(len(text)) if i not in drop]
    offsets = [norm.offsets[i] for i in keep] + [norm.offsets[len(text)]]
    return NormalizedText("".join(text[i] for i in keep), tuple(offsets), norm.original)
