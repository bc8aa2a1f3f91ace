"""Who may talk to the local server, and the headers every answer carries.

A server on a patient's computer is reachable by every web page the patient opens (they can make
the browser send requests to 127.0.0.1) and by every local user. Three checks, in this order,
before any route runs:

1. `Host` must be this server's loopback address and port, else 421: a page on another site that
   re-points its own name at 127.0.0.1 (DNS rebinding) sends its own name as the Host.
2. The secret token must be the first path segment, else 403: nobody who did not get the URL
   from the terminal can reach the page.
3. A request that changes anything (every method but GET/HEAD) must come from the page itself:
   `Origin` equal to this server, `Sec-Fetch-Site` (when the browser sends it) same-origin, and the
   body typed `application/octet-stream`, which no cross-site HTML form can send; else 403.

Every answer, refusals included, says: run only our own files (Content-Security-Policy), never
guess types, send no Referer (the URL holds the token), store nothing. An exception in a route
becomes a bare 500 here and is not passed on to the server's log, where report text could appear.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .settings import ServeSettings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
SAFE_METHODS = frozenset({"GET", "HEAD"})
UPLOAD_TYPE = "application/octet-stream"


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return ""


def refusal(scope: Scope, settings: ServeSettings) -> tuple[int, str] | None:
    """(HTTP status, reason) when this request must be refused, else None. Pure, for the tests."""
    if _header(scope, b"host").lower() not in settings.allowed_hosts:
        return 421, "This server answers only on its own local address."
    segment, _, _ = str(scope.get("path", "")).lstrip("/").partition("/")
    if not hmac.compare_digest(segment.encode(), settings.token.encode()):
        return 403, "Forbidden: open the full address printed by 'her2cli serve'."
    if scope.get("method", "GET") not in SAFE_METHODS:
        if _header(scope, b"origin") not in settings.allowed_origins:
            return 403, "Forbidden: requests from other sites are refused."
        if _header(scope, b"sec-fetch-site") not in ("", "same-origin"):
            return 403, "Forbidden: requests from other sites are refused."
        if _header(scope, b"content-type").split(";")[0].strip().lower() != UPLOAD_TYPE:
            return 403, "Forbidden: uploads come only from the page itself."
    return None


class Guard:
    """ASGI middleware in front of the app: the checks above, the headers, no error logging."""

    def __init__(self, app: ASGIApp, settings: ServeSettings) -> None:
        self.app = app
        self.settings = settings
        self.prefix = f"/{settings.token}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # no websockets here
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name for name, _ in SECURITY_HEADERS}
                kept = [(k, v) for k, v in message.get("headers", []) if bytes(k).lower() not in names]
                message["headers"] = kept + list(SECURITY_HEADERS)
            await send(message)

        refused = refusal(scope, self.settings)
        if refused is not None:
            await _plain(send_with_headers, *refused)
            return
        if scope["path"] == self.prefix:  # relative links need the trailing slash
            await _plain(send_with_headers, 307, "", location=self.prefix + "/")
            return
        inner = dict(scope, root_path=scope.get("root_path", "") + self.prefix)
        try:
            await self.app(inner, receive, send_with_headers)
        except Exception:  # noqa: BLE001 - logged nowhere on purpose (report text could be in it)
            if not started:
                await _plain(send_with_headers, 500, "her2cli hit an unexpected problem; please try again.")


async def _plain(send: Send, status: int, text: str, location: str | None = None) -> None:
    body = text.encode("utf-8")
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    if location:
        headers.append((b"location", location.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
