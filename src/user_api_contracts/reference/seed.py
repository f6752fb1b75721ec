"""Demo data and demo tokens: a realistic small world for each API, loaded by ``serve --seed``.

Seeding is idempotent (a marker in ``server_settings``), so ``--seed`` on an existing database
adds nothing twice. The tokens are fixed so that the README's curl lines work as written; they
are demo credentials for a server bound to 127.0.0.1, never real ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Engine, insert, select

from . import ringme
from .auth import Principal, register_token
from .db import settings
from .google import authorized_buyers as ab
from .google import merchant
from .marketplace.demo import DEMO_PRINCIPALS, seed_marketplace
from .marketplace.timestamps import system_clock
from .passwords import hash_password
from .text_keys import caseless_key

__all__ = ["DEMO_TOKENS", "DemoToken", "seed_demo_data"]


@dataclass(frozen=True)
class DemoToken:
    """A seeded token and what it shows."""

    token: str
    principal: Principal
    purpose: str


AB_SCOPE = "https://www.googleapis.com/auth/adexchange.buyer"
CONTENT_SCOPE = "https://www.googleapis.com/auth/content"

DEMO_TOKENS: tuple[DemoToken, ...] = (
    DemoToken(
        "demo-ab-sponsor",
        Principal(
            "authorized-buyers",
            "sponsor buyer 9876543",
            {"accounts": ["9876543"], "scopes": [AB_SCOPE]},
        ),
        "Authorized Buyers: sponsor buyer 9876543 (clients 1234567 and 2345678)",
    ),
    DemoToken(
        "demo-ab-other-sponsor",
        Principal(
            "authorized-buyers",
            "sponsor buyer 5550001",
            {"accounts": ["5550001"], "scopes": [AB_SCOPE]},
        ),
        "Authorized Buyers: another sponsor (403 on 9876543)",
    ),
    DemoToken(
        "demo-ab-no-scope",
        Principal(
            "authorized-buyers",
            "token without the buyer scope",
            {"accounts": ["9876543"], "scopes": []},
        ),
        "Authorized Buyers: token lacking the adexchange.buyer scope (403)",
    ),
    DemoToken(
        "demo-merchant-admin",
        Principal(
            "merchant",
            "jane.doe@example.com",
            {"email": "jane.doe@example.com", "scopes": [CONTENT_SCOPE]},
        ),
        "Merchant: admin of account 123456789",
    ),
    DemoToken(
        "demo-merchant-pending",
        Principal(
            "merchant",
            "new.hire@example.com",
            {"email": "new.hire@example.com", "scopes": [CONTENT_SCOPE]},
        ),
        "Merchant: invited user of 123456789, PENDING until users/me:verifySelf",
    ),
    DemoToken(
        "demo-ringme-admin",
        Principal("ringme", "client 1001 admin", {"user_id": 1}),
        "RingMe: first (admin) user of client 1001, full access",
    ),
    DemoToken(
        "demo-ringme-readonly",
        Principal("ringme", "client 1001 auditor", {"user_id": 3}),
        "RingMe: read_only user of client 1001 (GET only)",
    ),
    *(DemoToken(token, principal, purpose) for token, principal, purpose in DEMO_PRINCIPALS),
)


def _seed_authorized_buyers(engine: Engine) -> None:
    with engine.begin() as connection:
        for account, client, name in (
            (9876543, 1234567, "Acme Media"),
            (9876543, 2345678, "Globex Advertising"),
            (5550001, 7000001, "Initech Brand Studio"),
        ):
            connection.execute(
                insert(ab.clients).values(account_id=account, client_account_id=client, name=name)
            )
        # The spec's examples name client 1234567, user 7654321098 and invitation 3141592653:
        # seeded so that a reader's copy of a documented request finds them.
        for user_id, client, email, status in (
            (7654321098, 1234567, "jane.doe@example.com", "ACTIVE"),
            (7654321099, 1234567, "li.wei@example.net", "DISABLED"),
            (7654321100, 2345678, "raj.patel@example.org", "ACTIVE"),
            (7654321101, 1234567, "media.planner@example.org", "PENDING"),
        ):
            connection.execute(
                insert(ab.client_users).values(
                    account_id=9876543, user_id=user_id, client_account_id=client,
                    email=email, status=status,
                )
            )  # fmt: skip
        connection.execute(
            insert(ab.invitations).values(
                account_id=9876543, invitation_id=3141592653, client_account_id=1234567,
                email="media.planner@example.org",
            )
        )  # fmt: skip


def _seed_merchant(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(insert(merchant.accounts).values(account_id=123456789, name="Demo Shop"))
        for email, state, rights in (
            ("jane.doe@example.com", "VERIFIED", ["ADMIN"]),
            ("john.smith@example.com", "VERIFIED", ["STANDARD", "PERFORMANCE_REPORTING"]),
            ("new.hire@example.com", "PENDING", ["READ_ONLY"]),
        ):
            connection.execute(
                insert(merchant.users).values(
                    account_id=123456789, email=email, state=state, access_rights=json.dumps(rights)
                )
            )


@cache
def _demo_password_hash() -> str:
    """Hashed once per process: Argon2id is slow on purpose, and tests seed many databases."""
    return hash_password("demo-password-not-for-production")


def _seed_ringme(engine: Engine) -> None:
    password = _demo_password_hash()
    with engine.begin() as connection:
        connection.execute(insert(ringme.clients).values(client_id=1001, name="Ucom demo client"))
        for user_id, login, name, access, is_first in (
            (1, "admin", "Client Administrator", "full", True),
            (2, "operator01", "Aram Petrosyan", "full", False),
            (3, "auditor", "Nune Hakobyan", "read_only", False),
        ):
            user = {
                "id": user_id,
                "client_id": 1001,
                "login": login,
                "login_key": caseless_key(login),
                "name": name,
                "email": f"{login}@ucom-demo.example",
                "access": access,
                "status": "active",
                "comment": None,
                "extra_params": None,
                "timezone": "Asia/Yerevan",
                "password_hash": password,
                "is_first": is_first,
            }
            connection.execute(insert(ringme.client_users).values(**user))


def seed_demo_data(engine: Engine) -> bool:
    """Load the demo world once; True if it was loaded now, False if it was already there."""
    with engine.begin() as connection:
        done = connection.execute(
            select(settings.c.value).where(settings.c.name == "seeded")
        ).first()
        if done is not None:
            return False
        connection.execute(insert(settings).values(name="seeded", value="demo"))
    _seed_authorized_buyers(engine)
    _seed_merchant(engine)
    _seed_ringme(engine)
    with engine.begin() as connection:
        seed_marketplace(connection, system_clock())
    for demo in DEMO_TOKENS:
        register_token(engine, demo.token, demo.principal)
    return True
