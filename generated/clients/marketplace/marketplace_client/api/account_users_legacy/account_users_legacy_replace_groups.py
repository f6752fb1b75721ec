from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user_legacy import AccountUserLegacy
from ...models.problem_details import ProblemDetails
from ...models.user_group_reference import UserGroupReference
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: list[UserGroupReference],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/accounts/account-users/{id}/groups".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUserLegacy | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AccountUserLegacy.from_dict(response.json())

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[UserGroupReference],
) -> Response[AccountUserLegacy | ProblemDetails]:
    """Replace an account user's user groups (legacy collection)

     Replaces the account user's group memberships with the given list of group references.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):
        body (list[UserGroupReference]): The complete new list of groups of the account user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserLegacy | ProblemDetails]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[UserGroupReference],
) -> AccountUserLegacy | ProblemDetails | None:
    """Replace an account user's user groups (legacy collection)

     Replaces the account user's group memberships with the given list of group references.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):
        body (list[UserGroupReference]): The complete new list of groups of the account user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserLegacy | ProblemDetails
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[UserGroupReference],
) -> Response[AccountUserLegacy | ProblemDetails]:
    """Replace an account user's user groups (legacy collection)

     Replaces the account user's group memberships with the given list of group references.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):
        body (list[UserGroupReference]): The complete new list of groups of the account user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserLegacy | ProblemDetails]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[UserGroupReference],
) -> AccountUserLegacy | ProblemDetails | None:
    """Replace an account user's user groups (legacy collection)

     Replaces the account user's group memberships with the given list of group references.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):
        body (list[UserGroupReference]): The complete new list of groups of the account user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserLegacy | ProblemDetails
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
