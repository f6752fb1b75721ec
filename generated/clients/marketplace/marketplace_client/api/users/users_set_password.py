from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.set_password import SetPassword
from ...models.user import User
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: SetPassword,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accounts/users/{id}/set-password".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: SetPassword,
) -> Response[ProblemDetails | User]:
    """Set a user's password

     "Set passwords for non-SSO users during onboarding." The password is write-only and is
    never returned. Only the user itself, an operations account, or a client or vendor
    account that manages the user (tenancy rule in the API description) may set it: an
    invitation the user has not accepted gives the inviter no say over its password.

    Status codes: the real spec declares 200 and 400 (e.g. an empty password). This file
    adds 401, 403 (the caller's account does not manage the user; the password is not
    changed) and 404 (unknown user id).

    Args:
        id (str):
        body (SetPassword): Body of `POST /v1/accounts/users/{id}/set-password` (QA swagger:
            `SetPasswordDto`).

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
    body: SetPassword,
) -> ProblemDetails | User | None:
    """Set a user's password

     "Set passwords for non-SSO users during onboarding." The password is write-only and is
    never returned. Only the user itself, an operations account, or a client or vendor
    account that manages the user (tenancy rule in the API description) may set it: an
    invitation the user has not accepted gives the inviter no say over its password.

    Status codes: the real spec declares 200 and 400 (e.g. an empty password). This file
    adds 401, 403 (the caller's account does not manage the user; the password is not
    changed) and 404 (unknown user id).

    Args:
        id (str):
        body (SetPassword): Body of `POST /v1/accounts/users/{id}/set-password` (QA swagger:
            `SetPasswordDto`).

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
    body: SetPassword,
) -> Response[ProblemDetails | User]:
    """Set a user's password

     "Set passwords for non-SSO users during onboarding." The password is write-only and is
    never returned. Only the user itself, an operations account, or a client or vendor
    account that manages the user (tenancy rule in the API description) may set it: an
    invitation the user has not accepted gives the inviter no say over its password.

    Status codes: the real spec declares 200 and 400 (e.g. an empty password). This file
    adds 401, 403 (the caller's account does not manage the user; the password is not
    changed) and 404 (unknown user id).

    Args:
        id (str):
        body (SetPassword): Body of `POST /v1/accounts/users/{id}/set-password` (QA swagger:
            `SetPasswordDto`).

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
    body: SetPassword,
) -> ProblemDetails | User | None:
    """Set a user's password

     "Set passwords for non-SSO users during onboarding." The password is write-only and is
    never returned. Only the user itself, an operations account, or a client or vendor
    account that manages the user (tenancy rule in the API description) may set it: an
    invitation the user has not accepted gives the inviter no say over its password.

    Status codes: the real spec declares 200 and 400 (e.g. an empty password). This file
    adds 401, 403 (the caller's account does not manage the user; the password is not
    changed) and 404 (unknown user id).

    Args:
        id (str):
        body (SetPassword): Body of `POST /v1/accounts/users/{id}/set-password` (QA swagger:
            `SetPasswordDto`).

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
