from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ring_me_error import RingMeError
from ...types import Response


def _get_kwargs(
    client_id: str,
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/client/{client_id}/user/client/{user_id}".format(
            client_id=quote(str(client_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | RingMeError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | RingMeError]:
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
) -> Response[Any | RingMeError]:
    """Delete the "Client" level user

     Deletes a client-level user. The success response is 204 with no body.

    Every client has a "first" client-level user, the client administrator, and that user
    cannot be deleted ("Users and Permissions"). The response to such a request is not
    documented. This contract uses **403 with `status` `access_denied`** **[inferred]**,
    for these reasons:
    * the request is well-formed, so 400 ("bad input") does not fit;
    * RingMe's documented error table gives 403 `access_denied` for "this user has no right
      of access to the requested resource", and nobody may delete the client admin;
    * the documented 4xx table has no 400 or 409 entry for business rules.
    Clients should also be ready to get a 400 for this case.

    The caller needs `full` access (otherwise 403 `user_access_type_deny`). A `user_id` that is
    not an integer in the int64 range gives 400 **[inferred]**.

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RingMeError]
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
) -> Any | RingMeError | None:
    """Delete the "Client" level user

     Deletes a client-level user. The success response is 204 with no body.

    Every client has a "first" client-level user, the client administrator, and that user
    cannot be deleted ("Users and Permissions"). The response to such a request is not
    documented. This contract uses **403 with `status` `access_denied`** **[inferred]**,
    for these reasons:
    * the request is well-formed, so 400 ("bad input") does not fit;
    * RingMe's documented error table gives 403 `access_denied` for "this user has no right
      of access to the requested resource", and nobody may delete the client admin;
    * the documented 4xx table has no 400 or 409 entry for business rules.
    Clients should also be ready to get a 400 for this case.

    The caller needs `full` access (otherwise 403 `user_access_type_deny`). A `user_id` that is
    not an integer in the int64 range gives 400 **[inferred]**.

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RingMeError
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
) -> Response[Any | RingMeError]:
    """Delete the "Client" level user

     Deletes a client-level user. The success response is 204 with no body.

    Every client has a "first" client-level user, the client administrator, and that user
    cannot be deleted ("Users and Permissions"). The response to such a request is not
    documented. This contract uses **403 with `status` `access_denied`** **[inferred]**,
    for these reasons:
    * the request is well-formed, so 400 ("bad input") does not fit;
    * RingMe's documented error table gives 403 `access_denied` for "this user has no right
      of access to the requested resource", and nobody may delete the client admin;
    * the documented 4xx table has no 400 or 409 entry for business rules.
    Clients should also be ready to get a 400 for this case.

    The caller needs `full` access (otherwise 403 `user_access_type_deny`). A `user_id` that is
    not an integer in the int64 range gives 400 **[inferred]**.

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RingMeError]
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
) -> Any | RingMeError | None:
    """Delete the "Client" level user

     Deletes a client-level user. The success response is 204 with no body.

    Every client has a "first" client-level user, the client administrator, and that user
    cannot be deleted ("Users and Permissions"). The response to such a request is not
    documented. This contract uses **403 with `status` `access_denied`** **[inferred]**,
    for these reasons:
    * the request is well-formed, so 400 ("bad input") does not fit;
    * RingMe's documented error table gives 403 `access_denied` for "this user has no right
      of access to the requested resource", and nobody may delete the client admin;
    * the documented 4xx table has no 400 or 409 entry for business rules.
    Clients should also be ready to get a 400 for this case.

    The caller needs `full` access (otherwise 403 `user_access_type_deny`). A `user_id` that is
    not an integer in the int64 range gives 400 **[inferred]**.

    Args:
        client_id (str):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RingMeError
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
