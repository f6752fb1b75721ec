"""Which users an account may see and which it may change: the one tenancy rule, in SQL.

An invitation grants nothing until the invited user accepts it. Inviting an e-mail address is
open to any account (the invitee may already be a user of other accounts), so an invitation
must not hand the inviter the invitee's profile, credentials or other accounts. For a caller
acting in a ``Client`` or ``Vendor`` account ``A``:

* **sees** a user when the user *joined* ``A`` (accepted its invitation into ``A``), or when
  the user is ``A``'s own invitee: it has never accepted any invitation and has no membership,
  pending or joined, in an account other than ``A`` (so everything the server holds about it
  came from ``A``'s own invitation);
* **manages** a user (may change its profile, e-mail, icon or password) when it sees the user
  and the user has joined no account other than ``A``; a user always manages itself.

Operations accounts see and manage every user. Everything that reaches a user goes through
these predicates: the single-user lookups (:meth:`.store.Store.user`), the user list, the
account-user lists' ``user.*`` filter fields, and the graph (a user the caller does not see is
rendered as ``{id, href, email}`` wherever a ``select`` reaches it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, exists, or_, select

from .tables import account_users, users

__all__ = ["JOINED", "WITHHELD_USER_FIELDS", "manages_user", "sees_user", "user_access"]

JOINED = "Active"
"""The invitation status of a membership whose invitation was accepted."""

WITHHELD_USER_FIELDS = ("id", "href", "email")
"""What a caller learns of a user it does not see: what it needed to invite the user."""


def _membership(user_id: ColumnElement[Any]) -> Any:
    other = account_users.alias()
    return other, other.c.user_id == user_id


def sees_user(
    user_id: ColumnElement[Any], accepted_at: ColumnElement[Any], account: Any
) -> ColumnElement[bool]:
    """``account`` (a value or bound parameter) sees the user ``user_id`` (see the module)."""
    here, of_user = _membership(user_id)
    joined_here = exists().where(
        of_user, here.c.account_id == account, here.c.invitation_status == JOINED
    )
    anywhere, of_user_anywhere = _membership(user_id)
    invited_here = exists().where(of_user_anywhere, anywhere.c.account_id == account)
    elsewhere, of_user_elsewhere = _membership(user_id)
    anything_elsewhere = exists().where(of_user_elsewhere, elsewhere.c.account_id != account)
    own_invitee = and_(accepted_at.is_(None), invited_here, ~anything_elsewhere)
    return or_(joined_here, own_invitee)


def manages_user(
    user_id: ColumnElement[Any], accepted_at: ColumnElement[Any], account: Any
) -> ColumnElement[bool]:
    """``account`` may change the user ``user_id``'s profile and credentials."""
    elsewhere, of_user = _membership(user_id)
    joined_elsewhere = exists().where(
        of_user, elsewhere.c.account_id != account, elsewhere.c.invitation_status == JOINED
    )
    return and_(sees_user(user_id, accepted_at, account), ~joined_elsewhere)


user_access = select(
    users.c.id,
    sees_user(users.c.id, users.c.invitation_accepted_at, bindparam("account")).label("sees"),
    manages_user(users.c.id, users.c.invitation_accepted_at, bindparam("account")).label("manages"),
).where(users.c.id == bindparam("id"))
"""One user's ``(id, sees, manages)`` for the account ``:account``."""
