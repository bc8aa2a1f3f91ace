"""Compiled rule patterns kept between runs, so that a command starts without recompiling them.

`regex` parses and compiles a pattern in Python: the ~250 rule patterns cost about 0.3 s, more than
everything else one short report needs (issue 13). A compiled `regex` pattern pickles as its
compiled code, so a pickle of them loads in ~10 ms. That code is private to the `regex` version
that made it, so the cache file is named by a key over the `regex` version, the Python version and
the text of every rule file: a new `regex`, Python or rule file finds no file and compiles afresh.
Within a file, each pattern is found by its source and flags, so a stale entry can never be used
for a different pattern. Each pattern is pickled on its own and unpickled when it is first asked
for (~30 us each: a process pays only for the patterns it uses).

Besides the patterns, the file keeps `snapshots`: objects built from the rule files (the
`compiled()` record of every pattern by name with its prefilter, and each pattern file's checked
records), pickled with each pattern they hold as a reference to the pattern's entry, so that a
process loads them instead of reading, checking and binding ~400 records again (~10 ms). The key
covers the code that builds them too (SNAPSHOT_CODE), so a changed builder finds no file.

The cache lives in the user's cache folder ($HER2CLI_CACHE_DIR, else $XDG_CACHE_HOME/her2cli,
else ~/.cache/her2cli), is read only when this user owns it and nobody else can write it, and is
written atomically (a temporary file renamed). Anything wrong with it (missing, unreadable,
damaged, no cache folder) means the patterns are compiled as before, silently.
HER2CLI_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import Any, cast

import regex

PREFIX = "patterns-"
SUFFIX = ".pickle"
KEEP = 4  # files of other keys kept (other checkouts, other Python versions)
_Key = tuple[str, int]
# The modules whose code builds a snapshot (compiled(), patterns.pattern_file()): their text is part of
# the key, so a snapshot is never used by other code than the one that built it.
SNAPSHOT_CODE = (
    "all_of.py",
    "cache.py",
    "compiled.py",
    "data.py",
    "patterns.py",
    "prefilter.py",
    "shortcut_map.py",
)


class _State:
    """The patterns compiled or loaded in this process, and whether the file lacks some of them."""

    def __init__(self) -> None:
        self.patterns: dict[_Key, regex.Pattern[str]] = {}
        # the file's patterns not asked for yet, each pickled on its own
        self.pickled: dict[_Key, bytes] = {}
        # name -> an object built from the rule files, pickled with its patterns as references
        self.snapshots: dict[str, bytes] = {}
        # sha-256 of a data file's text -> its parsed TOML, pickled when it was parsed: every caller
        # gets a fresh copy, so a caller that changes its copy can never change the cache file
        self.tables: dict[str, bytes] = {}
        self.loaded = False
        self.found = False  # a cache file was read
        self.dirty = False  # patterns were compiled that the file does not hold


_STATE = _State()


def enabled() -> bool:
    return not os.environ.get("HER2CLI_NO_CACHE")


def cache_dir() -> Path:
    """The folder of the cache file (it may not exist yet)."""
    own = os.environ.get("HER2CLI_CACHE_DIR")
    if own:
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "her2cli"


@cache
def cache_key() -> str:
    """What the compiled code depends on: the regex and Python versions and the rule files' text."""
    import hashlib

    from ..data_files import file_names, read_bytes

    h = hashlib.sha256()
    h.update(f"{regex.__version__}|{sys.version}|{sys.implementation.cache_tag}".encode())
    for name in file_names("data", "rules"):
        if name.endswith(".toml"):
            h.update(name.encode() + b"\0" + read_bytes("data", "rules", name) + b"\0")
    here = Path(__file__).parent
    for name in SNAPSHOT_CODE:
        h.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    return h.hexdigest()[:32]


def cache_file() -> Path:
    return cache_dir() / f"{PREFIX}{cache_key()}{SUFFIX}"


def _trusted(path: Path) -> bool:
    """Only a file this user owns and only this user can write is unpickled."""
    st = path.stat()
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _load() -> None:
    """Read the cache file once per process, if there is a good one."""
    if _STATE.loaded:
        return
    _STATE.loaded = True
    if not enabled():
        return
    try:
        import pickle

        path = cache_file()
        if not _trusted(path):
            return
        data = pickle.loads(path.read_bytes())
        patterns, tables, snapshots = data["patterns"], data["tables"], data["snapshots"]
        _STATE.pickled.update(
            (k, v)
            for k, v in patterns.items()
            if isinstance(k, tuple)
            and len(k) == 2
            and type(k[0]) is str
            and type(k[1]) is int
            and isinstance(v, bytes)
        )
        _STATE.tables.update((k, v) for k, v in tables.items() if isinstance(k, str) and isinstance(v, bytes))
        _STATE.snapshots.update(
            (k, v) for k, v in snapshots.items() if isinstance(k, str) and isinstance(v, bytes)
        )
        _STATE.found = True
    except Exception:  # noqa: BLE001 - any fault in the cache only means compiling afresh
        return


def compile_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """regex.compile(source, flags), from the cache when it holds it (then unpickled when first
    used: a LazyPattern)."""
    _load()
    # a plain int, not regex's RegexFlag: unpickling an enum member costs ~7 us, ~400 of them
    key = (source, int(flags))
    pattern = _STATE.patterns.get(key)
    if pattern is None:
        raw = _STATE.pickled.pop(key, None)
        if raw is not None:
            pattern = cast("regex.Pattern[str]", LazyPattern(key, raw))
        else:
            pattern = regex.compile(source, flags)
            _STATE.dirty = True
        _STATE.patterns[key] = pattern
    return pattern


class LazyPattern:
    """A pattern of the cache file, unpickled when it is first used (issue 13 start-up).

    Loading a snapshot gives every pattern it holds (~770 for `compiled()` and the pattern files
    a report reads), but one report uses ~300 of them, and unpickling one costs ~60-90 us: ~40 ms
    of the worker's start before its first report. This stands in for the pattern: the first
    attribute asked for (`search`, `pattern`, ...) unpickles it, and each attribute is then kept
    on this object, so later calls cost what the pattern's own do. It is identified, hashed and
    compared as itself (as a pattern is), says it is a `regex.Pattern` to isinstance, pickles and
    copies as the pattern. An entry that is not the pattern of its source and flags is compiled
    afresh (and the file rewritten), as before."""

    def __init__(self, key: _Key, raw: bytes) -> None:
        self._key = key
        self._raw: bytes | None = raw
        self._real: regex.Pattern[str] | None = None

    def real(self) -> regex.Pattern[str]:
        """The pattern, unpickled (or compiled) now if it was not yet."""
        real = self._real
        if real is None:
            real = _unpickle(self._key, self._raw)
            if real is None:
                real = regex.compile(*self._key)
                self._raw = None
                _STATE.dirty = True
            self._real = real
        return real

    def __getattr__(self, name: str) -> Any:  # only names this object does not have yet
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.real(), name)
        self.__dict__[name] = value
        return value

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # isinstance(p, regex.Pattern), as for the pattern
        return regex.Pattern

    def __reduce_ex__(self, protocol: Any) -> Any:
        import copyreg

        real = self.real()
        reduce = copyreg.dispatch_table.get(type(real))  # how `regex` pickles its patterns
        return reduce(real) if reduce is not None else real.__reduce_ex__(protocol)

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: Any) -> LazyPattern:
        return self

    def __repr__(self) -> str:
        return repr(self.real())


def _unpickle(key: _Key, raw: bytes | None) -> regex.Pattern[str] | None:
    """The file's pattern for this source and flags, unpickled now; None when the file lacks it
    or its entry is not that pattern (then it is compiled, and the file rewritten)."""
    if raw is None:
        return None
    try:
        import pickle

        pattern = pickle.loads(raw)
    except Exception:  # noqa: BLE001 - a damaged entry only means compiling afresh
        return None
    if isinstance(pattern, regex.Pattern) and pattern.pattern == key[0] and pattern.flags & key[1] == key[1]:
        return pattern
    return None


def same_pattern(a: regex.Pattern[str], b: regex.Pattern[str]) -> bool:
    """Whether `a` and `b` are one pattern, either perhaps a LazyPattern. Compare a match's `re`
    with a rule's pattern this way, never with `is`: `re` is the pattern the engine ran, not the
    LazyPattern that stands in for it (tests/test_pattern_cache.py looks for such comparisons)."""
    return _real(a) is _real(b)


def _real(p: regex.Pattern[str]) -> regex.Pattern[str]:
    lazy = _lazy(p)
    return lazy.real() if lazy is not None else p


def _lazy(p: object) -> LazyPattern | None:
    """`p` when it is a LazyPattern (isinstance would say regex.Pattern)."""
    return p if type(p) is LazyPattern else None


def snapshot(name: str) -> Any:
    """The object kept under `name` (keep_snapshot), its patterns those compile_pattern gives for
    their source and flags; None when the file holds none or it cannot be read."""
    _load()
    raw = _STATE.snapshots.get(name)
    if raw is None:
        return None
    try:
        import io
        import pickle

        class _Reader(pickle.Unpickler):
            def persistent_load(self, pid: Any) -> Any:
                source, flags = pid
                return compile_pattern(source, flags)

        return _Reader(io.BytesIO(raw)).load()
    except Exception:  # noqa: BLE001 - a damaged snapshot only means building afresh
        _STATE.snapshots.pop(name, None)
        return None


def keep_snapshot(name: str, value: Any) -> None:
    """Keep `value`, built from the rule files by the code of SNAPSHOT_CODE, for the next process
    (written by save()); each pattern it holds is kept as a reference to its own entry, so that
    loading it gives the very objects compile_pattern gives. Nothing is kept when a pattern in it
    did not come from compile_pattern."""
    if not enabled():
        return
    try:
        import io
        import pickle

        keys = {id(p): k for k, p in _STATE.patterns.items()}

        class _Writer(pickle.Pickler):
            def persistent_id(self, obj: Any) -> Any:
                if isinstance(obj, regex.Pattern):
                    return keys[id(obj)]  # KeyError: not one of compile_pattern's
                return None

        out = io.BytesIO()
        _Writer(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    except Exception:  # noqa: BLE001 - what cannot be kept is only built again next time
        return
    _STATE.snapshots[name] = out.getvalue()
    _STATE.dirty = True


def load_toml(text: str) -> dict[str, Any]:
    """tomllib.loads(text) of a data file (rules, messages), from the cache when it holds it:
    parsing the TOML of the rule and message files costs about as much as loading every compiled
    pattern. A fresh copy each call."""
    import hashlib
    import pickle

    _load()
    key = hashlib.sha256(text.encode()).hexdigest()
    pickled = _STATE.tables.get(key)
    if pickled is not None:
        data: dict[str, Any] = pickle.loads(pickled)
        return data
    import tomllib

    data = tomllib.loads(text)
    _STATE.tables[key] = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    _STATE.dirty = True
    return data


def found() -> bool:
    """True when this process read a cache file."""
    _load()
    return _STATE.found


def save() -> None:
    """Write the patterns of this process to the cache file when it lacks some, and remove the
    files of other keys (older rules or regex versions). Never raises."""
    if not (enabled() and _STATE.dirty):
        return
    try:
        import pickle

        folder = cache_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = cache_file()
        tmp = folder / f".{target.name}.{os.getpid()}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            patterns = dict(_STATE.pickled)
            patterns.update((k, _pickled(p)) for k, p in _STATE.patterns.items())
            with os.fdopen(fd, "wb") as out:
                pickle.dump(
                    {"patterns": patterns, "tables": _STATE.tables, "snapshots": _STATE.snapshots},
                    out,
                    protocol=pickle.HIGHEST_PROTOCOL,
                )
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        _STATE.dirty = False
        _prune(folder, target)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower next time
        return


def _pickled(p: regex.Pattern[str]) -> bytes:
    """A pattern's entry: a LazyPattern keeps the bytes it was read from (unless they were not
    its pattern: then it was compiled afresh)."""
    import pickle

    lazy = _lazy(p)
    if lazy is not None and lazy._raw is not None:
        return lazy._raw
    return pickle.dumps(lazy.real() if lazy is not None else p, protocol=pickle.HIGHEST_PROTOCOL)


def _prune(folder: Path, target: Path) -> None:
    """Remove all but the KEEP newest files of other keys (checkouts with other rules may share
    the folder: each keeps its file, and old versions do not pile up)."""
    others = sorted(
        (p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p != target),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in others[KEEP:]:
        old.unlink(missing_ok=True)
