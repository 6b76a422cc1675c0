from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rule_read_clarity import RuleReadClarity
from ..models.rule_read_requirement import RuleReadRequirement
from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="RuleRead")


@_attrs_define
class RuleRead:
    """
    Attributes:
        announced_recording_counts (bool): Whether announcing the recording, the party staying on the line, meets the
            rule (used only with a stay-on-line delay, never for a purpose whose basis is consent)
        citation (str):
        clarity (RuleReadClarity):
        effective (datetime.date | None): When the cited provision took effect; null where not verified
        jurisdiction (str):
        name (str):
        requirement (RuleReadRequirement):
        source_url (str):
        notes (None | str | Unset):
    """

    announced_recording_counts: bool
    citation: str
    clarity: RuleReadClarity
    effective: datetime.date | None
    jurisdiction: str
    name: str
    requirement: RuleReadRequirement
    source_url: str
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        announced_recording_counts = self.announced_recording_counts

        citation = self.citation

        clarity = self.clarity.value

        effective: None | str
        if isinstance(self.effective, datetime.date):
            effective = self.effective.isoformat()
        else:
            effective = self.effective

        jurisdiction = self.jurisdiction

        name = self.name

        requirement = self.requirement.value

        source_url = self.source_url

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "announced_recording_counts": announced_recording_counts,
                "citation": citation,
                "clarity": clarity,
                "effective": effective,
                "jurisdiction": jurisdiction,
                "name": name,
                "requirement": requirement,
                "source_url": source_url,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        announced_recording_counts = d.pop("announced_recording_counts")

        citation = d.pop("citation")

        clarity = RuleReadClarity(d.pop("clarity"))

        def _parse_effective(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_type_0 = datetime.date.fromisoformat(data)

                return effective_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective = _parse_effective(d.pop("effective"))

        jurisdiction = d.pop("jurisdiction")

        name = d.pop("name")

        requirement = RuleReadRequirement(d.pop("requirement"))

        source_url = d.pop("source_url")

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        rule_read = cls(
            announced_recording_counts=announced_recording_counts,
            citation=citation,
            clarity=clarity,
            effective=effective,
            jurisdiction=jurisdiction,
            name=name,
            requirement=requirement,
            source_url=source_url,
            notes=notes,
        )

        rule_read.additional_properties = d
        return rule_read

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
