from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.vapi_recording_consent_type import VapiRecordingConsentType
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="VapiRecordingConsent")


@_attrs_define
class VapiRecordingConsent:
    """
    Attributes:
        type_ (VapiRecordingConsentType):
        granted_at (None | str | Unset): ISO 8601; absent: no consent was given
    """

    type_: VapiRecordingConsentType
    granted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        granted_at: None | str | Unset
        if isinstance(self.granted_at, Unset):
            granted_at = UNSET
        else:
            granted_at = self.granted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if granted_at is not UNSET:
            field_dict["grantedAt"] = granted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VapiRecordingConsentType(d.pop("type"))

        def _parse_granted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        granted_at = _parse_granted_at(d.pop("grantedAt", UNSET))

        vapi_recording_consent = cls(
            type_=type_,
            granted_at=granted_at,
        )

        vapi_recording_consent.additional_properties = d
        return vapi_recording_consent

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
