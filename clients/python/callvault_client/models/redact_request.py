from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.segment_text import SegmentText


T = TypeVar("T", bound="RedactRequest")


@_attrs_define
class RedactRequest:
    """
    Attributes:
        language (str | Unset): BCP 47. Numbers, emails and dates said in words are read in English; written ones and
            checksums in any language Default: 'en'.
        segments (list[SegmentText | str] | None | Unset):
        text (None | str | Unset): One text; or `segments`, a conversation read as one (a number split across two is
            found). At most 1,000,000 characters in all
    """

    language: str | Unset = "en"
    segments: list[SegmentText | str] | None | Unset = UNSET
    text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.segment_text import SegmentText  # noqa: PLC0415

        language = self.language

        segments: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, list):
            segments = []
            for segments_type_0_item_data in self.segments:
                segments_type_0_item: dict[str, Any] | str
                if isinstance(segments_type_0_item_data, SegmentText):
                    segments_type_0_item = segments_type_0_item_data.to_dict()
                else:
                    segments_type_0_item = segments_type_0_item_data
                segments.append(segments_type_0_item)

        else:
            segments = self.segments

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if segments is not UNSET:
            field_dict["segments"] = segments
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_text import SegmentText  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language", UNSET)

        def _parse_segments(data: object) -> list[SegmentText | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                segments_type_0 = []
                _segments_type_0 = data
                for segments_type_0_item_data in _segments_type_0:

                    def _parse_segments_type_0_item(data: object) -> SegmentText | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            segments_type_0_item_type_1 = SegmentText.from_dict(data)

                            return segments_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(SegmentText | str, data)

                    segments_type_0_item = _parse_segments_type_0_item(
                        segments_type_0_item_data
                    )

                    segments_type_0.append(segments_type_0_item)

                return segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SegmentText | str] | None | Unset, data)

        segments = _parse_segments(d.pop("segments", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        redact_request = cls(
            language=language,
            segments=segments,
            text=text,
        )

        return redact_request
