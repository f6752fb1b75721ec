"""Who is calling the Marketplace: a bearer token's account context and audit identity.

Every platform token acts in one account, whose type decides what it may do: an
``Operations`` account sees and manages every account's users, while ``Vendor`` and
``Client`` accounts see only the users of their own account. Block, unblock and user
deletion are operations-only. The token's identity (a user ``USR-`` or an API token ``TKN-``)
is what audit events record as ``by``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, bindparam, select

from user_api_contracts.runtime import ApiError, RequestContext
from user_api_contracts.runtime.operations import CompiledOperation

from ..auth import bearer_token, find_principal
from ..db import FastReader
from .tables import accounts

__all__ = ["API", "Caller", "MarketplaceAuthenticator", "forbidden"]

API = "marketplace"

_ACCOUNT = select(accounts.c.id, accounts.c.type, accounts.c.status).where(
    accounts.c.id == bindparam("account")
)


@dataclass(frozen=True)
class Caller:
    """The account a request acts in, its type, and the identity audit events record."""

    account_id: str
    account_type: str
    identity: str

    @property
    def is_operations(self) -> bool:
        """Operations accounts reach every account's users."""
        return self.account_type == "Operations"

    @property
    def scope(self) -> str | None:
        """The only account whose users the caller sees (None: every account)."""
        return None if self.is_operations else self.account_id


def forbidden(message: str = "The caller's account may not perform this operation.") -> ApiError:
    """403 in the platform's terms."""
    return ApiError(403, message)


class MarketplaceAuthenticator:
    """``Authorization: Bearer <token>`` to a Caller; 401 for a missing or unknown token."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reader = FastReader(engine)

    async def __call__(self, context: RequestContext, operation: CompiledOperation) -> Caller:
        """Return the caller, or raise 401/403 as problem details."""
        token = bearer_token(context)
        principal = find_principal(self.engine, API, token) if token else None
        if principal is None:
            raise ApiError(401, "The bearer token is missing, invalid, expired or disabled.")
        row = self.reader.one(_ACCOUNT, {"account": principal.data.get("account")})
        if row is None:
            raise ApiError(401, "The bearer token's account no longer exists.")
        if row.status == "Disabled":
            raise forbidden("The bearer token's account is disabled.")
        return Caller(
            account_id=row.id, account_type=row.type, identity=str(principal.data["identity"])
        )
