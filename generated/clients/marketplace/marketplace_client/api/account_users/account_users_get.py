from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user import AccountUser
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    user_id: str,
    *,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/accounts/{account_id}/users/{user_id}".format(
            account_id=quote(str(account_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUser | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AccountUser.from_dict(response.json())

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
) -> Response[AccountUser | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[AccountUser | ProblemDetails]:
    """Get a user of an account

     Reads the user `userId` (a `USR-` id) in the context of the account `accountId`: the user
    with the account's groups, modules, buyers and invitation state.

    Status codes: the real spec declares 200 and 404. The official client's e2e tests expect
    "404 Not Found" for `USR-0000-0000`. This file adds 400 (malformed `select`), 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUser | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> AccountUser | ProblemDetails | None:
    """Get a user of an account

     Reads the user `userId` (a `USR-` id) in the context of the account `accountId`: the user
    with the account's groups, modules, buyers and invitation state.

    Status codes: the real spec declares 200 and 404. The official client's e2e tests expect
    "404 Not Found" for `USR-0000-0000`. This file adds 400 (malformed `select`), 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUser | ProblemDetails
    """

    return sync_detailed(
        account_id=account_id,
        user_id=user_id,
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[AccountUser | ProblemDetails]:
    """Get a user of an account

     Reads the user `userId` (a `USR-` id) in the context of the account `accountId`: the user
    with the account's groups, modules, buyers and invitation state.

    Status codes: the real spec declares 200 and 404. The official client's e2e tests expect
    "404 Not Found" for `USR-0000-0000`. This file adds 400 (malformed `select`), 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUser | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> AccountUser | ProblemDetails | None:
    """Get a user of an account

     Reads the user `userId` (a `USR-` id) in the context of the account `accountId`: the user
    with the account's groups, modules, buyers and invitation state.

    Status codes: the real spec declares 200 and 404. The official client's e2e tests expect
    "404 Not Found" for `USR-0000-0000`. This file adds 400 (malformed `select`), 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUser | ProblemDetails
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            user_id=user_id,
            client=client,
            select=select,
        )
    ).parsed
