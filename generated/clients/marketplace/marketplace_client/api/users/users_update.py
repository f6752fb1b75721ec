import secrets
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.user import User
from ...models.user_update import UserUpdate
from ...models.user_update_form import UserUpdateForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: UserUpdate | UserUpdateForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/accounts/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, UserUpdate):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, UserUpdateForm):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        boundary = secrets.token_hex(16)
        headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        if not _kwargs.get("files"):
            # httpx sends no body for an empty list of parts; a form with no fields is the closing delimiter.
            _kwargs.pop("files", None)
            _kwargs["content"] = f"--{boundary}--\r\n".encode()

    _kwargs["headers"] = headers
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

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

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
    body: UserUpdate | UserUpdateForm | Unset = UNSET,
) -> Response[ProblemDetails | User]:
    """Update a user

     "Update a user." Only the fields that are sent change. The change is applied through an
    ASP.NET `Delta<User>` binder, which the real spec exposes as `UserQueryModelDelta`.
    Two body forms are accepted:

    * `application/json`: the partial user (`UserUpdate`).
    * `multipart/form-data`: a part `user` with the same JSON object (`application/json`),
      plus an optional file part `icon` with the new user icon. The official Python client
      always uses this form.

    Read-only fields (`id`, `href`, `audit`, `name`, `icon`, `accounts`, …) cannot be set.
    As in the real spec, the body is not marked required.

    Only the user itself, an operations account, or a client or vendor account that manages
    the user (tenancy rule in the API description: it sees the user and the user has joined
    no other account) may change it.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller's account does not manage the user; nothing is changed).

    Args:
        id (str):
        body (UserUpdate | Unset): Partial user for `PUT /v1/accounts/users/{id}`. Every field is
            optional, and only the
            fields that are sent change. The real spec wraps this in `UserQueryModelDelta`
            (`{node, path, data: UserQueryModel, isDefined}`), which is Swashbuckle's rendering of an
            ASP.NET `Delta<T>` binder. The official Python client sends this plain object. The
            fields are those the client sends. Length limits come from the create DTOs of the same
            spec (`UserProfileDto`, `SetPhoneNumberDto`, `SetUserSettingsDto`), because the
            `Delta<UserQueryModel>` declares none.
        body (UserUpdateForm | Unset): Multipart form of `PUT /v1/accounts/users/{id}`. The real
            spec flattens the `user` part
            into about 100 `User.Data.*` form fields of the `Delta<T>` binder. The official client
            sends a single `user` part holding the JSON partial user, plus the optional `icon` file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | User]
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
    body: UserUpdate | UserUpdateForm | Unset = UNSET,
) -> ProblemDetails | User | None:
    """Update a user

     "Update a user." Only the fields that are sent change. The change is applied through an
    ASP.NET `Delta<User>` binder, which the real spec exposes as `UserQueryModelDelta`.
    Two body forms are accepted:

    * `application/json`: the partial user (`UserUpdate`).
    * `multipart/form-data`: a part `user` with the same JSON object (`application/json`),
      plus an optional file part `icon` with the new user icon. The official Python client
      always uses this form.

    Read-only fields (`id`, `href`, `audit`, `name`, `icon`, `accounts`, …) cannot be set.
    As in the real spec, the body is not marked required.

    Only the user itself, an operations account, or a client or vendor account that manages
    the user (tenancy rule in the API description: it sees the user and the user has joined
    no other account) may change it.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller's account does not manage the user; nothing is changed).

    Args:
        id (str):
        body (UserUpdate | Unset): Partial user for `PUT /v1/accounts/users/{id}`. Every field is
            optional, and only the
            fields that are sent change. The real spec wraps this in `UserQueryModelDelta`
            (`{node, path, data: UserQueryModel, isDefined}`), which is Swashbuckle's rendering of an
            ASP.NET `Delta<T>` binder. The official Python client sends this plain object. The
            fields are those the client sends. Length limits come from the create DTOs of the same
            spec (`UserProfileDto`, `SetPhoneNumberDto`, `SetUserSettingsDto`), because the
            `Delta<UserQueryModel>` declares none.
        body (UserUpdateForm | Unset): Multipart form of `PUT /v1/accounts/users/{id}`. The real
            spec flattens the `user` part
            into about 100 `User.Data.*` form fields of the `Delta<T>` binder. The official client
            sends a single `user` part holding the JSON partial user, plus the optional `icon` file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | User
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
    body: UserUpdate | UserUpdateForm | Unset = UNSET,
) -> Response[ProblemDetails | User]:
    """Update a user

     "Update a user." Only the fields that are sent change. The change is applied through an
    ASP.NET `Delta<User>` binder, which the real spec exposes as `UserQueryModelDelta`.
    Two body forms are accepted:

    * `application/json`: the partial user (`UserUpdate`).
    * `multipart/form-data`: a part `user` with the same JSON object (`application/json`),
      plus an optional file part `icon` with the new user icon. The official Python client
      always uses this form.

    Read-only fields (`id`, `href`, `audit`, `name`, `icon`, `accounts`, …) cannot be set.
    As in the real spec, the body is not marked required.

    Only the user itself, an operations account, or a client or vendor account that manages
    the user (tenancy rule in the API description: it sees the user and the user has joined
    no other account) may change it.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller's account does not manage the user; nothing is changed).

    Args:
        id (str):
        body (UserUpdate | Unset): Partial user for `PUT /v1/accounts/users/{id}`. Every field is
            optional, and only the
            fields that are sent change. The real spec wraps this in `UserQueryModelDelta`
            (`{node, path, data: UserQueryModel, isDefined}`), which is Swashbuckle's rendering of an
            ASP.NET `Delta<T>` binder. The official Python client sends this plain object. The
            fields are those the client sends. Length limits come from the create DTOs of the same
            spec (`UserProfileDto`, `SetPhoneNumberDto`, `SetUserSettingsDto`), because the
            `Delta<UserQueryModel>` declares none.
        body (UserUpdateForm | Unset): Multipart form of `PUT /v1/accounts/users/{id}`. The real
            spec flattens the `user` part
            into about 100 `User.Data.*` form fields of the `Delta<T>` binder. The official client
            sends a single `user` part holding the JSON partial user, plus the optional `icon` file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | User]
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
    body: UserUpdate | UserUpdateForm | Unset = UNSET,
) -> ProblemDetails | User | None:
    """Update a user

     "Update a user." Only the fields that are sent change. The change is applied through an
    ASP.NET `Delta<User>` binder, which the real spec exposes as `UserQueryModelDelta`.
    Two body forms are accepted:

    * `application/json`: the partial user (`UserUpdate`).
    * `multipart/form-data`: a part `user` with the same JSON object (`application/json`),
      plus an optional file part `icon` with the new user icon. The official Python client
      always uses this form.

    Read-only fields (`id`, `href`, `audit`, `name`, `icon`, `accounts`, …) cannot be set.
    As in the real spec, the body is not marked required.

    Only the user itself, an operations account, or a client or vendor account that manages
    the user (tenancy rule in the API description: it sees the user and the user has joined
    no other account) may change it.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller's account does not manage the user; nothing is changed).

    Args:
        id (str):
        body (UserUpdate | Unset): Partial user for `PUT /v1/accounts/users/{id}`. Every field is
            optional, and only the
            fields that are sent change. The real spec wraps this in `UserQueryModelDelta`
            (`{node, path, data: UserQueryModel, isDefined}`), which is Swashbuckle's rendering of an
            ASP.NET `Delta<T>` binder. The official Python client sends this plain object. The
            fields are those the client sends. Length limits come from the create DTOs of the same
            spec (`UserProfileDto`, `SetPhoneNumberDto`, `SetUserSettingsDto`), because the
            `Delta<UserQueryModel>` declares none.
        body (UserUpdateForm | Unset): Multipart form of `PUT /v1/accounts/users/{id}`. The real
            spec flattens the `user` part
            into about 100 `User.Data.*` form fields of the `Delta<T>` binder. The official client
            sends a single `user` part holding the JSON partial user, plus the optional `icon` file.

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
            body=body,
        )
    ).parsed
