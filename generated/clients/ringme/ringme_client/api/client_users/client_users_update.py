from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_user import ClientUser
from ...models.client_user_update import ClientUserUpdate
from ...models.ring_me_error import RingMeError
from ...types import Response


def _get_kwargs(
    client_id: str,
    user_id: int,
    *,
    body: ClientUserUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/client/{client_id}/user/client/{user_id}".format(
            client_id=quote(str(client_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = RingMeError.from_dict(response.json())

        return response_413

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
    body: ClientUserUpdate,
) -> Response[ClientUser | RingMeError]:
    """Update the "Client" level user

     Updates a client-level user. The page marks no request field as mandatory, so this PUT
    works as a partial update: every field is optional. Fields that are left out are
    presumably kept unchanged **[inferred]**. `login` and the owning client cannot be
    changed; this contract rejects them in the body (see `ClientUserUpdate`).

    To block a user, send `status: blocked`; to restrict a user to GET requests, send
    `access: read_only`. The caller needs `full` access (otherwise 403
    `user_access_type_deny`).

    Args:
        client_id (str):
        user_id (int):
        body (ClientUserUpdate): The request body for updating a client-level user (the page's PUT
            "Request
            parameters"). Every field is optional, and fields that are left out keep their current
            values **[inferred]**. `login` and `client_id` cannot be changed and are not accepted
            here. Unknown properties are rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | RingMeError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        user_id=user_id,
        body=body,
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
    body: ClientUserUpdate,
) -> ClientUser | RingMeError | None:
    """Update the "Client" level user

     Updates a client-level user. The page marks no request field as mandatory, so this PUT
    works as a partial update: every field is optional. Fields that are left out are
    presumably kept unchanged **[inferred]**. `login` and the owning client cannot be
    changed; this contract rejects them in the body (see `ClientUserUpdate`).

    To block a user, send `status: blocked`; to restrict a user to GET requests, send
    `access: read_only`. The caller needs `full` access (otherwise 403
    `user_access_type_deny`).

    Args:
        client_id (str):
        user_id (int):
        body (ClientUserUpdate): The request body for updating a client-level user (the page's PUT
            "Request
            parameters"). Every field is optional, and fields that are left out keep their current
            values **[inferred]**. `login` and `client_id` cannot be changed and are not accepted
            here. Unknown properties are rejected.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserUpdate,
) -> Response[ClientUser | RingMeError]:
    """Update the "Client" level user

     Updates a client-level user. The page marks no request field as mandatory, so this PUT
    works as a partial update: every field is optional. Fields that are left out are
    presumably kept unchanged **[inferred]**. `login` and the owning client cannot be
    changed; this contract rejects them in the body (see `ClientUserUpdate`).

    To block a user, send `status: blocked`; to restrict a user to GET requests, send
    `access: read_only`. The caller needs `full` access (otherwise 403
    `user_access_type_deny`).

    Args:
        client_id (str):
        user_id (int):
        body (ClientUserUpdate): The request body for updating a client-level user (the page's PUT
            "Request
            parameters"). Every field is optional, and fields that are left out keep their current
            values **[inferred]**. `login` and `client_id` cannot be changed and are not accepted
            here. Unknown properties are rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | RingMeError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserUpdate,
) -> ClientUser | RingMeError | None:
    """Update the "Client" level user

     Updates a client-level user. The page marks no request field as mandatory, so this PUT
    works as a partial update: every field is optional. Fields that are left out are
    presumably kept unchanged **[inferred]**. `login` and the owning client cannot be
    changed; this contract rejects them in the body (see `ClientUserUpdate`).

    To block a user, send `status: blocked`; to restrict a user to GET requests, send
    `access: read_only`. The caller needs `full` access (otherwise 403
    `user_access_type_deny`).

    Args:
        client_id (str):
        user_id (int):
        body (ClientUserUpdate): The request body for updating a client-level user (the page's PUT
            "Request
            parameters"). Every field is optional, and fields that are left out keep their current
            values **[inferred]**. `login` and `client_id` cannot be changed and are not accepted
            here. Unknown properties are rejected.

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
            body=body,
        )
    ).parsed
