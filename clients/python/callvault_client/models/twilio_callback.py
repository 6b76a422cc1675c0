from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="TwilioCallback")


@_attrs_define
class TwilioCallback:
    """A Twilio voice webhook, status callback or recording status callback (a form).

    Attributes:
        call_sid (str): The call; becomes the call's `external_id`
        call_status (None | str | Unset): initiated, ringing, in-progress (the answer: transcript offsets count from its
            Timestamp), completed, busy, failed, no-answer, canceled
        digits (None | str | Unset): The caller's key press (the IVR's `gather` step)
        direction (None | str | Unset): `inbound`, else outbound (`outbound-api`, `outbound-dial`)
        from_ (None | str | Unset): The caller; E.164 numbers only locate a participant
        recording_sid (None | str | Unset): The provider's copy, deleted through its API with the call's transcripts
        recording_status (None | str | Unset): in-progress (recording started), paused, completed, stopped, absent,
            failed (recording stopped)
        sequence_number (None | str | Unset): With CallSid and CallStatus, what identifies a callback
        timestamp (None | str | Unset): RFC 2822; when missing or in the future, the time received
        to (None | str | Unset): The number called
    """

    call_sid: str
    call_status: None | str | Unset = UNSET
    digits: None | str | Unset = UNSET
    direction: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    recording_sid: None | str | Unset = UNSET
    recording_status: None | str | Unset = UNSET
    sequence_number: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_sid = self.call_sid

        call_status: None | str | Unset
        if isinstance(self.call_status, Unset):
            call_status = UNSET
        else:
            call_status = self.call_status

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

        recording_sid: None | str | Unset
        if isinstance(self.recording_sid, Unset):
            recording_sid = UNSET
        else:
            recording_sid = self.recording_sid

        recording_status: None | str | Unset
        if isinstance(self.recording_status, Unset):
            recording_status = UNSET
        else:
            recording_status = self.recording_status

        sequence_number: None | str | Unset
        if isinstance(self.sequence_number, Unset):
            sequence_number = UNSET
        else:
            sequence_number = self.sequence_number

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CallSid": call_sid,
            }
        )
        if call_status is not UNSET:
            field_dict["CallStatus"] = call_status
        if digits is not UNSET:
            field_dict["Digits"] = digits
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if from_ is not UNSET:
            field_dict["From"] = from_
        if recording_sid is not UNSET:
            field_dict["RecordingSid"] = recording_sid
        if recording_status is not UNSET:
            field_dict["RecordingStatus"] = recording_status
        if sequence_number is not UNSET:
            field_dict["SequenceNumber"] = sequence_number
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp
        if to is not UNSET:
            field_dict["To"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_sid = d.pop("CallSid")

        def _parse_call_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_status = _parse_call_status(d.pop("CallStatus", UNSET))

        def _parse_digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digits = _parse_digits(d.pop("Digits", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("Direction", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("From", UNSET))

        def _parse_recording_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_sid = _parse_recording_sid(d.pop("RecordingSid", UNSET))

        def _parse_recording_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_status = _parse_recording_status(d.pop("RecordingStatus", UNSET))

        def _parse_sequence_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_number = _parse_sequence_number(d.pop("SequenceNumber", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("Timestamp", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("To", UNSET))

        twilio_callback = cls(
            call_sid=call_sid,
            call_status=call_status,
            digits=digits,
            direction=direction,
            from_=from_,
            recording_sid=recording_sid,
            recording_status=recording_status,
            sequence_number=sequence_number,
            timestamp=timestamp,
            to=to,
        )

        twilio_callback.additional_properties = d
        return twilio_callback

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
