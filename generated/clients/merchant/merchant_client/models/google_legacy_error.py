from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleLegacyError")


@_attrs_define
class GoogleLegacyError:
    """One entry of the legacy `errors` array.

    Attributes:
        message (str | Unset): Human-readable message.
        domain (str | Unset): The error domain, usually `global`.
        reason (str | Unset): A short machine-readable reason, such as `notFound`, `badRequest`, `required` or
            `rateLimitExceeded`.
        location (str | Unset): Where the error was found (for example `Authorization`), when known.
        location_type (str | Unset): The kind of location (for example `header` or `parameter`), when known.
    """

    message: str | Unset = UNSET
    domain: str | Unset = UNSET
    reason: str | Unset = UNSET
    location: str | Unset = UNSET
    location_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        domain = self.domain

        reason = self.reason

        location = self.location

        location_type = self.location_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if domain is not UNSET:
            field_dict["domain"] = domain
        if reason is not UNSET:
            field_dict["reason"] = reason
        if location is not UNSET:
            field_dict["location"] = location
        if location_type is not UNSET:
            field_dict["locationType"] = location_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        domain = d.pop("domain", UNSET)

        reason = d.pop("reason", UNSET)

        location = d.pop("location", UNSET)

        location_type = d.pop("locationType", UNSET)

        google_legacy_error = cls(
            message=message,
            domain=domain,
            reason=reason,
            location=location,
            location_type=location_type,
        )

        google_legacy_error.additional_properties = d
        return google_legacy_error

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
