from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.transcript_settings_update_refused_segments_type_0 import (
    TranscriptSettingsUpdateRefusedSegmentsType0,
)
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.transcript_settings_update_redaction_operators_type_0 import (
        TranscriptSettingsUpdateRedactionOperatorsType0,
    )


T = TypeVar("T", bound="TranscriptSettingsUpdate")


@_attrs_define
class TranscriptSettingsUpdate:
    """
    Attributes:
        redaction_operators (None | TranscriptSettingsUpdateRedactionOperatorsType0 | Unset):
        refused_segments (None | TranscriptSettingsUpdateRefusedSegmentsType0 | Unset):
        supervisors_see_full (bool | None | Unset):
    """

    redaction_operators: (
        None | TranscriptSettingsUpdateRedactionOperatorsType0 | Unset
    ) = UNSET
    refused_segments: None | TranscriptSettingsUpdateRefusedSegmentsType0 | Unset = (
        UNSET
    )
    supervisors_see_full: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.transcript_settings_update_redaction_operators_type_0 import (
            TranscriptSettingsUpdateRedactionOperatorsType0,
        )  # noqa: PLC0415

        redaction_operators: dict[str, Any] | None | Unset
        if isinstance(self.redaction_operators, Unset):
            redaction_operators = UNSET
        elif isinstance(
            self.redaction_operators, TranscriptSettingsUpdateRedactionOperatorsType0
        ):
            redaction_operators = self.redaction_operators.to_dict()
        else:
            redaction_operators = self.redaction_operators

        refused_segments: None | str | Unset
        if isinstance(self.refused_segments, Unset):
            refused_segments = UNSET
        elif isinstance(
            self.refused_segments, TranscriptSettingsUpdateRefusedSegmentsType0
        ):
            refused_segments = self.refused_segments.value
        else:
            refused_segments = self.refused_segments

        supervisors_see_full: bool | None | Unset
        if isinstance(self.supervisors_see_full, Unset):
            supervisors_see_full = UNSET
        else:
            supervisors_see_full = self.supervisors_see_full

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if redaction_operators is not UNSET:
            field_dict["redaction_operators"] = redaction_operators
        if refused_segments is not UNSET:
            field_dict["refused_segments"] = refused_segments
        if supervisors_see_full is not UNSET:
            field_dict["supervisors_see_full"] = supervisors_see_full

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcript_settings_update_redaction_operators_type_0 import (
            TranscriptSettingsUpdateRedactionOperatorsType0,
        )  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_redaction_operators(
            data: object,
        ) -> None | TranscriptSettingsUpdateRedactionOperatorsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redaction_operators_type_0 = (
                    TranscriptSettingsUpdateRedactionOperatorsType0.from_dict(data)
                )

                return redaction_operators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | TranscriptSettingsUpdateRedactionOperatorsType0 | Unset, data
            )

        redaction_operators = _parse_redaction_operators(
            d.pop("redaction_operators", UNSET)
        )

        def _parse_refused_segments(
            data: object,
        ) -> None | TranscriptSettingsUpdateRefusedSegmentsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refused_segments_type_0 = TranscriptSettingsUpdateRefusedSegmentsType0(
                    data
                )

                return refused_segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | TranscriptSettingsUpdateRefusedSegmentsType0 | Unset, data
            )

        refused_segments = _parse_refused_segments(d.pop("refused_segments", UNSET))

        def _parse_supervisors_see_full(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supervisors_see_full = _parse_supervisors_see_full(
            d.pop("supervisors_see_full", UNSET)
        )

        transcript_settings_update = cls(
            redaction_operators=redaction_operators,
            refused_segments=refused_segments,
            supervisors_see_full=supervisors_see_full,
        )

        return transcript_settings_update
