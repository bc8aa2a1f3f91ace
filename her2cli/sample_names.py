"""The report's own name for each sample, for the patient summary (issue 10 leftover 1).

A report that gives HER2 for "A" and "B" usually names them in its list of samples ("A. Right
breast, core biopsy:"); the summary shows that name beside the letter, and never one it made up:
an entry is a name only when it names a body site or a kind of sample and is not a diagnosis or
a result line. Its own module (split from summary_words.py, sentences23) because it is one job
with its own five records: finding a sample list and cleaning its names, which nothing else of
the summary's reading shares. The patterns are records with examples in
her2cli/data/rules/summary_words.toml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .rules.patterns import bind

MAX_NAME = 70  # a longer entry is a sentence, not a name


@dataclass(frozen=True)
class SampleNameWords:
    sample_list_entry: regex.Pattern[str]
    sample_name_site: regex.Pattern[str]
    sample_name_not: regex.Pattern[str]
    sample_bare_label: regex.Pattern[str]
    sample_name_trailing_note: regex.Pattern[str]
    block_label: regex.Pattern[str]


@cache
def _words() -> SampleNameWords:
    return bind(SampleNameWords, ("summary_words",))


def block_label(label: str) -> bool:
    """A sample named only by its block ("Block A5", "A11"): a part of one specimen."""
    return _words().block_label.match(label) is not None


def _clean(name: str) -> str:
    """The name as the report writes it, less a trailing count or note ("(4)"), in sentence case
    when the report shouts it ("LEFT BREAST, TOTAL MASTECTOMY" -> "left breast, total mastectomy")."""
    w = _words()
    name = " ".join(name.split()).strip(" ,.-")
    while (m := w.sample_name_trailing_note.search(name)) and m.start() > 0:
        name = name[: m.start()].strip(" ,.-")
    if name.isupper():
        name = name.lower()
    elif len(name) > 1 and name[0].isupper() and not name[1].isupper():
        name = name[0].lower() + name[1:]
    return name


def _is_name(name: str) -> bool:
    w = _words()
    return (
        3 <= len(name) <= MAX_NAME
        and bool(w.sample_name_site.search(name))
        and not w.sample_name_not.search(name)
    )


def read_sample_names(text: str) -> tuple[tuple[str, str], ...]:
    """(key, name) for each sample the report's list names: "A" -> "right breast, core biopsy".

    An entry at the start of a line beats one inside a sentence ("Material received: (A) ..."),
    and the first good entry of a key wins (the list of samples comes before the gross description).
    """
    w = _words()
    found: dict[str, tuple[bool, str]] = {}
    for m in w.sample_list_entry.finditer(text):
        name = _clean(m.group("name"))
        if not _is_name(name):
            continue
        key = m.group("key").upper()
        at_start = not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        known = found.get(key)
        if known is None or (at_start and not known[0]):
            found[key] = (at_start, name)
    return tuple((key, name) for key, (_, name) in found.items())


def sample_key(label: str) -> str | None:
    """The key of a label that is only a key ("A", "Part 1", "Specimen B"), else None."""
    m = _words().sample_bare_label.match(label.strip())
    return m.group("key").upper() if m else None
