"""What a user would write by hand instead: Authorized Buyers GET client user in FastAPI.

The peer row of `make bench-server` (issue #12). The same work as the reference server's GET:
the bearer token's SHA-256 looked up in the same ``principals`` table (remembered per token, as
the reference remembers it), the sponsor check, one SELECT on the same database file, and a
pydantic response model. Served by the same uvicorn; the database path comes from BENCH_DB.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

DATABASE = sqlite3.connect(os.environ.get("BENCH_DB", "reference.sqlite3"), check_same_thread=False)
_accounts_of: dict[str, list[str]] = {}

app = FastAPI()


class ClientUser(BaseModel):
    """The Authorized Buyers ClientUser resource."""

    userId: str  # noqa: N815 (the wire name)
    clientAccountId: str  # noqa: N815
    email: str
    status: str


def _accounts(authorization: str) -> list[str]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "Request is missing required authentication credential.")
    digest = hashlib.sha256(token.encode()).hexdigest()
    if digest not in _accounts_of:
        row = DATABASE.execute(
            "SELECT data FROM principals WHERE token_sha256 = ? AND api = 'authorized-buyers'",
            (digest,),
        ).fetchone()
        if row is None:
            raise HTTPException(401, "Request had invalid authentication credentials.")
        _accounts_of[digest] = json.loads(row[0]).get("accounts", [])
    return _accounts_of[digest]


@app.get("/v2beta1/accounts/{account_id}/clients/{client_id}/users/{user_id}")
async def get_client_user(
    account_id: int, client_id: int, user_id: int, authorization: Annotated[str, Header()]
) -> ClientUser:
    """One client user of a sponsor's client."""
    if str(account_id) not in _accounts(authorization):
        raise HTTPException(403, "The caller does not have permission")
    row = DATABASE.execute(
        "SELECT user_id, client_account_id, email, status FROM ab_client_users"
        " WHERE account_id = ? AND client_account_id = ? AND user_id = ?",
        (account_id, client_id, user_id),
    ).fetchone()
    if row is None:
        raise HTTPException(404, "Requested entity was not found.")
    return ClientUser(userId=str(row[0]), clientAccountId=str(row[1]), email=row[2], status=row[3])
