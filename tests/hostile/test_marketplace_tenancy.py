"""Marketplace tenancy: every operation, by every principal, on every tenant's users (HTTP).

The rule under test is the spec's ("Tenancy" in the Marketplace ``info.description``): an
invitation grants nothing until the invited user accepts it; a client or vendor account sees
the users that joined it and its own invitees who belong nowhere else, changes a user's
profile or password only when no other account has it, and never accepts on a user's behalf.

The world: the demo (Northwind, a client; Contoso, a vendor; operations) plus a second client,
Fabrikam, with a user of its own, a user of both Northwind and Fabrikam (``TWIN``), and a
Fabrikam user that Northwind has just invited (``TAKEN``: the takeover of issue #11). The
operations come from the bundled spec, so an operation added to it joins the matrix (and fails
until the rule below says what it may do). Each request runs on the same starting database; a
forbidden request must answer 403 and leave every table as it was, and no answer to a client or
vendor may name another tenant's users or accounts.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, insert, select

from tests.live_server import serving
from user_api_contracts.reference.auth import Principal, register_token
from user_api_contracts.reference.db import METADATA, open_database
from user_api_contracts.reference.marketplace.tables import (
    account_user_groups,
    account_users,
    accounts,
    user_groups,
    users,
)
from user_api_contracts.reference.seed import seed_demo_data

SPEC = Path(__file__).parents[2] / "generated" / "openapi" / "marketplace.openapi.json"

NORTHWIND, CONTOSO, OPERATIONS = "ACC-1671-0642", "ACC-3421-8800", "ACC-1000-0001"
FABRIKAM = "ACC-2718-2818"
WILL, EMMA, ANA = "USR-6375-2499", "USR-3300-1200", "USR-4134-7183"
ZEPHYRINE = "USR-2718-0001"  # Fabrikam only
TWIN = "USR-2718-0002"  # joined Northwind and Fabrikam
TAKEN = "USR-2718-0003"  # joined Fabrikam; invited by Northwind, not accepted


@dataclass(frozen=True)
class Role:
    """A caller: its token, the account it acts in and the identity it acts as."""

    name: str
    token: str
    account: str
    identity: str

    @property
    def operations(self) -> bool:
        return self.account == OPERATIONS


PRINCIPALS = (
    Role("operations", "demo-mpt-operations", OPERATIONS, "TKN-7670-9957"),
    Role("client", "demo-mpt-client", NORTHWIND, WILL),
    Role("vendor", "demo-mpt-vendor", CONTOSO, EMMA),
    Role("other-client", "test-fabrikam-admin", FABRIKAM, ZEPHYRINE),
)


@dataclass(frozen=True)
class Membership:
    """One user in one account: the target of a request, with a group to name."""

    account: str
    user: str
    member: str
    joined: bool
    group: str


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    body_schema: str | None


def _schema_name(operation: dict[str, Any]) -> str | None:
    content = (operation.get("requestBody") or {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        return None
    if schema.get("type") == "array":
        return "list:" + str(schema["items"]["$ref"]).rsplit("/", 1)[-1]
    return str(schema["$ref"].rsplit("/", 1)[-1])


def spec_operations() -> list[Operation]:
    """Every operation of the bundled Marketplace spec."""
    document = json.loads(SPEC.read_text())
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                found.append(
                    Operation(operation["operationId"], method, path, _schema_name(operation))
                )
    return found


OPERATIONS_LIST = spec_operations()

# -- the world ---------------------------------------------------------------------------------


def _user(key: str, email: str, first: str, last: str, phone: str) -> dict[str, Any]:
    return {
        "id": key,
        "email": email,
        "first_name": first,
        "last_name": last,
        "name": f"{first} {last}",
        "status": "Active",
        "phone_prefix": "+1",
        "phone_number": phone,
        "culture_code": None,
        "language_code": None,
        "last_login_at": None,
        "password_hash": "$argon2id$original",
        "has_icon": False,
        "invitation_accepted_at": datetime(2024, 1, 2),
        "current_account_id": FABRIKAM,
        "created_at": datetime(2024, 1, 1),
        "created_by": "TKN-7670-9957",
        "updated_at": None,
        "updated_by": None,
    }


def _add_fabrikam(engine: Engine) -> None:
    """A second client account with its own users, one shared with Northwind."""
    with engine.begin() as connection:
        connection.execute(
            insert(accounts).values(
                id=FABRIKAM,
                name="Fabrikam Quibblewares",
                type="Client",
                status="Active",
                service_level="Express",
                eligible_client=True,
                eligible_partner=False,
                created_at=datetime(2024, 1, 1),
                created_by="TKN-7670-9957",
            )
        )
        connection.execute(
            insert(user_groups).values(
                id="UGR-2718-0001",
                account_id=FABRIKAM,
                name="Fabrikam Admins",
                is_default=True,
                created_at=datetime(2024, 1, 1),
                created_by="TKN-7670-9957",
            )
        )
        connection.execute(
            insert(users),
            [
                _user(
                    ZEPHYRINE,
                    "zephyrine@fabrikam.example",
                    "Zephyrine",
                    "Quartermaine",
                    "5550001001",
                ),
                _user(
                    TWIN, "ottoline@fabrikam.example", "Ottoline", "Vasquez-Brandt", "5550001002"
                ),
                _user(TAKEN, "persephone@fabrikam.example", "Persephone", "Oyelaran", "5550001003"),
            ],
        )
        joined = [
            ("AUSR-2718-0001-0001", FABRIKAM, ZEPHYRINE, "UGR-2718-0001"),
            ("AUSR-2718-0002-0001", FABRIKAM, TWIN, "UGR-2718-0001"),
            ("AUSR-2718-0002-0002", NORTHWIND, TWIN, "UGR-3390-1175"),
            ("AUSR-2718-0003-0001", FABRIKAM, TAKEN, "UGR-2718-0001"),
        ]
        for member, account, user, group in joined:
            connection.execute(
                insert(account_users).values(
                    id=member,
                    account_id=account,
                    user_id=user,
                    invitation_status="Active",
                    joined_at=datetime(2024, 1, 2),
                    created_at=datetime(2024, 1, 1),
                    created_by="TKN-7670-9957",
                )
            )
            connection.execute(
                insert(account_user_groups).values(account_user_id=member, group_id=group)
            )
    register_token(
        engine,
        "test-fabrikam-admin",
        Principal("marketplace", "Fabrikam admin", {"account": FABRIKAM, "identity": ZEPHYRINE}),
    )


def _invite_taken(http: httpx.Client) -> str:
    """Northwind invites Fabrikam's user by e-mail: the first step of the takeover."""
    body = {
        "user": {"email": "persephone@fabrikam.example", "firstName": "Mallory", "lastName": "X"},
        "groups": [{"id": "UGR-5116-6565"}],
    }
    answer = _send(http, PRINCIPALS[1], "POST", f"/v1/accounts/accounts/{NORTHWIND}/users", body)
    assert answer.status_code == 201, answer.text
    return answer.text


def _memberships(engine: Engine) -> list[Membership]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                account_users.c.account_id,
                account_users.c.user_id,
                account_users.c.id,
                account_users.c.invitation_status,
                account_user_groups.c.group_id,
            )
            .join(account_user_groups, account_user_groups.c.account_user_id == account_users.c.id)
            .order_by(account_users.c.id, account_user_groups.c.group_id)
        ).all()
    found: dict[str, Membership] = {}
    for account, user, member, status, group in rows:
        found.setdefault(member, Membership(account, user, member, status == "Active", group))
    return list(found.values())


def _send(
    http: httpx.Client,
    principal: Role,
    method: str,
    url: str,
    body: Any = None,
    files: dict[str, Any] | None = None,
) -> httpx.Response:
    """One request to the running server, as ``principal``."""
    return http.request(
        method,
        f"/public{url}",
        json=body,
        files=files,
        headers={"Authorization": f"Bearer {principal.token}"},
    )


@dataclass
class Stage:
    """The served world, its starting database (restored before every request), what it holds.

    The server runs in its own process on ``database``; ``live`` is this test's connection to
    the same file, through which the starting state is put back and the tables are compared.
    """

    engine: Engine
    http: httpx.Client
    live: sqlite3.Connection
    pristine: sqlite3.Connection
    memberships: list[Membership]
    names: dict[str, str]  # user id -> "First Last"
    phones: dict[str, str]
    account_names: dict[str, str]
    accepted: dict[str, bool]  # user id -> has accepted any invitation
    invitation: str  # Northwind's answer to its invitation of TAKEN

    def restore(self) -> None:
        self.pristine.backup(self.live)

    def send(
        self,
        principal: Role,
        method: str,
        url: str,
        body: Any = None,
        files: dict[str, Any] | None = None,
    ) -> httpx.Response:
        return _send(self.http, principal, method, url, body, files)

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every Marketplace table's rows, sorted: the database to compare."""
        live = self.live
        return {
            table.name: sorted(live.execute(f"SELECT * FROM {table.name}").fetchall(), key=repr)
            for table in METADATA.sorted_tables
            if table.name.startswith("mkt_")
        }

    # -- the rule, as the spec states it ---------------------------------------------------

    def sees(self, account: str, user: str) -> bool:
        mine = [m for m in self.memberships if m.user == user]
        if any(m.account == account and m.joined for m in mine):
            return True
        own_invitee = all(m.account == account for m in mine) and any(
            m.account == account for m in mine
        )
        return own_invitee and not self.accepted[user]

    def manages(self, account: str, user: str) -> bool:
        joined_elsewhere = any(
            m.user == user and m.joined and m.account != account for m in self.memberships
        )
        return self.sees(account, user) and not joined_elsewhere

    def private_to(self, principal: Role) -> list[str]:
        """Strings no answer to ``principal`` may hold: other tenants' people and accounts.

        Ana García is left out: she is the operations user that audit events name as the
        actor of the demo's memberships (audit actors are shown to everyone).
        """
        hidden = [
            text
            for user, name in self.names.items()
            if user not in (ANA, principal.identity) and not self.sees(principal.account, user)
            for text in (name, self.phones.get(user))
            if text
        ]
        hidden += [
            name for account, name in self.account_names.items() if account != principal.account
        ]
        return hidden


@pytest.fixture(scope="module")
def stage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stage]:
    database = tmp_path_factory.mktemp("tenancy") / "reference.sqlite3"
    engine = open_database(database)
    seed_demo_data(engine)
    _add_fabrikam(engine)
    with (
        serving(database, "--log-level", "warning", seed=False) as live,
        httpx.Client(base_url=live.base, timeout=30) as http,
    ):
        invitation = _invite_taken(http)
        with engine.connect() as connection:
            people = connection.execute(select(users)).all()
            account_rows = connection.execute(select(accounts.c.id, accounts.c.name)).all()
        served = sqlite3.connect(database, check_same_thread=False)
        served.execute("PRAGMA synchronous = OFF")  # a test database: no fsync per restore
        pristine = sqlite3.connect(":memory:", check_same_thread=False)
        served.backup(pristine)
        yield Stage(
            engine=engine,
            http=http,
            live=served,
            pristine=pristine,
            memberships=_memberships(engine),
            names={row.id: row.name for row in people},
            phones={row.id: row.phone_number for row in people if row.phone_number},
            account_names={row.id: row.name for row in account_rows},
            accepted={row.id: row.invitation_accepted_at is not None for row in people},
            invitation=invitation,
        )
        pristine.close()
        served.close()
    engine.dispose()


# -- the matrix --------------------------------------------------------------------------------

OPERATIONS_ONLY = {"users_delete", "users_block", "users_unblock"}
CHANGES_THE_USER = {"users_update", "users_set_password"}
SEES_THE_USER = {"users_get"}
ACCEPTS = {"account_users_accept_invite", "account_users_legacy_accept_invite"}
OPEN_LISTS = {"users_list", "account_users_legacy_list"}
ACCOUNT_BOUND = (
    {
        operation.operation_id
        for operation in OPERATIONS_LIST
        if operation.operation_id.startswith("account_users")
    }
    - ACCEPTS
    - OPEN_LISTS
)


def allowed(stage: Stage, operation: str, principal: Role, target: Membership) -> bool:
    """Whether the rule lets ``principal`` do ``operation`` to ``target`` (a state error, 400,
    or a missing group, 404, may still follow)."""
    if principal.operations:
        return True
    itself = target.user == principal.identity
    if operation in OPERATIONS_ONLY:
        return False
    if operation in CHANGES_THE_USER:
        return itself or stage.manages(principal.account, target.user)
    if operation in SEES_THE_USER:
        return itself or stage.sees(principal.account, target.user)
    if operation in ACCEPTS:
        return itself
    if operation in OPEN_LISTS:
        return True
    assert operation in ACCOUNT_BOUND, f"no rule for {operation}: say what it may do"
    return target.account == principal.account


def _body(schema: str | None, target: Membership, stage: Stage) -> Any:
    other_group = next(
        (
            m.group
            for m in stage.memberships
            if m.account == target.account and m.group != target.group
        ),
        target.group,
    )
    bodies: dict[str | None, Any] = {
        None: None,
        "UserUpdate": {"firstName": "Hijacked", "email": "hijacked@evil.example"},
        "SetPassword": {"password": "Hijacked-Passw0rd!"},
        "CreateAccountUser": {
            "user": {
                "email": stage_email(stage, target.user),
                "firstName": "Mallory",
                "lastName": "Impostor",
            },
            "groups": [{"id": target.group}],
            "account": {"id": target.account},
        },
        "UserGroupReference": {"id": other_group},
        "list:UserGroupReference": [{"id": other_group}],
    }
    return bodies[schema]


def stage_email(stage: Stage, user: str) -> str:
    with stage.engine.connect() as connection:
        return str(connection.execute(select(users.c.email).where(users.c.id == user)).scalar_one())


def _request(operation: Operation, target: Membership, stage: Stage) -> tuple[str, Any]:
    """The URL (with the reads' expansions and the lists' probing filters) and the body."""
    values = {
        "accountId": target.account,
        "userId": target.user,
        "userGroupId": target.group,
        "id": target.member if "/account-users/" in operation.path else target.user,
    }
    url = re.sub(r"\{(\w+)\}", lambda match: values[match.group(1)], operation.path)
    name = stage.names[target.user]
    by_name = f'and(eq(user.id,"{target.user}"),eq(user.name,"{name}"))'
    expand = "select=+user.accounts,+user.currentAccount,+account.groups.users"
    queries = {
        "users_list": (
            f'or(eq(id,"{target.user}"),eq(currentAccount.id,"{target.account}"),'
            f'any(accounts,eq(id,"{target.account}")))'
            "&select=+accounts,+currentAccount.groups.users,+audit&limit=100"
        ),
        "users_get": "select=+accounts,+currentAccount.groups.users,+audit",
        "account_users_list": f"{by_name}&{expand}",
        "account_users_legacy_list": f"{by_name}&{expand}",
        "account_users_get": expand,
        "account_users_legacy_get": expand,
    }
    query = queries.get(operation.operation_id)
    if query:
        url = f"{url}?{query}"
    return url, _body(operation.body_schema, target, stage)


def _changed_outside(
    before: dict[str, list[tuple[Any, ...]]],
    after: dict[str, list[tuple[Any, ...]]],
    stage: Stage,
    principal: Role,
) -> list[str]:
    """Rows of users the principal may not change, and of other accounts' memberships, that
    changed (users are rows by id, memberships by id with their account).

    A user's ``status`` and ``currentAccount`` follow its memberships (an invitation makes an
    expired invitee Invited again; leaving an account moves the current account to another),
    so an account's changes to its own memberships may move them.
    """
    problems = []
    followed = [users.c.keys().index(name) for name in ("status", "current_account_id")]

    def own(row: tuple[Any, ...] | None) -> Any:
        return None if row is None else [v for i, v in enumerate(row) if i not in followed]

    for table, key_index, owner in (("mkt_users", 0, None), ("mkt_account_users", 0, 1)):
        old = {row[key_index]: row for row in before[table]}
        new = {row[key_index]: row for row in after[table]}
        for key in old.keys() | new.keys():
            if old.get(key) == new.get(key) or (
                owner is None and own(old.get(key)) == own(new.get(key))
            ):
                continue
            row = old.get(key) or new[key]
            if owner is None:
                if key != principal.identity and not stage.manages(principal.account, key):
                    problems.append(f"{table} {key} changed")
            elif row[owner] != principal.account:
                problems.append(f"{table} {key} of {row[owner]} changed")
    return problems


@pytest.mark.parametrize("principal", PRINCIPALS, ids=lambda p: p.name)
@pytest.mark.parametrize("operation", OPERATIONS_LIST, ids=lambda o: o.operation_id)
def test_no_principal_reaches_another_tenants_users(
    stage: Stage, operation: Operation, principal: Role
) -> None:
    failures: list[str] = []
    for target in stage.memberships:
        stage.restore()
        url, body = _request(operation, target, stage)
        before = stage.dump()
        answer = stage.send(principal, operation.method.upper(), url, body)
        after = stage.dump()
        where = f"{operation.method.upper()} {url} as {principal.name}: {answer.status_code}"
        if answer.status_code >= 500:
            failures.append(f"{where} (server error)")
            continue
        if not allowed(stage, operation.operation_id, principal, target):
            if answer.status_code != 403:
                failures.append(f"{where}, expected 403")
            if before != after:
                failures.append(f"{where} changed the database")
            continue
        if answer.status_code == 403:
            failures.append(f"{where}, expected it to be allowed")
        if principal.operations:
            continue
        failures += [
            f"{where} changed {what}" for what in _changed_outside(before, after, stage, principal)
        ]
        failures += [
            f"{where} reveals {text!r}"
            for text in stage.private_to(principal)
            if text in answer.text
        ]
        if answer.status_code == 200 and operation.operation_id.endswith("list"):
            listed = [item["id"] for item in answer.json()["data"]]
            if operation.operation_id == "users_list":
                unseen = [key for key in listed if not stage.sees(principal.account, key)]
                failures += [f"{where} lists {key}, a user it does not see" for key in unseen]
            elif listed and not stage.sees(principal.account, target.user):
                failures.append(f"{where}: a filter on a withheld user's name matched")
    assert not failures, "\n".join(failures)


def test_every_operation_of_the_spec_has_a_rule(stage: Stage) -> None:
    for operation in OPERATIONS_LIST:
        for principal in PRINCIPALS:
            allowed(stage, operation.operation_id, principal, stage.memberships[0])
    assert len(OPERATIONS_LIST) == 27


# -- the takeover of issue #11, step by step ----------------------------------------------------


def test_an_invitation_grants_the_inviter_nothing_until_the_user_accepts(stage: Stage) -> None:
    stage.restore()
    client = PRINCIPALS[1]
    assert "Persephone" not in stage.invitation and "5550001003" not in stage.invitation
    before = stage.dump()
    profile = stage.send(client, "GET", f"/v1/accounts/users/{TAKEN}")
    assert profile.status_code == 403
    password = stage.send(
        client,
        "POST",
        f"/v1/accounts/users/{TAKEN}/set-password",
        {"password": "Hijacked-Passw0rd!"},
    )
    assert password.status_code == 403
    email = stage.send(client, "PUT", f"/v1/accounts/users/{TAKEN}", {"email": "me@evil.example"})
    assert email.status_code == 403
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    form = {"user": (None, "{}", "application/json"), "icon": ("me.png", png, "image/png")}
    icon = stage.send(client, "PUT", f"/v1/accounts/users/{TAKEN}", files=form)
    assert icon.status_code == 403
    accept = stage.send(
        client, "POST", f"/v1/accounts/accounts/{NORTHWIND}/users/{TAKEN}/accept-invite"
    )
    assert accept.status_code == 403
    assert stage.dump() == before
    # Northwind still sees its own pending invitation, as id, href and e-mail only.
    member = stage.send(client, "GET", f"/v1/accounts/accounts/{NORTHWIND}/users/{TAKEN}")
    assert member.status_code == 200
    assert member.json()["user"]["id"] == TAKEN
    assert set(member.json()["user"]) == {"id", "href", "email", "$meta"}
    assert member.json()["invitation"]["status"] == "Invited"


def test_the_invited_user_accepts_and_is_then_seen_but_not_taken_over(stage: Stage) -> None:
    stage.restore()
    persephone = Role("invitee", "test-persephone", FABRIKAM, TAKEN)
    register_token(
        stage.engine,
        persephone.token,
        Principal("marketplace", "Persephone", {"account": FABRIKAM, "identity": TAKEN}),
    )
    accepted = stage.send(
        persephone, "POST", f"/v1/accounts/accounts/{NORTHWIND}/users/{TAKEN}/accept-invite"
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["invitation"]["status"] == "Active"
    client = PRINCIPALS[1]
    profile = stage.send(
        client, "GET", f"/v1/accounts/users/{TAKEN}?select=+accounts,+currentAccount"
    )
    assert profile.status_code == 200
    assert [account["id"] for account in profile.json()["accounts"]] == [NORTHWIND]
    assert "currentAccount" not in profile.json()  # Fabrikam, which Northwind may not see
    # She is now a user of two accounts: neither may change her password alone.
    password = stage.send(
        client,
        "POST",
        f"/v1/accounts/users/{TAKEN}/set-password",
        {"password": "Hijacked-Passw0rd!"},
    )
    assert password.status_code == 403


def test_a_shared_user_shows_each_account_only_itself(stage: Stage) -> None:
    stage.restore()
    for principal, account in ((PRINCIPALS[1], NORTHWIND), (PRINCIPALS[3], FABRIKAM)):
        query = f'eq(id,"{TWIN}")&select=+accounts.groups.users,+currentAccount'
        answer = stage.send(principal, "GET", f"/v1/accounts/users?{query}")
        assert answer.status_code == 200
        (twin,) = answer.json()["data"]
        assert [item["id"] for item in twin["accounts"]] == [account]


def test_an_invitee_sees_itself_whichever_account_its_token_acts_in(stage: Stage) -> None:
    stage.restore()
    # Persephone's token acting in Northwind, whose invitation she has not accepted yet.
    register_token(
        stage.engine,
        "test-persephone-northwind",
        Principal("marketplace", "Persephone", {"account": NORTHWIND, "identity": TAKEN}),
    )
    herself = Role("invitee", "test-persephone-northwind", NORTHWIND, TAKEN)
    profile = stage.send(herself, "GET", f"/v1/accounts/users/{TAKEN}")
    assert profile.status_code == 200
    assert profile.json()["firstName"] == "Persephone"
