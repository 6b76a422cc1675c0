from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.purpose import Purpose
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="AnnouncementCreate")


@_attrs_define
class AnnouncementCreate:
    """
    Attributes:
        language (str): BCP 47 language tag
        text (str):
        version (str):
        purposes (list[Purpose] | Unset): What the notice tells callers about
    """

    language: str
    text: str
    version: str
    purposes: list[Purpose] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        text = self.text

        version = self.version

        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item = purposes_item_data.value
                purposes.append(purposes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
                "text": text,
                "version": version,
            }
        )
        if purposes is not UNSET:
            field_dict["purposes"] = purposes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language")

        text = d.pop("text")

        version = d.pop("version")

        _purposes = d.pop("purposes", UNSET)
        purposes: list[Purpose] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:
                purposes_item = Purpose(purposes_item_data)

                purposes.append(purposes_item)

        announcement_create = cls(
            language=language,
            text=text,
            version=version,
            purposes=purposes,
        )

        return announcement_create
