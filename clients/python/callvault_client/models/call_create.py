from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.direction import Direction
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.participant_create import ParticipantCreate


T = TypeVar("T", bound="CallCreate")


@_attrs_define
class CallCreate:
    """
    Attributes:
        direction (Direction):
        external_id (str):
        participants (list[ParticipantCreate]):
        provider (str):
        started_at (datetime.datetime | None | Unset): When the call was answered, ISO 8601 with a timezone (UTC
            preferred): what transcript offsets count from. An earlier `call_answered` event moves it
    """

    direction: Direction
    external_id: str
    participants: list[ParticipantCreate]
    provider: str
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_create import ParticipantCreate  # noqa: PLC0415

        direction = self.direction.value

        external_id = self.external_id

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        provider = self.provider

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "direction": direction,
                "external_id": external_id,
                "participants": participants,
                "provider": provider,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_create import ParticipantCreate  # noqa: PLC0415

        d = dict(src_dict)
        direction = Direction(d.pop("direction"))

        external_id = d.pop("external_id")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ParticipantCreate.from_dict(participants_item_data)

            participants.append(participants_item)

        provider = d.pop("provider")

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        call_create = cls(
            direction=direction,
            external_id=external_id,
            participants=participants,
            provider=provider,
            started_at=started_at,
        )

        return call_create
