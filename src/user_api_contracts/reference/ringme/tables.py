"""RingMe's tables: clients and their client-level users."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from ..db import METADATA
from ..text_keys import caseless_key

__all__ = ["client_users", "clients"]

clients = Table(
    "ringme_clients",
    METADATA,
    Column("client_id", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("blocked", Boolean, nullable=False, default=False),
)

client_users = Table(
    "ringme_client_users",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_id", Integer, ForeignKey("ringme_clients.client_id"), nullable=False),
    Column("login", String(200), nullable=False),
    # The login's caseless key (text_keys): `Twin`, `TWIN` and `twin` are one login.
    # Filled from ``login`` when an insert does not say, as the Marketplace's ``email_key``.
    Column(
        "login_key",
        String(800),
        nullable=False,
        default=lambda context: caseless_key(context.get_current_parameters()["login"]),
    ),
    Column("name", Text, nullable=False),
    Column("email", Text, nullable=False),
    Column("access", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("comment", Text),
    Column("extra_params", Text),
    Column("timezone", Text),
    Column("password_hash", Text, nullable=False),
    Column("is_first", Boolean, nullable=False, default=False),
    UniqueConstraint("client_id", "login_key", name="uq_ringme_login_per_client"),
    sqlite_autoincrement=True,
)
