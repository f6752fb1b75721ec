from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alt import Alt
from ...models.client_user_invitation import ClientUserInvitation
from ...models.google_error import GoogleError
from ...models.xgafv import Xgafv
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    client_account_id: str,
    *,
    body: ClientUserInvitation,
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
        "method": "post",
        "url": "/accounts/{account_id}/clients/{client_account_id}/invitations".format(
            account_id=quote(str(account_id), safe=""),
            client_account_id=quote(str(client_account_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientUserInvitation | GoogleError | None:
    if response.status_code == 200:
        response_200 = ClientUserInvitation.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = GoogleError.from_dict(response.json())

        return response_409

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
) -> Response[ClientUserInvitation | GoogleError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    client_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserInvitation,
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
) -> Response[ClientUserInvitation | GoogleError]:
    """Invite a client user

     Creates and sends out an email invitation to access an Ad Exchange client buyer account.
    (`adexchangebuyer2.accounts.clients.invitations.create`, `POST
    v2beta1/accounts/{accountId}/clients/{clientAccountId}/invitations`.)

    Only `email` is taken from the body; `invitationId` and `clientAccountId` are ignored
    (`readOnly` here) and filled in by the server. `clientAccountId` must be numeric here (no
    `-`). The response (HTTP 200, not 201) is the created invitation.

    **409** is documented as an inference: discovery says e-mail addresses "should be unique
    among all client users under each sponsor buyer", and Google maps a create that collides
    with an existing entity to `ALREADY_EXISTS` (HTTP 409). No source shows the exact error the
    service returns for a duplicate address; it may instead answer 400 `INVALID_ARGUMENT`,
    which is documented too.

    Args:
        account_id (str):
        client_account_id (str):
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
        body (ClientUserInvitation): An invitation for a new client user to get access to the
            Authorized Buyers UI. All fields
            are required unless otherwise specified.

            (In this spec only `email` is in `required`: `invitationId` and `clientAccountId` are
            ignored in create operations, the only request that carries an invitation, so they are
            `readOnly`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUserInvitation | GoogleError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_account_id=client_account_id,
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
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserInvitation,
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
) -> ClientUserInvitation | GoogleError | None:
    """Invite a client user

     Creates and sends out an email invitation to access an Ad Exchange client buyer account.
    (`adexchangebuyer2.accounts.clients.invitations.create`, `POST
    v2beta1/accounts/{accountId}/clients/{clientAccountId}/invitations`.)

    Only `email` is taken from the body; `invitationId` and `clientAccountId` are ignored
    (`readOnly` here) and filled in by the server. `clientAccountId` must be numeric here (no
    `-`). The response (HTTP 200, not 201) is the created invitation.

    **409** is documented as an inference: discovery says e-mail addresses "should be unique
    among all client users under each sponsor buyer", and Google maps a create that collides
    with an existing entity to `ALREADY_EXISTS` (HTTP 409). No source shows the exact error the
    service returns for a duplicate address; it may instead answer 400 `INVALID_ARGUMENT`,
    which is documented too.

    Args:
        account_id (str):
        client_account_id (str):
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
        body (ClientUserInvitation): An invitation for a new client user to get access to the
            Authorized Buyers UI. All fields
            are required unless otherwise specified.

            (In this spec only `email` is in `required`: `invitationId` and `clientAccountId` are
            ignored in create operations, the only request that carries an invitation, so they are
            `readOnly`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUserInvitation | GoogleError
    """

    return sync_detailed(
        account_id=account_id,
        client_account_id=client_account_id,
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
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserInvitation,
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
) -> Response[ClientUserInvitation | GoogleError]:
    """Invite a client user

     Creates and sends out an email invitation to access an Ad Exchange client buyer account.
    (`adexchangebuyer2.accounts.clients.invitations.create`, `POST
    v2beta1/accounts/{accountId}/clients/{clientAccountId}/invitations`.)

    Only `email` is taken from the body; `invitationId` and `clientAccountId` are ignored
    (`readOnly` here) and filled in by the server. `clientAccountId` must be numeric here (no
    `-`). The response (HTTP 200, not 201) is the created invitation.

    **409** is documented as an inference: discovery says e-mail addresses "should be unique
    among all client users under each sponsor buyer", and Google maps a create that collides
    with an existing entity to `ALREADY_EXISTS` (HTTP 409). No source shows the exact error the
    service returns for a duplicate address; it may instead answer 400 `INVALID_ARGUMENT`,
    which is documented too.

    Args:
        account_id (str):
        client_account_id (str):
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
        body (ClientUserInvitation): An invitation for a new client user to get access to the
            Authorized Buyers UI. All fields
            are required unless otherwise specified.

            (In this spec only `email` is in `required`: `invitationId` and `clientAccountId` are
            ignored in create operations, the only request that carries an invitation, so they are
            `readOnly`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUserInvitation | GoogleError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_account_id=client_account_id,
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
    *,
    client: AuthenticatedClient | Client,
    body: ClientUserInvitation,
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
) -> ClientUserInvitation | GoogleError | None:
    """Invite a client user

     Creates and sends out an email invitation to access an Ad Exchange client buyer account.
    (`adexchangebuyer2.accounts.clients.invitations.create`, `POST
    v2beta1/accounts/{accountId}/clients/{clientAccountId}/invitations`.)

    Only `email` is taken from the body; `invitationId` and `clientAccountId` are ignored
    (`readOnly` here) and filled in by the server. `clientAccountId` must be numeric here (no
    `-`). The response (HTTP 200, not 201) is the created invitation.

    **409** is documented as an inference: discovery says e-mail addresses "should be unique
    among all client users under each sponsor buyer", and Google maps a create that collides
    with an existing entity to `ALREADY_EXISTS` (HTTP 409). No source shows the exact error the
    service returns for a duplicate address; it may instead answer 400 `INVALID_ARGUMENT`,
    which is documented too.

    Args:
        account_id (str):
        client_account_id (str):
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
        body (ClientUserInvitation): An invitation for a new client user to get access to the
            Authorized Buyers UI. All fields
            are required unless otherwise specified.

            (In this spec only `email` is in `required`: `invitationId` and `clientAccountId` are
            ignored in create operations, the only request that carries an invitation, so they are
            `readOnly`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUserInvitation | GoogleError
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client_account_id=client_account_id,
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
