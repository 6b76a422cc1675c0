from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.purpose import Purpose
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="AnnouncementRead")


@_attrs_define
class AnnouncementRead:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        language (str):
        purposes (list[Purpose]):
        retired_at (datetime.datetime | None):
        text (str):
        version (str):
        builtin (bool | Unset): callvault's own, played by the consent IVR until the tenant creates one; never retired
            Default: False.
    """

    created_at: datetime.datetime
    id: UUID
    language: str
    purposes: list[Purpose]
    retired_at: datetime.datetime | None
    text: str
    version: str
    builtin: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        language = self.language

        purposes = []
        for purposes_item_data in self.purposes:
            purposes_item = purposes_item_data.value
            purposes.append(purposes_item)

        retired_at: None | str
        if isinstance(self.retired_at, datetime.datetime):
            retired_at = self.retired_at.isoformat()
        else:
            retired_at = self.retired_at

        text = self.text

        version = self.version

        builtin = self.builtin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "language": language,
                "purposes": purposes,
                "retired_at": retired_at,
                "text": text,
                "version": version,
            }
        )
        if builtin is not UNSET:
            field_dict["builtin"] = builtin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        language = d.pop("language")

        purposes = []
        _purposes = d.pop("purposes")
        for purposes_item_data in _purposes:
            purposes_item = Purpose(purposes_item_data)

            purposes.append(purposes_item)

        def _parse_retired_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retired_at_type_0 = datetime.datetime.fromisoformat(data)

                return retired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retired_at = _parse_retired_at(d.pop("retired_at"))

        text = d.pop("text")

        version = d.pop("version")

        builtin = d.pop("builtin", UNSET)

        announcement_read = cls(
            created_at=created_at,
            id=id,
            language=language,
            purposes=purposes,
            retired_at=retired_at,
            text=text,
            version=version,
            builtin=builtin,
        )

        announcement_read.additional_properties = d
        return announcement_read

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
