from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.call_events_outcome_problem_type_0 import (
        CallEventsOutcomeProblemType0,
    )


T = TypeVar("T", bound="CallEventsOutcome")


@_attrs_define
class CallEventsOutcome:
    """
    Attributes:
        call_id (UUID):
        recorded (int): Events stored now (replays excluded)
        status (int): 200 when recorded (or replayed), else the status the call's events alone would have got
        problem (CallEventsOutcomeProblemType0 | None | Unset): Why not, as problem+json
    """

    call_id: UUID
    recorded: int
    status: int
    problem: CallEventsOutcomeProblemType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_events_outcome_problem_type_0 import (
            CallEventsOutcomeProblemType0,
        )  # noqa: PLC0415

        call_id = str(self.call_id)

        recorded = self.recorded

        status = self.status

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, CallEventsOutcomeProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "recorded": recorded,
                "status": status,
            }
        )
        if problem is not UNSET:
            field_dict["problem"] = problem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_events_outcome_problem_type_0 import (
            CallEventsOutcomeProblemType0,
        )  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        recorded = d.pop("recorded")

        status = d.pop("status")

        def _parse_problem(
            data: object,
        ) -> CallEventsOutcomeProblemType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = CallEventsOutcomeProblemType0.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallEventsOutcomeProblemType0 | None | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))

        call_events_outcome = cls(
            call_id=call_id,
            recorded=recorded,
            status=status,
            problem=problem,
        )

        call_events_outcome.additional_properties = d
        return call_events_outcome

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
