"""Every regular expression lives in the rule data (her2cli/data/rules/*.toml) with its examples:
outside her2cli/rules/ no module calls the `re` or `regex` pattern functions or holds a pattern
literal. A new pattern is a record with examples (docs/rules.md), not a string in the code."""

from __future__ import annotations

import ast
from pathlib import Path

import her2cli

PACKAGE = Path(her2cli.__file__).parent
PATTERN_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
# text that only a regular expression contains
PATTERN_MARKS = ("(?:", "(?P<", "(?<", "(?=", "(?!", "\\s", "\\b", "\\d", "\\w", "[^", "\\S", "\\W", "\\D")
# modules allowed to hold a pattern: none (the OCR modules moved theirs to data/rules/ocr.toml)
ALLOWED: set[str] = set()


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes: a docstring may quote a pattern."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def inline_patterns(path: Path) -> list[str]:
    """The pattern calls and pattern-like string literals in one module, as 'line: what'."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in ("re", "regex")
            and node.func.attr in PATTERN_CALLS
        ):
            found.append(f"{node.lineno}: {node.func.value.id}.{node.func.attr}(...)")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and any(mark in node.value for mark in PATTERN_MARKS)
        ):
            found.append(f"{node.lineno}: {node.value[:40]!r}")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if "re" in names:
                found.append(f"{node.lineno}: import re")
    return sorted(found, key=lambda hit: int(hit.split(":")[0]))


def modules() -> list[Path]:
    """Every module of the package outside her2cli/rules/."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "rules" not in p.relative_to(PACKAGE).parts[:1])


def test_no_regular_expression_outside_the_rule_data() -> None:
    found = {
        str(p.relative_to(PACKAGE)): hits
        for p in modules()
        if str(p.relative_to(PACKAGE)) not in ALLOWED and (hits := inline_patterns(p))
    }
    assert found == {}, "move these patterns into her2cli/data/rules/*.toml with examples (docs/rules.md)"


def test_the_check_finds_a_pattern_call_and_a_pattern_literal(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        '''"""A docstring may say (?:this)."""\nimport re\nimport regex\nWORD = r"\\bword\\b"\nregex.compile("x+")\nre.sub("a", "b", "c")\n''',
        encoding="utf-8",
    )
    assert inline_patterns(module) == [
        "2: import re",
        "4: '\\\\bword\\\\b'",
        "5: regex.compile(...)",
        "6: re.sub(...)",
    ]
