"""What every Marketplace operation shares: the database, the clock and the access checks.

Invitations expire seven days after they are sent. Rather than a background job, each request
first moves invitations past their expiry to ``InvitationExpired`` (an indexed, usually empty
check), and users whose every invitation lapsed before they joined anything follow them. A
request therefore never sees a stale ``Invited``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, and_, bindparam, exists, select, update
from sqlalchemy.engine import Connection

from user_api_contracts.runtime import ApiError

from ..db import FastReader
from ..text_keys import InvalidIdentifierError, caseless_key
from ..text_keys import stored_form as text_form
from .access import Caller, forbidden
from .graph import Source
from .tables import account_users, accounts, users
from .tenancy import user_access
from .timestamps import Clock, stored_form, system_clock

__all__ = ["INVITATION_LIFETIME", "Store", "email_forms"]

INVITATION_LIFETIME = timedelta(days=7)

_LAPSED = (
    select(account_users.c.id)
    .where(
        account_users.c.invitation_status == "Invited",
        account_users.c.invitation_expires_at <= bindparam("now"),
    )
    .limit(1)
)


def email_forms(email: str, *, field: str) -> tuple[str, str]:
    """An e-mail address as stored (NFC) and its caseless key.

    A 400 problem naming ``field`` for an address with an invisible or control character, or
    white space at either end.
    """
    try:
        stored = text_form(email, field=field)
    except InvalidIdentifierError as error:
        raise ApiError(400, str(error), fields={field: [str(error)]}) from None
    return stored, caseless_key(stored)


class Store:
    """The Marketplace's database and clock, with the lookups that enforce who sees what."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock = clock or system_clock
        self.reader = FastReader(engine)

    @contextmanager
    def reading(self, caller: Caller) -> Iterator[Source]:
        """A read-only view for one request, after expiring lapsed invitations."""
        self.expire_invitations()
        with self.engine.connect() as connection:
            yield self.source(connection, caller)

    @contextmanager
    def writing(self, caller: Caller) -> Iterator[Source]:
        """One transaction for one request: all of its changes land, or none."""
        self.expire_invitations()
        with self.engine.begin() as connection:
            yield self.source(connection, caller)

    def source(self, connection: Connection, caller: Caller) -> Source:
        """The renderer's view of ``connection`` for ``caller``."""
        scope = caller.scope
        visible = None if scope is None else frozenset({scope})
        return Source(connection, visible, self.reader, viewer=caller.identity)

    def expire_invitations(self) -> None:
        """Invited → InvitationExpired for invitations past their seven days."""
        now = self.clock()
        # The usual answer is "none": asked on the raw connection, in the stored text form.
        if self.reader.one(_LAPSED, {"now": stored_form(now)}) is None:
            return
        lapsed = and_(
            account_users.c.invitation_status == "Invited",
            account_users.c.invitation_expires_at <= now,
        )
        with self.engine.begin() as connection:
            connection.execute(
                update(account_users).where(lapsed).values(invitation_status="InvitationExpired")
            )
            pending = exists().where(
                account_users.c.user_id == users.c.id,
                account_users.c.invitation_status.in_(("Invited", "Active")),
            )
            connection.execute(
                update(users)
                .where(
                    users.c.status == "Invited",
                    users.c.invitation_accepted_at.is_(None),
                    ~pending,
                )
                .values(status="InvitationExpired")
            )

    # -- lookups that enforce visibility --------------------------------------------------------
    # Prebuilt statements run on the DB-API connection under ``connection`` (so a write
    # transaction sees its own rows); times in these rows are the stored text, not datetimes.

    def _one(self, connection: Connection, statement: Any, **values: str) -> Any:
        return self.reader.one(statement, values, within=connection)

    def user(
        self, connection: Connection, caller: Caller, user_id: str, *, manage: bool = False
    ) -> Any:
        """A live user the caller sees (or, with ``manage``, may change).

        404 if there is none, 403 if the tenancy rule (:mod:`.tenancy`) keeps it from the caller.
        """
        row = self._one(connection, _USER, id=user_id)
        if row is None or row.status == "Deleted":
            raise ApiError(404, f"User {user_id} was not found.")
        scope = caller.scope
        if scope is None or row.id == caller.identity:
            return row
        access = self._one(connection, user_access, id=row.id, account=scope)
        if not access.sees:
            raise forbidden(f"User {user_id} is not a user of the caller's account.")
        if manage and not access.manages:
            raise forbidden(
                f"User {user_id} has joined another account too: only the user itself or an"
                " operations account may change its profile, e-mail or password."
            )
        return row

    def account(
        self, connection: Connection, caller: Caller, account_id: str, *, scoped: bool = True
    ) -> Any:
        """An account the caller may manage: 404 if unknown, 403 if it is another's.

        ``scoped=False`` only checks that it exists (for the invitee's own invitations).
        """
        row = self._one(connection, _ACCOUNT, id=account_id)
        if row is None:
            raise ApiError(404, f"Account {account_id} was not found.")
        if scoped and caller.scope is not None and caller.scope != account_id:
            raise forbidden(f"The caller's account may not manage account {account_id}.")
        return row

    def user_with_email(self, connection: Connection, key: str) -> Any:
        """The live user whose e-mail has the caseless ``key`` (:func:`email_forms`), or None."""
        return self._one(connection, _USER_WITH_EMAIL, key=key)

    def membership(self, connection: Connection, account_id: str, user_id: str) -> Any:
        """The membership of ``user_id`` in ``account_id``, or None."""
        return self._one(connection, _MEMBER_OF, account=account_id, user=user_id)

    def member_of(self, connection: Connection, account_id: str, user_id: str) -> Any:
        """The membership of ``user_id`` in ``account_id``; 404 when there is none."""
        row = self.membership(connection, account_id, user_id)
        if row is None:
            raise ApiError(404, f"User {user_id} is not a user of account {account_id}.")
        return row

    def member(
        self, connection: Connection, caller: Caller, member_id: str, *, scoped: bool = True
    ) -> Any:
        """An account user by its AUSR id: 404 if unknown, 403 if of another account.

        ``scoped=False`` leaves the account check to the caller (for the invitee).
        """
        row = self._one(connection, _MEMBER, id=member_id)
        if row is None:
            raise ApiError(404, f"Account user {member_id} was not found.")
        if scoped and caller.scope is not None and caller.scope != row.account_id:
            raise forbidden(f"Account user {member_id} belongs to another account.")
        return row


_USER = select(users).where(users.c.id == bindparam("id"))
_USER_WITH_EMAIL = select(users).where(
    users.c.email_key == bindparam("key"), users.c.status != "Deleted"
)
_ACCOUNT = select(accounts).where(accounts.c.id == bindparam("id"))
_MEMBER = select(account_users).where(account_users.c.id == bindparam("id"))
_MEMBER_OF = select(account_users).where(
    account_users.c.account_id == bindparam("account"), account_users.c.user_id == bindparam("user")
)
