"""The Marketplace demo world: three accounts (client, vendor, operations) and their users.

It holds the ids of the spec's examples (``ACC-1671-0642`` Northwind Traders, ``USR-6375-2499``
Will Smith, ``UGR-8447-7590`` Administrators, ``AUSR-4134-7183-7330`` …), so that a request
copied from the spec or the README finds what it names, and one user in each interesting state:
active, invited (pending for six more days), invitation expired, and blocked.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from ..auth import Principal
from .access import API
from .tables import (
    account_user_groups,
    account_users,
    accounts,
    api_tokens,
    buyers,
    group_buyers,
    group_modules,
    modules,
    user_groups,
    users,
)

__all__ = ["DEMO_PRINCIPALS", "seed_marketplace"]

NORTHWIND = "ACC-1671-0642"
CONTOSO = "ACC-3421-8800"
OPERATIONS = "ACC-1000-0001"

DEMO_PRINCIPALS: tuple[tuple[str, Principal, str], ...] = (
    (
        "demo-mpt-operations",
        Principal(
            API,
            "Onboarding automation (operations)",
            {"account": OPERATIONS, "identity": "TKN-7670-9957"},
        ),
        "Marketplace: operations API token (every account; block, unblock, delete)",
    ),
    (
        "demo-mpt-client",
        Principal(
            API,
            "Will Smith (Northwind Traders)",
            {"account": NORTHWIND, "identity": "USR-6375-2499"},
        ),
        "Marketplace: client account Northwind Traders (its own users only)",
    ),
    (
        "demo-mpt-vendor",
        Principal(
            API,
            "Emma Johansson (Contoso Software)",
            {"account": CONTOSO, "identity": "USR-3300-1200"},
        ),
        "Marketplace: vendor account Contoso Software (its own users only)",
    ),
)

_T0 = datetime(2024, 11, 4, 10, 15, 30)


def _account(key: str, name: str, kind: str, level: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": key,
        "name": name,
        "type": kind,
        "status": "Active",
        "service_level": level,
        "external_id": None,
        "external_name": None,
        "pyra_tenant_id": None,
        "website": None,
        "description": None,
        "technical_support_email": None,
        "address": None,
        "eligible_client": kind == "Client",
        "eligible_partner": False,
        "created_at": datetime(2023, 6, 12, 8),
        "created_by": "TKN-7670-9957",
        "updated_at": None,
        "updated_by": None,
        **extra,
    }


def _user(key: str, email: str, first: str, last: str, status: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": key,
        "email": email,
        "first_name": first,
        "last_name": last,
        "name": f"{first} {last}",
        "status": status,
        "phone_prefix": None,
        "phone_number": None,
        "culture_code": "en-US",
        "language_code": "en-US",
        "last_login_at": None,
        "invitation_accepted_at": None,
        "current_account_id": None,
        "created_at": _T0,
        "created_by": "USR-4134-7183",
        "updated_at": None,
        "updated_by": None,
        **extra,
    }


def seed_marketplace(connection: Connection, now: datetime) -> None:
    """Insert the demo world; ``now`` places the pending and expired invitations."""
    connection.execute(
        insert(accounts),
        [
            _account(
                NORTHWIND,
                "Northwind Traders",
                "Client",
                "Express",
                pyra_tenant_id="3f2b8c1e-6a4d-4f7b-9c21-5e8d7a9b0c13",
                external_id="NW-000123",
                website="https://northwind.example.com",
                technical_support_email="support@northwind.example.com",
                address=json.dumps(
                    {
                        "addressLine1": "Calle de Alcalá 48",
                        "addressLine2": "Planta 3",
                        "postCode": "28014",
                        "city": "Madrid",
                        "state": "Madrid",
                        "country": "ES",
                    }
                ),
            ),
            _account(CONTOSO, "Contoso Software", "Vendor", "NotApplicable", eligible_partner=True),
            _account(OPERATIONS, "SoftwareOne Operations", "Operations", "NotApplicable"),
        ],
    )
    connection.execute(
        insert(api_tokens).values(
            id="TKN-7670-9957",
            account_id=OPERATIONS,
            name="Onboarding automation",
            created_at=datetime(2023, 6, 12, 8),
            created_by="USR-4134-7183",
        )
    )
    connection.execute(
        insert(modules),
        [
            {
                "id": "MOD-0478",
                "code": "orders",
                "name": "Orders",
                "description": "Order management for client accounts.",
                "account_types": '["Client"]',
                "shared_account": False,
                "configurable": True,
                "is_default": True,
                "paid": False,
            },
            {
                "id": "MOD-1756",
                "code": "subscriptions",
                "name": "Subscriptions",
                "description": "Subscriptions and renewals.",
                "account_types": '["Client"]',
                "shared_account": False,
                "configurable": True,
                "is_default": False,
                "paid": False,
            },
            {
                "id": "MOD-2210",
                "code": "catalog",
                "name": "Catalog",
                "description": "Products and listings of a vendor.",
                "account_types": '["Vendor"]',
                "shared_account": False,
                "configurable": False,
                "is_default": True,
                "paid": False,
            },
            {
                "id": "MOD-0001",
                "code": "accounts",
                "name": "Accounts management",
                "description": "Accounts, users and API tokens of the platform.",
                "account_types": '["Operations"]',
                "shared_account": True,
                "configurable": False,
                "is_default": True,
                "paid": False,
            },
        ],
    )
    connection.execute(
        insert(buyers).values(
            id="BUY-1089-7077",
            account_id=NORTHWIND,
            name="Northwind Traders Iberia S.L.",
            status="Active",
            tax_id="ESB12345678",
        )
    )
    groups = [
        (
            "UGR-8447-7590",
            NORTHWIND,
            "Administrators",
            "Full access to the Northwind Traders account.",
            True,
            ["MOD-0478", "MOD-1756"],
        ),
        (
            "UGR-5116-6565",
            NORTHWIND,
            "Fulfillment Managers",
            "Order fulfilment.",
            False,
            ["MOD-0478"],
        ),
        ("UGR-3390-1175", NORTHWIND, "Billing", "Invoices and payments.", False, ["MOD-1756"]),
        (
            "UGR-2001-0001",
            CONTOSO,
            "Vendor Administrators",
            "Full access for Contoso.",
            True,
            ["MOD-2210"],
        ),
        (
            "UGR-0001-0001",
            OPERATIONS,
            "Operations",
            "Platform operations staff.",
            True,
            ["MOD-0001"],
        ),
    ]
    for key, account, name, description, default, granted in groups:
        connection.execute(
            insert(user_groups).values(
                id=key,
                account_id=account,
                name=name,
                description=description,
                logo=None,
                is_default=default,
                created_at=datetime(2023, 6, 12, 8),
                created_by="TKN-7670-9957",
            )
        )
        for module in granted:
            connection.execute(insert(group_modules).values(group_id=key, module_id=module))
    connection.execute(
        insert(group_buyers).values(group_id="UGR-8447-7590", buyer_id="BUY-1089-7077")
    )
    _seed_people(connection, now)


def _seed_people(connection: Connection, now: datetime) -> None:
    accepted = datetime(2024, 11, 5, 8, 1, 12)
    people = [
        _user(
            "USR-4134-7183",
            "ana.garcia@example.org",
            "Ana",
            "García",
            "Active",
            culture_code="es-ES",
            language_code="es",
            invitation_accepted_at=_T0,
            current_account_id=OPERATIONS,
            created_by="TKN-7670-9957",
        ),
        _user(
            "USR-6375-2499",
            "will.smith@example.com",
            "Will",
            "Smith",
            "Active",
            phone_prefix="+34",
            phone_number="660707172",
            invitation_accepted_at=accepted,
            last_login_at=datetime(2025, 2, 20, 9, 12, 44, 120000),
            current_account_id=NORTHWIND,
            updated_at=datetime(2025, 2, 18, 16, 40, 2, 511000),
            updated_by="TKN-7670-9957",
        ),
        _user(
            "USR-5103-2290",
            "liam.chen@example.com",
            "Liam",
            "Chen",
            "Invited",
            created_at=now - timedelta(days=1),
            created_by="USR-6375-2499",
            current_account_id=NORTHWIND,
        ),
        _user(
            "USR-7781-0043",
            "sofia.rossi@example.com",
            "Sofia",
            "Rossi",
            "InvitationExpired",
            created_at=now - timedelta(days=10),
            created_by="USR-6375-2499",
            current_account_id=NORTHWIND,
        ),
        _user(
            "USR-9120-4417",
            "noah.becker@example.com",
            "Noah",
            "Becker",
            "Blocked",
            invitation_accepted_at=accepted,
            current_account_id=NORTHWIND,
            updated_at=datetime(2025, 1, 9, 14),
            updated_by="USR-4134-7183",
        ),
        _user(
            "USR-3300-1200",
            "emma.johansson@example.com",
            "Emma",
            "Johansson",
            "Active",
            culture_code="sv-SE",
            language_code="sv",
            invitation_accepted_at=accepted,
            current_account_id=CONTOSO,
        ),
    ]
    connection.execute(insert(users), people)
    members = [
        (
            "AUSR-4134-7183-7330",
            NORTHWIND,
            "USR-6375-2499",
            "Active",
            None,
            accepted,
            ["UGR-8447-7590", "UGR-3390-1175"],
        ),
        (
            "AUSR-5103-2290-0001",
            NORTHWIND,
            "USR-5103-2290",
            "Invited",
            now - timedelta(days=1),
            None,
            ["UGR-5116-6565"],
        ),
        (
            "AUSR-7781-0043-0001",
            NORTHWIND,
            "USR-7781-0043",
            "InvitationExpired",
            now - timedelta(days=10),
            None,
            ["UGR-5116-6565"],
        ),
        (
            "AUSR-9120-4417-0001",
            NORTHWIND,
            "USR-9120-4417",
            "Active",
            None,
            accepted,
            ["UGR-5116-6565"],
        ),
        (
            "AUSR-3300-1200-0001",
            CONTOSO,
            "USR-3300-1200",
            "Active",
            None,
            accepted,
            ["UGR-2001-0001"],
        ),
        (
            "AUSR-4134-7183-0001",
            OPERATIONS,
            "USR-4134-7183",
            "Active",
            None,
            _T0,
            ["UGR-0001-0001"],
        ),
    ]
    for key, account, user, status, invited, joined, groups in members:
        connection.execute(
            insert(account_users).values(
                id=key,
                account_id=account,
                user_id=user,
                invitation_status=status,
                invitation_code="910B14E6CB2343A09CB32F24BBC4BEF1" if status == "Invited" else None,
                invitation_expires_at=None if invited is None else invited + timedelta(days=7),
                joined_at=joined,
                access_at=joined,
                created_at=invited or _T0,
                created_by="USR-4134-7183",
            )
        )
        for group in groups:
            connection.execute(
                insert(account_user_groups).values(account_user_id=key, group_id=group)
            )
