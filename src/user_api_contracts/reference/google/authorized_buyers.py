"""Ad Exchange Buyer II client users and invitations of a sponsor buyer's client buyers.

Behaviour reproduced (see specs/authorized-buyers/openapi.yaml): an invitation creates a
PENDING client user; an e-mail is unique among a sponsor's client users and invitations (409
ALREADY_EXISTS); update changes only ``status`` (ACTIVE or DISABLED, not while PENDING); lists
take ``-`` for every client of the sponsor and page with opaque, keyset ``pageToken``s that
stay correct while rows are added; ids are int64 values rendered as strings. A token only
reaches the sponsor accounts it was granted (403 PERMISSION_DENIED otherwise).
"""

from __future__ import annotations

import secrets
from typing import Any

from authorized_buyers_stubs import AuthorizedBuyersServicer, create_app
from authorized_buyers_stubs.models import (
    ClientUser,
    ClientUserInvitation,
    ListClientUserInvitationsResponse,
    ListClientUsersResponse,
)
from authorized_buyers_stubs.params import (
    ClientUserInvitationsCreateParams,
    ClientUserInvitationsGetParams,
    ClientUserInvitationsListParams,
    ClientUsersGetParams,
    ClientUsersListParams,
    ClientUsersUpdateParams,
)
from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    ForeignKeyConstraint,
    Index,
    String,
    Table,
    bindparam,
    insert,
    select,
    tuple_,
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

__all__ = ["AuthorizedBuyersReference", "build_authorized_buyers_app", "clients"]

SCOPE = "https://www.googleapis.com/auth/adexchange.buyer"
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000

_CLIENT_KEY = ["ab_clients.account_id", "ab_clients.client_account_id"]

clients = Table(
    "ab_clients",
    METADATA,
    Column("account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("client_account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
)

client_users = Table(
    "ab_client_users",
    METADATA,
    Column("account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("user_id", BigInteger, primary_key=True, autoincrement=False),
    Column("client_account_id", BigInteger, nullable=False),
    Column("email", String(320), nullable=False),
    Column("status", String(32), nullable=False),
    ForeignKeyConstraint(
        ["account_id", "client_account_id"],
        ["ab_clients.account_id", "ab_clients.client_account_id"],
    ),
    Index("ab_client_users_by_client", "account_id", "client_account_id", "user_id"),
    Index("ab_client_users_email", "account_id", "email", unique=True),
)

invitations = Table(
    "ab_invitations",
    METADATA,
    Column("account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("invitation_id", BigInteger, primary_key=True, autoincrement=False),
    Column("client_account_id", BigInteger, nullable=False),
    Column("email", String(320), nullable=False),
    ForeignKeyConstraint(
        ["account_id", "client_account_id"],
        ["ab_clients.account_id", "ab_clients.client_account_id"],
    ),
    Index("ab_invitations_by_client", "account_id", "client_account_id", "invitation_id"),
    Index("ab_invitations_email", "account_id", "email", unique=True),
)


_CLIENT = select(clients.c.client_account_id).where(
    clients.c.account_id == bindparam("account"),
    clients.c.client_account_id == bindparam("client"),
)
_INVITATION = select(invitations).where(
    invitations.c.account_id == bindparam("account"),
    invitations.c.client_account_id == bindparam("client"),
    invitations.c.invitation_id == bindparam("invitation"),
)
_USER = select(client_users).where(
    client_users.c.account_id == bindparam("account"),
    client_users.c.client_account_id == bindparam("client"),
    client_users.c.user_id == bindparam("user"),
)


def _list_statement(table: Table, id_column: str, *, one_client: bool, after: bool) -> Any:
    """A page of ``table`` in (client, id) order, for one client or all, after a position."""
    key = (table.c.client_account_id, table.c[id_column])
    query = select(table).where(table.c.account_id == bindparam("account"))
    if one_client:
        query = query.where(table.c.client_account_id == bindparam("client"))
    if after:
        query = query.where(tuple_(*key) > tuple_(bindparam("after_client"), bindparam("after_id")))
    return query.order_by(*key).limit(bindparam("limit"))


_LIST_STATEMENTS = {
    (table.name, one_client, after): _list_statement(
        table, id_column, one_client=one_client, after=after
    )
    for table, id_column in ((client_users, "user_id"), (invitations, "invitation_id"))
    for one_client in (False, True)
    for after in (False, True)
}


def _new_id() -> int:
    """A random 10-digit id, the shape the real service hands out."""
    return 1_000_000_000 + secrets.randbelow(9_000_000_000)


def _user(row: Row[Any]) -> ClientUser:
    return {
        "userId": str(row.user_id),
        "clientAccountId": str(row.client_account_id),
        "email": row.email,
        "status": row.status,
    }


def _invitation(row: Row[Any]) -> ClientUserInvitation:
    return {
        "invitationId": str(row.invitation_id),
        "clientAccountId": str(row.client_account_id),
        "email": row.email,
    }


def _client_not_found(account: int, client: object) -> ApiError:
    return ApiError(404, f"Client buyer {client} was not found for sponsor {account}.")


def _user_not_found(user: object) -> ApiError:
    return ApiError(404, f"Client user {user} was not found.")


def _invitation_not_found(invitation: object) -> ApiError:
    return ApiError(404, f"Invitation {invitation} was not found.")


def _client_id(account: int, value: str) -> int:
    return int64_id(value, unknown=lambda given: _client_not_found(account, given))


def _page_size(requested: int | None) -> int:
    if requested is None or requested <= 0:
        return DEFAULT_PAGE_SIZE
    return min(requested, MAX_PAGE_SIZE)


class AuthorizedBuyersReference(AuthorizedBuyersServicer):
    """The Authorized Buyers servicer over SQLite."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reader = FastReader(engine)
        self.tokens = PageTokens(server_secret(engine, "page-token-secret"))

    @staticmethod
    def _sponsor(context: RequestContext, account_id: str) -> int:
        principal: Principal = context.principal
        if account_id not in principal.data.get("accounts", []):
            raise ApiError(403, "The caller does not have permission")
        return int(account_id)

    def _require_client(self, account: int, client: int) -> None:
        """404 unless the sponsor has this client (clients are seeded, never written by the API)."""
        if self.reader.one(_CLIENT, {"account": account, "client": client}) is None:
            raise _client_not_found(account, client)

    def _list(
        self,
        params: ClientUsersListParams | ClientUserInvitationsListParams,
        context: RequestContext,
        table: Table,
        id_column: str,
        kind: str,
    ) -> tuple[list[Any], str | None]:
        account = self._sponsor(context, params["accountId"])
        client = params["clientAccountId"]
        size = _page_size(params.get("pageSize"))
        query_key = {"list": kind, "account": account, "client": client}
        values: dict[str, Any] = {"account": account, "limit": size + 1}
        if client != "-":
            values["client"] = _client_id(account, client)
            self._require_client(account, values["client"])
        token = params.get("pageToken")
        if token:
            values["after_client"], values["after_id"] = self.tokens.decode(token, query_key)
        statement = _LIST_STATEMENTS[(table.name, client != "-", bool(token))]
        rows = self.reader.all(statement, values)
        next_token = None
        if len(rows) > size:
            rows = rows[:size]
            last = rows[-1]
            position = [last.client_account_id, getattr(last, id_column)]
            next_token = self.tokens.encode(query_key, position)
        return rows, next_token

    async def client_users_list(
        self, context: RequestContext, params: ClientUsersListParams
    ) -> ListClientUsersResponse:
        """Client users of one client, or of all the sponsor's clients with ``-``."""
        rows, next_token = self._list(params, context, client_users, "user_id", "users")
        response: ListClientUsersResponse = {"users": [_user(row) for row in rows]}
        if next_token:
            response["nextPageToken"] = next_token
        return response

    async def client_users_get(
        self, context: RequestContext, params: ClientUsersGetParams
    ) -> ClientUser:
        """One client user."""
        account = self._sponsor(context, params["accountId"])
        return _user(self._user_row(None, account, params))

    def _user_row(
        self, connection: Connection | None, account: int, params: ClientUsersGetParams
    ) -> Any:
        """The client user, read in ``connection``'s transaction (or outside any, for None)."""
        client = _client_id(account, params["clientAccountId"])
        user = int64_id(params["userId"], unknown=_user_not_found)
        values = {"account": account, "client": client, "user": user}
        row = self.reader.one(_USER, values, within=connection)
        if row is None:
            self._require_client(account, client)  # which 404: client or user
            raise _user_not_found(user)
        return row

    async def client_users_update(
        self, context: RequestContext, params: ClientUsersUpdateParams, body: ClientUser
    ) -> ClientUser:
        """Change a client user's status; every other field of the body is ignored."""
        account = self._sponsor(context, params["accountId"])
        status = body["status"]
        if status not in ("ACTIVE", "DISABLED"):
            raise ApiError(
                400,
                f"Invalid value for status: {status}. A client user can be ACTIVE or DISABLED.",
                fields={"status": ["must be ACTIVE or DISABLED"]},
            )
        with self.engine.begin() as connection:
            row = self._user_row(connection, account, params)
            if row.status == "PENDING":
                raise ApiError(
                    400,
                    "The client user has not accepted the invitation; its status cannot change.",
                    reason="FAILED_PRECONDITION",
                )
            connection.execute(
                update(client_users)
                .where(client_users.c.account_id == account, client_users.c.user_id == row.user_id)
                .values(status=status)
            )
            return _user(self._user_row(connection, account, params))

    async def client_user_invitations_create(
        self,
        context: RequestContext,
        params: ClientUserInvitationsCreateParams,
        body: ClientUserInvitation,
    ) -> ClientUserInvitation:
        """Invite an e-mail to a client; the invited person appears as a PENDING client user."""
        account = self._sponsor(context, params["accountId"])
        client = _client_id(account, params["clientAccountId"])
        email = body["email"].lower()
        with self.engine.begin() as connection:
            self._require_client(account, client)
            taken = (
                connection.execute(
                    select(client_users.c.user_id).where(
                        client_users.c.account_id == account, client_users.c.email == email
                    )
                ).first()
                or connection.execute(
                    select(invitations.c.invitation_id).where(
                        invitations.c.account_id == account, invitations.c.email == email
                    )
                ).first()
            )
            if taken is not None:
                raise ApiError(409, f"A client user or invitation for {email} already exists.")
            invitation_id = _new_id()
            connection.execute(
                insert(invitations).values(
                    account_id=account,
                    invitation_id=invitation_id,
                    client_account_id=client,
                    email=email,
                )
            )
            connection.execute(
                insert(client_users).values(
                    account_id=account,
                    user_id=_new_id(),
                    client_account_id=client,
                    email=email,
                    status="PENDING",
                )
            )
        return {"invitationId": str(invitation_id), "clientAccountId": str(client), "email": email}

    async def client_user_invitations_get(
        self, context: RequestContext, params: ClientUserInvitationsGetParams
    ) -> ClientUserInvitation:
        """One invitation."""
        account = self._sponsor(context, params["accountId"])
        client = _client_id(account, params["clientAccountId"])
        invitation = int64_id(params["invitationId"], unknown=_invitation_not_found)
        self._require_client(account, client)
        values = {"account": account, "client": client, "invitation": invitation}
        row = self.reader.one(_INVITATION, values)
        if row is None:
            raise _invitation_not_found(invitation)
        return _invitation(row)

    async def client_user_invitations_list(
        self, context: RequestContext, params: ClientUserInvitationsListParams
    ) -> ListClientUserInvitationsResponse:
        """Invitations of one client, or of all the sponsor's clients with ``-``."""
        rows, next_token = self._list(params, context, invitations, "invitation_id", "invitations")
        response: ListClientUserInvitationsResponse = {
            "invitations": [_invitation(row) for row in rows]
        }
        if next_token:
            response["nextPageToken"] = next_token
        return response


def build_authorized_buyers_app(engine: Engine) -> ASGIApp:
    """The Authorized Buyers reference API, serving under ``/v2beta1``."""
    authenticate = GoogleAuthenticator(
        engine, "authorized-buyers", "adexchangebuyer.googleapis.com"
    )
    return create_app(AuthorizedBuyersReference(engine), authenticate=authenticate)
