from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.refused_segment import RefusedSegment


T = TypeVar("T", bound="TranscriptStored")


@_attrs_define
class TranscriptStored:
    """
    Attributes:
        call_id (UUID):
        call_started_at (datetime.datetime): The instant segment offsets count from (the call's answer)
        created_at (datetime.datetime):
        engine (str):
        id (UUID):
        language (str):
        removed (list[RefusedSegment]): Segments left out for lack of consent (the tenant's `refused_segments` is
            `remove`)
        removed_segments (int):
        segment_count (int): Segments stored, removed ones included as markers
        tags (list[str]):
        version (int):
    """

    call_id: UUID
    call_started_at: datetime.datetime
    created_at: datetime.datetime
    engine: str
    id: UUID
    language: str
    removed: list[RefusedSegment]
    removed_segments: int
    segment_count: int
    tags: list[str]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.refused_segment import RefusedSegment  # noqa: PLC0415

        call_id = str(self.call_id)

        call_started_at = self.call_started_at.isoformat()

        created_at = self.created_at.isoformat()

        engine = self.engine

        id = str(self.id)

        language = self.language

        removed = []
        for removed_item_data in self.removed:
            removed_item = removed_item_data.to_dict()
            removed.append(removed_item)

        removed_segments = self.removed_segments

        segment_count = self.segment_count

        tags = self.tags

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "call_started_at": call_started_at,
                "created_at": created_at,
                "engine": engine,
                "id": id,
                "language": language,
                "removed": removed,
                "removed_segments": removed_segments,
                "segment_count": segment_count,
                "tags": tags,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refused_segment import RefusedSegment  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        call_started_at = datetime.datetime.fromisoformat(d.pop("call_started_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        engine = d.pop("engine")

        id = UUID(d.pop("id"))

        language = d.pop("language")

        removed = []
        _removed = d.pop("removed")
        for removed_item_data in _removed:
            removed_item = RefusedSegment.from_dict(removed_item_data)

            removed.append(removed_item)

        removed_segments = d.pop("removed_segments")

        segment_count = d.pop("segment_count")

        tags = cast(list[str], d.pop("tags"))

        version = d.pop("version")

        transcript_stored = cls(
            call_id=call_id,
            call_started_at=call_started_at,
            created_at=created_at,
            engine=engine,
            id=id,
            language=language,
            removed=removed,
            removed_segments=removed_segments,
            segment_count=segment_count,
            tags=tags,
            version=version,
        )

        transcript_stored.additional_properties = d
        return transcript_stored

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
