from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.imported_event import ImportedEvent
    from ..models.imported_party import ImportedParty
    from ..models.refusal import Refusal
    from ..models.transcript_stored import TranscriptStored


T = TypeVar("T", bound="VconImported")


@_attrs_define
class VconImported:
    """
    Attributes:
        call_id (UUID):
        consent_events (list[ImportedEvent]): Recorded from the `lawful_basis` attachments
        participants (list[ImportedParty]):
        refused (list[Refusal]): What was not taken, and why (segments without transcription consent among them)
        transcript (None | TranscriptStored): Stored through the consent gate, as `POST /v1/transcripts`; null when none
            or refused
    """

    call_id: UUID
    consent_events: list[ImportedEvent]
    participants: list[ImportedParty]
    refused: list[Refusal]
    transcript: None | TranscriptStored
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.imported_event import ImportedEvent  # noqa: PLC0415
        from ..models.imported_party import ImportedParty  # noqa: PLC0415
        from ..models.refusal import Refusal  # noqa: PLC0415
        from ..models.transcript_stored import TranscriptStored  # noqa: PLC0415

        call_id = str(self.call_id)

        consent_events = []
        for consent_events_item_data in self.consent_events:
            consent_events_item = consent_events_item_data.to_dict()
            consent_events.append(consent_events_item)

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        refused = []
        for refused_item_data in self.refused:
            refused_item = refused_item_data.to_dict()
            refused.append(refused_item)

        transcript: dict[str, Any] | None
        if isinstance(self.transcript, TranscriptStored):
            transcript = self.transcript.to_dict()
        else:
            transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "consent_events": consent_events,
                "participants": participants,
                "refused": refused,
                "transcript": transcript,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.imported_event import ImportedEvent  # noqa: PLC0415
        from ..models.imported_party import ImportedParty  # noqa: PLC0415
        from ..models.refusal import Refusal  # noqa: PLC0415
        from ..models.transcript_stored import TranscriptStored  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        consent_events = []
        _consent_events = d.pop("consent_events")
        for consent_events_item_data in _consent_events:
            consent_events_item = ImportedEvent.from_dict(consent_events_item_data)

            consent_events.append(consent_events_item)

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ImportedParty.from_dict(participants_item_data)

            participants.append(participants_item)

        refused = []
        _refused = d.pop("refused")
        for refused_item_data in _refused:
            refused_item = Refusal.from_dict(refused_item_data)

            refused.append(refused_item)

        def _parse_transcript(data: object) -> None | TranscriptStored:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcript_type_0 = TranscriptStored.from_dict(data)

                return transcript_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptStored, data)

        transcript = _parse_transcript(d.pop("transcript"))

        vcon_imported = cls(
            call_id=call_id,
            consent_events=consent_events,
            participants=participants,
            refused=refused,
            transcript=transcript,
        )

        vcon_imported.additional_properties = d
        return vcon_imported

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
