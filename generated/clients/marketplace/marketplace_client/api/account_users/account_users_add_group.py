from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user import AccountUser
from ...models.problem_details import ProblemDetails
from ...models.user_group_reference import UserGroupReference
from ...types import Response


def _get_kwargs(
    account_id: str,
    user_id: str,
    *,
    body: UserGroupReference,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accounts/accounts/{account_id}/users/{user_id}/groups".format(
            account_id=quote(str(account_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

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
    body: UserGroupReference,
) -> Response[AccountUser | ProblemDetails]:
    """Add an account user to a user group

     Adds the user to one more user group of the account. The body is a group reference
    `{"id": "UGR-…"}`. The response is the updated account user.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        body (UserGroupReference): Reference to a user group by id (QA swagger: `UserGroupDto`).
            `id` is not marked required
            in the spec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUser | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
        body=body,
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
    body: UserGroupReference,
) -> AccountUser | ProblemDetails | None:
    """Add an account user to a user group

     Adds the user to one more user group of the account. The body is a group reference
    `{"id": "UGR-…"}`. The response is the updated account user.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        body (UserGroupReference): Reference to a user group by id (QA swagger: `UserGroupDto`).
            `id` is not marked required
            in the spec.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserGroupReference,
) -> Response[AccountUser | ProblemDetails]:
    """Add an account user to a user group

     Adds the user to one more user group of the account. The body is a group reference
    `{"id": "UGR-…"}`. The response is the updated account user.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        body (UserGroupReference): Reference to a user group by id (QA swagger: `UserGroupDto`).
            `id` is not marked required
            in the spec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUser | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserGroupReference,
) -> AccountUser | ProblemDetails | None:
    """Add an account user to a user group

     Adds the user to one more user group of the account. The body is a group reference
    `{"id": "UGR-…"}`. The response is the updated account user.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403.

    Args:
        account_id (str):
        user_id (str):
        body (UserGroupReference): Reference to a user group by id (QA swagger: `UserGroupDto`).
            `id` is not marked required
            in the spec.

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
            body=body,
        )
    ).parsed
