from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.vcon_analysis import VconAnalysis
    from ..models.vcon_attachment import VconAttachment
    from ..models.vcon_dialog import VconDialog
    from ..models.vcon_party import VconParty


T = TypeVar("T", bound="VconImport")


@_attrs_define
class VconImport:
    """A vCon from vcon-server, a telephony adapter or a SIPREC recorder.

    Attributes:
        created_at (datetime.datetime):
        parties (list[VconParty]):
        uuid (UUID): Becomes the call's external_id (provider `vcon`): a vCon is imported once
        analysis (list[VconAnalysis] | Unset):
        attachments (list[VconAttachment] | Unset):
        dialog (list[VconDialog] | Unset):
        subject (None | str | Unset):
        vcon (None | str | Unset): The syntax version (0.4.0 and earlier are read)
    """

    created_at: datetime.datetime
    parties: list[VconParty]
    uuid: UUID
    analysis: list[VconAnalysis] | Unset = UNSET
    attachments: list[VconAttachment] | Unset = UNSET
    dialog: list[VconDialog] | Unset = UNSET
    subject: None | str | Unset = UNSET
    vcon: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vcon_analysis import VconAnalysis  # noqa: PLC0415
        from ..models.vcon_attachment import VconAttachment  # noqa: PLC0415
        from ..models.vcon_dialog import VconDialog  # noqa: PLC0415
        from ..models.vcon_party import VconParty  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        uuid = str(self.uuid)

        analysis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = []
            for analysis_item_data in self.analysis:
                analysis_item = analysis_item_data.to_dict()
                analysis.append(analysis_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        dialog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dialog, Unset):
            dialog = []
            for dialog_item_data in self.dialog:
                dialog_item = dialog_item_data.to_dict()
                dialog.append(dialog_item)

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        vcon: None | str | Unset
        if isinstance(self.vcon, Unset):
            vcon = UNSET
        else:
            vcon = self.vcon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "parties": parties,
                "uuid": uuid,
            }
        )
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if dialog is not UNSET:
            field_dict["dialog"] = dialog
        if subject is not UNSET:
            field_dict["subject"] = subject
        if vcon is not UNSET:
            field_dict["vcon"] = vcon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vcon_analysis import VconAnalysis  # noqa: PLC0415
        from ..models.vcon_attachment import VconAttachment  # noqa: PLC0415
        from ..models.vcon_dialog import VconDialog  # noqa: PLC0415
        from ..models.vcon_party import VconParty  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = VconParty.from_dict(parties_item_data)

            parties.append(parties_item)

        uuid = UUID(d.pop("uuid"))

        _analysis = d.pop("analysis", UNSET)
        analysis: list[VconAnalysis] | Unset = UNSET
        if _analysis is not UNSET:
            analysis = []
            for analysis_item_data in _analysis:
                analysis_item = VconAnalysis.from_dict(analysis_item_data)

                analysis.append(analysis_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[VconAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = VconAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _dialog = d.pop("dialog", UNSET)
        dialog: list[VconDialog] | Unset = UNSET
        if _dialog is not UNSET:
            dialog = []
            for dialog_item_data in _dialog:
                dialog_item = VconDialog.from_dict(dialog_item_data)

                dialog.append(dialog_item)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_vcon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vcon = _parse_vcon(d.pop("vcon", UNSET))

        vcon_import = cls(
            created_at=created_at,
            parties=parties,
            uuid=uuid,
            analysis=analysis,
            attachments=attachments,
            dialog=dialog,
            subject=subject,
            vcon=vcon,
        )

        vcon_import.additional_properties = d
        return vcon_import

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
