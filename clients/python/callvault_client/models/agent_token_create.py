from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset


T = TypeVar("T", bound="AgentTokenCreate")


@_attrs_define
class AgentTokenCreate:
    """
    Attributes:
        agent_id (str): The agent participant's `external_id` on the calls it takes
        ttl_seconds (int | Unset): Lifetime; the softphone asks for a new one before Default: 900.
    """

    agent_id: str
    ttl_seconds: int | Unset = 900

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        ttl_seconds = self.ttl_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agent_id": agent_id,
            }
        )
        if ttl_seconds is not UNSET:
            field_dict["ttl_seconds"] = ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        ttl_seconds = d.pop("ttl_seconds", UNSET)

        agent_token_create = cls(
            agent_id=agent_id,
            ttl_seconds=ttl_seconds,
        )

        return agent_token_create
