from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_user import ClientUser
from ...models.ring_me_error import RingMeError
from ...types import Response


def _get_kwargs(
    client_id: str,
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client/{client_id}/user/client/{user_id}".format(
            client_id=quote(str(client_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientUser | RingMeError | None:
    if response.status_code == 200:
        response_200 = ClientUser.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RingMeError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RingMeError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RingMeError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RingMeError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RingMeError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientUser | RingMeError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ClientUser | RingMeError]:
    """Request user parameters of the "Client" level

     Returns one client-level user of the client `client_id`. An unknown `user_id` gives 404,
    with `status` `user_not_found` **[inferred]** or without a `status`.
    A `user_id` that is not an integer in the int64 range, or a malformed `client_id`, gives
    400 **[inferred]** (the page documents no codes per method).

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | RingMeError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ClientUser | RingMeError | None:
    """Request user parameters of the "Client" level

     Returns one client-level user of the client `client_id`. An unknown `user_id` gives 404,
    with `status` `user_not_found` **[inferred]** or without a `status`.
    A `user_id` that is not an integer in the int64 range, or a malformed `client_id`, gives
    400 **[inferred]** (the page documents no codes per method).

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUser | RingMeError
    """

    return sync_detailed(
        client_id=client_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ClientUser | RingMeError]:
    """Request user parameters of the "Client" level

     Returns one client-level user of the client `client_id`. An unknown `user_id` gives 404,
    with `status` `user_not_found` **[inferred]** or without a `status`.
    A `user_id` that is not an integer in the int64 range, or a malformed `client_id`, gives
    400 **[inferred]** (the page documents no codes per method).

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | RingMeError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ClientUser | RingMeError | None:
    """Request user parameters of the "Client" level

     Returns one client-level user of the client `client_id`. An unknown `user_id` gives 404,
    with `status` `user_not_found` **[inferred]** or without a `status`.
    A `user_id` that is not an integer in the int64 range, or a malformed `client_id`, gives
    400 **[inferred]** (the page documents no codes per method).

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUser | RingMeError
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
