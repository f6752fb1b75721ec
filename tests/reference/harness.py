"""Generated clients wired to an in-process reference server (httpx's ASGI transport)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Literal, Protocol, TypeVar, cast

import httpx
from starlette.types import ASGIApp

from user_api_contracts.reference.server import BASE_PATHS

__all__ = ["client_for", "given", "present", "run"]

T = TypeVar("T")


class UnsetLike(Protocol):
    """What every generated client's ``Unset`` is (each client has its own class)."""

    def __bool__(self) -> Literal[False]: ...


def present(value: T | UnsetLike) -> T:
    """Narrow a model field the server must have sent (not the client's ``Unset``)."""
    assert type(value).__name__ != "Unset", "the server left out a field it must send"
    return cast(T, value)


def given(value: T | UnsetLike | None) -> T:
    """Narrow a nullable model field the server must have sent with a value."""
    assert value is not None, "the server sent null where a value was expected"
    return present(value)


def run(coroutine: Awaitable[T]) -> T:
    """Run one client call to completion (the ASGI transport is async-only)."""

    async def _await() -> T:
        return await coroutine

    return asyncio.run(_await())


def client_for(factory: Callable[..., Any], app: ASGIApp, api: str, token: str | None) -> Any:
    """An openapi-python-client ``AuthenticatedClient``/``Client`` talking to ``app`` in-process."""
    base_url = f"http://testserver{BASE_PATHS[api]}"
    kwargs: dict[str, Any] = {"base_url": base_url}
    if token is not None:
        kwargs["token"] = token
    client = factory(**kwargs)
    client.set_async_httpx_client(
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"} if token else {},
        )
    )
    return client
