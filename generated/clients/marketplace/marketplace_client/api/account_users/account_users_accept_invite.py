from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_user_legacy import AccountUserLegacy
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    account_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accounts/accounts/{account_id}/users/{user_id}/accept-invite".format(
            account_id=quote(str(account_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountUserLegacy | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = AccountUserLegacy.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountUserLegacy | ProblemDetails]:
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
) -> Response[AccountUserLegacy | ProblemDetails]:
    """Accept an account invitation

     "Accepts the user invitation to the account." The request has no body. Afterwards
    `invitation.status` is `Active` and `audit.joined.at` is set. As declared in the real
    spec, the response is the legacy account-user representation.

    Only the invited user (`{userId}` itself, with a token of any account) or an operations
    account may accept: the docs have the user accept through the invitation's link, and
    the inviting account may not accept on the user's behalf.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller is neither the invited user nor an operations account).

    Args:
        account_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserLegacy | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
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
) -> AccountUserLegacy | ProblemDetails | None:
    """Accept an account invitation

     "Accepts the user invitation to the account." The request has no body. Afterwards
    `invitation.status` is `Active` and `audit.joined.at` is set. As declared in the real
    spec, the response is the legacy account-user representation.

    Only the invited user (`{userId}` itself, with a token of any account) or an operations
    account may accept: the docs have the user accept through the invitation's link, and
    the inviting account may not accept on the user's behalf.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller is neither the invited user nor an operations account).

    Args:
        account_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserLegacy | ProblemDetails
    """

    return sync_detailed(
        account_id=account_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountUserLegacy | ProblemDetails]:
    """Accept an account invitation

     "Accepts the user invitation to the account." The request has no body. Afterwards
    `invitation.status` is `Active` and `audit.joined.at` is set. As declared in the real
    spec, the response is the legacy account-user representation.

    Only the invited user (`{userId}` itself, with a token of any account) or an operations
    account may accept: the docs have the user accept through the invitation's link, and
    the inviting account may not accept on the user's behalf.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller is neither the invited user nor an operations account).

    Args:
        account_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountUserLegacy | ProblemDetails]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AccountUserLegacy | ProblemDetails | None:
    """Accept an account invitation

     "Accepts the user invitation to the account." The request has no body. Afterwards
    `invitation.status` is `Active` and `audit.joined.at` is set. As declared in the real
    spec, the response is the legacy account-user representation.

    Only the invited user (`{userId}` itself, with a token of any account) or an operations
    account may accept: the docs have the user accept through the invitation's link, and
    the inviting account may not accept on the user's behalf.

    Status codes: the real spec declares 200, 400 and 404. This file adds 401 and 403 (the
    caller is neither the invited user nor an operations account).

    Args:
        account_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountUserLegacy | ProblemDetails
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
