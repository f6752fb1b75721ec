from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.buyer_status import BuyerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.address import Address
    from ..models.buyer_audit import BuyerAudit
    from ..models.buyer_external_ids import BuyerExternalIds
    from ..models.contact import Contact
    from ..models.metadata import Metadata
    from ..models.parametrised_message import ParametrisedMessage
    from ..models.seller import Seller


T = TypeVar("T", bound="Buyer")


@_attrs_define
class Buyer:
    """A buyer: a legal entity of a client account used for billing (QA swagger:
    `BuyerQueryModel`; 2025 spec: `Buyer`).

        Attributes:
            id (str | Unset): Buyer identifier.
            audit (BuyerAudit | Unset): Audit events of a buyer (QA swagger: `BuyerQueryModelAudit`).
            meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
            href (str | Unset): Relative reference to the buyer in the API.
            contact (Contact | Unset): Contact person of a buyer (QA swagger: `ContactQueryModel`).
            external_ids (BuyerExternalIds | Unset): External identifiers of a buyer (QA swagger:
                `BuyerExternalIdsQueryModel`).
            status (BuyerStatus | Unset): Status of a buyer (QA swagger: `BuyerStatus`).
            icon (None | str | Unset): Reference to the buyer's icon, if any.
            address (Address | Unset): Postal address (QA swagger: `AddressQueryModel`).
            tax_id (None | str | Unset): Tax identifier of the buyer.
            account (Account | Unset): A platform account: client, vendor or operations (QA swagger: `AccountQueryModel`;
                2025
                spec: `Account`). The QA swagger marks `name`, `status` and `type` as required. These
                are create-time validation attributes, and nested or projected accounts omit them (e.g.
                `{id, href, icon, name}`), so they are optional here.
            name (None | str | Unset): Name of the buyer.
            errors (list[ParametrisedMessage] | None | Unset): Problems reported for the buyer.
            sellers (list[Seller] | None | Unset): Sellers the buyer trades with.
    """

    id: str | Unset = UNSET
    audit: BuyerAudit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    contact: Contact | Unset = UNSET
    external_ids: BuyerExternalIds | Unset = UNSET
    status: BuyerStatus | Unset = UNSET
    icon: None | str | Unset = UNSET
    address: Address | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    account: Account | Unset = UNSET
    name: None | str | Unset = UNSET
    errors: list[ParametrisedMessage] | None | Unset = UNSET
    sellers: list[Seller] | None | Unset = UNSET
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

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        external_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        sellers: list[dict[str, Any]] | None | Unset
        if isinstance(self.sellers, Unset):
            sellers = UNSET
        elif isinstance(self.sellers, list):
            sellers = []
            for sellers_type_0_item_data in self.sellers:
                sellers_type_0_item = sellers_type_0_item_data.to_dict()
                sellers.append(sellers_type_0_item)

        else:
            sellers = self.sellers

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
        if contact is not UNSET:
            field_dict["contact"] = contact
        if external_ids is not UNSET:
            field_dict["externalIds"] = external_ids
        if status is not UNSET:
            field_dict["status"] = status
        if icon is not UNSET:
            field_dict["icon"] = icon
        if address is not UNSET:
            field_dict["address"] = address
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if account is not UNSET:
            field_dict["account"] = account
        if name is not UNSET:
            field_dict["name"] = name
        if errors is not UNSET:
            field_dict["errors"] = errors
        if sellers is not UNSET:
            field_dict["sellers"] = sellers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.buyer_audit import BuyerAudit  # noqa: PLC0415
        from ..models.buyer_external_ids import BuyerExternalIds  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.parametrised_message import ParametrisedMessage  # noqa: PLC0415
        from ..models.seller import Seller  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _audit = d.pop("audit", UNSET)
        audit: BuyerAudit | Unset
        if isinstance(_audit, Unset):
            audit = UNSET
        else:
            audit = BuyerAudit.from_dict(_audit)

        _meta = d.pop("$meta", UNSET)
        meta: Metadata | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Metadata.from_dict(_meta)

        href = d.pop("href", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        _external_ids = d.pop("externalIds", UNSET)
        external_ids: BuyerExternalIds | Unset
        if isinstance(_external_ids, Unset):
            external_ids = UNSET
        else:
            external_ids = BuyerExternalIds.from_dict(_external_ids)

        _status = d.pop("status", UNSET)
        status: BuyerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BuyerStatus(_status)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("taxId", UNSET))

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_errors(data: object) -> list[ParametrisedMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = ParametrisedMessage.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ParametrisedMessage] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_sellers(data: object) -> list[Seller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sellers_type_0 = []
                _sellers_type_0 = data
                for sellers_type_0_item_data in _sellers_type_0:
                    sellers_type_0_item = Seller.from_dict(sellers_type_0_item_data)

                    sellers_type_0.append(sellers_type_0_item)

                return sellers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Seller] | None | Unset, data)

        sellers = _parse_sellers(d.pop("sellers", UNSET))

        buyer = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            contact=contact,
            external_ids=external_ids,
            status=status,
            icon=icon,
            address=address,
            tax_id=tax_id,
            account=account,
            name=name,
            errors=errors,
            sellers=sellers,
        )

        buyer.additional_properties = d
        return buyer

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
