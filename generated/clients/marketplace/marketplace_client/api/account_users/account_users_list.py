from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user_list import AccountUserList
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
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
        "url": "/v1/accounts/accounts/{account_id}/users".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUserList | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AccountUserList.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountUserList | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[AccountUserList | ProblemDetails]:
    """List the users of an account

     Lists the users of the account `accountId`, with their groups, modules, buyers and
    invitation state. Results come in the `$meta`/`data` envelope and are paged with
    `limit`/`offset`. The 2024 spec has this collection at `/v1/accounts/{accountId}/users`;
    this file uses the current path.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(user.status,Active)`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,eq(id,"UGR-8447-7590"))`, `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(user.lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`. Several shortcuts joined with `&`
      are ANDed, e.g. `?user.firstName=Will&user.lastName=Smith`.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids: `eq(user.id,"USR-6375-2499")`.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/accounts/ACC-1671-
    0642/users?in(invitation.status,(Invited,InvitationExpired))&order=user.name`
    * `GET
    /v1/accounts/accounts/ACC-1671-0642/users?any(groups,eq(id,"UGR-8447-7590"))&limit=20&offset=20`

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserList | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
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
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> AccountUserList | ProblemDetails | None:
    """List the users of an account

     Lists the users of the account `accountId`, with their groups, modules, buyers and
    invitation state. Results come in the `$meta`/`data` envelope and are paged with
    `limit`/`offset`. The 2024 spec has this collection at `/v1/accounts/{accountId}/users`;
    this file uses the current path.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(user.status,Active)`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,eq(id,"UGR-8447-7590"))`, `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(user.lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`. Several shortcuts joined with `&`
      are ANDed, e.g. `?user.firstName=Will&user.lastName=Smith`.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids: `eq(user.id,"USR-6375-2499")`.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/accounts/ACC-1671-
    0642/users?in(invitation.status,(Invited,InvitationExpired))&order=user.name`
    * `GET
    /v1/accounts/accounts/ACC-1671-0642/users?any(groups,eq(id,"UGR-8447-7590"))&limit=20&offset=20`

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserList | ProblemDetails
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        limit=limit,
        offset=offset,
        order=order,
        select=select,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[AccountUserList | ProblemDetails]:
    """List the users of an account

     Lists the users of the account `accountId`, with their groups, modules, buyers and
    invitation state. Results come in the `$meta`/`data` envelope and are paged with
    `limit`/`offset`. The 2024 spec has this collection at `/v1/accounts/{accountId}/users`;
    this file uses the current path.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(user.status,Active)`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,eq(id,"UGR-8447-7590"))`, `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(user.lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`. Several shortcuts joined with `&`
      are ANDed, e.g. `?user.firstName=Will&user.lastName=Smith`.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids: `eq(user.id,"USR-6375-2499")`.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/accounts/ACC-1671-
    0642/users?in(invitation.status,(Invited,InvitationExpired))&order=user.name`
    * `GET
    /v1/accounts/accounts/ACC-1671-0642/users?any(groups,eq(id,"UGR-8447-7590"))&limit=20&offset=20`

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserList | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        limit=limit,
        offset=offset,
        order=order,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> AccountUserList | ProblemDetails | None:
    """List the users of an account

     Lists the users of the account `accountId`, with their groups, modules, buyers and
    invitation state. Results come in the `$meta`/`data` envelope and are paged with
    `limit`/`offset`. The 2024 spec has this collection at `/v1/accounts/{accountId}/users`;
    this file uses the current path.

    **Filtering with RQL.** Filters go **directly into the raw query string**, not into a
    named parameter (`?rql=…` gives 400). OpenAPI cannot describe them, so they are
    documented here only.

    * Comparison: `eq`, `ne`, `gt`, `ge`, `lt`, `le`, e.g. `eq(user.status,Active)`.
    * Search: `ilike(user.email,*@example.com)`; `*` is the wildcard and `\\*` escapes it.
    * Lists: `in(invitation.status,(Invited,InvitationExpired))`, `out(…)`.
    * Logic: `and(…,…)`, `or(…,…)`, `not(…)`.
    * Collections: `any(groups,eq(id,"UGR-8447-7590"))`, `all(…)`.
    * Constants: `null()` and `empty()`, e.g. `eq(user.lastLoginAt,null())`.
    * Shortcut: `field=value` means `eq(field,value)`. Several shortcuts joined with `&`
      are ANDed, e.g. `?user.firstName=Will&user.lastName=Smith`.
    * Quoting: enclose values with special characters or spaces in `"…"` or `'…'`, and
      always quote ids: `eq(user.id,"USR-6375-2499")`.
    * `audit.*` fields can be filtered or sorted only with `select=audit`.

    Examples:
    * `GET /v1/accounts/accounts/ACC-1671-
    0642/users?in(invitation.status,(Invited,InvitationExpired))&order=user.name`
    * `GET
    /v1/accounts/accounts/ACC-1671-0642/users?any(groups,eq(id,"UGR-8447-7590"))&limit=20&offset=20`

    Status codes: the real spec declares only 200. This file adds 400 (malformed RQL,
    `order` or `select`), 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserList | ProblemDetails
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            limit=limit,
            offset=offset,
            order=order,
            select=select,
        )
    ).parsed
