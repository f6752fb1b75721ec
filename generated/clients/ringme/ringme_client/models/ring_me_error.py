from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RingMeError")


@_attrs_define
class RingMeError:
    """The error body of the RingMe API, returned with every 4xx. Both fields are optional:
    401 and a plain 404 have no `status`, and `message` is not documented **[inferred]**.
    Other properties may appear and must be ignored.

    Known `status` values (an open list, so not an enum):
    `access_denied`, `user_blocked`, `user_access_type_deny`, `app_access_type_deny`
    (403); `client_not_found` (404); `user_not_found` (404, **[inferred]**);
    `rate_limit_exceeded` (429).

        Attributes:
            status (str | Unset): A machine-readable code that tells apart errors with the same HTTP status, for
                example `access_denied`, `user_blocked`, `user_access_type_deny`,
                `app_access_type_deny`, `client_not_found`, `user_not_found` or `rate_limit_exceeded`.
            message (str | Unset): A human-readable description of the error **[inferred]**.
    """

    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        ring_me_error = cls(
            status=status,
            message=message,
        )

        ring_me_error.additional_properties = d
        return ring_me_error

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
