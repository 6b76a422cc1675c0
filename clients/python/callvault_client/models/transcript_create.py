from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.segment_create import SegmentCreate
    from ..models.subjects import Subjects


T = TypeVar("T", bound="TranscriptCreate")


@_attrs_define
class TranscriptCreate:
    """A transcript as the speech recognition engine wrote it.

    Attributes:
        call_id (UUID):
        engine (str): The speech recognition engine that wrote it
        language (str):
        segments (list[SegmentCreate]): At most `CALLVAULT_MAX_TRANSCRIPT_SEGMENTS`
        subjects (Subjects | Unset): Who else the transcript is about, for finding it by subject (blind index only):
            `emails` and
            `external_ids` of the transcript as a whole (no speaker known), `participants` each speaker's own.
        tags (list[str] | Unset):
    """

    call_id: UUID
    engine: str
    language: str
    segments: list[SegmentCreate]
    subjects: Subjects | Unset = UNSET
    tags: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.segment_create import SegmentCreate  # noqa: PLC0415
        from ..models.subjects import Subjects  # noqa: PLC0415

        call_id = str(self.call_id)

        engine = self.engine

        language = self.language

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        subjects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "call_id": call_id,
                "engine": engine,
                "language": language,
                "segments": segments,
            }
        )
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_create import SegmentCreate  # noqa: PLC0415
        from ..models.subjects import Subjects  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        engine = d.pop("engine")

        language = d.pop("language")

        segments = []
        _segments = d.pop("segments")
        for segments_item_data in _segments:
            segments_item = SegmentCreate.from_dict(segments_item_data)

            segments.append(segments_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: Subjects | Unset
        if isinstance(_subjects, Unset):
            subjects = UNSET
        else:
            subjects = Subjects.from_dict(_subjects)

        tags = cast(list[str], d.pop("tags", UNSET))

        transcript_create = cls(
            call_id=call_id,
            engine=engine,
            language=language,
            segments=segments,
            subjects=subjects,
            tags=tags,
        )

        return transcript_create
