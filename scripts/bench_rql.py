"""Marketplace list latency with RQL filters, at 10,000 and 100,000 stored users.

For each size it builds a file database (the demo world plus generated users, each a member of
one of 20 client accounts), then times list requests through the whole ASGI app in-process:
an unfiltered page, filters on indexed columns, and, for comparison, filters no index serves.
It prints the median and p95 of each and the median's ratio to the unfiltered page measured in
the same run. Target: a filtered, indexed page within 2x of the unfiltered one.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import Engine, insert

from user_api_contracts.reference.marketplace.tables import (
    account_user_groups,
    account_users,
    accounts,
    user_groups,
    users,
)
from user_api_contracts.reference.server import build_server

GIVEN_A = ["Ana", "Will", "Liam", "Sofia", "Noah", "Emma", "Olivia", "Mateo", "Chen", "Aisha"]
GIVEN_B = ["Lucas", "Mia", "Yuki", "Omar", "Eva", "Jonas", "Ines", "Ravi", "Zoe", "Ivan"]
FIRST = GIVEN_A + GIVEN_B
STEMS_A = ["Smith", "Garcia", "Rossi", "Chen", "Becker"]
STEMS_B = ["Novak", "Silva", "Kowalski", "Haddad", "Tanaka"]
STEMS = STEMS_A + STEMS_B
LAST = [f"{stem}{suffix}" for stem in STEMS for suffix in ("", "son", "ez", "ova", "i")]
STATUSES = ["Active"] * 90 + ["Invited"] * 5 + ["Blocked"] * 3 + ["Disabled"] * 2

QUERIES = (
    ("unfiltered page", "limit=50"),
    ("eq(lastName) (indexed)", 'eq(lastName,"Rossiez")&limit=50'),
    ("eq(status,Blocked) (indexed)", "eq(status,Blocked)&limit=50"),
    ("in(status,...) (indexed)", "in(status,(Blocked,Disabled))&limit=50"),
    ("order=-name (indexed)", "order=-name&limit=50"),
    ("ilike(email,*9@…) (no index)", "ilike(email,*9@example.net)&limit=50"),
    ("any(accounts,eq(id)) (indexed)", 'any(accounts,eq(id,"ACC-5000-0007"))&limit=50'),
)


def _populate(engine: Engine, size: int) -> None:
    """``size`` users spread over 20 client accounts, one group each."""
    rng = random.Random(size)
    start = datetime(2023, 1, 1)
    with engine.begin() as connection:
        connection.execute(
            insert(accounts),
            [
                {
                    "id": f"ACC-5000-{n:04d}",
                    "name": f"Client {n}",
                    "type": "Client",
                    "status": "Active",
                    "service_level": "Express",
                    "eligible_client": True,
                    "eligible_partner": False,
                    "created_at": start,
                }
                for n in range(20)
            ],
        )
        connection.execute(
            insert(user_groups),
            [
                {
                    "id": f"UGR-5000-{n:04d}",
                    "account_id": f"ACC-5000-{n:04d}",
                    "name": "Users",
                    "is_default": True,
                    "created_at": start,
                }
                for n in range(20)
            ],
        )
        batch = 10_000
        for first in range(0, size, batch):
            people, members, grants = [], [], []
            for n in range(first, min(first + batch, size)):
                given, family = rng.choice(FIRST), rng.choice(LAST)
                user_id = f"USR-{6000 + n // 10_000:04d}-{n % 10_000:04d}"
                account = n % 20
                people.append(
                    {
                        "id": user_id,
                        "email": f"{given}.{family}.{n}@example.net".lower(),
                        "first_name": given,
                        "last_name": family,
                        "name": f"{given} {family}",
                        "status": rng.choice(STATUSES),
                        "created_at": start + timedelta(minutes=n),
                        "current_account_id": f"ACC-5000-{account:04d}",
                    }
                )
                member_id = f"AUSR-{6000 + n // 10_000:04d}-{n % 10_000:04d}-0001"
                members.append(
                    {
                        "id": member_id,
                        "account_id": f"ACC-5000-{account:04d}",
                        "user_id": user_id,
                        "invitation_status": "Active",
                        "created_at": start,
                    }
                )
                grants.append({"account_user_id": member_id, "group_id": f"UGR-5000-{account:04d}"})
            connection.execute(insert(users), people)
            connection.execute(insert(account_users), members)
            connection.execute(insert(account_user_groups), grants)


async def _time(client: httpx.AsyncClient, query: str) -> float:
    """Milliseconds for one request; exits on anything but 200."""
    url = f"/public/v1/accounts/users?{query}"
    began = time.perf_counter()
    response = await client.get(url)
    elapsed = (time.perf_counter() - began) * 1000
    if response.status_code != 200:
        raise SystemExit(f"bench-rql: {url} answered {response.status_code}: {response.text}")
    return elapsed


async def _measure(size: int, rounds: int) -> list[tuple[str, float, float]]:
    with tempfile.TemporaryDirectory() as scratch:
        server = build_server(Path(scratch) / "bench.sqlite3", seed=True)
        _populate(server.engine, size)
        transport = httpx.ASGITransport(app=server.app)
        headers = {"Authorization": "Bearer demo-mpt-operations"}
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", headers=headers
        ) as client:
            samples: dict[str, list[float]] = {name: [] for name, _query in QUERIES}
            for round_number in range(rounds + 1):
                # Round-robin, so that a load spike on the machine hits every query alike;
                # round 0 warms the caches up and is not counted.
                for name, query in QUERIES:
                    elapsed = await _time(client, query)
                    if round_number:
                        samples[name].append(elapsed)
            rows = []
            for name, _query in QUERIES:
                ordered = sorted(samples[name])
                p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
                rows.append((name, statistics.median(ordered), p95))
        server.engine.dispose()
        return rows


def main() -> int:
    """Build each size, time each query and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=30, help="requests per query")
    arguments = parser.parse_args()
    failed = False
    for size in arguments.sizes:
        rows = asyncio.run(_measure(size, arguments.rounds))
        base = rows[0][1]
        print(f"\n{size:,} stored users, {arguments.rounds} requests per query, page of 50")
        print(f"{'query':<34} {'median ms':>10} {'p95 ms':>8} {'vs unfiltered':>14}")
        for name, median, p95 in rows:
            print(f"{name:<34} {median:>10.2f} {p95:>8.2f} {median / base:>13.2f}x")
            if "(indexed)" in name and median > 2 * base:
                failed = True
    print(
        "\ntarget: every indexed filter within 2.00x of the unfiltered page:",
        "missed" if failed else "met",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
