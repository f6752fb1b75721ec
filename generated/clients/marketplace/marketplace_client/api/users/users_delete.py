from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/accounts/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetails | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ProblemDetails]:
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
) -> Response[Any | ProblemDetails]:
    """Delete a user

     Deletes the user from the platform. The user state diagram has a `Deleted` state for
    users that no longer exist: the user ends all its account memberships and is no longer
    found (404). The response has no body. The docs' access table does not list deletion;
    since a user spans accounts, this file treats it like block and unblock:
    **operations accounts only** (vendor and client callers get 403, and remove a user
    from their own account with the account-user delete instead). Deleting oneself is a 400.

    Status codes: the real spec declares 204, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ProblemDetails | None:
    """Delete a user

     Deletes the user from the platform. The user state diagram has a `Deleted` state for
    users that no longer exist: the user ends all its account memberships and is no longer
    found (404). The response has no body. The docs' access table does not list deletion;
    since a user spans accounts, this file treats it like block and unblock:
    **operations accounts only** (vendor and client callers get 403, and remove a user
    from their own account with the account-user delete instead). Deleting oneself is a 400.

    Status codes: the real spec declares 204, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ProblemDetails]:
    """Delete a user

     Deletes the user from the platform. The user state diagram has a `Deleted` state for
    users that no longer exist: the user ends all its account memberships and is no longer
    found (404). The response has no body. The docs' access table does not list deletion;
    since a user spans accounts, this file treats it like block and unblock:
    **operations accounts only** (vendor and client callers get 403, and remove a user
    from their own account with the account-user delete instead). Deleting oneself is a 400.

    Status codes: the real spec declares 204, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetails]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ProblemDetails | None:
    """Delete a user

     Deletes the user from the platform. The user state diagram has a `Deleted` state for
    users that no longer exist: the user ends all its account memberships and is no longer
    found (404). The response has no body. The docs' access table does not list deletion;
    since a user spans accounts, this file treats it like block and unblock:
    **operations accounts only** (vendor and client callers get 403, and remove a user
    from their own account with the account-user delete instead). Deleting oneself is a 400.

    Status codes: the real spec declares 204, 400 and 404. This file adds 401 and 403.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetails
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
