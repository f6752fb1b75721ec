from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user_legacy import AccountUserLegacy
from ...models.create_account_user import CreateAccountUser
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAccountUser,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accounts/account-users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUserLegacy | ProblemDetails | None:
    if response.status_code == 201:
        response_201 = AccountUserLegacy.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountUserLegacy | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> Response[AccountUserLegacy | ProblemDetails]:
    """Invite a user into an account (legacy collection)

     Creates an account user in the account named by `account.id` and sends the invitation
    e-mail. The body (`CreateAccountUserDto`) is the same as for the account sub-collection.

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401 and 403.

    Args:
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserLegacy | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> AccountUserLegacy | ProblemDetails | None:
    """Invite a user into an account (legacy collection)

     Creates an account user in the account named by `account.id` and sends the invitation
    e-mail. The body (`CreateAccountUserDto`) is the same as for the account sub-collection.

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401 and 403.

    Args:
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserLegacy | ProblemDetails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> Response[AccountUserLegacy | ProblemDetails]:
    """Invite a user into an account (legacy collection)

     Creates an account user in the account named by `account.id` and sends the invitation
    e-mail. The body (`CreateAccountUserDto`) is the same as for the account sub-collection.

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401 and 403.

    Args:
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserLegacy | ProblemDetails]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> AccountUserLegacy | ProblemDetails | None:
    """Invite a user into an account (legacy collection)

     Creates an account user in the account named by `account.id` and sends the invitation
    e-mail. The body (`CreateAccountUserDto`) is the same as for the account sub-collection.

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401 and 403.

    Args:
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserLegacy | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
