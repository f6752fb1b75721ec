"""Demo data and demo tokens: each API's demo world, loaded together by ``serve --seed``.

Each API family owns its world (``google/demo.py``, ``marketplace/demo.py``, ``ringme/demo.py``);
this module loads them in one go and registers their tokens. Seeding is idempotent (a marker in
``server_settings``), so ``--seed`` on an existing database adds nothing twice. The tokens are
fixed so that the README's curl lines work as written; they are demo credentials for a server
bound to 127.0.0.1, never real ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Engine, insert, select

from .auth import Principal, register_token
from .db import settings
from .google import demo as google_demo
from .marketplace import demo as marketplace_demo
from .marketplace.timestamps import system_clock
from .passwords import hash_password
from .ringme import demo as ringme_demo

__all__ = ["DEMO_TOKENS", "DemoToken", "seed_demo_data"]


@dataclass(frozen=True)
class DemoToken:
    """A seeded token and what it shows."""

    token: str
    principal: Principal
    purpose: str


DEMO_TOKENS: tuple[DemoToken, ...] = tuple(
    DemoToken(token, principal, purpose)
    for token, principal, purpose in (
        *google_demo.DEMO_PRINCIPALS,
        *ringme_demo.DEMO_PRINCIPALS,
        *marketplace_demo.DEMO_PRINCIPALS,
    )
)


@cache
def _demo_password_hash() -> str:
    """Hashed once per process: Argon2id is slow on purpose, and tests seed many databases."""
    return hash_password("demo-password-not-for-production")


def seed_demo_data(engine: Engine) -> bool:
    """Load the demo world once; True if it was loaded now, False if it was already there."""
    with engine.begin() as connection:
        done = connection.execute(
            select(settings.c.value).where(settings.c.name == "seeded")
        ).first()
        if done is not None:
            return False
        connection.execute(insert(settings).values(name="seeded", value="demo"))
    with engine.begin() as connection:
        google_demo.seed_authorized_buyers(connection)
        google_demo.seed_merchant(connection)
        ringme_demo.seed_ringme(connection, _demo_password_hash())
        marketplace_demo.seed_marketplace(connection, system_clock())
    for demo in DEMO_TOKENS:
        register_token(engine, demo.token, demo.principal)
    return True
