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

from .errors import ErrorKind, error_line

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


def _link_problem(path: str, problem: OSError) -> str:
    """The error line of a report name that cannot be followed (a broken link or a link loop)."""
    if problem.errno == 40:  # ELOOP
        return error_line(path, "unreadable.link_loop")
    if problem.strerror:
        return error_line(path, "unreadable.bad_link", reason=problem.strerror)
    return error_line(path, "unreadable.cannot_open_link")


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
                add([(raw, ErrorKind.NOT_FOUND_FILE, error_line(raw, "not_found_file.no_match"))])
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
                    error_line(path, "unreadable.missing_link_target"),
                )
            ]
        return [(path, ErrorKind.NOT_FOUND_FILE, error_line(path, "not_found_file.no_such_path"))]
    except OSError as exc:
        kind = ErrorKind.UNREADABLE
        if exc.errno == 40:  # ELOOP
            return [(path, kind, error_line(path, "unreadable.link_loop"))]
        return [(path, kind, error_line(path, "unreadable.cannot_open_path", reason=exc.strerror))]
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
                (
                    folder,
                    ErrorKind.UNREADABLE,
                    error_line(folder, "unreadable.cannot_open_folder", reason=exc.strerror),
                )
            )
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            out.append(
                (
                    folder,
                    ErrorKind.UNREADABLE,
                    error_line(folder, "unreadable.folder_loop"),
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
                    error_line(folder, "unreadable.cannot_list_folder", reason=exc.strerror),
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
                out.append((full, ErrorKind.UNREADABLE, _link_problem(full, problem)))
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
