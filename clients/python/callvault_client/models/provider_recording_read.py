from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.provider_recording_read_state import ProviderRecordingReadState
from ..types import UNSET, Unset
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
            recording's (none when the call had no transcript: its own retention or an erasure asked)
        created_at (datetime.datetime): When a webhook first named the recording
        deleted_at (datetime.datetime | None): When the provider confirmed the deletion
        deletion_requested_at (datetime.datetime | None):
        last_error (None | ProviderRecordingReadLastErrorType0): The provider's last refusal (status, body excerpt)
        provider (str):
        reason (None | str): Why it is deleted: retention, erasure, withdrawal, manual (a certificate's reason; or, for
            a call without transcripts, retention or erasure)
        recording_id (str): The provider's id (Twilio's RecordingSid, Telnyx's recording id, Vonage's file id), or
            `unnamed:...` when the webhook named none its API deletes it by (its deletion fails: delete it at the provider)
        state (ProviderRecordingReadState): kept: at the provider, the call's transcripts live (or, without transcripts,
            its retention has not passed, or a legal hold keeps it); deleting: being deleted; deleted: the provider
            confirmed; failed: the retries ran out or the provider refused (tried again still)
        held_by (list[str] | Unset): While kept: the matters of the legal holds keeping the recording of a call without
            transcripts past its retention
        request_id (None | Unset | UUID): The privacy request whose erasure asked for this recording's deletion (a call
            without transcripts)
        retention_checked_at (datetime.datetime | None | Unset): When the retention of the recording of a call without
            transcripts was last checked
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
    held_by: list[str] | Unset = UNSET
    request_id: None | Unset | UUID = UNSET
    retention_checked_at: datetime.datetime | None | Unset = UNSET
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

        held_by: list[str] | Unset = UNSET
        if not isinstance(self.held_by, Unset):
            held_by = self.held_by

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        elif isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        retention_checked_at: None | str | Unset
        if isinstance(self.retention_checked_at, Unset):
            retention_checked_at = UNSET
        elif isinstance(self.retention_checked_at, datetime.datetime):
            retention_checked_at = self.retention_checked_at.isoformat()
        else:
            retention_checked_at = self.retention_checked_at

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
        if held_by is not UNSET:
            field_dict["held_by"] = held_by
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if retention_checked_at is not UNSET:
            field_dict["retention_checked_at"] = retention_checked_at

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

        held_by = cast(list[str], d.pop("held_by", UNSET))

        def _parse_request_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_id_type_0 = UUID(data)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_retention_checked_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retention_checked_at_type_0 = datetime.datetime.fromisoformat(data)

                return retention_checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        retention_checked_at = _parse_retention_checked_at(
            d.pop("retention_checked_at", UNSET)
        )

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
            held_by=held_by,
            request_id=request_id,
            retention_checked_at=retention_checked_at,
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
