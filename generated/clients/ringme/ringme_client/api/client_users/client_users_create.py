from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_user import ClientUser
from ...models.client_user_create import ClientUserCreate
from ...models.ring_me_error import RingMeError
from ...types import Response


def _get_kwargs(
    client_id: str,
    *,
    body: ClientUserCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client/{client_id}/user/client/".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientUser | RingMeError | None:
    if response.status_code == 201:
        response_201 = ClientUser.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserCreate,
) -> Response[ClientUser | RingMeError]:
    """Add a new user of the "Client" level

     Creates a client-level user in the client `client_id`. `email`, `login`, `name` and
    `password` are required. `client_id` in the body is optional, because the path already
    names the client (see `ClientUserCreate`). A login already taken in the client
    (compared caselessly), or a client that already has 1,000 users, is refused with 400
    **[inferred]**.

    If `email_notify` is `true`, the new user's login data are e-mailed to
    `email_for_notify` when it is set, and otherwise to the calling user.

    The caller needs `full` access. A `read_only` user gets 403 `user_access_type_deny`.
    The administrator limits the number of users per level, so a create can also fail when
    the client has reached its limit. The response for that case is not documented
    **[inferred: 400]**.

    Args:
        client_id (str):
        body (ClientUserCreate): The request body for creating a client-level user.

            Required: `email`, `login`, `name` and `password`, as marked "yes" in the page's
            data-structure table. The same table also marks `client_id` as mandatory, but the
            page's POST "Request parameters" list leaves `client_id` out: the client comes from
            the `{client_id}` path segment. `client_id` is therefore optional here. If it is sent,
            it must name the same client as the path (the caller's own client when the path uses
            `@me`). The service's behaviour when they differ is not documented **[inferred]**.
            Unknown properties are rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | RingMeError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserCreate,
) -> ClientUser | RingMeError | None:
    """Add a new user of the "Client" level

     Creates a client-level user in the client `client_id`. `email`, `login`, `name` and
    `password` are required. `client_id` in the body is optional, because the path already
    names the client (see `ClientUserCreate`). A login already taken in the client
    (compared caselessly), or a client that already has 1,000 users, is refused with 400
    **[inferred]**.

    If `email_notify` is `true`, the new user's login data are e-mailed to
    `email_for_notify` when it is set, and otherwise to the calling user.

    The caller needs `full` access. A `read_only` user gets 403 `user_access_type_deny`.
    The administrator limits the number of users per level, so a create can also fail when
    the client has reached its limit. The response for that case is not documented
    **[inferred: 400]**.

    Args:
        client_id (str):
        body (ClientUserCreate): The request body for creating a client-level user.

            Required: `email`, `login`, `name` and `password`, as marked "yes" in the page's
            data-structure table. The same table also marks `client_id` as mandatory, but the
            page's POST "Request parameters" list leaves `client_id` out: the client comes from
            the `{client_id}` path segment. `client_id` is therefore optional here. If it is sent,
            it must name the same client as the path (the caller's own client when the path uses
            `@me`). The service's behaviour when they differ is not documented **[inferred]**.
            Unknown properties are rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUser | RingMeError
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserCreate,
) -> Response[ClientUser | RingMeError]:
    """Add a new user of the "Client" level

     Creates a client-level user in the client `client_id`. `email`, `login`, `name` and
    `password` are required. `client_id` in the body is optional, because the path already
    names the client (see `ClientUserCreate`). A login already taken in the client
    (compared caselessly), or a client that already has 1,000 users, is refused with 400
    **[inferred]**.

    If `email_notify` is `true`, the new user's login data are e-mailed to
    `email_for_notify` when it is set, and otherwise to the calling user.

    The caller needs `full` access. A `read_only` user gets 403 `user_access_type_deny`.
    The administrator limits the number of users per level, so a create can also fail when
    the client has reached its limit. The response for that case is not documented
    **[inferred: 400]**.

    Args:
        client_id (str):
        body (ClientUserCreate): The request body for creating a client-level user.

            Required: `email`, `login`, `name` and `password`, as marked "yes" in the page's
            data-structure table. The same table also marks `client_id` as mandatory, but the
            page's POST "Request parameters" list leaves `client_id` out: the client comes from
            the `{client_id}` path segment. `client_id` is therefore optional here. If it is sent,
            it must name the same client as the path (the caller's own client when the path uses
            `@me`). The service's behaviour when they differ is not documented **[inferred]**.
            Unknown properties are rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | RingMeError]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserCreate,
) -> ClientUser | RingMeError | None:
    """Add a new user of the "Client" level

     Creates a client-level user in the client `client_id`. `email`, `login`, `name` and
    `password` are required. `client_id` in the body is optional, because the path already
    names the client (see `ClientUserCreate`). A login already taken in the client
    (compared caselessly), or a client that already has 1,000 users, is refused with 400
    **[inferred]**.

    If `email_notify` is `true`, the new user's login data are e-mailed to
    `email_for_notify` when it is set, and otherwise to the calling user.

    The caller needs `full` access. A `read_only` user gets 403 `user_access_type_deny`.
    The administrator limits the number of users per level, so a create can also fail when
    the client has reached its limit. The response for that case is not documented
    **[inferred: 400]**.

    Args:
        client_id (str):
        body (ClientUserCreate): The request body for creating a client-level user.

            Required: `email`, `login`, `name` and `password`, as marked "yes" in the page's
            data-structure table. The same table also marks `client_id` as mandatory, but the
            page's POST "Request parameters" list leaves `client_id` out: the client comes from
            the `{client_id}` path segment. `client_id` is therefore optional here. If it is sent,
            it must name the same client as the path (the caller's own client when the path uses
            `@me`). The service's behaviour when they differ is not documented **[inferred]**.
            Unknown properties are rejected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUser | RingMeError
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
