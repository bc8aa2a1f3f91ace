"""Writing output files safely: temporary file in the target folder, owner-only, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from her2cli.model import Result


def atomic_write(path: Path, data: str, *, force: bool = False, encoding: str = "utf-8") -> None:
    """Write all or nothing; never replace an existing file unless force."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(str(path))
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if someone created the file meanwhile
            except FileExistsError:
                raise
            except OSError:
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def save_summary(result: Result, path: Path, lang: str = "en", *, force: bool = False) -> None:
    """--save: .html gives the printable page, anything else the plain-text summary."""
    if Path(path).suffix.lower() in (".html", ".htm"):
        from .html import render_html

        data = render_html(result, lang)
    else:
        from .terminal import render_text

        data = render_text(result, lang)
    atomic_write(Path(path), data, force=force)
