"""The local page's server, over plain HTTP: who may talk to it, what it answers, what it prints.

These run against a real `her2cli serve` process (tests/web_support.py) on a free loopback port,
plus a few checks of the guard's pure decision function and of the app driven directly as ASGI
(for limits too large to upload in a test: size cap and timeout).
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette", reason="the web page needs the extra her2cli[web]")
pytest.importorskip("uvicorn", reason="the web page needs the extra her2cli[web]")

from her2cli.messages import load_messages
from her2cli.web.app import create_app
from her2cli.web.guard import refusal
from her2cli.web.page import load_texts
from her2cli.web.settings import ServeSettings, is_loopback

from . import hostile
from .conftest import SAMPLES
from .web_support import Served, start_server

TEXT_PDF = SAMPLES / "crc_ihc2_fish_amplified.pdf"


def expected_status(report: Path) -> str:
    return str(json.loads((SAMPLES / "expected" / f"{report.stem}.json").read_text())["status"])


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    served = start_server()
    yield served
    served.stop()


# --- who may talk to it -------------------------------------------------------------------------


def test_the_page_needs_the_token(server: Served) -> None:
    assert server.request("GET", f"/{server.token}/")[0] == 200
    for path in (
        "/",
        "/index.html",
        f"/{server.token[:-1]}/",
        f"/{server.token}x/",
        "/static/page.js",
        "/explain",
    ):
        status, _, body = server.request("GET", path)
        assert status == 403, path
        assert server.token.encode() not in body


def test_the_token_without_a_slash_redirects_to_the_page(server: Served) -> None:
    status, headers, _ = server.request("GET", f"/{server.token}")
    assert status == 307 and headers["location"] == f"/{server.token}/"


@pytest.mark.parametrize(
    "host", ["evil.example:{port}", "evil.example", "127.0.0.1:{other}", "localhost", "0.0.0.0:{port}", ""]
)
def test_a_wrong_host_is_refused(server: Served, host: str) -> None:
    """DNS rebinding: a page of another site re-points its name at 127.0.0.1 and sends its name."""
    value = host.format(port=server.port, other=server.port + 1)
    status, _, _ = server.request("GET", f"/{server.token}/", headers={"Host": value})
    assert status in (403, 421)


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_the_loopback_names_are_accepted(server: Served, host: str) -> None:
    status, _, _ = server.request("GET", f"/{server.token}/", headers={"Host": host.format(port=server.port)})
    assert status == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example", "Content-Type": "application/octet-stream"},
        {"Origin": "null", "Content-Type": "application/octet-stream"},
        {"Origin": "http://127.0.0.1:{other}", "Content-Type": "application/octet-stream"},
        {"Content-Type": "application/octet-stream"},  # no Origin at all
        {"Origin": "{origin}", "Content-Type": "application/octet-stream", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "{origin}", "Content-Type": "multipart/form-data; boundary=x"},  # what a form can send
        {"Origin": "{origin}", "Content-Type": "text/plain"},
    ],
    ids=[
        "other-site",
        "null-origin",
        "other-port",
        "no-origin",
        "cross-site-fetch",
        "form-multipart",
        "form-text",
    ],
)
def test_a_cross_origin_upload_is_refused(server: Served, headers: dict[str, str]) -> None:
    sent = {k: v.format(origin=server.origin, other=server.port + 1) for k, v in headers.items()}
    status, _, body = server.request("POST", f"/{server.token}/explain", TEXT_PDF.read_bytes(), sent)
    assert status == 403
    assert b"HER2" not in body


def test_the_page_itself_may_upload(server: Served) -> None:
    status, _, body = server.upload(TEXT_PDF.read_bytes())
    assert status == 200 and json.loads(body)["ok"] is True


def test_the_server_listens_on_loopback_only(server: Served) -> None:
    listening = _listening_addresses(server.port)
    if listening is not None:  # Linux: the kernel's own table of listening sockets
        assert listening == {"127.0.0.1"}
    for address in _own_non_loopback_addresses():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            assert s.connect_ex((address, server.port)) != 0, f"reachable on {address}"


def _listening_addresses(port: int) -> set[str] | None:
    found: set[str] = set()
    try:
        tables = [Path("/proc/net/tcp").read_text(), Path("/proc/net/tcp6").read_text()]
    except OSError:
        return None
    for table in tables:
        for line in table.splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.rsplit(":", 1)
            if int(port_hex, 16) == port and state == "0A":  # LISTEN
                found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]) if len(address) == 8 else address)
    return found


def _own_non_loopback_addresses() -> set[str]:
    addresses: set[str] = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:  # no packet is sent
        try:
            s.connect(("10.255.255.255", 1))
            addresses.add(s.getsockname()[0])
        except OSError:
            pass
    with contextlib.suppress(OSError):
        addresses.update(socket.gethostbyname_ex(socket.gethostname())[2])
    return {a for a in addresses if not is_loopback(a)}


# --- what every answer says ---------------------------------------------------------------------


def _paths(server: Served) -> list[tuple[str, str, dict[str, str]]]:
    return [
        ("GET", f"/{server.token}/", {}),
        ("GET", f"/{server.token}/static/page.js", {}),
        ("GET", f"/{server.token}/static/page.css", {}),
        ("GET", f"/{server.token}/static/summary.css", {}),
        ("GET", f"/{server.token}/static/nothing.js", {}),
        ("GET", "/wrong-token/", {}),
        ("GET", f"/{server.token}/", {"Host": "evil.example"}),
    ]


def test_security_headers_on_every_answer(server: Served) -> None:
    answers = [server.request(method, path, headers=headers) for method, path, headers in _paths(server)]
    answers.append(server.upload(TEXT_PDF.read_bytes()))
    answers.append(server.upload(b"%PDF-1.7 broken"))
    for status, headers, _ in answers:
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp, status
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert "no-store" in headers["cache-control"]
        assert "server" not in headers


def test_static_files_have_their_types(server: Served) -> None:
    types = {
        name: server.request("GET", f"/{server.token}/static/{name}")[1]["content-type"]
        for name in ("page.js", "page.css", "summary.css", "icon.svg")
    }
    assert types["page.js"].startswith("text/javascript")
    assert types["page.css"].startswith("text/css") and types["summary.css"].startswith("text/css")
    assert types["icon.svg"].startswith("image/svg+xml")


def test_the_page_loads_nothing_from_elsewhere(server: Served) -> None:
    _, _, body = server.request("GET", f"/{server.token}/")
    page = body.decode()
    assert "http://" not in page and "https://" not in page and "//" not in page.replace("<!doctype", "")
    assert "<script>" not in page  # the only scripts: our file and a JSON data block


# --- reading reports ----------------------------------------------------------------------------


def test_a_report_is_summarised_in_both_languages(server: Served) -> None:
    status, _, body = server.upload(TEXT_PDF.read_bytes())
    answer = json.loads(body)
    assert status == 200 and answer["ok"] is True
    assert answer["status"] == expected_status(TEXT_PDF)
    for lang in ("en", "es"):
        headline = load_messages(lang)["headline"][answer["status"]]
        assert headline in answer["summary"][lang]
        assert "<blockquote" in answer["summary"][lang]  # the quoted report lines
        assert answer["page"][lang].startswith("<!doctype html>") and headline in answer["page"][lang]
        # the page shows exactly the printable page's body: same sections, same wording
        assert answer["summary"][lang].startswith("<main") and answer["summary"][lang] in answer["page"][lang]


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (lambda d: hostile.make_truncated_pdf(d, 0.4).read_bytes(), "truncated_or_corrupt"),
        (lambda d: os.urandom(4000) + b"\x00" * 100, "not_a_report"),
        (lambda d: b"", "empty"),
        (lambda d: hostile.make_user_password_pdf(d).read_bytes(), "password_required"),
        (lambda d: b"PK\x03\x04" + b"\x00" * 200, "not_a_report"),
    ],
    ids=["truncated-pdf", "random-bytes", "empty", "password", "zip"],
)
def test_each_unreadable_file_gets_its_error_kind(
    server: Served, tmp_path: Path, make: Any, kind: str
) -> None:
    status, _, body = server.upload(make(tmp_path))
    assert status == 200
    assert json.loads(body) == {"ok": False, "error": kind}
    assert kind in load_texts("en")["errors"] and kind in load_texts("es")["errors"]


def test_a_password_opens_the_pdf_and_a_wrong_one_is_named(server: Served, tmp_path: Path) -> None:
    locked = hostile.make_user_password_pdf(tmp_path, password="contraseña-ñ").read_bytes()
    assert json.loads(server.upload(locked, password="wrong")[2]) == {"ok": False, "error": "wrong_password"}
    answer = json.loads(server.upload(locked, password="contraseña-ñ")[2])
    assert answer["ok"] is True and answer["status"] == "positive"  # hostile.POSITIVE_LINES


# --- limits, driven as ASGI (no upload of 200 MB, no two-minute wait) ---------------------------


def _asgi(
    settings: ServeSettings, body: bytes, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    """POST body to the app's upload route, in process; (status, JSON answer)."""
    app = create_app(settings)
    sent = {
        "host": f"127.0.0.1:{settings.port}",
        "origin": f"http://127.0.0.1:{settings.port}",
        "content-type": "application/octet-stream",
        **(headers or {}),
    }
    scope = {
        "type": "http",
        "method": "POST",
        "path": f"/{settings.token}/explain",
        "root_path": "",
        "query_string": b"",
        "headers": [(k.encode(), v.encode()) for k, v in sent.items()],
        "http_version": "1.1",
        "scheme": "http",
        "server": ("127.0.0.1", settings.port),
        "client": ("127.0.0.1", 50000),
    }
    chunks = [body[i : i + 65536] for i in range(0, len(body), 65536)] or [b""]
    messages = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)
    ]
    sent_back: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent_back.append(message)

    asyncio.run(app(scope, receive, send))
    status = sent_back[0]["status"]
    payload = b"".join(m.get("body", b"") for m in sent_back[1:])
    return status, json.loads(payload)


def test_a_file_over_the_size_cap_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = ServeSettings(port=8000, max_bytes=100_000)
    status, answer = _asgi(settings, b"x" * 100_001)
    assert status == 413 and answer == {"ok": False, "error": "too_large"}
    status, answer = _asgi(settings, b"x" * 100_001, {"content-length": "100001"})
    assert status == 413 and answer == {"ok": False, "error": "too_large"}


def test_a_report_that_takes_too_long_is_stopped() -> None:
    settings = ServeSettings(port=8000, timeout=0.001)
    status, answer = _asgi(settings, TEXT_PDF.read_bytes())
    assert status == 200 and answer == {"ok": False, "error": "timeout"}


def test_the_guard_decides_before_any_route() -> None:
    settings = ServeSettings(port=8000, token="secret")

    def scope(method: str, path: str, **headers: str) -> dict[str, Any]:
        return {
            "method": method,
            "path": path,
            "headers": [(k.replace("_", "-").encode(), v.encode()) for k, v in headers.items()],
        }

    assert refusal(scope("GET", "/secret/", host="127.0.0.1:8000"), settings) is None
    assert refusal(scope("GET", "/secret/", host="localhost:8000"), settings) is None
    assert _status(refusal(scope("GET", "/secret/", host="attacker.example:8000"), settings)) == 421
    assert _status(refusal(scope("GET", "/secrets/", host="127.0.0.1:8000"), settings)) == 403
    upload = {
        "host": "127.0.0.1:8000",
        "origin": "http://localhost:8000",
        "content_type": "application/octet-stream",
    }
    assert refusal(scope("POST", "/secret/explain", **upload), settings) is None
    assert (
        _status(
            refusal(scope("PUT", "/secret/explain", **{**upload, "origin": "http://evil.example"}), settings)
        )
        == 403
    )


def _status(refused: tuple[int, str] | None) -> int | None:
    return None if refused is None else refused[0]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.5.6.7", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.5", False),
        ("example.com", False),
        ("", False),
    ],
)
def test_only_loopback_hosts_are_accepted(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


# --- the command ---------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.com", "::"])
def test_serve_refuses_a_host_that_is_not_loopback(host: str) -> None:
    from typer.testing import CliRunner

    from her2cli.cli import app

    result = CliRunner().invoke(app, ["serve", "--no-browser", "--host", host])
    assert result.exit_code == 2
    assert "this computer only" in result.output and "Traceback" not in result.output


def test_serve_names_the_extra_when_it_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from her2cli.cli import app

    monkeypatch.setitem(__import__("sys").modules, "uvicorn", None)  # import uvicorn -> ImportError
    result = CliRunner().invoke(app, ["serve", "--no-browser"])
    assert result.exit_code == 1
    assert "her2cli[web]" in result.output and "Traceback" not in result.output


def test_serve_explains_a_port_in_use() -> None:
    from typer.testing import CliRunner

    from her2cli.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--no-browser", "--port", str(port)])
    assert result.exit_code == 1
    assert f"port {port}" in result.output and "--port" in result.output


def test_only_the_port_is_printed_and_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    served = start_server()
    try:
        assert served.upload(TEXT_PDF.read_bytes())[0] == 200
        assert served.upload(hostile.make_truncated_pdf(tmp_path, 0.5).read_bytes())[0] == 200
        served.request("GET", "/wrong/")
    finally:
        served.stop()
    assert served.returncode == 0
    assert served.stdout.splitlines() == [served.url]  # the URL, on the first line, and nothing else
    lines = served.stderr.splitlines()
    assert len(lines) == 2 and str(served.port) in lines[0] and lines[1] == "her2cli: stopped", served.stderr
    assert served.token not in served.stderr


def test_page_words_have_every_language_and_every_error_kind() -> None:
    from her2cli import errors

    kinds = {
        cls.kind
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.Her2cliError)
    }
    kinds -= {"not_found_file", "is_directory"}  # a path the patient typed: never from an upload
    page_kinds = kinds | {
        "wrong_password",
        "network",
        "internal_error",
        "too_large",
        "timeout",
        "memory_limit",
    }
    en, es = load_texts("en"), load_texts("es")
    for section in ("page", "errors"):
        assert set(en[section]) == set(es[section]), section
    assert page_kinds <= set(en["errors"]), page_kinds - set(en["errors"])
    script = (Path(__file__).parents[1] / "her2cli" / "web" / "static" / "page.js").read_text()
    for key in ("reading", "read_done", "title", "save_name"):
        assert f"page.{key}" in script and key in en["page"]


def test_ctrl_c_while_a_report_is_stuck_stops_at_once(tmp_path: Path) -> None:
    """A file the PDF reader spins on forever, with a 10-minute limit: Ctrl-C ends its worker
    instead of waiting for the limit (stop() gives up after STOP_LIMIT_S, which fails the exit
    code). Ctrl-C is sent once the worker runs (the server has a child process), not after a
    fixed pause that a loaded machine may not have used to start it."""
    import threading

    served = start_server("--timeout", "600")
    stuck = hostile.make_length_loop_pdf(tmp_path).read_bytes()
    upload = threading.Thread(target=lambda: _ignore_errors(served.upload, stuck), daemon=True)
    upload.start()
    deadline = time.monotonic() + 120
    while upload.is_alive() and time.monotonic() < deadline and not served.children():
        if served.children() is None:  # not listed here: give the worker time to start
            upload.join(2)
            break
        time.sleep(0.05)
    assert upload.is_alive()
    assert served.children() != set(), "no report worker started within 120 s"
    served.stop()
    assert served.returncode == 0
    assert served.stderr.splitlines()[-1] == "her2cli: stopped"


def test_ctrl_c_before_the_worker_starts_still_ends_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C can come after a read began but before its worker started (the race a loaded
    machine widens): stop_readers keeps ending workers while a read is under way, so the late
    worker is ended too instead of holding the exit for its 10-minute limit; and no read starts
    after it."""
    import threading
    import weakref

    from her2cli.web import app as web_app
    from her2cli.web.server import stop_readers

    monkeypatch.setattr(web_app, "_READERS", weakref.WeakSet())  # only this test's reader
    go = threading.Event()
    real = web_app.explain_isolated

    def late_start(*args: Any, **kwargs: Any) -> Any:
        assert go.wait(120)
        return real(*args, **kwargs)

    monkeypatch.setattr(web_app, "explain_isolated", late_start)
    reader = web_app.ReportReader(ServeSettings(port=8000, timeout=600, ocr="never"))
    stuck = hostile.make_length_loop_pdf(tmp_path).read_bytes()
    answers: list[dict[str, Any]] = []
    read = threading.Thread(target=lambda: answers.append(reader.read(stuck, None)), daemon=True)
    read.start()
    deadline = time.monotonic() + 120
    while not reader.busy and time.monotonic() < deadline:
        time.sleep(0.01)
    assert reader.busy
    stopper = threading.Thread(target=stop_readers, daemon=True)
    stopper.start()  # Ctrl-C: the read is under way, its worker not started
    go.set()
    read.join(120)
    stopper.join(120)
    assert not read.is_alive() and not stopper.is_alive(), "the late worker ran on"
    assert answers and answers[0]["ok"] is False
    assert reader.read(stuck, None)["ok"] is False  # closed: nothing new starts


def _ignore_errors(call: Any, *args: Any) -> None:
    with contextlib.suppress(OSError, http.client.HTTPException):
        call(*args)


def test_the_options_reach_the_page_and_the_reader(tmp_path: Path) -> None:
    """--lang starts the page in Spanish; --ocr never refuses a scan instead of reading it; the
    limits (--timeout, --max-memory) are the ones the page quotes in its messages."""
    served = start_server("--lang", "es", "--ocr", "never", "--timeout", "77", "--max-memory", "512")
    try:
        page = served.request("GET", f"/{served.token}/")[2].decode()
        assert '<html lang="es">' in page and load_texts("es")["page"]["title"] in page
        assert load_texts("es")["errors"]["timeout"].format(seconds="77") in page
        assert load_texts("es")["errors"]["memory_limit"].format(max_memory_mb=512) in page
        scan = hostile.make_image_only_pdf(tmp_path).read_bytes()
        assert json.loads(served.upload(scan)[2]) == {"ok": False, "error": "no_text_layer"}
    finally:
        served.stop()
    assert served.returncode == 0


def test_the_browser_opens_on_the_page(tmp_path: Path) -> None:
    """Without --no-browser the default browser (here a stand-in named by $BROWSER) gets the URL."""
    opened = tmp_path / "opened.txt"
    stand_in = tmp_path / "browser.sh"
    stand_in.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{opened}"\n')
    stand_in.chmod(0o755)
    served = start_server(open_browser=True, env={"BROWSER": str(stand_in)})
    try:
        deadline = time.monotonic() + 120  # a stand-in browser, started by a loaded machine
        while time.monotonic() < deadline and not (opened.exists() and opened.read_text()):
            time.sleep(0.1)
    finally:
        served.stop()
    assert opened.read_text() == served.url
