from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_user_access import ClientUserAccess
from ..models.client_user_status import ClientUserStatus

T = TypeVar("T", bound="ClientUser")


@_attrs_define
class ClientUser:
    """A client-level user as the API returns it (the page's "Response parameters"). The
    password and the notification fields are never returned. The page lists all ten fields
    in every response, so all are `required`. `comment`, `extra_params` and `timezone` may
    be `null` when they were never set **[inferred]**. Clients must ignore properties they
    do not know.

        Attributes:
            id (int): The user's id (the `user_id` of the item paths).
            client_id (int): The id of the client the user belongs to.
            login (str): The user's login. It cannot be changed after creation.
            name (str): The user's display name.
            email (str): The user's e-mail address.
            access (ClientUserAccess): The user's access type. `full` gives full access. `read_only` allows GET requests
                only:
                any other method gives 403 `user_access_type_deny`.
            status (ClientUserStatus): The user's status. A `blocked` user gets 403 `user_blocked` on every request.
            comment (None | str): A free-text comment (note).
            extra_params (None | str): A free-form string for additional parameters, for any purpose the integrator chooses.
            timezone (None | str): The user's time zone as an IANA tz database name.
    """

    id: int
    client_id: int
    login: str
    name: str
    email: str
    access: ClientUserAccess
    status: ClientUserStatus
    comment: None | str
    extra_params: None | str
    timezone: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        login = self.login

        name = self.name

        email = self.email

        access = self.access.value

        status = self.status.value

        comment: None | str
        comment = self.comment

        extra_params: None | str
        extra_params = self.extra_params

        timezone: None | str
        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "login": login,
                "name": name,
                "email": email,
                "access": access,
                "status": status,
                "comment": comment,
                "extra_params": extra_params,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id")

        login = d.pop("login")

        name = d.pop("name")

        email = d.pop("email")

        access = ClientUserAccess(d.pop("access"))

        status = ClientUserStatus(d.pop("status"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_extra_params(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        extra_params = _parse_extra_params(d.pop("extra_params"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        client_user = cls(
            id=id,
            client_id=client_id,
            login=login,
            name=name,
            email=email,
            access=access,
            status=status,
            comment=comment,
            extra_params=extra_params,
            timezone=timezone,
        )

        client_user.additional_properties = d
        return client_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
