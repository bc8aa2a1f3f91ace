"""A form label that lists a score's options in a bracket before its colon, answered after it:
"HER2 IHC score (0, 1+, 2+, 3+): 1+". Read as printed, the bracket's four scores made the line a
key (a legend) and the answer was lost (probe16b mt-score-options-in-label). The bracket is
blanked with spaces before the readers run, offsets kept, so evidence still quotes the report as
printed; a label with no score after its colon (an unfilled template) is left as it is.
"""

from __future__ import annotations

from ..normalize import NormalizedText
from ..rules import Compiled

CHEAP = ("+)", "+ )", "+\t)")  # every options bracket ends with a score's plus and its bracket


def blank_label_options(norm: NormalizedText, c: Compiled) -> NormalizedText:
    """The text with every answered label's bracket of score options blanked."""
    text = norm.text
    if not any(cheap in text for cheap in CHEAP):
        return norm
    return norm.blanked([m.span() for m in c.label_score_options.finditer(text)])
