from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.put_telephony_provider_vonage_config_agent_side import (
    PutTelephonyProviderVonageConfigAgentSide,
)
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="PutTelephonyProviderVonageConfig")


@_attrs_define
class PutTelephonyProviderVonageConfig:
    """
    Attributes:
        api_key (str):
        application_id (str):
        dial_target (str): Where the consent IVR connects the caller: E.164 or a SIP URI
        signature_secret (str):
        agent_side (PutTelephonyProviderVonageConfigAgentSide | Unset): Which number of an inbound call is the tenant's
            agent (on an outbound call, the other one) Default: PutTelephonyProviderVonageConfigAgentSide.TO.
        private_key (None | str | Unset): The application's PEM private key: the Voice API needs it to stop a recording
    """

    api_key: str
    application_id: str
    dial_target: str
    signature_secret: str
    agent_side: PutTelephonyProviderVonageConfigAgentSide | Unset = (
        PutTelephonyProviderVonageConfigAgentSide.TO
    )
    private_key: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        application_id = self.application_id

        dial_target = self.dial_target

        signature_secret = self.signature_secret

        agent_side: str | Unset = UNSET
        if not isinstance(self.agent_side, Unset):
            agent_side = self.agent_side.value

        private_key: None | str | Unset
        if isinstance(self.private_key, Unset):
            private_key = UNSET
        else:
            private_key = self.private_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_key": api_key,
                "application_id": application_id,
                "dial_target": dial_target,
                "signature_secret": signature_secret,
            }
        )
        if agent_side is not UNSET:
            field_dict["agent_side"] = agent_side
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        application_id = d.pop("application_id")

        dial_target = d.pop("dial_target")

        signature_secret = d.pop("signature_secret")

        _agent_side = d.pop("agent_side", UNSET)
        agent_side: PutTelephonyProviderVonageConfigAgentSide | Unset
        if isinstance(_agent_side, Unset):
            agent_side = UNSET
        else:
            agent_side = PutTelephonyProviderVonageConfigAgentSide(_agent_side)

        def _parse_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_key = _parse_private_key(d.pop("private_key", UNSET))

        put_telephony_provider_vonage_config = cls(
            api_key=api_key,
            application_id=application_id,
            dial_target=dial_target,
            signature_secret=signature_secret,
            agent_side=agent_side,
            private_key=private_key,
        )

        return put_telephony_provider_vonage_config
