from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.put_telephony_provider_vapi_config_agent_side import (
    PutTelephonyProviderVapiConfigAgentSide,
)
from ..types import UNSET, Unset


T = TypeVar("T", bound="PutTelephonyProviderVapiConfig")


@_attrs_define
class PutTelephonyProviderVapiConfig:
    """
    Attributes:
        hmac_secret (str): The secret key of the HMAC credential the tenant's Vapi server URL uses (sha256, x-vapi-
            signature, x-vapi-timestamp, payload `{timestamp}.{body}`, hex)
        agent_side (PutTelephonyProviderVapiConfigAgentSide | Unset): Which number of an inbound call is the tenant's
            agent (on an outbound call, the other one) Default: PutTelephonyProviderVapiConfigAgentSide.TO.
    """

    hmac_secret: str
    agent_side: PutTelephonyProviderVapiConfigAgentSide | Unset = (
        PutTelephonyProviderVapiConfigAgentSide.TO
    )

    def to_dict(self) -> dict[str, Any]:
        hmac_secret = self.hmac_secret

        agent_side: str | Unset = UNSET
        if not isinstance(self.agent_side, Unset):
            agent_side = self.agent_side.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hmac_secret": hmac_secret,
            }
        )
        if agent_side is not UNSET:
            field_dict["agent_side"] = agent_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hmac_secret = d.pop("hmac_secret")

        _agent_side = d.pop("agent_side", UNSET)
        agent_side: PutTelephonyProviderVapiConfigAgentSide | Unset
        if isinstance(_agent_side, Unset):
            agent_side = UNSET
        else:
            agent_side = PutTelephonyProviderVapiConfigAgentSide(_agent_side)

        put_telephony_provider_vapi_config = cls(
            hmac_secret=hmac_secret,
            agent_side=agent_side,
        )

        return put_telephony_provider_vapi_config
