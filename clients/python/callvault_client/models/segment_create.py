from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID


T = TypeVar("T", bound="SegmentCreate")


@_attrs_define
class SegmentCreate:
    """One speaker's words between two moments of the call.

    Attributes:
        end_ms (int):
        participant_id (UUID):
        start_ms (int): Milliseconds from the call's `started_at` (the answer: the provider's answered or in-progress
            event for a call from a telephony webhook, or a `call_answered` event; else the `started_at` given when the call
            was created; else when callvault first heard of the call). The transcript's `call_started_at` says which instant
            was used.
        text (str):
        confidence (float | None | Unset):
    """

    end_ms: int
    participant_id: UUID
    start_ms: int
    text: str
    confidence: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        end_ms = self.end_ms

        participant_id = str(self.participant_id)

        start_ms = self.start_ms

        text = self.text

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_ms": end_ms,
                "participant_id": participant_id,
                "start_ms": start_ms,
                "text": text,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_ms = d.pop("end_ms")

        participant_id = UUID(d.pop("participant_id"))

        start_ms = d.pop("start_ms")

        text = d.pop("text")

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        segment_create = cls(
            end_ms=end_ms,
            participant_id=participant_id,
            start_ms=start_ms,
            text=text,
            confidence=confidence,
        )

        return segment_create
