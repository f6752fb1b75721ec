"""Marketplace account users, both collections, through the generated marketplace_client."""

from __future__ import annotations

from datetime import timedelta

import pytest
from marketplace_client.api.account_users import (
    account_users_accept_invite,
    account_users_add_group,
    account_users_create,
    account_users_delete,
    account_users_get,
    account_users_list,
    account_users_remove_group,
    account_users_replace_groups,
    account_users_resend_invite,
    account_users_send_new_invite,
)
from marketplace_client.api.account_users_legacy import (
    account_users_legacy_accept_invite,
    account_users_legacy_add_group,
    account_users_legacy_create,
    account_users_legacy_delete,
    account_users_legacy_get,
    account_users_legacy_list,
    account_users_legacy_remove_group,
    account_users_legacy_replace_groups,
    account_users_legacy_resend_invite,
    account_users_legacy_send_new_invite,
)
from marketplace_client.api.users import users_get, users_list
from marketplace_client.models import (
    AccountReference,
    AccountUser,
    AccountUserLegacy,
    AccountUserLegacyList,
    AccountUserList,
    CreateAccountUser,
    InvitationStatus,
    ProblemDetails,
    User,
    UserGroupReference,
    UserList,
    UserProfile,
    UserStatus,
)

from tests.reference.harness import given, present, run
from tests.reference.marketplace_world import NORTHWIND, MarketplaceWorld, make_world

CONTOSO = "ACC-3421-8800"
WILL, LIAM, SOFIA, EMMA = "USR-6375-2499", "USR-5103-2290", "USR-7781-0043", "USR-3300-1200"
WILL_IN_NORTHWIND = "AUSR-4134-7183-7330"
ADMINS, FULFILMENT, BILLING = "UGR-8447-7590", "UGR-5116-6565", "UGR-3390-1175"
CONTOSO_ADMINS = "UGR-2001-0001"


@pytest.fixture
def world() -> MarketplaceWorld:
    return make_world()


def invite(email: str = "maria.lopez@example.com", *groups: str) -> CreateAccountUser:
    return CreateAccountUser(
        user=UserProfile(email=email, first_name="María", last_name="López"),
        groups=[UserGroupReference(id=group) for group in groups or (FULFILMENT,)],
    )


def groups_of(member: AccountUser | AccountUserLegacy) -> list[str]:
    return [present(group.id) for group in present(member.groups)]


def test_create_invites_a_new_user_into_the_account(world: MarketplaceWorld) -> None:
    response = run(
        account_users_create.asyncio_detailed(NORTHWIND, client=world.northwind, body=invite())
    )
    assert response.status_code == 201
    member = response.parsed
    assert isinstance(member, AccountUser)
    assert present(member.id).startswith("AUSR-")
    user = present(member.user)
    assert (user.email, user.status) == ("maria.lopez@example.com", UserStatus.INVITED)
    invitation = present(member.invitation)
    assert invitation.status == InvitationStatus.INVITED
    assert str(invitation.url).startswith("https://client.softwareone.com/accept-invite?code=")
    assert groups_of(member) == [FULFILMENT]
    assert [present(module.id) for module in present(member.modules)] == ["MOD-0478"]
    assert present(present(present(member.audit).created).by).id == WILL


def test_an_existing_user_joins_another_account_without_a_second_user(
    world: MarketplaceWorld,
) -> None:
    body = invite("EMMA.johansson@example.com")
    member = run(account_users_create.asyncio(NORTHWIND, client=world.operations, body=body))
    assert isinstance(member, AccountUser)
    assert present(member.user).id == EMMA
    emma = run(users_get.asyncio(EMMA, client=world.operations))
    assert isinstance(emma, User)
    assert {present(account.id) for account in present(emma.accounts)} == {CONTOSO, NORTHWIND}
    twice = run(
        account_users_create.asyncio_detailed(NORTHWIND, client=world.operations, body=body)
    )
    assert twice.status_code == 400


def test_groups_must_belong_to_the_account(world: MarketplaceWorld) -> None:
    body = invite("new.person@example.com", CONTOSO_ADMINS)
    response = run(
        account_users_create.asyncio_detailed(NORTHWIND, client=world.operations, body=body)
    )
    assert response.status_code == 400
    problem = response.parsed
    assert isinstance(problem, ProblemDetails)
    errors = present(problem.errors)
    assert isinstance(errors, list)
    assert present(errors[0].properties) == ["groups[0].id"]


def test_a_client_account_cannot_manage_another_account(world: MarketplaceWorld) -> None:
    response = run(
        account_users_create.asyncio_detailed(CONTOSO, client=world.northwind, body=invite())
    )
    assert response.status_code == 403
    listing = run(account_users_list.asyncio_detailed(CONTOSO, client=world.northwind))
    assert listing.status_code == 403
    unknown = run(account_users_list.asyncio_detailed("ACC-0000-0000", client=world.operations))
    assert unknown.status_code == 404


def test_list_and_get_in_the_account_sub_collection(world: MarketplaceWorld) -> None:
    page = run(account_users_list.asyncio(NORTHWIND, client=world.northwind, order="user.name"))
    assert isinstance(page, AccountUserList)
    names = [present(present(member.user).name) for member in present(page.data)]
    assert names == sorted(names) and len(names) == 4
    member = run(account_users_get.asyncio(NORTHWIND, WILL, client=world.northwind))
    assert isinstance(member, AccountUser)
    assert (present(member.id), groups_of(member)) == (WILL_IN_NORTHWIND, [BILLING, ADMINS])
    assert [present(buyer.id) for buyer in given(member.buyers)] == ["BUY-1089-7077"]
    missing = run(account_users_get.asyncio_detailed(NORTHWIND, EMMA, client=world.operations))
    assert missing.status_code == 404


def test_delete_removes_the_user_from_one_account_only(world: MarketplaceWorld) -> None:
    body = invite("emma.johansson@example.com")
    run(account_users_create.asyncio(NORTHWIND, client=world.operations, body=body))
    response = run(account_users_delete.asyncio_detailed(NORTHWIND, EMMA, client=world.operations))
    assert response.status_code == 204
    emma = run(users_get.asyncio(EMMA, client=world.operations))
    assert isinstance(emma, User)
    assert [present(account.id) for account in present(emma.accounts)] == [CONTOSO]
    assert emma.status == UserStatus.ACTIVE
    again = run(account_users_delete.asyncio_detailed(NORTHWIND, EMMA, client=world.operations))
    assert again.status_code == 404


def test_a_caller_cannot_remove_itself(world: MarketplaceWorld) -> None:
    response = run(account_users_delete.asyncio_detailed(NORTHWIND, WILL, client=world.northwind))
    assert response.status_code == 400


def test_groups_add_replace_remove(world: MarketplaceWorld) -> None:
    client = world.northwind
    added = run(
        account_users_add_group.asyncio(
            NORTHWIND, WILL, client=client, body=UserGroupReference(id=FULFILMENT)
        )
    )
    assert isinstance(added, AccountUser)
    assert groups_of(added) == [BILLING, FULFILMENT, ADMINS]
    twice = run(
        account_users_add_group.asyncio_detailed(
            NORTHWIND, WILL, client=client, body=UserGroupReference(id=FULFILMENT)
        )
    )
    assert twice.status_code == 400
    replaced = run(
        account_users_replace_groups.asyncio(
            NORTHWIND, WILL, client=client, body=[UserGroupReference(id=ADMINS)]
        )
    )
    assert isinstance(replaced, AccountUser) and groups_of(replaced) == [ADMINS]
    empty = run(
        account_users_replace_groups.asyncio_detailed(NORTHWIND, WILL, client=client, body=[])
    )
    assert empty.status_code == 400
    last = run(account_users_remove_group.asyncio_detailed(NORTHWIND, WILL, ADMINS, client=client))
    assert last.status_code == 400
    not_in = run(
        account_users_remove_group.asyncio_detailed(NORTHWIND, WILL, BILLING, client=client)
    )
    assert not_in.status_code == 404
    run(
        account_users_add_group.asyncio(
            NORTHWIND, WILL, client=client, body=UserGroupReference(id=BILLING)
        )
    )
    removed = run(
        account_users_remove_group.asyncio_detailed(NORTHWIND, WILL, ADMINS, client=client)
    )
    assert removed.status_code == 204
    member = run(account_users_get.asyncio(NORTHWIND, WILL, client=client))
    assert isinstance(member, AccountUser) and groups_of(member) == [BILLING]


def test_invitation_lifecycle_invited_active(world: MarketplaceWorld) -> None:
    client = world.northwind
    resent = run(account_users_resend_invite.asyncio(NORTHWIND, LIAM, client=client))
    assert isinstance(resent, AccountUserLegacy)
    assert present(resent.invitation).status == InvitationStatus.INVITED
    renew = run(account_users_send_new_invite.asyncio_detailed(NORTHWIND, LIAM, client=client))
    assert renew.status_code == 400  # not expired
    # Only the invited user accepts (tenancy rule): the inviting account may not.
    on_behalf = run(account_users_accept_invite.asyncio_detailed(NORTHWIND, LIAM, client=client))
    assert on_behalf.status_code == 403
    liam = world.as_user(LIAM)
    accepted = run(account_users_accept_invite.asyncio(NORTHWIND, LIAM, client=liam))
    assert isinstance(accepted, AccountUserLegacy)
    invitation = present(accepted.invitation)
    assert (invitation.status, invitation.url) == (InvitationStatus.ACTIVE, None)
    assert present(present(present(accepted.audit).joined).at) is not None
    assert present(present(accepted.audit).invitation_accepted_at) is not None
    assert present(accepted.user).status == UserStatus.ACTIVE
    for operation, caller in (
        (account_users_accept_invite, liam),
        (account_users_resend_invite, client),
    ):
        response = run(operation.asyncio_detailed(NORTHWIND, LIAM, client=caller))
        assert response.status_code == 400


def test_invitations_expire_after_seven_days_and_can_be_renewed(world: MarketplaceWorld) -> None:
    client = world.operations
    member = run(account_users_create.asyncio(NORTHWIND, client=client, body=invite()))
    assert isinstance(member, AccountUser)
    user_id = present(present(member.user).id)
    world.clock.advance(timedelta(days=7, seconds=1))
    expired = run(account_users_get.asyncio(NORTHWIND, user_id, client=client))
    assert isinstance(expired, AccountUser)
    assert present(expired.invitation).status == InvitationStatus.INVITATIONEXPIRED
    assert present(expired.user).status == UserStatus.INVITATIONEXPIRED
    for operation in (account_users_accept_invite, account_users_resend_invite):
        response = run(operation.asyncio_detailed(NORTHWIND, user_id, client=client))
        assert response.status_code == 400
    renewed = run(account_users_send_new_invite.asyncio(NORTHWIND, user_id, client=client))
    assert isinstance(renewed, AccountUserLegacy)
    assert present(renewed.invitation).status == InvitationStatus.INVITED
    assert present(renewed.user).status == UserStatus.INVITED
    world.clock.advance(timedelta(days=6))
    accepted = run(account_users_accept_invite.asyncio(NORTHWIND, user_id, client=client))
    assert isinstance(accepted, AccountUserLegacy)
    assert present(accepted.invitation).status == InvitationStatus.ACTIVE


def test_rql_lists_filter_through_the_raw_query_string(world: MarketplaceWorld) -> None:
    # The generated client has no parameter for RQL: it goes into the URL itself.
    client = world.operations.get_async_httpx_client()
    response = run(client.get("/v1/accounts/users?in(status,(Invited,InvitationExpired))"))
    page = UserList.from_dict(response.json())
    assert {present(user.id) for user in present(page.data)} == {LIAM, SOFIA}


# -- the legacy collection ----------------------------------------------------------------------


def test_legacy_collection_serves_every_operation(world: MarketplaceWorld) -> None:
    client = world.operations
    body = invite()
    body.account = AccountReference(id=NORTHWIND)
    created = run(account_users_legacy_create.asyncio_detailed(client=client, body=body))
    assert created.status_code == 201
    member = created.parsed
    assert isinstance(member, AccountUserLegacy)
    member_id = present(member.id)
    assert member.last_login_at is None
    page = run(account_users_legacy_list.asyncio(client=client, limit=100))
    assert isinstance(page, AccountUserLegacyList)
    assert member_id in {present(item.id) for item in present(page.data)}
    got = run(account_users_legacy_get.asyncio(member_id, client=client, select="+audit"))
    assert isinstance(got, AccountUserLegacy)
    assert present(present(got.audit).created).at is not None
    added = run(
        account_users_legacy_add_group.asyncio(
            member_id, client=client, body=UserGroupReference(id=ADMINS)
        )
    )
    assert isinstance(added, AccountUserLegacy) and groups_of(added) == [FULFILMENT, ADMINS]
    removed = run(
        account_users_legacy_remove_group.asyncio_detailed(member_id, ADMINS, client=client)
    )
    assert removed.status_code == 204
    replaced = run(
        account_users_legacy_replace_groups.asyncio(
            member_id, client=client, body=[UserGroupReference(id=BILLING)]
        )
    )
    assert isinstance(replaced, AccountUserLegacy) and groups_of(replaced) == [BILLING]
    resent = run(account_users_legacy_resend_invite.asyncio(member_id, client=client))
    assert isinstance(resent, AccountUserLegacy)
    world.clock.advance(timedelta(days=8))
    renewed = run(account_users_legacy_send_new_invite.asyncio(member_id, client=client))
    assert isinstance(renewed, AccountUserLegacy)
    accepted = run(account_users_legacy_accept_invite.asyncio(member_id, client=client))
    assert isinstance(accepted, AccountUserLegacy)
    assert present(accepted.invitation).status == InvitationStatus.ACTIVE
    deleted = run(account_users_legacy_delete.asyncio_detailed(member_id, client=client))
    assert deleted.status_code == 204
    gone = run(account_users_legacy_get.asyncio_detailed(member_id, client=client))
    assert gone.status_code == 404


def test_legacy_create_needs_the_account_in_the_body(world: MarketplaceWorld) -> None:
    response = run(
        account_users_legacy_create.asyncio_detailed(client=world.operations, body=invite())
    )
    assert response.status_code == 400


def test_legacy_list_of_a_client_holds_only_its_own_account(world: MarketplaceWorld) -> None:
    page = run(account_users_legacy_list.asyncio(client=world.contoso))
    assert isinstance(page, AccountUserLegacyList)
    accounts = {present(present(item.account).id) for item in present(page.data)}
    assert accounts == {CONTOSO}
    foreign = run(
        account_users_legacy_get.asyncio_detailed(WILL_IN_NORTHWIND, client=world.contoso)
    )
    assert foreign.status_code == 403


@pytest.mark.parametrize("token", ["demo-mpt-client", "demo-mpt-vendor"])
def test_users_list_of_non_operations_callers_is_scoped(
    world: MarketplaceWorld, token: str
) -> None:
    page = run(users_list.asyncio(client=world.client(token), limit=100))
    assert isinstance(page, UserList)
    for user in present(page.data):
        ids = {present(account.id) for account in present(user.accounts)}
        assert len(ids) == 1  # only the caller's own account is visible
