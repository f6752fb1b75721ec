"""Merchant API reference behaviour, through the generated merchant_client."""

from __future__ import annotations

import json
from typing import Any

import pytest
from merchant_client import AuthenticatedClient
from merchant_client.api.users import (
    users_create,
    users_delete,
    users_get,
    users_list,
    users_patch,
    users_verify_self,
)
from merchant_client.models import (
    AccessRight,
    Empty,
    GoogleError,
    GoogleRpcCode,
    ListUsersResponse,
    User,
    UserState,
    VerifySelfRequest,
)
from sqlalchemy import insert

from tests.reference.harness import client_for, present, run
from user_api_contracts.reference.google import merchant
from user_api_contracts.reference.server import ReferenceServer

ACCOUNT = "123456789"


def as_user(server: ReferenceServer, token: str = "demo-merchant-admin") -> Any:
    return client_for(AuthenticatedClient, server.app, "merchant", token)


def rights(*values: AccessRight) -> User:
    return User(access_rights=list(values))


def test_created_user_is_pending_until_it_verifies_itself(server: ReferenceServer) -> None:
    created = run(
        users_create.asyncio(
            ACCOUNT,
            client=as_user(server),
            user_id="Analyst@Example.com",
            body=rights(AccessRight.STANDARD),
        )
    )
    assert isinstance(created, User)
    assert created.name == f"accounts/{ACCOUNT}/users/analyst@example.com"
    assert created.state == UserState.PENDING
    pending = as_user(server, "demo-merchant-pending")
    refused = run(users_get.asyncio_detailed(ACCOUNT, "me", client=pending))
    assert refused.status_code == 403
    verified = run(users_verify_self.asyncio(ACCOUNT, client=pending, body=VerifySelfRequest()))
    assert isinstance(verified, User)
    assert (verified.name, verified.state) == (
        f"accounts/{ACCOUNT}/users/new.hire@example.com",
        UserState.VERIFIED,
    )
    me = run(users_get.asyncio(ACCOUNT, "me", client=pending))
    assert isinstance(me, User)
    assert me.access_rights == [AccessRight.READ_ONLY]


def test_create_without_body_and_duplicate(server: ReferenceServer) -> None:
    created = run(users_create.asyncio(ACCOUNT, client=as_user(server), user_id="x@example.com"))
    assert isinstance(created, User)
    assert created.access_rights == [AccessRight.STANDARD]
    again = run(
        users_create.asyncio_detailed(ACCOUNT, client=as_user(server), user_id="x@example.com")
    )
    assert again.status_code == 409
    assert isinstance(again.parsed, GoogleError)
    assert again.parsed.error.status == GoogleRpcCode.ALREADY_EXISTS


@pytest.mark.parametrize("mask", [None, "access_rights", "accessRights"])
def test_patch_with_and_without_update_mask(server: ReferenceServer, mask: str | None) -> None:
    kwargs: dict[str, Any] = {} if mask is None else {"update_mask": mask}
    patched = run(
        users_patch.asyncio(
            ACCOUNT,
            "john.smith@example.com",
            client=as_user(server),
            body=rights(AccessRight.READ_ONLY),
            **kwargs,
        )
    )
    assert isinstance(patched, User)
    assert patched.access_rights == [AccessRight.READ_ONLY]


def test_patch_with_unknown_mask_path(server: ReferenceServer) -> None:
    response = run(
        users_patch.asyncio_detailed(
            ACCOUNT,
            "john.smith@example.com",
            client=as_user(server),
            body=rights(AccessRight.ADMIN),
            update_mask="state",
        )
    )
    assert response.status_code == 400
    assert isinstance(response.parsed, GoogleError)
    assert "state" in str(response.parsed.error.message)


def test_last_admin_cannot_be_deleted_or_demoted(server: ReferenceServer) -> None:
    deleted = run(users_delete.asyncio_detailed(ACCOUNT, "me", client=as_user(server)))
    assert deleted.status_code == 400
    assert isinstance(deleted.parsed, GoogleError)
    assert deleted.parsed.error.status == GoogleRpcCode.FAILED_PRECONDITION
    demoted = run(
        users_patch.asyncio_detailed(
            ACCOUNT, "me", client=as_user(server), body=rights(AccessRight.STANDARD)
        )
    )
    assert demoted.status_code == 400
    # A second verified admin lifts the rule.
    run(
        users_patch.asyncio(
            ACCOUNT,
            "john.smith@example.com",
            client=as_user(server),
            body=rights(AccessRight.ADMIN),
        )
    )
    empty = run(users_delete.asyncio(ACCOUNT, "me", client=as_user(server)))
    assert isinstance(empty, Empty)


def test_writes_need_admin_access(server: ReferenceServer) -> None:
    pending = as_user(server, "demo-merchant-pending")
    run(users_verify_self.asyncio(ACCOUNT, client=pending, body=VerifySelfRequest()))
    response = run(users_create.asyncio_detailed(ACCOUNT, client=pending, user_id="y@example.com"))
    assert response.status_code == 403
    assert isinstance(response.parsed, GoogleError)
    assert response.parsed.error.status == GoogleRpcCode.PERMISSION_DENIED


def test_page_size_defaults_to_50_and_is_coerced_to_100(server: ReferenceServer) -> None:
    with server.engine.begin() as connection:
        connection.execute(
            insert(merchant.users),
            [
                {
                    "account_id": int(ACCOUNT),
                    "email": f"bulk{index:03d}@example.com",
                    "state": "VERIFIED",
                    "access_rights": json.dumps(["STANDARD"]),
                }
                for index in range(150)
            ],
        )
    default = run(users_list.asyncio(ACCOUNT, client=as_user(server)))
    assert isinstance(default, ListUsersResponse)
    assert len(present(default.users)) == 50
    coerced = run(users_list.asyncio(ACCOUNT, client=as_user(server), page_size=150))
    assert isinstance(coerced, ListUsersResponse)
    assert len(present(coerced.users)) == 100
    assert isinstance(coerced.next_page_token, str)
    rest = run(
        users_list.asyncio(
            ACCOUNT, client=as_user(server), page_size=100, page_token=coerced.next_page_token
        )
    )
    assert isinstance(rest, ListUsersResponse)
    names = [user.name for user in present(coerced.users) + present(rest.users)]
    assert len(names) == len(set(names)) == 153
    assert not rest.next_page_token


def test_unknown_accounts_are_forbidden_not_revealed(server: ReferenceServer) -> None:
    for account in ("987", "99999999999999999999999"):
        response = run(users_list.asyncio_detailed(account, client=as_user(server)))
        assert response.status_code == 403
