from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID


T = TypeVar("T", bound="ParticipantSubjects")


@_attrs_define
class ParticipantSubjects:
    """A participant's own identifiers: a privacy request that names one of them finds this transcript
    and knows the participant's segments as the subject's own (its export keeps them whole).

        Attributes:
            participant_id (UUID):
            emails (list[str] | Unset):
            external_ids (list[str] | Unset):
    """

    participant_id: UUID
    emails: list[str] | Unset = UNSET
    external_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        external_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_id": participant_id,
            }
        )
        if emails is not UNSET:
            field_dict["emails"] = emails
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        emails = cast(list[str], d.pop("emails", UNSET))

        external_ids = cast(list[str], d.pop("external_ids", UNSET))

        participant_subjects = cls(
            participant_id=participant_id,
            emails=emails,
            external_ids=external_ids,
        )

        return participant_subjects
