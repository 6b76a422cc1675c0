from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.standard_event_direction import StandardEventDirection
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="StandardEvent")


@_attrs_define
class StandardEvent:
    """
    Attributes:
        call_id (str): Becomes the call's `external_id`
        type_ (str): Used: call.started (the answer), call.ended, consent.dtmf, recording.started, recording.paused,
            recording.resumed, recording.stopped; others are acknowledged and ignored
        digits (None | str | Unset): consent.dtmf: the key pressed
        direction (StandardEventDirection | Unset):  Default: StandardEventDirection.INBOUND.
        from_ (None | str | Unset):
        occurred_at (None | str | Unset): ISO 8601
        to (None | str | Unset):
    """

    call_id: str
    type_: str
    digits: None | str | Unset = UNSET
    direction: StandardEventDirection | Unset = StandardEventDirection.INBOUND
    from_: None | str | Unset = UNSET
    occurred_at: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_

        digits: None | str | Unset
        if isinstance(self.digits, Unset):
            digits = UNSET
        else:
            digits = self.digits

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        else:
            occurred_at = self.occurred_at

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "type": type_,
            }
        )
        if digits is not UNSET:
            field_dict["digits"] = digits
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_ is not UNSET:
            field_dict["from"] = from_
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        type_ = d.pop("type")

        def _parse_digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digits = _parse_digits(d.pop("digits", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: StandardEventDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = StandardEventDirection(_direction)

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_occurred_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        occurred_at = _parse_occurred_at(d.pop("occurred_at", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        standard_event = cls(
            call_id=call_id,
            type_=type_,
            digits=digits,
            direction=direction,
            from_=from_,
            occurred_at=occurred_at,
            to=to,
        )

        standard_event.additional_properties = d
        return standard_event

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
