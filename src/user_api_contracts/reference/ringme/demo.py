"""RingMe's demo world and its tokens.

Client 1001 with its administrator (the first user), an operator and a read-only auditor.
"""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from ..auth import Principal
from .tables import client_users, clients

__all__ = ["DEMO_PRINCIPALS", "seed_ringme"]

DEMO_PRINCIPALS: tuple[tuple[str, Principal, str], ...] = (
    (
        "demo-ringme-admin",
        Principal("ringme", "client 1001 admin", {"user_id": 1}),
        "RingMe: first (admin) user of client 1001, full access",
    ),
    (
        "demo-ringme-readonly",
        Principal("ringme", "client 1001 auditor", {"user_id": 3}),
        "RingMe: read_only user of client 1001 (GET only)",
    ),
)


def seed_ringme(connection: Connection, password_hash: str) -> None:
    """Client 1001 and its three users, all with the one demo password's ``password_hash``."""
    connection.execute(insert(clients).values(client_id=1001, name="Ucom demo client"))
    for user_id, login, name, access, is_first in (
        (1, "admin", "Client Administrator", "full", True),
        (2, "operator01", "Aram Petrosyan", "full", False),
        (3, "auditor", "Nune Hakobyan", "read_only", False),
    ):
        user = {
            "id": user_id,
            "client_id": 1001,
            "login": login,
            "name": name,
            "email": f"{login}@ucom-demo.example",
            "access": access,
            "status": "active",
            "comment": None,
            "extra_params": None,
            "timezone": "Asia/Yerevan",
            "password_hash": password_hash,
            "is_first": is_first,
        }
        connection.execute(insert(client_users).values(**user))
