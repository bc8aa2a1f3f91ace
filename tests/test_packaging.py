"""Every third-party module the package imports is declared in pyproject.toml (issue 12: Pillow
was imported but not declared): in `dependencies`, or in the extra that the importing feature
names (`[dask]` for scan --dask, `[web]` for serve)."""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement string (PEP 503)."""
    bare = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert bare, requirement
    return re.sub(r"[-_.]+", "-", bare.group()).lower()


def _imported_top_level_modules() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / "her2cli").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_runtime_import_is_declared() -> None:
    declared = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    extras = PYPROJECT["project"]["optional-dependencies"]
    declared |= {_name(r) for extra in ("dask", "web", "fhir") for r in extras[extra]}
    distributions = md.packages_distributions()
    undeclared = {}
    for module, where in _imported_top_level_modules().items():
        if module in sys.stdlib_module_names or module == "her2cli":
            continue
        dists = {_name(d) for d in distributions.get(module, [module])}
        if not dists & declared:
            undeclared[module] = sorted(where)
    assert undeclared == {}, f"imported but not declared in pyproject.toml: {undeclared}"


def test_the_scan_sees_the_known_imports() -> None:
    modules = _imported_top_level_modules()
    assert {"typer", "rich", "pdfplumber", "pypdfium2", "regex", "PIL"} <= set(modules)
