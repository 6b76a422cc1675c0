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
    from ..models.hold_subjects import HoldSubjects


T = TypeVar("T", bound="HoldScope")


@_attrs_define
class HoldScope:
    """A transcript is held when it matches any of the call ids, subjects or tags given (or, when none
    is given, any transcript), and its call started within `from`..`to` when they are given.

        Attributes:
            call_ids (list[UUID] | Unset):
            from_ (datetime.datetime | None | Unset):
            subjects (HoldSubjects | Unset):
            tags (list[str] | Unset):
            to (datetime.datetime | None | Unset):
    """

    call_ids: list[UUID] | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    subjects: HoldSubjects | Unset = UNSET
    tags: list[str] | Unset = UNSET
    to: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hold_subjects import HoldSubjects  # noqa: PLC0415

        call_ids: list[str] | Unset = UNSET
        if not isinstance(self.call_ids, Unset):
            call_ids = []
            for call_ids_item_data in self.call_ids:
                call_ids_item = str(call_ids_item_data)
                call_ids.append(call_ids_item)

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        subjects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if call_ids is not UNSET:
            field_dict["call_ids"] = call_ids
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if tags is not UNSET:
            field_dict["tags"] = tags
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hold_subjects import HoldSubjects  # noqa: PLC0415

        d = dict(src_dict)
        _call_ids = d.pop("call_ids", UNSET)
        call_ids: list[UUID] | Unset = UNSET
        if _call_ids is not UNSET:
            call_ids = []
            for call_ids_item_data in _call_ids:
                call_ids_item = UUID(call_ids_item_data)

                call_ids.append(call_ids_item)

        def _parse_from_(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.datetime.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        _subjects = d.pop("subjects", UNSET)
        subjects: HoldSubjects | Unset
        if isinstance(_subjects, Unset):
            subjects = UNSET
        else:
            subjects = HoldSubjects.from_dict(_subjects)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_to(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.datetime.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        hold_scope = cls(
            call_ids=call_ids,
            from_=from_,
            subjects=subjects,
            tags=tags,
            to=to,
        )

        return hold_scope
