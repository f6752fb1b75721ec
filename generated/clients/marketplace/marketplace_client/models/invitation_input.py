from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitationInput")


@_attrs_define
class InvitationInput:
    """Invitation options on creation (QA swagger: `InvitationDto`). The official client sends
    `{"status": "Invited"}`; no other values are documented.

        Attributes:
            status (str | Unset): Initial invitation status.
    """

    status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        invitation_input = cls(
            status=status,
        )

        return invitation_input
