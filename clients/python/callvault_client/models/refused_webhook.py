from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.refused_webhook_problem_type_0 import RefusedWebhookProblemType0


T = TypeVar("T", bound="RefusedWebhook")


@_attrs_define
class RefusedWebhook:
    """
    Attributes:
        dedupe_key (str): What identifies the webhook (call sid and status, event id, ...)
        problem (None | RefusedWebhookProblemType0):
        processed_at (datetime.datetime | None):
        provider (str):
        received_at (datetime.datetime):
    """

    dedupe_key: str
    problem: None | RefusedWebhookProblemType0
    processed_at: datetime.datetime | None
    provider: str
    received_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.refused_webhook_problem_type_0 import RefusedWebhookProblemType0  # noqa: PLC0415

        dedupe_key = self.dedupe_key

        problem: dict[str, Any] | None
        if isinstance(self.problem, RefusedWebhookProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        processed_at: None | str
        if isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        provider = self.provider

        received_at = self.received_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedupe_key": dedupe_key,
                "problem": problem,
                "processed_at": processed_at,
                "provider": provider,
                "received_at": received_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refused_webhook_problem_type_0 import RefusedWebhookProblemType0  # noqa: PLC0415

        d = dict(src_dict)
        dedupe_key = d.pop("dedupe_key")

        def _parse_problem(data: object) -> None | RefusedWebhookProblemType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = RefusedWebhookProblemType0.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefusedWebhookProblemType0, data)

        problem = _parse_problem(d.pop("problem"))

        def _parse_processed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processed_at_type_0 = datetime.datetime.fromisoformat(data)

                return processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        processed_at = _parse_processed_at(d.pop("processed_at"))

        provider = d.pop("provider")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        refused_webhook = cls(
            dedupe_key=dedupe_key,
            problem=problem,
            processed_at=processed_at,
            provider=provider,
            received_at=received_at,
        )

        refused_webhook.additional_properties = d
        return refused_webhook

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
