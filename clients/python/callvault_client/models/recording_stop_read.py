from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recording_stop_read_outcome import RecordingStopReadOutcome
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.recording_stop_read_provider_answer import (
        RecordingStopReadProviderAnswer,
    )


T = TypeVar("T", bound="RecordingStopRead")


@_attrs_define
class RecordingStopRead:
    """
    Attributes:
        attempts (int):
        call_id (UUID):
        created_at (datetime.datetime):
        id (UUID):
        outcome (RecordingStopReadOutcome):
        provider (str):
        provider_answer (RecordingStopReadProviderAnswer):
    """

    attempts: int
    call_id: UUID
    created_at: datetime.datetime
    id: UUID
    outcome: RecordingStopReadOutcome
    provider: str
    provider_answer: RecordingStopReadProviderAnswer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recording_stop_read_provider_answer import (
            RecordingStopReadProviderAnswer,
        )  # noqa: PLC0415

        attempts = self.attempts

        call_id = str(self.call_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        outcome = self.outcome.value

        provider = self.provider

        provider_answer = self.provider_answer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "call_id": call_id,
                "created_at": created_at,
                "id": id,
                "outcome": outcome,
                "provider": provider,
                "provider_answer": provider_answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recording_stop_read_provider_answer import (
            RecordingStopReadProviderAnswer,
        )  # noqa: PLC0415

        d = dict(src_dict)
        attempts = d.pop("attempts")

        call_id = UUID(d.pop("call_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        outcome = RecordingStopReadOutcome(d.pop("outcome"))

        provider = d.pop("provider")

        provider_answer = RecordingStopReadProviderAnswer.from_dict(
            d.pop("provider_answer")
        )

        recording_stop_read = cls(
            attempts=attempts,
            call_id=call_id,
            created_at=created_at,
            id=id,
            outcome=outcome,
            provider=provider,
            provider_answer=provider_answer,
        )

        recording_stop_read.additional_properties = d
        return recording_stop_read

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
