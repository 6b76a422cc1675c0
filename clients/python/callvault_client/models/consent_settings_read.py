from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consent_settings_read_jurisdiction_mode import (
    ConsentSettingsReadJurisdictionMode,
)
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.consent_settings_read_lawful_basis import (
        ConsentSettingsReadLawfulBasis,
    )


T = TypeVar("T", bound="ConsentSettingsRead")


@_attrs_define
class ConsentSettingsRead:
    """
    Attributes:
        updated_at (datetime.datetime | None):
        agent_jurisdiction (None | str | Unset): Where the tenant's agents and virtual agents are when one declares
            nothing and has no site; null: unknown (all-party) unless an agent's own number locates it
        agents_prior_agreement (bool | Unset):  Default: True.
        default_region (str | Unset): How to read numbers without a country code Default: 'US'.
        jurisdiction_mode (ConsentSettingsReadJurisdictionMode | Unset):  Default:
            ConsentSettingsReadJurisdictionMode.BY_JURISDICTION.
        lawful_basis (ConsentSettingsReadLawfulBasis | Unset): Per purpose; `consent` needs every party's explicit
            consent everywhere, `legitimate_interest` (the default) follows the jurisdiction's rule
        stay_on_line_seconds (int | None | Unset): Seconds after a completed notice after which staying on the line
            counts as consent; null: never
    """

    updated_at: datetime.datetime | None
    agent_jurisdiction: None | str | Unset = UNSET
    agents_prior_agreement: bool | Unset = True
    default_region: str | Unset = "US"
    jurisdiction_mode: ConsentSettingsReadJurisdictionMode | Unset = (
        ConsentSettingsReadJurisdictionMode.BY_JURISDICTION
    )
    lawful_basis: ConsentSettingsReadLawfulBasis | Unset = UNSET
    stay_on_line_seconds: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent_settings_read_lawful_basis import (
            ConsentSettingsReadLawfulBasis,
        )  # noqa: PLC0415

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        agent_jurisdiction: None | str | Unset
        if isinstance(self.agent_jurisdiction, Unset):
            agent_jurisdiction = UNSET
        else:
            agent_jurisdiction = self.agent_jurisdiction

        agents_prior_agreement = self.agents_prior_agreement

        default_region = self.default_region

        jurisdiction_mode: str | Unset = UNSET
        if not isinstance(self.jurisdiction_mode, Unset):
            jurisdiction_mode = self.jurisdiction_mode.value

        lawful_basis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lawful_basis, Unset):
            lawful_basis = self.lawful_basis.to_dict()

        stay_on_line_seconds: int | None | Unset
        if isinstance(self.stay_on_line_seconds, Unset):
            stay_on_line_seconds = UNSET
        else:
            stay_on_line_seconds = self.stay_on_line_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updated_at": updated_at,
            }
        )
        if agent_jurisdiction is not UNSET:
            field_dict["agent_jurisdiction"] = agent_jurisdiction
        if agents_prior_agreement is not UNSET:
            field_dict["agents_prior_agreement"] = agents_prior_agreement
        if default_region is not UNSET:
            field_dict["default_region"] = default_region
        if jurisdiction_mode is not UNSET:
            field_dict["jurisdiction_mode"] = jurisdiction_mode
        if lawful_basis is not UNSET:
            field_dict["lawful_basis"] = lawful_basis
        if stay_on_line_seconds is not UNSET:
            field_dict["stay_on_line_seconds"] = stay_on_line_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_settings_read_lawful_basis import (
            ConsentSettingsReadLawfulBasis,
        )  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_agent_jurisdiction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_jurisdiction = _parse_agent_jurisdiction(
            d.pop("agent_jurisdiction", UNSET)
        )

        agents_prior_agreement = d.pop("agents_prior_agreement", UNSET)

        default_region = d.pop("default_region", UNSET)

        _jurisdiction_mode = d.pop("jurisdiction_mode", UNSET)
        jurisdiction_mode: ConsentSettingsReadJurisdictionMode | Unset
        if isinstance(_jurisdiction_mode, Unset):
            jurisdiction_mode = UNSET
        else:
            jurisdiction_mode = ConsentSettingsReadJurisdictionMode(_jurisdiction_mode)

        _lawful_basis = d.pop("lawful_basis", UNSET)
        lawful_basis: ConsentSettingsReadLawfulBasis | Unset
        if isinstance(_lawful_basis, Unset):
            lawful_basis = UNSET
        else:
            lawful_basis = ConsentSettingsReadLawfulBasis.from_dict(_lawful_basis)

        def _parse_stay_on_line_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stay_on_line_seconds = _parse_stay_on_line_seconds(
            d.pop("stay_on_line_seconds", UNSET)
        )

        consent_settings_read = cls(
            updated_at=updated_at,
            agent_jurisdiction=agent_jurisdiction,
            agents_prior_agreement=agents_prior_agreement,
            default_region=default_region,
            jurisdiction_mode=jurisdiction_mode,
            lawful_basis=lawful_basis,
            stay_on_line_seconds=stay_on_line_seconds,
        )

        return consent_settings_read
