from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="UserAudit")


@_attrs_define
class UserAudit:
    """Audit events of a user (QA swagger: `UserAudit`). Events cannot be set through the API and
    are ignored on input. Omitted by default in lists; add with `select=+audit`.

        Attributes:
            created (Event | Unset): An audit event (QA swagger: `QueryModelEvent`): when it happened and who did it.
            updated (Event | Unset): An audit event (QA swagger: `QueryModelEvent`): when it happened and who did it.
            invitation_accepted_at (datetime.datetime | None | Unset): When the user first accepted an invitation to the
                platform.
    """

    created: Event | Unset = UNSET
    updated: Event | Unset = UNSET
    invitation_accepted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        invitation_accepted_at: None | str | Unset
        if isinstance(self.invitation_accepted_at, Unset):
            invitation_accepted_at = UNSET
        elif isinstance(self.invitation_accepted_at, datetime.datetime):
            invitation_accepted_at = self.invitation_accepted_at.isoformat()
        else:
            invitation_accepted_at = self.invitation_accepted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if invitation_accepted_at is not UNSET:
            field_dict["invitationAcceptedAt"] = invitation_accepted_at

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

        def _parse_invitation_accepted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invitation_accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return invitation_accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        invitation_accepted_at = _parse_invitation_accepted_at(d.pop("invitationAcceptedAt", UNSET))

        user_audit = cls(
            created=created,
            updated=updated,
            invitation_accepted_at=invitation_accepted_at,
        )

        user_audit.additional_properties = d
        return user_audit

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
