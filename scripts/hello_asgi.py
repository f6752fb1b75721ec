"""A bare ASGI hello-world: the baseline `make bench-server` compares the reference server to.

Served by the same uvicorn, with the same settings, on the same machine, so the ratio of the two
measures what the reference server's own work (routing, auth, validation, SQLite) costs.
"""

from __future__ import annotations

from typing import Any

BODY = b'{"hello":"world"}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer every HTTP request with a small JSON body."""
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})
