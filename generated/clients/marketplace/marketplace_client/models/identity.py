from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit import Audit
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Identity")


@_attrs_define
class Identity:
    """Who triggered an audit event (QA swagger: `IdentityQueryModel`; 2025 spec: `Id`): a user
    (`USR-` id) or an API token (`TKN-` id). Its own `audit` makes the graph circular.

        Attributes:
            id (str | Unset): Id of the user or API token.
            audit (Audit | Unset): Creation and last-update events of an object (QA swagger: `QueryModelAudit`).
            meta (Metadata | Unset): Representation metadata of a resource (`$meta`; QA swagger: `QueryModelMetadata`).
            href (str | Unset): Relative reference to the user or token in the API.
            name (str | Unset): Display name of the user or token.
            icon (None | str | Unset): Reference to the identity's icon, if any.
    """

    id: str | Unset = UNSET
    audit: Audit | Unset = UNSET
    meta: Metadata | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    icon: None | str | Unset = UNSET
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

        name = self.name

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

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
        if name is not UNSET:
            field_dict["name"] = name
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        name = d.pop("name", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        identity = cls(
            id=id,
            audit=audit,
            meta=meta,
            href=href,
            name=name,
            icon=icon,
        )

        identity.additional_properties = d
        return identity

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
