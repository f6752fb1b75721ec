"""RingMe's request counter: exact per process, saved within a second, shared through SQLite."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from ringme_client import AuthenticatedClient
from ringme_client.api.client_users import client_users_list
from sqlalchemy import Engine, select

from tests.reference.harness import client_for, run
from tests.reference.test_ringme import admin
from user_api_contracts.reference.db import FastReader, open_database
from user_api_contracts.reference.ringme import RingMeConfig
from user_api_contracts.reference.ringme.rate_limits import HourlyCounter, rate_limits
from user_api_contracts.reference.server import build_server

HOUR = 1_800_000_000  # a Unix time on an hour boundary (2027-01-15 08:00 UTC)


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def stored(engine: Engine, key: str) -> tuple[int, int] | None:
    with engine.connect() as connection:
        row = connection.execute(
            select(rate_limits.c.window_start, rate_limits.c.used).where(
                rate_limits.c.counter_key == key
            )
        ).first()
    return None if row is None else (row.window_start, row.used)


def counter(engine: Engine, clock: Clock) -> HourlyCounter:
    return HourlyCounter(engine, FastReader(engine), clock=clock)


def test_counts_are_exact_and_saved_once_a_second(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "db.sqlite3")
    clock = Clock()
    counts = counter(engine, clock)
    assert [counts.count("a", HOUR + 5) for _ in range(3)] == [1, 2, 3]
    assert stored(engine, "a") is None  # not yet a second
    clock.now = 1.0
    assert counts.count("a", HOUR + 6) == 4
    assert stored(engine, "a") == (HOUR, 4)


def test_two_processes_add_up_and_see_each_other(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "db.sqlite3")
    clock = Clock()
    first, second = counter(engine, clock), counter(engine, clock)
    for _ in range(3):
        first.count("a", HOUR + 1)
    second.count("a", HOUR + 1)
    first.save()
    second.save()
    assert stored(engine, "a") == (HOUR, 4)
    # Saving takes the stored total back: the second saved last and knows all four.
    assert second.count("a", HOUR + 2) == 5
    # The first has not saved since: it learns of the others' requests at its next save.
    assert first.count("a", HOUR + 2) == 4
    first.save()
    assert stored(engine, "a") == (HOUR, 5)
    assert first.count("a", HOUR + 2) == 6
    # A process that starts now reads the stored count on the token's first request.
    assert counter(engine, clock).count("a", HOUR + 2) == 6


def test_a_new_hour_starts_from_one_and_the_old_hour_is_saved(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "db.sqlite3")
    counts = counter(engine, Clock())
    counts.count("a", HOUR + 3599)
    counts.count("a", HOUR + 3599)
    assert counts.count("a", HOUR + 3600) == 1
    # The old hour went to the database before the new one began.
    assert stored(engine, "a") == (HOUR, 2)
    counts.save()
    assert stored(engine, "a") == (HOUR + 3600, 1)
    # A process whose clock lags writes an older hour: it does not overwrite the newer one.
    late = counter(engine, Clock())
    assert late.count("a", HOUR + 10) == 1
    late.save()
    assert stored(engine, "a") == (HOUR + 3600, 1)


async def _shut_down(app: Any) -> None:
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send)
    assert sent[-1] == {"type": "lifespan.shutdown.complete"}


def test_shutdown_saves_the_counts_and_a_restart_goes_on_counting(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    config = RingMeConfig(rate_limit_per_hour=100)
    server = build_server(db, seed=True, ringme=config)
    for _ in range(3):
        response = run(client_users_list.asyncio_detailed("@me", client=admin(server)))
    assert response.headers["X-RateLimit-Remaining"] == "97"
    key = "client:1001"  # the demo admin's client
    assert stored(server.engine, key) is None  # within the first second: still in memory
    asyncio.run(_shut_down(server.app))
    saved = stored(server.engine, key)
    assert saved is not None and saved[1] == 3
    restarted = build_server(db, ringme=config)
    response = run(client_users_list.asyncio_detailed("@me", client=admin(restarted)))
    assert response.headers["X-RateLimit-Remaining"] == "96"


def test_made_up_tokens_are_counted_but_never_stored(tmp_path: Path) -> None:
    server = build_server(tmp_path / "db.sqlite3", seed=True, ringme=RingMeConfig(100))
    stranger = client_for(AuthenticatedClient, server.app, "ringme", "made-up-token")
    remaining = [
        run(client_users_list.asyncio_detailed("@me", client=stranger)).headers[
            "X-RateLimit-Remaining"
        ]
        for _ in range(3)
    ]
    assert remaining == ["99", "98", "97"]  # a 401 uses up the token's own limit
    for number in range(200):
        other = client_for(AuthenticatedClient, server.app, "ringme", f"made-up-{number}")
        run(client_users_list.asyncio_detailed("@me", client=other))
    run(client_users_list.asyncio_detailed("@me", client=admin(server)))
    asyncio.run(_shut_down(server.app))
    with server.engine.connect() as connection:
        keys = connection.execute(select(rate_limits.c.counter_key)).scalars().all()
    assert keys == ["client:1001"]
