from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="CallRetentionRead")


@_attrs_define
class CallRetentionRead:
    """
    Attributes:
        call_id (UUID):
        days (int):
        reason (str):
        set_by (str):
        transcripts (int): The call's transcripts whose expiry this recomputed
        updated_at (datetime.datetime):
    """

    call_id: UUID
    days: int
    reason: str
    set_by: str
    transcripts: int
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        call_id = str(self.call_id)

        days = self.days

        reason = self.reason

        set_by = self.set_by

        transcripts = self.transcripts

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "call_id": call_id,
                "days": days,
                "reason": reason,
                "set_by": set_by,
                "transcripts": transcripts,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        days = d.pop("days")

        reason = d.pop("reason")

        set_by = d.pop("set_by")

        transcripts = d.pop("transcripts")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        call_retention_read = cls(
            call_id=call_id,
            days=days,
            reason=reason,
            set_by=set_by,
            transcripts=transcripts,
            updated_at=updated_at,
        )

        return call_retention_read
