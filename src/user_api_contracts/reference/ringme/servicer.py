"""RingMe client users: create, list with id/login filters, get, update, delete, under `@me`.

Behaviour reproduced (see specs/ringme/openapi.yaml): 201 on create, 204 on delete; logins are
unique per client (400 otherwise); the client's first user, its administrator, cannot be
deleted, blocked or limited to ``read_only`` (403 ``access_denied``); ``read_only`` users may
only GET (403 ``user_access_type_deny``); blocked users get 403 ``user_blocked``; another
client's users are 403 ``access_denied``. Every answer carries the hourly rate-limit headers,
and past the limit the answer is 429 ``rate_limit_exceeded``. The limit is the client's, shared
by all its users as the spec says (this API has the one resource, so per resource is per
client); a request with a token that resolves to no user counts against that token
(:mod:`.rate_limits`). Logins and e-mails follow :mod:`..text_keys` (logins unique by caseless
key). Passwords are stored as Argon2id hashes, made off the event loop, and never returned.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from ringme_stubs import RingMeServicer
from ringme_stubs.models import ClientUser, ClientUserCreate, ClientUserUpdate
from ringme_stubs.params import (
    ClientUsersCreateParams,
    ClientUsersDeleteParams,
    ClientUsersGetParams,
    ClientUsersListParams,
    ClientUsersUpdateParams,
)
from sqlalchemy import Engine, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import IntegrityError

from user_api_contracts.runtime import ApiError, RequestContext
from user_api_contracts.runtime.operations import CompiledOperation

from ..auth import bearer_token, find_principal, token_digest
from ..db import FastReader
from ..passwords import hash_password_off_loop
from ..text_keys import InvalidIdentifierError, caseless_key, stored_form
from .rate_limits import HourlyCounter, window_of
from .tables import client_users, clients

__all__ = ["MAX_USERS_PER_CLIENT", "Caller", "RingMeConfig", "RingMeReference"]

# Statements of every request, built once (building a select costs more than running it).
_CALLER = (
    select(client_users, clients.c.blocked.label("client_blocked"))
    .join(clients, clients.c.client_id == client_users.c.client_id)
    .where(client_users.c.id == bindparam("user_id"))
)
_USER = select(client_users).where(
    client_users.c.client_id == bindparam("client_id"), client_users.c.id == bindparam("user_id")
)

_ALL = (
    select(client_users)
    .where(client_users.c.client_id == bindparam("client_id"))
    .order_by(client_users.c.id)
)

_COUNT = select(func.count()).where(client_users.c.client_id == bindparam("client_id"))

_OPTIONAL = ("comment", "extra_params", "timezone")

MAX_USERS_PER_CLIENT = 1000
"""The list answer has no pages, so the number of users bounds its size: at most ~6 KB per user
(the spec's maxLengths), ~6 MB per answer. The spec states the bound [inferred]."""


@dataclass(frozen=True)
class RingMeConfig:
    """Server settings: the hourly request limit (RingMe's "API Request Rules").

    The limit is a client's, shared by all its users; a token that resolves to no user is
    counted on its own.
    """

    rate_limit_per_hour: int = 10_000


@dataclass(frozen=True)
class Caller:
    """The authenticated client user behind a token."""

    user_id: int
    client_id: int
    access: str


def _as_client_user(row: Row[Any]) -> ClientUser:
    return {
        "id": row.id,
        "client_id": row.client_id,
        "login": row.login,
        "name": row.name,
        "email": row.email,
        "access": row.access,
        "status": row.status,
        "comment": row.comment,
        "extra_params": row.extra_params,
        "timezone": row.timezone,
    }


def _identifier(value: str, field: str) -> str:
    """``value`` as stored (NFC), or a 400 when it holds invisible characters (text_keys)."""
    try:
        return stored_form(value, field=field)
    except InvalidIdentifierError as error:
        raise ApiError(400, str(error)) from None


def _login_exists(login: str) -> ApiError:
    return ApiError(400, f"Login '{login}' already exists in this client")


def _not_found(user_id: int) -> ApiError:
    return ApiError(404, f"User {user_id} not found", reason="user_not_found")


class RingMeReference(RingMeServicer):
    """The RingMe servicer over SQLite."""

    def __init__(self, engine: Engine, config: RingMeConfig | None = None) -> None:
        self.engine = engine
        self.reader = FastReader(engine)
        self.config = config or RingMeConfig()
        self.counter = HourlyCounter(engine, self.reader)

    # -- authentication --------------------------------------------------------------------

    def _count_request(self, context: RequestContext, key: str | None, *, kept: bool) -> None:
        """Count this request in ``key``'s hourly window (None: uncounted) and set the headers.

        ``kept=False``: counted in memory only (a token that resolves to no user).
        """
        limit = self.config.rate_limit_per_hour
        now = time.time()
        window = window_of(now)
        used = 0 if key is None else self.counter.count(key, now, kept=kept)
        context.response_headers.update(
            {
                "X-RateLimit-Limit": str(limit),
                "X-RateLimit-Remaining": str(max(limit - used, 0)),
                "X-RateLimit-Reset": str(max(int(window + 3600 - now), 0)),
            }
        )
        if used > limit:
            raise ApiError(429, "Hourly request limit exceeded", reason="rate_limit_exceeded")

    async def authenticate(self, context: RequestContext, operation: CompiledOperation) -> Caller:
        """Resolve the bearer token to its client user and enforce RingMe's access rules."""
        token = bearer_token(context)
        principal = find_principal(self.engine, "ringme", token) if token else None
        row = None
        if principal is not None:
            row = self.reader.one(_CALLER, {"user_id": principal.data.get("user_id")})
        # Counted before any refusal, so a 401 or 403 uses up the limit as well.
        if principal is None or row is None:
            digest = None if token is None else token_digest(token)
            self._count_request(context, digest, kept=False)
            raise ApiError(401, "Authorization token is missing, expired or invalid")
        self._count_request(context, f"client:{row.client_id}", kept=True)
        if row.status == "blocked" or row.client_blocked:
            raise ApiError(403, "User or client is blocked", reason="user_blocked")
        if principal.data.get("app_access", "all") != "all":
            raise ApiError(
                403,
                "The application's access type does not allow this resource",
                reason="app_access_type_deny",
            )
        if operation.binding.method != "GET" and row.access != "full":
            raise ApiError(403, "Insufficient user access type", reason="user_access_type_deny")
        return Caller(user_id=row.id, client_id=row.client_id, access=row.access)

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _client_id(context: RequestContext, raw: str) -> int:
        caller: Caller = context.principal
        if raw == "@me":
            return caller.client_id
        # No client id has 20 digits; int() would refuse 4,300 of them with a ValueError.
        if len(raw) > 20 or int(raw) != caller.client_id:
            raise ApiError(
                403, "Access to the requested resource is denied", reason="access_denied"
            )
        return caller.client_id

    @staticmethod
    def _user_row(connection: Connection, client_id: int, user_id: int) -> Row[Any]:
        row = connection.execute(_USER, {"client_id": client_id, "user_id": user_id}).first()
        if row is None:
            raise _not_found(user_id)
        return row

    @staticmethod
    def _login_taken(connection: Connection, client_id: int, login: str) -> bool:
        found = connection.execute(
            select(client_users.c.id).where(
                client_users.c.client_id == client_id,
                client_users.c.login_key == caseless_key(login),
            )
        ).first()
        return found is not None

    # -- operations --------------------------------------------------------------------------

    async def client_users_create(
        self, context: RequestContext, params: ClientUsersCreateParams, body: ClientUserCreate
    ) -> ClientUser:
        """Add a client-level user; the login must be new in this client."""
        client_id = self._client_id(context, params["client_id"])
        if "client_id" in body and body["client_id"] != client_id:
            raise ApiError(
                400, f"client_id {body['client_id']} does not match the client in the URL"
            )
        login = _identifier(body["login"], "login")
        email = _identifier(body["email"], "email")
        with self.engine.connect() as connection:
            if self._login_taken(connection, client_id, login):
                raise _login_exists(login)
            users = connection.execute(_COUNT, {"client_id": client_id}).scalar_one()
            if users >= MAX_USERS_PER_CLIENT:
                raise ApiError(
                    400,
                    f"The client already has {MAX_USERS_PER_CLIENT} users, the most it may have",
                )
        password_hash = await hash_password_off_loop(body["password"])
        values = {
            "client_id": client_id,
            "login": login,
            "name": body["name"],
            "email": email,
            "access": body.get("access", "full"),
            "status": body.get("status", "active"),
            "password_hash": password_hash,
            **{key: body.get(key) for key in _OPTIONAL},
        }
        try:
            with self.engine.begin() as connection:
                inserted = connection.execute(insert(client_users).values(**values))
                new_key = inserted.inserted_primary_key
                assert new_key is not None  # SQLite always reports the autoincrement id
                row = self._user_row(connection, client_id, int(new_key[0]))
        except IntegrityError:
            # Another request (or another process on this file) took the login since the check.
            raise _login_exists(login) from None
        return _as_client_user(row)

    async def client_users_list(
        self, context: RequestContext, params: ClientUsersListParams
    ) -> list[ClientUser]:
        """List the client's users, optionally only those with the given ids and/or logins."""
        client_id = self._client_id(context, params["client_id"])
        if "id" not in params and "login" not in params:
            return [_as_client_user(row) for row in self.reader.all(_ALL, {"client_id": client_id})]
        query = select(client_users).where(client_users.c.client_id == client_id)
        if "id" in params:
            query = query.where(client_users.c.id.in_(params["id"]))
        if "login" in params:
            keys = [caseless_key(login) for login in params["login"]]
            query = query.where(client_users.c.login_key.in_(keys))
        with self.engine.connect() as connection:
            rows = connection.execute(query.order_by(client_users.c.id)).all()
        return [_as_client_user(row) for row in rows]

    async def client_users_get(
        self, context: RequestContext, params: ClientUsersGetParams
    ) -> ClientUser:
        """One user of the client."""
        client_id = self._client_id(context, params["client_id"])
        row = self.reader.one(_USER, {"client_id": client_id, "user_id": params["user_id"]})
        if row is None:
            raise _not_found(params["user_id"])
        return _as_client_user(row)

    async def client_users_update(
        self, context: RequestContext, params: ClientUsersUpdateParams, body: ClientUserUpdate
    ) -> ClientUser:
        """Change the fields sent; the login and client cannot change."""
        client_id = self._client_id(context, params["client_id"])
        changes: dict[str, Any] = {key: value for key, value in body.items() if key != "password"}
        if "email" in changes:
            changes["email"] = _identifier(changes["email"], "email")
        if "password" in body:
            changes["password_hash"] = await hash_password_off_loop(body["password"])
        with self.engine.begin() as connection:
            row = self._user_row(connection, client_id, params["user_id"])
            if row.is_first and (
                changes.get("status", "active") != "active"
                or changes.get("access", "full") != "full"
            ):
                raise ApiError(
                    403,
                    "The client's first user cannot be blocked or limited to read_only",
                    reason="access_denied",
                )
            if changes:
                connection.execute(
                    update(client_users)
                    .where(client_users.c.id == params["user_id"])
                    .values(**changes)
                )
            return _as_client_user(self._user_row(connection, client_id, params["user_id"]))

    async def client_users_delete(
        self, context: RequestContext, params: ClientUsersDeleteParams
    ) -> None:
        """Delete a user; the client's first user (its administrator) cannot be deleted."""
        client_id = self._client_id(context, params["client_id"])
        with self.engine.begin() as connection:
            row = self._user_row(connection, client_id, params["user_id"])
            if row.is_first:
                raise ApiError(
                    403,
                    "The client's first user cannot be deleted",
                    reason="access_denied",
                )
            connection.execute(client_users.delete().where(client_users.c.id == row.id))
