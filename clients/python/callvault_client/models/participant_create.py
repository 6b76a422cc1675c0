from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.participant_role import ParticipantRole
from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="ParticipantCreate")


@_attrs_define
class ParticipantCreate:
    """
    Attributes:
        external_id (str):
        role (ParticipantRole):
        joined_at (datetime.datetime | None | Unset): Defaults to the call's start (or now, when added later)
        jurisdiction (None | str | Unset): Declared by the platform; wins over everything else
        phone_number (None | str | Unset):
        site (None | str | Unset): An agent's named site (`/v1/agent-sites`), for its jurisdiction; agents and virtual
            agents only
    """

    external_id: str
    role: ParticipantRole
    joined_at: datetime.datetime | None | Unset = UNSET
    jurisdiction: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    site: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        role = self.role.value

        joined_at: None | str | Unset
        if isinstance(self.joined_at, Unset):
            joined_at = UNSET
        elif isinstance(self.joined_at, datetime.datetime):
            joined_at = self.joined_at.isoformat()
        else:
            joined_at = self.joined_at

        jurisdiction: None | str | Unset
        if isinstance(self.jurisdiction, Unset):
            jurisdiction = UNSET
        else:
            jurisdiction = self.jurisdiction

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "external_id": external_id,
                "role": role,
            }
        )
        if joined_at is not UNSET:
            field_dict["joined_at"] = joined_at
        if jurisdiction is not UNSET:
            field_dict["jurisdiction"] = jurisdiction
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        role = ParticipantRole(d.pop("role"))

        def _parse_joined_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_at_type_0 = datetime.datetime.fromisoformat(data)

                return joined_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        joined_at = _parse_joined_at(d.pop("joined_at", UNSET))

        def _parse_jurisdiction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jurisdiction = _parse_jurisdiction(d.pop("jurisdiction", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))

        participant_create = cls(
            external_id=external_id,
            role=role,
            joined_at=joined_at,
            jurisdiction=jurisdiction,
            phone_number=phone_number,
            site=site,
        )

        return participant_create
