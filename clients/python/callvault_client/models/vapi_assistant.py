from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.vapi_transcriber import VapiTranscriber


T = TypeVar("T", bound="VapiAssistant")


@_attrs_define
class VapiAssistant:
    """
    Attributes:
        transcriber (None | Unset | VapiTranscriber):
    """

    transcriber: None | Unset | VapiTranscriber = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vapi_transcriber import VapiTranscriber  # noqa: PLC0415

        transcriber: dict[str, Any] | None | Unset
        if isinstance(self.transcriber, Unset):
            transcriber = UNSET
        elif isinstance(self.transcriber, VapiTranscriber):
            transcriber = self.transcriber.to_dict()
        else:
            transcriber = self.transcriber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcriber is not UNSET:
            field_dict["transcriber"] = transcriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vapi_transcriber import VapiTranscriber  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_transcriber(data: object) -> None | Unset | VapiTranscriber:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcriber_type_0 = VapiTranscriber.from_dict(data)

                return transcriber_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VapiTranscriber, data)

        transcriber = _parse_transcriber(d.pop("transcriber", UNSET))

        vapi_assistant = cls(
            transcriber=transcriber,
        )

        vapi_assistant.additional_properties = d
        return vapi_assistant

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
