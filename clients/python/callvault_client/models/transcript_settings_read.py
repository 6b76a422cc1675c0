from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.transcript_settings_read_refused_segments import (
    TranscriptSettingsReadRefusedSegments,
)
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.transcript_settings_read_redaction_operators import (
        TranscriptSettingsReadRedactionOperators,
    )


T = TypeVar("T", bound="TranscriptSettingsRead")


@_attrs_define
class TranscriptSettingsRead:
    """
    Attributes:
        redaction_operators (TranscriptSettingsReadRedactionOperators | Unset): How the redacted text replaces each
            type: `label` (`[CARD]`, the default for a type left out), `last_four` (`[CARD ••••1111]`, for numbers) or
            `token` (`[CARD:3f9a0c…]`, an HMAC of the value under a key of the tenant: the same value gives the same token,
            so repeats can be counted without the value)
        refused_segments (TranscriptSettingsReadRefusedSegments | Unset): `reject`: a transcript with a segment lacking
            consent is refused whole (422); `remove`: stored without those segments, each marked Default:
            TranscriptSettingsReadRefusedSegments.REJECT.
        supervisors_see_full (bool | Unset): Whether supervisors may ask for the full view Default: False.
        updated_at (datetime.datetime | None | Unset):
    """

    redaction_operators: TranscriptSettingsReadRedactionOperators | Unset = UNSET
    refused_segments: TranscriptSettingsReadRefusedSegments | Unset = (
        TranscriptSettingsReadRefusedSegments.REJECT
    )
    supervisors_see_full: bool | Unset = False
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transcript_settings_read_redaction_operators import (
            TranscriptSettingsReadRedactionOperators,
        )  # noqa: PLC0415

        redaction_operators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redaction_operators, Unset):
            redaction_operators = self.redaction_operators.to_dict()

        refused_segments: str | Unset = UNSET
        if not isinstance(self.refused_segments, Unset):
            refused_segments = self.refused_segments.value

        supervisors_see_full = self.supervisors_see_full

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redaction_operators is not UNSET:
            field_dict["redaction_operators"] = redaction_operators
        if refused_segments is not UNSET:
            field_dict["refused_segments"] = refused_segments
        if supervisors_see_full is not UNSET:
            field_dict["supervisors_see_full"] = supervisors_see_full
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcript_settings_read_redaction_operators import (
            TranscriptSettingsReadRedactionOperators,
        )  # noqa: PLC0415

        d = dict(src_dict)
        _redaction_operators = d.pop("redaction_operators", UNSET)
        redaction_operators: TranscriptSettingsReadRedactionOperators | Unset
        if isinstance(_redaction_operators, Unset):
            redaction_operators = UNSET
        else:
            redaction_operators = TranscriptSettingsReadRedactionOperators.from_dict(
                _redaction_operators
            )

        _refused_segments = d.pop("refused_segments", UNSET)
        refused_segments: TranscriptSettingsReadRefusedSegments | Unset
        if isinstance(_refused_segments, Unset):
            refused_segments = UNSET
        else:
            refused_segments = TranscriptSettingsReadRefusedSegments(_refused_segments)

        supervisors_see_full = d.pop("supervisors_see_full", UNSET)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        transcript_settings_read = cls(
            redaction_operators=redaction_operators,
            refused_segments=refused_segments,
            supervisors_see_full=supervisors_see_full,
            updated_at=updated_at,
        )

        transcript_settings_read.additional_properties = d
        return transcript_settings_read

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
