from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.client_user_access import ClientUserAccess
from ..models.client_user_status import ClientUserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUserUpdate")


@_attrs_define
class ClientUserUpdate:
    """The request body for updating a client-level user (the page's PUT "Request
    parameters"). Every field is optional, and fields that are left out keep their current
    values **[inferred]**. `login` and `client_id` cannot be changed and are not accepted
    here. Unknown properties are rejected.

        Attributes:
            name (str | Unset): The new display name.
            email (str | Unset): The new e-mail address.
            password (str | Unset): A new password. It is never returned.
            access (ClientUserAccess | Unset): The user's access type. `full` gives full access. `read_only` allows GET
                requests only:
                any other method gives 403 `user_access_type_deny`.
            status (ClientUserStatus | Unset): The user's status. A `blocked` user gets 403 `user_blocked` on every request.
            comment (str | Unset): A free-text comment (note).
            extra_params (str | Unset): A free-form string for additional parameters, for any purpose the integrator
                chooses.
            timezone (str | Unset): The user's time zone as an IANA tz database name.
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    password: str | Unset = UNSET
    access: ClientUserAccess | Unset = UNSET
    status: ClientUserStatus | Unset = UNSET
    comment: str | Unset = UNSET
    extra_params: str | Unset = UNSET
    timezone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        password = self.password

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        comment = self.comment

        extra_params = self.extra_params

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

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

        client_user_update = cls(
            name=name,
            email=email,
            password=password,
            access=access,
            status=status,
            comment=comment,
            extra_params=extra_params,
            timezone=timezone,
        )

        return client_user_update
