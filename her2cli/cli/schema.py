"""`her2cli schema`: print the JSON Schema of the result contract (or the FHIR and SQLite layouts)."""

from __future__ import annotations

import json
from enum import StrEnum

import typer

from . import app


class SchemaFormat(StrEnum):
    json = "json"
    fhir = "fhir"
    sqlite = "sqlite"


@app.command("schema")
def schema_command(
    fmt: SchemaFormat = typer.Option(
        SchemaFormat.json,
        "--format",
        case_sensitive=False,
        help="json: the JSON Schema of --json; fhir: the FHIR profiles and codes used; sqlite: the database DDL.",
    ),
) -> None:
    """Print the JSON Schema of the --json output (schema_version included)."""
    if fmt == SchemaFormat.fhir:
        from ..render.fhir import profiles_summary

        typer.echo(json.dumps(profiles_summary(), indent=2))
    elif fmt == SchemaFormat.sqlite:
        from ..render.sqlite_ import DDL

        typer.echo(DDL, nl=False)
    else:
        from ..schema import SCHEMA

        typer.echo(json.dumps(SCHEMA, indent=2))
