"""Error kinds are one enum (her2cli/errors.py ErrorKind, issue 12): every kind a record can carry
is a member, the JSON contract and its schema list exactly the members, no module names a kind as
a bare string, and every kind a patient can meet on the local page has its words in every language."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from her2cli.errors import ErrorKind, Her2cliError, describe_error
from her2cli.messages import LANGUAGES
from her2cli.schema import SCHEMA

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "her2cli"
KINDS = {kind.value for kind in ErrorKind}
# Kinds the local page never shows, each with why: the page reads an uploaded file, on this computer.
NOT_ON_THE_PAGE = {
    ErrorKind.NOT_FOUND_FILE: "a path typed on the command line",
    ErrorKind.IS_DIRECTORY: "a path typed on the command line",
    ErrorKind.WORKER_DIED: "scan --dask only",
}


def test_the_contract_and_the_schema_list_exactly_the_enum() -> None:
    text = (ROOT / "docs" / "json-contract.md").read_text(encoding="utf-8")
    paragraph = re.search(r"^Error kinds\b(.+?)\n\n", text, re.M | re.S)
    assert paragraph, "docs/json-contract.md has no 'Error kinds' paragraph"
    documented = set(re.findall(r"`([a-z_]+)`", paragraph.group(1))) - {"scan"}
    assert documented == KINDS
    schema_kinds = SCHEMA["properties"]["error"]["properties"]["kind"]["enum"]
    assert sorted(schema_kinds) == sorted(KINDS)


def _string_constants(path: Path) -> list[tuple[int, str]]:
    """(line, value) of every string constant that is neither a docstring nor a warning code
    (`result.add_warning("garbled_text", ...)`: warnings have codes of their own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    skip |= {
        id(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "add_warning"
        and node.args
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


# The modules that make error records: the batch and its inputs, the cluster, the library API,
# the CLI and the local page. (Elsewhere the same words are message keys, e.g. titles["unreadable"].)
RECORD_MAKERS = sorted(
    [PACKAGE / name for name in ("batch.py", "inputs.py", "cluster.py", "lifeline.py", "api.py", "errors.py")]
    + list((PACKAGE / "cli").glob("*.py"))
    + [PACKAGE / "web" / "app.py"]
)


@pytest.mark.parametrize("path", RECORD_MAKERS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_error_kind_is_a_bare_string(path: Path) -> None:
    found = [(line, value) for line, value in _string_constants(path) if value in KINDS]
    if path.name == "errors.py":  # the enum's own values
        found = [(line, value) for line, value in found if not _is_enum_value(path, line)]
    assert found == [], f"use ErrorKind members, not strings: {found}"


def _is_enum_value(path: Path, line: int) -> bool:
    return " = " in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_every_reader_error_has_a_kind_of_the_enum() -> None:
    from her2cli import errors

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, Her2cliError)]
    assert len(classes) > 10
    for cls in classes:
        assert isinstance(cls.kind, ErrorKind), cls
        # errors are raised with a detail code of their kind (data/messages/errors.toml), not text
        code = next(c for c in errors.error_templates("en") if c.startswith(f"{cls.kind.value}."))
        params = dict.fromkeys(errors.template_fields(errors.error_templates("en")[code]), "1")
        kind, message = describe_error(cls("report.pdf", code.partition(".")[2], **params), "report.pdf")
        assert kind is cls.kind and message.startswith("report.pdf: ")
    assert describe_error(MemoryError(), "x")[0] is ErrorKind.MEMORY_LIMIT
    assert describe_error(TimeoutError(), "x")[0] is ErrorKind.TIMEOUT
    assert describe_error(ValueError("secret report text"), "x") == (
        ErrorKind.INTERNAL_ERROR,
        "x: her2cli hit an unexpected problem (ValueError); please report it (run with --debug for details)",
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_kind_a_patient_can_meet_has_words_in_every_language(lang: str) -> None:
    with (PACKAGE / "web" / "texts" / f"{lang}.toml").open("rb") as fh:
        texts = tomllib.load(fh)["errors"]
    missing = {kind.value for kind in ErrorKind if kind not in NOT_ON_THE_PAGE} - set(texts)
    assert missing == set(), f"her2cli/web/texts/{lang}.toml [errors] has no text for {sorted(missing)}"
    assert all(texts[kind].strip() for kind in texts)


def test_listing_problems_are_records_with_an_enum_kind(tmp_path: Path) -> None:
    from her2cli.inputs import collect_inputs

    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "gone.pdf")
    items = collect_inputs([str(tmp_path / "missing.pdf"), str(tmp_path / "*.nothing"), str(tmp_path)])
    kinds = [item.error_kind for item in items]
    assert kinds == [ErrorKind.NOT_FOUND_FILE, ErrorKind.NOT_FOUND_FILE, ErrorKind.UNREADABLE]
    assert all(type(kind) is ErrorKind for kind in kinds)
    assert [item.index for item in items] == [0, 1, 2]
