from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user import AccountUser
from ...models.create_account_user import CreateAccountUser
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    account_id: str,
    *,
    body: CreateAccountUser,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accounts/accounts/{account_id}/users".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUser | ProblemDetails | None:
    if response.status_code == 201:
        response_201 = AccountUser.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> Response[AccountUser | ProblemDetails]:
    """Invite a user into an account

     Creates an account user. The user with that e-mail is created if needed, added to the
    account and the given user groups (at least one), and sent an invitation e-mail. The
    new account user has `invitation.status` `Invited` until the invitation is accepted.
    The invitation expires after 7 days. `account.id` in the body names the target account.
    The official client sends the same id as in the path.

    Inviting the e-mail of an existing user of other accounts is allowed and grants the
    inviting account nothing until the user accepts (tenancy rule in the API description):
    the answer's `user` is `{id, href, email}` only, and the user's profile is not changed
    (`firstName`, `lastName`, `phone` and `settings` in the body are used only for a new user).

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUser | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> AccountUser | ProblemDetails | None:
    """Invite a user into an account

     Creates an account user. The user with that e-mail is created if needed, added to the
    account and the given user groups (at least one), and sent an invitation e-mail. The
    new account user has `invitation.status` `Invited` until the invitation is accepted.
    The invitation expires after 7 days. `account.id` in the body names the target account.
    The official client sends the same id as in the path.

    Inviting the e-mail of an existing user of other accounts is allowed and grants the
    inviting account nothing until the user accepts (tenancy rule in the API description):
    the answer's `user` is `{id, href, email}` only, and the user's profile is not changed
    (`firstName`, `lastName`, `phone` and `settings` in the body are used only for a new user).

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUser | ProblemDetails
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> Response[AccountUser | ProblemDetails]:
    """Invite a user into an account

     Creates an account user. The user with that e-mail is created if needed, added to the
    account and the given user groups (at least one), and sent an invitation e-mail. The
    new account user has `invitation.status` `Invited` until the invitation is accepted.
    The invitation expires after 7 days. `account.id` in the body names the target account.
    The official client sends the same id as in the path.

    Inviting the e-mail of an existing user of other accounts is allowed and grants the
    inviting account nothing until the user accepts (tenancy rule in the API description):
    the answer's `user` is `{id, href, email}` only, and the user's profile is not changed
    (`firstName`, `lastName`, `phone` and `settings` in the body are used only for a new user).

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUser | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAccountUser,
) -> AccountUser | ProblemDetails | None:
    """Invite a user into an account

     Creates an account user. The user with that e-mail is created if needed, added to the
    account and the given user groups (at least one), and sent an invitation e-mail. The
    new account user has `invitation.status` `Invited` until the invitation is accepted.
    The invitation expires after 7 days. `account.id` in the body names the target account.
    The official client sends the same id as in the path.

    Inviting the e-mail of an existing user of other accounts is allowed and grants the
    inviting account nothing until the user accepts (tenancy rule in the API description):
    the answer's `user` is `{id, href, email}` only, and the user's profile is not changed
    (`firstName`, `lastName`, `phone` and `settings` in the body are used only for a new user).

    Status codes: the real spec declares 201 and 400 (validation, e.g. no `groups`). This file
    adds 401, 403 and 404 (unknown account).

    Args:
        account_id (str):
        body (CreateAccountUser): Body of account-user creation in both collections (QA swagger:
            `CreateAccountUserDto`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUser | ProblemDetails
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
