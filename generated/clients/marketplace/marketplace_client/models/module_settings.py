from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleSettings")


@_attrs_define
class ModuleSettings:
    """Settings of a module (QA swagger: `ModuleSettingsQueryModel`).

    Attributes:
        shared_account (bool | Unset): Module setting `sharedAccount` (not documented further).
        configurable (bool | Unset): Whether the module is configurable.
        default (bool | Unset): Module setting `default` (not documented further).
        paid (bool | Unset): Whether the module is paid.
        type_ (list[str] | Unset): Module setting `type` (not documented further).
    """

    shared_account: bool | Unset = UNSET
    configurable: bool | Unset = UNSET
    default: bool | Unset = UNSET
    paid: bool | Unset = UNSET
    type_: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_account = self.shared_account

        configurable = self.configurable

        default = self.default

        paid = self.paid

        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shared_account is not UNSET:
            field_dict["sharedAccount"] = shared_account
        if configurable is not UNSET:
            field_dict["configurable"] = configurable
        if default is not UNSET:
            field_dict["default"] = default
        if paid is not UNSET:
            field_dict["paid"] = paid
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shared_account = d.pop("sharedAccount", UNSET)

        configurable = d.pop("configurable", UNSET)

        default = d.pop("default", UNSET)

        paid = d.pop("paid", UNSET)

        type_ = cast(list[str], d.pop("type", UNSET))

        module_settings = cls(
            shared_account=shared_account,
            configurable=configurable,
            default=default,
            paid=paid,
            type_=type_,
        )

        module_settings.additional_properties = d
        return module_settings

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
