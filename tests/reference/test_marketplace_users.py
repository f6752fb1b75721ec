"""Marketplace users through the generated marketplace_client: shapes, rules, access."""

from __future__ import annotations

import io
import logging
from typing import Any

import pytest
from marketplace_client import Client
from marketplace_client.api.users import (
    users_block,
    users_delete,
    users_get,
    users_list,
    users_set_password,
    users_unblock,
    users_update,
)
from marketplace_client.models import (
    ProblemDetails,
    SetPassword,
    User,
    UserList,
    UserStatus,
    UserUpdate,
    UserUpdateForm,
)
from marketplace_client.types import File, Unset
from sqlalchemy import select

from tests.reference.harness import client_for, given, present, run
from tests.reference.marketplace_world import MarketplaceWorld, make_world
from user_api_contracts.reference.marketplace.tables import account_users, user_icons, users

WILL = "USR-6375-2499"
EMMA = "USR-3300-1200"  # Contoso (vendor)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def world() -> MarketplaceWorld:
    return make_world()


def test_get_renders_the_default_shape_with_audit_actors(world: MarketplaceWorld) -> None:
    response = run(users_get.asyncio_detailed(WILL, client=world.operations))
    assert response.status_code == 200
    user = response.parsed
    assert isinstance(user, User)
    assert (user.email, user.status, user.name) == (
        "will.smith@example.com",
        UserStatus.ACTIVE,
        "Will Smith",
    )
    audit = present(user.audit)
    assert present(present(audit.created).by).id == "USR-4134-7183"
    assert present(present(audit.updated).by).id == "TKN-7670-9957"
    assert [present(account.id) for account in present(user.accounts)] == ["ACC-1671-0642"]
    assert present(present(user.meta).omitted) == ["currentAccount"]
    assert b"password" not in response.content


def test_select_walks_the_circular_graph_as_deep_as_asked(world: MarketplaceWorld) -> None:
    # user → currentAccount → groups → users → currentAccount → groups → account: 6 levels.
    path = "+currentAccount.groups.users.currentAccount.groups.account"
    user = run(users_get.asyncio(WILL, client=world.operations, select=f"{path},-audit"))
    assert isinstance(user, User)
    assert isinstance(user.audit, Unset)  # removed by `-audit`
    groups = given(present(user.current_account).groups)
    admins = next(group for group in groups if group.id == "UGR-8447-7590")
    will_again = next(member for member in present(admins.users) if member.id == WILL)
    inner = given(present(will_again.current_account).groups)
    assert {group.id for group in inner} == {group.id for group in groups}
    deepest = present(inner[0].account)
    assert present(deepest.id) == "ACC-1671-0642"
    # The deepest account was reached by `.account` without more: its groups are omitted.
    assert "groups" in present(present(deepest.meta).omitted)
    assert present(present(admins.meta).omitted) == ["modules", "buyers", "audit"]


def test_select_with_an_unknown_field_is_a_problem_naming_it(world: MarketplaceWorld) -> None:
    response = run(users_get.asyncio_detailed(WILL, client=world.operations, select="+nickname"))
    assert response.status_code == 400
    problem = response.parsed
    assert isinstance(problem, ProblemDetails)
    assert "nickname" in given(problem.detail)
    assert present(problem.trace_id).startswith("00-")
    assert response.headers["content-type"] == "application/problem+json"


def test_list_pages_with_total_and_caps_limit_at_100(world: MarketplaceWorld) -> None:
    page = run(users_list.asyncio(client=world.operations, limit=2, offset=1))
    assert isinstance(page, UserList)
    pagination = present(present(page.meta).pagination)
    assert (pagination.offset, pagination.limit, pagination.total) == (1, 2, 6)
    assert len(present(page.data)) == 2
    assert present(present(page.meta).omitted) == ["audit", "currentAccount"]
    capped = run(users_list.asyncio(client=world.operations, limit=500))
    assert isinstance(capped, UserList)
    assert present(present(capped.meta).pagination).limit == 100
    default = run(users_list.asyncio(client=world.operations))
    assert isinstance(default, UserList)
    assert present(present(default.meta).pagination).limit == 10
    count_only = run(users_list.asyncio(client=world.operations, limit=0))
    assert isinstance(count_only, UserList)
    assert present(count_only.data) == []
    assert present(present(count_only.meta).pagination).total == 6


def test_client_and_vendor_accounts_see_only_their_own_users(world: MarketplaceWorld) -> None:
    northwind = run(users_list.asyncio(client=world.northwind))
    assert isinstance(northwind, UserList)
    assert present(present(northwind.meta).pagination).total == 4
    assert EMMA not in {present(user.id) for user in present(northwind.data)}
    response = run(users_get.asyncio_detailed(EMMA, client=world.northwind))
    assert response.status_code == 403
    contoso = run(users_list.asyncio(client=world.contoso))
    assert isinstance(contoso, UserList)
    assert [present(user.id) for user in present(contoso.data)] == [EMMA]


def test_missing_or_unknown_token_is_a_401_problem(world: MarketplaceWorld) -> None:
    anonymous = client_for(Client, world.app, "marketplace", None)
    response = run(users_list.asyncio_detailed(client=anonymous))
    assert response.status_code == 401
    assert isinstance(response.parsed, ProblemDetails)
    response = run(users_list.asyncio_detailed(client=world.client("not-a-token")))
    assert response.status_code == 401


def test_unknown_user_is_404(world: MarketplaceWorld) -> None:
    response = run(users_get.asyncio_detailed("USR-0000-0000", client=world.operations))
    assert response.status_code == 404
    assert isinstance(response.parsed, ProblemDetails)
    assert present(response.parsed.title) == "Not Found"


def test_update_changes_only_what_is_sent_and_records_who(world: MarketplaceWorld) -> None:
    body = UserUpdate(last_name="Smith-Jones", status=UserStatus.BLOCKED)
    user = run(users_update.asyncio(WILL, client=world.northwind, body=body))
    assert isinstance(user, User)
    assert (user.first_name, user.last_name, user.name) == (
        "Will",
        "Smith-Jones",
        "Will Smith-Jones",
    )
    assert user.status == UserStatus.ACTIVE  # read-only: ignored
    assert present(present(present(user.audit).updated).by).id == WILL
    assert present(present(user.phone).number) == "660707172"


def test_update_rejects_an_e_mail_another_user_has(world: MarketplaceWorld) -> None:
    body = UserUpdate(email="ANA.garcia@example.org")
    response = run(users_update.asyncio_detailed(WILL, client=world.operations, body=body))
    assert response.status_code == 400
    assert isinstance(response.parsed, ProblemDetails)


def test_multipart_update_stores_the_icon(world: MarketplaceWorld) -> None:
    form = UserUpdateForm(
        user=UserUpdate(first_name="William"),
        icon=File(payload=io.BytesIO(PNG), file_name="will.png", mime_type="image/png"),
    )
    user = run(users_update.asyncio(WILL, client=world.operations, body=form))
    assert isinstance(user, User)
    assert (user.first_name, user.icon) == ("William", f"/v1/accounts/users/{WILL}/icon")
    with world.engine.connect() as connection:
        stored = connection.execute(select(user_icons).where(user_icons.c.user_id == WILL)).one()
    assert (stored.content_type, stored.data) == ("image/png", PNG)


def test_multipart_update_rejects_a_file_that_is_not_an_image(world: MarketplaceWorld) -> None:
    form = UserUpdateForm(icon=File(payload=io.BytesIO(b"MZ\x90\x00"), file_name="x.exe"))
    response = run(users_update.asyncio_detailed(WILL, client=world.operations, body=form))
    assert response.status_code == 400
    with world.engine.connect() as connection:
        assert connection.execute(select(user_icons)).first() is None


def test_block_and_unblock_follow_the_state_machine(world: MarketplaceWorld) -> None:
    blocked = run(users_block.asyncio(WILL, client=world.operations))
    assert isinstance(blocked, User) and blocked.status == UserStatus.BLOCKED
    again = run(users_block.asyncio_detailed(WILL, client=world.operations))
    assert again.status_code == 400 and "already blocked" in given(_problem(again).detail)
    unblocked = run(users_unblock.asyncio(WILL, client=world.operations))
    assert isinstance(unblocked, User) and unblocked.status == UserStatus.ACTIVE
    again = run(users_unblock.asyncio_detailed(WILL, client=world.operations))
    assert again.status_code == 400 and "not blocked" in given(_problem(again).detail)


def test_unblock_restores_an_invited_user_to_invited(world: MarketplaceWorld) -> None:
    liam = "USR-5103-2290"
    run(users_block.asyncio(liam, client=world.operations))
    user = run(users_unblock.asyncio(liam, client=world.operations))
    assert isinstance(user, User) and user.status == UserStatus.INVITED


@pytest.mark.parametrize("operation", [users_block, users_unblock, users_delete])
def test_block_unblock_and_delete_are_operations_only(
    world: MarketplaceWorld, operation: Any
) -> None:
    response = run(operation.asyncio_detailed("USR-9120-4417", client=world.northwind))
    assert response.status_code == 403
    assert isinstance(response.parsed, ProblemDetails)


def test_set_password_stores_argon2id_and_never_shows_it(
    world: MarketplaceWorld, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "c0rrect-Horse-battery!"
    response = run(
        users_set_password.asyncio_detailed(
            WILL, client=world.northwind, body=SetPassword(password=secret)
        )
    )
    assert response.status_code == 200 and isinstance(response.parsed, User)
    assert secret.encode() not in response.content and b"password" not in response.content
    with world.engine.connect() as connection:
        stored = connection.execute(
            select(users.c.password_hash).where(users.c.id == WILL)
        ).scalar_one()
    assert stored.startswith("$argon2id$") and secret not in stored
    assert secret not in caplog.text


def test_delete_ends_memberships_and_hides_the_user(world: MarketplaceWorld) -> None:
    response = run(users_delete.asyncio_detailed("USR-9120-4417", client=world.operations))
    assert response.status_code == 204
    gone = run(users_get.asyncio_detailed("USR-9120-4417", client=world.operations))
    assert gone.status_code == 404
    with world.engine.connect() as connection:
        left = connection.execute(
            select(account_users).where(account_users.c.user_id == "USR-9120-4417")
        ).all()
    assert left == []
    # Audit events that name a deleted user still render it.
    response = run(users_delete.asyncio_detailed("USR-4134-7183", client=world.operations))
    assert response.status_code == 204
    will = run(users_get.asyncio(WILL, client=world.operations))
    assert isinstance(will, User)
    assert present(present(present(will.audit).created).by).name == "Ana García"


def _problem(response: Any) -> ProblemDetails:
    assert isinstance(response.parsed, ProblemDetails)
    return response.parsed
