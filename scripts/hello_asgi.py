"""Baselines for `make bench-server`: hello-world bare, via Starlette, and after busy CPU.

Served by the same uvicorn, with the same settings, on the same machine, so the ratio of the
reference server to them measures what its own work (routing, auth, validation, SQLite) costs;
the Starlette baseline shows how much of that the toolkit alone takes, and the busy hello-world
shows what a known amount of work per request costs in req/s and p99 on this machine (a GET of
the reference server takes about 30 µs in-process, outside uvicorn).
"""

from __future__ import annotations

import time
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = b'{"hello":"world"}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]
BUSY_MICROSECONDS = 30


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer every HTTP request with a small JSON body."""
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})


async def busy_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The hello-world after spinning the CPU for BUSY_MICROSECONDS (a stand-in for app work)."""
    if scope["type"] != "http":
        return
    end = time.perf_counter() + BUSY_MICROSECONDS / 1e6
    while time.perf_counter() < end:
        pass
    await app(scope, receive, send)


async def _hello(request: Request) -> Response:
    return Response(BODY, media_type="application/json")


starlette_app = Starlette(routes=[Route("/{name}", _hello)])
