from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_user import ClientUser
from ...models.ring_me_error import RingMeError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: str,
    *,
    login: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_login: list[str] | Unset = UNSET
    if not isinstance(login, Unset):
        json_login = login

    params["login"] = json_login

    json_id: list[int] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client/{client_id}/user/client/".format(
            client_id=quote(str(client_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RingMeError | list[ClientUser] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ClientUser.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[RingMeError | list[ClientUser]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    login: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> Response[RingMeError | list[ClientUser]]:
    """Get a list of "Client" level users

     Lists the client-level users of the client `client_id`. The body is a bare JSON array of
    `ClientUser` with no envelope **[inferred]**. The page documents no pagination, ordering
    or count parameters for this resource.

    The optional filters `login` and `id` take several values each. They are sent as
    repeated query keys, for example `?login=operator01&login=operator02&id=30512`
    (`style: form`, `explode: true`). This encoding is **[inferred]**: the page only gives
    the types `array [string]` and `array [integer]`. Several values of one filter probably
    match any of them, and the two filters together probably must both match **[inferred]**.

    Args:
        client_id (str):
        login (list[str] | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RingMeError | list[ClientUser]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        login=login,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    login: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> RingMeError | list[ClientUser] | None:
    """Get a list of "Client" level users

     Lists the client-level users of the client `client_id`. The body is a bare JSON array of
    `ClientUser` with no envelope **[inferred]**. The page documents no pagination, ordering
    or count parameters for this resource.

    The optional filters `login` and `id` take several values each. They are sent as
    repeated query keys, for example `?login=operator01&login=operator02&id=30512`
    (`style: form`, `explode: true`). This encoding is **[inferred]**: the page only gives
    the types `array [string]` and `array [integer]`. Several values of one filter probably
    match any of them, and the two filters together probably must both match **[inferred]**.

    Args:
        client_id (str):
        login (list[str] | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RingMeError | list[ClientUser]
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        login=login,
        id=id,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    login: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> Response[RingMeError | list[ClientUser]]:
    """Get a list of "Client" level users

     Lists the client-level users of the client `client_id`. The body is a bare JSON array of
    `ClientUser` with no envelope **[inferred]**. The page documents no pagination, ordering
    or count parameters for this resource.

    The optional filters `login` and `id` take several values each. They are sent as
    repeated query keys, for example `?login=operator01&login=operator02&id=30512`
    (`style: form`, `explode: true`). This encoding is **[inferred]**: the page only gives
    the types `array [string]` and `array [integer]`. Several values of one filter probably
    match any of them, and the two filters together probably must both match **[inferred]**.

    Args:
        client_id (str):
        login (list[str] | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RingMeError | list[ClientUser]]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        login=login,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    login: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> RingMeError | list[ClientUser] | None:
    """Get a list of "Client" level users

     Lists the client-level users of the client `client_id`. The body is a bare JSON array of
    `ClientUser` with no envelope **[inferred]**. The page documents no pagination, ordering
    or count parameters for this resource.

    The optional filters `login` and `id` take several values each. They are sent as
    repeated query keys, for example `?login=operator01&login=operator02&id=30512`
    (`style: form`, `explode: true`). This encoding is **[inferred]**: the page only gives
    the types `array [string]` and `array [integer]`. Several values of one filter probably
    match any of them, and the two filters together probably must both match **[inferred]**.

    Args:
        client_id (str):
        login (list[str] | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RingMeError | list[ClientUser]
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            login=login,
            id=id,
        )
    ).parsed
