"""The JSON Schema of the result contract (docs/json-contract.md); `her2cli schema` prints it."""

from __future__ import annotations

from typing import Any

from . import SCHEMA_VERSION
from .errors import ErrorKind
from .model import CANCER_TYPES, RECORD_FIELDS, STATUSES

_num = {"type": ["number", "null"]}
_str = {"type": ["string", "null"]}
_int = {"type": ["integer", "null"]}
_bool = {"type": ["boolean", "null"]}
# breast ER/PR as the summary shows them (schema 1.4): "mixed" when the current samples disagree
_RECEPTOR = {
    "type": ["string", "null"],
    "enum": ["positive", "low_positive", "negative", "mixed", None],
    "description": "breast only: the current sample's call as the report gives it; null when not "
    "breast or not given (values of another cancer or of the sample before treatment are not used)",
}


def _obj(props: dict[str, Any], required: list[str] | None = None, nullable: bool = True) -> dict[str, Any]:
    return {
        "type": ["object", "null"] if nullable else "object",
        "properties": props,
        "required": required or list(props),
        "additionalProperties": True,
    }


_evidence_item = _obj(
    {
        "page": {"type": "integer", "minimum": 1},
        "text": {"type": "string", "description": "the quoted report line(s); empty when redacted"},
        "finding": {
            "type": "string",
            "enum": ["ihc", "ish", "ngs", "mutation", "her2_low", "status_statement", "mention"],
        },
        "value": {"type": "string"},
        "start": {"type": "integer", "description": "character offset in the page text (of `view`)"},
        "end": {"type": "integer"},
        "match": {"type": "string"},
        "view": {"type": "string", "enum": ["text", "layout"]},
        "section": _str,
        "reason": {
            "type": ["string", "null"],
            "description": "mentions only: why this is not a result",
        },
        "ocr_confidence": {
            "type": ["number", "null"],
            "description": "OCR'd pages: lowest word confidence (0-100)",
        },
    },
    nullable=False,
)

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"her2cli-result-{SCHEMA_VERSION}",
    "title": "her2cli result",
    "description": "What a pathology or NGS report says about HER2 (ERBB2). See docs/json-contract.md.",
    "type": "object",
    "required": ["schema_version", "her2cli_version", *RECORD_FIELDS],
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "her2cli_version": {"type": "string"},
        "source": _obj(
            {
                "path": {"type": "string"},
                "kind": {"type": "string", "enum": ["pdf", "text", "image", "unknown"]},
                "pages": {"type": "integer", "minimum": 0},
                "ocr_pages": {"type": "array", "items": {"type": "integer"}},
                "sha256": {"type": "string"},
            }
        ),
        "status": {"type": "string", "enum": list(STATUSES)},
        "status_basis": _obj(
            {
                "rule": {"type": "string"},
                "rule_name": {"type": "string"},
                "test": {"type": ["string", "null"], "enum": ["ihc", "ish", "ngs", "ctdna", None]},
                "reason": {"type": "string"},
            }
        ),
        "cancer_type": {"type": "string", "enum": list(CANCER_TYPES)},
        "her2_low": {
            **_bool,
            "description": "breast only. true: IHC 1+, or IHC 2+ with a negative ISH. false: breast, and the "
            "result is not HER2-low (IHC 0, or HER2-positive). null: does not apply or cannot be told: not "
            "breast, no result, equivocal, or no IHC score to tell by (e.g. ISH or sequencing only)",
        },
        "her2_ultralow": {
            **_bool,
            "description": "breast only. true: IHC 0 with faint staining in 10% of cells or fewer ('0+', "
            "'ultralow'). false: breast, and the result is not ultralow (IHC 0 with no staining, 1+ or above, "
            "or HER2-positive). null: does not apply or cannot be told from what the report says",
        },
        "ihc": _obj(
            {
                "score": {"type": ["string", "null"], "enum": ["0", "1+", "2+", "3+", None]},
                "score_range": _str,
                "percent_cells": _num,
                "percent_qualifier": {
                    "type": ["string", "null"],
                    "enum": [">", ">=", "<", "<=", "about", None],
                },
                "clone": _str,
                "lab_call": _str,
                "page": _int,
            }
        ),
        "ish": _obj(
            {
                "result": {
                    "type": ["string", "null"],
                    "enum": ["amplified", "not_amplified", "equivocal", None],
                },
                "ratio": _num,
                "her2_copy_number": _num,
                "cep17_copy_number": _num,
                "cells_counted": _int,
                "group": _int,
                "method": _str,
                "result_from": {"type": ["string", "null"], "enum": ["lab", "computed", None]},
                "page": _int,
            }
        ),
        "ngs": _obj(
            {
                "amplification": {
                    "type": ["string", "null"],
                    "enum": ["amplified", "not_amplified", "equivocal", None],
                },
                "copy_number": _num,
                "mutations": {"type": "array", "items": {"type": "string"}},
                "variants_of_unknown_significance": {"type": "array", "items": {"type": "string"}},
                "ctdna": {"type": "boolean"},
                "page": _int,
            }
        ),
        "related": _obj(
            {
                "kras": {"type": ["string", "null"], "enum": ["wild-type", "mutant", None]},
                "nras": {"type": ["string", "null"], "enum": ["wild-type", "mutant", None]},
                "braf": {"type": ["string", "null"], "enum": ["wild-type", "mutant", None]},
                "msi": {"type": ["string", "null"], "enum": ["MSI-H", "MSI-L", "MSS", None]},
                "mmr": {"type": ["string", "null"], "enum": ["deficient", "proficient", None]},
                "er": _RECEPTOR,
                "pr": _RECEPTOR,
            },
            nullable=False,
        ),
        "specimens": {
            "type": "array",
            "description": "one entry per specimen, block or tumor when the report gives HER2 results for several (schema 1.1)",
            "items": _obj(
                {
                    "label": {"type": "string", "description": "the specimen as the report names it"},
                    "ihc": {"type": ["string", "null"], "enum": ["0", "1+", "2+", "3+", None]},
                    "ish": {
                        "type": ["string", "null"],
                        "enum": ["amplified", "not_amplified", "equivocal", None],
                    },
                    "call": {"type": "string", "enum": list(STATUSES)},
                    "page": _int,
                },
                nullable=False,
            ),
        },
        "evidence": {"type": "array", "items": _evidence_item},
        "mentions": {"type": "array", "items": _evidence_item},
        "warnings": {"type": "array", "items": {"type": "string"}},
        "warning_codes": {
            "type": "array",
            "items": {"type": "string"},
            "description": "one stable code per warning, same order (e.g. ctdna_not_detected, conflict, low_ocr_confidence)",
        },
        "error": _obj(
            {"kind": {"type": "string", "enum": [k.value for k in ErrorKind]}, "message": {"type": "string"}}
        ),
        "meaning": {
            "type": "string",
            "description": "plain-language explanation (terminal/JSON with --explain text)",
        },
        "questions": {"type": "array", "items": {"type": "string"}},
        "notes": {
            "type": "array",
            "items": {"type": "string"},
            "description": "schema 1.4: the patient summary's 'Please note' lines as it shows them, in the "
            "language of `meaning` (a note the meaning paragraph already says is not repeated); `warnings` "
            "are the engine's short English texts, one per `warning_codes` entry",
        },
        "file": {"type": "string", "description": "scan only: the input as given"},
    },
    "additionalProperties": False,
}
