"""The worst `select` against `serve` over HTTP: refused by name, memory within 50 MB of idle.

With 25 users in one group, `select=+accounts.groups.users` repeated three times used to answer
626 MiB, and twelve times killed the process. This runs the real server on such a world and
samples the process's resident memory while the worst requests are answered.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.live_server import LiveServer, serving
from tests.reference.marketplace_world import add_crowd
from user_api_contracts.reference.server import build_server

LOOP = "accounts.groups.users"
MEMORY_BOUND_KIB = 50 * 1024


def _crowded(database: Path) -> None:
    """The demo world plus 25 active users, all in Northwind's Administrators group."""
    server = build_server(database, seed=True)
    add_crowd(server.engine)
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
