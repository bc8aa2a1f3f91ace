"""JSON (one object) and JSONL (one line per report) in the versioned contract."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from her2cli.model import Result


def result_json(result: Result, *, indent: int | None = 2, redact: bool = False) -> str:
    return record_json(result_dict(result, redact=redact), indent=indent)


def record_json(record: dict[str, Any], *, indent: int | None = 2) -> str:
    """A result already in the contract's dict form (what a worker sends back), as JSON text."""
    return json.dumps(record, indent=indent, ensure_ascii=False, sort_keys=False)


def result_dict(result: Result, *, redact: bool = False) -> dict[str, Any]:
    d = result.to_dict()
    return redact_record(d) if redact else d


def redact_record(record: dict[str, Any]) -> dict[str, Any]:
    """--redact: the quoted report text leaves the record; pages and offsets stay."""
    for key in ("evidence", "mentions"):
        for item in record.get(key, []):
            item["text"] = ""
            item["match"] = ""
    return record


def result_jsonl(result: Result, *, redact: bool = False) -> str:
    return json.dumps(result_dict(result, redact=redact), ensure_ascii=False, separators=(",", ":"))
