from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.vonage_dtmf import VonageDtmf


T = TypeVar("T", bound="VonageEvent")


@_attrs_define
class VonageEvent:
    """A Vonage event webhook (answer URL and input callbacks are shaped alike).

    Attributes:
        conversation_uuid (str): The call; becomes the call's `external_id`
        direction (None | str | Unset): outbound, else inbound
        dtmf (None | Unset | VonageDtmf): The caller's key press
        end_time (None | str | Unset):
        from_ (None | str | Unset): Digits without the plus
        recording_url (None | str | Unset): The recording's file: the provider's copy, deleted through its API with the
            call's transcripts (a URL that is not a Media API file, `/v1/files/<id>`: listed as `unnamed:...`, to delete at
            the provider)
        recording_uuid (None | str | Unset): A finished recording (with end_time)
        status (None | str | Unset): started, ringing, answered (the answer), completed, busy, cancelled, failed,
            rejected, timeout, unanswered
        timestamp (None | str | Unset): ISO 8601
        to (None | str | Unset):
        uuid (None | str | Unset): The leg
    """

    conversation_uuid: str
    direction: None | str | Unset = UNSET
    dtmf: None | Unset | VonageDtmf = UNSET
    end_time: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    recording_uuid: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vonage_dtmf import VonageDtmf  # noqa: PLC0415

        conversation_uuid = self.conversation_uuid

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        dtmf: dict[str, Any] | None | Unset
        if isinstance(self.dtmf, Unset):
            dtmf = UNSET
        elif isinstance(self.dtmf, VonageDtmf):
            dtmf = self.dtmf.to_dict()
        else:
            dtmf = self.dtmf

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        recording_uuid: None | str | Unset
        if isinstance(self.recording_uuid, Unset):
            recording_uuid = UNSET
        else:
            recording_uuid = self.recording_uuid

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_uuid": conversation_uuid,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if dtmf is not UNSET:
            field_dict["dtmf"] = dtmf
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if from_ is not UNSET:
            field_dict["from"] = from_
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if recording_uuid is not UNSET:
            field_dict["recording_uuid"] = recording_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if to is not UNSET:
            field_dict["to"] = to
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vonage_dtmf import VonageDtmf  # noqa: PLC0415

        d = dict(src_dict)
        conversation_uuid = d.pop("conversation_uuid")

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_dtmf(data: object) -> None | Unset | VonageDtmf:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dtmf_type_0 = VonageDtmf.from_dict(data)

                return dtmf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VonageDtmf, data)

        dtmf = _parse_dtmf(d.pop("dtmf", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_url = _parse_recording_url(d.pop("recording_url", UNSET))

        def _parse_recording_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_uuid = _parse_recording_uuid(d.pop("recording_uuid", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        vonage_event = cls(
            conversation_uuid=conversation_uuid,
            direction=direction,
            dtmf=dtmf,
            end_time=end_time,
            from_=from_,
            recording_url=recording_url,
            recording_uuid=recording_uuid,
            status=status,
            timestamp=timestamp,
            to=to,
            uuid=uuid,
        )

        vonage_event.additional_properties = d
        return vonage_event

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
