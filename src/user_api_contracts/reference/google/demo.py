"""The Google APIs' demo world and its tokens.

Authorized Buyers: the buyer accounts, clients, users and invitation its examples name.
Merchant: the shop 123456789 with its three users.
"""

from __future__ import annotations

import json

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from ..auth import Principal
from . import authorized_buyers as ab
from . import merchant

__all__ = ["DEMO_PRINCIPALS", "seed_authorized_buyers", "seed_merchant"]

AB_SCOPE = "https://www.googleapis.com/auth/adexchange.buyer"
CONTENT_SCOPE = "https://www.googleapis.com/auth/content"

DEMO_PRINCIPALS: tuple[tuple[str, Principal, str], ...] = (
    (
        "demo-ab-sponsor",
        Principal(
            "authorized-buyers",
            "sponsor buyer 9876543",
            {"accounts": ["9876543"], "scopes": [AB_SCOPE]},
        ),
        "Authorized Buyers: sponsor buyer 9876543 (clients 1234567 and 2345678)",
    ),
    (
        "demo-ab-other-sponsor",
        Principal(
            "authorized-buyers",
            "sponsor buyer 5550001",
            {"accounts": ["5550001"], "scopes": [AB_SCOPE]},
        ),
        "Authorized Buyers: another sponsor (403 on 9876543)",
    ),
    (
        "demo-ab-no-scope",
        Principal(
            "authorized-buyers",
            "token without the buyer scope",
            {"accounts": ["9876543"], "scopes": []},
        ),
        "Authorized Buyers: token lacking the adexchange.buyer scope (403)",
    ),
    (
        "demo-merchant-admin",
        Principal(
            "merchant",
            "jane.doe@example.com",
            {"email": "jane.doe@example.com", "scopes": [CONTENT_SCOPE]},
        ),
        "Merchant: admin of account 123456789",
    ),
    (
        "demo-merchant-pending",
        Principal(
            "merchant",
            "new.hire@example.com",
            {"email": "new.hire@example.com", "scopes": [CONTENT_SCOPE]},
        ),
        "Merchant: invited user of 123456789, PENDING until users/me:verifySelf",
    ),
)


def seed_authorized_buyers(connection: Connection) -> None:
    """Three clients of two sponsors, four users and one invitation."""
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
        user = {
            "account_id": 9876543,
            "user_id": user_id,
            "client_account_id": client,
            "email": email,
            "status": status,
        }
        connection.execute(insert(ab.client_users).values(**user))
    invitation = {
        "account_id": 9876543,
        "invitation_id": 3141592653,
        "client_account_id": 1234567,
        "email": "media.planner@example.org",
    }
    connection.execute(insert(ab.invitations).values(**invitation))


def seed_merchant(connection: Connection) -> None:
    """The shop 123456789: an admin, a standard user and a PENDING invitee."""
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
