"""`her2cli serve`: the patient's page in a browser tab, served on this computer only."""

from __future__ import annotations

import sys

import typer

from ..errors import progress_line
from ..exit_codes import ExitStatus
from . import app
from .common import MAX_MEMORY_OPT, OCR_OPT, TIMEOUT_OPT, CommandError, Lang, Ocr, remember_lang


@app.command("serve")
def serve_command(
    port: int = typer.Option(
        0, "--port", min=0, max=65535, help="Port on this computer (default: any free port)."
    ),
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Loopback address to listen on; other addresses are refused."
    ),
    no_browser: bool = typer.Option(
        False, "--no-browser", help="Print the page's address but do not open a browser."
    ),
    lang: Lang = typer.Option(
        Lang.en,
        "--lang",
        help="Starting language of the page: en or es.",
        case_sensitive=False,
        callback=remember_lang,
        is_eager=True,
    ),
    ocr: Ocr = OCR_OPT,
    timeout: float = TIMEOUT_OPT,
    max_memory: int = MAX_MEMORY_OPT,
) -> None:
    """Open a private page in your browser: drop in a report and read its summary.

    The page's address (with its secret) is the first line of output. The report is read on this
    computer only and nothing is kept; press Ctrl-C to stop. Needs the extra her2cli[web].
    """
    from ..web.settings import ServeSettings, is_loopback

    if not is_loopback(host):
        raise CommandError("host_not_loopback", ExitStatus.USAGE, host=host)
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise CommandError("web_extra_missing") from None
    from ..web.server import bind_loopback, serve

    try:
        sock = bind_loopback(host, port)
    except OSError as exc:
        raise CommandError("port_unavailable", port=port, reason=exc.strerror) from None
    settings = ServeSettings(
        port=sock.getsockname()[1],
        host=sock.getsockname()[0],
        lang=lang.value,
        ocr=ocr.value,
        timeout=timeout,
        max_memory_mb=max_memory,
    )
    try:
        serve(sock, settings, open_browser=not no_browser, out=sys.stdout, err=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    sys.stderr.write(progress_line("stopped", lang.value))
