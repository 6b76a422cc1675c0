from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.not_checked import NotChecked
    from ..models.redacted_entity import RedactedEntity


T = TypeVar("T", bound="RedactResult")


@_attrs_define
class RedactResult:
    """
    Attributes:
        entities (list[RedactedEntity]): What was found and replaced (never the values)
        not_checked (list[NotChecked]):
        segments (list[str] | None | Unset): Each segment redacted, when `segments` were given
        text (None | str | Unset): The text redacted, when `text` was given
    """

    entities: list[RedactedEntity]
    not_checked: list[NotChecked]
    segments: list[str] | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.not_checked import NotChecked  # noqa: PLC0415
        from ..models.redacted_entity import RedactedEntity  # noqa: PLC0415

        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        not_checked = []
        for not_checked_item_data in self.not_checked:
            not_checked_item = not_checked_item_data.to_dict()
            not_checked.append(not_checked_item)

        segments: list[str] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, list):
            segments = self.segments

        else:
            segments = self.segments

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entities": entities,
                "not_checked": not_checked,
            }
        )
        if segments is not UNSET:
            field_dict["segments"] = segments
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.not_checked import NotChecked  # noqa: PLC0415
        from ..models.redacted_entity import RedactedEntity  # noqa: PLC0415

        d = dict(src_dict)
        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = RedactedEntity.from_dict(entities_item_data)

            entities.append(entities_item)

        not_checked = []
        _not_checked = d.pop("not_checked")
        for not_checked_item_data in _not_checked:
            not_checked_item = NotChecked.from_dict(not_checked_item_data)

            not_checked.append(not_checked_item)

        def _parse_segments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                segments_type_0 = cast(list[str], data)

                return segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        segments = _parse_segments(d.pop("segments", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        redact_result = cls(
            entities=entities,
            not_checked=not_checked,
            segments=segments,
            text=text,
        )

        redact_result.additional_properties = d
        return redact_result

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
