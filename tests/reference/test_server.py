"""The combined app's own answers: a path under no API's base path, and a websocket."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.types import Message

from user_api_contracts.reference.server import BASE_PATHS, ReferenceServer


def _call(server: ReferenceServer, scope: dict[str, Any]) -> list[Message]:
    """What the app sends for ``scope``, called as an ASGI server would."""
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    async def exchange() -> None:
        await server.app(scope, receive, send)

    asyncio.run(exchange())
    return sent


def test_a_path_outside_every_api_is_a_json_404_naming_the_base_paths(
    server: ReferenceServer,
) -> None:
    scope = {"type": "http", "method": "GET", "path": "/nothing", "headers": []}
    start, body = _call(server, scope)
    assert start["status"] == 404
    headers = dict(start["headers"])
    assert headers[b"content-type"] == b"application/json"
    assert int(headers[b"content-length"]) == len(body["body"])
    answer = json.loads(body["body"])
    assert answer["message"] == "No API is served at /nothing."
    assert sorted(answer["apis"]) == sorted(BASE_PATHS.values())


def test_a_websocket_is_closed_whatever_its_path(server: ReferenceServer) -> None:
    for path in ("/nothing", f"{BASE_PATHS['ringme']}/client/@me/user/client/"):
        scope = {"type": "websocket", "path": path, "headers": [], "query_string": b""}
        assert _call(server, scope) == [{"type": "websocket.close", "code": 1000, "reason": ""}]
