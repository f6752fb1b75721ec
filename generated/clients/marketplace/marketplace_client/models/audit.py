from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="Audit")


@_attrs_define
class Audit:
    """Creation and last-update events of an object (QA swagger: `QueryModelAudit`).

    Attributes:
        created (Event | Unset): An audit event (QA swagger: `QueryModelEvent`): when it happened and who did it.
        updated (Event | Unset): An audit event (QA swagger: `QueryModelEvent`): when it happened and who did it.
    """

    created: Event | Unset = UNSET
    updated: Event | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)
        _created = d.pop("created", UNSET)
        created: Event | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = Event.from_dict(_created)

        _updated = d.pop("updated", UNSET)
        updated: Event | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = Event.from_dict(_updated)

        audit = cls(
            created=created,
            updated=updated,
        )

        audit.additional_properties = d
        return audit

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
