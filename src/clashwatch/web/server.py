"""Run the app with uvicorn in a background thread on a free loopback port.

For tests and benchmarks that want a real HTTP server in-process (a browser or a load
generator talks to it over loopback), and for `serve`'s own use of uvicorn settings.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from types import TracebackType

import uvicorn
from starlette.applications import Starlette

from clashwatch import settings

START_TIMEOUT_S = 15.0


def uvicorn_config(app: Starlette, host: str, port: int, log_level: str = "info") -> uvicorn.Config:
    # limit_concurrency answers 503 past the limit instead of queueing without bound
    return uvicorn.Config(app, host=host, port=port, log_level=log_level,
                          limit_concurrency=settings.WEB_MAX_CONCURRENCY,
                          timeout_keep_alive=5, server_header=False, access_log=False)


class BackgroundServer:
    """``with BackgroundServer(app) as url:`` serves `app` at `url` until the block ends."""

    def __init__(self, app: Starlette, host: str = "127.0.0.1", log_level: str = "warning") -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.host, self.port = host, self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn_config(app, host, self.port, log_level))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True, name="clashwatch-web")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"web server on {self.url} did not start")
            time.sleep(0.02)
        return self.url

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


class ServerProcess:
    """``clashwatch serve`` in a child process on a free loopback port, so a load generator
    in this process does not share the server's interpreter (benchmarks)."""

    def __init__(self, db: str, host: str = "127.0.0.1") -> None:
        probe = socket.socket()
        probe.bind((host, 0))
        self.host, self.port = host, probe.getsockname()[1]
        probe.close()
        self.db = db
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "clashwatch", "serve", "--db", self.db, "--host", self.host,
             "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT_S * 4
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"clashwatch serve exited with {self.process.returncode}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return self.url
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"clashwatch serve on {self.url} did not start")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
