from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="CallRetentionStatus")


@_attrs_define
class CallRetentionStatus:
    """What keeps a call's copies and until when, for those without a transcript of their own (the recordings
    its provider keeps, which the gateway deletes once they fall due).

        Attributes:
            call_ended_at (datetime.datetime | None): When the call ended; null while it runs. The provider's recordings of
                a call without transcripts fall due `days` after it (or after they were saved, when that is later)
            call_id (UUID):
            days (int): The retention of the call's untagged copies: its own override when longer, else the tenant's default
            held_by (list[str]): Matter ids of the active legal holds that keep the call's copies: a hold naming the call,
                one over every call whose start is in its time range, and one naming a person by a phone number a participant of
                the call has. Where that cannot be told the call is kept: by a hold naming anyone by email, external id or a
                number without its country code, and by any hold naming people when a customer on the call has no number
            source (str): Where `days` comes from: default or call
            transcripts (int): The call's transcripts, of any status: while it has one, its provider's recordings are
                deleted with its transcripts, not by this retention
    """

    call_ended_at: datetime.datetime | None
    call_id: UUID
    days: int
    held_by: list[str]
    source: str
    transcripts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_ended_at: None | str
        if isinstance(self.call_ended_at, datetime.datetime):
            call_ended_at = self.call_ended_at.isoformat()
        else:
            call_ended_at = self.call_ended_at

        call_id = str(self.call_id)

        days = self.days

        held_by = self.held_by

        source = self.source

        transcripts = self.transcripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_ended_at": call_ended_at,
                "call_id": call_id,
                "days": days,
                "held_by": held_by,
                "source": source,
                "transcripts": transcripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_call_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return call_ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        call_ended_at = _parse_call_ended_at(d.pop("call_ended_at"))

        call_id = UUID(d.pop("call_id"))

        days = d.pop("days")

        held_by = cast(list[str], d.pop("held_by"))

        source = d.pop("source")

        transcripts = d.pop("transcripts")

        call_retention_status = cls(
            call_ended_at=call_ended_at,
            call_id=call_id,
            days=days,
            held_by=held_by,
            source=source,
            transcripts=transcripts,
        )

        call_retention_status.additional_properties = d
        return call_retention_status

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
