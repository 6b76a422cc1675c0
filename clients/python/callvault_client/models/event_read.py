from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_type import EventType
from ..models.method import Method
from ..models.purpose import Purpose
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.event_read_evidence_type_0 import EventReadEvidenceType0


T = TypeVar("T", bound="EventRead")


@_attrs_define
class EventRead:
    """
    Attributes:
        announcement_version (None | str):
        completed (bool | None):
        evidence (EventReadEvidenceType0 | None):
        id (UUID):
        ledger_entry (int | None): The position of this event's entry in the tenant's ledger (a receipt carries its leaf
            index and inclusion proof once it is sealed)
        method (Method | None):
        occurred_at (datetime.datetime):
        participant_id (None | UUID):
        purposes (list[Purpose]):
        received_at (datetime.datetime):
        sequence (int):
        source_event_id (None | str):
        type_ (EventType):
    """

    announcement_version: None | str
    completed: bool | None
    evidence: EventReadEvidenceType0 | None
    id: UUID
    ledger_entry: int | None
    method: Method | None
    occurred_at: datetime.datetime
    participant_id: None | UUID
    purposes: list[Purpose]
    received_at: datetime.datetime
    sequence: int
    source_event_id: None | str
    type_: EventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_read_evidence_type_0 import EventReadEvidenceType0  # noqa: PLC0415

        announcement_version: None | str
        announcement_version = self.announcement_version

        completed: bool | None
        completed = self.completed

        evidence: dict[str, Any] | None
        if isinstance(self.evidence, EventReadEvidenceType0):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        id = str(self.id)

        ledger_entry: int | None
        ledger_entry = self.ledger_entry

        method: None | str
        if isinstance(self.method, Method):
            method = self.method.value
        else:
            method = self.method

        occurred_at = self.occurred_at.isoformat()

        participant_id: None | str
        if isinstance(self.participant_id, UUID):
            participant_id = str(self.participant_id)
        else:
            participant_id = self.participant_id

        purposes = []
        for purposes_item_data in self.purposes:
            purposes_item = purposes_item_data.value
            purposes.append(purposes_item)

        received_at = self.received_at.isoformat()

        sequence = self.sequence

        source_event_id: None | str
        source_event_id = self.source_event_id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "announcement_version": announcement_version,
                "completed": completed,
                "evidence": evidence,
                "id": id,
                "ledger_entry": ledger_entry,
                "method": method,
                "occurred_at": occurred_at,
                "participant_id": participant_id,
                "purposes": purposes,
                "received_at": received_at,
                "sequence": sequence,
                "source_event_id": source_event_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_read_evidence_type_0 import EventReadEvidenceType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_announcement_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        announcement_version = _parse_announcement_version(
            d.pop("announcement_version")
        )

        def _parse_completed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        completed = _parse_completed(d.pop("completed"))

        def _parse_evidence(data: object) -> EventReadEvidenceType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = EventReadEvidenceType0.from_dict(data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventReadEvidenceType0 | None, data)

        evidence = _parse_evidence(d.pop("evidence"))

        id = UUID(d.pop("id"))

        def _parse_ledger_entry(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ledger_entry = _parse_ledger_entry(d.pop("ledger_entry"))

        def _parse_method(data: object) -> Method | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = Method(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Method | None, data)

        method = _parse_method(d.pop("method"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_participant_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                participant_id_type_0 = UUID(data)

                return participant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        participant_id = _parse_participant_id(d.pop("participant_id"))

        purposes = []
        _purposes = d.pop("purposes")
        for purposes_item_data in _purposes:
            purposes_item = Purpose(purposes_item_data)

            purposes.append(purposes_item)

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        sequence = d.pop("sequence")

        def _parse_source_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_event_id = _parse_source_event_id(d.pop("source_event_id"))

        type_ = EventType(d.pop("type"))

        event_read = cls(
            announcement_version=announcement_version,
            completed=completed,
            evidence=evidence,
            id=id,
            ledger_entry=ledger_entry,
            method=method,
            occurred_at=occurred_at,
            participant_id=participant_id,
            purposes=purposes,
            received_at=received_at,
            sequence=sequence,
            source_event_id=source_event_id,
            type_=type_,
        )

        event_read.additional_properties = d
        return event_read

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
