from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.retention_applied import RetentionApplied


T = TypeVar("T", bound="CallRetentionRead")


@_attrs_define
class CallRetentionRead:
    """
    Attributes:
        applied (list[RetentionApplied]): Each of the call's transcripts: the retention that applies and the resulting
            expiry
        call_id (UUID):
        days (int):
        governs (bool): Whether the override is the retention that applies (the longest wins: one shorter than the
            tenant's default or a tag's changes nothing; it is kept, and applies once it is the longest)
        reason (str):
        set_by (str):
        transcripts (int): The call's transcripts whose expiry this recomputed
        updated_at (datetime.datetime):
        note (None | str | Unset): Why the override does not govern, when it does not
    """

    applied: list[RetentionApplied]
    call_id: UUID
    days: int
    governs: bool
    reason: str
    set_by: str
    transcripts: int
    updated_at: datetime.datetime
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.retention_applied import RetentionApplied  # noqa: PLC0415

        applied = []
        for applied_item_data in self.applied:
            applied_item = applied_item_data.to_dict()
            applied.append(applied_item)

        call_id = str(self.call_id)

        days = self.days

        governs = self.governs

        reason = self.reason

        set_by = self.set_by

        transcripts = self.transcripts

        updated_at = self.updated_at.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "applied": applied,
                "call_id": call_id,
                "days": days,
                "governs": governs,
                "reason": reason,
                "set_by": set_by,
                "transcripts": transcripts,
                "updated_at": updated_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_applied import RetentionApplied  # noqa: PLC0415

        d = dict(src_dict)
        applied = []
        _applied = d.pop("applied")
        for applied_item_data in _applied:
            applied_item = RetentionApplied.from_dict(applied_item_data)

            applied.append(applied_item)

        call_id = UUID(d.pop("call_id"))

        days = d.pop("days")

        governs = d.pop("governs")

        reason = d.pop("reason")

        set_by = d.pop("set_by")

        transcripts = d.pop("transcripts")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        call_retention_read = cls(
            applied=applied,
            call_id=call_id,
            days=days,
            governs=governs,
            reason=reason,
            set_by=set_by,
            transcripts=transcripts,
            updated_at=updated_at,
            note=note,
        )

        return call_retention_read
