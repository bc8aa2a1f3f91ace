"""The three routes of the local page: the page, its static files, and reading one report.

A report is read by `explain_isolated`, the worker process `her2cli explain` uses, with the same
size, page, time and memory limits: a file that hangs or crashes the PDF reader takes the worker
down, never the server. One report is read at a time. The upload lives in memory only (the
request body, handed to the worker) and nothing about it is kept once the answer is sent.
"""

from __future__ import annotations

import threading
import weakref
from importlib import resources
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..batch import WorkOptions
from ..errors import ErrorKind
from ..isolated import WorkerFailure, explain_isolated
from ..messages import LANGUAGES
from .guard import ASGIApp, Guard
from .page import printable_page, render_page, summary_css, summary_fragment
from .settings import ServeSettings

UPLOAD_NAME = "upload"  # the name the worker gives the report; the file's own name never reaches it
STATIC_TYPES = {"page.js": "text/javascript", "page.css": "text/css", "icon.svg": "image/svg+xml"}


class ReportReader:
    """Reads one report at a time in an isolated worker and answers in the page's terms."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self._one_at_a_time = threading.Lock()
        self._state = threading.Lock()
        self._under_way = 0  # reads waiting for their turn or in a worker
        self._closed = False
        _READERS.add(self)

    def close(self) -> None:
        """Start no more reads (the server is stopping); those under way go on until their
        workers are ended (server.stop_readers)."""
        with self._state:
            self._closed = True

    @property
    def busy(self) -> bool:
        with self._state:
            return self._under_way > 0

    def read(self, data: bytes, password: str | None) -> dict[str, Any]:
        with self._state:
            if self._closed:
                return {"ok": False, "error": ErrorKind.INTERNAL_ERROR}  # never sent: the server stops
            self._under_way += 1
        try:
            return self._read(data, password)
        finally:
            with self._state:
                self._under_way -= 1

    def _read(self, data: bytes, password: str | None) -> dict[str, Any]:
        options = WorkOptions(
            password=password,
            ocr=self.settings.ocr,
            max_pages=self.settings.max_pages,
            timeout=self.settings.timeout,
            max_memory_mb=self.settings.max_memory_mb,
        )
        with self._one_at_a_time:
            try:
                result = explain_isolated(UPLOAD_NAME, options, data)
            except WorkerFailure as failure:
                return {"ok": False, "error": error_kind(failure.kind, password)}
            except Exception:  # noqa: BLE001 - e.g. no process could be started; never logged
                return {"ok": False, "error": ErrorKind.INTERNAL_ERROR}
        return {
            "ok": True,
            "status": result.status,
            "summary": {lang: summary_fragment(result, lang) for lang in LANGUAGES},
            "page": {lang: printable_page(result, lang) for lang in LANGUAGES},
        }


_READERS: weakref.WeakSet[ReportReader] = weakref.WeakSet()


def close_readers() -> None:
    """No reader starts another read (Ctrl-C: the server is stopping)."""
    for reader in list(_READERS):
        reader.close()


def reading() -> bool:
    """Whether a read is under way: its worker runs, or is about to be started."""
    return any(reader.busy for reader in list(_READERS))


def error_kind(kind: str, password: str | None) -> str:
    """The page's error kind: a password that was given and refused is not 'password needed'."""
    if kind == ErrorKind.PASSWORD_REQUIRED and password:
        return "wrong_password"
    return kind


async def read_body(request: Request, limit: int) -> bytes | None:
    """The upload, in memory, or None as soon as it is larger than `limit`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(settings: ServeSettings) -> ASGIApp:
    """The ASGI app, guarded (see guard.py)."""
    reader = ReportReader(settings)
    page = render_page(settings)

    async def index(request: Request) -> Response:
        return HTMLResponse(page)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name == "summary.css":
            return Response(summary_css(), media_type="text/css")
        if name not in STATIC_TYPES:
            return Response("Not found", status_code=404, media_type="text/plain")
        body = resources.files("her2cli.web").joinpath("static", name).read_bytes()
        return Response(body, media_type=STATIC_TYPES[name])

    async def explain(request: Request) -> Response:
        data = await read_body(request, settings.max_bytes)
        if data is None:
            return JSONResponse({"ok": False, "error": ErrorKind.TOO_LARGE}, status_code=413)
        password = unquote(request.headers.get("x-her2cli-password", "")) or None
        outcome = await run_in_threadpool(reader.read, data, password)
        return JSONResponse(outcome)

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/static/{name}", static, methods=["GET"]),
            Route("/explain", explain, methods=["POST"]),
        ]
    )
    return Guard(app, settings)
