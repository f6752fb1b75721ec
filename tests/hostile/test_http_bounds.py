"""The worst `select` against `serve` over HTTP: refused by name, memory within 50 MB of idle.

With 25 users in one group, `select=+accounts.groups.users` repeated three times used to answer
626 MiB, and twelve times killed the process. This runs the real server on such a world and
samples the process's resident memory while the worst requests are answered.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import insert

from tests.live_server import LiveServer, serving
from user_api_contracts.reference.marketplace.tables import (
    account_user_groups,
    account_users,
    users,
)
from user_api_contracts.reference.server import build_server

NORTHWIND = "ACC-1671-0642"
ADMINS = "UGR-8447-7590"
LOOP = "accounts.groups.users"
MEMORY_BOUND_KIB = 50 * 1024


def _crowded(database: Path) -> None:
    """The demo world plus 25 active users, all in Northwind's Administrators group."""
    server = build_server(database, seed=True)
    joined = datetime(2024, 1, 1)
    with server.engine.begin() as connection:
        for number in range(25):
            user, member = f"USR-9000-{number:04d}", f"AUSR-9000-{number:04d}-0001"
            connection.execute(
                insert(users).values(
                    id=user,
                    email=f"crowd{number}@example.com",
                    first_name="Crowd",
                    last_name=str(number),
                    name=f"Crowd {number}",
                    status="Active",
                    invitation_accepted_at=joined,
                    current_account_id=NORTHWIND,
                    created_at=joined,
                    created_by="TKN-7670-9957",
                )
            )
            connection.execute(
                insert(account_users).values(
                    id=member,
                    account_id=NORTHWIND,
                    user_id=user,
                    invitation_status="Active",
                    created_at=joined,
                    created_by="TKN-7670-9957",
                )
            )
            connection.execute(
                insert(account_user_groups).values(account_user_id=member, group_id=ADMINS)
            )
    server.engine.dispose()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    database = tmp_path_factory.mktemp("bounds") / "reference.sqlite3"
    _crowded(database)
    with serving(database, "--log-level", "warning", seed=False) as live:
        yield live


class PeakMemory:
    """Samples a process's resident memory every few milliseconds until stopped."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.peak = server.rss_kib()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.002):
            self.peak = max(self.peak, self.server.rss_kib())

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def test_the_worst_selects_are_refused_by_name_within_the_memory_bound(
    server: LiveServer,
) -> None:
    headers = {"Authorization": "Bearer demo-mpt-operations"}
    with httpx.Client(base_url=server.base, headers=headers, timeout=60) as client:
        one_loop = client.get(f"/public/v1/accounts/users?limit=100&select=+{LOOP}")
        assert one_loop.status_code == 200  # a select that fits still answers
        idle = server.rss_kib()
        with PeakMemory(server) as memory:
            for loops in (3, 6, 12):
                select = "+" + ".".join([LOOP] * loops)
                answer = client.get(f"/public/v1/accounts/users?limit=100&select={select}")
                assert answer.status_code == 400, (loops, answer.text[:300])
                assert answer.headers["content-type"] == "application/problem+json"
                assert "select" in answer.text
    print(f"peak resident memory above idle under the worst select: {memory.peak - idle} KiB")
    assert memory.peak - idle < MEMORY_BOUND_KIB
    assert server.alive()
