from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alt import Alt
from ...models.google_error import GoogleError
from ...models.user import User
from ...models.xgafv import Xgafv
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account: str,
    *,
    body: User | Unset = UNSET,
    user_id: str,
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

    params["userId"] = user_id

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
        "url": "/accounts/{account}/users".format(
            account=quote(str(account), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
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
    body: User | Unset = UNSET,
    user_id: str,
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
    """Create a user

     Creates a Merchant Center account user. Executing this method requires admin access.
    (`merchantapi.accounts.users.create`, `POST accounts/v1/{+parent}/users`, body `user`.)

    The user's e-mail address goes in the required query parameter `userId`; the body is the
    `User` with its `accessRights` (`name` and `state` are set by the server). The new user
    is `PENDING` until it accepts the invitation.

    The proto marks the body as optional (`User user = 3 [OPTIONAL]`), so the spec does too;
    what access rights a user created without a body gets is not documented.

    **409** is documented from AIP-133 (a create whose resulting name, here
    `accounts/{account}/users/{userId}`, already exists fails with `ALREADY_EXISTS`); no page
    of this API shows that error verbatim.

    Args:
        account (str):
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
        body (User | Unset): The `User` resource represents a user associated with a Merchant
            Center account. It is used
            to manage user permissions and access rights within the account. For more information, see
            [Frequently asked questions about people and access
            levels](https://support.google.com/merchants/answer/12160472).

            `required` and `readOnly` follow the proto's field behaviours. `accessRights` is
            `REQUIRED`, so it is required (and non-empty) in request bodies and always present in
            responses. A patch could in principle leave it out when it is not in `updateMask`
            (AIP-203),
            but it is the only updatable field, so a patch without it changes nothing; the spec
            therefore requires it in every `User` body. `name` (`IDENTIFIER`) and `state`
            (`OUTPUT_ONLY`) are `readOnly`: on create the name comes from `userId`, on patch from the
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleError | User]
    """

    kwargs = _get_kwargs(
        account=account,
        body=body,
        user_id=user_id,
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
    body: User | Unset = UNSET,
    user_id: str,
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
    """Create a user

     Creates a Merchant Center account user. Executing this method requires admin access.
    (`merchantapi.accounts.users.create`, `POST accounts/v1/{+parent}/users`, body `user`.)

    The user's e-mail address goes in the required query parameter `userId`; the body is the
    `User` with its `accessRights` (`name` and `state` are set by the server). The new user
    is `PENDING` until it accepts the invitation.

    The proto marks the body as optional (`User user = 3 [OPTIONAL]`), so the spec does too;
    what access rights a user created without a body gets is not documented.

    **409** is documented from AIP-133 (a create whose resulting name, here
    `accounts/{account}/users/{userId}`, already exists fails with `ALREADY_EXISTS`); no page
    of this API shows that error verbatim.

    Args:
        account (str):
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
        body (User | Unset): The `User` resource represents a user associated with a Merchant
            Center account. It is used
            to manage user permissions and access rights within the account. For more information, see
            [Frequently asked questions about people and access
            levels](https://support.google.com/merchants/answer/12160472).

            `required` and `readOnly` follow the proto's field behaviours. `accessRights` is
            `REQUIRED`, so it is required (and non-empty) in request bodies and always present in
            responses. A patch could in principle leave it out when it is not in `updateMask`
            (AIP-203),
            but it is the only updatable field, so a patch without it changes nothing; the spec
            therefore requires it in every `User` body. `name` (`IDENTIFIER`) and `state`
            (`OUTPUT_ONLY`) are `readOnly`: on create the name comes from `userId`, on patch from the
            URL.

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
        user_id=user_id,
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
    body: User | Unset = UNSET,
    user_id: str,
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
    """Create a user

     Creates a Merchant Center account user. Executing this method requires admin access.
    (`merchantapi.accounts.users.create`, `POST accounts/v1/{+parent}/users`, body `user`.)

    The user's e-mail address goes in the required query parameter `userId`; the body is the
    `User` with its `accessRights` (`name` and `state` are set by the server). The new user
    is `PENDING` until it accepts the invitation.

    The proto marks the body as optional (`User user = 3 [OPTIONAL]`), so the spec does too;
    what access rights a user created without a body gets is not documented.

    **409** is documented from AIP-133 (a create whose resulting name, here
    `accounts/{account}/users/{userId}`, already exists fails with `ALREADY_EXISTS`); no page
    of this API shows that error verbatim.

    Args:
        account (str):
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
        body (User | Unset): The `User` resource represents a user associated with a Merchant
            Center account. It is used
            to manage user permissions and access rights within the account. For more information, see
            [Frequently asked questions about people and access
            levels](https://support.google.com/merchants/answer/12160472).

            `required` and `readOnly` follow the proto's field behaviours. `accessRights` is
            `REQUIRED`, so it is required (and non-empty) in request bodies and always present in
            responses. A patch could in principle leave it out when it is not in `updateMask`
            (AIP-203),
            but it is the only updatable field, so a patch without it changes nothing; the spec
            therefore requires it in every `User` body. `name` (`IDENTIFIER`) and `state`
            (`OUTPUT_ONLY`) are `readOnly`: on create the name comes from `userId`, on patch from the
            URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleError | User]
    """

    kwargs = _get_kwargs(
        account=account,
        body=body,
        user_id=user_id,
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
    body: User | Unset = UNSET,
    user_id: str,
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
    """Create a user

     Creates a Merchant Center account user. Executing this method requires admin access.
    (`merchantapi.accounts.users.create`, `POST accounts/v1/{+parent}/users`, body `user`.)

    The user's e-mail address goes in the required query parameter `userId`; the body is the
    `User` with its `accessRights` (`name` and `state` are set by the server). The new user
    is `PENDING` until it accepts the invitation.

    The proto marks the body as optional (`User user = 3 [OPTIONAL]`), so the spec does too;
    what access rights a user created without a body gets is not documented.

    **409** is documented from AIP-133 (a create whose resulting name, here
    `accounts/{account}/users/{userId}`, already exists fails with `ALREADY_EXISTS`); no page
    of this API shows that error verbatim.

    Args:
        account (str):
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
        body (User | Unset): The `User` resource represents a user associated with a Merchant
            Center account. It is used
            to manage user permissions and access rights within the account. For more information, see
            [Frequently asked questions about people and access
            levels](https://support.google.com/merchants/answer/12160472).

            `required` and `readOnly` follow the proto's field behaviours. `accessRights` is
            `REQUIRED`, so it is required (and non-empty) in request bodies and always present in
            responses. A patch could in principle leave it out when it is not in `updateMask`
            (AIP-203),
            but it is the only updatable field, so a patch without it changes nothing; the spec
            therefore requires it in every `User` body. `name` (`IDENTIFIER`) and `state`
            (`OUTPUT_ONLY`) are `readOnly`: on create the name comes from `userId`, on patch from the
            URL.

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
            user_id=user_id,
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
