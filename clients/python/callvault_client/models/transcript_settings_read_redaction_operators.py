from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.operator import Operator


T = TypeVar("T", bound="TranscriptSettingsReadRedactionOperators")


@_attrs_define
class TranscriptSettingsReadRedactionOperators:
    """How the redacted text replaces each type: `label` (`[CARD]`, the default for a type left out), `last_four` (`[CARD
    ••••1111]`, for numbers) or `token` (`[CARD:3f9a0c…]`, an HMAC of the value under a key of the tenant: the same
    value gives the same token, so repeats can be counted without the value)

    """

    additional_properties: dict[str, Operator] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transcript_settings_read_redaction_operators = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Operator(prop_dict)

            additional_properties[prop_name] = additional_property

        transcript_settings_read_redaction_operators.additional_properties = (
            additional_properties
        )
        return transcript_settings_read_redaction_operators

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Operator:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Operator) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
