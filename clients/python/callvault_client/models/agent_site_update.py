from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="AgentSiteUpdate")


@_attrs_define
class AgentSiteUpdate:
    """
    Attributes:
        jurisdiction (str): ISO 3166-1 alpha-2, or ISO 3166-2 for a state or province
    """

    jurisdiction: str

    def to_dict(self) -> dict[str, Any]:
        jurisdiction = self.jurisdiction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jurisdiction": jurisdiction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jurisdiction = d.pop("jurisdiction")

        agent_site_update = cls(
            jurisdiction=jurisdiction,
        )

        return agent_site_update
