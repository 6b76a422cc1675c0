from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.provider_recording_read_state import ProviderRecordingReadState
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.provider_recording_read_last_error_type_0 import (
        ProviderRecordingReadLastErrorType0,
    )


T = TypeVar("T", bound="ProviderRecordingRead")


@_attrs_define
class ProviderRecordingRead:
    """
    Attributes:
        attempts (int):
        certificate_id (None | UUID): The deletion certificate of the transcript whose deletion asked for this
            recording's
        created_at (datetime.datetime): When a webhook first named the recording
        deleted_at (datetime.datetime | None): When the provider confirmed the deletion
        deletion_requested_at (datetime.datetime | None):
        last_error (None | ProviderRecordingReadLastErrorType0): The provider's last refusal (status, body excerpt)
        provider (str):
        reason (None | str): That certificate's reason: retention, erasure, withdrawal, manual
        recording_id (str): The provider's id (Twilio's RecordingSid, Telnyx's recording id, Vonage's file id), or
            `unnamed:...` when the webhook named none its API deletes it by (its deletion fails: delete it at the provider)
        state (ProviderRecordingReadState): kept: at the provider, the call's transcripts live; deleting: being deleted;
            deleted: the provider confirmed; failed: the retries ran out or the provider refused (tried again still)
    """

    attempts: int
    certificate_id: None | UUID
    created_at: datetime.datetime
    deleted_at: datetime.datetime | None
    deletion_requested_at: datetime.datetime | None
    last_error: None | ProviderRecordingReadLastErrorType0
    provider: str
    reason: None | str
    recording_id: str
    state: ProviderRecordingReadState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_recording_read_last_error_type_0 import (
            ProviderRecordingReadLastErrorType0,
        )  # noqa: PLC0415

        attempts = self.attempts

        certificate_id: None | str
        if isinstance(self.certificate_id, UUID):
            certificate_id = str(self.certificate_id)
        else:
            certificate_id = self.certificate_id

        created_at = self.created_at.isoformat()

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        deletion_requested_at: None | str
        if isinstance(self.deletion_requested_at, datetime.datetime):
            deletion_requested_at = self.deletion_requested_at.isoformat()
        else:
            deletion_requested_at = self.deletion_requested_at

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, ProviderRecordingReadLastErrorType0):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        provider = self.provider

        reason: None | str
        reason = self.reason

        recording_id = self.recording_id

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "certificate_id": certificate_id,
                "created_at": created_at,
                "deleted_at": deleted_at,
                "deletion_requested_at": deletion_requested_at,
                "last_error": last_error,
                "provider": provider,
                "reason": reason,
                "recording_id": recording_id,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_recording_read_last_error_type_0 import (
            ProviderRecordingReadLastErrorType0,
        )  # noqa: PLC0415

        d = dict(src_dict)
        attempts = d.pop("attempts")

        def _parse_certificate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certificate_id_type_0 = UUID(data)

                return certificate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        certificate_id = _parse_certificate_id(d.pop("certificate_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at"))

        def _parse_deletion_requested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deletion_requested_at_type_0 = datetime.datetime.fromisoformat(data)

                return deletion_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        deletion_requested_at = _parse_deletion_requested_at(
            d.pop("deletion_requested_at")
        )

        def _parse_last_error(
            data: object,
        ) -> None | ProviderRecordingReadLastErrorType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = ProviderRecordingReadLastErrorType0.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderRecordingReadLastErrorType0, data)

        last_error = _parse_last_error(d.pop("last_error"))

        provider = d.pop("provider")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        recording_id = d.pop("recording_id")

        state = ProviderRecordingReadState(d.pop("state"))

        provider_recording_read = cls(
            attempts=attempts,
            certificate_id=certificate_id,
            created_at=created_at,
            deleted_at=deleted_at,
            deletion_requested_at=deletion_requested_at,
            last_error=last_error,
            provider=provider,
            reason=reason,
            recording_id=recording_id,
            state=state,
        )

        provider_recording_read.additional_properties = d
        return provider_recording_read

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
