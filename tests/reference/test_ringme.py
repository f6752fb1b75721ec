"""RingMe reference behaviour, through the generated ringme_client."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from ringme_client import AuthenticatedClient, Client
from ringme_client.api.client_users import (
    client_users_create,
    client_users_delete,
    client_users_get,
    client_users_list,
    client_users_update,
)
from ringme_client.models import (
    ClientUser,
    ClientUserAccess,
    ClientUserCreate,
    ClientUserStatus,
    ClientUserUpdate,
    RingMeError,
)
from sqlalchemy import func, insert, select

from tests.reference.harness import client_for, run
from user_api_contracts.reference.auth import Principal, register_token
from user_api_contracts.reference.ringme import RingMeConfig, client_users, clients
from user_api_contracts.reference.ringme.servicer import MAX_USERS_PER_CLIENT
from user_api_contracts.reference.server import ReferenceServer, build_server

PASSWORD = "s3cret-Passw0rd!"


def admin(server: ReferenceServer) -> Any:
    return client_for(AuthenticatedClient, server.app, "ringme", "demo-ringme-admin")


def new_user(login: str = "operator02", **extra: Any) -> ClientUserCreate:
    return ClientUserCreate(
        login=login, name="Gor Sargsyan", email=f"{login}@example.com", password=PASSWORD, **extra
    )


def test_create_returns_201_and_the_user_without_password(server: ReferenceServer) -> None:
    response = run(
        client_users_create.asyncio_detailed("@me", client=admin(server), body=new_user())
    )
    assert response.status_code == 201
    user = response.parsed
    assert isinstance(user, ClientUser)
    assert (user.login, user.client_id, user.access, user.status) == (
        "operator02",
        1001,
        ClientUserAccess.FULL,
        ClientUserStatus.ACTIVE,
    )
    assert "password" not in response.content.decode()


def test_password_is_stored_as_argon2id_and_never_logged(
    server: ReferenceServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    user = run(client_users_create.asyncio("@me", client=admin(server), body=new_user()))
    assert isinstance(user, ClientUser)
    run(
        client_users_update.asyncio(
            "@me", user.id, client=admin(server), body=ClientUserUpdate(password=PASSWORD + "2")
        )
    )
    with server.engine.connect() as connection:
        stored = connection.execute(
            select(client_users.c.password_hash).where(client_users.c.id == user.id)
        ).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert PASSWORD not in caplog.text


def test_login_is_unique_per_client(server: ReferenceServer) -> None:
    run(client_users_create.asyncio("@me", client=admin(server), body=new_user()))
    response = run(
        client_users_create.asyncio_detailed("@me", client=admin(server), body=new_user())
    )
    assert response.status_code == 400
    assert isinstance(response.parsed, RingMeError)
    assert "already exists" in str(response.parsed.message)


def test_list_filters_by_repeated_id_and_login(server: ReferenceServer) -> None:
    by_login = run(
        client_users_list.asyncio("@me", client=admin(server), login=["admin", "auditor"])
    )
    assert isinstance(by_login, list)
    assert sorted(user.login for user in by_login) == ["admin", "auditor"]
    by_id = run(client_users_list.asyncio("1001", client=admin(server), id=[2, 3, 999]))
    assert isinstance(by_id, list)
    assert [user.id for user in by_id] == [2, 3]
    both = run(client_users_list.asyncio("@me", client=admin(server), id=[2, 3], login=["auditor"]))
    assert isinstance(both, list)
    assert [user.login for user in both] == ["auditor"]


def test_get_update_delete_cycle(server: ReferenceServer) -> None:
    created = run(client_users_create.asyncio("@me", client=admin(server), body=new_user()))
    assert isinstance(created, ClientUser)
    fetched = run(client_users_get.asyncio("1001", created.id, client=admin(server)))
    assert isinstance(fetched, ClientUser)
    assert fetched.email == "operator02@example.com"
    changed = run(
        client_users_update.asyncio(
            "@me",
            created.id,
            client=admin(server),
            body=ClientUserUpdate(access=ClientUserAccess.READ_ONLY, comment="night shift"),
        )
    )
    assert isinstance(changed, ClientUser)
    assert (changed.access, changed.comment, changed.login) == (
        ClientUserAccess.READ_ONLY,
        "night shift",
        "operator02",
    )
    deleted = run(client_users_delete.asyncio_detailed("@me", created.id, client=admin(server)))
    assert deleted.status_code == 204
    assert deleted.content == b""
    gone = run(client_users_get.asyncio_detailed("@me", created.id, client=admin(server)))
    assert gone.status_code == 404
    assert isinstance(gone.parsed, RingMeError)


def test_first_user_cannot_be_deleted_or_blocked(server: ReferenceServer) -> None:
    refused = run(client_users_delete.asyncio_detailed("@me", 1, client=admin(server)))
    assert refused.status_code == 403
    assert isinstance(refused.parsed, RingMeError)
    assert refused.parsed.status == "access_denied"
    blocked = run(
        client_users_update.asyncio_detailed(
            "@me", 1, client=admin(server), body=ClientUserUpdate(status=ClientUserStatus.BLOCKED)
        )
    )
    assert blocked.status_code == 403


def test_other_clients_are_denied(server: ReferenceServer) -> None:
    response = run(client_users_list.asyncio_detailed("2002", client=admin(server)))
    assert response.status_code == 403
    assert isinstance(response.parsed, RingMeError)
    assert response.parsed.status == "access_denied"


def test_read_only_users_may_only_get(server: ReferenceServer) -> None:
    reader = client_for(AuthenticatedClient, server.app, "ringme", "demo-ringme-readonly")
    assert isinstance(run(client_users_list.asyncio("@me", client=reader)), list)
    response = run(client_users_create.asyncio_detailed("@me", client=reader, body=new_user()))
    assert response.status_code == 403
    assert isinstance(response.parsed, RingMeError)
    assert response.parsed.status == "user_access_type_deny"


def test_blocked_users_are_refused(server: ReferenceServer) -> None:
    run(
        client_users_update.asyncio(
            "@me", 3, client=admin(server), body=ClientUserUpdate(status=ClientUserStatus.BLOCKED)
        )
    )
    reader = client_for(AuthenticatedClient, server.app, "ringme", "demo-ringme-readonly")
    response = run(client_users_list.asyncio_detailed("@me", client=reader))
    assert response.status_code == 403
    assert isinstance(response.parsed, RingMeError)
    assert response.parsed.status == "user_blocked"


@pytest.mark.parametrize("token", [None, "not-a-token"])
def test_missing_or_unknown_token_is_401(server: ReferenceServer, token: str | None) -> None:
    factory = Client if token is None else AuthenticatedClient
    anonymous = client_for(factory, server.app, "ringme", token)
    response = run(client_users_list.asyncio_detailed("@me", client=anonymous))
    assert response.status_code == 401
    assert isinstance(response.parsed, RingMeError)
    assert response.headers["X-RateLimit-Limit"]


def test_rate_limit_headers_and_429() -> None:
    limited = build_server(None, seed=True, ringme=RingMeConfig(rate_limit_per_hour=3))
    client = admin(limited)
    remaining = []
    for _ in range(3):
        response = run(client_users_list.asyncio_detailed("@me", client=client))
        assert response.status_code == 200
        remaining.append(int(response.headers["X-RateLimit-Remaining"]))
        assert 0 < int(response.headers["X-RateLimit-Reset"]) <= 3600
    assert remaining == [2, 1, 0]
    response = run(client_users_list.asyncio_detailed("@me", client=client))
    assert response.status_code == 429
    assert isinstance(response.parsed, RingMeError)
    assert response.parsed.status == "rate_limit_exceeded"


def _remaining(client: Any) -> tuple[int, str]:
    response = run(client_users_list.asyncio_detailed("@me", client=client))
    return response.status_code, response.headers["X-RateLimit-Remaining"]


def test_rate_limit_is_shared_by_the_users_of_a_client_not_by_other_clients() -> None:
    limited = build_server(None, seed=True, ringme=RingMeConfig(rate_limit_per_hour=3))
    with limited.engine.begin() as connection:
        connection.execute(insert(clients).values(client_id=2002, name="Other client"))
        other_admin = {
            "id": 20,
            "client_id": 2002,
            "login": "admin",
            "name": "Other admin",
            "email": "o@example.com",
            "access": "full",
            "status": "active",
            "password_hash": "unused",
            "is_first": True,
        }
        connection.execute(insert(client_users).values(**other_admin))
    register_token(limited.engine, "other-client-admin", Principal("ringme", "o", {"user_id": 20}))
    first = admin(limited)
    second = client_for(AuthenticatedClient, limited.app, "ringme", "demo-ringme-readonly")
    other = client_for(AuthenticatedClient, limited.app, "ringme", "other-client-admin")
    assert [_remaining(first), _remaining(second), _remaining(first)] == [
        (200, "2"),
        (200, "1"),
        (200, "0"),
    ]
    assert _remaining(second) == (429, "0")
    assert _remaining(other) == (200, "2")


def test_a_client_has_at_most_a_thousand_users(server: ReferenceServer) -> None:
    with server.engine.begin() as connection:
        present = connection.execute(select(func.count()).select_from(client_users)).scalar_one()
        extra = [
            {
                "client_id": 1001,
                "login": f"bulk{number}",
                "name": "B",
                "email": f"bulk{number}@example.com",
                "access": "full",
                "status": "active",
                "password_hash": "unused",
                "is_first": False,
            }
            for number in range(MAX_USERS_PER_CLIENT - present - 1)
        ]
        connection.execute(insert(client_users), extra)
    last = run(
        client_users_create.asyncio_detailed("@me", client=admin(server), body=new_user("last"))
    )
    assert last.status_code == 201
    over = run(
        client_users_create.asyncio_detailed("@me", client=admin(server), body=new_user("over"))
    )
    assert over.status_code == 400
    assert isinstance(over.parsed, RingMeError)
    assert "1000 users" in str(over.parsed.message)
