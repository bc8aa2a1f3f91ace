"""The import-layers contract: data flows one way (sources -> normalize -> rules -> findings ->
interpret -> explain -> render -> cli), so no module imports a layer above its own, and only the
CLI and the renderers may use typer and rich. Checked on the source (AST), imports inside
functions included, so a lazy import cannot hide an upward dependency; imports under
`if TYPE_CHECKING:` are annotations only and never run, so they are not counted."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "her2cli"

# Lowest first. A module may import its own layer and any layer below it. The package root
# (her2cli/__init__.py: lazy public API) and __main__ sit outside the layers.
LAYERS: list[tuple[str, ...]] = [
    ("her2cli.model", "her2cli.errors", "her2cli.exit_codes", "her2cli.data_files"),
    # the rule data and its loader depend on nothing of the package: every layer reads its
    # patterns there, the text sources and normalize included (issue 12: no pattern in code)
    ("her2cli.rules",),
    ("her2cli.sources", "her2cli.normalize"),
    ("her2cli.findings",),
    ("her2cli.interpret",),
    (
        "her2cli.api",
        "her2cli.messages",
        "her2cli.schema",
        "her2cli.summary_words",
        "her2cli.sample_names",
        "her2cli.summary_receptors",
        "her2cli.relative_words",
        "her2cli.treatment_change",
        "her2cli.report_words",
        "her2cli.report_receptors",
        "her2cli.fact_kinds",
        "her2cli.facts",
        "her2cli.fact_readers",
        "her2cli.summary_facts",
        "her2cli.report_rows",
        "her2cli.report_quotes",
        "her2cli.explain_notes",
        "her2cli.note_cover",
        "her2cli.note_earlier",
        "her2cli.note_definitions",
        "her2cli.note_variants",
        "her2cli.note_overlap",
        "her2cli.ngs_echo",
        "her2cli.explain",
    ),
    (
        "her2cli.batch",
        "her2cli.worker",
        "her2cli.inputs",
        "her2cli.lifeline",
        "her2cli.cluster",
        "her2cli.isolated",
        "her2cli.prefork",
        "her2cli.early_workers",
    ),
    ("her2cli.render",),
    ("her2cli.web",),  # the local loopback server: a front end like the CLI, beside it
    ("her2cli.cli",),
]
UNLAYERED = {"her2cli", "her2cli.__main__"}
# Third-party packages only the outer layers may import: the core never prints or parses argv.
OUTER_ONLY = {"typer": "her2cli.cli", "rich": "her2cli.render"}
# Known upward imports (importer, imported), each with the issue that will remove it: none today.
ALLOWED_UPWARD: set[tuple[str, str]] = set()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.AST) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node except those under `if TYPE_CHECKING:` (annotations only, never run)."""
    out: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        todo += [child for child in ast.iter_child_nodes(node) if not _is_type_checking(child)]
    return out


def _imports(source: str, name: str, is_package: bool) -> list[str]:
    """Absolute names of everything a module imports at run time (relative imports resolved)."""
    package = name if is_package else name.rpartition(".")[0]
    found: list[str] = []
    for node in _runtime_nodes(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.append(prefix)
            found += [f"{prefix}.{alias.name}" for alias in node.names]
    return found


def _imports_of(path: Path) -> list[str]:
    return _imports(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")


def _layer_of(name: str) -> int | None:
    for i, layer in enumerate(LAYERS):
        if any(name == top or name.startswith(top + ".") for top in layer):
            return i
    return None


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    unplaced = [
        _module_name(p)
        for p in MODULES
        if _module_name(p) not in UNLAYERED and _layer_of(_module_name(p)) is None
    ]
    assert unplaced == [], f"add these modules to a layer in tests/test_layers.py: {unplaced}"


def _upward(name: str, imports: list[str]) -> list[str]:
    own = _layer_of(name)
    if own is None:
        return []
    upward = set()
    for imported in imports:
        layer = _layer_of(imported)
        allowed = any(
            name == a and (imported == b or imported.startswith(b + ".")) for a, b in ALLOWED_UPWARD
        )
        if layer is not None and layer > own and not allowed:
            upward.add(imported)
    return sorted(upward)


@pytest.mark.parametrize("path", MODULES, ids=[_module_name(p) for p in MODULES])
def test_no_upward_imports(path: Path) -> None:
    name = _module_name(path)
    assert _upward(name, _imports_of(path)) == [], f"{name} imports from a higher layer"


@pytest.mark.parametrize("path", MODULES, ids=[_module_name(p) for p in MODULES])
def test_ui_libraries_stay_outside_the_core(path: Path) -> None:
    name = _module_name(path)
    own = _layer_of(name)
    for imported in _imports_of(path):
        top = imported.split(".")[0]
        if top in OUTER_ONLY and own is not None:
            assert own >= LAYERS.index((OUTER_ONLY[top],)), (
                f"{name} imports {top}, which belongs to {OUTER_ONLY[top]} and above"
            )


# The rule loader and the patterns of plain text (control codes, letters: data/rules/text.toml)
# are no HER2 vocabulary: a reader of files may use them.
TEXT_RULES = ("her2cli.rules.patterns", "her2cli.rules.text")


def test_sources_never_read_findings() -> None:
    """The readers of files know nothing about HER2: they give pages of text."""
    for path in (PACKAGE / "sources").rglob("*.py"):
        bad = [
            i
            for i in _imports_of(path)
            if i.startswith(("her2cli.findings", "her2cli.rules", "her2cli.interpret"))
            and not i.startswith(TEXT_RULES)
        ]
        assert bad == [], f"{_module_name(path)} imports {bad}"


@pytest.mark.parametrize(
    ("name", "source", "upward"),
    [
        ("her2cli.findings.scope", "from ..cli import app", ["her2cli.cli", "her2cli.cli.app"]),
        (
            "her2cli.batch",
            "def f():\n    from .cli.common import describe_error\n",
            ["her2cli.cli.common", "her2cli.cli.common.describe_error"],
        ),
        (
            "her2cli.sources",
            "from ..findings import scan_document",
            ["her2cli.findings", "her2cli.findings.scan_document"],
        ),
        ("her2cli.render.json_", "from ..model import Result", []),
        (
            "her2cli.model",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .explain import Explanation\n",
            [],
        ),
        ("her2cli.cli.scan", "from ..render.table import print_scan_table", []),
    ],
    ids=[
        "findings->cli",
        "lazy import in a function",
        "sources->findings",
        "render->model",
        "annotation only",
        "cli->render",
    ],
)
def test_the_checker_itself(name: str, source: str, upward: list[str]) -> None:
    is_package = name == "her2cli.sources"
    assert _upward(name, _imports(source, name, is_package)) == upward
