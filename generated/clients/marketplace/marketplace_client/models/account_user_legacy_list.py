from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_user_legacy import AccountUserLegacy
    from ..models.list_metadata import ListMetadata


T = TypeVar("T", bound="AccountUserLegacyList")


@_attrs_define
class AccountUserLegacyList:
    """A page of legacy account users (QA swagger: `AccountUserQueryLegacyModelListResponse`).

    Attributes:
        meta (ListMetadata | Unset): Metadata of a list response (`$meta`; QA swagger: `ListMetadata`).
        data (list[AccountUserLegacy] | Unset): The account users of this page.
    """

    meta: ListMetadata | Unset = UNSET
    data: list[AccountUserLegacy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["$meta"] = meta
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_user_legacy import AccountUserLegacy  # noqa: PLC0415
        from ..models.list_metadata import ListMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _meta = d.pop("$meta", UNSET)
        meta: ListMetadata | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListMetadata.from_dict(_meta)

        _data = d.pop("data", UNSET)
        data: list[AccountUserLegacy] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = AccountUserLegacy.from_dict(data_item_data)

                data.append(data_item)

        account_user_legacy_list = cls(
            meta=meta,
            data=data,
        )

        account_user_legacy_list.additional_properties = d
        return account_user_legacy_list

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
