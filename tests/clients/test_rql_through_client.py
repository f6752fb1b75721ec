"""RQL through the Marketplace client: the raw filter reaches the server as written.

The spec cannot declare an RQL filter as a parameter (it is a free-form query string such as
``in(status,(Invited,InvitationExpired))``), so the generated list functions have no argument
for it, and schemathesis never draws one. The spec says a client appends the filter to the URL
itself; with the generated client that is an httpx request hook (``with_rql``), and these
tests show the filter passing through the client's own transport unchanged, next to its typed
arguments, and the typed answer holding only what it selects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from marketplace_client import AuthenticatedClient
from marketplace_client.api.users import users_list
from marketplace_client.models import UserList

from tests.clients.transport import InProcessTransport
from tests.contract.fresh_server import FreshServer
from user_api_contracts.reference.server import BASE_PATHS


def with_rql(expression: str) -> Callable[[httpx.Request], None]:
    """A request hook that appends ``expression`` to the query string as it is."""

    def append(request: httpx.Request) -> None:
        query = request.url.query
        raw = expression.encode()
        request.url = request.url.copy_with(query=query + b"&" + raw if query else raw)

    return append


@pytest.fixture(scope="module")
def transport() -> Iterator[InProcessTransport]:
    transport = InProcessTransport(FreshServer())
    yield transport
    transport.close()


def client(transport: InProcessTransport, expression: str) -> AuthenticatedClient:
    hooks: dict[str, Any] = {"request": [with_rql(expression)]}
    return AuthenticatedClient(
        base_url=f"http://testserver{BASE_PATHS['marketplace']}",
        token="demo-mpt-client",
        raise_on_unexpected_status=True,
        httpx_args={"transport": transport, "event_hooks": hooks},
    )


def test_an_rql_filter_goes_out_as_written_next_to_the_typed_arguments(
    transport: InProcessTransport,
) -> None:
    rql = "in(status,(Invited,InvitationExpired))"
    answer = users_list.sync(client=client(transport, rql), order="name", select="-accounts")
    assert transport.sent[-1].url.query == f"order=name&select=-accounts&{rql}".encode()
    assert isinstance(answer, UserList)
    statuses = {str(user.status) for user in answer.data}  # type: ignore[union-attr]
    assert statuses and statuses <= {"Invited", "InvitationExpired"}


def test_a_quoted_rql_value_reaches_the_server(transport: InProcessTransport) -> None:
    """httpx percent-encodes the quotes; the server reads the structure, then decodes values."""
    rql = 'eq(id,"USR-6375-2499")'
    answer = users_list.sync(client=client(transport, rql))
    assert transport.sent[-1].url.query == b"eq(id,%22USR-6375-2499%22)"
    assert isinstance(answer, UserList)
    assert [user.id for user in answer.data] == ["USR-6375-2499"]  # type: ignore[union-attr]
