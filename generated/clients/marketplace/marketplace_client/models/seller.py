from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seller_status import SellerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.audit import Audit
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Seller")


@_attrs_define
class Seller:
    """A seller (SoftwareOne selling entity) (QA swagger: `SellerQueryModel`).

    Attributes:
        id (str | Unset): Seller identifier.
        audit (Audit | Unset): Creation and last-update events of an object (QA swagger: `QueryModelAudit`).
        meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
        href (str | Unset): Relative reference to the seller in the API.
        external_id (None | str | Unset): Identifier of the seller in an external system.
        status (SellerStatus | Unset): Status of a seller (QA swagger: `SellerStatus`).
        icon (None | str | Unset): Reference to the seller's icon, if any.
        currencies (list[str] | None | Unset): Currencies the seller trades in (ISO 4217).
        address (Address | Unset): Postal address (QA swagger: `AddressQueryModel`).
        name (str | Unset): Name of the seller.
    """

    id: str | Unset = UNSET
    audit: Audit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    status: SellerStatus | Unset = UNSET
    icon: None | str | Unset = UNSET
    currencies: list[str] | None | Unset = UNSET
    address: Address | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        audit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit, Unset):
            audit = self.audit.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        href = self.href

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        currencies: list[str] | None | Unset
        if isinstance(self.currencies, Unset):
            currencies = UNSET
        elif isinstance(self.currencies, list):
            currencies = self.currencies

        else:
            currencies = self.currencies

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if audit is not UNSET:
            field_dict["audit"] = audit
        if meta is not UNSET:
            field_dict["$meta"] = meta
        if href is not UNSET:
            field_dict["href"] = href
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if status is not UNSET:
            field_dict["status"] = status
        if icon is not UNSET:
            field_dict["icon"] = icon
        if currencies is not UNSET:
            field_dict["currencies"] = currencies
        if address is not UNSET:
            field_dict["address"] = address
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.audit import Audit  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _audit = d.pop("audit", UNSET)
        audit: Audit | Unset
        if isinstance(_audit, Unset):
            audit = UNSET
        else:
            audit = Audit.from_dict(_audit)

        _meta = d.pop("$meta", UNSET)
        meta: Metadata | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Metadata.from_dict(_meta)

        href = d.pop("href", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _status = d.pop("status", UNSET)
        status: SellerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SellerStatus(_status)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_currencies(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                currencies_type_0 = cast(list[str], data)

                return currencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        currencies = _parse_currencies(d.pop("currencies", UNSET))

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        name = d.pop("name", UNSET)

        seller = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            external_id=external_id,
            status=status,
            icon=icon,
            currencies=currencies,
            address=address,
            name=name,
        )

        seller.additional_properties = d
        return seller

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
