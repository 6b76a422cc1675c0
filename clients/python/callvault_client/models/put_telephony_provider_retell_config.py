from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.put_telephony_provider_retell_config_agent_side import (
    PutTelephonyProviderRetellConfigAgentSide,
)
from ..types import UNSET, Unset


T = TypeVar("T", bound="PutTelephonyProviderRetellConfig")


@_attrs_define
class PutTelephonyProviderRetellConfig:
    """
    Attributes:
        api_key (str): The Retell API key its webhooks are signed with
        agent_side (PutTelephonyProviderRetellConfigAgentSide | Unset): Which number of an inbound call is the tenant's
            agent (on an outbound call, the other one) Default: PutTelephonyProviderRetellConfigAgentSide.TO.
    """

    api_key: str
    agent_side: PutTelephonyProviderRetellConfigAgentSide | Unset = (
        PutTelephonyProviderRetellConfigAgentSide.TO
    )

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        agent_side: str | Unset = UNSET
        if not isinstance(self.agent_side, Unset):
            agent_side = self.agent_side.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_key": api_key,
            }
        )
        if agent_side is not UNSET:
            field_dict["agent_side"] = agent_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        _agent_side = d.pop("agent_side", UNSET)
        agent_side: PutTelephonyProviderRetellConfigAgentSide | Unset
        if isinstance(_agent_side, Unset):
            agent_side = UNSET
        else:
            agent_side = PutTelephonyProviderRetellConfigAgentSide(_agent_side)

        put_telephony_provider_retell_config = cls(
            api_key=api_key,
            agent_side=agent_side,
        )

        return put_telephony_provider_retell_config
