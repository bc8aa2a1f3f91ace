"""`her2cli schema`: print the JSON Schema of the result contract."""

from __future__ import annotations

import json

import typer

from . import app


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the --json output (schema_version included)."""
    from ..schema import SCHEMA

    typer.echo(json.dumps(SCHEMA, indent=2))
