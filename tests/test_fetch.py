"""URL fetching refuses non-public addresses unless allowed, on every redirect hop and
after connecting, and caps size and time (issue 8). All on a loopback server.

To test the redirect and peer checks on one machine, the fetcher is given an address
policy under which the test server's 127.0.0.1 counts as public and every other
non-public address (127.0.0.2, 169.254.169.254, ...) does not.
"""

from __future__ import annotations

import pytest

from clashwatch.errors import InputError
from clashwatch.ingest.fetch import Fetcher, FetchOptions, is_public
from feed_server import serve

QUICK = dict(per_host_delay=0.0, timeout=1.0)


def server_is_public(address: str) -> bool:
    return address == "127.0.0.1" or is_public(address)


@pytest.fixture()
def site():
    with serve() as served:
        yield served


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.8", "172.16.4.1", "192.168.1.1",
                                     "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1",
                                     "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1",
                                     "not-an-ip"])
def test_fetch_non_public_addresses(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_fetch_public_addresses(address: str) -> None:
    assert is_public(address)


def test_fetch_refuses_loopback_by_default(site) -> None:
    fetcher = Fetcher(FetchOptions(**QUICK))
    with pytest.raises(InputError, match=r"refused: 127\.0\.0\.1 is a private, loopback or "
                       r"link-local address \(127\.0\.0\.1\); set CLASHWATCH_FETCH_ALLOW_PRIVATE=1"):
        fetcher.fetch(f"{site.base}/feed.xml")
    assert site.requests == []  # refused before connecting


def test_fetch_refuses_a_name_that_resolves_to_loopback(site) -> None:
    port = site.base.rsplit(":", 1)[1]
    with pytest.raises(InputError, match=r"refused: localhost is a private"):
        Fetcher(FetchOptions(**QUICK)).fetch(f"http://localhost:{port}/feed.xml")
    assert site.requests == []


def test_fetch_allow_private_from_environment(site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLASHWATCH_FETCH_ALLOW_PRIVATE", "1")
    result = Fetcher(FetchOptions.from_env(**QUICK)).fetch(f"{site.base}/news/1.html")
    assert result.content and b"<article>" in result.content


@pytest.mark.parametrize("target", ["http://127.0.0.2:9/admin", "http://169.254.169.254/latest/meta-data",
                                    "http://[::1]:9/", "file:///etc/passwd", "gopher://example.org/"])
def test_fetch_refuses_redirect_to_private_or_other_scheme(site, target: str) -> None:
    fetcher = Fetcher(FetchOptions(**QUICK), address_ok=server_is_public)
    with pytest.raises(InputError) as caught:
        fetcher.fetch(f"{site.base}/redirect?to={target}")
    assert str(caught.value).startswith(f"{site.base}/redirect?to={target}: ")
    assert "refused" in str(caught.value) or "only http:// and https://" in str(caught.value)
    assert site.served("/redirect") == [f"/redirect?to={target}"]


def test_fetch_follows_public_redirect(site) -> None:
    fetcher = Fetcher(FetchOptions(**QUICK), address_ok=server_is_public)
    result = fetcher.fetch(f"{site.base}/redirect?to=/news/2.html")
    assert result.url == f"{site.base}/news/2.html" and result.content


def test_fetch_redirect_loop_stops(site) -> None:
    loop = "/redirect"  # redirects to itself
    fetcher = Fetcher(FetchOptions(max_redirects=3, **QUICK), address_ok=server_is_public)
    with pytest.raises(InputError, match="too many redirects"):
        fetcher.fetch(f"{site.base}{loop}")


def test_fetch_checks_the_connected_peer(site) -> None:
    """A name whose DNS answer looked public but whose connection lands on loopback
    (DNS rebinding) is refused after connecting, before the body is read."""
    port = site.base.rsplit(":", 1)[1]
    fetcher = Fetcher(FetchOptions(**QUICK), resolve=lambda host, port: ["93.184.216.34"])
    with pytest.raises(InputError, match=r"refused: connected to a private address \(127\.0\.0\.1\)"):
        fetcher.fetch(f"http://localhost:{port}/news/1.html")


@pytest.mark.parametrize(("path", "message"), [
    ("/big", "response too large (3,145,754 bytes; limit 1,048,576)"),
    ("/bomb", "response too large (over 1,048,576 bytes after decompression)"),
    ("/slow.xml", "timed out after 1 s"),
])
def test_fetch_caps_size_and_time(site, path: str, message: str) -> None:
    fetcher = Fetcher(FetchOptions(allow_private=True, max_bytes=1024 * 1024, **QUICK))
    with pytest.raises(InputError) as caught:
        fetcher.fetch(f"{site.base}{path}")
    assert str(caught.value) == f"{site.base}{path}: {message}"


def test_fetch_drip_feed_stops_at_the_time_limit(site) -> None:
    fetcher = Fetcher(FetchOptions(allow_private=True, **QUICK))
    with pytest.raises(InputError, match=r"/drip: timed out after 1 s \(body still arriving"):
        fetcher.fetch(f"{site.base}/drip")


def test_fetch_conditional_get_and_content_hash(site) -> None:
    fetcher = Fetcher(FetchOptions(allow_private=True, **QUICK))
    feed = f"{site.base}/feed.xml"
    assert not fetcher.fetch(feed).unchanged
    fetcher.state.commit()
    again = fetcher.fetch(feed)
    assert again.unchanged and again.content is None  # ETag: 304
    assert site.requests[-1] == ("/feed.xml", 304)
    # a server without validators: the same bytes as last time are unchanged too
    fetcher.state.saved[feed] = {"etag": None, "last_modified": None,
                                 "content_hash": fetcher.state.saved[feed]["content_hash"]}
    assert fetcher.fetch(feed).unchanged
    assert site.requests[-1] == ("/feed.xml", 200)


def test_fetch_validators_kept_only_on_commit(site) -> None:
    fetcher = Fetcher(FetchOptions(allow_private=True, **QUICK))
    fetcher.fetch(f"{site.base}/feed.xml")
    assert fetcher.state.get(f"{site.base}/feed.xml") is None  # the run has not finished
    fetcher.state.commit()
    assert fetcher.state.get(f"{site.base}/feed.xml")["etag"]


def test_fetch_per_host_delay_spaces_requests(site) -> None:
    import time

    fetcher = Fetcher(FetchOptions(allow_private=True, per_host_delay=0.3, timeout=1.0))
    started = time.monotonic()
    for number in (1, 2, 3):
        fetcher.fetch(f"{site.base}/news/{number}.html")
    assert time.monotonic() - started >= 0.6  # two waits between three requests
