from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleFilters")


@_attrs_define
class ModuleFilters:
    """Data filters a module applies (QA swagger: `Filters`).

    Attributes:
        group_buyers (list[str] | Unset): Values of the module's `group.buyers` filter (not documented further).
    """

    group_buyers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_buyers: list[str] | Unset = UNSET
        if not isinstance(self.group_buyers, Unset):
            group_buyers = self.group_buyers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_buyers is not UNSET:
            field_dict["group.buyers"] = group_buyers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_buyers = cast(list[str], d.pop("group.buyers", UNSET))

        module_filters = cls(
            group_buyers=group_buyers,
        )

        module_filters.additional_properties = d
        return module_filters

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
