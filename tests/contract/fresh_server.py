"""The reference server as one ASGI app whose seeded in-memory database can be rebuilt."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import ChecksConfig, GenerationConfig, ProjectConfig
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.schemas import OpenApiSchema
from starlette.types import Receive, Scope, Send

from user_api_contracts.apis import REPO_ROOT
from user_api_contracts.reference.ringme import RingMeConfig
from user_api_contracts.reference.server import build_server

__all__ = ["FreshServer", "MergedOnceConfig", "load_schema"]


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
        self.engine = server.engine
        live = server.engine.raw_connection().driver_connection
        assert isinstance(live, sqlite3.Connection)
        self._live = live
        self._seeded = sqlite3.connect(":memory:", check_same_thread=False)
        self._live.backup(self._seeded)

    def reset(self) -> None:
        """Put the seeded database back (SQLite's backup API: under a millisecond).

        Rebuilding the server instead costs about 100 ms, and the tests reset often. The apps
        keep nothing of the data in memory that the seeded copy would contradict: secrets and
        tokens are the same rows. RingMe's request counts (kept in memory, written behind)
        survive a reset, so the limit counts the whole run, far below the limit set here.
        """
        self._seeded.backup(self._live)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


# Merged settings per project config, keyed by (kind, operation label, phase). Each entry keeps
# its config alive, so that no other config can ever get its id.
_MERGED: dict[int, tuple[ProjectConfig, dict[tuple[str, str | None, str | None], Any]]] = {}


class MergedOnceConfig(ProjectConfig):
    """schemathesis.toml's settings for a project, merged once per operation and phase.

    schemathesis merges the project's settings with each matching ``[[project.operations]]``
    block and phase afresh for every case it generates and every response it checks (about
    0.5 ms a time, once or twice a case: 2.5 s of a 26 s run). The inputs never change
    during a run, so the merged result is kept and handed out again; it is the same value the
    merge would compute (nothing in schemathesis modifies a merged config). Same instance
    layout as ``ProjectConfig`` (no slots of its own), so a loaded schema's config can become
    one in place.
    """

    __slots__ = ()

    def checks_config_for(
        self, *, operation: APIOperation[Any, Any, Any, Any] | None = None, phase: str | None = None
    ) -> ChecksConfig:
        merged = self._once("checks", operation, phase, super().checks_config_for)
        assert isinstance(merged, ChecksConfig)
        return merged

    def generation_for(
        self, *, operation: APIOperation[Any, Any, Any, Any] | None = None, phase: str | None = None
    ) -> GenerationConfig:
        merged = self._once("generation", operation, phase, super().generation_for)
        assert isinstance(merged, GenerationConfig)
        return merged

    def _once(
        self,
        kind: str,
        operation: APIOperation[Any, Any, Any, Any] | None,
        phase: str | None,
        merge: Callable[..., Any],
    ) -> Any:
        """The kept ``kind`` settings for ``operation`` and ``phase``, merged on first use."""
        _, kept = _MERGED.setdefault(id(self), (self, {}))
        key = (kind, None if operation is None else operation.label, phase)
        if key not in kept:
            kept[key] = merge(operation=operation, phase=phase)
        return kept[key]


def load_schema(api: str, server: FreshServer) -> OpenApiSchema:
    """The bundled spec of ``api``, calling ``server`` in-process, its settings merged once."""
    schema = schemathesis.openapi.from_path(
        Path(REPO_ROOT / "generated" / "openapi" / f"{api}.openapi.json")
    )
    schema.app = server
    schema.config.__class__ = MergedOnceConfig
    return schema
