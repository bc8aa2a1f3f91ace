"""Renderers turn Results into text (terminal, JSON, CSV, HTML, table); this module holds what they share."""

from __future__ import annotations

from ..errors import safe_display

__all__ = ["safe_display"]
