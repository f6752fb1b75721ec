"""Merchant API account users: create (``userId`` query), get, list, patch, delete, verifySelf.

Behaviour reproduced (see specs/merchant/openapi.yaml): a new user is PENDING until that user
calls ``users/me:verifySelf``; ``me`` stands for the caller in every ``{email}``; patch replaces
``accessRights`` with or without an ``updateMask`` (``access_rights`` or ``accessRights``; any
other path is 400); the last admin can be neither deleted nor demoted (400 FAILED_PRECONDITION;
only VERIFIED admins count); create, patch and delete need ADMIN access; list pages default to
50 users and sizes above 100 are coerced to 100. Callers who are not verified users of the
account get 403 PERMISSION_DENIED.
"""

from __future__ import annotations

import json
from typing import Any

from merchant_stubs import MerchantServicer, create_app
from merchant_stubs.models import Empty, ListUsersResponse, User, VerifySelfRequest
from merchant_stubs.params import (
    UsersCreateParams,
    UsersDeleteParams,
    UsersGetParams,
    UsersListParams,
    UsersPatchParams,
    UsersVerifySelfParams,
)
from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    ForeignKey,
    String,
    Table,
    Text,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Row
from starlette.types import ASGIApp

from user_api_contracts.runtime import ApiError, RequestContext

from ..auth import Principal
from ..db import METADATA, FastReader, server_secret
from .auth import GoogleAuthenticator
from .ids import int64_id
from .page_tokens import PageTokens

__all__ = ["MerchantReference", "accounts", "build_merchant_app", "users"]

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
_MASK_PATHS = frozenset({"access_rights", "accessRights"})

accounts = Table(
    "merchant_accounts",
    METADATA,
    Column("account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
)

users = Table(
    "merchant_users",
    METADATA,
    Column(
        "account_id",
        BigInteger,
        ForeignKey("merchant_accounts.account_id"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("email", String(320), primary_key=True),
    Column("state", String(32), nullable=False),
    Column("access_rights", Text, nullable=False),
)


# Built once: the caller's own row is read on every request.
_USER = select(users).where(
    users.c.account_id == bindparam("account"), users.c.email == bindparam("email")
)


# A page of the account's users by e-mail; '' sorts before every address.
_PAGE = (
    select(users)
    .where(users.c.account_id == bindparam("account"), users.c.email > bindparam("after"))
    .order_by(users.c.email)
    .limit(bindparam("limit"))
)


def _user(row: Row[Any]) -> User:
    return {
        "name": f"accounts/{row.account_id}/users/{row.email}",
        "state": row.state,
        "accessRights": json.loads(row.access_rights),
    }


def _no_access(account: object) -> ApiError:
    return ApiError(403, f"The caller does not have access to the accounts: [{account}]")


def _account(value: str) -> int:
    return int64_id(value, unknown=_no_access)


def _is_admin(row: Row[Any]) -> bool:
    return "ADMIN" in json.loads(row.access_rights)


class MerchantReference(MerchantServicer):
    """The Merchant API users servicer over SQLite."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reader = FastReader(engine)
        self.tokens = PageTokens(server_secret(engine, "page-token-secret"))

    # -- access --------------------------------------------------------------------------------

    @staticmethod
    def _caller_email(context: RequestContext) -> str:
        principal: Principal = context.principal
        return str(principal.data["email"]).lower()

    def _caller(
        self,
        connection: Connection | None,
        context: RequestContext,
        account: int,
        *,
        admin: bool = False,
    ) -> Any:
        """The caller's own user in ``account``; 403 unless verified (and admin when asked)."""
        row = self._row(connection, account, self._caller_email(context))
        if row is None or row.state != "VERIFIED":
            raise _no_access(account)
        if admin and not _is_admin(row):
            raise ApiError(403, "Executing this method requires admin access to the account.")
        return row

    def _row(self, connection: Connection | None, account: int, email: str) -> Any:
        """The user row, read in ``connection``'s transaction, or outside any (None) for reads."""
        return self.reader.one(
            _USER, {"account": account, "email": email.lower()}, within=connection
        )

    def _target(self, context: RequestContext, email: str) -> str:
        return self._caller_email(context) if email == "me" else email.lower()

    def _existing(self, connection: Connection | None, account: int, email: str) -> Any:
        row = self._row(connection, account, email)
        if row is None:
            raise ApiError(404, f"User accounts/{account}/users/{email} was not found.")
        return row

    @staticmethod
    def _admins(connection: Connection, account: int) -> list[str]:
        """Verified admins: a PENDING user with ADMIN rights cannot administer anything yet."""
        rows = connection.execute(
            select(users.c.email, users.c.access_rights).where(
                users.c.account_id == account, users.c.state == "VERIFIED"
            )
        ).all()
        return [row.email for row in rows if "ADMIN" in json.loads(row.access_rights)]

    # -- operations ----------------------------------------------------------------------------

    async def users_create(
        self, context: RequestContext, params: UsersCreateParams, body: User | None
    ) -> User:
        """Invite ``userId`` to the account; the new user is PENDING until it verifies itself."""
        account = _account(params["account"])
        email = params["userId"].lower()
        rights = body["accessRights"] if body else ["STANDARD"]
        with self.engine.begin() as connection:
            self._caller(connection, context, account, admin=True)
            if self._row(connection, account, email) is not None:
                raise ApiError(409, f"User accounts/{account}/users/{email} already exists.")
            connection.execute(
                insert(users).values(
                    account_id=account,
                    email=email,
                    state="PENDING",
                    access_rights=json.dumps(rights),
                )
            )
            return _user(self._existing(connection, account, email))

    async def users_get(self, context: RequestContext, params: UsersGetParams) -> User:
        """One user of the account (``me``: the caller)."""
        account = _account(params["account"])
        caller = self._caller(None, context, account)
        email = self._target(context, params["email"])
        if email == caller.email:  # `me`, or the caller by address: that row is at hand
            return _user(caller)
        return _user(self._existing(None, account, email))

    async def users_list(
        self, context: RequestContext, params: UsersListParams
    ) -> ListUsersResponse:
        """Users of the account by e-mail, 50 a page by default and at most 100."""
        account = _account(params["account"])
        requested = params.get("pageSize") or DEFAULT_PAGE_SIZE
        size = min(requested, MAX_PAGE_SIZE)
        query_key = {"list": "merchant-users", "account": account}
        self._caller(None, context, account)
        values: dict[str, Any] = {"account": account, "limit": size + 1, "after": ""}
        token = params.get("pageToken")
        if token:
            (values["after"],) = self.tokens.decode(token, query_key)
        rows = self.reader.all(_PAGE, values)
        response: ListUsersResponse = {"users": [_user(row) for row in rows[:size]]}
        if len(rows) > size:
            response["nextPageToken"] = self.tokens.encode(query_key, [rows[size - 1].email])
        return response

    async def users_patch(
        self, context: RequestContext, params: UsersPatchParams, body: User
    ) -> User:
        """Replace the user's access rights (the only field an update mask may name)."""
        account = _account(params["account"])
        mask = [path.strip() for path in params.get("updateMask", "").split(",") if path.strip()]
        unknown = [path for path in mask if path not in _MASK_PATHS]
        if unknown:
            raise ApiError(
                400,
                f"Invalid update mask path(s): {', '.join(unknown)}. Supported: access_rights.",
                fields={"updateMask": [f"unsupported path {path}" for path in unknown]},
            )
        with self.engine.begin() as connection:
            self._caller(connection, context, account, admin=True)
            email = self._target(context, params["email"])
            row = self._existing(connection, account, email)
            rights = body["accessRights"]
            if (
                _is_admin(row)
                and "ADMIN" not in rights
                and self._admins(connection, account) == [email]
            ):
                raise ApiError(
                    400,
                    "The last admin user of the account cannot lose admin access.",
                    reason="FAILED_PRECONDITION",
                )
            connection.execute(
                update(users)
                .where(users.c.account_id == account, users.c.email == email)
                .values(access_rights=json.dumps(rights))
            )
            return _user(self._existing(connection, account, email))

    async def users_delete(self, context: RequestContext, params: UsersDeleteParams) -> Empty:
        """Remove a user; the last admin of the account cannot be removed."""
        account = _account(params["account"])
        with self.engine.begin() as connection:
            self._caller(connection, context, account, admin=True)
            email = self._target(context, params["email"])
            row = self._existing(connection, account, email)
            if _is_admin(row) and self._admins(connection, account) == [email]:
                raise ApiError(
                    400,
                    "The user to be deleted can't be the last admin user of that account.",
                    reason="FAILED_PRECONDITION",
                )
            connection.execute(
                users.delete().where(users.c.account_id == account, users.c.email == email)
            )
        return {}

    async def users_verify_self(
        self, context: RequestContext, params: UsersVerifySelfParams, body: VerifySelfRequest
    ) -> User:
        """Turn the caller's own PENDING user in the account into a VERIFIED one."""
        account = _account(params["account"])
        email = self._caller_email(context)
        with self.engine.begin() as connection:
            if self._row(connection, account, email) is None:
                raise _no_access(account)
            connection.execute(
                update(users)
                .where(users.c.account_id == account, users.c.email == email)
                .values(state="VERIFIED")
            )
            return _user(self._existing(connection, account, email))


def build_merchant_app(engine: Engine) -> ASGIApp:
    """The Merchant API users reference, serving under ``/accounts/v1``."""
    authenticate = GoogleAuthenticator(engine, "merchant", "merchantapi.googleapis.com")
    return create_app(MerchantReference(engine), authenticate=authenticate)
