from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.consent_period_states import ConsentPeriodStates


T = TypeVar("T", bound="ConsentPeriod")


@_attrs_define
class ConsentPeriod:
    """
    Attributes:
        allowed (bool): Whether the purpose is allowed for the call in this period
        ends_at (datetime.datetime | None): null: the period lasts as long as the history is known
        reasons (list[str]):
        starts_at (datetime.datetime):
        states (ConsentPeriodStates): Each present participant's state for the purpose
    """

    allowed: bool
    ends_at: datetime.datetime | None
    reasons: list[str]
    starts_at: datetime.datetime
    states: ConsentPeriodStates
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_period_states import ConsentPeriodStates  # noqa: PLC0415

        allowed = self.allowed

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        reasons = self.reasons

        starts_at = self.starts_at.isoformat()

        states = self.states.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "ends_at": ends_at,
                "reasons": reasons,
                "starts_at": starts_at,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_period_states import ConsentPeriodStates  # noqa: PLC0415

        d = dict(src_dict)
        allowed = d.pop("allowed")

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        reasons = cast(list[str], d.pop("reasons"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        states = ConsentPeriodStates.from_dict(d.pop("states"))

        consent_period = cls(
            allowed=allowed,
            ends_at=ends_at,
            reasons=reasons,
            starts_at=starts_at,
            states=states,
        )

        consent_period.additional_properties = d
        return consent_period

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
