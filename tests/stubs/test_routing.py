"""The runtime's own router and request context keep Starlette's rules (issue #4 replaced
Starlette's objects on the request path, not its behaviour)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from merchant_stubs import MerchantServicer
from merchant_stubs import create_app as create_merchant_app
from starlette.routing import Mount, Route, Router
from starlette.testclient import TestClient
from starlette.types import Message

from user_api_contracts.runtime import RequestContext
from user_api_contracts.runtime.routing import Miss, PathRouter, route_order

TEMPLATES = [
    "/accounts/{account}/users",
    "/accounts/{account}/users/{email}",
    "/accounts/{account}/users/me:verifySelf",
    "/client/{id}/user/client/",
]
# Every template with and without its trailing slash, empty segments, the base path alone,
# another base, a mounted root, and newlines (which a bare `$` would let through).
PATHS = [
    "/v1/accounts/1/users",
    "/v1/accounts/1/users/",
    "/v1/accounts/1/users/a@b",
    "/v1/accounts/1/users/me:verifySelf",
    "/v1/accounts/1/users/a/",
    "/v1/accounts//users",
    "/v1/client/7/user/client/",
    "/v1/client/7/user/client",
    "/v1/client/7/user/client/9",
    "/v1",
    "/v1/",
    "/v1//",
    "/v2/accounts/1/users",
    "/",
    "/v1/accounts/1/users/x\n",
    "/v1\n",
    "/v1/a\n",
    "/v1/x\ny",
    "/mnt/v1/accounts/1/users",
]


def _ordered() -> list[tuple[str, str]]:
    return [(path, path) for path in sorted(TEMPLATES, key=route_order)]


def _starlette(base: str, scope: dict[str, Any]) -> tuple[str, Any]:
    """What Starlette's router (a Mount of Routes, as the runtime used to build) does."""
    seen: dict[str, Any] = {}

    class Endpoint:  # an ASGI instance, as the old runtime's endpoints (not a function)
        def __init__(self, template: str) -> None:
            self.template = template

        async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
            seen.update(template=self.template, params=scope["path_params"])

    routes = [Route(path, Endpoint(path)) for path, _ in _ordered()]
    router = Router([Mount(base, routes=routes)] if base else routes)
    sent: list[dict[str, Any]] = []

    async def send(message: Message) -> None:
        sent.append(dict(message))

    async def receive() -> dict[str, Any]:
        return {"type": "http.request"}

    asyncio.run(
        router({**scope, "type": "http", "headers": [], "query_string": b""}, receive, send)
    )
    if seen:
        return "match", (seen["template"], seen["params"])
    if sent[0]["status"] == 307:
        location = dict(sent[0]["headers"])[b"location"].decode()
        return "redirect", location.removeprefix("http://testserver")
    return "miss", None


@pytest.mark.parametrize("base", ["/v1", ""])
@pytest.mark.parametrize("root_path", ["", "/mnt"])
@pytest.mark.parametrize("path", PATHS)
def test_router_agrees_with_starlette(base: str, root_path: str, path: str) -> None:
    router = PathRouter(base, _ordered())
    scope = {
        "path": path,
        "root_path": root_path,
        "method": "GET",
        "server": ("testserver", 80),
        "scheme": "http",
    }
    expected = _starlette(base, scope)
    found = router.match(path, root_path)
    got: tuple[str, Any]
    if isinstance(found, Miss):
        got = ("miss", None) if found.redirect_path is None else ("redirect", found.redirect_path)
    else:
        got = ("match", found)
    assert got == expected


def test_trailing_slash_redirects_like_starlette() -> None:
    client = TestClient(create_merchant_app(MerchantServicer()), follow_redirects=False)
    response = client.get("/accounts/v1/accounts/1/users/", params={"pageSize": 5})
    assert response.status_code == 307
    assert (
        response.headers["location"] == "http://testserver/accounts/v1/accounts/1/users?pageSize=5"
    )


def _context(query: bytes, headers: list[tuple[bytes, bytes]]) -> RequestContext:
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/x",
        "query_string": query,
        "headers": headers,
        "server": ("testserver", 80),
        "scheme": "http",
    }
    return RequestContext(scope=scope, operation_id="op")


def test_context_reads_the_scope_as_starlette_does() -> None:
    headers = [(b"x-a", b"1"), (b"authorization", b"Bearer t\xe9"), (b"x-a", b"2")]
    query = b"a=1&b=%C3%A9&a=2&c=&d=%E9"
    context = _context(query, headers)
    request = context.request  # built on demand, from the same scope
    assert context.header("X-A") == request.headers.get("x-a") == "1"
    assert context.header_values("x-a") == request.headers.getlist("x-a") == ["1", "2"]
    assert context.header("authorization") == request.headers["authorization"]
    assert context.header("missing") is None
    for name in ("a", "b", "c", "d", "missing"):
        assert context.query_values(name) == request.query_params.getlist(name)
    assert context.raw_query == request.url.query


@pytest.mark.parametrize("query", [b"", b"a=1&b=%20", b"a=1#frag", b"a=\t1", b"x=%E2%82%AC"])
def test_raw_query_is_starlettes_url_query(query: bytes) -> None:
    context = _context(query, [(b"host", b"testserver")])
    assert context.raw_query == context.request.url.query
