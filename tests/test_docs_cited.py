"""Every docs page the code cites exists, with the section it names (issue 12: the clinical rules
and performance notes the comments rely on ship as docs/ pages). A citation looks like
`docs/clinical-rules.md §8.10`; a section exists when the page has a heading with that number
("## 8." / "### 1b.") or defines it inline ("(§8.10)")."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CITATION = re.compile(r"docs/([\w.-]+\.md)((?:,? ?§ ?[0-9](?:[0-9a-z.]*[0-9a-z])?)*)")


def _tracked_sources() -> list[Path]:
    try:
        out = subprocess.run(
            ["git", "ls-files", "*.py", "*.toml", "*.js", "*.css", "*.html", ".ci/*"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return [ROOT / line for line in out.splitlines() if line]
    except (OSError, subprocess.CalledProcessError):  # a source tree without git metadata
        return [p for d in ("her2cli", "tools", "benchmarks", "tests") for p in (ROOT / d).rglob("*.py")]


def _citations() -> list[tuple[str, str, str]]:
    found = []
    for path in _tracked_sources():
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in CITATION.finditer(text):
            for section in re.findall(r"§ ?([0-9](?:[0-9a-z.]*[0-9a-z])?)", match.group(2)) or [""]:
                found.append((str(path.relative_to(ROOT)), match.group(1), section))
    return sorted(set(found))


CITED = _citations()


def test_the_code_cites_docs_pages() -> None:
    assert len(CITED) > 20  # the scan itself works


@pytest.mark.parametrize(("where", "page", "section"), CITED, ids=[f"{w}->{p}§{s}" for w, p, s in CITED])
def test_cited_page_and_section_exist(where: str, page: str, section: str) -> None:
    doc = ROOT / "docs" / page
    assert doc.is_file(), f"{where} cites docs/{page}, which does not exist"
    if not section:
        return
    text = doc.read_text(encoding="utf-8")
    heading = re.search(rf"^#+ {re.escape(section)}\.? ", text, re.M)
    inline = f"(§{section})" in text
    assert heading or inline, f"{where} cites docs/{page} §{section}, which the page does not have"
