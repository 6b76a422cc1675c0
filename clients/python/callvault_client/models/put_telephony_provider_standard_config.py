from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.put_telephony_provider_standard_config_agent_side import (
    PutTelephonyProviderStandardConfigAgentSide,
)
from ..types import UNSET, Unset


T = TypeVar("T", bound="PutTelephonyProviderStandardConfig")


@_attrs_define
class PutTelephonyProviderStandardConfig:
    """
    Attributes:
        secret (str):
        agent_side (PutTelephonyProviderStandardConfigAgentSide | Unset): Which number of an inbound call is the
            tenant's agent (on an outbound call, the other one) Default: PutTelephonyProviderStandardConfigAgentSide.TO.
    """

    secret: str
    agent_side: PutTelephonyProviderStandardConfigAgentSide | Unset = (
        PutTelephonyProviderStandardConfigAgentSide.TO
    )

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        agent_side: str | Unset = UNSET
        if not isinstance(self.agent_side, Unset):
            agent_side = self.agent_side.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "secret": secret,
            }
        )
        if agent_side is not UNSET:
            field_dict["agent_side"] = agent_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret")

        _agent_side = d.pop("agent_side", UNSET)
        agent_side: PutTelephonyProviderStandardConfigAgentSide | Unset
        if isinstance(_agent_side, Unset):
            agent_side = UNSET
        else:
            agent_side = PutTelephonyProviderStandardConfigAgentSide(_agent_side)

        put_telephony_provider_standard_config = cls(
            secret=secret,
            agent_side=agent_side,
        )

        return put_telephony_provider_standard_config
