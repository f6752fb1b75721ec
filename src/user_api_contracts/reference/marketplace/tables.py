"""The Marketplace's SQLite schema: accounts, users, memberships, user groups and what they grant.

Ids are the platform's own strings (``USR-dddd-dddd`` …) and are the primary keys, as they are
what every URL and RQL filter names. Times are naive UTC ``DateTime`` columns, rendered with
milliseconds and ``Z``. The indexes are those the list filters, orderings and visibility checks
use. E-mail addresses are stored in NFC beside their caseless key (``email_key``, see
:mod:`..text_keys`), which is unique among users that are not ``Deleted``, so a deleted
user's address can be invited again, and ``ÉLODIE@`` and ``élodie@`` are one address. Users
and account users are ``WITHOUT ROWID`` tables clustered on their id.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Table,
    Text,
    text,
)

from ..db import METADATA
from ..text_keys import caseless_key

__all__ = [
    "account_user_groups",
    "account_users",
    "accounts",
    "api_tokens",
    "buyers",
    "group_buyers",
    "group_modules",
    "modules",
    "user_groups",
    "user_icons",
    "users",
]


def _audit() -> list[Column[object]]:
    """created/updated events: when, and by which identity (a USR- or TKN- id)."""
    return [
        Column("created_at", DateTime, nullable=False),
        Column("created_by", String(20), nullable=True),
        Column("updated_at", DateTime, nullable=True),
        Column("updated_by", String(20), nullable=True),
    ]


accounts = Table(
    "mkt_accounts",
    METADATA,
    Column("id", String(14), primary_key=True),
    Column("name", String(500), nullable=False),
    Column("type", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("service_level", String(16), nullable=False),
    Column("external_id", String(250), nullable=True),
    Column("external_name", String(500), nullable=True),
    Column("pyra_tenant_id", String(36), nullable=True),
    Column("website", String(2000), nullable=True),
    Column("description", String(2000), nullable=True),
    Column("technical_support_email", String(320), nullable=True),
    Column("address", Text, nullable=True),  # JSON object of the Address schema
    Column("eligible_client", Boolean, nullable=False),
    Column("eligible_partner", Boolean, nullable=False),
    *_audit(),
)

api_tokens = Table(
    "mkt_api_tokens",
    METADATA,
    Column("id", String(14), primary_key=True),
    Column("account_id", String(14), ForeignKey("mkt_accounts.id"), nullable=False),
    Column("name", String(200), nullable=False),
    *_audit(),
)

users = Table(
    "mkt_users",
    METADATA,
    Column("id", String(14), primary_key=True),
    Column("email", String(320), nullable=False),
    # Filled from ``email`` when an insert does not say (a full case fold may grow the text).
    Column(
        "email_key",
        String(1280),
        nullable=False,
        default=lambda context: caseless_key(context.get_current_parameters()["email"]),
    ),
    Column("first_name", String(200), nullable=False),
    Column("last_name", String(200), nullable=False),
    Column("name", String(401), nullable=False),  # stored so that RQL can filter and sort on it
    Column("status", String(20), nullable=False),
    Column("phone_prefix", String(10), nullable=True),
    Column("phone_number", String(15), nullable=True),
    Column("culture_code", String(5), nullable=True),
    Column("language_code", String(5), nullable=True),
    Column("has_icon", Boolean, nullable=False, server_default=text("0")),
    Column("last_login_at", DateTime, nullable=True),
    Column("password_hash", String(200), nullable=True),  # Argon2id; never rendered
    Column("invitation_accepted_at", DateTime, nullable=True),
    Column("current_account_id", String(14), ForeignKey("mkt_accounts.id"), nullable=True),
    *_audit(),
    Index(
        "mkt_users_live_email_key",
        "email_key",
        unique=True,
        sqlite_where=text("status != 'Deleted'"),
    ),
    Index("mkt_users_email", "email"),  # RQL filters compare the stored address
    Index("mkt_users_status", "status"),
    Index("mkt_users_last_name", "last_name"),
    Index("mkt_users_first_name", "first_name"),
    Index("mkt_users_name", "name"),
    Index("mkt_users_created_at", "created_at"),
    # Clustered on the id: every secondary index then ends in the id, so a filtered page
    # ordered by id (the default order) reads the index in order instead of sorting matches.
    sqlite_with_rowid=False,
)

user_icons = Table(
    "mkt_user_icons",
    METADATA,
    Column("user_id", String(14), ForeignKey("mkt_users.id"), primary_key=True),
    Column("content_type", String(100), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

modules = Table(
    "mkt_modules",
    METADATA,
    Column("id", String(8), primary_key=True),
    Column("code", String(100), nullable=False),
    Column("name", String(200), nullable=False),
    Column("description", String(2000), nullable=False),
    Column("account_types", Text, nullable=False),  # JSON list of AccountType values
    Column("shared_account", Boolean, nullable=False),
    Column("configurable", Boolean, nullable=False),
    Column("is_default", Boolean, nullable=False),
    Column("paid", Boolean, nullable=False),
)

buyers = Table(
    "mkt_buyers",
    METADATA,
    Column("id", String(14), primary_key=True),
    Column("account_id", String(14), ForeignKey("mkt_accounts.id"), nullable=False),
    Column("name", String(500), nullable=False),
    Column("status", String(16), nullable=False),
    Column("tax_id", String(50), nullable=True),
)

user_groups = Table(
    "mkt_user_groups",
    METADATA,
    Column("id", String(14), primary_key=True),
    Column("account_id", String(14), ForeignKey("mkt_accounts.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("description", String(2000), nullable=True),
    Column("logo", String(2000), nullable=True),
    Column("is_default", Boolean, nullable=False),
    *_audit(),
    Index("mkt_user_groups_account", "account_id"),
)

group_modules = Table(
    "mkt_group_modules",
    METADATA,
    Column("group_id", String(14), ForeignKey("mkt_user_groups.id"), primary_key=True),
    Column("module_id", String(8), ForeignKey("mkt_modules.id"), primary_key=True),
)

group_buyers = Table(
    "mkt_group_buyers",
    METADATA,
    Column("group_id", String(14), ForeignKey("mkt_user_groups.id"), primary_key=True),
    Column("buyer_id", String(14), ForeignKey("mkt_buyers.id"), primary_key=True),
)

account_users = Table(
    "mkt_account_users",
    METADATA,
    Column("id", String(19), primary_key=True),
    Column("account_id", String(14), ForeignKey("mkt_accounts.id"), nullable=False),
    Column("user_id", String(14), ForeignKey("mkt_users.id"), nullable=False),
    Column("invitation_status", String(20), nullable=False),
    Column("invitation_code", String(32), nullable=True),
    Column("invitation_expires_at", DateTime, nullable=True),
    Column("joined_at", DateTime, nullable=True),
    Column("access_at", DateTime, nullable=True),
    *_audit(),
    Index("mkt_account_users_membership", "account_id", "user_id", unique=True),
    Index("mkt_account_users_user", "user_id"),
    Index("mkt_account_users_expiry", "invitation_status", "invitation_expires_at"),
    sqlite_with_rowid=False,  # as for users: indexes end in the id, the default page order
)

account_user_groups = Table(
    "mkt_account_user_groups",
    METADATA,
    Column(
        "account_user_id",
        String(19),
        ForeignKey("mkt_account_users.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("group_id", String(14), ForeignKey("mkt_user_groups.id"), primary_key=True),
    Index("mkt_account_user_groups_group", "group_id"),
)
