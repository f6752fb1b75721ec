from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProblemDetailsError")


@_attrs_define
class ProblemDetailsError:
    """One platform error message (docs "Parameter Errors Fields").

    Attributes:
        message (str | Unset): Message text (markdown allowed).
        properties (list[str] | Unset): Object properties affected by the error, e.g. `["listing.id"]`.
        id (None | str | Unset): Message identifier used for localisation.
        parameters (Any | Unset): Values for `{{name}}` placeholders in the message. The docs describe an object; any
            JSON value, including `null`, is accepted here.
    """

    message: str | Unset = UNSET
    properties: list[str] | Unset = UNSET
    id: None | str | Unset = UNSET
    parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        properties: list[str] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if properties is not UNSET:
            field_dict["properties"] = properties
        if id is not UNSET:
            field_dict["id"] = id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        properties = cast(list[str], d.pop("properties", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        parameters = d.pop("parameters", UNSET)

        problem_details_error = cls(
            message=message,
            properties=properties,
            id=id,
            parameters=parameters,
        )

        problem_details_error.additional_properties = d
        return problem_details_error

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
