from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="AgentAuthority")


@_attrs_define
class AgentAuthority:
    """
    Attributes:
        method (str):
        verified_by (str):
    """

    method: str
    verified_by: str

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        verified_by = self.verified_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "verified_by": verified_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method")

        verified_by = d.pop("verified_by")

        agent_authority = cls(
            method=method,
            verified_by=verified_by,
        )

        return agent_authority
