from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.put_telephony_provider_twilio_config_agent_side import (
    PutTelephonyProviderTwilioConfigAgentSide,
)
from ..models.put_telephony_provider_twilio_config_stop_as import (
    PutTelephonyProviderTwilioConfigStopAs,
)
from ..types import UNSET, Unset


T = TypeVar("T", bound="PutTelephonyProviderTwilioConfig")


@_attrs_define
class PutTelephonyProviderTwilioConfig:
    """
    Attributes:
        account_sid (str):
        auth_token (str):
        dial_target (str): Where the consent IVR connects the caller: E.164 or a SIP URI
        agent_side (PutTelephonyProviderTwilioConfigAgentSide | Unset): Which number of an inbound call is the tenant's
            agent (on an outbound call, the other one) Default: PutTelephonyProviderTwilioConfigAgentSide.TO.
        stop_as (PutTelephonyProviderTwilioConfigStopAs | Unset): What a recording becomes when consent goes: stopped,
            or paused Default: PutTelephonyProviderTwilioConfigStopAs.STOPPED.
    """

    account_sid: str
    auth_token: str
    dial_target: str
    agent_side: PutTelephonyProviderTwilioConfigAgentSide | Unset = (
        PutTelephonyProviderTwilioConfigAgentSide.TO
    )
    stop_as: PutTelephonyProviderTwilioConfigStopAs | Unset = (
        PutTelephonyProviderTwilioConfigStopAs.STOPPED
    )

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        auth_token = self.auth_token

        dial_target = self.dial_target

        agent_side: str | Unset = UNSET
        if not isinstance(self.agent_side, Unset):
            agent_side = self.agent_side.value

        stop_as: str | Unset = UNSET
        if not isinstance(self.stop_as, Unset):
            stop_as = self.stop_as.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_sid": account_sid,
                "auth_token": auth_token,
                "dial_target": dial_target,
            }
        )
        if agent_side is not UNSET:
            field_dict["agent_side"] = agent_side
        if stop_as is not UNSET:
            field_dict["stop_as"] = stop_as

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        auth_token = d.pop("auth_token")

        dial_target = d.pop("dial_target")

        _agent_side = d.pop("agent_side", UNSET)
        agent_side: PutTelephonyProviderTwilioConfigAgentSide | Unset
        if isinstance(_agent_side, Unset):
            agent_side = UNSET
        else:
            agent_side = PutTelephonyProviderTwilioConfigAgentSide(_agent_side)

        _stop_as = d.pop("stop_as", UNSET)
        stop_as: PutTelephonyProviderTwilioConfigStopAs | Unset
        if isinstance(_stop_as, Unset):
            stop_as = UNSET
        else:
            stop_as = PutTelephonyProviderTwilioConfigStopAs(_stop_as)

        put_telephony_provider_twilio_config = cls(
            account_sid=account_sid,
            auth_token=auth_token,
            dial_target=dial_target,
            agent_side=agent_side,
            stop_as=stop_as,
        )

        return put_telephony_provider_twilio_config
