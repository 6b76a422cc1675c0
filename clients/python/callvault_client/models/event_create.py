from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_type import EventType
from ..models.method import Method
from ..models.purpose import Purpose
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.event_create_evidence_type_0 import EventCreateEvidenceType0


T = TypeVar("T", bound="EventCreate")


@_attrs_define
class EventCreate:
    """One consent or call event. Fields that do not apply to a type are left out.

    Attributes:
        occurred_at (datetime.datetime):
        type_ (EventType):
        announcement_version (None | str | Unset):
        completed (bool | None | Unset): notice_given: did the announcement play to the end
        evidence (EventCreateEvidenceType0 | None | Unset):
        method (Method | None | Unset):
        participant_id (None | Unset | UUID): For notice_given, null means everyone on the call
        purposes (list[Purpose] | None | Unset):
        source_event_id (None | str | Unset): The sender's id for the event: a second event with the same id returns the
            first answer
    """

    occurred_at: datetime.datetime
    type_: EventType
    announcement_version: None | str | Unset = UNSET
    completed: bool | None | Unset = UNSET
    evidence: EventCreateEvidenceType0 | None | Unset = UNSET
    method: Method | None | Unset = UNSET
    participant_id: None | Unset | UUID = UNSET
    purposes: list[Purpose] | None | Unset = UNSET
    source_event_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_create_evidence_type_0 import EventCreateEvidenceType0  # noqa: PLC0415

        occurred_at = self.occurred_at.isoformat()

        type_ = self.type_.value

        announcement_version: None | str | Unset
        if isinstance(self.announcement_version, Unset):
            announcement_version = UNSET
        else:
            announcement_version = self.announcement_version

        completed: bool | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, EventCreateEvidenceType0):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, Method):
            method = self.method.value
        else:
            method = self.method

        participant_id: None | str | Unset
        if isinstance(self.participant_id, Unset):
            participant_id = UNSET
        elif isinstance(self.participant_id, UUID):
            participant_id = str(self.participant_id)
        else:
            participant_id = self.participant_id

        purposes: list[str] | None | Unset
        if isinstance(self.purposes, Unset):
            purposes = UNSET
        elif isinstance(self.purposes, list):
            purposes = []
            for purposes_type_0_item_data in self.purposes:
                purposes_type_0_item = purposes_type_0_item_data.value
                purposes.append(purposes_type_0_item)

        else:
            purposes = self.purposes

        source_event_id: None | str | Unset
        if isinstance(self.source_event_id, Unset):
            source_event_id = UNSET
        else:
            source_event_id = self.source_event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "occurred_at": occurred_at,
                "type": type_,
            }
        )
        if announcement_version is not UNSET:
            field_dict["announcement_version"] = announcement_version
        if completed is not UNSET:
            field_dict["completed"] = completed
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if method is not UNSET:
            field_dict["method"] = method
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if source_event_id is not UNSET:
            field_dict["source_event_id"] = source_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_create_evidence_type_0 import EventCreateEvidenceType0  # noqa: PLC0415

        d = dict(src_dict)
        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        type_ = EventType(d.pop("type"))

        def _parse_announcement_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        announcement_version = _parse_announcement_version(
            d.pop("announcement_version", UNSET)
        )

        def _parse_completed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        completed = _parse_completed(d.pop("completed", UNSET))

        def _parse_evidence(data: object) -> EventCreateEvidenceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = EventCreateEvidenceType0.from_dict(data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventCreateEvidenceType0 | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        def _parse_method(data: object) -> Method | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = Method(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Method | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_participant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                participant_id_type_0 = UUID(data)

                return participant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        participant_id = _parse_participant_id(d.pop("participant_id", UNSET))

        def _parse_purposes(data: object) -> list[Purpose] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purposes_type_0 = []
                _purposes_type_0 = data
                for purposes_type_0_item_data in _purposes_type_0:
                    purposes_type_0_item = Purpose(purposes_type_0_item_data)

                    purposes_type_0.append(purposes_type_0_item)

                return purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Purpose] | None | Unset, data)

        purposes = _parse_purposes(d.pop("purposes", UNSET))

        def _parse_source_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_event_id = _parse_source_event_id(d.pop("source_event_id", UNSET))

        event_create = cls(
            occurred_at=occurred_at,
            type_=type_,
            announcement_version=announcement_version,
            completed=completed,
            evidence=evidence,
            method=method,
            participant_id=participant_id,
            purposes=purposes,
            source_event_id=source_event_id,
        )

        return event_create
