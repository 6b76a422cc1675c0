from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.retell_call import RetellCall


T = TypeVar("T", bound="RetellEvent")


@_attrs_define
class RetellEvent:
    """
    Attributes:
        call (RetellCall):
        event (str): call_started (the answer), call_ended (the hang-up and the transcript), call_analyzed (the
            transcript, when it carries one); others are acknowledged and ignored
    """

    call: RetellCall
    event: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.retell_call import RetellCall  # noqa: PLC0415

        call = self.call.to_dict()

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retell_call import RetellCall  # noqa: PLC0415

        d = dict(src_dict)
        call = RetellCall.from_dict(d.pop("call"))

        event = d.pop("event")

        retell_event = cls(
            call=call,
            event=event,
        )

        retell_event.additional_properties = d
        return retell_event

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
