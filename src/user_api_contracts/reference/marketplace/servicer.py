"""The Marketplace reference servicer: the generated stub's 27 operations, over SQLite.

Each method only routes to the users or account-users operations; the rules live there, and
the shapes in :mod:`.kinds`. Both account-user collections share one implementation, one
instance per collection, each answering in its own generated model.
"""

from __future__ import annotations

from marketplace_stubs import MarketplaceServicer
from marketplace_stubs import models as m
from marketplace_stubs import params as p

from user_api_contracts.runtime import RequestContext

from .account_users import AccountUserOperations
from .kinds import ACCOUNT_USER, ACCOUNT_USER_LEGACY
from .store import Store
from .users import UserOperations

__all__ = ["MarketplaceReference"]


class MarketplaceReference(MarketplaceServicer):
    """Users and account users of the SoftwareOne Marketplace, as the platform behaves."""

    def __init__(self, store: Store) -> None:
        self.users = UserOperations(store)
        self.members = AccountUserOperations(store, ACCOUNT_USER)
        self.legacy_members = AccountUserOperations(store, ACCOUNT_USER_LEGACY)

    # -- users -----------------------------------------------------------------------------------

    async def users_list(self, context: RequestContext, params: p.UsersListParams) -> m.UserList:
        """A page of users."""
        return self.users.page(context, params)

    async def users_get(self, context: RequestContext, params: p.UsersGetParams) -> m.User:
        """One user."""
        return self.users.get(context, params)

    async def users_update(
        self,
        context: RequestContext,
        params: p.UsersUpdateParams,
        body: m.UserUpdate | m.UserUpdateForm | None,
    ) -> m.User:
        """Change a user (JSON, or multipart with an icon)."""
        return self.users.update(context, params, body)

    async def users_delete(self, context: RequestContext, params: p.UsersDeleteParams) -> None:
        """Delete a user."""
        self.users.delete(context, params)

    async def users_block(self, context: RequestContext, params: p.UsersBlockParams) -> m.User:
        """Block a user."""
        return self.users.block(context, params)

    async def users_unblock(self, context: RequestContext, params: p.UsersUnblockParams) -> m.User:
        """Unblock a user."""
        return self.users.unblock(context, params)

    async def users_set_password(
        self, context: RequestContext, params: p.UsersSetPasswordParams, body: m.SetPassword
    ) -> m.User:
        """Set a user's password."""
        return await self.users.set_password(context, params, body)

    # -- account sub-collection ------------------------------------------------------------------

    async def account_users_list(
        self, context: RequestContext, params: p.AccountUsersListParams
    ) -> m.AccountUserList:
        """A page of an account's users."""
        meta, data = self.members.page(context, params)
        return {"$meta": meta, "data": data}

    async def account_users_create(
        self,
        context: RequestContext,
        params: p.AccountUsersCreateParams,
        body: m.CreateAccountUser,
    ) -> m.AccountUser:
        """Invite a user into the account."""
        return self.members.create(context, params, body)

    async def account_users_get(
        self, context: RequestContext, params: p.AccountUsersGetParams
    ) -> m.AccountUser:
        """One user of the account."""
        return self.members.get(context, params)

    async def account_users_delete(
        self, context: RequestContext, params: p.AccountUsersDeleteParams
    ) -> None:
        """Remove a user from the account."""
        self.members.delete(context, params)

    async def account_users_replace_groups(
        self,
        context: RequestContext,
        params: p.AccountUsersReplaceGroupsParams,
        body: list[m.UserGroupReference],
    ) -> m.AccountUser:
        """Replace the user's groups."""
        return self.members.replace_groups(context, params, list(body))

    async def account_users_add_group(
        self,
        context: RequestContext,
        params: p.AccountUsersAddGroupParams,
        body: m.UserGroupReference,
    ) -> m.AccountUser:
        """Add the user to a group."""
        return self.members.add_group(context, params, body)

    async def account_users_remove_group(
        self, context: RequestContext, params: p.AccountUsersRemoveGroupParams
    ) -> None:
        """Remove the user from a group."""
        self.members.remove_group(context, params)

    async def account_users_resend_invite(
        self, context: RequestContext, params: p.AccountUsersResendInviteParams
    ) -> m.AccountUserLegacy:
        """Resend the pending invitation."""
        return self.members.resend_invite(context, params)

    async def account_users_send_new_invite(
        self, context: RequestContext, params: p.AccountUsersSendNewInviteParams
    ) -> m.AccountUserLegacy:
        """Replace an expired invitation."""
        return self.members.send_new_invite(context, params)

    async def account_users_accept_invite(
        self, context: RequestContext, params: p.AccountUsersAcceptInviteParams
    ) -> m.AccountUserLegacy:
        """Accept the invitation."""
        return self.members.accept_invite(context, params)

    # -- legacy collection -----------------------------------------------------------------------

    async def account_users_legacy_list(
        self, context: RequestContext, params: p.AccountUsersLegacyListParams
    ) -> m.AccountUserLegacyList:
        """A page of account users of every visible account."""
        meta, data = self.legacy_members.page(context, params)
        return {"$meta": meta, "data": data}

    async def account_users_legacy_create(
        self,
        context: RequestContext,
        params: p.AccountUsersLegacyCreateParams,
        body: m.CreateAccountUser,
    ) -> m.AccountUserLegacy:
        """Invite a user into the account named in the body."""
        return self.legacy_members.create(context, params, body)

    async def account_users_legacy_get(
        self, context: RequestContext, params: p.AccountUsersLegacyGetParams
    ) -> m.AccountUserLegacy:
        """One account user by AUSR id."""
        return self.legacy_members.get(context, params)

    async def account_users_legacy_delete(
        self, context: RequestContext, params: p.AccountUsersLegacyDeleteParams
    ) -> None:
        """Remove the user from the membership's account."""
        self.legacy_members.delete(context, params)

    async def account_users_legacy_replace_groups(
        self,
        context: RequestContext,
        params: p.AccountUsersLegacyReplaceGroupsParams,
        body: list[m.UserGroupReference],
    ) -> m.AccountUserLegacy:
        """Replace the account user's groups."""
        return self.legacy_members.replace_groups(context, params, list(body))

    async def account_users_legacy_add_group(
        self,
        context: RequestContext,
        params: p.AccountUsersLegacyAddGroupParams,
        body: m.UserGroupReference,
    ) -> m.AccountUserLegacy:
        """Add the account user to a group."""
        return self.legacy_members.add_group(context, params, body)

    async def account_users_legacy_remove_group(
        self, context: RequestContext, params: p.AccountUsersLegacyRemoveGroupParams
    ) -> None:
        """Remove the account user from a group."""
        self.legacy_members.remove_group(context, params)

    async def account_users_legacy_resend_invite(
        self, context: RequestContext, params: p.AccountUsersLegacyResendInviteParams
    ) -> m.AccountUserLegacy:
        """Resend the pending invitation."""
        return self.legacy_members.resend_invite(context, params)

    async def account_users_legacy_send_new_invite(
        self, context: RequestContext, params: p.AccountUsersLegacySendNewInviteParams
    ) -> m.AccountUserLegacy:
        """Replace an expired invitation."""
        return self.legacy_members.send_new_invite(context, params)

    async def account_users_legacy_accept_invite(
        self, context: RequestContext, params: p.AccountUsersLegacyAcceptInviteParams
    ) -> m.AccountUserLegacy:
        """Accept the invitation."""
        return self.legacy_members.accept_invite(context, params)
