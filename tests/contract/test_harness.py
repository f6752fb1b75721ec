"""The contract tests' own machinery changes how fast cases run, never what they observe.

Three shortcuts make the schemathesis run fast (see each module): the session that runs the app
on the test's thread, the project settings merged once per operation, and Argon2id at its
cheapest cost. Each is checked here against what it replaces.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any, cast

import pytest
from argon2 import Type, extract_parameters, profiles
from schemathesis.config import ProjectConfig
from schemathesis.generation.meta import TestPhase
from schemathesis.python.asgi import get_client
from sqlalchemy import select

from tests.contract.asgi_session import InProcessSession
from tests.contract.fresh_server import FreshServer, MergedOnceConfig, load_schema
from user_api_contracts.reference.marketplace.tables import users
from user_api_contracts.reference.passwords import (
    TEST_PARAMETERS,
    hash_password,
    hashing_with,
    verify_password,
)
from user_api_contracts.reference.ringme import client_users

RINGME_USERS = "/api/ver1.0/client/@me/user/client/"
WILL = "USR-6375-2499"
SECRET = "c0rrect-Horse-battery!"


@pytest.fixture(scope="module")
def server() -> FreshServer:
    with hashing_with(TEST_PARAMETERS):
        return FreshServer()


@pytest.fixture
def session(server: FreshServer) -> Iterator[InProcessSession]:
    server.reset()
    session = InProcessSession(server)
    yield session
    session.close()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


RINGME_ADMIN = _bearer("demo-ringme-admin")
MPT_CLIENT = _bearer("demo-mpt-client")
AB_SPONSOR = _bearer("demo-ab-sponsor")


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", RINGME_USERS + "?login=admin&login=auditor", {"headers": RINGME_ADMIN}),
        ("GET", f"/public/v1/accounts/users/{WILL}?select=-audit", {"headers": MPT_CLIENT}),
        ("GET", "/v2beta1/accounts/9876543/clients/-/users?pageSize=2", {"headers": AB_SPONSOR}),
        ("GET", "/accounts/v1/accounts/123456789/users/me", {}),
        ("HEAD", RINGME_USERS, {"headers": RINGME_ADMIN}),
        ("POST", RINGME_USERS, {"headers": RINGME_ADMIN, "data": b"{not json"}),
        ("GET", "/nowhere", {}),
    ],
)
def test_in_process_session_answers_as_schemathesis_own_client(
    server: FreshServer, session: InProcessSession, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    """Same status, headers and body as schemathesis's per-case client (requests that write
    nothing, so both see the same data)."""
    ours = session.request(method, path, **kwargs)
    with get_client(cast(Any, server)) as client:
        theirs = client.request(method, path, **kwargs)
    assert (ours.status_code, ours.reason) == (theirs.status_code, theirs.reason)
    assert ours.raw.headers.items() == theirs.raw.headers.items()
    assert ours.content == theirs.content
    assert ours.raw.version == theirs.raw.version == 11


@pytest.mark.parametrize("api", ["authorized-buyers", "merchant", "ringme", "marketplace"])
def test_settings_merged_once_equal_schemathesis_merge(server: FreshServer, api: str) -> None:
    """Every operation and phase: the kept merge is the one schemathesis computes each time."""
    schema = load_schema(api, server)
    assert isinstance(schema.config, MergedOnceConfig)
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]
        for phase in [None, *(phase.value for phase in TestPhase)]:
            checks = schema.config.checks_config_for(operation=operation, phase=phase)
            generation = schema.config.generation_for(operation=operation, phase=phase)
            assert checks is schema.config.checks_config_for(operation=operation, phase=phase)
            assert checks == ProjectConfig.checks_config_for(
                schema.config, operation=operation, phase=phase
            )
            assert generation == ProjectConfig.generation_for(
                schema.config, operation=operation, phase=phase
            )


def test_serve_hashes_passwords_with_memory_hard_argon2id() -> None:
    """Outside a hashing_with block (as in `serve`): RFC 9106's low-memory profile."""
    assert extract_parameters(hash_password(SECRET)) == profiles.RFC_9106_LOW_MEMORY


def test_password_hashing_for_tests_is_argon2id_and_only_inside_its_block() -> None:
    with hashing_with(TEST_PARAMETERS):
        stored = hash_password(SECRET)
    assert stored.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    assert extract_parameters(stored) == TEST_PARAMETERS
    assert verify_password(stored, SECRET) and not verify_password(stored, SECRET + "!")
    assert extract_parameters(hash_password(SECRET)) == profiles.RFC_9106_LOW_MEMORY
    argon2i = replace(TEST_PARAMETERS, type=Type.I)
    with pytest.raises(ValueError, match="Argon2id"), hashing_with(argon2i):
        pass


def test_contract_server_stores_set_passwords_as_argon2id_and_never_returns_them(
    server: FreshServer, session: InProcessSession
) -> None:
    """What the schemathesis run's server does with a password: RingMe and the Marketplace."""
    with hashing_with(TEST_PARAMETERS):
        created = session.post(
            RINGME_USERS,
            headers=RINGME_ADMIN,
            json={
                "login": "operator02",
                "name": "Gor Sargsyan",
                "email": "gor@example.com",
                "password": SECRET,
            },
        )
        set_password = session.post(
            f"/public/v1/accounts/users/{WILL}/set-password",
            headers=_bearer("demo-mpt-operations"),
            json={"password": SECRET},
        )
    assert (created.status_code, set_password.status_code) == (201, 200)
    for response in (created, set_password):
        assert SECRET.encode() not in response.content
        assert b"password" not in response.content
    with server.engine.connect() as connection:
        stored = [
            connection.execute(
                select(client_users.c.password_hash).where(client_users.c.login == "operator02")
            ).scalar_one(),
            connection.execute(
                select(users.c.password_hash).where(users.c.id == WILL)
            ).scalar_one(),
        ]
    for digest in stored:
        assert digest.startswith("$argon2id$") and SECRET not in digest
        assert extract_parameters(digest) == TEST_PARAMETERS
        assert verify_password(digest, SECRET)
