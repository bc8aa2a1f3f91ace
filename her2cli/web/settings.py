"""What the local server needs to know, fixed once the loopback socket is bound."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field

from ..batch import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT
from ..sources import ReadOptions

DEFAULT_HOST = "127.0.0.1"


def new_token() -> str:
    """A secret for the URL, as local notebook servers use: another user or a web page on this
    computer can reach the port, but cannot guess 192 random bits."""
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and the name `localhost`; the server never listens elsewhere."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind_address(host: str) -> str:
    """The address to bind for a loopback host name (`localhost` means 127.0.0.1)."""
    return DEFAULT_HOST if host.lower() == "localhost" else host.strip("[]")


@dataclass(frozen=True)
class ServeSettings:
    """The bound address, the secret, and the same reading limits as `her2cli explain`."""

    port: int
    host: str = DEFAULT_HOST
    token: str = field(default_factory=new_token)
    lang: str = "en"
    ocr: str = "auto"
    timeout: float = DEFAULT_TIMEOUT
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    max_bytes: int = ReadOptions().max_bytes
    max_pages: int = ReadOptions().max_pages

    @property
    def authority(self) -> str:
        """host:port as it appears in a URL (IPv6 in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        """The page's address; the token is its first path segment so that every relative link
        (style sheet, script, upload) carries it without cookies."""
        return f"http://{self.authority}/{self.token}/"

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """Host header values a browser sends for this server; anything else is DNS rebinding or a
        misdirected request."""
        return frozenset({self.authority, f"localhost:{self.port}", f"127.0.0.1:{self.port}"})

    @property
    def allowed_origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.allowed_hosts)
