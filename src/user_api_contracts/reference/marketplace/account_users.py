"""Account users, in both collections: the account's sub-collection and the legacy one.

The sub-collection is ``/v1/accounts/accounts/{accountId}/users/{userId}`` (a ``USR-`` id);
the legacy collection is ``/v1/accounts/account-users/{id}`` (an ``AUSR-`` id).

Creating an account user invites the user (created if no live user has that e-mail) into the
account and at least one of its user groups. The invitation lifecycle:
``Invited`` → ``Active`` (accept-invite), ``Invited`` → ``InvitationExpired`` after seven days;
resend-invite re-sends a pending invitation, send-new-invite replaces an expired one. Every
other transition is a 400 problem. An account user keeps at least one group, and callers cannot
remove themselves from an account; removing a user from one account leaves its others intact.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any, Generic

from marketplace_stubs import models as m
from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from user_api_contracts.runtime import ApiError, RequestContext

from .access import Caller, forbidden
from .graph import Kind, Model, Source
from .ids import new_id
from .kinds import ACCOUNT_USER_LEGACY
from .queries import account_user_list, run_list
from .store import INVITATION_LIFETIME, Store, email_forms
from .tables import account_user_groups, account_users, user_groups, users
from .views import default_shape, page_body, raw_query, render_one, shape_for

__all__ = ["AccountUserOperations"]


def _problem(message: str, *properties: str) -> ApiError:
    """A platform business-rule 400: ``errors`` is a list of messages with their fields."""
    return ApiError(
        400, message, extra={"errors": [{"message": message, "properties": list(properties)}]}
    )


class AccountUserOperations(Generic[Model]):
    """Account-user operations of one collection over a Store, answering in its ``kind``.

    One instance per collection: ``ACCOUNT_USER`` for the account's sub-collection (answers are
    ``m.AccountUser``), ``ACCOUNT_USER_LEGACY`` for the legacy one (``m.AccountUserLegacy``).
    The invitation operations answer in the legacy shape in both, as the platform does.
    """

    def __init__(self, store: Store, kind: Kind[Model]) -> None:
        self.store = store
        self.kind = kind
        self.legacy = kind is ACCOUNT_USER_LEGACY

    def _membership(self, connection: Connection, caller: Caller, params: Mapping[str, Any]) -> Any:
        if self.legacy:
            return self.store.member(connection, caller, params["id"])
        self.store.account(connection, caller, params["accountId"])
        return self.store.member_of(connection, params["accountId"], params["userId"])

    def _answer(self, connection: Connection, caller: Caller, member_id: str) -> Model:
        source = self.store.source(connection, caller)
        return render_one(source, self.kind, member_id, default_shape(self.kind))

    def _answer_legacy(
        self, connection: Connection, caller: Caller, member_id: str
    ) -> m.AccountUserLegacy:
        source = self.store.source(connection, caller)
        legacy = ACCOUNT_USER_LEGACY
        return render_one(source, legacy, member_id, default_shape(legacy))

    # -- reads -----------------------------------------------------------------------------------

    def page(
        self, context: RequestContext, params: Mapping[str, Any]
    ) -> tuple[m.ListMetadata, list[Model]]:
        """A page of the account's users (sub-collection) or of every visible account.

        Its ``$meta`` and items: the servicer puts them in the collection's list model.
        """
        caller: Caller = context.principal
        query, text = raw_query(context)
        shape = shape_for(self.kind, query, listing=True)
        with self.store.reading(caller) as source:
            account = None
            if not self.legacy:
                account = self.store.account(source.connection, caller, params["accountId"]).id
            page = run_list(
                source.connection,
                account_user_list(account, caller.scope, legacy=self.legacy),
                query,
                text,
                limit=params.get("limit"),
                offset=params.get("offset", 0),
                audit_selected="audit" in shape.fields,
            )
            return page_body(source, self.kind, page, shape)

    def get(self, context: RequestContext, params: Mapping[str, Any]) -> Model:
        """One account user, in the shape ``select`` asks for."""
        caller: Caller = context.principal
        query, _text = raw_query(context)
        shape = shape_for(self.kind, query, listing=False)
        with self.store.reading(caller) as source:
            row = self._membership(source.connection, caller, params)
            return render_one(source, self.kind, row.id, shape)

    # -- invitation into an account ------------------------------------------------------------

    def create(
        self,
        context: RequestContext,
        params: Mapping[str, Any],
        body: Mapping[str, Any],
    ) -> Model:
        """Invite the user into the account and its groups (creating the user if needed)."""
        caller: Caller = context.principal
        named = (body.get("account") or {}).get("id")
        if self.legacy and named is None:
            raise ApiError(
                400,
                "The account is required.",
                fields={"account.id": ["The Id field is required."]},
            )
        if not self.legacy and named is not None and named != params["accountId"]:
            raise _problem("account.id must name the account of the URL.", "account.id")
        invitation = (body.get("invitation") or {}).get("status", "Invited")
        if invitation != "Invited":
            raise _problem("A new account user can only be Invited.", "invitation.status")
        now = self.store.clock()
        with self.store.writing(caller) as source:
            connection = source.connection
            try:
                account = self.store.account(connection, caller, named or params["accountId"])
            except ApiError as error:
                if (
                    self.legacy and error.status == 404
                ):  # an id in the body is a bad body, not a URL
                    raise _problem(f"Account {named} does not exist.", "account.id") from None
                raise
            groups = self._groups(connection, account.id, body["groups"])
            user_id = self._invitee(connection, caller, body["user"], account.id, now)
            member_id = new_id(connection, account_users.c.id, "AUSR", 3)
            connection.execute(
                insert(account_users).values(
                    id=member_id,
                    account_id=account.id,
                    user_id=user_id,
                    invitation_status="Invited",
                    invitation_code=secrets.token_hex(16).upper(),
                    invitation_expires_at=now + INVITATION_LIFETIME,
                    created_at=now,
                    created_by=caller.identity,
                )
            )
            self._set_groups(connection, member_id, groups)
            return self._answer(connection, caller, member_id)

    def _invitee(
        self,
        connection: Connection,
        caller: Caller,
        profile: Mapping[str, Any],
        account_id: str,
        now: Any,
    ) -> str:
        """The live user with the profile's e-mail (400 if already a member), or a new one.

        E-mails are compared on their caseless key and stored in NFC (:func:`.email_forms`).
        """
        email, key = email_forms(profile["email"], field="user.email")
        row = self.store.user_with_email(connection, key)
        if row is not None:
            if self.store.membership(connection, account_id, row.id) is not None:
                raise _problem(f"{email} is already a user of account {account_id}.", "user.email")
            if row.status == "InvitationExpired":
                connection.execute(
                    update(users).where(users.c.id == row.id).values(status="Invited")
                )
            return str(row.id)
        user_id = new_id(connection, users.c.id, "USR", 2)
        phone = profile.get("phone") or {}
        settings = profile.get("settings") or {}
        first, last = profile["firstName"], profile["lastName"]
        connection.execute(
            insert(users).values(
                id=user_id,
                email=email,
                email_key=key,
                first_name=first,
                last_name=last,
                name=f"{first} {last}",
                status="Invited",
                phone_prefix=phone.get("prefix"),
                phone_number=phone.get("number"),
                culture_code=settings.get("cultureCode"),
                language_code=settings.get("languageCode"),
                current_account_id=account_id,
                created_at=now,
                created_by=caller.identity,
            )
        )
        return user_id

    @staticmethod
    def _groups(connection: Connection, account_id: str, references: list[Any]) -> list[str]:
        """The referenced groups, deduplicated; 400 unless each is a group of the account."""
        wanted: list[str] = []
        for index, reference in enumerate(references):
            group_id = reference.get("id")
            if group_id is None:
                raise ApiError(
                    400,
                    "Every group reference needs an id.",
                    fields={f"groups[{index}].id": ["The Id field is required."]},
                )
            if group_id not in wanted:
                wanted.append(group_id)
        if not wanted:
            raise _problem("An account user belongs to at least one user group.", "groups")
        found = {
            row.id
            for row in connection.execute(
                select(user_groups.c.id).where(
                    user_groups.c.id.in_(wanted), user_groups.c.account_id == account_id
                )
            )
        }
        for index, group_id in enumerate(wanted):
            if group_id not in found:
                raise _problem(
                    f"User group {group_id} does not belong to the account.",
                    f"groups[{index}].id",
                )
        return wanted

    @staticmethod
    def _set_groups(connection: Connection, member_id: str, groups: list[str]) -> None:
        connection.execute(
            delete(account_user_groups).where(account_user_groups.c.account_user_id == member_id)
        )
        connection.execute(
            insert(account_user_groups),
            [{"account_user_id": member_id, "group_id": group} for group in groups],
        )

    def _touch(self, connection: Connection, caller: Caller, member_id: str, **values: Any) -> None:
        connection.execute(
            update(account_users)
            .where(account_users.c.id == member_id)
            .values(updated_at=self.store.clock(), updated_by=caller.identity, **values)
        )

    # -- membership --------------------------------------------------------------------------

    def delete(self, context: RequestContext, params: Mapping[str, Any]) -> None:
        """Remove the user from this account only; its other accounts are untouched."""
        caller: Caller = context.principal
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self._membership(connection, caller, params)
            if row.user_id == caller.identity:
                raise _problem("A user cannot remove itself from an account.", "userId")
            connection.execute(
                delete(account_user_groups).where(account_user_groups.c.account_user_id == row.id)
            )
            connection.execute(delete(account_users).where(account_users.c.id == row.id))
            remaining = connection.execute(
                select(account_users.c.account_id)
                .where(account_users.c.user_id == row.user_id)
                .order_by(account_users.c.account_id)
            ).first()
            connection.execute(
                update(users)
                .where(users.c.id == row.user_id, users.c.current_account_id == row.account_id)
                .values(current_account_id=None if remaining is None else remaining.account_id)
            )

    def add_group(
        self,
        context: RequestContext,
        params: Mapping[str, Any],
        body: Mapping[str, Any],
    ) -> Model:
        """One more group of the account for this user; 400 if it is already in it."""
        caller: Caller = context.principal
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self._membership(connection, caller, params)
            (group,) = self._groups(connection, row.account_id, [body])
            current = self._current_groups(connection, row.id)
            if group in current:
                raise _problem(f"The user is already in user group {group}.", "id")
            connection.execute(
                insert(account_user_groups).values(account_user_id=row.id, group_id=group)
            )
            self._touch(connection, caller, row.id)
            return self._answer(connection, caller, row.id)

    def replace_groups(
        self, context: RequestContext, params: Mapping[str, Any], body: list[Any]
    ) -> Model:
        """Exactly these groups from now on (at least one, all of the account)."""
        caller: Caller = context.principal
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self._membership(connection, caller, params)
            groups = self._groups(connection, row.account_id, body)
            self._set_groups(connection, row.id, groups)
            self._touch(connection, caller, row.id)
            return self._answer(connection, caller, row.id)

    def remove_group(self, context: RequestContext, params: Mapping[str, Any]) -> None:
        """Leave one group; 404 if the user is not in it, 400 if it is the user's last."""
        caller: Caller = context.principal
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self._membership(connection, caller, params)
            current = self._current_groups(connection, row.id)
            group = params["userGroupId"]
            if group not in current:
                raise ApiError(404, f"The user is not in user group {group}.")
            if len(current) == 1:
                raise _problem("An account user belongs to at least one user group.", "groups")
            connection.execute(
                delete(account_user_groups).where(
                    account_user_groups.c.account_user_id == row.id,
                    account_user_groups.c.group_id == group,
                )
            )
            self._touch(connection, caller, row.id)

    @staticmethod
    def _current_groups(connection: Connection, member_id: str) -> list[str]:
        return [
            str(value)
            for (value,) in connection.execute(
                select(account_user_groups.c.group_id).where(
                    account_user_groups.c.account_user_id == member_id
                )
            )
        ]

    # -- invitation lifecycle ----------------------------------------------------------------

    def resend_invite(
        self, context: RequestContext, params: Mapping[str, Any]
    ) -> m.AccountUserLegacy:
        """Send the pending invitation again (same code, same expiry)."""
        caller: Caller = context.principal
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self._membership(connection, caller, params)
            if row.invitation_status == "Active":
                raise _problem("The invitation was already accepted.", "invitation.status")
            if row.invitation_status == "InvitationExpired":
                raise _problem(
                    "The invitation has expired; send a new invitation instead.",
                    "invitation.status",
                )
            self._touch(connection, caller, row.id)
            return self._answer_legacy(connection, caller, row.id)

    def send_new_invite(
        self, context: RequestContext, params: Mapping[str, Any]
    ) -> m.AccountUserLegacy:
        """Replace an expired invitation with a new one, valid for seven days."""
        caller: Caller = context.principal
        now = self.store.clock()
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self._membership(connection, caller, params)
            if row.invitation_status != "InvitationExpired":
                raise _problem(
                    f"Only an expired invitation can be renewed (it is {row.invitation_status}).",
                    "invitation.status",
                )
            self._touch(
                connection,
                caller,
                row.id,
                invitation_status="Invited",
                invitation_code=secrets.token_hex(16).upper(),
                invitation_expires_at=now + INVITATION_LIFETIME,
            )
            connection.execute(
                update(users)
                .where(users.c.id == row.user_id, users.c.status == "InvitationExpired")
                .values(status="Invited")
            )
            return self._answer_legacy(connection, caller, row.id)

    def accept_invite(
        self, context: RequestContext, params: Mapping[str, Any]
    ) -> m.AccountUserLegacy:
        """The user joins the account: invitation Active, ``joined`` set, user Active."""
        caller: Caller = context.principal
        now = self.store.clock()
        with self.store.writing(caller) as source:
            connection = source.connection
            row = self._invitation(connection, caller, params)
            if row.invitation_status == "Active":
                raise _problem("The invitation was already accepted.", "invitation.status")
            if row.invitation_status == "InvitationExpired":
                raise _problem("The invitation has expired.", "invitation.status")
            self._touch(
                connection,
                caller,
                row.id,
                invitation_status="Active",
                invitation_code=None,
                joined_at=now,
            )
            user = connection.execute(select(users).where(users.c.id == row.user_id)).one()
            changes: dict[str, Any] = {}
            if user.invitation_accepted_at is None:
                changes["invitation_accepted_at"] = now
            if user.status in ("Invited", "InvitationExpired", "New"):
                changes["status"] = "Active"
            if user.current_account_id is None:
                changes["current_account_id"] = row.account_id
            if changes:
                connection.execute(update(users).where(users.c.id == user.id).values(**changes))
            # Answered as the account just joined sees it, whichever account the token acts in.
            joined = self.store.source(connection, caller)
            if not caller.is_operations:
                visible = frozenset({row.account_id})
                joined = Source(connection, visible, self.store.reader, viewer=caller.identity)
            return render_one(
                joined, ACCOUNT_USER_LEGACY, row.id, default_shape(ACCOUNT_USER_LEGACY)
            )

    def _invitation(self, connection: Connection, caller: Caller, params: Mapping[str, Any]) -> Any:
        """The membership whose invitation is accepted, if the caller is its invitee.

        Accepting is the invited user's own act (or an operations account's): an account that
        invited a user may not accept on the user's behalf. The invitee may hold a token of
        any account, so its own invitations are found whatever account the token acts in.
        """
        if self.legacy:
            row = self.store.member(connection, caller, params["id"], scoped=False)
        elif caller.is_operations or params["userId"] == caller.identity:
            self.store.account(connection, caller, params["accountId"], scoped=False)
            row = self.store.member_of(connection, params["accountId"], params["userId"])
        else:
            row = self._membership(connection, caller, params)
        if not caller.is_operations and row.user_id != caller.identity:
            if caller.scope != row.account_id:
                raise forbidden(f"Account user {row.id} belongs to another account.")
            raise forbidden(
                "Only the invited user (or an operations account) may accept an invitation."
            )
        return row
