from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_event import DateEvent
    from ..models.event import Event


T = TypeVar("T", bound="AccountUserLegacyAudit")


@_attrs_define
class AccountUserLegacyAudit:
    """Audit events of a legacy account user (QA swagger: `AccountUserLegacyAudit`).

    Attributes:
        created (Event | Unset): An audit event (QA swagger: `QueryModelEvent`): when it happened and who did it.
        updated (Event | Unset): An audit event (QA swagger: `QueryModelEvent`): when it happened and who did it.
        invitation_accepted_at (datetime.datetime | None | Unset): When the invitation to the account was accepted.
        access (DateEvent | Unset): An audit event that records only the time (QA swagger: `QueryModelDateEvent`).
        joined (DateEvent | Unset): An audit event that records only the time (QA swagger: `QueryModelDateEvent`).
    """

    created: Event | Unset = UNSET
    updated: Event | Unset = UNSET
    invitation_accepted_at: datetime.datetime | None | Unset = UNSET
    access: DateEvent | Unset = UNSET
    joined: DateEvent | Unset = UNSET
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

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        joined: dict[str, Any] | Unset = UNSET
        if not isinstance(self.joined, Unset):
            joined = self.joined.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if invitation_accepted_at is not UNSET:
            field_dict["invitationAcceptedAt"] = invitation_accepted_at
        if access is not UNSET:
            field_dict["access"] = access
        if joined is not UNSET:
            field_dict["joined"] = joined

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_event import DateEvent  # noqa: PLC0415
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

        _access = d.pop("access", UNSET)
        access: DateEvent | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = DateEvent.from_dict(_access)

        _joined = d.pop("joined", UNSET)
        joined: DateEvent | Unset
        if isinstance(_joined, Unset):
            joined = UNSET
        else:
            joined = DateEvent.from_dict(_joined)

        account_user_legacy_audit = cls(
            created=created,
            updated=updated,
            invitation_accepted_at=invitation_accepted_at,
            access=access,
            joined=joined,
        )

        account_user_legacy_audit.additional_properties = d
        return account_user_legacy_audit

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
