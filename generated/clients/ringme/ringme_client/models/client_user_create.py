from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.client_user_access import ClientUserAccess
from ..models.client_user_status import ClientUserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUserCreate")


@_attrs_define
class ClientUserCreate:
    """The request body for creating a client-level user.

    Required: `email`, `login`, `name` and `password`, as marked "yes" in the page's
    data-structure table. The same table also marks `client_id` as mandatory, but the
    page's POST "Request parameters" list leaves `client_id` out: the client comes from
    the `{client_id}` path segment. `client_id` is therefore optional here. If it is sent,
    it must name the same client as the path (the caller's own client when the path uses
    `@me`). The service's behaviour when they differ is not documented **[inferred]**.
    Unknown properties are rejected.

        Attributes:
            login (str): The user's login. It must not already be taken (otherwise 400).
            name (str): The user's display name.
            email (str): The user's e-mail address.
            password (str): The user's password. It is never returned.
            client_id (int | Unset): The id of the client for which the user is created. It is optional because the path
                already gives it; if sent, it must equal the client in the path.
            access (ClientUserAccess | Unset): The user's access type. `full` gives full access. `read_only` allows GET
                requests only:
                any other method gives 403 `user_access_type_deny`.
            status (ClientUserStatus | Unset): The user's status. A `blocked` user gets 403 `user_blocked` on every request.
            comment (str | Unset): A free-text comment (note).
            extra_params (str | Unset): A free-form string for additional parameters, for any purpose the integrator
                chooses.
            timezone (str | Unset): The user's time zone as an IANA tz database name.
            email_notify (bool | Unset): If `true`, the new user's login data are e-mailed to `email_for_notify` when that
                is set, and otherwise to the user who makes the request. It is not returned.
            email_for_notify (str | Unset): Where to e-mail the new user's login data when `email_notify` is `true`. It is
                defined in the page's data-structure table but left out of its POST parameter list.
                It is not returned.
    """

    login: str
    name: str
    email: str
    password: str
    client_id: int | Unset = UNSET
    access: ClientUserAccess | Unset = UNSET
    status: ClientUserStatus | Unset = UNSET
    comment: str | Unset = UNSET
    extra_params: str | Unset = UNSET
    timezone: str | Unset = UNSET
    email_notify: bool | Unset = UNSET
    email_for_notify: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        name = self.name

        email = self.email

        password = self.password

        client_id = self.client_id

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        comment = self.comment

        extra_params = self.extra_params

        timezone = self.timezone

        email_notify = self.email_notify

        email_for_notify = self.email_for_notify

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "login": login,
                "name": name,
                "email": email,
                "password": password,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if access is not UNSET:
            field_dict["access"] = access
        if status is not UNSET:
            field_dict["status"] = status
        if comment is not UNSET:
            field_dict["comment"] = comment
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if email_notify is not UNSET:
            field_dict["email_notify"] = email_notify
        if email_for_notify is not UNSET:
            field_dict["email_for_notify"] = email_for_notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        name = d.pop("name")

        email = d.pop("email")

        password = d.pop("password")

        client_id = d.pop("client_id", UNSET)

        _access = d.pop("access", UNSET)
        access: ClientUserAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ClientUserAccess(_access)

        _status = d.pop("status", UNSET)
        status: ClientUserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClientUserStatus(_status)

        comment = d.pop("comment", UNSET)

        extra_params = d.pop("extra_params", UNSET)

        timezone = d.pop("timezone", UNSET)

        email_notify = d.pop("email_notify", UNSET)

        email_for_notify = d.pop("email_for_notify", UNSET)

        client_user_create = cls(
            login=login,
            name=name,
            email=email,
            password=password,
            client_id=client_id,
            access=access,
            status=status,
            comment=comment,
            extra_params=extra_params,
            timezone=timezone,
            email_notify=email_notify,
            email_for_notify=email_for_notify,
        )

        return client_user_create
