from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetPassword")


@_attrs_define
class SetPassword:
    """Body of `POST /v1/accounts/users/{id}/set-password` (QA swagger: `SetPasswordDto`).

    Attributes:
        password (str): The new password. It must meet the platform's password policy and is never returned.
    """

    password: str

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        set_password = cls(
            password=password,
        )

        return set_password
