"""The HTML of the page, its words in each language, and the summary shown in it.

The page is built on the server in the starting language; its words in every language travel
with it as a JSON data block (not a script: the Content-Security-Policy runs only our own
page.js), so switching language needs no new request. The summary inside it is the printable
page's body from her2cli.render.html (`render_html_body`, a <main> element with its own style
sheet), so the browser shows and prints the same sections and wording as
`her2cli explain --save visit.html`; the page around it therefore has no <main> of its own.
"""

from __future__ import annotations

import html
import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from ..messages import LANGUAGES
from ..model import Result
from .settings import ServeSettings

ACCEPTED_FILES = (
    ".pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,application/pdf,image/png,image/jpeg,image/tiff,text/plain"
)


@cache
def load_texts(lang: str) -> dict[str, Any]:
    """The page's own words (her2cli/web/texts/<lang>.toml)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    data = resources.files("her2cli.web").joinpath("texts", f"{lang}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def page_texts(settings: ServeSettings) -> dict[str, dict[str, Any]]:
    """Every language's words with the server's limits filled in, for the page's data block."""
    limits = {
        "max_mb": settings.max_bytes // (1024 * 1024),
        "seconds": f"{settings.timeout:g}",
        "max_memory_mb": settings.max_memory_mb,
    }
    out: dict[str, dict[str, Any]] = {}
    for lang in LANGUAGES:
        texts = load_texts(lang)
        out[lang] = {
            "page": dict(texts["page"]),
            "errors": {kind: text.format(**limits) for kind, text in texts["errors"].items()},
        }
    return out


def summary_fragment(result: Result, lang: str) -> str:
    """The printable page's body (a <main> element) for this result: what the page shows and prints."""
    from ..explain import explanation_for
    from ..render.html import render_html_body

    return render_html_body(explanation_for(result, lang))


def summary_css() -> str:
    """The printable page's style sheet (scoped to its <main>), served to the page for the summary."""
    from ..render.html import PAGE_CSS

    return PAGE_CSS


def printable_page(result: Result, lang: str) -> str:
    """The stand-alone printable page (what `explain --save x.html` writes), for the Save button."""
    from ..render.html import render_html

    return render_html(result, lang)


def _json_block(data: object) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(settings: ServeSettings) -> str:
    """The page: drop zone and file picker, language switch, progress, password form, result."""
    texts = page_texts(settings)
    words = texts[settings.lang]["page"]
    e = html.escape

    def t(key: str, tag: str = "span", attrs: str = "") -> str:
        return f'<{tag} data-t="{key}"{attrs}>{e(words[key])}</{tag}>'

    options = "".join(
        f'<option value="{lang}"{" selected" if lang == settings.lang else ""}>{e(texts[lang]["page"]["language_name"])}</option>'
        for lang in LANGUAGES
    )
    return f"""<!doctype html>
<html lang="{settings.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{e(words["title"])}</title>
<link rel="icon" href="static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="static/summary.css">
<link rel="stylesheet" href="static/page.css">
<script type="application/json" id="texts">{_json_block(texts)}</script>
<script src="static/page.js" defer></script>
</head><body>
<header class="controls">
{t("title", "h1", ' class="page-title" id="page-title"')}
<p>{t("intro")}</p>
<p class="private">{t("private")}</p>
<p class="language"><label for="lang" data-t="language_label">{e(words["language_label"])}</label>
<select id="lang">{options}</select></p>
</header>
<section id="upload" class="controls" aria-labelledby="page-title">
<div id="drop" class="drop">
<p>{t("drop")}</p>
<p><input type="file" id="file" class="file-input" accept="{ACCEPTED_FILES}">
<label for="file" class="file-button">{t("choose")}</label></p>
<p class="file-types">{t("file_types")}</p>
</div>
<form id="password-form" class="password" hidden>
<label for="password" data-t="password_label">{e(words["password_label"])}</label>
<input type="password" id="password" autocomplete="off" spellcheck="false">
<button type="submit" data-t="password_submit">{e(words["password_submit"])}</button>
</form>
<div id="busy" class="busy" hidden><progress aria-labelledby="busy-text"></progress>
<span id="busy-text" data-t="reading">{e(words["reading"])}</span></div>
<p id="error" class="error" role="alert"></p>
<p id="announce" class="visually-hidden" role="status"></p>
</section>
<section id="result" hidden>
<p class="controls actions"><button type="button" id="print" data-t="print">{e(words["print"])}</button>
<button type="button" id="save" data-t="save">{e(words["save"])}</button></p>
<div id="summary" class="summary" tabindex="-1"></div>
</section>
<footer class="controls">{t("stop", "p")}</footer>
<noscript><p class="error">{e(words["noscript"])}</p></noscript>
</body></html>
"""
