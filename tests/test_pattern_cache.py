"""The compiled-pattern cache (rules/cache.py, issue 13 start-up): a run that finds it gets the
same patterns as one that compiles them, and anything wrong with it only means compiling afresh."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from her2cli.rules import cache

from .conftest import ROOT

PROBE = """
import json, sys
from her2cli.rules import cache, compiled, load_all
from her2cli.rules.patterns import pattern_file
c = compiled()
names = load_all()
print(json.dumps({
    "found": cache.found(),
    "patterns": sorted(
        [p.pattern, p.flags] for name in names for p in pattern_file(name).compiled.values()
    ) + sorted([p.pattern, p.flags] for p in c.context.values()),
}))
"""


def _probe(cache_dir: Path, **env: str) -> dict[str, object]:
    import json

    run_env = {k: v for k, v in os.environ.items() if k != "HER2CLI_NO_CACHE"}
    run_env.update(HER2CLI_CACHE_DIR=str(cache_dir), **env)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=run_env, capture_output=True, text=True, check=True
    )
    assert out.stderr == ""
    result: dict[str, object] = json.loads(out.stdout)
    return result


def _files(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))


def test_a_second_run_loads_the_patterns_the_first_one_compiled(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first["found"] is False
    assert len(_files(tmp_path)) == 1
    second = _probe(tmp_path)
    assert second["found"] is True
    assert second["patterns"] == first["patterns"]
    assert (_files(tmp_path)[0].stat().st_mode & 0o777) == 0o600


def test_a_damaged_cache_file_is_compiled_afresh_and_replaced(tmp_path: Path) -> None:
    fresh = _probe(tmp_path)
    [path] = _files(tmp_path)
    path.write_bytes(b"not a pickle")
    damaged = _probe(tmp_path)
    assert damaged["found"] is False
    assert damaged["patterns"] == fresh["patterns"]
    assert _probe(tmp_path)["found"] is True  # rewritten by the run that found it damaged


def test_a_file_others_can_write_is_not_read(tmp_path: Path) -> None:
    _probe(tmp_path)
    [path] = _files(tmp_path)
    path.chmod(0o622)
    assert _probe(tmp_path)["found"] is False


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    result = _probe(folder, HER2CLI_NO_CACHE="1")
    assert result["found"] is False
    assert not folder.exists()


def test_an_unwritable_cache_folder_is_silent(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    result = _probe(blocker / "her2cli")
    assert result["found"] is False


def test_the_key_follows_the_regex_version_and_the_rule_files(monkeypatch: pytest.MonkeyPatch) -> None:
    key = cache.cache_key()
    cache.cache_key.cache_clear()
    monkeypatch.setattr(regex, "__version__", regex.__version__ + ".other")
    try:
        assert cache.cache_key() != key
    finally:
        cache.cache_key.cache_clear()


def test_the_key_follows_an_included_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fragment of common.toml stands inside other files' compiled patterns and snapshots
    ({{common:id}}): a changed fragment gives a new key, so a cache built from the old one is
    never read."""
    from her2cli import data_files

    key = cache.cache_key()
    cache.cache_key.cache_clear()
    read_bytes = data_files.read_bytes

    def changed(*parts: str) -> bytes:
        text = read_bytes(*parts)
        return text.replace(b"withdrawn|", b"revoked|withdrawn|") if parts[-1] == "common.toml" else text

    monkeypatch.setattr(data_files, "read_bytes", changed)
    try:
        assert cache.cache_key() != key
    finally:
        cache.cache_key.cache_clear()


def test_an_entry_is_used_only_for_its_own_source_and_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HER2CLI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HER2CLI_NO_CACHE", raising=False)
    # a file whose entry claims another pattern's source: that entry is dropped on load
    tmp_path.joinpath(cache.cache_file().name).write_bytes(
        pickle.dumps(
            {"patterns": {("abc", 0): pickle.dumps(regex.compile("xyz"))}, "tables": {}, "snapshots": {}}
        )
    )
    tmp_path.joinpath(cache.cache_file().name).chmod(0o600)
    monkeypatch.setattr(cache, "_STATE", cache._State())
    assert cache.found()
    assert cache.compile_pattern("abc").pattern == "abc"
    assert cache.compile_pattern("abc").search("xxabcxx")


SNAPSHOT_PROBE = """
import json
from dataclasses import fields
import regex
from her2cli.rules import cache, compiled
from her2cli.rules.compiled import _build
from her2cli.rules.patterns import pattern_file

c = compiled()
files_read = pattern_file.cache_info().currsize  # none when c came from the snapshot
built = _build()  # from the rule files, whichever way compiled() got its record


def shape(v):
    if isinstance(v, regex.Pattern):
        # the very object compile_pattern gives for its source and flags
        same = any(cache.compile_pattern(k[0], k[1]) is v for k in cache._STATE.patterns if k[0] == v.pattern)
        return [v.pattern, v.flags, same]
    if isinstance(v, dict):
        return sorted([shape(k), shape(x)] for k, x in v.items())
    if isinstance(v, (tuple, list)):
        return [shape(x) for x in v]
    if hasattr(v, "__dataclass_fields__"):
        return [shape(getattr(v, f.name)) for f in fields(v)]
    return v


from her2cli.data_files import read_text
from her2cli.rules import load_all
from her2cli.rules.patterns import parse_patterns

files = {}
for name in load_all():
    kept = pattern_file(name)
    fresh = parse_patterns(read_text("data", "rules", f"{name}.toml"), kept.where)
    files[name] = [kept.records == fresh.records, shape(kept.compiled), shape(fresh.compiled)]

print(json.dumps({
    "found": cache.found(),
    "from_snapshot": files_read == 0,
    "files": files,
    "compiled": shape(c),
    "built": shape(built),
}, sort_keys=True))
"""


def _snapshot_probe(cache_dir: Path) -> dict[str, object]:
    import json

    run_env = {k: v for k, v in os.environ.items() if k != "HER2CLI_NO_CACHE"}
    run_env.update(HER2CLI_CACHE_DIR=str(cache_dir))
    out = subprocess.run(
        [sys.executable, "-c", SNAPSHOT_PROBE],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stderr == ""
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_a_second_run_loads_the_compiled_record_the_first_one_built(tmp_path: Path) -> None:
    first = _snapshot_probe(tmp_path)
    assert first["found"] is False
    second = _snapshot_probe(tmp_path)
    assert second["found"] is True and second["from_snapshot"] is True
    # the same patterns in the same places, each the object compile_pattern gives, as built afresh
    assert second["compiled"] == second["built"] == first["compiled"]
    # every pattern file's records as read afresh, each pattern the object compile_pattern gives
    assert second["files"] == first["files"]
    for same_records, kept, fresh in second["files"].values():  # type: ignore[attr-defined]
        assert same_records and kept == fresh


def test_a_damaged_snapshot_is_built_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HER2CLI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HER2CLI_NO_CACHE", raising=False)
    tmp_path.joinpath(cache.cache_file().name).write_bytes(
        pickle.dumps({"patterns": {}, "tables": {}, "snapshots": {"compiled": b"not a pickle"}})
    )
    tmp_path.joinpath(cache.cache_file().name).chmod(0o600)
    monkeypatch.setattr(cache, "_STATE", cache._State())
    assert cache.snapshot("compiled") is None
    assert "compiled" not in cache._STATE.snapshots


def test_a_snapshot_keeps_its_patterns_as_the_cache_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HER2CLI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HER2CLI_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_STATE", cache._State())
    p = cache.compile_pattern("her-?2", regex.IGNORECASE)
    cache.keep_snapshot("probe", {"names": (p, p)})
    # a pattern that did not come from compile_pattern: nothing is kept
    cache.keep_snapshot("stray", {"names": (regex.compile("x"),)})
    assert "stray" not in cache._STATE.snapshots
    cache.save()
    monkeypatch.setattr(cache, "_STATE", cache._State())
    kept = cache.snapshot("probe")
    assert kept["names"][0] is kept["names"][1] is cache.compile_pattern("her-?2", regex.IGNORECASE)
    assert kept["names"][0].search("HER2")


def test_a_cached_pattern_is_unpickled_when_first_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A snapshot's patterns are unpickled when a reader first uses them (cache.LazyPattern), and
    one stands in for its pattern wherever the pattern went: isinstance, identity, pickle, copy."""
    import copy

    monkeypatch.setenv("HER2CLI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HER2CLI_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "_STATE", cache._State())
    used, unused = cache.compile_pattern(r"her-?2", regex.IGNORECASE), cache.compile_pattern(r"ish\b")
    cache.keep_snapshot("probe", {"names": (used, unused)})
    cache.save()
    monkeypatch.setattr(cache, "_STATE", cache._State())
    kept = cache.snapshot("probe")
    first, second = kept["names"]
    assert type(first) is cache.LazyPattern and type(second) is cache.LazyPattern
    assert first._real is None and second._real is None  # nothing unpickled yet
    assert first.search("HER-2 positive").group() == "HER-2"
    assert first._real is not None and second._real is None  # only the one used
    assert isinstance(first, regex.Pattern) and first is cache.compile_pattern(r"her-?2", regex.IGNORECASE)
    assert copy.copy(first) is first and copy.deepcopy(second) is second
    again = pickle.loads(pickle.dumps(second))
    assert type(again) is type(regex.compile("x")) and again.pattern == r"ish\b"
    # a process that saves before using a pattern keeps its entry as it was read
    cache._STATE.dirty = True
    cache.save()
    monkeypatch.setattr(cache, "_STATE", cache._State())
    assert cache.compile_pattern(r"ish\b").search("by ISH", pos=0) is None
    assert cache.compile_pattern(r"ish\b").search("by ish").group() == "ish"


def test_a_match_is_told_its_pattern_through_same_pattern() -> None:
    """A match's `re` is the pattern the engine ran, never the LazyPattern standing in for it, so
    no reader compares it with `is` or `in` (it would be False for a pattern from the cache)."""
    import re as stdlib_re

    root = Path(__file__).resolve().parents[1] / "her2cli"
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if stdlib_re.search(r"\.re\s+(?:is|in|==|!=|not\s+in)\b|(?:is|==|!=)\s+\w+\.re\b", line)
    ]
    assert found == []
    p = cache.compile_pattern(r"core\s+biopsy")
    m = p.search("prior core biopsy")
    assert m is not None and cache.same_pattern(m.re, p) and not cache.same_pattern(m.re, regex.compile("x"))
