from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.vapi_artifact import VapiArtifact
    from ..models.vapi_assistant import VapiAssistant
    from ..models.vapi_call import VapiCall


T = TypeVar("T", bound="VapiMessage")


@_attrs_define
class VapiMessage:
    """
    Attributes:
        call (VapiCall):
        type_ (str): Used: status-update (status in-progress: the answer; ended: the hang-up) and end-of-call-report
            (the hang-up and the transcript); others are acknowledged and ignored
        artifact (None | Unset | VapiArtifact): end-of-call-report: what the call left
        assistant (None | Unset | VapiAssistant):
        started_at (None | str | Unset): end-of-call-report: when the call started (ISO 8601), an answer too (the
            earliest answer counts)
        status (None | str | Unset):
        timestamp (int | None | Unset): Milliseconds since the epoch
    """

    call: VapiCall
    type_: str
    artifact: None | Unset | VapiArtifact = UNSET
    assistant: None | Unset | VapiAssistant = UNSET
    started_at: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vapi_artifact import VapiArtifact  # noqa: PLC0415
        from ..models.vapi_assistant import VapiAssistant  # noqa: PLC0415
        from ..models.vapi_call import VapiCall  # noqa: PLC0415

        call = self.call.to_dict()

        type_ = self.type_

        artifact: dict[str, Any] | None | Unset
        if isinstance(self.artifact, Unset):
            artifact = UNSET
        elif isinstance(self.artifact, VapiArtifact):
            artifact = self.artifact.to_dict()
        else:
            artifact = self.artifact

        assistant: dict[str, Any] | None | Unset
        if isinstance(self.assistant, Unset):
            assistant = UNSET
        elif isinstance(self.assistant, VapiAssistant):
            assistant = self.assistant.to_dict()
        else:
            assistant = self.assistant

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
                "type": type_,
            }
        )
        if artifact is not UNSET:
            field_dict["artifact"] = artifact
        if assistant is not UNSET:
            field_dict["assistant"] = assistant
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vapi_artifact import VapiArtifact  # noqa: PLC0415
        from ..models.vapi_assistant import VapiAssistant  # noqa: PLC0415
        from ..models.vapi_call import VapiCall  # noqa: PLC0415

        d = dict(src_dict)
        call = VapiCall.from_dict(d.pop("call"))

        type_ = d.pop("type")

        def _parse_artifact(data: object) -> None | Unset | VapiArtifact:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                artifact_type_0 = VapiArtifact.from_dict(data)

                return artifact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VapiArtifact, data)

        artifact = _parse_artifact(d.pop("artifact", UNSET))

        def _parse_assistant(data: object) -> None | Unset | VapiAssistant:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assistant_type_0 = VapiAssistant.from_dict(data)

                return assistant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VapiAssistant, data)

        assistant = _parse_assistant(d.pop("assistant", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        vapi_message = cls(
            call=call,
            type_=type_,
            artifact=artifact,
            assistant=assistant,
            started_at=started_at,
            status=status,
            timestamp=timestamp,
        )

        vapi_message.additional_properties = d
        return vapi_message

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
