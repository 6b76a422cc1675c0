from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recording_stop_create_outcome import RecordingStopCreateOutcome
from typing import cast

if TYPE_CHECKING:
    from ..models.recording_stop_create_provider_answer import (
        RecordingStopCreateProviderAnswer,
    )


T = TypeVar("T", bound="RecordingStopCreate")


@_attrs_define
class RecordingStopCreate:
    """What a telephony provider answered when asked to stop the call's recording (the gateway
    reports it after `recording.must_stop`).

        Attributes:
            attempts (int):
            outcome (RecordingStopCreateOutcome):
            provider (str):
            provider_answer (RecordingStopCreateProviderAnswer): The provider's answer (status and an excerpt of its body)
    """

    attempts: int
    outcome: RecordingStopCreateOutcome
    provider: str
    provider_answer: RecordingStopCreateProviderAnswer

    def to_dict(self) -> dict[str, Any]:
        from ..models.recording_stop_create_provider_answer import (
            RecordingStopCreateProviderAnswer,
        )  # noqa: PLC0415

        attempts = self.attempts

        outcome = self.outcome.value

        provider = self.provider

        provider_answer = self.provider_answer.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attempts": attempts,
                "outcome": outcome,
                "provider": provider,
                "provider_answer": provider_answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recording_stop_create_provider_answer import (
            RecordingStopCreateProviderAnswer,
        )  # noqa: PLC0415

        d = dict(src_dict)
        attempts = d.pop("attempts")

        outcome = RecordingStopCreateOutcome(d.pop("outcome"))

        provider = d.pop("provider")

        provider_answer = RecordingStopCreateProviderAnswer.from_dict(
            d.pop("provider_answer")
        )

        recording_stop_create = cls(
            attempts=attempts,
            outcome=outcome,
            provider=provider,
            provider_answer=provider_answer,
        )

        return recording_stop_create
