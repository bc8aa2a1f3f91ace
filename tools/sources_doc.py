"""Write docs/sources.md from the message data: every source the patient summary cites
(her2cli/data/messages/sources.toml) with the messages that use it (catalog.toml).

    python tools/sources_doc.py            # rewrite docs/sources.md
tests/test_explain_leftovers3.py checks the page equals what this prints, so the list a reader
of the repository checks is always the one the summary uses.
"""

from __future__ import annotations

import sys
import tomllib
from importlib import resources
from pathlib import Path

from her2cli.messages import SOURCE_KINDS, load_sources

ROOT = Path(__file__).resolve().parents[1]
TITLES = {
    "guideline": "Guidelines",
    "scoring": "Scoring systems",
    "trial": "Trials",
    "approval": "US FDA approvals",
    "paper": "Papers",
    "report-format": "Report formats",
    "patient-org": "Patient organizations",
    "wording": "Wording rules (no clinical claim)",
}
INTRO = """\
# Sources of the patient summary

Every sentence under "What this usually means" (and the glossary entries for ISH methods) names
its sources in `her2cli/data/messages/catalog.toml` by an id of
`her2cli/data/messages/sources.toml`. This page lists them all, so that a reader of the repository
can check each one. It is written by `python tools/sources_doc.py`, and
`tests/test_explain_leftovers3.py` fails when it and the data disagree. Each message also carries
an "as of" date (when the fact was last checked).

Two figures were checked with the search tool for this page (session 3): the share of breast cancers
that are HER2-positive (15 to 20 in 100: Cleator et al., Lancet Oncol 2007, and Living Beyond Breast
Cancer) and the lapatinib approval (US FDA, 13 March 2007; FDA approval summary, Oncologist 2008).
"""


def render() -> str:
    """The page, from the data."""
    text = resources.files("her2cli").joinpath("data", "messages", "catalog.toml").read_text(encoding="utf-8")
    catalog = tomllib.loads(text)
    used: dict[str, list[str]] = {}
    for section in ("meaning", "glossary"):
        for entry in catalog.get(section, []):
            for sid in entry.get("sources", []):
                ids = used.setdefault(sid, [])
                if entry["id"] not in ids:
                    ids.append(entry["id"])
    out = [INTRO]
    sources = load_sources()
    for kind in SOURCE_KINDS:
        group = [s for s in sources.values() if s.kind == kind]
        if not group:
            continue
        out += [f"## {TITLES[kind]}", ""]
        for source in group:
            out.append(f"- `{source.id}`: {source.cite}")
            out.append(f"  Used by: {', '.join(used.get(source.id, [])) or 'none'}.")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    (ROOT / "docs" / "sources.md").write_text(render(), encoding="utf-8")
    sys.stdout.write("wrote docs/sources.md\n")
