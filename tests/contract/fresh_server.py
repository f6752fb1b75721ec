"""The reference server as one ASGI app whose seeded in-memory database can be rebuilt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import schemathesis
from schemathesis.specs.openapi.schemas import OpenApiSchema
from starlette.types import Receive, Scope, Send

from user_api_contracts.apis import REPO_ROOT
from user_api_contracts.reference.ringme import RingMeConfig
from user_api_contracts.reference.server import build_server

__all__ = ["FreshServer", "load_schema"]


class FreshServer:
    """Every API on one seeded in-memory database; ``reset`` starts over from the seed.

    Operation tests share one database; each stateful scenario starts from a fresh one, so
    that a scenario's responses depend only on its own steps (Hypothesis replays scenarios and
    refuses ones whose data changes under it).
    """

    def __init__(self) -> None:
        # A high RingMe limit: the contract runs send far more than 10,000 requests an hour.
        server = build_server(None, seed=True, ringme=RingMeConfig(rate_limit_per_hour=10_000_000))
        self.app = server.app
        live = server.engine.raw_connection().driver_connection
        assert isinstance(live, sqlite3.Connection)
        self._live = live
        self._seeded = sqlite3.connect(":memory:", check_same_thread=False)
        self._live.backup(self._seeded)

    def reset(self) -> None:
        """Put the seeded database back (SQLite's backup API: under a millisecond).

        Rebuilding the server instead costs about 100 ms, and the tests reset often. The apps
        keep nothing of the data in memory that the seeded copy would contradict: secrets and
        tokens are the same rows.
        """
        self._seeded.backup(self._live)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def load_schema(api: str, server: FreshServer) -> OpenApiSchema:
    """The bundled spec of ``api``, calling ``server`` in-process."""
    schema = schemathesis.openapi.from_path(
        Path(REPO_ROOT / "generated" / "openapi" / f"{api}.openapi.json")
    )
    schema.app = server
    return schema
