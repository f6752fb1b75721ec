from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuyerExternalIds")


@_attrs_define
class BuyerExternalIds:
    """External identifiers of a buyer (QA swagger: `BuyerExternalIdsQueryModel`).

    Attributes:
        erp_company_contact (None | str | Unset): Company contact id in the ERP.
        erp_customer (None | str | Unset): Customer id in the ERP.
        account_external_id (None | str | Unset): External id of the buyer's account.
    """

    erp_company_contact: None | str | Unset = UNSET
    erp_customer: None | str | Unset = UNSET
    account_external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        erp_company_contact: None | str | Unset
        if isinstance(self.erp_company_contact, Unset):
            erp_company_contact = UNSET
        else:
            erp_company_contact = self.erp_company_contact

        erp_customer: None | str | Unset
        if isinstance(self.erp_customer, Unset):
            erp_customer = UNSET
        else:
            erp_customer = self.erp_customer

        account_external_id: None | str | Unset
        if isinstance(self.account_external_id, Unset):
            account_external_id = UNSET
        else:
            account_external_id = self.account_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if erp_company_contact is not UNSET:
            field_dict["erpCompanyContact"] = erp_company_contact
        if erp_customer is not UNSET:
            field_dict["erpCustomer"] = erp_customer
        if account_external_id is not UNSET:
            field_dict["accountExternalId"] = account_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_erp_company_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        erp_company_contact = _parse_erp_company_contact(d.pop("erpCompanyContact", UNSET))

        def _parse_erp_customer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        erp_customer = _parse_erp_customer(d.pop("erpCustomer", UNSET))

        def _parse_account_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_external_id = _parse_account_external_id(d.pop("accountExternalId", UNSET))

        buyer_external_ids = cls(
            erp_company_contact=erp_company_contact,
            erp_customer=erp_customer,
            account_external_id=account_external_id,
        )

        buyer_external_ids.additional_properties = d
        return buyer_external_ids

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
