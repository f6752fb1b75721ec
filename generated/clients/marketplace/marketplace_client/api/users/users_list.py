from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.user_list import UserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["order"] = order

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | UserList | None:
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | UserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[ProblemDetails | UserList]:
    """List users

     "Get a list of all platform users." A client or vendor account sees only the users of
    its own account that it sees under the tenancy rule (see the API description: users who
    joined the account, and its own invitees who belong nowhere else). Results come in the
    `$meta`/`data` envelope and are paged with `limit`/`offset`.

    **Filtering with RQL.** Filters are written in the platform's Resource Query Language and
    go **directly into the raw query string**, not into a named parameter. `?rql=…` is
    answered with 400 "Invalid equals shortcut expression". OpenAPI cannot describe such
    free-form query expressions, so they are documented here only; a generated client must
    append them to the URL itself.

    * Comparison: `eq(field,value)`, `ne(…)`, `gt(…)`, `ge(…)`, `lt(…)`, `le(…)`.
      Example: `eq(status,Active)`.
    * Search: `ilike(field,pattern)` is case-insensitive; `*` matches any characters, and
      `\\*` escapes a literal asterisk. Example: `ilike(email,*@example.com)`.
    * Lists: `in(field,(v1,v2))` and `out(field,(v1,v2))`. Example:
      `in(status,(Invited,InvitationExpired))`.
    * Logic: `and(expr1,expr2,…)`, `or(expr1,expr2,…)`, `not(expr)`.
    * Collections: `any(collection,expr)` and `all(collection,expr)`. Example:
      `any(accounts,eq(id,"ACC-1671-0642"))`.
    * Constants: `null()` (unassigned) and `empty()` (empty string). Example:
      `eq(lastLoginAt,null())`, `firstName=empty()`.
    * Shortcut: `field=value` means `eq(field,value)`. `?firstName=Will&lastName=Smith` means
      both conditions (AND).
    * Quoting: enclose values with special characters (`&^$?`, `,`, `(`, `)`, whitespace) in
      `"…"` or `'…'`. To include a quote, enclose the value in the other kind of quote.
      **Always quote ids** (`eq(id,"USR-6375-2499")`); unquoted ids can return no results.
      Dates are UTC with milliseconds: `gt(audit.created.at,"2024-12-01T08:00:00.000Z")`.
    * `audit.*` fields can be filtered or sorted only when `audit` is selected
      (`select=audit`).

    Examples:
    * `GET /v1/accounts/users?eq(status,Active)&order=-lastLoginAt&limit=50`
    * `GET /v1/accounts/users?ilike(email,*@example.com)&select=+firstName,+lastName,+email`
    * `GET /v1/accounts/users?select=audit&and(in(status,(Invited,InvitationExpired)),lt(audit.created.a
    t,"2025-01-01T00:00:00.000Z"))`
    * `GET /v1/accounts/users?any(accounts,eq(id,"ACC-1671-0642"))&limit=0` (count only)

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401 and 403.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UserList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order=order,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> ProblemDetails | UserList | None:
    """List users

     "Get a list of all platform users." A client or vendor account sees only the users of
    its own account that it sees under the tenancy rule (see the API description: users who
    joined the account, and its own invitees who belong nowhere else). Results come in the
    `$meta`/`data` envelope and are paged with `limit`/`offset`.

    **Filtering with RQL.** Filters are written in the platform's Resource Query Language and
    go **directly into the raw query string**, not into a named parameter. `?rql=…` is
    answered with 400 "Invalid equals shortcut expression". OpenAPI cannot describe such
    free-form query expressions, so they are documented here only; a generated client must
    append them to the URL itself.

    * Comparison: `eq(field,value)`, `ne(…)`, `gt(…)`, `ge(…)`, `lt(…)`, `le(…)`.
      Example: `eq(status,Active)`.
    * Search: `ilike(field,pattern)` is case-insensitive; `*` matches any characters, and
      `\\*` escapes a literal asterisk. Example: `ilike(email,*@example.com)`.
    * Lists: `in(field,(v1,v2))` and `out(field,(v1,v2))`. Example:
      `in(status,(Invited,InvitationExpired))`.
    * Logic: `and(expr1,expr2,…)`, `or(expr1,expr2,…)`, `not(expr)`.
    * Collections: `any(collection,expr)` and `all(collection,expr)`. Example:
      `any(accounts,eq(id,"ACC-1671-0642"))`.
    * Constants: `null()` (unassigned) and `empty()` (empty string). Example:
      `eq(lastLoginAt,null())`, `firstName=empty()`.
    * Shortcut: `field=value` means `eq(field,value)`. `?firstName=Will&lastName=Smith` means
      both conditions (AND).
    * Quoting: enclose values with special characters (`&^$?`, `,`, `(`, `)`, whitespace) in
      `"…"` or `'…'`. To include a quote, enclose the value in the other kind of quote.
      **Always quote ids** (`eq(id,"USR-6375-2499")`); unquoted ids can return no results.
      Dates are UTC with milliseconds: `gt(audit.created.at,"2024-12-01T08:00:00.000Z")`.
    * `audit.*` fields can be filtered or sorted only when `audit` is selected
      (`select=audit`).

    Examples:
    * `GET /v1/accounts/users?eq(status,Active)&order=-lastLoginAt&limit=50`
    * `GET /v1/accounts/users?ilike(email,*@example.com)&select=+firstName,+lastName,+email`
    * `GET /v1/accounts/users?select=audit&and(in(status,(Invited,InvitationExpired)),lt(audit.created.a
    t,"2025-01-01T00:00:00.000Z"))`
    * `GET /v1/accounts/users?any(accounts,eq(id,"ACC-1671-0642"))&limit=0` (count only)

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401 and 403.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | UserList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order=order,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[ProblemDetails | UserList]:
    """List users

     "Get a list of all platform users." A client or vendor account sees only the users of
    its own account that it sees under the tenancy rule (see the API description: users who
    joined the account, and its own invitees who belong nowhere else). Results come in the
    `$meta`/`data` envelope and are paged with `limit`/`offset`.

    **Filtering with RQL.** Filters are written in the platform's Resource Query Language and
    go **directly into the raw query string**, not into a named parameter. `?rql=…` is
    answered with 400 "Invalid equals shortcut expression". OpenAPI cannot describe such
    free-form query expressions, so they are documented here only; a generated client must
    append them to the URL itself.

    * Comparison: `eq(field,value)`, `ne(…)`, `gt(…)`, `ge(…)`, `lt(…)`, `le(…)`.
      Example: `eq(status,Active)`.
    * Search: `ilike(field,pattern)` is case-insensitive; `*` matches any characters, and
      `\\*` escapes a literal asterisk. Example: `ilike(email,*@example.com)`.
    * Lists: `in(field,(v1,v2))` and `out(field,(v1,v2))`. Example:
      `in(status,(Invited,InvitationExpired))`.
    * Logic: `and(expr1,expr2,…)`, `or(expr1,expr2,…)`, `not(expr)`.
    * Collections: `any(collection,expr)` and `all(collection,expr)`. Example:
      `any(accounts,eq(id,"ACC-1671-0642"))`.
    * Constants: `null()` (unassigned) and `empty()` (empty string). Example:
      `eq(lastLoginAt,null())`, `firstName=empty()`.
    * Shortcut: `field=value` means `eq(field,value)`. `?firstName=Will&lastName=Smith` means
      both conditions (AND).
    * Quoting: enclose values with special characters (`&^$?`, `,`, `(`, `)`, whitespace) in
      `"…"` or `'…'`. To include a quote, enclose the value in the other kind of quote.
      **Always quote ids** (`eq(id,"USR-6375-2499")`); unquoted ids can return no results.
      Dates are UTC with milliseconds: `gt(audit.created.at,"2024-12-01T08:00:00.000Z")`.
    * `audit.*` fields can be filtered or sorted only when `audit` is selected
      (`select=audit`).

    Examples:
    * `GET /v1/accounts/users?eq(status,Active)&order=-lastLoginAt&limit=50`
    * `GET /v1/accounts/users?ilike(email,*@example.com)&select=+firstName,+lastName,+email`
    * `GET /v1/accounts/users?select=audit&and(in(status,(Invited,InvitationExpired)),lt(audit.created.a
    t,"2025-01-01T00:00:00.000Z"))`
    * `GET /v1/accounts/users?any(accounts,eq(id,"ACC-1671-0642"))&limit=0` (count only)

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401 and 403.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UserList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order=order,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> ProblemDetails | UserList | None:
    """List users

     "Get a list of all platform users." A client or vendor account sees only the users of
    its own account that it sees under the tenancy rule (see the API description: users who
    joined the account, and its own invitees who belong nowhere else). Results come in the
    `$meta`/`data` envelope and are paged with `limit`/`offset`.

    **Filtering with RQL.** Filters are written in the platform's Resource Query Language and
    go **directly into the raw query string**, not into a named parameter. `?rql=…` is
    answered with 400 "Invalid equals shortcut expression". OpenAPI cannot describe such
    free-form query expressions, so they are documented here only; a generated client must
    append them to the URL itself.

    * Comparison: `eq(field,value)`, `ne(…)`, `gt(…)`, `ge(…)`, `lt(…)`, `le(…)`.
      Example: `eq(status,Active)`.
    * Search: `ilike(field,pattern)` is case-insensitive; `*` matches any characters, and
      `\\*` escapes a literal asterisk. Example: `ilike(email,*@example.com)`.
    * Lists: `in(field,(v1,v2))` and `out(field,(v1,v2))`. Example:
      `in(status,(Invited,InvitationExpired))`.
    * Logic: `and(expr1,expr2,…)`, `or(expr1,expr2,…)`, `not(expr)`.
    * Collections: `any(collection,expr)` and `all(collection,expr)`. Example:
      `any(accounts,eq(id,"ACC-1671-0642"))`.
    * Constants: `null()` (unassigned) and `empty()` (empty string). Example:
      `eq(lastLoginAt,null())`, `firstName=empty()`.
    * Shortcut: `field=value` means `eq(field,value)`. `?firstName=Will&lastName=Smith` means
      both conditions (AND).
    * Quoting: enclose values with special characters (`&^$?`, `,`, `(`, `)`, whitespace) in
      `"…"` or `'…'`. To include a quote, enclose the value in the other kind of quote.
      **Always quote ids** (`eq(id,"USR-6375-2499")`); unquoted ids can return no results.
      Dates are UTC with milliseconds: `gt(audit.created.at,"2024-12-01T08:00:00.000Z")`.
    * `audit.*` fields can be filtered or sorted only when `audit` is selected
      (`select=audit`).

    Examples:
    * `GET /v1/accounts/users?eq(status,Active)&order=-lastLoginAt&limit=50`
    * `GET /v1/accounts/users?ilike(email,*@example.com)&select=+firstName,+lastName,+email`
    * `GET /v1/accounts/users?select=audit&and(in(status,(Invited,InvitationExpired)),lt(audit.created.a
    t,"2025-01-01T00:00:00.000Z"))`
    * `GET /v1/accounts/users?any(accounts,eq(id,"ACC-1671-0642"))&limit=0` (count only)

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401 and 403.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order=order,
            select=select,
        )
    ).parsed
