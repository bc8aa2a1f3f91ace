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


def test_an_entry_is_used_only_for_its_own_source_and_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HER2CLI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HER2CLI_NO_CACHE", raising=False)
    # a file whose entry claims another pattern's source: that entry is dropped on load
    tmp_path.joinpath(cache.cache_file().name).write_bytes(
        pickle.dumps({"patterns": {("abc", 0): regex.compile("xyz")}, "tables": {}})
    )
    tmp_path.joinpath(cache.cache_file().name).chmod(0o600)
    monkeypatch.setattr(cache, "_STATE", cache._State())
    assert cache.found()
    assert cache.compile_pattern("abc").pattern == "abc"
    assert cache.compile_pattern("abc").search("xxabcxx")
