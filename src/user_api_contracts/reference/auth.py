"""Bearer tokens mapped to principals, stored in the database.

The real services take OAuth2 access tokens; here a token is an opaque string registered with
the principal it stands for (which API, which accounts or client, which scopes). Tokens are
stored as SHA-256 digests so that a copied database file does not leak usable credentials.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
import weakref
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Engine, String, Table, Text, bindparam, insert, select
from sqlalchemy.engine import Connection

from user_api_contracts.runtime import RequestContext

from .db import METADATA

__all__ = [
    "Principal",
    "bearer_token",
    "find_principal",
    "forget_token",
    "register_token",
    "token_digest",
]

principals = Table(
    "principals",
    METADATA,
    Column("token_sha256", String(64), primary_key=True),
    Column("api", String(32), nullable=False),
    Column("label", String(200), nullable=False),
    Column("data", Text, nullable=False),
)


@dataclass(frozen=True)
class Principal:
    """Who a token speaks for: a label for logs and the API-specific grants in ``data``."""

    api: str
    label: str
    data: dict[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def scopes(self) -> frozenset[str]:
        """OAuth scopes granted (Google APIs)."""
        return frozenset(self.data.get("scopes", []))


@functools.lru_cache(maxsize=4096)
def token_digest(token: str) -> str:
    """The SHA-256 of a token: what is stored and counted instead of the token itself.

    Remembered for the last few thousand tokens: every request hashes its token (for the
    principal cache and RingMe's counter), and the same few tokens come again and again.
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def register_token(engine: Engine, token: str, principal: Principal) -> None:
    """Store (or replace) ``token`` as a credential for ``principal``."""
    with engine.begin() as connection:
        digest = _forget(engine, connection, token)
        connection.execute(
            insert(principals).values(
                token_sha256=digest,
                api=principal.api,
                label=principal.label,
                data=json.dumps(principal.data, sort_keys=True),
            )
        )


def forget_token(engine: Engine, token: str) -> None:
    """Stop accepting ``token`` (under any API); nothing happens if it was never registered."""
    with engine.begin() as connection:
        _forget(engine, connection, token)


def _forget(engine: Engine, connection: Connection, token: str) -> str:
    """Delete ``token``'s row and every cached answer for it; return its digest."""
    digest = token_digest(token)
    cache = _caches.get(engine, {})
    for key in [key for key in cache if key[1] == digest]:  # under any API it was cached for
        del cache[key]
    connection.execute(principals.delete().where(principals.c.token_sha256 == digest))
    return digest


_FIND = select(principals.c.label, principals.c.data).where(
    principals.c.token_sha256 == bindparam("digest"), principals.c.api == bindparam("api")
)
_CACHE_SECONDS = 2.0
# Per engine (weakly held, so a disposed database's answers go with it): (api, digest) -> answer.
_caches: weakref.WeakKeyDictionary[Engine, dict[tuple[str, str], tuple[float, Principal | None]]]
_caches = weakref.WeakKeyDictionary()


def find_principal(engine: Engine, api: str, token: str) -> Principal | None:
    """The principal ``token`` stands for in ``api``, or None for an unknown token.

    Answers are remembered for two seconds per engine: a token lookup on every request would
    otherwise be a fifth of the server's work. The database stays the only record; a token
    registered or replaced is seen at once (``register_token`` forgets the cached answer).
    """
    cache = _caches.get(engine)
    if cache is None:
        cache = _caches.setdefault(engine, {})
    key = (api, token_digest(token))
    now = time.monotonic()
    cached = cache.get(key)
    if cached is not None and cached[0] > now:
        return cached[1]
    with engine.connect() as connection:
        row = connection.execute(_FIND, {"digest": key[1], "api": api}).first()
    principal = None if row is None else Principal(api, row.label, json.loads(row.data))
    if len(cache) > 10_000:
        cache.clear()
    cache[key] = (now + _CACHE_SECONDS, principal)
    return principal


def bearer_token(context: RequestContext, *, query_names: tuple[str, ...] = ()) -> str | None:
    """The token of an ``Authorization: Bearer`` header (or of a query parameter allowed here)."""
    header = context.header("authorization") or ""
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    for name in query_names:
        values = context.query_values(name)
        if values and values[-1]:
            return values[-1]  # as Starlette's QueryParams.get: the last one wins
    return None
