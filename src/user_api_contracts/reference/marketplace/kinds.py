"""The Marketplace's resource kinds for the graph renderer: fields in wire order, and loaders.

Shapes follow the spec's examples: a nested user is ``{id, href, email, status, firstName,
lastName, name}``, a nested account ``{id, href, icon, name}``, a nested user group
``{id, href, name, description, logo, isDefault}``, an audit actor ``{id, href, name, icon}``.
Lists leave ``audit`` out of their items (add it with ``select=+audit``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from marketplace_stubs import models as m
from sqlalchemy import Select, bindparam, func, literal, select

from .graph import Field, Kind, Many, One, Scalar, Source, Struct
from .tables import (
    account_user_groups,
    account_users,
    accounts,
    api_tokens,
    buyers,
    group_buyers,
    group_modules,
    modules,
    user_groups,
    users,
)
from .tenancy import WITHHELD_USER_FIELDS, sees_user
from .timestamps import to_wire

__all__ = ["INVITE_URL", "KINDS"]

INVITE_URL = "https://client.softwareone.com/accept-invite?code={code}"

Row = Mapping[str, Any]


def _among(column: Any) -> Any:
    """``column IN`` the ids passed as one JSON array (``:ids``).

    One statement, compiled once, for any number of ids, with no limit on bound variables.
    """
    ids = func.json_each(bindparam("ids")).table_valued("value")
    return column.in_(select(ids.c.value))


def _by_id(table: Any, statement: Select[Any] | None = None) -> Any:
    """A loader of rows by id, as dicts (``statement`` when more than the table is read)."""
    prepared = (statement if statement is not None else select(table)).where(_among(table.c.id))

    def load(source: Source, ids: Sequence[str]) -> dict[str, Row]:
        if not ids:
            return {}
        return {row.id: row._asdict() for row in source.rows(prepared, ids)}

    return load


def _links(statement: Select[Any]) -> Any:
    """A Many loader from a two-column SELECT (source id, target id) filtered by source ids."""
    prepared = statement.where(_among(statement.selected_columns[0])).limit(bindparam("cap"))

    def load(source: Source, ids: Sequence[str]) -> Mapping[str, Sequence[str]]:
        found: defaultdict[str, list[str]] = defaultdict(list)
        if not ids:
            return found
        # One more than the answer may still follow: reading them all first could hold
        # millions of pairs before any bound is checked.
        cap = source.budget.links_left() + 1
        rows = source.reader.all(
            prepared, {"ids": json.dumps(list(ids)), "cap": cap}, within=source.connection
        )
        source.budget.follow(len(rows))
        for key, target in rows:
            if target not in found[key]:
                found[key].append(target)
        return found

    return load


def _event(prefix: str) -> Struct:
    return Struct(
        {
            "at": Scalar(lambda row: to_wire(row[f"{prefix}_at"])),
            "by": One("Identity", lambda row: row[f"{prefix}_by"]),
        }
    )


def _date_event(column: str) -> Struct:
    return Struct({"at": Scalar(lambda row: to_wire(row[column]))})


def _href(collection: str) -> Scalar:
    return Scalar(lambda row: f"/v1/accounts/{collection}/{row['id']}")


def _visible_accounts(source: Source, ids: Sequence[str]) -> Sequence[str]:
    if source.visible_accounts is None:
        return ids
    return [key for key in ids if key in source.visible_accounts]


# -- users and identities --------------------------------------------------------------------

_USER_FIELDS: dict[str, Field] = {
    "id": Scalar(lambda row: row["id"]),
    "href": _href("users"),
    "email": Scalar(lambda row: row["email"]),
    "status": Scalar(lambda row: row["status"]),
    "firstName": Scalar(lambda row: row["first_name"]),
    "lastName": Scalar(lambda row: row["last_name"]),
    "name": Scalar(lambda row: row["name"]),
    "phone": Struct(
        {
            "prefix": Scalar(lambda row: row["phone_prefix"]),
            "number": Scalar(lambda row: row["phone_number"]),
        }
    ),
    "icon": Scalar(lambda row: f"/v1/accounts/users/{row['id']}/icon" if row["has_icon"] else None),
    "lastLoginAt": Scalar(lambda row: to_wire(row["last_login_at"])),
    "settings": Struct(
        {
            "cultureCode": Scalar(lambda row: row["culture_code"]),
            "languageCode": Scalar(lambda row: row["language_code"]),
        }
    ),
    "audit": Struct(
        {
            "created": _event("created"),
            "updated": _event("updated"),
            "invitationAcceptedAt": Scalar(lambda row: to_wire(row["invitation_accepted_at"])),
        }
    ),
    "accounts": Many(
        "Account",
        _links(
            select(account_users.c.user_id, account_users.c.account_id).order_by(
                account_users.c.account_id
            )
        ),
    ),
    "currentAccount": One("Account", lambda row: row["current_account_id"]),
}

_USERS_NOT_SEEN = select(users.c.id).where(
    _among(users.c.id),
    ~sees_user(users.c.id, users.c.invitation_accepted_at, bindparam("account")),
)


def _withheld_users(source: Source, ids: Sequence[str]) -> set[str]:
    """Users the caller's account does not see (:mod:`.tenancy`): only id, href and e-mail."""
    if source.visible_accounts is None or not ids:
        return set()
    hidden: set[str] | None = None
    for account in source.visible_accounts:
        values = {"ids": json.dumps(list(ids)), "account": account}
        found = {
            row.id for row in source.reader.all(_USERS_NOT_SEEN, values, within=source.connection)
        }
        hidden = found if hidden is None else hidden & found
    return (hidden or set()) - {source.viewer}


USER: Kind[m.User] = Kind(
    name="User",
    fields=_USER_FIELDS,
    reference=("id", "href", "email", "status", "firstName", "lastName", "name"),
    omittable=("currentAccount",),
    list_omits=("audit",),
    load=_by_id(users),
    withheld=_withheld_users,
    withheld_fields=WITHHELD_USER_FIELDS,
)


_TOKENS_BY_ID = _by_id(api_tokens)


def _load_identities(source: Source, ids: Sequence[str]) -> dict[str, Row]:
    """Users and API tokens, the two kinds of audit actor, as one row shape."""
    found: dict[str, Row] = {}
    people = USER.load(source, [key for key in ids if key.startswith("USR-")])
    for key, row in people.items():
        icon = f"/v1/accounts/users/{key}/icon" if row["has_icon"] else None
        found[key] = {**row, "href": f"/v1/accounts/users/{key}", "icon": icon}
    tokens = _TOKENS_BY_ID(source, [key for key in ids if key.startswith("TKN-")])
    for key, row in tokens.items():
        found[key] = {**row, "href": f"/v1/accounts/api-tokens/{key}", "icon": None}
    return found


IDENTITY: Kind[m.Identity] = Kind(
    name="Identity",
    fields={
        "id": Scalar(lambda row: row["id"]),
        "href": Scalar(lambda row: row["href"]),
        "name": Scalar(lambda row: row["name"]),
        "icon": Scalar(lambda row: row["icon"]),
        "audit": Struct({"created": _event("created"), "updated": _event("updated")}),
    },
    reference=("id", "href", "name", "icon"),
    omittable=("audit",),
    load=_load_identities,
)

# -- accounts, groups, modules, buyers ------------------------------------------------------

ACCOUNT: Kind[m.Account] = Kind(
    name="Account",
    fields={
        "id": Scalar(lambda row: row["id"]),
        "href": _href("accounts"),
        "name": Scalar(lambda row: row["name"]),
        "type": Scalar(lambda row: row["type"]),
        "status": Scalar(lambda row: row["status"]),
        "serviceLevel": Scalar(lambda row: row["service_level"]),
        "icon": Scalar(lambda _row: None),
        "externalIds": Struct({"pyraTenantId": Scalar(lambda row: row["pyra_tenant_id"])}),
        "externalId": Scalar(lambda row: row["external_id"]),
        "externalName": Scalar(lambda row: row["external_name"]),
        "website": Scalar(lambda row: row["website"]),
        "description": Scalar(lambda row: row["description"]),
        "technicalSupportEmail": Scalar(lambda row: row["technical_support_email"]),
        "address": Scalar(
            lambda row: json.loads(row["address"]) if row["address"] else None, omit_none=True
        ),
        "eligibility": Struct(
            {
                "client": Scalar(lambda row: bool(row["eligible_client"])),
                "partner": Scalar(lambda row: bool(row["eligible_partner"])),
            }
        ),
        "groups": Many(
            "UserGroup",
            _links(select(user_groups.c.account_id, user_groups.c.id).order_by(user_groups.c.id)),
        ),
        "audit": Struct({"created": _event("created"), "updated": _event("updated")}),
    },
    reference=("id", "href", "icon", "name"),
    omittable=("address", "groups", "audit"),
    load=_by_id(accounts),
    visible=_visible_accounts,
)

MODULE: Kind[m.Module] = Kind(
    name="Module",
    fields={
        "id": Scalar(lambda row: row["id"]),
        "href": _href("modules"),
        "code": Scalar(lambda row: row["code"]),
        "name": Scalar(lambda row: row["name"]),
        "description": Scalar(lambda row: row["description"]),
        "accountTypes": Scalar(lambda row: json.loads(row["account_types"])),
        "settings": Struct(
            {
                "sharedAccount": Scalar(lambda row: bool(row["shared_account"])),
                "configurable": Scalar(lambda row: bool(row["configurable"])),
                "default": Scalar(lambda row: bool(row["is_default"])),
                "paid": Scalar(lambda row: bool(row["paid"])),
            }
        ),
    },
    reference=("id", "href", "name", "description"),
    omittable=(),
    load=_by_id(modules),
)

BUYER: Kind[m.Buyer] = Kind(
    name="Buyer",
    fields={
        "id": Scalar(lambda row: row["id"]),
        "href": _href("buyers"),
        "name": Scalar(lambda row: row["name"]),
        "status": Scalar(lambda row: row["status"]),
        "icon": Scalar(lambda _row: None),
        "taxId": Scalar(lambda row: row["tax_id"]),
        "account": One("Account", lambda row: row["account_id"]),
    },
    reference=("id", "href", "name", "status", "icon", "taxId"),
    omittable=(),
    load=_by_id(buyers),
)

_GROUP_USERS = (
    select(account_user_groups.c.group_id, account_users.c.user_id)
    .join(account_users, account_users.c.id == account_user_groups.c.account_user_id)
    .order_by(account_users.c.user_id)
)

USER_GROUP: Kind[m.UserGroup] = Kind(
    name="UserGroup",
    fields={
        "id": Scalar(lambda row: row["id"]),
        "href": _href("user-groups"),
        "name": Scalar(lambda row: row["name"]),
        "description": Scalar(lambda row: row["description"]),
        "logo": Scalar(lambda row: row["logo"]),
        "isDefault": Scalar(lambda row: bool(row["is_default"])),
        "account": One("Account", lambda row: row["account_id"]),
        "modules": Many(
            "Module",
            _links(
                select(group_modules.c.group_id, group_modules.c.module_id).order_by(
                    group_modules.c.module_id
                )
            ),
        ),
        "users": Many("User", _links(_GROUP_USERS)),
        "buyers": Many(
            "Buyer",
            _links(
                select(group_buyers.c.group_id, group_buyers.c.buyer_id).order_by(
                    group_buyers.c.buyer_id
                )
            ),
        ),
        "audit": Struct({"created": _event("created"), "updated": _event("updated")}),
    },
    reference=("id", "href", "name", "description", "logo", "isDefault"),
    omittable=("modules", "users", "buyers", "audit"),
    load=_by_id(user_groups),
)

# -- account users ---------------------------------------------------------------------------

_MEMBER_GROUPS = select(
    account_user_groups.c.account_user_id, account_user_groups.c.group_id
).order_by(account_user_groups.c.group_id)
_MEMBER_MODULES = (
    select(account_user_groups.c.account_user_id, group_modules.c.module_id)
    .join(group_modules, group_modules.c.group_id == account_user_groups.c.group_id)
    .order_by(group_modules.c.module_id)
)
_MEMBER_BUYERS = (
    select(account_user_groups.c.account_user_id, group_buyers.c.buyer_id)
    .join(group_buyers, group_buyers.c.group_id == account_user_groups.c.group_id)
    .order_by(group_buyers.c.buyer_id)
)


_MEMBERS_WITH_USER = select(
    account_users,
    users.c.last_login_at.label("user_last_login_at"),
    users.c.invitation_accepted_at.label("user_invitation_accepted_at"),
).join(users, users.c.id == account_users.c.user_id)
_load_members_seen_by_all = _by_id(
    account_users, _MEMBERS_WITH_USER.add_columns(literal(True).label("user_seen"))
)
_load_members_seen_by_account = _by_id(
    account_users,
    _MEMBERS_WITH_USER.add_columns(
        sees_user(users.c.id, users.c.invitation_accepted_at, account_users.c.account_id).label(
            "user_seen"
        )
    ),
)


def _load_members(source: Source, ids: Sequence[str]) -> dict[str, Row]:
    """Account users with the user fields the legacy shape repeats at its top level.

    ``user_seen``: whether the membership's account sees the user (:mod:`.tenancy`); a caller
    of another account than the membership's is an operations caller, who sees every user
    (and does not pay for the check).
    """
    if source.visible_accounts is None:
        return dict(_load_members_seen_by_all(source, ids))
    return dict(_load_members_seen_by_account(source, ids))


def _user_field(column: str) -> Scalar:
    """A user's field repeated on the membership: null while the user is withheld."""
    return Scalar(lambda row: to_wire(row[column]) if row["user_seen"] else None)


def _invitation_url(row: Row) -> str | None:
    if row["invitation_status"] != "Invited" or not row["invitation_code"]:
        return None
    return INVITE_URL.format(code=row["invitation_code"])


def _member_fields(*, legacy: bool) -> dict[str, Field]:
    audit: dict[str, Field] = {"created": _event("created"), "updated": _event("updated")}
    if legacy:
        audit["invitationAcceptedAt"] = _user_field("user_invitation_accepted_at")
    audit["access"] = _date_event("access_at")
    audit["joined"] = _date_event("joined_at")
    fields: dict[str, Field] = {
        "id": Scalar(lambda row: row["id"]),
        "href": _href("account-users"),
        "user": One("User", lambda row: row["user_id"]),
        "account": One("Account", lambda row: row["account_id"]),
        "groups": Many("UserGroup", _links(_MEMBER_GROUPS)),
        "modules": Many("Module", _links(_MEMBER_MODULES)),
        "buyers": Many("Buyer", _links(_MEMBER_BUYERS)),
        "invitation": Struct(
            {
                "url": Scalar(_invitation_url),
                "status": Scalar(lambda row: row["invitation_status"]),
            }
        ),
        "audit": Struct(audit),
    }
    if legacy:
        fields["lastLoginAt"] = _user_field("user_last_login_at")
    return fields


ACCOUNT_USER: Kind[m.AccountUser] = Kind(
    name="AccountUser",
    fields=_member_fields(legacy=False),
    reference=("id", "href"),
    omittable=(),
    list_omits=("audit",),
    load=_load_members,
)

ACCOUNT_USER_LEGACY: Kind[m.AccountUserLegacy] = Kind(
    name="AccountUserLegacy",
    fields=_member_fields(legacy=True),
    reference=("id", "href"),
    omittable=(),
    list_omits=("audit",),
    load=_load_members,
)

_ALL = (USER, IDENTITY, ACCOUNT, MODULE, BUYER, USER_GROUP, ACCOUNT_USER, ACCOUNT_USER_LEGACY)
KINDS: dict[str, Kind[Any]] = {kind.name: kind for kind in _ALL}
