"""The batch summary table for a terminal (`her2cli scan --format table`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from . import safe_display
from .terminal import STYLES, SYMBOLS


def print_scan_table(records: list[dict[str, Any]]) -> None:
    table = Table(show_lines=False)
    for col in ("file", "status", "cancer", "IHC", "ISH (ratio)", "NGS / ctDNA", "error"):
        table.add_column(col, overflow="fold")
    for r in records:
        ihc = (r.get("ihc") or {}).get("score") or (r.get("ihc") or {}).get("score_range") or ""
        ish = r.get("ish") or {}
        ish_text = f"{ish.get('result') or ''}" + (
            f" ({ish['ratio']:g})" if ish.get("ratio") is not None else ""
        )
        ngs = r.get("ngs") or {}
        ngs_text = ""
        if ngs:
            ngs_text = (ngs.get("amplification") or "") + (" (blood)" if ngs.get("ctdna") else "")
            if ngs.get("mutations"):
                ngs_text += " " + ",".join(ngs["mutations"])
        status = r.get("status", "")
        err = r.get("error") or {}
        table.add_row(
            safe_display(r.get("file") or ""),
            f"[{STYLES.get(status, '')}]{SYMBOLS.get(status, '')} {status}[/]",
            r.get("cancer_type", ""),
            ihc,
            ish_text,
            ngs_text.strip(),
            err.get("kind", ""),
        )
    Console().print(table)
