from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.agent_authority import AgentAuthority


T = TypeVar("T", bound="Verification")


@_attrs_define
class Verification:
    """
    Attributes:
        method (str):
        verified_by (str):
        agent_authority (AgentAuthority | None | Unset): For a request made by an authorized agent: how the agent's
            authority was verified (required then; nothing is disclosed before both checks)
    """

    method: str
    verified_by: str
    agent_authority: AgentAuthority | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_authority import AgentAuthority  # noqa: PLC0415

        method = self.method

        verified_by = self.verified_by

        agent_authority: dict[str, Any] | None | Unset
        if isinstance(self.agent_authority, Unset):
            agent_authority = UNSET
        elif isinstance(self.agent_authority, AgentAuthority):
            agent_authority = self.agent_authority.to_dict()
        else:
            agent_authority = self.agent_authority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "verified_by": verified_by,
            }
        )
        if agent_authority is not UNSET:
            field_dict["agent_authority"] = agent_authority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_authority import AgentAuthority  # noqa: PLC0415

        d = dict(src_dict)
        method = d.pop("method")

        verified_by = d.pop("verified_by")

        def _parse_agent_authority(data: object) -> AgentAuthority | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_authority_type_0 = AgentAuthority.from_dict(data)

                return agent_authority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentAuthority | None | Unset, data)

        agent_authority = _parse_agent_authority(d.pop("agent_authority", UNSET))

        verification = cls(
            method=method,
            verified_by=verified_by,
            agent_authority=agent_authority,
        )

        return verification
