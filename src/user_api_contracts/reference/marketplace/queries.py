"""List queries: RQL filter, ``order`` and pagination become one SQL query and one count.

Each list names the RQL fields it accepts and the column each stands for, and the collections
``any()``/``all()`` may look into. Filtering, ordering and paging all happen in SQLite, on
indexed columns where the field is indexed; only the page's ids leave the database, and the
graph renderer loads the rest. ``audit.*`` fields may be filtered or ordered on only when
``audit`` is selected, as the platform requires.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.engine import Connection

from user_api_contracts.runtime import ApiError

from .rql.parser import Logical, Negation, Node, Quantifier, RqlError, RqlQuery
from .rql.sql import Collection, to_condition
from .tables import account_user_groups, account_users, accounts, user_groups, users
from .tenancy import sees_user

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "MAX_ORDER_TERMS",
    "ListSpec",
    "Page",
    "account_user_list",
    "rql_problem",
    "run_list",
    "user_list",
]

DEFAULT_LIMIT = 10
MAX_LIMIT = 100
MAX_ORDER_TERMS = 20
"""Most terms in one ``order``: a list has about twenty sortable fields, so more terms only
repeat one, and SQLite refuses an ORDER BY of more than 2,000 terms (a 500 before this)."""


@dataclass(frozen=True)
class ListSpec:
    """What one list exposes to RQL: its fields, collections, base query and id column."""

    base: Select[Any]
    key: ColumnElement[Any]
    fields: Mapping[str, ColumnElement[Any]]
    collections: Mapping[str, Collection]


@dataclass(frozen=True)
class Page:
    """The ids of one page, in order, and what ``$meta.pagination`` reports."""

    ids: list[str]
    offset: int
    limit: int
    total: int


def rql_problem(error: RqlError) -> ApiError:
    """A 400 problem that points at the offending part of the query string."""
    return ApiError(
        400,
        str(error),
        fields={"query": [str(error)]},
        extra={"position": error.position, "near": error.fragment},
    )


def user_list(visible_to: str | None) -> ListSpec:
    """``/v1/accounts/users``: every user that is not deleted (of the caller's account)."""
    base = select(users.c.id).where(users.c.status != "Deleted")
    current_account: ColumnElement[Any] = users.c.current_account_id
    if visible_to is not None:
        members = select(account_users.c.user_id).where(account_users.c.account_id == visible_to)
        seen = sees_user(users.c.id, users.c.invitation_accepted_at, visible_to)
        base = base.where(users.c.id.in_(members), seen)
        # Another tenant's account is not named, not even as a filter's yes or no.
        current_account = case((current_account == visible_to, current_account))
    membership = account_users.join(accounts, accounts.c.id == account_users.c.account_id)

    def any_account(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        # `id IN (members matching)`, not a correlated EXISTS: SQLite then looks the matching
        # memberships up once through an index instead of probing them for every user.
        matching = select(account_users.c.user_id).select_from(membership).where(condition)
        if visible_to is not None:
            matching = matching.where(account_users.c.account_id == visible_to)
        return users.c.id.in_(matching)

    fields = {
        "id": users.c.id,
        "email": users.c.email,
        "status": users.c.status,
        "firstName": users.c.first_name,
        "lastName": users.c.last_name,
        "name": users.c.name,
        "lastLoginAt": users.c.last_login_at,
        "phone.prefix": users.c.phone_prefix,
        "phone.number": users.c.phone_number,
        "settings.cultureCode": users.c.culture_code,
        "settings.languageCode": users.c.language_code,
        "currentAccount.id": current_account,
        "audit.created.at": users.c.created_at,
        "audit.created.by.id": users.c.created_by,
        "audit.updated.at": users.c.updated_at,
        "audit.updated.by.id": users.c.updated_by,
        "audit.invitationAcceptedAt": users.c.invitation_accepted_at,
    }
    account_fields = {
        "id": accounts.c.id,
        "name": accounts.c.name,
        "type": accounts.c.type,
        "status": accounts.c.status,
    }
    collections = {"accounts": Collection(fields=account_fields, exists=any_account)}
    return ListSpec(base=base, key=users.c.id, fields=fields, collections=collections)


def account_user_list(account: str | None, visible_to: str | None, *, legacy: bool) -> ListSpec:
    """Account users of ``account`` (sub-collection) or of every visible account (legacy)."""
    joined = account_users.join(users, users.c.id == account_users.c.user_id).join(
        accounts, accounts.c.id == account_users.c.account_id
    )
    base = select(account_users.c.id).select_from(joined)
    if account is not None:
        base = base.where(account_users.c.account_id == account)
    if visible_to is not None:
        base = base.where(account_users.c.account_id == visible_to)
    user_columns: dict[str, ColumnElement[Any]] = {
        "status": users.c.status,
        "firstName": users.c.first_name,
        "lastName": users.c.last_name,
        "name": users.c.name,
        "lastLoginAt": users.c.last_login_at,
        "invitationAcceptedAt": users.c.invitation_accepted_at,
    }
    if visible_to is not None:
        # A user the caller does not see (tenancy.py) is only its id and e-mail here too:
        # its other fields read as null, so no filter can ask about them.
        seen = sees_user(users.c.id, users.c.invitation_accepted_at, visible_to)
        user_columns = {name: case((seen, column)) for name, column in user_columns.items()}
    in_groups = account_user_groups.join(
        user_groups, user_groups.c.id == account_user_groups.c.group_id
    )

    def any_group(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        matching = select(account_user_groups.c.account_user_id).select_from(in_groups)
        return account_users.c.id.in_(matching.where(condition))

    fields: dict[str, ColumnElement[Any]] = {
        "id": account_users.c.id,
        "user.id": users.c.id,
        "user.email": users.c.email,
        "user.status": user_columns["status"],
        "user.firstName": user_columns["firstName"],
        "user.lastName": user_columns["lastName"],
        "user.name": user_columns["name"],
        "user.lastLoginAt": user_columns["lastLoginAt"],
        "account.id": accounts.c.id,
        "account.name": accounts.c.name,
        "account.type": accounts.c.type,
        "invitation.status": account_users.c.invitation_status,
        "audit.created.at": account_users.c.created_at,
        "audit.created.by.id": account_users.c.created_by,
        "audit.updated.at": account_users.c.updated_at,
        "audit.updated.by.id": account_users.c.updated_by,
        "audit.joined.at": account_users.c.joined_at,
        "audit.access.at": account_users.c.access_at,
    }
    if legacy:
        fields["lastLoginAt"] = user_columns["lastLoginAt"]
        fields["audit.invitationAcceptedAt"] = user_columns["invitationAcceptedAt"]
    group_fields = {
        "id": user_groups.c.id,
        "name": user_groups.c.name,
        "isDefault": user_groups.c.is_default,
    }
    collections = {"groups": Collection(fields=group_fields, exists=any_group)}
    return ListSpec(base=base, key=account_users.c.id, fields=fields, collections=collections)


def _fields_named(node: Node) -> Iterator[str]:
    """Every field a filter names at its top level (collection items are named by the list)."""
    if isinstance(node, Logical):
        for child in node.children:
            yield from _fields_named(child)
    elif isinstance(node, Negation):
        yield from _fields_named(node.child)
    elif isinstance(node, Quantifier):
        yield node.field
    else:
        yield node.field


def _order_by(spec: ListSpec, order: str, audit_selected: bool) -> list[ColumnElement[Any]]:
    clauses: list[ColumnElement[Any]] = []
    terms = [term for term in (raw.strip() for raw in order.split(",")) if term]
    if len(terms) > MAX_ORDER_TERMS:
        message = f"order has {len(terms):,} terms; at most {MAX_ORDER_TERMS} are allowed"
        raise ApiError(400, message, fields={"order": [message]})
    for term in terms:
        descending = term.startswith("-")
        name = term.lstrip("+-")
        column = spec.fields.get(name)
        if column is None:
            raise ApiError(
                400,
                f"Cannot order by {name!r}: unknown field.",
                fields={"order": [f"unknown field {name!r}"]},
            )
        if name.startswith("audit.") and not audit_selected:
            raise _audit_not_selected("order", name)
        clauses.append(column.desc() if descending else column.asc())
    return clauses


def _audit_not_selected(parameter: str, name: str) -> ApiError:
    return ApiError(
        400,
        f"{name} can be used only when audit is selected (select=audit).",
        fields={parameter: [f"{name} needs select=audit"]},
    )


def run_list(
    connection: Connection,
    spec: ListSpec,
    query: RqlQuery,
    raw_query: str,
    *,
    limit: int | None,
    offset: int,
    audit_selected: bool,
) -> Page:
    """Run the filtered, ordered page and its count; 400 problems for bad RQL or order."""
    condition = None
    if query.filter is not None:
        for name in _fields_named(query.filter):
            if name.startswith("audit.") and not audit_selected:
                raise _audit_not_selected("query", name)
        try:
            condition = to_condition(
                query.filter, spec.fields, query=raw_query, collections=spec.collections
            )
        except RqlError as error:
            raise rql_problem(error) from None
    ordering = _order_by(spec, query.named.get("order", ""), audit_selected)
    statement = spec.base if condition is None else spec.base.where(and_(condition))
    applied = DEFAULT_LIMIT if limit is None else min(limit, MAX_LIMIT)
    count = select(func.count()).select_from(statement.order_by(None).subquery())
    total = int(connection.execute(count).scalar_one())
    ids: list[str] = []
    if applied > 0 and offset < total:
        page = statement.order_by(*ordering, spec.key).limit(applied).offset(offset)
        ids = [str(row[0]) for row in connection.execute(page)]
    return Page(ids=ids, offset=offset, limit=applied, total=total)
