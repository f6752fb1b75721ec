"""Storage: a file database keeps everything across restarts; writes are transactional."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from ringme_client import AuthenticatedClient
from ringme_client.api.client_users import client_users_create, client_users_get
from ringme_client.models import ClientUser, ClientUserCreate, RingMeError

from tests.reference.harness import client_for, run
from user_api_contracts.reference.auth import Principal, find_principal, register_token
from user_api_contracts.reference.server import build_server


def new_user(login: str) -> ClientUserCreate:
    return ClientUserCreate(login=login, name="N", email=f"{login}@example.com", password="pw-1234")


def test_file_database_survives_a_restart_and_reads_see_writes(tmp_path: Path) -> None:
    database = tmp_path / "reference.sqlite3"
    first = build_server(database, seed=True)
    admin = client_for(AuthenticatedClient, first.app, "ringme", "demo-ringme-admin")
    created = run(client_users_create.asyncio("@me", client=admin, body=new_user("kept")))
    assert isinstance(created, ClientUser)
    # Read back at once on the same server (the per-request read path) ...
    assert isinstance(run(client_users_get.asyncio("@me", created.id, client=admin)), ClientUser)
    first.engine.dispose()
    # ... and after a restart on the same file, without seeding again.
    second = build_server(database, seed=True)
    assert second.seeded is False
    admin = client_for(AuthenticatedClient, second.app, "ringme", "demo-ringme-admin")
    again = run(client_users_get.asyncio("@me", created.id, client=admin))
    assert isinstance(again, ClientUser)
    assert again.login == "kept"


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    server = build_server(tmp_path / "db.sqlite3", seed=True)
    admin = client_for(AuthenticatedClient, server.app, "ringme", "demo-ringme-admin")
    run(client_users_create.asyncio("@me", client=admin, body=new_user("once")))
    duplicate = run(
        client_users_create.asyncio_detailed("@me", client=admin, body=new_user("once"))
    )
    assert duplicate.status_code == 400
    assert isinstance(duplicate.parsed, RingMeError)
    with server.engine.connect() as connection:
        count = connection.exec_driver_sql(
            "SELECT count(*) FROM ringme_client_users WHERE login = 'once'"
        ).scalar_one()
    assert count == 1


def test_a_replaced_token_is_seen_at_once() -> None:
    engine = build_server(None).engine
    first, second = Principal("ringme", "first", {"user_id": 1}), Principal("ringme", "b", {})
    register_token(engine, "t", first)
    assert find_principal(engine, "ringme", "t") == first
    register_token(engine, "t", second)
    assert find_principal(engine, "ringme", "t") == second
    assert find_principal(engine, "merchant", "t") is None
    moved = Principal("merchant", "moved", {"email": "a@example.com"})
    register_token(engine, "t", moved)
    assert find_principal(engine, "ringme", "t") is None
    assert find_principal(engine, "merchant", "t") == moved


def test_a_database_file_of_an_older_schema_is_refused_in_one_line(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite3"
    with sqlite3.connect(database) as old:  # as schema 1 left it: tables, no schema_version
        old.execute("CREATE TABLE ringme_client_users (id INTEGER PRIMARY KEY, login TEXT)")
    serve = [sys.executable, "-m", "user_api_contracts.cli", "serve", "--db", str(database)]
    # A timeout, not a hang, if the file were accepted and the server started.
    done = subprocess.run(serve, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert f"{database}: written by an older version of this server (schema 1, now" in done.stderr
    assert "delete it or pass another --db" in done.stderr
    with sqlite3.connect(database) as kept:  # nothing was changed in it
        names = {row[0] for row in kept.execute("SELECT name FROM sqlite_master")}
    assert names == {"ringme_client_users"}
