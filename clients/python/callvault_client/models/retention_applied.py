from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="RetentionApplied")


@_attrs_define
class RetentionApplied:
    """
    Attributes:
        expires_at (datetime.datetime | None): Null while the call runs
        retention_days (int):
        retention_source (str): `call` when this override governs it; else the longer rule that does
        transcript_id (UUID):
    """

    expires_at: datetime.datetime | None
    retention_days: int
    retention_source: str
    transcript_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        retention_days = self.retention_days

        retention_source = self.retention_source

        transcript_id = str(self.transcript_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
                "retention_days": retention_days,
                "retention_source": retention_source,
                "transcript_id": transcript_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        retention_days = d.pop("retention_days")

        retention_source = d.pop("retention_source")

        transcript_id = UUID(d.pop("transcript_id"))

        retention_applied = cls(
            expires_at=expires_at,
            retention_days=retention_days,
            retention_source=retention_source,
            transcript_id=transcript_id,
        )

        retention_applied.additional_properties = d
        return retention_applied

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
