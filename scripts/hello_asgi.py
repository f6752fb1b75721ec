"""Baselines for `make bench-server`: a bare ASGI hello-world and a Starlette route.

Served by the same uvicorn, with the same settings, on the same machine, so the ratio of the
reference server to them measures what its own work (routing, auth, validation, SQLite) costs.
The Starlette route that does nothing is the yardstick of issue #12's goals: what the toolkit
most Python APIs stand on costs before any work.
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = b'{"hello":"world"}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer every HTTP request with a small JSON body."""
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


async def _hello(request: Request) -> Response:
    return Response(BODY, media_type="application/json")


starlette_app = Starlette(routes=[Route("/{name}", _hello)])
