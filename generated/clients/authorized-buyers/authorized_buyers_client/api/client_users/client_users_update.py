from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alt import Alt
from ...models.client_user import ClientUser
from ...models.google_error import GoogleError
from ...models.xgafv import Xgafv
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    client_account_id: str,
    user_id: str,
    *,
    body: ClientUser,
    xgafv: Xgafv | Unset = UNSET,
    access_token: str | Unset = UNSET,
    alt: Alt | Unset = UNSET,
    callback: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    key: str | Unset = UNSET,
    oauth_token: str | Unset = UNSET,
    pretty_print: bool | Unset = True,
    quota_user: str | Unset = UNSET,
    upload_protocol: str | Unset = UNSET,
    upload_type: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_xgafv: str | Unset = UNSET
    if not isinstance(xgafv, Unset):
        json_xgafv = xgafv.value

    params["$.xgafv"] = json_xgafv

    params["access_token"] = access_token

    json_alt: str | Unset = UNSET
    if not isinstance(alt, Unset):
        json_alt = alt.value

    params["alt"] = json_alt

    params["callback"] = callback

    params["fields"] = fields

    params["key"] = key

    params["oauth_token"] = oauth_token

    params["prettyPrint"] = pretty_print

    params["quotaUser"] = quota_user

    params["upload_protocol"] = upload_protocol

    params["uploadType"] = upload_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{account_id}/clients/{client_account_id}/users/{user_id}".format(
            account_id=quote(str(account_id), safe=""),
            client_account_id=quote(str(client_account_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientUser | GoogleError | None:
    if response.status_code == 200:
        response_200 = ClientUser.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GoogleError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GoogleError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GoogleError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GoogleError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GoogleError.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = GoogleError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GoogleError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GoogleError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientUser | GoogleError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    client_account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUser,
    xgafv: Xgafv | Unset = UNSET,
    access_token: str | Unset = UNSET,
    alt: Alt | Unset = UNSET,
    callback: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    key: str | Unset = UNSET,
    oauth_token: str | Unset = UNSET,
    pretty_print: bool | Unset = True,
    quota_user: str | Unset = UNSET,
    upload_protocol: str | Unset = UNSET,
    upload_type: str | Unset = UNSET,
) -> Response[ClientUser | GoogleError]:
    """Update a client user's status

     Updates an existing client user. Only the user status can be changed on update.
    (`adexchangebuyer2.accounts.clients.users.update`, **PUT**
    `v2beta1/accounts/{accountId}/clients/{clientAccountId}/users/{userId}`.)

    The body is a full `ClientUser`, but the values of `userId`, `clientAccountId` and `email`
    are ignored (the user is identified by the path), which is why they are `readOnly` here;
    sending them back unchanged is harmless. Which status transitions the service accepts
    (for example `ACTIVE` ↔ `DISABLED`, as opposed to setting `PENDING`) is not documented.
    The response is the updated user.

    Args:
        account_id (str):
        client_account_id (str):
        user_id (str):
        xgafv (Xgafv | Unset): Error format selector for the `$.xgafv` system parameter:
            - `1`: v1 error format
            - `2`: v2 error format
        access_token (str | Unset):
        alt (Alt | Unset): Data format for response (`alt` system parameter):
            - `json`: Responses with Content-Type of application/json
            - `media`: Media download with context-dependent Content-Type
            - `proto`: Responses with Content-Type of application/x-protobuf

            Only `json` is described by this spec.
        callback (str | Unset):
        fields (str | Unset):
        key (str | Unset):
        oauth_token (str | Unset):
        pretty_print (bool | Unset):  Default: True.
        quota_user (str | Unset):
        upload_protocol (str | Unset):
        upload_type (str | Unset):
        body (ClientUser): A client user is created under a client buyer and has restricted access
            to the Marketplace
            and certain other sections of the Authorized Buyers UI based on the role granted to the
            associated client buyer. The only way a new client user can be created is through
            accepting an email invitation (see the accounts.clients.invitations.create method). All
            fields are required unless otherwise specified.

            (In this spec only `status` is in `required`: `userId`, `clientAccountId` and `email` are
            ignored in an update, the only request that carries a `ClientUser`, so they are
            `readOnly`; a user that has not accepted its invitation yet may have no `userId`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | GoogleError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_account_id=client_account_id,
        user_id=user_id,
        body=body,
        xgafv=xgafv,
        access_token=access_token,
        alt=alt,
        callback=callback,
        fields=fields,
        key=key,
        oauth_token=oauth_token,
        pretty_print=pretty_print,
        quota_user=quota_user,
        upload_protocol=upload_protocol,
        upload_type=upload_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    client_account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUser,
    xgafv: Xgafv | Unset = UNSET,
    access_token: str | Unset = UNSET,
    alt: Alt | Unset = UNSET,
    callback: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    key: str | Unset = UNSET,
    oauth_token: str | Unset = UNSET,
    pretty_print: bool | Unset = True,
    quota_user: str | Unset = UNSET,
    upload_protocol: str | Unset = UNSET,
    upload_type: str | Unset = UNSET,
) -> ClientUser | GoogleError | None:
    """Update a client user's status

     Updates an existing client user. Only the user status can be changed on update.
    (`adexchangebuyer2.accounts.clients.users.update`, **PUT**
    `v2beta1/accounts/{accountId}/clients/{clientAccountId}/users/{userId}`.)

    The body is a full `ClientUser`, but the values of `userId`, `clientAccountId` and `email`
    are ignored (the user is identified by the path), which is why they are `readOnly` here;
    sending them back unchanged is harmless. Which status transitions the service accepts
    (for example `ACTIVE` ↔ `DISABLED`, as opposed to setting `PENDING`) is not documented.
    The response is the updated user.

    Args:
        account_id (str):
        client_account_id (str):
        user_id (str):
        xgafv (Xgafv | Unset): Error format selector for the `$.xgafv` system parameter:
            - `1`: v1 error format
            - `2`: v2 error format
        access_token (str | Unset):
        alt (Alt | Unset): Data format for response (`alt` system parameter):
            - `json`: Responses with Content-Type of application/json
            - `media`: Media download with context-dependent Content-Type
            - `proto`: Responses with Content-Type of application/x-protobuf

            Only `json` is described by this spec.
        callback (str | Unset):
        fields (str | Unset):
        key (str | Unset):
        oauth_token (str | Unset):
        pretty_print (bool | Unset):  Default: True.
        quota_user (str | Unset):
        upload_protocol (str | Unset):
        upload_type (str | Unset):
        body (ClientUser): A client user is created under a client buyer and has restricted access
            to the Marketplace
            and certain other sections of the Authorized Buyers UI based on the role granted to the
            associated client buyer. The only way a new client user can be created is through
            accepting an email invitation (see the accounts.clients.invitations.create method). All
            fields are required unless otherwise specified.

            (In this spec only `status` is in `required`: `userId`, `clientAccountId` and `email` are
            ignored in an update, the only request that carries a `ClientUser`, so they are
            `readOnly`; a user that has not accepted its invitation yet may have no `userId`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUser | GoogleError
    """

    return sync_detailed(
        account_id=account_id,
        client_account_id=client_account_id,
        user_id=user_id,
        client=client,
        body=body,
        xgafv=xgafv,
        access_token=access_token,
        alt=alt,
        callback=callback,
        fields=fields,
        key=key,
        oauth_token=oauth_token,
        pretty_print=pretty_print,
        quota_user=quota_user,
        upload_protocol=upload_protocol,
        upload_type=upload_type,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    client_account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUser,
    xgafv: Xgafv | Unset = UNSET,
    access_token: str | Unset = UNSET,
    alt: Alt | Unset = UNSET,
    callback: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    key: str | Unset = UNSET,
    oauth_token: str | Unset = UNSET,
    pretty_print: bool | Unset = True,
    quota_user: str | Unset = UNSET,
    upload_protocol: str | Unset = UNSET,
    upload_type: str | Unset = UNSET,
) -> Response[ClientUser | GoogleError]:
    """Update a client user's status

     Updates an existing client user. Only the user status can be changed on update.
    (`adexchangebuyer2.accounts.clients.users.update`, **PUT**
    `v2beta1/accounts/{accountId}/clients/{clientAccountId}/users/{userId}`.)

    The body is a full `ClientUser`, but the values of `userId`, `clientAccountId` and `email`
    are ignored (the user is identified by the path), which is why they are `readOnly` here;
    sending them back unchanged is harmless. Which status transitions the service accepts
    (for example `ACTIVE` ↔ `DISABLED`, as opposed to setting `PENDING`) is not documented.
    The response is the updated user.

    Args:
        account_id (str):
        client_account_id (str):
        user_id (str):
        xgafv (Xgafv | Unset): Error format selector for the `$.xgafv` system parameter:
            - `1`: v1 error format
            - `2`: v2 error format
        access_token (str | Unset):
        alt (Alt | Unset): Data format for response (`alt` system parameter):
            - `json`: Responses with Content-Type of application/json
            - `media`: Media download with context-dependent Content-Type
            - `proto`: Responses with Content-Type of application/x-protobuf

            Only `json` is described by this spec.
        callback (str | Unset):
        fields (str | Unset):
        key (str | Unset):
        oauth_token (str | Unset):
        pretty_print (bool | Unset):  Default: True.
        quota_user (str | Unset):
        upload_protocol (str | Unset):
        upload_type (str | Unset):
        body (ClientUser): A client user is created under a client buyer and has restricted access
            to the Marketplace
            and certain other sections of the Authorized Buyers UI based on the role granted to the
            associated client buyer. The only way a new client user can be created is through
            accepting an email invitation (see the accounts.clients.invitations.create method). All
            fields are required unless otherwise specified.

            (In this spec only `status` is in `required`: `userId`, `clientAccountId` and `email` are
            ignored in an update, the only request that carries a `ClientUser`, so they are
            `readOnly`; a user that has not accepted its invitation yet may have no `userId`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUser | GoogleError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_account_id=client_account_id,
        user_id=user_id,
        body=body,
        xgafv=xgafv,
        access_token=access_token,
        alt=alt,
        callback=callback,
        fields=fields,
        key=key,
        oauth_token=oauth_token,
        pretty_print=pretty_print,
        quota_user=quota_user,
        upload_protocol=upload_protocol,
        upload_type=upload_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    client_account_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUser,
    xgafv: Xgafv | Unset = UNSET,
    access_token: str | Unset = UNSET,
    alt: Alt | Unset = UNSET,
    callback: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    key: str | Unset = UNSET,
    oauth_token: str | Unset = UNSET,
    pretty_print: bool | Unset = True,
    quota_user: str | Unset = UNSET,
    upload_protocol: str | Unset = UNSET,
    upload_type: str | Unset = UNSET,
) -> ClientUser | GoogleError | None:
    """Update a client user's status

     Updates an existing client user. Only the user status can be changed on update.
    (`adexchangebuyer2.accounts.clients.users.update`, **PUT**
    `v2beta1/accounts/{accountId}/clients/{clientAccountId}/users/{userId}`.)

    The body is a full `ClientUser`, but the values of `userId`, `clientAccountId` and `email`
    are ignored (the user is identified by the path), which is why they are `readOnly` here;
    sending them back unchanged is harmless. Which status transitions the service accepts
    (for example `ACTIVE` ↔ `DISABLED`, as opposed to setting `PENDING`) is not documented.
    The response is the updated user.

    Args:
        account_id (str):
        client_account_id (str):
        user_id (str):
        xgafv (Xgafv | Unset): Error format selector for the `$.xgafv` system parameter:
            - `1`: v1 error format
            - `2`: v2 error format
        access_token (str | Unset):
        alt (Alt | Unset): Data format for response (`alt` system parameter):
            - `json`: Responses with Content-Type of application/json
            - `media`: Media download with context-dependent Content-Type
            - `proto`: Responses with Content-Type of application/x-protobuf

            Only `json` is described by this spec.
        callback (str | Unset):
        fields (str | Unset):
        key (str | Unset):
        oauth_token (str | Unset):
        pretty_print (bool | Unset):  Default: True.
        quota_user (str | Unset):
        upload_protocol (str | Unset):
        upload_type (str | Unset):
        body (ClientUser): A client user is created under a client buyer and has restricted access
            to the Marketplace
            and certain other sections of the Authorized Buyers UI based on the role granted to the
            associated client buyer. The only way a new client user can be created is through
            accepting an email invitation (see the accounts.clients.invitations.create method). All
            fields are required unless otherwise specified.

            (In this spec only `status` is in `required`: `userId`, `clientAccountId` and `email` are
            ignored in an update, the only request that carries a `ClientUser`, so they are
            `readOnly`; a user that has not accepted its invitation yet may have no `userId`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUser | GoogleError
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client_account_id=client_account_id,
            user_id=user_id,
            client=client,
            body=body,
            xgafv=xgafv,
            access_token=access_token,
            alt=alt,
            callback=callback,
            fields=fields,
            key=key,
            oauth_token=oauth_token,
            pretty_print=pretty_print,
            quota_user=quota_user,
            upload_protocol=upload_protocol,
            upload_type=upload_type,
        )
    ).parsed
