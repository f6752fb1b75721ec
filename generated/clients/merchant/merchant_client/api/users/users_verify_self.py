from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alt import Alt
from ...models.google_error import GoogleError
from ...models.user import User
from ...models.verify_self_request import VerifySelfRequest
from ...models.xgafv import Xgafv
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account: str,
    *,
    body: VerifySelfRequest,
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
        "method": "patch",
        "url": "/accounts/{account}/users/me:verifySelf".format(
            account=quote(str(account), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GoogleError | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GoogleError | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifySelfRequest,
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
) -> Response[GoogleError | User]:
    """Verify the caller's own user

     Updates the user that is represented by the caller from pending to verified.
    (`merchantapi.accounts.users.me.verifySelf`, `PATCH accounts/v1/{+account}/users/me:verifySelf`,
    body `*`.)

    The proto request has only the `account` field, which is bound from the path, so the JSON
    body is the empty object `{}`. The response is the caller's user, now `VERIFIED`.

    Args:
        account (str):
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
        body (VerifySelfRequest): Request message for the `VerifySelf` method. Its only proto
            field, `account`, is bound from
            the URL path, so the JSON body is `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleError | User]
    """

    kwargs = _get_kwargs(
        account=account,
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
    account: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifySelfRequest,
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
) -> GoogleError | User | None:
    """Verify the caller's own user

     Updates the user that is represented by the caller from pending to verified.
    (`merchantapi.accounts.users.me.verifySelf`, `PATCH accounts/v1/{+account}/users/me:verifySelf`,
    body `*`.)

    The proto request has only the `account` field, which is bound from the path, so the JSON
    body is the empty object `{}`. The response is the caller's user, now `VERIFIED`.

    Args:
        account (str):
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
        body (VerifySelfRequest): Request message for the `VerifySelf` method. Its only proto
            field, `account`, is bound from
            the URL path, so the JSON body is `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleError | User
    """

    return sync_detailed(
        account=account,
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
    account: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifySelfRequest,
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
) -> Response[GoogleError | User]:
    """Verify the caller's own user

     Updates the user that is represented by the caller from pending to verified.
    (`merchantapi.accounts.users.me.verifySelf`, `PATCH accounts/v1/{+account}/users/me:verifySelf`,
    body `*`.)

    The proto request has only the `account` field, which is bound from the path, so the JSON
    body is the empty object `{}`. The response is the caller's user, now `VERIFIED`.

    Args:
        account (str):
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
        body (VerifySelfRequest): Request message for the `VerifySelf` method. Its only proto
            field, `account`, is bound from
            the URL path, so the JSON body is `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleError | User]
    """

    kwargs = _get_kwargs(
        account=account,
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
    account: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifySelfRequest,
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
) -> GoogleError | User | None:
    """Verify the caller's own user

     Updates the user that is represented by the caller from pending to verified.
    (`merchantapi.accounts.users.me.verifySelf`, `PATCH accounts/v1/{+account}/users/me:verifySelf`,
    body `*`.)

    The proto request has only the `account` field, which is bound from the path, so the JSON
    body is the empty object `{}`. The response is the caller's user, now `VERIFIED`.

    Args:
        account (str):
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
        body (VerifySelfRequest): Request message for the `VerifySelf` method. Its only proto
            field, `account`, is bound from
            the URL path, so the JSON body is `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleError | User
    """

    return (
        await asyncio_detailed(
            account=account,
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
