from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user_legacy_list import AccountUserLegacyList
from ...models.problem_details import ProblemDetails
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
        "url": "/v1/accounts/account-users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUserLegacyList | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AccountUserLegacyList.from_dict(response.json())

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
) -> Response[AccountUserLegacyList | ProblemDetails]:
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
) -> Response[AccountUserLegacyList | ProblemDetails]:
    """List account users (legacy collection)

     Lists account-user memberships across all accounts visible to the caller. A client or
    vendor account sees only its own. Results come in the `$meta`/`data` envelope and are
    paged with `limit`/`offset`.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(account.id,"ACC-1671-0642")`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,id=UGR-8447-7590)` (the example of the RQL docs), `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`, e.g. `?account.id="ACC-1671-0642"`.
      Several shortcuts joined with `&` are ANDed.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/account-users?eq(account.id,"ACC-1671-0642")&order=-lastLoginAt`
    * `GET /v1/accounts/account-users?select=audit&gt(audit.joined.at,"2025-01-01T00:00:00.000Z")`

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
        Response[AccountUserLegacyList | ProblemDetails]
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
) -> AccountUserLegacyList | ProblemDetails | None:
    """List account users (legacy collection)

     Lists account-user memberships across all accounts visible to the caller. A client or
    vendor account sees only its own. Results come in the `$meta`/`data` envelope and are
    paged with `limit`/`offset`.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(account.id,"ACC-1671-0642")`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,id=UGR-8447-7590)` (the example of the RQL docs), `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`, e.g. `?account.id="ACC-1671-0642"`.
      Several shortcuts joined with `&` are ANDed.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/account-users?eq(account.id,"ACC-1671-0642")&order=-lastLoginAt`
    * `GET /v1/accounts/account-users?select=audit&gt(audit.joined.at,"2025-01-01T00:00:00.000Z")`

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
        AccountUserLegacyList | ProblemDetails
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
) -> Response[AccountUserLegacyList | ProblemDetails]:
    """List account users (legacy collection)

     Lists account-user memberships across all accounts visible to the caller. A client or
    vendor account sees only its own. Results come in the `$meta`/`data` envelope and are
    paged with `limit`/`offset`.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(account.id,"ACC-1671-0642")`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,id=UGR-8447-7590)` (the example of the RQL docs), `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`, e.g. `?account.id="ACC-1671-0642"`.
      Several shortcuts joined with `&` are ANDed.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/account-users?eq(account.id,"ACC-1671-0642")&order=-lastLoginAt`
    * `GET /v1/accounts/account-users?select=audit&gt(audit.joined.at,"2025-01-01T00:00:00.000Z")`

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
        Response[AccountUserLegacyList | ProblemDetails]
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
) -> AccountUserLegacyList | ProblemDetails | None:
    """List account users (legacy collection)

     Lists account-user memberships across all accounts visible to the caller. A client or
    vendor account sees only its own. Results come in the `$meta`/`data` envelope and are
    paged with `limit`/`offset`.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(account.id,"ACC-1671-0642")`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,id=UGR-8447-7590)` (the example of the RQL docs), `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`, e.g. `?account.id="ACC-1671-0642"`.
      Several shortcuts joined with `&` are ANDed.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/account-users?eq(account.id,"ACC-1671-0642")&order=-lastLoginAt`
    * `GET /v1/accounts/account-users?select=audit&gt(audit.joined.at,"2025-01-01T00:00:00.000Z")`

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
        AccountUserLegacyList | ProblemDetails
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
