from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.participant_read_jurisdiction_source import (
    ParticipantReadJurisdictionSource,
)
from ..models.participant_role import ParticipantRole
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="ParticipantRead")


@_attrs_define
class ParticipantRead:
    """
    Attributes:
        external_id (str):
        has_phone_number (bool):
        id (UUID):
        joined_at (datetime.datetime):
        jurisdiction (str):
        jurisdiction_source (ParticipantReadJurisdictionSource):
        left_at (datetime.datetime | None):
        role (ParticipantRole):
        site (None | str | Unset):
    """

    external_id: str
    has_phone_number: bool
    id: UUID
    joined_at: datetime.datetime
    jurisdiction: str
    jurisdiction_source: ParticipantReadJurisdictionSource
    left_at: datetime.datetime | None
    role: ParticipantRole
    site: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        has_phone_number = self.has_phone_number

        id = str(self.id)

        joined_at = self.joined_at.isoformat()

        jurisdiction = self.jurisdiction

        jurisdiction_source = self.jurisdiction_source.value

        left_at: None | str
        if isinstance(self.left_at, datetime.datetime):
            left_at = self.left_at.isoformat()
        else:
            left_at = self.left_at

        role = self.role.value

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "has_phone_number": has_phone_number,
                "id": id,
                "joined_at": joined_at,
                "jurisdiction": jurisdiction,
                "jurisdiction_source": jurisdiction_source,
                "left_at": left_at,
                "role": role,
            }
        )
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        has_phone_number = d.pop("has_phone_number")

        id = UUID(d.pop("id"))

        joined_at = datetime.datetime.fromisoformat(d.pop("joined_at"))

        jurisdiction = d.pop("jurisdiction")

        jurisdiction_source = ParticipantReadJurisdictionSource(
            d.pop("jurisdiction_source")
        )

        def _parse_left_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_at_type_0 = datetime.datetime.fromisoformat(data)

                return left_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        left_at = _parse_left_at(d.pop("left_at"))

        role = ParticipantRole(d.pop("role"))

        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))

        participant_read = cls(
            external_id=external_id,
            has_phone_number=has_phone_number,
            id=id,
            joined_at=joined_at,
            jurisdiction=jurisdiction,
            jurisdiction_source=jurisdiction_source,
            left_at=left_at,
            role=role,
            site=site,
        )

        participant_read.additional_properties = d
        return participant_read

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
