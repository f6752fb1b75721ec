"""Issue #11's takeover, replayed against `serve` over HTTP: an invitation grants nothing.

A client account invites the e-mail of a user who belongs only to a vendor account, then tries
everything the issue found it could do at once: read the profile, set the password, change the
e-mail, upload an icon, accept the invitation on the user's behalf. Every attempt is refused
with 403, and the user's stored row is byte for byte what it was. (The full matrix of every
operation, principal and tenant runs in-process in test_marketplace_tenancy.py.)
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.live_server import LiveServer, serving

NORTHWIND = "ACC-1671-0642"  # the client account of demo-mpt-client
EMMA = "USR-3300-1200"  # a user of the vendor Contoso only
EMMA_EMAIL = "emma.johansson@example.com"
NORTHWIND_USERS = "UGR-5116-6565"  # a user group of Northwind
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tenancy") / "reference.sqlite3"


@pytest.fixture(scope="module")
def server(database: Path) -> Iterator[LiveServer]:
    with serving(database, "--log-level", "warning") as live:
        yield live


def _emma_row(database: Path) -> tuple[object, ...]:
    with sqlite3.connect(database) as connection:
        row = connection.execute("SELECT * FROM mkt_users WHERE id = ?", (EMMA,)).fetchone()
    assert row is not None
    return tuple(row)


def test_inviting_another_tenants_user_grants_nothing(server: LiveServer, database: Path) -> None:
    client = httpx.Client(
        base_url=f"{server.base}/public/v1/accounts",
        headers={"Authorization": "Bearer demo-mpt-client"},
        timeout=30,
    )
    with client:
        before = _emma_row(database)
        invited = client.post(
            f"/accounts/{NORTHWIND}/users",
            json={
                "user": {"email": EMMA_EMAIL, "firstName": "Emma", "lastName": "J"},
                "groups": [{"id": NORTHWIND_USERS}],
            },
        )
        assert invited.status_code == 201  # any account may invite any address
        attempts = {
            "read": client.get(f"/users/{EMMA}"),
            "set-password": client.post(
                f"/users/{EMMA}/set-password", json={"password": "Taken-0ver-pass!"}
            ),
            "change e-mail": client.put(f"/users/{EMMA}", json={"email": "mine@example.com"}),
            "icon": client.put(
                f"/users/{EMMA}", files={"icon": ("i.png", b"\x89PNG", "image/png")}
            ),
            "accept": client.post(f"/accounts/{NORTHWIND}/users/{EMMA}/accept-invite"),
        }
        after = _emma_row(database)
    refused = {name: answer.status_code for name, answer in attempts.items()}
    assert refused == dict.fromkeys(attempts, 403)
    for answer in attempts.values():
        assert answer.headers["content-type"] == "application/problem+json"
        assert "Johansson" not in answer.text
    assert after == before


def test_a_shared_sandbox_can_refuse_the_public_demo_tokens(tmp_path: Path) -> None:
    own = [
        {
            "token": "team-a-secret",
            "api": "marketplace",
            "label": "team A, Northwind",
            "data": {"account": NORTHWIND, "identity": "USR-6375-2499"},
        }
    ]
    tokens = tmp_path / "tokens.json"
    tokens.write_text(json.dumps(own), encoding="utf-8")
    database = tmp_path / "shared.sqlite3"
    extra = ("--no-demo-tokens", "--tokens", str(tokens), "--log-level", "warning")
    with serving(database, *extra) as live:
        users = f"{live.base}/public/v1/accounts/users"
        demo = httpx.get(users, headers={"Authorization": "Bearer demo-mpt-operations"})
        team = httpx.get(users, headers={"Authorization": "Bearer team-a-secret"})
        banner = live.log_text()
    assert demo.status_code == 401
    assert team.status_code == 200
    assert "demo-mpt-operations" not in banner
