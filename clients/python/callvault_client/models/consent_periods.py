from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.consent_period import ConsentPeriod
    from ..models.period_participant import PeriodParticipant


T = TypeVar("T", bound="ConsentPeriods")


@_attrs_define
class ConsentPeriods:
    """
    Attributes:
        call_id (UUID):
        ended_at (datetime.datetime | None):
        participants (list[PeriodParticipant]):
        periods (list[ConsentPeriod]): Consecutive, from the call's start; the outcome is the same throughout each
        purpose (str):
        started_at (datetime.datetime): The call's start: what segment offsets count from
    """

    call_id: UUID
    ended_at: datetime.datetime | None
    participants: list[PeriodParticipant]
    periods: list[ConsentPeriod]
    purpose: str
    started_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_period import ConsentPeriod  # noqa: PLC0415
        from ..models.period_participant import PeriodParticipant  # noqa: PLC0415

        call_id = str(self.call_id)

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)

        purpose = self.purpose

        started_at = self.started_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "ended_at": ended_at,
                "participants": participants,
                "periods": periods,
                "purpose": purpose,
                "started_at": started_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_period import ConsentPeriod  # noqa: PLC0415
        from ..models.period_participant import PeriodParticipant  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = PeriodParticipant.from_dict(participants_item_data)

            participants.append(participants_item)

        periods = []
        _periods = d.pop("periods")
        for periods_item_data in _periods:
            periods_item = ConsentPeriod.from_dict(periods_item_data)

            periods.append(periods_item)

        purpose = d.pop("purpose")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        consent_periods = cls(
            call_id=call_id,
            ended_at=ended_at,
            participants=participants,
            periods=periods,
            purpose=purpose,
            started_at=started_at,
        )

        consent_periods.additional_properties = d
        return consent_periods

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
