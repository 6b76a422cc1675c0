from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.tenant_update_consent_type_0 import TenantUpdateConsentType0


T = TypeVar("T", bound="TenantUpdate")


@_attrs_define
class TenantUpdate:
    """Only the fields sent change.

    Attributes:
        consent (None | TenantUpdateConsentType0 | Unset): The tenant's consent settings (`jurisdiction_mode`,
            `agents_prior_agreement`, `stay_on_line_seconds`, `lawful_basis`, `default_region`, `agent_jurisdiction`), as
            `PUT /v1/consent-settings` takes them: kept by the recording-consent service
        data_region (None | str | Unset):
        default_retention_days (int | None | Unset):
        disabled (bool | None | Unset): A disabled tenant's credentials stop working (403 `tenant-disabled`)
        name (None | str | Unset):
        rate_burst (int | None | Unset):
        rate_limit_per_second (float | None | Unset):
    """

    consent: None | TenantUpdateConsentType0 | Unset = UNSET
    data_region: None | str | Unset = UNSET
    default_retention_days: int | None | Unset = UNSET
    disabled: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    rate_burst: int | None | Unset = UNSET
    rate_limit_per_second: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_update_consent_type_0 import TenantUpdateConsentType0  # noqa: PLC0415

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, TenantUpdateConsentType0):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        data_region: None | str | Unset
        if isinstance(self.data_region, Unset):
            data_region = UNSET
        else:
            data_region = self.data_region

        default_retention_days: int | None | Unset
        if isinstance(self.default_retention_days, Unset):
            default_retention_days = UNSET
        else:
            default_retention_days = self.default_retention_days

        disabled: bool | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        else:
            disabled = self.disabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rate_burst: int | None | Unset
        if isinstance(self.rate_burst, Unset):
            rate_burst = UNSET
        else:
            rate_burst = self.rate_burst

        rate_limit_per_second: float | None | Unset
        if isinstance(self.rate_limit_per_second, Unset):
            rate_limit_per_second = UNSET
        else:
            rate_limit_per_second = self.rate_limit_per_second

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if consent is not UNSET:
            field_dict["consent"] = consent
        if data_region is not UNSET:
            field_dict["data_region"] = data_region
        if default_retention_days is not UNSET:
            field_dict["default_retention_days"] = default_retention_days
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if name is not UNSET:
            field_dict["name"] = name
        if rate_burst is not UNSET:
            field_dict["rate_burst"] = rate_burst
        if rate_limit_per_second is not UNSET:
            field_dict["rate_limit_per_second"] = rate_limit_per_second

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_update_consent_type_0 import TenantUpdateConsentType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_consent(data: object) -> None | TenantUpdateConsentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = TenantUpdateConsentType0.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantUpdateConsentType0 | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

        def _parse_data_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_region = _parse_data_region(d.pop("data_region", UNSET))

        def _parse_default_retention_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_retention_days = _parse_default_retention_days(
            d.pop("default_retention_days", UNSET)
        )

        def _parse_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rate_burst(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_burst = _parse_rate_burst(d.pop("rate_burst", UNSET))

        def _parse_rate_limit_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate_limit_per_second = _parse_rate_limit_per_second(
            d.pop("rate_limit_per_second", UNSET)
        )

        tenant_update = cls(
            consent=consent,
            data_region=data_region,
            default_retention_days=default_retention_days,
            disabled=disabled,
            name=name,
            rate_burst=rate_burst,
            rate_limit_per_second=rate_limit_per_second,
        )

        return tenant_update
