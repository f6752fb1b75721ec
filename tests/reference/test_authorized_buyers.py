"""Authorized Buyers reference behaviour, through the generated authorized_buyers_client."""

from __future__ import annotations

from typing import Any

import pytest
from authorized_buyers_client import AuthenticatedClient, Client
from authorized_buyers_client.api.client_user_invitations import (
    client_user_invitations_create,
    client_user_invitations_get,
    client_user_invitations_list,
)
from authorized_buyers_client.api.client_users import (
    client_users_get,
    client_users_list,
    client_users_update,
)
from authorized_buyers_client.models import (
    ClientUser,
    ClientUserInvitation,
    GoogleError,
    GoogleRpcCode,
    ListClientUserInvitationsResponse,
    ListClientUsersResponse,
    UserStatus,
)
from authorized_buyers_client.types import UNSET

from tests.reference.harness import client_for, present, run
from user_api_contracts.reference.server import ReferenceServer

SPONSOR, CLIENT = "9876543", "1234567"


def sponsor(server: ReferenceServer, token: str = "demo-ab-sponsor") -> Any:
    return client_for(AuthenticatedClient, server.app, "authorized-buyers", token)


def invite(server: ReferenceServer, email: str, client_id: str = CLIENT) -> Any:
    return run(
        client_user_invitations_create.asyncio_detailed(
            SPONSOR, client_id, client=sponsor(server), body=ClientUserInvitation(email=email)
        )
    )


def all_users(server: ReferenceServer, page_size: int, *, between_pages: Any = None) -> list[str]:
    seen: list[str] = []
    token: Any = UNSET
    while True:
        page = run(
            client_users_list.asyncio(
                SPONSOR, "-", client=sponsor(server), page_size=page_size, page_token=token
            )
        )
        assert isinstance(page, ListClientUsersResponse)
        seen += [present(user.user_id) for user in present(page.users)]
        if not page.next_page_token:
            return seen
        token = page.next_page_token
        if between_pages is not None:
            between_pages()


def test_invitation_creates_a_pending_client_user(server: ReferenceServer) -> None:
    response = invite(server, "new.buyer@example.com")
    assert response.status_code == 200
    invitation = response.parsed
    assert isinstance(invitation, ClientUserInvitation)
    assert invitation.client_account_id == CLIENT
    invitation_id = present(invitation.invitation_id)
    assert invitation_id.isdigit()
    fetched = run(
        client_user_invitations_get.asyncio(SPONSOR, CLIENT, invitation_id, client=sponsor(server))
    )
    assert isinstance(fetched, ClientUserInvitation)
    assert fetched.email == "new.buyer@example.com"
    users = run(client_users_list.asyncio(SPONSOR, CLIENT, client=sponsor(server)))
    assert isinstance(users, ListClientUsersResponse)
    pending = [user for user in present(users.users) if user.email == "new.buyer@example.com"]
    assert [user.status for user in pending] == [UserStatus.PENDING]


def test_email_is_unique_under_the_sponsor(server: ReferenceServer) -> None:
    assert invite(server, "dup@example.com").status_code == 200
    again = invite(server, "DUP@example.com", client_id="2345678")
    assert again.status_code == 409
    assert isinstance(again.parsed, GoogleError)
    assert again.parsed.error.status == GoogleRpcCode.ALREADY_EXISTS


def test_update_changes_only_the_status(server: ReferenceServer) -> None:
    body = ClientUser(status=UserStatus.DISABLED)
    body.additional_properties = {"email": "someone.else@example.com", "clientAccountId": "1"}
    updated = run(
        client_users_update.asyncio(
            SPONSOR, CLIENT, "7654321098", client=sponsor(server), body=body
        )
    )
    assert isinstance(updated, ClientUser)
    assert (updated.status, updated.email, updated.client_account_id) == (
        UserStatus.DISABLED,
        "jane.doe@example.com",
        CLIENT,
    )


@pytest.mark.parametrize(
    ("user_id", "status", "code"),
    [
        ("7654321101", UserStatus.ACTIVE, GoogleRpcCode.FAILED_PRECONDITION),
        ("7654321098", UserStatus.PENDING, GoogleRpcCode.INVALID_ARGUMENT),
    ],
    ids=["pending-user", "to-pending"],
)
def test_status_changes_that_are_refused(
    server: ReferenceServer, user_id: str, status: UserStatus, code: GoogleRpcCode
) -> None:
    response = run(
        client_users_update.asyncio_detailed(
            SPONSOR, CLIENT, user_id, client=sponsor(server), body=ClientUser(status=status)
        )
    )
    assert response.status_code == 400
    assert isinstance(response.parsed, GoogleError)
    assert response.parsed.error.status == code


def test_wildcard_lists_every_client_of_the_sponsor(server: ReferenceServer) -> None:
    page = run(client_users_list.asyncio(SPONSOR, "-", client=sponsor(server)))
    assert isinstance(page, ListClientUsersResponse)
    assert {user.client_account_id for user in present(page.users)} == {"1234567", "2345678"}
    invitations = run(client_user_invitations_list.asyncio(SPONSOR, "-", client=sponsor(server)))
    assert isinstance(invitations, ListClientUserInvitationsResponse)
    assert [i.invitation_id for i in present(invitations.invitations)] == ["3141592653"]


def test_paging_stays_correct_while_rows_are_added(server: ReferenceServer) -> None:
    before = all_users(server, page_size=100)
    added: list[str] = []

    def add_one() -> None:
        response = invite(server, f"late.{len(added)}@example.com")
        assert response.status_code == 200
        added.append(response.parsed.email)

    paged = all_users(server, page_size=1, between_pages=add_one)
    assert len(paged) == len(set(paged)), "a row was served twice"
    assert set(before) <= set(paged), "a row that existed before paging was skipped"
    after = all_users(server, page_size=100)
    assert len(after) == len(before) + len(added)


def test_page_token_must_match_its_query(server: ReferenceServer) -> None:
    page = run(client_users_list.asyncio(SPONSOR, "-", client=sponsor(server), page_size=1))
    assert isinstance(page, ListClientUsersResponse)
    assert isinstance(page.next_page_token, str)
    other = run(
        client_users_list.asyncio_detailed(
            SPONSOR, CLIENT, client=sponsor(server), page_token=page.next_page_token
        )
    )
    assert other.status_code == 400
    forged = run(
        client_users_list.asyncio_detailed(SPONSOR, "-", client=sponsor(server), page_token="abc")
    )
    assert forged.status_code == 400
    assert isinstance(forged.parsed, GoogleError)
    assert forged.parsed.error.status == GoogleRpcCode.INVALID_ARGUMENT


def test_ids_are_int64_strings_and_unknown_ones_are_404(server: ReferenceServer) -> None:
    user = run(client_users_get.asyncio(SPONSOR, CLIENT, "7654321098", client=sponsor(server)))
    assert isinstance(user, ClientUser)
    assert user.user_id == "7654321098"
    for user_id in ("1", "99999999999999999999999"):
        missing = run(
            client_users_get.asyncio_detailed(SPONSOR, CLIENT, user_id, client=sponsor(server))
        )
        assert missing.status_code == 404


@pytest.mark.parametrize(
    ("token", "status", "code"),
    [
        (None, 401, GoogleRpcCode.UNAUTHENTICATED),
        ("forged", 401, GoogleRpcCode.UNAUTHENTICATED),
        ("demo-ab-other-sponsor", 403, GoogleRpcCode.PERMISSION_DENIED),
        ("demo-ab-no-scope", 403, GoogleRpcCode.PERMISSION_DENIED),
    ],
    ids=["no-token", "unknown-token", "other-sponsor", "missing-scope"],
)
def test_auth(server: ReferenceServer, token: str | None, status: int, code: GoogleRpcCode) -> None:
    factory = Client if token is None else AuthenticatedClient
    client = client_for(factory, server.app, "authorized-buyers", token)
    response = run(client_users_list.asyncio_detailed(SPONSOR, "-", client=client))
    assert response.status_code == status
    assert isinstance(response.parsed, GoogleError)
    assert response.parsed.error.status == code


def test_access_token_query_parameter_is_accepted(server: ReferenceServer) -> None:
    client = client_for(Client, server.app, "authorized-buyers", None)
    page = run(
        client_users_list.asyncio(SPONSOR, "-", client=client, access_token="demo-ab-sponsor")
    )
    assert isinstance(page, ListClientUsersResponse)
