"""Fetch a URL politely and safely (httpx): the one way ClashWatch reads the web.

A fetch, step by step:

1. Scheme: only http and https.
2. Address: the host is resolved and every address it resolves to must be public;
   private, loopback, link-local, multicast and reserved ranges are refused unless the
   user allows them (`FetchOptions.allow_private`, `CLASHWATCH_FETCH_ALLOW_PRIVATE=1`),
   so a feed cannot point ClashWatch at an internal service (SSRF).
3. Politeness: at least `per_host_delay` seconds between two requests to one host.
4. Conditional GET: the ETag and Last-Modified of the last completed run are sent
   back; 304 means unchanged. A body whose hash equals the last one is unchanged too
   (servers without validators).
5. Redirects are followed by hand, at most `max_redirects`, and every hop goes through
   steps 1-3 again: a public feed redirecting to 127.0.0.1 is refused.
6. After connecting, the peer address of the socket is checked once more (a DNS answer
   that changed between step 2 and the connection is caught here).
7. The body is streamed and refused past `max_bytes` (after decompression: no gzip
   bomb) and past `timeout` seconds in all, however slowly it drips.

Fetch state is kept in a `FetchState`; new validators are only saved by `commit()`,
which the runner calls once a run has stored what it fetched, so a run killed midway
fetches everything again next time instead of losing it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from clashwatch import settings
from clashwatch.errors import InputError

_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class FetchOptions:
    """How to fetch; built once (from settings, the environment or the CLI) and passed down."""

    allow_private: bool = settings.FETCH_ALLOW_PRIVATE
    timeout: float = settings.FETCH_TIMEOUT_SECONDS
    max_bytes: int = settings.FETCH_MAX_BYTES
    max_redirects: int = settings.FETCH_MAX_REDIRECTS
    per_host_delay: float = settings.FETCH_PER_HOST_DELAY_SECONDS
    user_agent: str = settings.FETCH_USER_AGENT

    @classmethod
    def from_env(cls, **overrides: Any) -> FetchOptions:
        allowed = os.environ.get(settings.FETCH_ALLOW_PRIVATE_ENV, "").strip().lower()
        options = cls(allow_private=allowed in {"1", "true", "yes"} or settings.FETCH_ALLOW_PRIVATE)
        for key, value in overrides.items():
            if value is not None:
                setattr(options, key, value)
        return options


@dataclass
class FetchResult:
    url: str  # after redirects
    content: bytes | None  # None when the server answered 304
    content_type: str = ""
    charset: str | None = None
    unchanged: bool = False  # 304, or the same body as last time


class FetchState:
    """Validators per URL (etag, last_modified, content_hash); in memory by default."""

    def __init__(self) -> None:
        self.saved: dict[str, dict[str, str | None]] = {}
        self.pending: dict[str, dict[str, str | None]] = {}

    def get(self, url: str) -> dict[str, str | None] | None:
        return self.saved.get(url)

    def put(self, url: str, record: dict[str, str | None]) -> None:
        self.pending[url] = record

    def forget(self, url: str) -> None:
        """Do not keep this run's validators for `url` (some of what it lists failed to
        arrive: the next run must read it again)."""
        self.pending.pop(url, None)

    def commit(self) -> None:
        """Keep the validators of this run (call when what was fetched is stored)."""
        self.saved.update(self.pending)
        self.pending.clear()


def is_public(address: str) -> bool:
    """Whether an IP address is globally routable unicast: not private, loopback,
    link-local (cloud metadata at 169.254.169.254), shared, reserved or multicast."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    return ip.is_global and not ip.is_multicast


class StoreFetchState(FetchState):
    """Validators kept in a store's `fetch_state` table, shared by every run on it."""

    def __init__(self, store: Any) -> None:
        super().__init__()
        self.store = store

    def get(self, url: str) -> dict[str, str | None] | None:
        rows = self.store.read("SELECT etag, last_modified, content_hash FROM fetch_state "
                               "WHERE url = ?", (url,))
        if not rows:
            return None
        return {"etag": rows[0][0], "last_modified": rows[0][1], "content_hash": rows[0][2]}

    def commit(self) -> None:
        pending, self.pending = self.pending, {}

        def save(tx: Any) -> None:
            for url, record in sorted(pending.items()):
                # an upsert: two ingesters saving one URL at once must not collide
                tx.execute("INSERT INTO fetch_state(url, etag, last_modified, content_hash, "
                           "fetched_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                           "etag = excluded.etag, last_modified = excluded.last_modified, "
                           "content_hash = excluded.content_hash, fetched_at = excluded.fetched_at",
                           (url, record.get("etag"), record.get("last_modified"),
                            record.get("content_hash"), _now()))
        if pending:
            self.store.write(save)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _allow_hint() -> str:
    return f"set {settings.FETCH_ALLOW_PRIVATE_ENV}=1 or --allow-private to allow it"


class Fetcher:
    """Fetches URLs with the options given; one per run (it keeps per-host timing)."""

    def __init__(self, options: FetchOptions | None = None, state: FetchState | None = None,
                 resolve: Callable[[str, int], list[str]] | None = None,
                 address_ok: Callable[[str], bool] = is_public) -> None:
        """`resolve` (host, port -> addresses) and `address_ok` default to the system
        resolver and `is_public`; tests on loopback replace them."""
        self.options = options or FetchOptions.from_env()
        self.state = state or FetchState()
        self._resolve = resolve or _resolve
        self._address_ok = address_ok
        self._last_request: dict[str, float] = {}
        self._client: Any = None

    @property
    def client(self) -> Any:
        """The HTTP client, made on first use (httpx is imported only by runs that fetch)."""
        if self._client is None:
            import httpx

            # trust_env=False: no proxy from the environment (it would hide the real peer)
            self._client = httpx.Client(follow_redirects=False, trust_env=False,
                                        timeout=httpx.Timeout(self.options.timeout),
                                        headers={"User-Agent": self.options.user_agent})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def check_url(self, url: str) -> None:
        """Raise InputError unless `url` may be fetched (scheme and addresses)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(url, "only http:// and https:// URLs can be fetched")
        if self.options.allow_private:
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = self._resolve(parts.hostname, port)
        except OSError as exc:
            raise InputError(url, f"cannot resolve host {parts.hostname} "
                             f"({exc.strerror or exc})") from None
        for address in addresses:
            if not self._address_ok(address):
                raise InputError(url, f"refused: {parts.hostname} is a private, loopback or "
                                 f"link-local address ({address}); {_allow_hint()}")

    def fetch(self, url: str) -> FetchResult:
        """GET `url` (conditional when fetched before); raises InputError naming it."""
        import httpx

        deadline = time.monotonic() + self.options.timeout
        previous = self.state.get(url) or {}
        headers = {}
        if previous.get("etag"):
            headers["If-None-Match"] = str(previous["etag"])
        if previous.get("last_modified"):
            headers["If-Modified-Since"] = str(previous["last_modified"])
        current = url
        try:
            for _ in range(self.options.max_redirects + 1):
                try:
                    self.check_url(current)
                except InputError as exc:
                    if current == url:
                        raise
                    # name what the user gave, and where it led
                    raise InputError(url, f"redirect to {current}: {exc.problem}") from None
                self._wait_for_host(current)
                with self.client.stream("GET", current, headers=headers) as response:
                    self._check_peer(current, response)
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    return self._finish(url, current, response, previous, deadline)
        except httpx.TimeoutException:
            raise InputError(url, f"timed out after {self.options.timeout:g} s") from None
        except httpx.HTTPError as exc:
            detail = " ".join(str(exc).split()) or type(exc).__name__
            raise InputError(url, f"cannot fetch ({detail})") from None
        raise InputError(url, f"too many redirects (more than {self.options.max_redirects})")

    def _finish(self, url: str, final: str, response: Any, previous: dict[str, Any],
                deadline: float) -> FetchResult:
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if response.status_code == 304:
            return FetchResult(final, None, content_type, unchanged=True)
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        declared = response.headers.get("content-length", "")
        if declared.isdecimal() and int(declared) > self.options.max_bytes:
            raise InputError(url, f"response too large ({int(declared):,} bytes; limit "
                             f"{self.options.max_bytes:,})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():  # decoded: the cap holds for gzip too
            size += len(chunk)
            if size > self.options.max_bytes:
                raise InputError(url, f"response too large (over {self.options.max_bytes:,} "
                                 "bytes after decompression)")
            if time.monotonic() > deadline:
                raise InputError(url, f"timed out after {self.options.timeout:g} s "
                                 f"(body still arriving, {size:,} bytes so far)")
            chunks.append(chunk)
        body = b"".join(chunks)
        digest = hashlib.sha1(body).hexdigest()
        self.state.put(url, {"etag": response.headers.get("etag"),
                             "last_modified": response.headers.get("last-modified"),
                             "content_hash": digest})
        return FetchResult(final, body, content_type, response.charset_encoding,
                           unchanged=digest == previous.get("content_hash"))

    def _check_peer(self, url: str, response: Any) -> None:
        if self.options.allow_private:
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer and not self._address_ok(str(peer[0])):
            raise InputError(url, f"refused: connected to a private address ({peer[0]}); "
                             f"{_allow_hint()}")

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = self.options.per_host_delay - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()


def _resolve(host: str, port: int) -> list[str]:
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port,
                                                                  type=socket.SOCK_STREAM)})
