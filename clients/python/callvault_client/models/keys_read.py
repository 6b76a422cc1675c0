from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.key_rotation_read import KeyRotationRead
    from ..models.keys_read_transcripts_by_version import KeysReadTranscriptsByVersion


T = TypeVar("T", bound="KeysRead")


@_attrs_define
class KeysRead:
    """
    Attributes:
        current_version (int):
        provider (str):
        rotations (list[KeyRotationRead]):
        transcripts_by_version (KeysReadTranscriptsByVersion): Stored data keys by KEK version: the transcripts', and
            those of older versions a legal hold keeps
        versions (list[int]): KEK versions that can still unwrap data keys
    """

    current_version: int
    provider: str
    rotations: list[KeyRotationRead]
    transcripts_by_version: KeysReadTranscriptsByVersion
    versions: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.key_rotation_read import KeyRotationRead  # noqa: PLC0415
        from ..models.keys_read_transcripts_by_version import (
            KeysReadTranscriptsByVersion,
        )  # noqa: PLC0415

        current_version = self.current_version

        provider = self.provider

        rotations = []
        for rotations_item_data in self.rotations:
            rotations_item = rotations_item_data.to_dict()
            rotations.append(rotations_item)

        transcripts_by_version = self.transcripts_by_version.to_dict()

        versions = self.versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_version": current_version,
                "provider": provider,
                "rotations": rotations,
                "transcripts_by_version": transcripts_by_version,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_rotation_read import KeyRotationRead  # noqa: PLC0415
        from ..models.keys_read_transcripts_by_version import (
            KeysReadTranscriptsByVersion,
        )  # noqa: PLC0415

        d = dict(src_dict)
        current_version = d.pop("current_version")

        provider = d.pop("provider")

        rotations = []
        _rotations = d.pop("rotations")
        for rotations_item_data in _rotations:
            rotations_item = KeyRotationRead.from_dict(rotations_item_data)

            rotations.append(rotations_item)

        transcripts_by_version = KeysReadTranscriptsByVersion.from_dict(
            d.pop("transcripts_by_version")
        )

        versions = cast(list[int], d.pop("versions"))

        keys_read = cls(
            current_version=current_version,
            provider=provider,
            rotations=rotations,
            transcripts_by_version=transcripts_by_version,
            versions=versions,
        )

        keys_read.additional_properties = d
        return keys_read

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
