from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_rotation_read_status import KeyRotationReadStatus
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="KeyRotationRead")


@_attrs_define
class KeyRotationRead:
    """
    Attributes:
        finished_at (datetime.datetime | None):
        id (UUID):
        retired_below (int | None):
        rewrapped (int):
        started_at (datetime.datetime):
        status (KeyRotationReadStatus):
        to_version (int):
        total (int):
    """

    finished_at: datetime.datetime | None
    id: UUID
    retired_below: int | None
    rewrapped: int
    started_at: datetime.datetime
    status: KeyRotationReadStatus
    to_version: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = str(self.id)

        retired_below: int | None
        retired_below = self.retired_below

        rewrapped = self.rewrapped

        started_at = self.started_at.isoformat()

        status = self.status.value

        to_version = self.to_version

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finished_at": finished_at,
                "id": id,
                "retired_below": retired_below,
                "rewrapped": rewrapped,
                "started_at": started_at,
                "status": status,
                "to_version": to_version,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = UUID(d.pop("id"))

        def _parse_retired_below(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        retired_below = _parse_retired_below(d.pop("retired_below"))

        rewrapped = d.pop("rewrapped")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        status = KeyRotationReadStatus(d.pop("status"))

        to_version = d.pop("to_version")

        total = d.pop("total")

        key_rotation_read = cls(
            finished_at=finished_at,
            id=id,
            retired_below=retired_below,
            rewrapped=rewrapped,
            started_at=started_at,
            status=status,
            to_version=to_version,
            total=total,
        )

        key_rotation_read.additional_properties = d
        return key_rotation_read

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
