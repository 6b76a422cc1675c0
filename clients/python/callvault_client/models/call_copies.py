from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.call_copies_transcripts_item import CallCopiesTranscriptsItem
    from ..models.provider_recording_read import ProviderRecordingRead


T = TypeVar("T", bound="CallCopies")


@_attrs_define
class CallCopies:
    """
    Attributes:
        call_id (UUID):
        kept_anywhere (bool): Whether any copy is still stored (or being deleted) anywhere
        provider (str):
        provider_recordings (list[ProviderRecordingRead]):
        transcripts (list[CallCopiesTranscriptsItem]): Each transcript of the call: its status and every object of every
            version (`kind`: transcript or redacted; `state`: stored, deleting or deleted, with the certificate that lists
            it)
    """

    call_id: UUID
    kept_anywhere: bool
    provider: str
    provider_recordings: list[ProviderRecordingRead]
    transcripts: list[CallCopiesTranscriptsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_copies_transcripts_item import CallCopiesTranscriptsItem  # noqa: PLC0415
        from ..models.provider_recording_read import ProviderRecordingRead  # noqa: PLC0415

        call_id = str(self.call_id)

        kept_anywhere = self.kept_anywhere

        provider = self.provider

        provider_recordings = []
        for provider_recordings_item_data in self.provider_recordings:
            provider_recordings_item = provider_recordings_item_data.to_dict()
            provider_recordings.append(provider_recordings_item)

        transcripts = []
        for transcripts_item_data in self.transcripts:
            transcripts_item = transcripts_item_data.to_dict()
            transcripts.append(transcripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "kept_anywhere": kept_anywhere,
                "provider": provider,
                "provider_recordings": provider_recordings,
                "transcripts": transcripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_copies_transcripts_item import CallCopiesTranscriptsItem  # noqa: PLC0415
        from ..models.provider_recording_read import ProviderRecordingRead  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        kept_anywhere = d.pop("kept_anywhere")

        provider = d.pop("provider")

        provider_recordings = []
        _provider_recordings = d.pop("provider_recordings")
        for provider_recordings_item_data in _provider_recordings:
            provider_recordings_item = ProviderRecordingRead.from_dict(
                provider_recordings_item_data
            )

            provider_recordings.append(provider_recordings_item)

        transcripts = []
        _transcripts = d.pop("transcripts")
        for transcripts_item_data in _transcripts:
            transcripts_item = CallCopiesTranscriptsItem.from_dict(
                transcripts_item_data
            )

            transcripts.append(transcripts_item)

        call_copies = cls(
            call_id=call_id,
            kept_anywhere=kept_anywhere,
            provider=provider,
            provider_recordings=provider_recordings,
            transcripts=transcripts,
        )

        call_copies.additional_properties = d
        return call_copies

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
