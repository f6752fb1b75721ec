from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.google_rpc_code import GoogleRpcCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_error_detail import GoogleErrorDetail
    from ..models.google_legacy_error import GoogleLegacyError


T = TypeVar("T", bound="GoogleErrorBody")


@_attrs_define
class GoogleErrorBody:
    """The error itself: the JSON mapping of `google.rpc.Status`, with the HTTP status code in
    `code`, the canonical `google.rpc.Code` name in `status`, typed `details`, and (on older
    ESF-served APIs and with `$.xgafv=1`) the legacy `errors` array.

        Attributes:
            code (int | Unset): The HTTP status code (for example 404).
            message (str | Unset): A developer-facing, human-readable error message in English.
            status (GoogleRpcCode | Unset): The canonical error code name (`google.rpc.Code`) that corresponds to the HTTP
                status.
            details (list[GoogleErrorDetail] | Unset): Additional error information, each item a `google.protobuf.Any`
                identified by `@type` (for example `google.rpc.ErrorInfo`, `google.rpc.BadRequest`, `google.rpc.Help`).
            errors (list[GoogleLegacyError] | Unset): Legacy (v1) error list that older Google APIs still return alongside
                the AIP-193 fields.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    status: GoogleRpcCode | Unset = UNSET
    details: list[GoogleErrorDetail] | Unset = UNSET
    errors: list[GoogleLegacyError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.google_error_detail import GoogleErrorDetail  # noqa: PLC0415
        from ..models.google_legacy_error import GoogleLegacyError  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _status = d.pop("status", UNSET)
        status: GoogleRpcCode | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GoogleRpcCode(_status)

        _details = d.pop("details", UNSET)
        details: list[GoogleErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = GoogleErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        _errors = d.pop("errors", UNSET)
        errors: list[GoogleLegacyError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = GoogleLegacyError.from_dict(errors_item_data)

                errors.append(errors_item)

        google_error_body = cls(
            code=code,
            message=message,
            status=status,
            details=details,
            errors=errors,
        )

        google_error_body.additional_properties = d
        return google_error_body

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
