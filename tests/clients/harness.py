"""The pieces every client-driven run shares: the server, the clients, the expected wire.

One seeded in-memory reference server (the contract tests' ``FreshServer``) serves all APIs;
each API gets one generated ``AuthenticatedClient`` whose httpx client sends through one
``InProcessTransport``, with the token schemathesis.toml gives that API's project.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from typing import Any

import requests
import schemathesis
from schemathesis.core.transport import Response
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema
from schemathesis.transport.requests import REQUESTS_TRANSPORT

from tests.clients import wire
from tests.clients.transport import InProcessTransport
from tests.clients.typed_calls import (
    api_name_of,
    as_json,
    client_package,
    query_defaults,
    response_schema,
    typed_call,
    typed_problem,
)
from tests.contract.fresh_server import FreshServer, load_schema
from user_api_contracts.reference.server import BASE_PATHS

__all__ = ["ClientRun", "parse_problem", "positive_schema", "typed_step"]

HOST = "http://testserver"

# The requests kwargs that make up what goes on the wire (auth and timeouts do not).
_WIRE_KWARGS = ("method", "url", "headers", "params", "json", "data", "files", "cookies")


def positive_schema(api: str, server: FreshServer) -> OpenApiSchema:
    """``api``'s bundled spec as the contract tests load it, generating valid data only.

    A typed client cannot even express most negative cases (a string where its argument is an
    int), so only positive ones are drawn: the examples, coverage and fuzzing phases each in
    their positive mode.
    """
    schema = load_schema(api, server)
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    return schema


@dataclass
class ClientRun:
    """Clients for every API over one in-process transport, and what they have seen."""

    server: FreshServer
    transport: InProcessTransport = field(init=False)
    _clients: dict[str, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.transport = InProcessTransport(self.server)

    def close(self) -> None:
        """Close the transport's event loop.

        A loop left to the garbage collector warns of its unclosed socket pair from wherever
        the collection happens to run; the suite turns warnings into errors, and one raised
        while CPython 3.11 builds an AST leaves its depth counter off, so that pytest's next
        assertion rewrite fails with "AST constructor recursion depth mismatch"
        (python/cpython#106905). Seen in runs of tests/clients before the loops were closed.
        """
        self.transport.close()

    def base_url(self, api: str) -> str:
        return f"{HOST}{BASE_PATHS[api]}"

    def client(self, api: str, schema: OpenApiSchema) -> Any:
        """``api``'s ``AuthenticatedClient``; unexpected statuses raise instead of giving None."""
        if api not in self._clients:
            headers = schema.config.headers or {}
            scheme, token = headers["Authorization"].split(" ", 1)
            assert scheme == "Bearer"
            package = importlib.import_module(client_package(api))
            self._clients[api] = package.AuthenticatedClient(
                base_url=self.base_url(api),
                token=token,
                raise_on_unexpected_status=True,
                httpx_args={"transport": self.transport},
            )
        return self._clients[api]

    def prepared(self, api: str, case: schemathesis.Case[Any]) -> requests.PreparedRequest:
        """The request schemathesis itself sends for ``case`` in the contract run."""
        kwargs = REQUESTS_TRANSPORT.serialize_case(case, base_url=self.base_url(api))
        request = requests.Request(**{key: kwargs[key] for key in _WIRE_KWARGS if key in kwargs})
        return request.prepare()

    def expected_wire(self, api: str, case: schemathesis.Case[Any]) -> wire.Wire:
        """What ``case`` means on the wire, as schemathesis sends it."""
        return wire.from_prepared(self.prepared(api, case))

    def sent_wire(self) -> wire.Wire:
        """The one request the last call put on the wire."""
        assert len(self.transport.sent) == 1, f"{len(self.transport.sent)} requests sent"
        return wire.from_httpx(self.transport.sent.pop())


def typed_step(run: ClientRun, case: schemathesis.Case[Any], schema: OpenApiSchema) -> Response:
    """Send ``case`` through its client, check wire and parse, answer with the model's JSON.

    The answer is what schemathesis's state machine reads links from; its body is the typed
    model's ``to_dict()``, so a value flows on only if the client's model carried it.
    """
    api = api_name_of(case)
    defaults = query_defaults(case)
    prepared = run.prepared(api, case)
    typed = typed_call(case).send(run.client(api, schema))
    sent = wire.with_defaults(run.sent_wire(), defaults)
    assert wire.differences(wire.with_defaults(wire.from_prepared(prepared), defaults), sent) == []
    assert parse_problem(case, typed) is None
    content = typed.content if typed.parsed is None else json.dumps(as_json(typed.parsed)).encode()
    headers: dict[str, list[str]] = {}
    for name, value in typed.headers.multi_items():
        headers.setdefault(name, []).append(value)
    headers["content-length"] = [str(len(content))]
    return Response(
        status_code=int(typed.status_code),
        headers=headers,
        content=content,
        request=prepared,
        elapsed=0.0,
        verify=True,
    )


def parse_problem(case: schemathesis.Case[Any], response: Any) -> str | None:
    """Why the client's parsed answer is not the typed, round-tripping model; None if it is."""
    status = int(response.status_code)
    schema = response_schema(case, status)
    if schema is None:
        if response.parsed is not None or response.content:
            return f"{status}: a no-content answer parsed as {response.parsed!r}"
        return None
    if response.parsed is None:
        return f"{status}: not parsed (None)"
    problem = typed_problem(case, response.parsed, schema)
    if problem:
        return f"{status}: {problem}"
    raw = json.loads(response.content)
    if wire.normal_json(as_json(response.parsed)) != wire.normal_json(raw):
        return f"{status}: to_dict() gives {as_json(response.parsed)!r}, the server sent {raw!r}"
    return None
