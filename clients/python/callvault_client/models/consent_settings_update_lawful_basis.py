from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.consent_settings_update_lawful_basis_additional_property import (
    ConsentSettingsUpdateLawfulBasisAdditionalProperty,
)


T = TypeVar("T", bound="ConsentSettingsUpdateLawfulBasis")


@_attrs_define
class ConsentSettingsUpdateLawfulBasis:
    """Per purpose; `consent` needs every party's explicit consent everywhere, `legitimate_interest` (the default) follows
    the jurisdiction's rule

    """

    additional_properties: dict[
        str, ConsentSettingsUpdateLawfulBasisAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consent_settings_update_lawful_basis = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ConsentSettingsUpdateLawfulBasisAdditionalProperty(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        consent_settings_update_lawful_basis.additional_properties = (
            additional_properties
        )
        return consent_settings_update_lawful_basis

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ConsentSettingsUpdateLawfulBasisAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ConsentSettingsUpdateLawfulBasisAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
