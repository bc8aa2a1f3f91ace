"""Patient-facing text, loaded from her2cli/data/messages/<lang>.toml (one file per language)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "es")


@cache
def load_messages(lang: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    data = resources.files("her2cli").joinpath("data", "messages", f"{lang}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)
