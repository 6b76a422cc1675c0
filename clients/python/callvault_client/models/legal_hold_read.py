from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.legal_hold_read_status import LegalHoldReadStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.legal_hold_read_scope import LegalHoldReadScope


T = TypeVar("T", bound="LegalHoldRead")


@_attrs_define
class LegalHoldRead:
    """
    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        id (UUID):
        matter_id (str):
        reason (str):
        release_reason (None | str):
        released_at (datetime.datetime | None):
        released_by (None | str):
        scope (LegalHoldReadScope): As given (`from` and `to` as ISO 8601)
        status (LegalHoldReadStatus):
        transcripts (int): Transcripts it holds now (an active hold also holds later arrivals)
    """

    created_at: datetime.datetime
    created_by: str
    id: UUID
    matter_id: str
    reason: str
    release_reason: None | str
    released_at: datetime.datetime | None
    released_by: None | str
    scope: LegalHoldReadScope
    status: LegalHoldReadStatus
    transcripts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.legal_hold_read_scope import LegalHoldReadScope  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = str(self.id)

        matter_id = self.matter_id

        reason = self.reason

        release_reason: None | str
        release_reason = self.release_reason

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        released_by: None | str
        released_by = self.released_by

        scope = self.scope.to_dict()

        status = self.status.value

        transcripts = self.transcripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "id": id,
                "matter_id": matter_id,
                "reason": reason,
                "release_reason": release_reason,
                "released_at": released_at,
                "released_by": released_by,
                "scope": scope,
                "status": status,
                "transcripts": transcripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_hold_read_scope import LegalHoldReadScope  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        id = UUID(d.pop("id"))

        matter_id = d.pop("matter_id")

        reason = d.pop("reason")

        def _parse_release_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_reason = _parse_release_reason(d.pop("release_reason"))

        def _parse_released_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)

                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        released_at = _parse_released_at(d.pop("released_at"))

        def _parse_released_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        released_by = _parse_released_by(d.pop("released_by"))

        scope = LegalHoldReadScope.from_dict(d.pop("scope"))

        status = LegalHoldReadStatus(d.pop("status"))

        transcripts = d.pop("transcripts")

        legal_hold_read = cls(
            created_at=created_at,
            created_by=created_by,
            id=id,
            matter_id=matter_id,
            reason=reason,
            release_reason=release_reason,
            released_at=released_at,
            released_by=released_by,
            scope=scope,
            status=status,
            transcripts=transcripts,
        )

        legal_hold_read.additional_properties = d
        return legal_hold_read

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
