from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.google_error_body import GoogleErrorBody


T = TypeVar("T", bound="GoogleError")


@_attrs_define
class GoogleError:
    """The JSON error envelope of Google APIs (AIP-193; cloud.google.com/apis/design/errors): a
    single `error` object. Used by every error response of this API.

        Attributes:
            error (GoogleErrorBody): The error itself: the JSON mapping of `google.rpc.Status`, with the HTTP status code in
                `code`, the canonical `google.rpc.Code` name in `status`, typed `details`, and (on older
                ESF-served APIs and with `$.xgafv=1`) the legacy `errors` array.
    """

    error: GoogleErrorBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.google_error_body import GoogleErrorBody  # noqa: PLC0415

        d = dict(src_dict)
        error = GoogleErrorBody.from_dict(d.pop("error"))

        google_error = cls(
            error=error,
        )

        google_error.additional_properties = d
        return google_error

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
