from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.objection_purpose import ObjectionPurpose
from ..models.regulation import Regulation
from ..models.request_type import RequestType
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.correction import Correction
    from ..models.privacy_subject import PrivacySubject
    from ..models.requested_by import RequestedBy


T = TypeVar("T", bound="PrivacyRequestCreate")


@_attrs_define
class PrivacyRequestCreate:
    """
    Attributes:
        received_at (datetime.datetime): When the person's request reached the company: the deadline runs from here
        regulation (Regulation): The regime a request is made under; its clock is in `deadlines.py`.
        subject (PrivacySubject):
        type_ (RequestType):
        corrections (list[Correction] | Unset): Rectification only: the corrected segments (at least one)
        purposes (list[ObjectionPurpose] | Unset): Objection only: what the subject objects to (default: all three)
        requested_by (RequestedBy | Unset): Who made the request: the person, or an agent they authorized (CCPA, Cal.
            Civ. Code §
            1798.135(c); 11 CCR § 7063), whose authority is verified beside the person's identity.
    """

    received_at: datetime.datetime
    regulation: Regulation
    subject: PrivacySubject
    type_: RequestType
    corrections: list[Correction] | Unset = UNSET
    purposes: list[ObjectionPurpose] | Unset = UNSET
    requested_by: RequestedBy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.privacy_subject import PrivacySubject  # noqa: PLC0415
        from ..models.requested_by import RequestedBy  # noqa: PLC0415

        received_at = self.received_at.isoformat()

        regulation = self.regulation.value

        subject = self.subject.to_dict()

        type_ = self.type_.value

        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)

        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item = purposes_item_data.value
                purposes.append(purposes_item)

        requested_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested_by, Unset):
            requested_by = self.requested_by.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "received_at": received_at,
                "regulation": regulation,
                "subject": subject,
                "type": type_,
            }
        )
        if corrections is not UNSET:
            field_dict["corrections"] = corrections
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if requested_by is not UNSET:
            field_dict["requested_by"] = requested_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.privacy_subject import PrivacySubject  # noqa: PLC0415
        from ..models.requested_by import RequestedBy  # noqa: PLC0415

        d = dict(src_dict)
        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        regulation = Regulation(d.pop("regulation"))

        subject = PrivacySubject.from_dict(d.pop("subject"))

        type_ = RequestType(d.pop("type"))

        _corrections = d.pop("corrections", UNSET)
        corrections: list[Correction] | Unset = UNSET
        if _corrections is not UNSET:
            corrections = []
            for corrections_item_data in _corrections:
                corrections_item = Correction.from_dict(corrections_item_data)

                corrections.append(corrections_item)

        _purposes = d.pop("purposes", UNSET)
        purposes: list[ObjectionPurpose] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:
                purposes_item = ObjectionPurpose(purposes_item_data)

                purposes.append(purposes_item)

        _requested_by = d.pop("requested_by", UNSET)
        requested_by: RequestedBy | Unset
        if isinstance(_requested_by, Unset):
            requested_by = UNSET
        else:
            requested_by = RequestedBy.from_dict(_requested_by)

        privacy_request_create = cls(
            received_at=received_at,
            regulation=regulation,
            subject=subject,
            type_=type_,
            corrections=corrections,
            purposes=purposes,
            requested_by=requested_by,
        )

        return privacy_request_create
