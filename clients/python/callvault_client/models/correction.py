from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID


T = TypeVar("T", bound="Correction")


@_attrs_define
class Correction:
    """
    Attributes:
        segment (int): The segment's index in the transcript
        text (str): The corrected text of that segment
        transcript_id (UUID):
    """

    segment: int
    text: str
    transcript_id: UUID

    def to_dict(self) -> dict[str, Any]:
        segment = self.segment

        text = self.text

        transcript_id = str(self.transcript_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "segment": segment,
                "text": text,
                "transcript_id": transcript_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segment = d.pop("segment")

        text = d.pop("text")

        transcript_id = UUID(d.pop("transcript_id"))

        correction = cls(
            segment=segment,
            text=text,
            transcript_id=transcript_id,
        )

        return correction
