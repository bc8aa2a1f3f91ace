"""A real `her2cli serve` for the web tests: started on a free loopback port, stopped with Ctrl-C.

Nothing here is a test. The server runs as its own process through `python -m her2cli`, exactly
as a patient starts it, and its whole output is kept so that tests can check what it printed.
"""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

STOP_LIMIT_S = 60  # Ctrl-C to exit; ~1 s idle, room for a loaded CI machine


@dataclass
class Served:
    """A running `her2cli serve --no-browser`: its URL, and its output once stopped."""

    process: subprocess.Popen[str]
    url: str
    stdout: str = ""
    stderr: str = ""
    returncode: int | None = None
    extra: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(urlsplit(self.url).port or 0)

    @property
    def token(self) -> str:
        return urlsplit(self.url).path.strip("/")

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        """One HTTP request to the server: (status, lower-cased headers, body). The Host header
        is the server's own unless `headers` gives another."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            sent = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in sent.items():
                conn.putheader(name, value)
            if body is not None:
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def upload(self, data: bytes, password: str | None = None) -> tuple[int, dict[str, str], bytes]:
        """What the page's script sends for one report."""
        from urllib.parse import quote

        headers = {
            "Origin": self.origin,
            "Content-Type": "application/octet-stream",
            "Sec-Fetch-Site": "same-origin",
        }
        if password is not None:
            headers["X-Her2cli-Password"] = quote(password)
        return self.request("POST", f"/{self.token}/explain", data, headers)

    def children(self) -> set[int] | None:
        """The server's child processes (its report workers), or None where the system does not
        list them (Linux: /proc/PID/task/TID/children)."""
        tasks = Path(f"/proc/{self.process.pid}/task")
        found: set[int] = set()
        listed = False
        try:
            for task in tasks.iterdir():
                try:
                    found |= {int(pid) for pid in (task / "children").read_text().split()}
                    listed = True
                except FileNotFoundError:  # a thread that ended meanwhile, or no such file
                    continue
        except OSError:
            return None
        return found if listed else None

    def stop(self) -> None:
        """Ctrl-C, as a patient stops it; keeps the exit code and everything it printed."""
        if self.returncode is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            out, err = self.process.communicate(timeout=STOP_LIMIT_S)
        except subprocess.TimeoutExpired:
            # a server that does not stop: end it and every worker it started (they would keep
            # its output pipes open), and fail on the exit code
            os.killpg(self.process.pid, signal.SIGKILL)
            out, err = self.process.communicate(timeout=20)
        self.stdout += out
        self.stderr += err
        self.returncode = self.process.returncode


def _sigint_as_on_a_terminal() -> None:
    """SIGINT back to its default action in the server's process: a test run started as a
    background job (as CI runners start theirs) passes SIGINT on ignored, and stop() is the
    Ctrl-C of a patient at a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_server(*args: str, open_browser: bool = False, env: dict[str, str] | None = None) -> Served:
    """`her2cli serve --no-browser --port 0 ARGS`, once its URL (the first line) is printed."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", **(env or {}))
    browser = [] if open_browser else ["--no-browser"]
    process = subprocess.Popen(
        [sys.executable, "-m", "her2cli", "serve", *browser, "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group, so that a stuck server can be cleaned up
        preexec_fn=_sigint_as_on_a_terminal,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    if not first.startswith("http://"):
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"her2cli serve did not start: {first!r} {out!r} {err!r}")
    return Served(process=process, url=first.strip(), stdout=first)
