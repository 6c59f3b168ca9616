"""A throwaway PostgreSQL server for the tests: `$CLASHWATCH_TEST_PG`, or one started here.

Without `$CLASHWATCH_TEST_PG`, and when the Debian server binaries are installed
(`/usr/lib/postgresql/*/bin/initdb`), a cluster is created in a temporary folder,
started on a free loopback port with its unix socket in that folder (no systemd, no
system-wide cluster touched) and stopped at the end. initdb refuses to run as root, so
as root the cluster belongs to the `postgres` OS user (`runuser -u postgres --`).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV = "CLASHWATCH_TEST_PG"
USER = "clashwatch"


class NoServer(Exception):
    """The PostgreSQL server could not be started; the message says why."""


class NoBinaries(NoServer):
    """No PostgreSQL server binaries are installed (and no $CLASHWATCH_TEST_PG)."""


def _bin_dir() -> Path:
    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if not found:
        raise NoBinaries("PostgreSQL server binaries not installed (/usr/lib/postgresql/*/bin/initdb); "
                       f"install postgresql or set ${ENV}")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    if shutil.which("runuser") is None:
        raise NoServer("running as root without runuser: cannot start PostgreSQL as 'postgres'")
    return ["runuser", "-u", "postgres", "--", *cmd]


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        detail = " ".join((done.stderr or done.stdout).split())[-300:]
        raise NoServer(f"{what} failed: {detail}")


@contextmanager
def local_server() -> Iterator[str]:
    """A fresh cluster on loopback; yields the URL of its `postgres` database."""
    bindir = _bin_dir()
    tmp = Path(tempfile.mkdtemp(prefix="clashwatch-pg-"))
    data = tmp / "data"
    started = False
    try:
        if os.geteuid() == 0:
            shutil.chown(tmp, "postgres")
        _run(_as_owner([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", USER,
                        "-E", "UTF8", "--locale=C", "--no-sync"]), "initdb")
        port = _free_port()
        options = (f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        _run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
                        "-l", str(tmp / "server.log"), "-w", "-t", "60", "start"]), "pg_ctl start")
        started = True
        yield f"postgresql://{USER}@127.0.0.1:{port}/postgres"
    finally:
        if started:
            subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                      "-w", "stop"]), capture_output=True, timeout=60, check=False)
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def server_url() -> Iterator[str]:
    """$CLASHWATCH_TEST_PG when set, else a local throwaway server; raises NoServer."""
    if os.environ.get(ENV):
        yield os.environ[ENV]
        return
    with local_server() as url:
        yield url


@contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """A new empty database on the server, dropped afterwards; yields its URL."""
    import psycopg

    name = f"cw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
