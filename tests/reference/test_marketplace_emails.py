"""E-mail addresses in the Marketplace: one address however it is spelt (text_keys rule).

Stored in NFC; compared on the canonical caseless key (so ``ÉLODIE@`` and ``élodie@``, and the
NFC and NFD spellings, are one user); refused with a 400 problem when they hold an invisible
or control character. RQL ``eq(email,…)`` still compares the stored text as written.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from sqlalchemy import select

from tests.reference.harness import run
from tests.reference.marketplace_world import NORTHWIND, MarketplaceWorld, make_world
from user_api_contracts.reference.marketplace.tables import users

CONTOSO = "ACC-3421-8800"
FULFILMENT, VENDOR_ADMINS = "UGR-5116-6565", "UGR-2001-0001"
WILL = "USR-6375-2499"
NFC = "élodie@example.com"
NFD = unicodedata.normalize("NFD", NFC)


@pytest.fixture
def world() -> MarketplaceWorld:
    return make_world()


def invite(world: MarketplaceWorld, email: str, account: str = NORTHWIND) -> Any:
    group = FULFILMENT if account == NORTHWIND else VENDOR_ADMINS
    body = {"user": {"email": email, "firstName": "Élodie", "lastName": "Durand"}}
    body["groups"] = [{"id": group}]  # type: ignore[assignment]
    client = world.operations.get_async_httpx_client()
    return run(client.post(f"/v1/accounts/accounts/{account}/users", json=body))


def stored(world: MarketplaceWorld) -> list[tuple[str, str]]:
    with world.engine.connect() as connection:
        rows = connection.execute(
            select(users.c.id, users.c.email).where(users.c.email_key == "élodie@example.com")
        )
        return [(row.id, row.email) for row in rows]


@pytest.mark.parametrize("second", ["ÉLODIE@example.com", NFD, "Élodie@EXAMPLE.com"])
def test_spellings_of_one_address_are_one_user(world: MarketplaceWorld, second: str) -> None:
    first = invite(world, NFC)
    assert first.status_code == 201
    again = invite(world, second)  # into the same account: already a user of it
    assert again.status_code == 400, again.text
    assert again.json()["errors"][0]["properties"] == ["user.email"]
    elsewhere = invite(world, second, CONTOSO)  # into another account: the same user
    assert elsewhere.status_code == 201
    assert elsewhere.json()["user"]["id"] == first.json()["user"]["id"]
    assert stored(world) == [(first.json()["user"]["id"], NFC)]


def test_an_address_is_stored_in_nfc(world: MarketplaceWorld) -> None:
    created = invite(world, NFD)
    assert created.status_code == 201
    assert created.json()["user"]["email"] == NFC


@pytest.mark.parametrize("email", ["elodie\u200b@example.com", "elodie@example.com\n", " a@b.c"])
def test_invisible_characters_are_refused(world: MarketplaceWorld, email: str) -> None:
    response = invite(world, email)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert list(response.json()["errors"]) == ["user.email"]


def test_an_update_cannot_take_another_spelling_of_a_used_address(world: MarketplaceWorld) -> None:
    assert invite(world, NFC).status_code == 201
    client = world.operations.get_async_httpx_client()
    taken = run(client.put(f"/v1/accounts/users/{WILL}", json={"email": "ÉLODIE@example.com"}))
    assert taken.status_code == 400
    assert list(taken.json()["errors"]) == ["email"]
    hidden = run(client.put(f"/v1/accounts/users/{WILL}", json={"email": "will\u2060@example.com"}))
    assert hidden.status_code == 400


def test_a_user_may_change_the_case_of_its_own_address(world: MarketplaceWorld) -> None:
    client = world.operations.get_async_httpx_client()
    changed = run(
        client.put(f"/v1/accounts/users/{WILL}", json={"email": "Will.Smith@example.com"})
    )
    assert changed.status_code == 200
    assert changed.json()["email"] == "Will.Smith@example.com"


def test_rql_eq_on_email_compares_the_stored_text(world: MarketplaceWorld) -> None:
    client = world.operations.get_async_httpx_client()
    exact = run(client.get('/v1/accounts/users?eq(email,"will.smith@example.com")'))
    assert [user["id"] for user in exact.json()["data"]] == [WILL]
    other_case = run(client.get('/v1/accounts/users?eq(email,"WILL.SMITH@example.com")'))
    assert other_case.json()["data"] == []
