"""JSON (one object) and JSONL (one line per report) in the versioned contract."""

from __future__ import annotations

import json
from typing import Any

from her2cli.model import Result


def result_json(result: Result, *, indent: int | None = 2, redact: bool = False) -> str:
    return json.dumps(result_dict(result, redact=redact), indent=indent, ensure_ascii=False, sort_keys=False)


def result_dict(result: Result, *, redact: bool = False) -> dict[str, Any]:
    d = result.to_dict()
    if redact:
        for item in d["evidence"] + d["mentions"]:
            item["text"] = ""
            item["match"] = ""
    return d


def result_jsonl(result: Result, *, redact: bool = False) -> str:
    return json.dumps(result_dict(result, redact=redact), ensure_ascii=False, separators=(",", ":"))
