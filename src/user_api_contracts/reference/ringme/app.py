"""The RingMe ASGI app: the stub app plus rate-limit headers on every answer."""

from __future__ import annotations

import time

from ringme_stubs import create_app
from sqlalchemy import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .servicer import RingMeConfig, RingMeReference

__all__ = ["RingMeApp", "build_ringme_app"]


class RingMeApp:
    """The RingMe app: every answer gets the rate-limit headers, also answers of no operation.

    RingMe documents the headers on every response; an unknown path under the base path is
    answered by the router, which knows nothing of them. :meth:`save_counts` writes the request
    counts still in memory (the server calls it on shutdown).
    """

    def __init__(self, app: ASGIApp, servicer: RingMeReference) -> None:
        self.app = app
        self.config = servicer.config
        self.counter = servicer.counter

    def save_counts(self) -> None:
        """Write every request count not yet in the database."""
        self.counter.save()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request, adding the headers to an answer that lacks them."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                # An operation's answer has them already (its authenticator set them).
                if not any(name.lower() == b"x-ratelimit-limit" for name, _ in headers):
                    now = time.time()
                    reset = int(now // 3600 * 3600 + 3600 - now)
                    limit = str(self.config.rate_limit_per_hour).encode()
                    added = [
                        (b"x-ratelimit-limit", limit),
                        (b"x-ratelimit-remaining", limit),
                        (b"x-ratelimit-reset", str(reset).encode()),
                    ]
                    message = {**message, "headers": [*headers, *added]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def build_ringme_app(engine: Engine, config: RingMeConfig | None = None) -> RingMeApp:
    """The RingMe reference API as an ASGI app serving under ``/api/ver1.0``."""
    servicer = RingMeReference(engine, config)
    return RingMeApp(create_app(servicer, authenticate=servicer.authenticate), servicer)
