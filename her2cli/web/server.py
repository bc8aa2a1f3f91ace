"""Run the page: bind a loopback socket, print the URL, open the browser, serve until Ctrl-C.

The socket is bound here, before uvicorn starts, so that port 0 gives a free port whose number
is known for the URL and the Host checks, and so that nothing ever listens beyond loopback.
Uvicorn's own logs are switched off: the only line the server writes is the port (stderr).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import webbrowser
from typing import TextIO

from .settings import ServeSettings, bind_address

STOP_SWEEP_S = 30.0  # Ctrl-C: how long to keep ending workers of reads under way


def bind_loopback(host: str, port: int) -> socket.socket:
    """A listening socket on the loopback address `host` (port 0: any free port)."""
    address = bind_address(host)
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((address, port))
        sock.listen(16)
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(False)
    return sock


def _silence_uvicorn() -> None:
    """No access log and no error log: request lines hold the token, and an error could hold
    report text."""
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi"):
        logger = logging.getLogger(name)
        logger.handlers = [logging.NullHandler()]
        logger.propagate = False
        logger.disabled = True


def serve(
    sock: socket.socket, settings: ServeSettings, *, open_browser: bool, out: TextIO, err: TextIO
) -> None:
    """Serve on `sock` until Ctrl-C (KeyboardInterrupt propagates to the caller)."""
    import uvicorn

    from .app import create_app

    config = uvicorn.Config(
        create_app(settings),
        log_config=None,
        access_log=False,
        server_header=False,
        date_header=False,
        lifespan="off",
        ws="none",
        timeout_graceful_shutdown=1,
    )
    _silence_uvicorn()
    out.write(settings.url + "\n")
    out.flush()
    err.write(
        f"her2cli: serving the page on port {settings.port} of this computer only; press Ctrl-C to stop\n"
    )
    err.flush()
    if open_browser:
        threading.Thread(target=webbrowser.open, args=(settings.url,), daemon=True).start()
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        stop_readers()


def stop_readers() -> None:
    """Ctrl-C while a report is being read: end its worker (and its Tesseract children) now
    rather than let an OCR run (or a hung parser, up to the time limit) hold the exit. The
    server's only child processes are report workers.

    Ctrl-C can also come after a read began but before its worker started: one sweep would miss
    that worker, and the exit would wait for its whole time limit. So no new read may start, and
    the sweep repeats while a read is under way (STOP_SWEEP_S at most)."""
    import multiprocessing

    from ..lifeline import kill_worker_tree
    from .app import close_readers, reading

    close_readers()
    deadline = time.monotonic() + STOP_SWEEP_S
    while True:
        for child in multiprocessing.active_children():
            kill_worker_tree(child)
            child.join(timeout=2)
        if not reading() or time.monotonic() >= deadline:
            return
        time.sleep(0.05)
