from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="TelnyxPayload")


@_attrs_define
class TelnyxPayload:
    """
    Attributes:
        call_control_id (str): The call; becomes the call's `external_id`
        digits (None | str | Unset): call.gather.ended: the key pressed
        direction (None | str | Unset): incoming/inbound, else outbound
        from_ (None | str | Unset):
        recording_id (None | str | Unset): call.recording.saved: the provider's copy, deleted through its API with the
            call's transcripts (missing: listed as `unnamed:...`, to delete at the provider)
        to (None | str | Unset):
    """

    call_control_id: str
    digits: None | str | Unset = UNSET
    direction: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    recording_id: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_control_id = self.call_control_id

        digits: None | str | Unset
        if isinstance(self.digits, Unset):
            digits = UNSET
        else:
            digits = self.digits

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        recording_id: None | str | Unset
        if isinstance(self.recording_id, Unset):
            recording_id = UNSET
        else:
            recording_id = self.recording_id

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_control_id": call_control_id,
            }
        )
        if digits is not UNSET:
            field_dict["digits"] = digits
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_ is not UNSET:
            field_dict["from"] = from_
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_control_id = d.pop("call_control_id")

        def _parse_digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digits = _parse_digits(d.pop("digits", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_recording_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_id = _parse_recording_id(d.pop("recording_id", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        telnyx_payload = cls(
            call_control_id=call_control_id,
            digits=digits,
            direction=direction,
            from_=from_,
            recording_id=recording_id,
            to=to,
        )

        telnyx_payload.additional_properties = d
        return telnyx_payload

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
