"""Error messages are data: every code has words in every language, and no module that raises
errors or builds error records holds their English text (issue 12).

A code is "<ErrorKind>.<detail>" (her2cli/data/messages/errors.toml). Adding an error is: add its
template in every language, raise `SomeError(path, "detail", name=value)`, run these tests.
"""

from __future__ import annotations

import ast
import os
import tempfile
from pathlib import Path

import pytest

from her2cli import data_files, errors
from her2cli.errors import (
    ERROR_LANGUAGES,
    CorruptPdfError,
    ErrorKind,
    FileMissingError,
    Her2cliError,
    TooLargeError,
    describe_error,
    error_templates,
    render_error,
    template_fields,
)

PACKAGE = Path(errors.__file__).parent
# The modules that raise her2cli errors or build error records: their messages are codes.
MESSAGE_FREE_MODULES = (
    "api.py",
    "batch.py",
    "inputs.py",
    "errors.py",
    "sources/__init__.py",
    "sources/pdf.py",
    "sources/text.py",
    "sources/ocr.py",
    "sources/imageprep.py",
    "sources/imagefiles.py",
    "cluster.py",
    "cli/__init__.py",
    "cli/common.py",
    "cli/explain.py",
    "cli/scan.py",
    "cli/scan_sqlite.py",
    "cli/serve.py",
    "render/sqlite_.py",
)
COMMAND_ERRORS = ("CommandError", "ClusterError")  # their details are codes of [<lang>.command]
ERROR_CLASSES = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, Her2cliError)
}
ALL_CODES = sorted(error_templates("en"))


def test_every_language_has_the_same_codes() -> None:
    for lang in ERROR_LANGUAGES:
        assert sorted(error_templates(lang)) == ALL_CODES, lang


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_has_a_template_with_the_same_placeholders_in_each_language(code: str) -> None:
    english = template_fields(error_templates("en")[code])
    for lang in ERROR_LANGUAGES:
        template = error_templates(lang)[code]
        assert template.strip() and "\n" not in template, (lang, code)
        assert template_fields(template) == english, (lang, code)


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_code_names_an_error_kind(code: str) -> None:
    kind, _, detail = code.partition(".")
    assert (kind in (errors.COMMAND, errors.PROGRESS) or ErrorKind(kind)) and detail.isidentifier(), code


def test_a_kind_unknown_to_the_enum_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = tmp_path / "her2cli" / "data" / "messages"
    data.mkdir(parents=True)
    (data / "errors.toml").write_text('[en.not_a_kind]\nx = "y"\n', encoding="utf-8")
    monkeypatch.setattr(data_files, "PACKAGE_DIR", str(tmp_path / "her2cli"))
    error_templates.cache_clear()
    try:
        with pytest.raises(errors.ErrorTemplateError, match="not_a_kind"):
            error_templates("en")
    finally:
        error_templates.cache_clear()


def test_an_error_is_rendered_from_its_code_and_parameters() -> None:
    exc = TooLargeError("big.pdf", "pdf_pages", pages=3000, limit=2000)
    assert exc.code == "too_large.pdf_pages"
    assert exc.message == "this PDF has 3000 pages, more than the limit of 2000; raise it with --max-pages"
    assert str(exc) == f"big.pdf: {exc.message}"
    assert (
        exc.text("es") == "este PDF tiene 3000 páginas, más que el límite de 2000; auméntelo con --max-pages"
    )
    kind, line = describe_error(exc, "ignored", "es")
    assert kind is ErrorKind.TOO_LARGE and line.startswith("big.pdf: este PDF tiene 3000")


def test_a_detail_of_another_kind_is_a_bug_caught_at_once() -> None:
    with pytest.raises(KeyError):
        CorruptPdfError("x.pdf", "no_such_file")  # a not_found_file detail, not a truncated_or_corrupt one


def test_errors_that_are_not_her2cli_errors_are_rendered_in_the_language_too() -> None:
    assert describe_error(MemoryError(), "a.pdf")[1] == (
        "a.pdf: reading this file needed too much memory; check it is a report"
    )
    kind, line = describe_error(KeyError("x"), "a.pdf", "es")
    assert kind is ErrorKind.INTERNAL_ERROR and "KeyError" in line and line.startswith("a.pdf: her2cli tuvo")


def test_the_file_name_is_shown_safely_and_never_inside_a_template() -> None:
    exc = FileMissingError("bad\x1bname.txt", "no_such_file")
    assert describe_error(exc, "")[1] == "bad\\x1bname.txt: no such file; check the path and spelling"
    for lang in ERROR_LANGUAGES:
        for code, template in error_templates(lang).items():
            # a progress line names the file it wrote ("saved summary to FILE"), shown safely by its caller
            if not code.startswith(f"{errors.PROGRESS}."):
                assert not {"path", "file", "source"} & template_fields(template), (lang, code)


def test_english_error_lines_are_unchanged_end_to_end() -> None:
    from her2cli.sources import load_document

    folder = Path(tempfile.mkdtemp(prefix="her2cli-err-"))
    try:
        empty = folder / "empty.txt"
        empty.write_bytes(b"")
        with pytest.raises(Her2cliError) as info:
            load_document(str(empty))
        assert describe_error(info.value, str(empty))[1] == (
            f"{empty}: the file is empty; check that the download finished"
        )
        with pytest.raises(Her2cliError) as info:
            load_document(str(folder))
        assert info.value.message == "this is a folder; give a report file, or use 'her2cli scan' for folders"
        assert info.value.text("es").startswith("esto es una carpeta")
    finally:
        for name in os.listdir(folder):
            (folder / name).unlink()
        folder.rmdir()


# --- no message text left in code ---------------------------------------------------------------


def _is_text(node: ast.AST) -> bool:
    """An f-string, or a string constant that reads like a sentence (has a space)."""
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value


def _renders_a_code(node: ast.AST) -> bool:
    """f"{path}: {render_error(code, ...)}": a file name before words rendered from a code."""
    return isinstance(node, ast.JoinedStr) and any(
        isinstance(v, ast.FormattedValue)
        and isinstance(v.value, ast.Call)
        and getattr(v.value.func, "id", "") == "render_error"
        for v in node.values
    )


def _message_text_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name in (*COMMAND_ERRORS, "BadParameter", "NotACaseloadDatabaseError") and any(
            _is_text(arg) and not _renders_a_code(arg) for arg in node.args
        ):
            found.append(f"{path.name}:{node.lineno} {name}(...) with message text")
        if name in ERROR_CLASSES and any(_is_text(arg) for arg in node.args[1:]):
            found.append(f"{path.name}:{node.lineno} {name}(...) with message text")
        if name in ("error_result", "error_record", "WorkerFailure") and any(_is_text(a) for a in node.args):
            found.append(f"{path.name}:{node.lineno} {name}(...) with message text")
        if name == "error_line" and len(node.args) > 1 and isinstance(node.args[1], ast.JoinedStr):
            found.append(f"{path.name}:{node.lineno} error_line with a computed code")
    return found


@pytest.mark.parametrize("module", MESSAGE_FREE_MODULES)
def test_no_error_message_text_is_left_in_code(module: str) -> None:
    assert _message_text_in(PACKAGE / module) == []


def test_the_code_check_catches_an_f_string_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('raise TooLargeError(source, f"this PDF has {n} pages")\n', encoding="utf-8")
    assert _message_text_in(bad) == ["bad.py:1 TooLargeError(...) with message text"]
    bad.write_text('raise CommandError(f"{save}: already exists")\n', encoding="utf-8")
    assert _message_text_in(bad) == ["bad.py:1 CommandError(...) with message text"]
    good = tmp_path / "good.py"
    good.write_text('raise TooLargeError(source, "pdf_pages", pages=n, limit=m)\n', encoding="utf-8")
    assert _message_text_in(good) == []


def test_every_detail_raised_in_code_has_a_template() -> None:
    """A typo in a detail would raise KeyError only when that error happens: catch it here."""
    classes = {name: getattr(errors, name).kind.value for name in ERROR_CLASSES if name != "Her2cliError"}
    missing = []
    for module in MESSAGE_FREE_MODULES:
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            code = None
            if name in COMMAND_ERRORS and node.args and isinstance(node.args[0], ast.Constant):
                code = f"command.{node.args[0].value}"
            elif name in classes and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                code = f"{classes[name]}.{node.args[1].value}"
            elif name == "progress_line" and node.args and isinstance(node.args[0], ast.Constant):
                code = f"progress.{node.args[0].value}"
            elif name in ("error_line", "render_error"):
                arg = node.args[1] if name == "error_line" else node.args[0]
                code = str(arg.value) if isinstance(arg, ast.Constant) else None
            if code is not None and code not in ALL_CODES:
                missing.append(f"{module}:{node.lineno} {code}")
    assert missing == []


def test_render_error_speaks_each_language() -> None:
    assert render_error("empty.empty_file", {}, "en") == "the file is empty; check that the download finished"
    assert (
        render_error("empty.empty_file", {}, "es")
        == "el archivo está vacío; compruebe que la descarga terminó"
    )


# --- progress and stop lines, and command errors, follow --lang (issue 10 leftover 4) ---------


PROGRESS_CODES = sorted(c for c in ALL_CODES if c.startswith(f"{errors.PROGRESS}."))


def test_the_progress_and_stop_lines_are_codes() -> None:
    for detail in ("interrupted", "interrupted_scan", "interrupted_database", "saved_summary", "stopped"):
        assert f"progress.{detail}" in PROGRESS_CODES


@pytest.mark.parametrize("code", PROGRESS_CODES)
def test_every_progress_line_is_in_english_and_spanish_and_they_differ(code: str) -> None:
    english, spanish = render_error(code, _fill(code), "en"), render_error(code, _fill(code), "es")
    assert english and spanish
    if code != "progress.error":  # "error" is the same word in both
        assert english != spanish, code


def _fill(code: str) -> dict[str, str]:
    return {name: "7" for name in template_fields(error_templates("en")[code])}


def _writes_english(path: Path) -> list[str]:
    """stderr lines written as text ("her2cli: interrupted") instead of a progress code."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "write"
            and any(
                _is_text(a) or (isinstance(a, ast.Constant) and "her2cli:" in str(a.value)) for a in node.args
            )
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize("module", [m for m in MESSAGE_FREE_MODULES if m.startswith("cli/")])
def test_no_progress_line_is_written_as_english_text(module: str) -> None:
    assert _writes_english(PACKAGE / module) == []


def test_the_progress_check_catches_an_english_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('sys.stderr.write(f"her2cli: saved summary to {save}\\n")\n', encoding="utf-8")
    assert _writes_english(bad) == ["bad.py:1"]


def test_command_errors_and_progress_lines_follow_lang(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from her2cli.cli import app

    runner = CliRunner()
    report = tmp_path / "r.txt"
    report.write_text("Colon, resection: adenocarcinoma. HER2 IHC: 1+ (negative).\n", encoding="utf-8")
    save = tmp_path / "s.html"
    done = runner.invoke(app, ["explain", str(report), "--lang", "es", "--save", str(save)])
    assert done.exit_code == 0 and "resumen guardado en" in done.stderr
    again = runner.invoke(app, ["explain", str(report), "--lang", "es", "--save", str(save)])
    assert again.exit_code == 1 and "ya existe; use --force" in again.stderr
    # near-miss: without --lang the same lines are English
    english = runner.invoke(app, ["explain", str(report), "--save", str(save)])
    assert "already exists; use --force" in english.stderr
    missing = runner.invoke(app, ["explain", str(tmp_path / "none.txt"), "--lang", "es"])
    assert missing.exit_code == 1 and "no existe ese archivo" in missing.stderr


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["explain", "x.pdf", "--lang", "es"], "es"),
        (["scan", "--lang=ES", "d"], "es"),
        (["explain", "x.pdf"], "en"),
        (["explain", "--lang"], "en"),
        (["explain", "--lang", "fr"], "en"),
    ],
)
def test_a_line_written_before_the_options_are_parsed_uses_the_command_line_lang(
    argv: list[str], lang: str
) -> None:
    from her2cli.cli.common import argv_lang

    assert argv_lang(argv) == lang


def test_a_cluster_error_speaks_the_scans_language() -> None:
    from her2cli.cluster import ClusterError

    exc = ClusterError("send_bytes_needs_dask")
    assert exc.message == "--send-bytes needs --dask" and exc.text("es") == "--send-bytes necesita --dask"
