"""A seeded Marketplace reference with a clock the test moves, and clients for its tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from marketplace_client import AuthenticatedClient
from sqlalchemy import Engine, insert
from starlette.types import ASGIApp

from tests.reference.harness import client_for
from user_api_contracts.reference.auth import Principal, register_token
from user_api_contracts.reference.db import open_database
from user_api_contracts.reference.marketplace import build_marketplace_app
from user_api_contracts.reference.marketplace.tables import (
    account_user_groups,
    account_users,
    users,
)
from user_api_contracts.reference.marketplace.timestamps import system_clock
from user_api_contracts.reference.seed import seed_demo_data

__all__ = ["NORTHWIND", "MarketplaceWorld", "make_world"]

NORTHWIND = "ACC-1671-0642"


@dataclass
class ManualClock:
    """Now, until a test moves it forward."""

    now: datetime = field(default_factory=system_clock)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@dataclass
class MarketplaceWorld:
    """The app, its database and clock, and a generated client per demo token."""

    app: ASGIApp
    engine: Engine
    clock: ManualClock

    def client(self, token: str | None = "demo-mpt-operations") -> Any:
        return client_for(AuthenticatedClient, self.app, "marketplace", token)

    def as_user(self, identity: str, account: str = NORTHWIND) -> Any:
        """A client for a token of ``identity`` acting in ``account`` (registered on first use)."""
        token = f"test-{identity}-{account}"
        principal = Principal("marketplace", identity, {"account": account, "identity": identity})
        register_token(self.engine, token, principal)
        return self.client(token)

    @property
    def operations(self) -> Any:
        return self.client("demo-mpt-operations")

    @property
    def northwind(self) -> Any:
        return self.client("demo-mpt-client")

    @property
    def contoso(self) -> Any:
        return self.client("demo-mpt-vendor")


def make_world() -> MarketplaceWorld:
    """A fresh in-memory database with the demo world, served with a manual clock."""
    clock = ManualClock()
    engine = open_database(None)
    seed_demo_data(engine)
    return MarketplaceWorld(build_marketplace_app(engine, clock), engine, clock)


NORTHWIND_ADMINS = "UGR-8447-7590"


def add_crowd(engine: Engine, count: int = 25) -> None:
    """``count`` active users of Northwind, all in its Administrators group.

    The world in which ``select=+accounts.groups.users`` fans out: every level repeats every
    member (issue #11).
    """
    joined = datetime(2024, 1, 1)
    with engine.begin() as connection:
        for number in range(count):
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
                    current_account_id="ACC-1671-0642",
                    created_at=joined,
                    created_by="TKN-7670-9957",
                )
            )
            connection.execute(
                insert(account_users).values(
                    id=member,
                    account_id="ACC-1671-0642",
                    user_id=user,
                    invitation_status="Active",
                    created_at=joined,
                    created_by="TKN-7670-9957",
                )
            )
            connection.execute(
                insert(account_user_groups).values(
                    account_user_id=member, group_id=NORTHWIND_ADMINS
                )
            )
