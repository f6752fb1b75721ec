from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.user import User
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetails | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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
) -> Response[ProblemDetails | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[ProblemDetails | User]:
    """Get a user

     "Get a single user by ID." Use `select` to add fields that are omitted by default (they
    are listed in `$meta.omitted`) or to remove fields. Nested objects such as
    `currentAccount.groups` can be expanded too; the graph is circular, so each nested object
    carries its own `$meta.omitted`.

    Status codes: the real spec declares 200 and 404. This file adds 400 (malformed `select`),
    401 and 403 (the caller's account does not see the user under the tenancy rule in the
    API description: the user has not joined it, or has joined another account too while
    its invitation into the caller's account is pending).

    Args:
        id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | User]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> ProblemDetails | User | None:
    """Get a user

     "Get a single user by ID." Use `select` to add fields that are omitted by default (they
    are listed in `$meta.omitted`) or to remove fields. Nested objects such as
    `currentAccount.groups` can be expanded too; the graph is circular, so each nested object
    carries its own `$meta.omitted`.

    Status codes: the real spec declares 200 and 404. This file adds 400 (malformed `select`),
    401 and 403 (the caller's account does not see the user under the tenancy rule in the
    API description: the user has not joined it, or has joined another account too while
    its invitation into the caller's account is pending).

    Args:
        id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | User
    """

    return sync_detailed(
        id=id,
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[ProblemDetails | User]:
    """Get a user

     "Get a single user by ID." Use `select` to add fields that are omitted by default (they
    are listed in `$meta.omitted`) or to remove fields. Nested objects such as
    `currentAccount.groups` can be expanded too; the graph is circular, so each nested object
    carries its own `$meta.omitted`.

    Status codes: the real spec declares 200 and 404. This file adds 400 (malformed `select`),
    401 and 403 (the caller's account does not see the user under the tenancy rule in the
    API description: the user has not joined it, or has joined another account too while
    its invitation into the caller's account is pending).

    Args:
        id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | User]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> ProblemDetails | User | None:
    """Get a user

     "Get a single user by ID." Use `select` to add fields that are omitted by default (they
    are listed in `$meta.omitted`) or to remove fields. Nested objects such as
    `currentAccount.groups` can be expanded too; the graph is circular, so each nested object
    carries its own `$meta.omitted`.

    Status codes: the real spec declares 200 and 404. This file adds 400 (malformed `select`),
    401 and 403 (the caller's account does not see the user under the tenancy rule in the
    API description: the user has not joined it, or has joined another account too while
    its invitation into the caller's account is pending).

    Args:
        id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | User
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            select=select,
        )
    ).parsed
