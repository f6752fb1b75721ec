from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_service_level import AccountServiceLevel
from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_eligibility import AccountEligibility
    from ..models.account_external_ids import AccountExternalIds
    from ..models.address import Address
    from ..models.audit import Audit
    from ..models.metadata import Metadata
    from ..models.user_group import UserGroup


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A platform account: client, vendor or operations (QA swagger: `AccountQueryModel`; 2025
    spec: `Account`). The QA swagger marks `name`, `status` and `type` as required. These
    are create-time validation attributes, and nested or projected accounts omit them (e.g.
    `{id, href, icon, name}`), so they are optional here.

        Attributes:
            id (str | Unset): Account identifier.
            audit (Audit | Unset): Creation and last-update events of an object (QA swagger: `QueryModelAudit`).
            meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
            href (str | Unset): Relative reference to the account in the API.
            external_ids (AccountExternalIds | Unset): External identifiers of an account (QA swagger:
                `AccountExternalIdsQueryModel`).
            external_id (None | str | Unset): Identifier of the account in an external system.
            external_name (None | str | Unset): Name of the account in an external system.
            type_ (AccountType | Unset): Type of an account (QA swagger: `AccountType`).
            status (AccountStatus | Unset): Status of an account (QA swagger: `AccountStatus`).
            service_level (AccountServiceLevel | Unset): Service level of an account (QA swagger: `AccountServiceLevel`).
                The account docs list
                `Essential`, `Elite` and `DSC` instead; the spec enum is followed.
            address (Address | Unset): Postal address (QA swagger: `AddressQueryModel`).
            icon (None | str | Unset): Reference to the account's icon, if any.
            technical_support_email (None | str | Unset): Technical support e-mail address of the account.
            website (None | str | Unset): Website of the account.
            description (None | str | Unset): Description of the account.
            name (str | Unset): Name of the account.
            groups (list[UserGroup] | None | Unset): User groups of the account.
            eligibility (AccountEligibility | Unset): What the account is eligible to be (2025 spec: `Account.eligibility`;
                absent from the 2024
                QA swagger).
    """

    id: str | Unset = UNSET
    audit: Audit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    external_ids: AccountExternalIds | Unset = UNSET
    external_id: None | str | Unset = UNSET
    external_name: None | str | Unset = UNSET
    type_: AccountType | Unset = UNSET
    status: AccountStatus | Unset = UNSET
    service_level: AccountServiceLevel | Unset = UNSET
    address: Address | Unset = UNSET
    icon: None | str | Unset = UNSET
    technical_support_email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    name: str | Unset = UNSET
    groups: list[UserGroup] | None | Unset = UNSET
    eligibility: AccountEligibility | Unset = UNSET
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

        external_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_name: None | str | Unset
        if isinstance(self.external_name, Unset):
            external_name = UNSET
        else:
            external_name = self.external_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        service_level: str | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.value

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        technical_support_email: None | str | Unset
        if isinstance(self.technical_support_email, Unset):
            technical_support_email = UNSET
        else:
            technical_support_email = self.technical_support_email

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name = self.name

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = self.eligibility.to_dict()

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
        if external_ids is not UNSET:
            field_dict["externalIds"] = external_ids
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_name is not UNSET:
            field_dict["externalName"] = external_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if service_level is not UNSET:
            field_dict["serviceLevel"] = service_level
        if address is not UNSET:
            field_dict["address"] = address
        if icon is not UNSET:
            field_dict["icon"] = icon
        if technical_support_email is not UNSET:
            field_dict["technicalSupportEmail"] = technical_support_email
        if website is not UNSET:
            field_dict["website"] = website
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if groups is not UNSET:
            field_dict["groups"] = groups
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_eligibility import AccountEligibility  # noqa: PLC0415
        from ..models.account_external_ids import AccountExternalIds  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.audit import Audit  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.user_group import UserGroup  # noqa: PLC0415

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

        _external_ids = d.pop("externalIds", UNSET)
        external_ids: AccountExternalIds | Unset
        if isinstance(_external_ids, Unset):
            external_ids = UNSET
        else:
            external_ids = AccountExternalIds.from_dict(_external_ids)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_external_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_name = _parse_external_name(d.pop("externalName", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: AccountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AccountType(_type_)

        _status = d.pop("status", UNSET)
        status: AccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccountStatus(_status)

        _service_level = d.pop("serviceLevel", UNSET)
        service_level: AccountServiceLevel | Unset
        if isinstance(_service_level, Unset):
            service_level = UNSET
        else:
            service_level = AccountServiceLevel(_service_level)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_technical_support_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        technical_support_email = _parse_technical_support_email(d.pop("technicalSupportEmail", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        name = d.pop("name", UNSET)

        def _parse_groups(data: object) -> list[UserGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = UserGroup.from_dict(groups_type_0_item_data)

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserGroup] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        _eligibility = d.pop("eligibility", UNSET)
        eligibility: AccountEligibility | Unset
        if isinstance(_eligibility, Unset):
            eligibility = UNSET
        else:
            eligibility = AccountEligibility.from_dict(_eligibility)

        account = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            external_ids=external_ids,
            external_id=external_id,
            external_name=external_name,
            type_=type_,
            status=status,
            service_level=service_level,
            address=address,
            icon=icon,
            technical_support_email=technical_support_email,
            website=website,
            description=description,
            name=name,
            groups=groups,
            eligibility=eligibility,
        )

        account.additional_properties = d
        return account

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
