from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset


T = TypeVar("T", bound="TenantCreate")


@_attrs_define
class TenantCreate:
    """
    Attributes:
        name (str):
        slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        data_region (str | Unset): Where the tenant's data is kept Default: 'us'.
        default_retention_days (int | Unset): Days transcripts are kept after the call ended, when no policy says
            otherwise Default: 30.
        rate_burst (int | Unset): Requests the tenant may make at once (bucket size) Default: 2000.
        rate_limit_per_second (float | Unset): Requests per second the tenant may make (token bucket refill) Default:
            1000.0.
    """

    name: str
    slug: str
    data_region: str | Unset = "us"
    default_retention_days: int | Unset = 30
    rate_burst: int | Unset = 2000
    rate_limit_per_second: float | Unset = 1000.0

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        data_region = self.data_region

        default_retention_days = self.default_retention_days

        rate_burst = self.rate_burst

        rate_limit_per_second = self.rate_limit_per_second

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "slug": slug,
            }
        )
        if data_region is not UNSET:
            field_dict["data_region"] = data_region
        if default_retention_days is not UNSET:
            field_dict["default_retention_days"] = default_retention_days
        if rate_burst is not UNSET:
            field_dict["rate_burst"] = rate_burst
        if rate_limit_per_second is not UNSET:
            field_dict["rate_limit_per_second"] = rate_limit_per_second

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        data_region = d.pop("data_region", UNSET)

        default_retention_days = d.pop("default_retention_days", UNSET)

        rate_burst = d.pop("rate_burst", UNSET)

        rate_limit_per_second = d.pop("rate_limit_per_second", UNSET)

        tenant_create = cls(
            name=name,
            slug=slug,
            data_region=data_region,
            default_retention_days=default_retention_days,
            rate_burst=rate_burst,
            rate_limit_per_second=rate_limit_per_second,
        )

        return tenant_create
