from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.participant_subjects import ParticipantSubjects


T = TypeVar("T", bound="Subjects")


@_attrs_define
class Subjects:
    """Who else the transcript is about, for finding it by subject (blind index only): `emails` and
    `external_ids` of the transcript as a whole (no speaker known), `participants` each speaker's own.

        Attributes:
            emails (list[str] | Unset):
            external_ids (list[str] | Unset):
            participants (list[ParticipantSubjects] | Unset):
    """

    emails: list[str] | Unset = UNSET
    external_ids: list[str] | Unset = UNSET
    participants: list[ParticipantSubjects] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_subjects import ParticipantSubjects  # noqa: PLC0415

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        external_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if emails is not UNSET:
            field_dict["emails"] = emails
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_subjects import ParticipantSubjects  # noqa: PLC0415

        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails", UNSET))

        external_ids = cast(list[str], d.pop("external_ids", UNSET))

        _participants = d.pop("participants", UNSET)
        participants: list[ParticipantSubjects] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ParticipantSubjects.from_dict(
                    participants_item_data
                )

                participants.append(participants_item)

        subjects = cls(
            emails=emails,
            external_ids=external_ids,
            participants=participants,
        )

        return subjects
