from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroupReference")


@_attrs_define
class UserGroupReference:
    """Reference to a user group by id (QA swagger: `UserGroupDto`). `id` is not marked required
    in the spec.

        Attributes:
            id (str | Unset): User-group id.
    """

    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_group_reference = cls(
            id=id,
        )

        return user_group_reference
