"""All four reference APIs in one ASGI app, each under its spec's base path.

The four stub apps mount their own base paths (``/v2beta1``, ``/accounts/v1``, ``/public``,
``/api/ver1.0``), which do not overlap, so the combined app sends a request to the first app
whose base path prefixes it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from sqlalchemy import Engine
from starlette.types import ASGIApp, Receive, Scope, Send

from ..apis import APIS
from ..runtime.app import answer_json, answer_not_http, base_path_of
from .db import open_database
from .google.authorized_buyers import build_authorized_buyers_app
from .google.merchant import build_merchant_app
from .marketplace import build_marketplace_app
from .ringme import RingMeConfig, build_ringme_app
from .seed import seed_demo_data

__all__ = ["BASE_PATHS", "ReferenceServer", "build_server"]

# Each API's base path, as its spec's `servers` URL gives it (and its stub app mounts it).
BASE_PATHS = {
    api.name: base_path_of(import_module(f"{api.stub_package}.app").load_document()) for api in APIS
}


class _Dispatch:
    """Route by base path; answer lifespan events, websockets and unknown prefixes itself.

    ``on_shutdown`` runs when the ASGI server shuts down (lifespan), e.g. to save RingMe's
    request counts.
    """

    def __init__(
        self, apps: dict[str, ASGIApp], on_shutdown: Sequence[Callable[[], None]] = ()
    ) -> None:
        self.apps = apps
        self.on_shutdown = tuple(on_shutdown)
        self._prefixes = [(prefix, prefix + "/", app) for prefix, app in apps.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await answer_not_http(scope, receive, send, self.on_shutdown)
            return
        path: str = scope["path"]
        for prefix, below, app in self._prefixes:
            if path.startswith(below) or path == prefix:
                await app(scope, receive, send)
                return
        message = {"message": f"No API is served at {path}.", "apis": list(self.apps)}
        await answer_json(send, 404, json.dumps(message).encode())


@dataclass(frozen=True)
class ReferenceServer:
    """The combined app and the database it serves."""

    app: ASGIApp
    engine: Engine
    seeded: bool


def build_server(
    db: Path | None, *, seed: bool = False, ringme: RingMeConfig | None = None
) -> ReferenceServer:
    """Open the database (creating the schema), optionally seed it, and build the app."""
    engine = open_database(db)
    seeded = seed_demo_data(engine) if seed else False
    ringme_app = build_ringme_app(engine, ringme)
    apps: dict[str, ASGIApp] = {
        BASE_PATHS["authorized-buyers"]: build_authorized_buyers_app(engine),
        BASE_PATHS["merchant"]: build_merchant_app(engine),
        BASE_PATHS["marketplace"]: build_marketplace_app(engine),
        BASE_PATHS["ringme"]: ringme_app,
    }
    dispatch = _Dispatch(apps, on_shutdown=[ringme_app.save_counts])
    return ReferenceServer(app=dispatch, engine=engine, seeded=seeded)
