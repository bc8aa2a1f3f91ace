"""The inputs of a batch: files, folders and globs to a stable list of items, and content hashes
for --resume. Problems found while listing (a missing file, a link loop) become error items, so
each one still gets its record."""

from __future__ import annotations

import glob
import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import ErrorKind

REPORT_SUFFIXES = (".pdf", ".txt", ".text", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


@dataclass(slots=True)
class InputItem:
    """One input of a batch: a path to read, or a problem found while listing it.

    Slots: an archive queues 100,000 of these, and a __dict__ each doubles their memory."""

    index: int
    path: str
    error_kind: ErrorKind | None = None
    error_message: str | None = None
    sha256: str | None = None
    data: bytes | None = None  # the file's bytes, when they travel instead of the path (scan --send-bytes)


# what listing one path gives: (path, error kind or None, message or None)
Found = tuple[str, ErrorKind | None, str | None]


def _display(path: str) -> str:
    from .errors import safe_display

    return safe_display(path)


def collect_inputs(paths: Iterable[str], recursive: bool = False) -> list[InputItem]:
    """Files, folders and globs to a stable list; problems become error items, not exceptions."""
    items: list[InputItem] = []

    def add(found: list[Found]) -> None:
        # numbered from the length before adding: a generator would see the list grow (0, 2, 4...)
        start = len(items)
        items.extend(InputItem(start + i, p, k, m) for i, (p, k, m) in enumerate(found))

    for raw in paths:
        if raw != "-" and not os.path.lexists(raw) and glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=recursive))
            if not matches:
                add([(raw, ErrorKind.NOT_FOUND_FILE, f"{_display(raw)}: no file matches this pattern")])
            for m in matches:
                add(_expand(m, recursive))
            continue
        add(_expand(raw, recursive))
    return items


def _expand(path: str, recursive: bool) -> list[Found]:
    if path == "-":
        return [(path, None, None)]
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return [
                (
                    path,
                    ErrorKind.UNREADABLE,
                    f"{_display(path)}: link to a missing file; give the report itself",
                )
            ]
        return [(path, ErrorKind.NOT_FOUND_FILE, f"{_display(path)}: no such file; check the path")]
    except OSError as exc:
        kind = ErrorKind.UNREADABLE
        if exc.errno == 40:  # ELOOP
            return [(path, kind, f"{_display(path)}: symbolic link loop; fix or remove the link")]
        return [(path, kind, f"{_display(path)}: cannot open ({exc.strerror}); check permissions")]
    if stat.S_ISDIR(st.st_mode):
        return _walk(path, recursive)
    return [(path, None, None)]


def _walk(root: str, recursive: bool) -> list[Found]:
    out: list[Found] = []
    seen_dirs: set[tuple[int, int]] = set()

    def visit(folder: str, depth: int) -> None:
        try:
            st = os.stat(folder)
        except OSError as exc:
            out.append(
                (folder, ErrorKind.UNREADABLE, f"{_display(folder)}: cannot open folder ({exc.strerror})")
            )
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            out.append(
                (
                    folder,
                    ErrorKind.UNREADABLE,
                    f"{_display(folder)}: folder visited twice (symbolic link loop); skipped",
                )
            )
            return
        seen_dirs.add(key)
        try:
            names = sorted(os.listdir(folder))  # names, not DirEntry objects: 100,000 of those weigh 25 MB
        except OSError as exc:
            out.append(
                (
                    folder,
                    ErrorKind.UNREADABLE,
                    f"{_display(folder)}: cannot list folder ({exc.strerror}); check permissions",
                )
            )
            return
        for name in names:
            full = os.path.join(folder, name)
            problem: OSError | None = None
            try:
                is_dir = stat.S_ISDIR(os.stat(full).st_mode)
            except OSError as exc:  # a broken link or a link loop: reported below if it is a report
                is_dir, problem = False, exc
            if is_dir:
                if recursive:
                    visit(full, depth + 1)
                continue
            if not name.lower().endswith(REPORT_SUFFIXES):
                continue
            if problem is not None:
                msg = "symbolic link loop" if problem.errno == 40 else (problem.strerror or "cannot open")
                out.append((full, ErrorKind.UNREADABLE, f"{_display(full)}: {msg}; fix or remove the link"))
                continue
            out.append((full, None, None))

    visit(root, 0)
    return out


def file_sha256(path: str, limit: int = 512 * 1024 * 1024) -> str | None:
    """Content hash for --resume; None when the file cannot be read as a regular file."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return None
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            read = 0
            while chunk := fh.read(1 << 20):
                h.update(chunk)
                read += len(chunk)
                if read > limit:
                    return None
        return h.hexdigest()
    except OSError:
        return None
