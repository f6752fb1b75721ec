from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountExternalIds")


@_attrs_define
class AccountExternalIds:
    """External identifiers of an account (QA swagger: `AccountExternalIdsQueryModel`).

    Attributes:
        pyra_tenant_id (None | Unset | UUID): Tenant id of the account in SoftwareOne's PyraCloud.
    """

    pyra_tenant_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pyra_tenant_id: None | str | Unset
        if isinstance(self.pyra_tenant_id, Unset):
            pyra_tenant_id = UNSET
        elif isinstance(self.pyra_tenant_id, UUID):
            pyra_tenant_id = str(self.pyra_tenant_id)
        else:
            pyra_tenant_id = self.pyra_tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pyra_tenant_id is not UNSET:
            field_dict["pyraTenantId"] = pyra_tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_pyra_tenant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pyra_tenant_id_type_0 = UUID(data)

                return pyra_tenant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        pyra_tenant_id = _parse_pyra_tenant_id(d.pop("pyraTenantId", UNSET))

        account_external_ids = cls(
            pyra_tenant_id=pyra_tenant_id,
        )

        account_external_ids.additional_properties = d
        return account_external_ids

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
