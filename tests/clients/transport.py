"""An httpx transport that runs an ASGI app on the calling thread and keeps what was sent.

The generated clients' ``sync`` functions need a synchronous httpx client; httpx's own
``ASGITransport`` is async-only. This transport hands each request to ``ASGITransport`` on an
event loop of its own, so the app sees exactly what ``ASGITransport`` would give it (the same
scope, the same body), without a thread per call or a loop per call. It also records every
request as the client put it on the wire, for the wire comparison (``wire.py``).
"""

from __future__ import annotations

import asyncio

import httpx
from starlette.types import ASGIApp

__all__ = ["InProcessTransport"]


class InProcessTransport(httpx.BaseTransport):
    """Serve requests from ``app`` in-process; ``sent`` holds every request, body read."""

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # the body as bytes, so it can be both compared and sent
        self.sent.append(request)
        response = self._loop.run_until_complete(self._asgi.handle_async_request(request))
        content = self._loop.run_until_complete(response.aread())
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            content=content,
            request=request,
        )

    def close(self) -> None:
        if not self._loop.is_closed():
            self._loop.close()
