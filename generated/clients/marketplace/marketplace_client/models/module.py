from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit import Audit
    from ..models.metadata import Metadata
    from ..models.module_filters import ModuleFilters
    from ..models.module_settings import ModuleSettings


T = TypeVar("T", bound="Module")


@_attrs_define
class Module:
    """A platform module: a permission set that user groups grant (QA swagger:
    `ModuleQueryModel`; 2025 spec: `Module`).

        Attributes:
            id (str | Unset): Module identifier.
            audit (Audit | Unset): Creation and last-update events of an object (QA swagger: `QueryModelAudit`).
            meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
            href (str | Unset): Relative reference to the module in the API.
            code (str | Unset): Module code (2025 spec; absent from the 2024 QA swagger).
            description (str | Unset): Description of the module.
            is_configurable (bool | Unset): Deprecated in the spec (see `settings`).
            is_enabled_by_default (bool | Unset): Deprecated in the spec (see `settings`).
            paid (bool | Unset): Deprecated in the spec (see `settings`).
            name (str | Unset): Name of the module.
            account_types (list[str] | Unset): Account types the module applies to (values of `AccountType`).
            filters (ModuleFilters | Unset): Data filters a module applies (QA swagger: `Filters`).
            settings (ModuleSettings | Unset): Settings of a module (QA swagger: `ModuleSettingsQueryModel`).
    """

    id: str | Unset = UNSET
    audit: Audit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    is_configurable: bool | Unset = UNSET
    is_enabled_by_default: bool | Unset = UNSET
    paid: bool | Unset = UNSET
    name: str | Unset = UNSET
    account_types: list[str] | Unset = UNSET
    filters: ModuleFilters | Unset = UNSET
    settings: ModuleSettings | Unset = UNSET
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

        code = self.code

        description = self.description

        is_configurable = self.is_configurable

        is_enabled_by_default = self.is_enabled_by_default

        paid = self.paid

        name = self.name

        account_types: list[str] | Unset = UNSET
        if not isinstance(self.account_types, Unset):
            account_types = self.account_types

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

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
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if is_configurable is not UNSET:
            field_dict["isConfigurable"] = is_configurable
        if is_enabled_by_default is not UNSET:
            field_dict["isEnabledByDefault"] = is_enabled_by_default
        if paid is not UNSET:
            field_dict["paid"] = paid
        if name is not UNSET:
            field_dict["name"] = name
        if account_types is not UNSET:
            field_dict["accountTypes"] = account_types
        if filters is not UNSET:
            field_dict["filters"] = filters
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit import Audit  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.module_filters import ModuleFilters  # noqa: PLC0415
        from ..models.module_settings import ModuleSettings  # noqa: PLC0415

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

        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        is_configurable = d.pop("isConfigurable", UNSET)

        is_enabled_by_default = d.pop("isEnabledByDefault", UNSET)

        paid = d.pop("paid", UNSET)

        name = d.pop("name", UNSET)

        account_types = cast(list[str], d.pop("accountTypes", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: ModuleFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ModuleFilters.from_dict(_filters)

        _settings = d.pop("settings", UNSET)
        settings: ModuleSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ModuleSettings.from_dict(_settings)

        module = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            code=code,
            description=description,
            is_configurable=is_configurable,
            is_enabled_by_default=is_enabled_by_default,
            paid=paid,
            name=name,
            account_types=account_types,
            filters=filters,
            settings=settings,
        )

        module.additional_properties = d
        return module

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
