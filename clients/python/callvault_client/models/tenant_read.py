from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.tenant_read_consent_type_0 import TenantReadConsentType0


T = TypeVar("T", bound="TenantRead")


@_attrs_define
class TenantRead:
    """
    Attributes:
        created_at (datetime.datetime):
        data_region (str):
        default_retention_days (int):
        disabled (bool):
        id (UUID):
        name (str):
        rate_burst (int):
        rate_limit_per_second (float):
        slug (str):
        updated_at (datetime.datetime):
        consent (None | TenantReadConsentType0 | Unset): The consent settings, in the answer about one tenant (not in
            lists)
    """

    created_at: datetime.datetime
    data_region: str
    default_retention_days: int
    disabled: bool
    id: UUID
    name: str
    rate_burst: int
    rate_limit_per_second: float
    slug: str
    updated_at: datetime.datetime
    consent: None | TenantReadConsentType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tenant_read_consent_type_0 import TenantReadConsentType0  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        data_region = self.data_region

        default_retention_days = self.default_retention_days

        disabled = self.disabled

        id = str(self.id)

        name = self.name

        rate_burst = self.rate_burst

        rate_limit_per_second = self.rate_limit_per_second

        slug = self.slug

        updated_at = self.updated_at.isoformat()

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, TenantReadConsentType0):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "data_region": data_region,
                "default_retention_days": default_retention_days,
                "disabled": disabled,
                "id": id,
                "name": name,
                "rate_burst": rate_burst,
                "rate_limit_per_second": rate_limit_per_second,
                "slug": slug,
                "updated_at": updated_at,
            }
        )
        if consent is not UNSET:
            field_dict["consent"] = consent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_read_consent_type_0 import TenantReadConsentType0  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data_region = d.pop("data_region")

        default_retention_days = d.pop("default_retention_days")

        disabled = d.pop("disabled")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        rate_burst = d.pop("rate_burst")

        rate_limit_per_second = d.pop("rate_limit_per_second")

        slug = d.pop("slug")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_consent(data: object) -> None | TenantReadConsentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = TenantReadConsentType0.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TenantReadConsentType0 | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

        tenant_read = cls(
            created_at=created_at,
            data_region=data_region,
            default_retention_days=default_retention_days,
            disabled=disabled,
            id=id,
            name=name,
            rate_burst=rate_burst,
            rate_limit_per_second=rate_limit_per_second,
            slug=slug,
            updated_at=updated_at,
            consent=consent,
        )

        tenant_read.additional_properties = d
        return tenant_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
