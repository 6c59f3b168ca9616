"""The analyst's web UI and JSON API (`clashwatch serve`): docs/web.md.

`create_app(store)` builds the Starlette application over any store; `serve` runs it
with uvicorn.
"""

from __future__ import annotations

from clashwatch import settings
from clashwatch.store.base import Store
from clashwatch.web.app import create_app


def serve(store: Store, host: str = settings.WEB_DEFAULT_HOST,
          port: int = settings.WEB_DEFAULT_PORT, log_level: str = "info") -> None:
    """Run the web UI over `store` until interrupted."""
    import uvicorn

    from clashwatch.web.server import uvicorn_config

    uvicorn.Server(uvicorn_config(create_app(store), host, port, log_level)).run()


__all__ = ["create_app", "serve"]
