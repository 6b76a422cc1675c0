from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="TranscriptSummary")


@_attrs_define
class TranscriptSummary:
    """
    Attributes:
        call_id (UUID):
        call_started_at (datetime.datetime): The instant segment offsets count from (the call's answer)
        created_at (datetime.datetime):
        engine (str):
        id (UUID):
        language (str):
        removed_segments (int):
        segment_count (int): Segments stored, removed ones included as markers
        tags (list[str]):
        version (int):
        expires_at (datetime.datetime | None | Unset): When the purge takes it: the call's end plus its retention (null
            while the call runs, and in the ingest's answer, which comes before the database sets it). A legal hold keeps it
            past this
        retention_days (int | None | Unset): The longest retention that applies to it
        retention_source (None | str | Unset): Which rule set it: `default`, `tag:<tag>` or `call` (the longest wins)
    """

    call_id: UUID
    call_started_at: datetime.datetime
    created_at: datetime.datetime
    engine: str
    id: UUID
    language: str
    removed_segments: int
    segment_count: int
    tags: list[str]
    version: int
    expires_at: datetime.datetime | None | Unset = UNSET
    retention_days: int | None | Unset = UNSET
    retention_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = str(self.call_id)

        call_started_at = self.call_started_at.isoformat()

        created_at = self.created_at.isoformat()

        engine = self.engine

        id = str(self.id)

        language = self.language

        removed_segments = self.removed_segments

        segment_count = self.segment_count

        tags = self.tags

        version = self.version

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        retention_days: int | None | Unset
        if isinstance(self.retention_days, Unset):
            retention_days = UNSET
        else:
            retention_days = self.retention_days

        retention_source: None | str | Unset
        if isinstance(self.retention_source, Unset):
            retention_source = UNSET
        else:
            retention_source = self.retention_source

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
                "removed_segments": removed_segments,
                "segment_count": segment_count,
                "tags": tags,
                "version": version,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if retention_source is not UNSET:
            field_dict["retention_source"] = retention_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        call_started_at = datetime.datetime.fromisoformat(d.pop("call_started_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        engine = d.pop("engine")

        id = UUID(d.pop("id"))

        language = d.pop("language")

        removed_segments = d.pop("removed_segments")

        segment_count = d.pop("segment_count")

        tags = cast(list[str], d.pop("tags"))

        version = d.pop("version")

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_retention_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retention_days = _parse_retention_days(d.pop("retention_days", UNSET))

        def _parse_retention_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retention_source = _parse_retention_source(d.pop("retention_source", UNSET))

        transcript_summary = cls(
            call_id=call_id,
            call_started_at=call_started_at,
            created_at=created_at,
            engine=engine,
            id=id,
            language=language,
            removed_segments=removed_segments,
            segment_count=segment_count,
            tags=tags,
            version=version,
            expires_at=expires_at,
            retention_days=retention_days,
            retention_source=retention_source,
        )

        transcript_summary.additional_properties = d
        return transcript_summary

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
