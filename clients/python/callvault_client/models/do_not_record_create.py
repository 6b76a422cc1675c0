from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.purpose import Purpose
from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="DoNotRecordCreate")


@_attrs_define
class DoNotRecordCreate:
    """
    Attributes:
        phone_number (str): E.164 preferred, any common format accepted; 'anonymous', 'restricted', 'unknown' or
            'private' mean withheld. Stored encrypted.
        source (str):
        expires_at (datetime.datetime | None | Unset):
        purposes (list[Purpose] | Unset):
    """

    phone_number: str
    source: str
    expires_at: datetime.datetime | None | Unset = UNSET
    purposes: list[Purpose] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        source = self.source

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item = purposes_item_data.value
                purposes.append(purposes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone_number": phone_number,
                "source": source,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if purposes is not UNSET:
            field_dict["purposes"] = purposes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        source = d.pop("source")

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        _purposes = d.pop("purposes", UNSET)
        purposes: list[Purpose] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:
                purposes_item = Purpose(purposes_item_data)

                purposes.append(purposes_item)

        do_not_record_create = cls(
            phone_number=phone_number,
            source=source,
            expires_at=expires_at,
            purposes=purposes,
        )

        return do_not_record_create
