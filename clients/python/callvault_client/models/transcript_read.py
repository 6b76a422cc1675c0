from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.view import View
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.finding import Finding
    from ..models.not_checked import NotChecked
    from ..models.segment_read import SegmentRead


T = TypeVar("T", bound="TranscriptRead")


@_attrs_define
class TranscriptRead:
    """
    Attributes:
        call_id (UUID):
        call_started_at (datetime.datetime): The instant segment offsets count from (the call's answer)
        created_at (datetime.datetime):
        engine (str):
        id (UUID):
        language (str):
        redactions (list[Finding]): What the redacted view hid (never the values)
        removed_segments (int):
        segment_count (int): Segments stored, removed ones included as markers
        segments (list[SegmentRead]):
        tags (list[str]):
        version (int):
        view (View):
        not_checked (list[NotChecked] | Unset): Types the redaction could not look for here (names and places without a
            spaCy model)
    """

    call_id: UUID
    call_started_at: datetime.datetime
    created_at: datetime.datetime
    engine: str
    id: UUID
    language: str
    redactions: list[Finding]
    removed_segments: int
    segment_count: int
    segments: list[SegmentRead]
    tags: list[str]
    version: int
    view: View
    not_checked: list[NotChecked] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.finding import Finding  # noqa: PLC0415
        from ..models.not_checked import NotChecked  # noqa: PLC0415
        from ..models.segment_read import SegmentRead  # noqa: PLC0415

        call_id = str(self.call_id)

        call_started_at = self.call_started_at.isoformat()

        created_at = self.created_at.isoformat()

        engine = self.engine

        id = str(self.id)

        language = self.language

        redactions = []
        for redactions_item_data in self.redactions:
            redactions_item = redactions_item_data.to_dict()
            redactions.append(redactions_item)

        removed_segments = self.removed_segments

        segment_count = self.segment_count

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        tags = self.tags

        version = self.version

        view = self.view.value

        not_checked: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.not_checked, Unset):
            not_checked = []
            for not_checked_item_data in self.not_checked:
                not_checked_item = not_checked_item_data.to_dict()
                not_checked.append(not_checked_item)

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
                "redactions": redactions,
                "removed_segments": removed_segments,
                "segment_count": segment_count,
                "segments": segments,
                "tags": tags,
                "version": version,
                "view": view,
            }
        )
        if not_checked is not UNSET:
            field_dict["not_checked"] = not_checked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding import Finding  # noqa: PLC0415
        from ..models.not_checked import NotChecked  # noqa: PLC0415
        from ..models.segment_read import SegmentRead  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        call_started_at = datetime.datetime.fromisoformat(d.pop("call_started_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        engine = d.pop("engine")

        id = UUID(d.pop("id"))

        language = d.pop("language")

        redactions = []
        _redactions = d.pop("redactions")
        for redactions_item_data in _redactions:
            redactions_item = Finding.from_dict(redactions_item_data)

            redactions.append(redactions_item)

        removed_segments = d.pop("removed_segments")

        segment_count = d.pop("segment_count")

        segments = []
        _segments = d.pop("segments")
        for segments_item_data in _segments:
            segments_item = SegmentRead.from_dict(segments_item_data)

            segments.append(segments_item)

        tags = cast(list[str], d.pop("tags"))

        version = d.pop("version")

        view = View(d.pop("view"))

        _not_checked = d.pop("not_checked", UNSET)
        not_checked: list[NotChecked] | Unset = UNSET
        if _not_checked is not UNSET:
            not_checked = []
            for not_checked_item_data in _not_checked:
                not_checked_item = NotChecked.from_dict(not_checked_item_data)

                not_checked.append(not_checked_item)

        transcript_read = cls(
            call_id=call_id,
            call_started_at=call_started_at,
            created_at=created_at,
            engine=engine,
            id=id,
            language=language,
            redactions=redactions,
            removed_segments=removed_segments,
            segment_count=segment_count,
            segments=segments,
            tags=tags,
            version=version,
            view=view,
            not_checked=not_checked,
        )

        transcript_read.additional_properties = d
        return transcript_read

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
