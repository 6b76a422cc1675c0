from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.vapi_recording_consent import VapiRecordingConsent


T = TypeVar("T", bound="VapiCompliance")


@_attrs_define
class VapiCompliance:
    """
    Attributes:
        recording_consent (None | Unset | VapiRecordingConsent):
    """

    recording_consent: None | Unset | VapiRecordingConsent = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vapi_recording_consent import VapiRecordingConsent  # noqa: PLC0415

        recording_consent: dict[str, Any] | None | Unset
        if isinstance(self.recording_consent, Unset):
            recording_consent = UNSET
        elif isinstance(self.recording_consent, VapiRecordingConsent):
            recording_consent = self.recording_consent.to_dict()
        else:
            recording_consent = self.recording_consent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recording_consent is not UNSET:
            field_dict["recordingConsent"] = recording_consent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vapi_recording_consent import VapiRecordingConsent  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_recording_consent(
            data: object,
        ) -> None | Unset | VapiRecordingConsent:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recording_consent_type_0 = VapiRecordingConsent.from_dict(data)

                return recording_consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VapiRecordingConsent, data)

        recording_consent = _parse_recording_consent(d.pop("recordingConsent", UNSET))

        vapi_compliance = cls(
            recording_consent=recording_consent,
        )

        vapi_compliance.additional_properties = d
        return vapi_compliance

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
