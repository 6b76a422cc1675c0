from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.objection_purpose import ObjectionPurpose
from ..models.regulation import Regulation
from ..models.request_type import RequestType
from ..models.status import Status
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.export_read import ExportRead
    from ..models.privacy_report import PrivacyReport
    from ..models.privacy_request_read_acknowledgement_type_0 import (
        PrivacyRequestReadAcknowledgementType0,
    )
    from ..models.privacy_request_read_extension_type_0 import (
        PrivacyRequestReadExtensionType0,
    )
    from ..models.privacy_request_read_lift_type_0 import PrivacyRequestReadLiftType0
    from ..models.privacy_request_read_rejection_type_0 import (
        PrivacyRequestReadRejectionType0,
    )
    from ..models.privacy_request_read_requested_by import PrivacyRequestReadRequestedBy
    from ..models.privacy_request_read_verification_type_0 import (
        PrivacyRequestReadVerificationType0,
    )
    from ..models.privacy_subject import PrivacySubject


T = TypeVar("T", bound="PrivacyRequestRead")


@_attrs_define
class PrivacyRequestRead:
    """
    Attributes:
        acknowledge_by (datetime.datetime | None): When an acknowledgement of receipt is owed (CCPA: 10 business days);
            null where none is
        acknowledgement (None | PrivacyRequestReadAcknowledgementType0):
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        created_by (str):
        days_left (int | None): Whole days to the due time, negative once late; null once finished
        deadline_citation (str): What sets the due time and whether it can be extended
        due_at (datetime.datetime):
        export (ExportRead | None):
        extension (None | PrivacyRequestReadExtensionType0):
        id (UUID):
        lift (None | PrivacyRequestReadLiftType0):
        overdue (bool):
        received_at (datetime.datetime):
        regulation (Regulation): The regime a request is made under; its clock is in `deadlines.py`.
        rejection (None | PrivacyRequestReadRejectionType0):
        report (PrivacyReport):
        requested_by (PrivacyRequestReadRequestedBy): `kind` (subject or authorized_agent) and, for an agent, its name
            and authorization
        status (Status):
        subject (PrivacySubject):
        type_ (RequestType):
        verification (None | PrivacyRequestReadVerificationType0):
        corrections (int | Unset): Rectification: how many corrections it carries Default: 0.
        purposes (list[ObjectionPurpose] | Unset):
    """

    acknowledge_by: datetime.datetime | None
    acknowledgement: None | PrivacyRequestReadAcknowledgementType0
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    created_by: str
    days_left: int | None
    deadline_citation: str
    due_at: datetime.datetime
    export: ExportRead | None
    extension: None | PrivacyRequestReadExtensionType0
    id: UUID
    lift: None | PrivacyRequestReadLiftType0
    overdue: bool
    received_at: datetime.datetime
    regulation: Regulation
    rejection: None | PrivacyRequestReadRejectionType0
    report: PrivacyReport
    requested_by: PrivacyRequestReadRequestedBy
    status: Status
    subject: PrivacySubject
    type_: RequestType
    verification: None | PrivacyRequestReadVerificationType0
    corrections: int | Unset = 0
    purposes: list[ObjectionPurpose] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.export_read import ExportRead  # noqa: PLC0415
        from ..models.privacy_report import PrivacyReport  # noqa: PLC0415
        from ..models.privacy_request_read_acknowledgement_type_0 import (
            PrivacyRequestReadAcknowledgementType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_extension_type_0 import (
            PrivacyRequestReadExtensionType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_lift_type_0 import (
            PrivacyRequestReadLiftType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_rejection_type_0 import (
            PrivacyRequestReadRejectionType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_requested_by import (
            PrivacyRequestReadRequestedBy,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_verification_type_0 import (
            PrivacyRequestReadVerificationType0,
        )  # noqa: PLC0415
        from ..models.privacy_subject import PrivacySubject  # noqa: PLC0415

        acknowledge_by: None | str
        if isinstance(self.acknowledge_by, datetime.datetime):
            acknowledge_by = self.acknowledge_by.isoformat()
        else:
            acknowledge_by = self.acknowledge_by

        acknowledgement: dict[str, Any] | None
        if isinstance(self.acknowledgement, PrivacyRequestReadAcknowledgementType0):
            acknowledgement = self.acknowledgement.to_dict()
        else:
            acknowledgement = self.acknowledgement

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        days_left: int | None
        days_left = self.days_left

        deadline_citation = self.deadline_citation

        due_at = self.due_at.isoformat()

        export: dict[str, Any] | None
        if isinstance(self.export, ExportRead):
            export = self.export.to_dict()
        else:
            export = self.export

        extension: dict[str, Any] | None
        if isinstance(self.extension, PrivacyRequestReadExtensionType0):
            extension = self.extension.to_dict()
        else:
            extension = self.extension

        id = str(self.id)

        lift: dict[str, Any] | None
        if isinstance(self.lift, PrivacyRequestReadLiftType0):
            lift = self.lift.to_dict()
        else:
            lift = self.lift

        overdue = self.overdue

        received_at = self.received_at.isoformat()

        regulation = self.regulation.value

        rejection: dict[str, Any] | None
        if isinstance(self.rejection, PrivacyRequestReadRejectionType0):
            rejection = self.rejection.to_dict()
        else:
            rejection = self.rejection

        report = self.report.to_dict()

        requested_by = self.requested_by.to_dict()

        status = self.status.value

        subject = self.subject.to_dict()

        type_ = self.type_.value

        verification: dict[str, Any] | None
        if isinstance(self.verification, PrivacyRequestReadVerificationType0):
            verification = self.verification.to_dict()
        else:
            verification = self.verification

        corrections = self.corrections

        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item = purposes_item_data.value
                purposes.append(purposes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledge_by": acknowledge_by,
                "acknowledgement": acknowledgement,
                "completed_at": completed_at,
                "created_at": created_at,
                "created_by": created_by,
                "days_left": days_left,
                "deadline_citation": deadline_citation,
                "due_at": due_at,
                "export": export,
                "extension": extension,
                "id": id,
                "lift": lift,
                "overdue": overdue,
                "received_at": received_at,
                "regulation": regulation,
                "rejection": rejection,
                "report": report,
                "requested_by": requested_by,
                "status": status,
                "subject": subject,
                "type": type_,
                "verification": verification,
            }
        )
        if corrections is not UNSET:
            field_dict["corrections"] = corrections
        if purposes is not UNSET:
            field_dict["purposes"] = purposes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_read import ExportRead  # noqa: PLC0415
        from ..models.privacy_report import PrivacyReport  # noqa: PLC0415
        from ..models.privacy_request_read_acknowledgement_type_0 import (
            PrivacyRequestReadAcknowledgementType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_extension_type_0 import (
            PrivacyRequestReadExtensionType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_lift_type_0 import (
            PrivacyRequestReadLiftType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_rejection_type_0 import (
            PrivacyRequestReadRejectionType0,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_requested_by import (
            PrivacyRequestReadRequestedBy,
        )  # noqa: PLC0415
        from ..models.privacy_request_read_verification_type_0 import (
            PrivacyRequestReadVerificationType0,
        )  # noqa: PLC0415
        from ..models.privacy_subject import PrivacySubject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acknowledge_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledge_by_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledge_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledge_by = _parse_acknowledge_by(d.pop("acknowledge_by"))

        def _parse_acknowledgement(
            data: object,
        ) -> None | PrivacyRequestReadAcknowledgementType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acknowledgement_type_0 = (
                    PrivacyRequestReadAcknowledgementType0.from_dict(data)
                )

                return acknowledgement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrivacyRequestReadAcknowledgementType0, data)

        acknowledgement = _parse_acknowledgement(d.pop("acknowledgement"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        def _parse_days_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_left = _parse_days_left(d.pop("days_left"))

        deadline_citation = d.pop("deadline_citation")

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))

        def _parse_export(data: object) -> ExportRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                export_type_0 = ExportRead.from_dict(data)

                return export_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportRead | None, data)

        export = _parse_export(d.pop("export"))

        def _parse_extension(data: object) -> None | PrivacyRequestReadExtensionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extension_type_0 = PrivacyRequestReadExtensionType0.from_dict(data)

                return extension_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrivacyRequestReadExtensionType0, data)

        extension = _parse_extension(d.pop("extension"))

        id = UUID(d.pop("id"))

        def _parse_lift(data: object) -> None | PrivacyRequestReadLiftType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lift_type_0 = PrivacyRequestReadLiftType0.from_dict(data)

                return lift_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrivacyRequestReadLiftType0, data)

        lift = _parse_lift(d.pop("lift"))

        overdue = d.pop("overdue")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        regulation = Regulation(d.pop("regulation"))

        def _parse_rejection(data: object) -> None | PrivacyRequestReadRejectionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rejection_type_0 = PrivacyRequestReadRejectionType0.from_dict(data)

                return rejection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrivacyRequestReadRejectionType0, data)

        rejection = _parse_rejection(d.pop("rejection"))

        report = PrivacyReport.from_dict(d.pop("report"))

        requested_by = PrivacyRequestReadRequestedBy.from_dict(d.pop("requested_by"))

        status = Status(d.pop("status"))

        subject = PrivacySubject.from_dict(d.pop("subject"))

        type_ = RequestType(d.pop("type"))

        def _parse_verification(
            data: object,
        ) -> None | PrivacyRequestReadVerificationType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verification_type_0 = PrivacyRequestReadVerificationType0.from_dict(
                    data
                )

                return verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrivacyRequestReadVerificationType0, data)

        verification = _parse_verification(d.pop("verification"))

        corrections = d.pop("corrections", UNSET)

        _purposes = d.pop("purposes", UNSET)
        purposes: list[ObjectionPurpose] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:
                purposes_item = ObjectionPurpose(purposes_item_data)

                purposes.append(purposes_item)

        privacy_request_read = cls(
            acknowledge_by=acknowledge_by,
            acknowledgement=acknowledgement,
            completed_at=completed_at,
            created_at=created_at,
            created_by=created_by,
            days_left=days_left,
            deadline_citation=deadline_citation,
            due_at=due_at,
            export=export,
            extension=extension,
            id=id,
            lift=lift,
            overdue=overdue,
            received_at=received_at,
            regulation=regulation,
            rejection=rejection,
            report=report,
            requested_by=requested_by,
            status=status,
            subject=subject,
            type_=type_,
            verification=verification,
            corrections=corrections,
            purposes=purposes,
        )

        privacy_request_read.additional_properties = d
        return privacy_request_read

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
