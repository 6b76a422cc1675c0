from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID


T = TypeVar("T", bound="PeriodParticipant")


@_attrs_define
class PeriodParticipant:
    """
    Attributes:
        external_id (str):
        participant_id (UUID):
        phone_number_index (None | str): Blind index (HMAC) of the E.164 number; never the number
        role (str):
    """

    external_id: str
    participant_id: UUID
    phone_number_index: None | str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        participant_id = str(self.participant_id)

        phone_number_index: None | str
        phone_number_index = self.phone_number_index

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "participant_id": participant_id,
                "phone_number_index": phone_number_index,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        participant_id = UUID(d.pop("participant_id"))

        def _parse_phone_number_index(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number_index = _parse_phone_number_index(d.pop("phone_number_index"))

        role = d.pop("role")

        period_participant = cls(
            external_id=external_id,
            participant_id=participant_id,
            phone_number_index=phone_number_index,
            role=role,
        )

        period_participant.additional_properties = d
        return period_participant

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
