from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.retell_call_direction import RetellCallDirection
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.retell_utterance import RetellUtterance


T = TypeVar("T", bound="RetellCall")


@_attrs_define
class RetellCall:
    """
    Attributes:
        call_id (str):
        direction (RetellCallDirection | Unset):  Default: RetellCallDirection.INBOUND.
        end_timestamp (int | None | Unset): Milliseconds since the epoch (call_ended)
        from_number (None | str | Unset):
        start_timestamp (int | None | Unset): Milliseconds since the epoch (call_started; on call_ended and
            call_analyzed, an answer too: the earliest answer counts)
        to_number (None | str | Unset):
        transcript_object (list[RetellUtterance] | None | Unset): call_ended, call_analyzed: the call's transcript,
            ingested through the consent gate as `POST /v1/transcripts` (once per call); one that cannot be taken is
            acknowledged and listed as refused at `GET /v1/webhook-inbox`
    """

    call_id: str
    direction: RetellCallDirection | Unset = RetellCallDirection.INBOUND
    end_timestamp: int | None | Unset = UNSET
    from_number: None | str | Unset = UNSET
    start_timestamp: int | None | Unset = UNSET
    to_number: None | str | Unset = UNSET
    transcript_object: list[RetellUtterance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.retell_utterance import RetellUtterance  # noqa: PLC0415

        call_id = self.call_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        end_timestamp: int | None | Unset
        if isinstance(self.end_timestamp, Unset):
            end_timestamp = UNSET
        else:
            end_timestamp = self.end_timestamp

        from_number: None | str | Unset
        if isinstance(self.from_number, Unset):
            from_number = UNSET
        else:
            from_number = self.from_number

        start_timestamp: int | None | Unset
        if isinstance(self.start_timestamp, Unset):
            start_timestamp = UNSET
        else:
            start_timestamp = self.start_timestamp

        to_number: None | str | Unset
        if isinstance(self.to_number, Unset):
            to_number = UNSET
        else:
            to_number = self.to_number

        transcript_object: list[dict[str, Any]] | None | Unset
        if isinstance(self.transcript_object, Unset):
            transcript_object = UNSET
        elif isinstance(self.transcript_object, list):
            transcript_object = []
            for transcript_object_type_0_item_data in self.transcript_object:
                transcript_object_type_0_item = (
                    transcript_object_type_0_item_data.to_dict()
                )
                transcript_object.append(transcript_object_type_0_item)

        else:
            transcript_object = self.transcript_object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if end_timestamp is not UNSET:
            field_dict["end_timestamp"] = end_timestamp
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if start_timestamp is not UNSET:
            field_dict["start_timestamp"] = start_timestamp
        if to_number is not UNSET:
            field_dict["to_number"] = to_number
        if transcript_object is not UNSET:
            field_dict["transcript_object"] = transcript_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retell_utterance import RetellUtterance  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        _direction = d.pop("direction", UNSET)
        direction: RetellCallDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = RetellCallDirection(_direction)

        def _parse_end_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_timestamp = _parse_end_timestamp(d.pop("end_timestamp", UNSET))

        def _parse_from_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_number = _parse_from_number(d.pop("from_number", UNSET))

        def _parse_start_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_timestamp = _parse_start_timestamp(d.pop("start_timestamp", UNSET))

        def _parse_to_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_number = _parse_to_number(d.pop("to_number", UNSET))

        def _parse_transcript_object(
            data: object,
        ) -> list[RetellUtterance] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transcript_object_type_0 = []
                _transcript_object_type_0 = data
                for transcript_object_type_0_item_data in _transcript_object_type_0:
                    transcript_object_type_0_item = RetellUtterance.from_dict(
                        transcript_object_type_0_item_data
                    )

                    transcript_object_type_0.append(transcript_object_type_0_item)

                return transcript_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RetellUtterance] | None | Unset, data)

        transcript_object = _parse_transcript_object(d.pop("transcript_object", UNSET))

        retell_call = cls(
            call_id=call_id,
            direction=direction,
            end_timestamp=end_timestamp,
            from_number=from_number,
            start_timestamp=start_timestamp,
            to_number=to_number,
            transcript_object=transcript_object,
        )

        retell_call.additional_properties = d
        return retell_call

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
