from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.direction import Direction
from ..models.recording_state import RecordingState
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.participant_read import ParticipantRead


T = TypeVar("T", bound="CallRead")


@_attrs_define
class CallRead:
    """
    Attributes:
        created_at (datetime.datetime):
        direction (Direction):
        ended_at (datetime.datetime | None):
        external_id (str):
        id (UUID):
        participants (list[ParticipantRead]):
        provider (str):
        recording_state (RecordingState):
        started_at (datetime.datetime | None): When the call was answered (the earliest `call_answered` event, or as
            created): what transcript offsets count from
    """

    created_at: datetime.datetime
    direction: Direction
    ended_at: datetime.datetime | None
    external_id: str
    id: UUID
    participants: list[ParticipantRead]
    provider: str
    recording_state: RecordingState
    started_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_read import ParticipantRead  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        direction = self.direction.value

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        external_id = self.external_id

        id = str(self.id)

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        provider = self.provider

        recording_state = self.recording_state.value

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "direction": direction,
                "ended_at": ended_at,
                "external_id": external_id,
                "id": id,
                "participants": participants,
                "provider": provider,
                "recording_state": recording_state,
                "started_at": started_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_read import ParticipantRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        direction = Direction(d.pop("direction"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        external_id = d.pop("external_id")

        id = UUID(d.pop("id"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ParticipantRead.from_dict(participants_item_data)

            participants.append(participants_item)

        provider = d.pop("provider")

        recording_state = RecordingState(d.pop("recording_state"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        call_read = cls(
            created_at=created_at,
            direction=direction,
            ended_at=ended_at,
            external_id=external_id,
            id=id,
            participants=participants,
            provider=provider,
            recording_state=recording_state,
            started_at=started_at,
        )

        call_read.additional_properties = d
        return call_read

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
