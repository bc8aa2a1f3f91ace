"""The package's own data files (rules, messages), read from the folder they are installed in.

`importlib.resources` finds them too, but importing it costs ~5-8 ms of CPU on every start
(it pulls in tempfile, shutil, zipfile and their imports) and both processes of `her2cli explain`
paid it before the report was read (issue 13, docs/performance.md §3). her2cli is always
installed as a folder of files, never imported from a zip (pypdfium2, its neighbour on the read
path, needs a folder too), so the files are where this module is.
"""

from __future__ import annotations

import os

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def data_path(*parts: str) -> str:
    """The path of a file or folder under her2cli/ ("data", "rules", "ihc.toml")."""
    return os.path.join(PACKAGE_DIR, *parts)


def read_text(*parts: str) -> str:
    """A data file's text (UTF-8)."""
    with open(data_path(*parts), encoding="utf-8") as f:
        return f.read()


def read_bytes(*parts: str) -> bytes:
    with open(data_path(*parts), "rb") as f:
        return f.read()


def file_names(*parts: str) -> list[str]:
    """The names of the entries of a data folder, sorted."""
    return sorted(os.listdir(data_path(*parts)))
