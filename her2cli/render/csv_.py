"""One spreadsheet row per report, safe to open in a spreadsheet program.

The columns are documented in docs/json-contract.md ("CSV columns"); `er`, `pr` and `notes`
(the receptor calls and the notes the patient summary shows) were added in CSV layout 2, beside
the JSON contract's `related.er` / `related.pr` / `notes` (schema 1.4).

Cells that start with = + - @ (or a tab / carriage return) are prefixed with an apostrophe so a
spreadsheet never runs them as formulas (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
from typing import Any

CSV_COLUMNS = (
    "file",
    "status",
    "cancer_type",
    "her2_low",
    "ihc_score",
    "ihc_score_range",
    "ihc_percent_cells",
    "ihc_clone",
    "ish_result",
    "ish_ratio",
    "her2_copy_number",
    "ngs_amplification",
    "ngs_copy_number",
    "ctdna",
    "mutations",
    "kras",
    "nras",
    "braf",
    "msi",
    "mmr",
    "er",
    "pr",
    "rule",
    "evidence",
    "warnings",
    "notes",
    "error_kind",
    "error",
    "sha256",
)
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text):
        # non-UTF-8 bytes of a file name (surrogate-escaped): shown as \xNN, as on stderr
        text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF else ch for ch in text)
    if text.startswith(_DANGEROUS):
        return "'" + text
    return text


def csv_row(record: dict[str, Any], *, redact: bool = False) -> dict[str, str]:
    ihc = record.get("ihc") or {}
    ish = record.get("ish") or {}
    ngs = record.get("ngs") or {}
    related = record.get("related") or {}
    error = record.get("error") or {}
    source = record.get("source") or {}
    evidence = (
        "" if redact else " | ".join(f"p{e['page']}: {e['text']}" for e in record.get("evidence", [])[:3])
    )
    row = {
        "file": record.get("file") or source.get("path"),
        "status": record.get("status"),
        "cancer_type": record.get("cancer_type"),
        "her2_low": record.get("her2_low"),
        "ihc_score": ihc.get("score"),
        "ihc_score_range": ihc.get("score_range"),
        "ihc_percent_cells": ihc.get("percent_cells"),
        "ihc_clone": ihc.get("clone"),
        "ish_result": ish.get("result"),
        "ish_ratio": ish.get("ratio"),
        "her2_copy_number": ish.get("her2_copy_number"),
        "ngs_amplification": ngs.get("amplification"),
        "ngs_copy_number": ngs.get("copy_number"),
        "ctdna": ngs.get("ctdna") if ngs else None,
        "mutations": ";".join(ngs.get("mutations") or []),
        "kras": related.get("kras"),
        "nras": related.get("nras"),
        "braf": related.get("braf"),
        "msi": related.get("msi"),
        "mmr": related.get("mmr"),
        "er": related.get("er"),
        "pr": related.get("pr"),
        "rule": (record.get("status_basis") or {}).get("rule"),
        "evidence": evidence,
        "warnings": " | ".join(record.get("warnings") or []),
        # the summary's notes in the scan's --lang (withdrawn or amended result, earlier sample, ...)
        "notes": " | ".join(record.get("notes") or []),
        "error_kind": error.get("kind"),
        "error": error.get("message"),
        "sha256": source.get("sha256"),
    }
    return {k: escape_cell(v) for k, v in row.items()}


def csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(CSV_COLUMNS)
    return buf.getvalue()


def csv_line(record: dict[str, Any], *, redact: bool = False) -> str:
    buf = io.StringIO()
    row = csv_row(record, redact=redact)
    csv.writer(buf, lineterminator="\r\n").writerow([row[c] for c in CSV_COLUMNS])
    return buf.getvalue()
