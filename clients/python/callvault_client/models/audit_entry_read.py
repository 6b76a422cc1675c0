from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.audit_entry_read_content import AuditEntryReadContent


T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """
    Attributes:
        action (str):
        content (AuditEntryReadContent):
        created_at (datetime.datetime):
        leaf_index (int | None): Its leaf in the tenant's audit log; null until it is sealed
        position (int):
        transcript_id (None | UUID):
    """

    action: str
    content: AuditEntryReadContent
    created_at: datetime.datetime
    leaf_index: int | None
    position: int
    transcript_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_read_content import AuditEntryReadContent  # noqa: PLC0415

        action = self.action

        content = self.content.to_dict()

        created_at = self.created_at.isoformat()

        leaf_index: int | None
        leaf_index = self.leaf_index

        position = self.position

        transcript_id: None | str
        if isinstance(self.transcript_id, UUID):
            transcript_id = str(self.transcript_id)
        else:
            transcript_id = self.transcript_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "content": content,
                "created_at": created_at,
                "leaf_index": leaf_index,
                "position": position,
                "transcript_id": transcript_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_read_content import AuditEntryReadContent  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        content = AuditEntryReadContent.from_dict(d.pop("content"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_leaf_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        leaf_index = _parse_leaf_index(d.pop("leaf_index"))

        position = d.pop("position")

        def _parse_transcript_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transcript_id_type_0 = UUID(data)

                return transcript_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        transcript_id = _parse_transcript_id(d.pop("transcript_id"))

        audit_entry_read = cls(
            action=action,
            content=content,
            created_at=created_at,
            leaf_index=leaf_index,
            position=position,
            transcript_id=transcript_id,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
