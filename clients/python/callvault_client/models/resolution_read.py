from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.resolution_read_source import ResolutionReadSource
from typing import cast

if TYPE_CHECKING:
    from ..models.rule_read import RuleRead


T = TypeVar("T", bound="ResolutionRead")


@_attrs_define
class ResolutionRead:
    """
    Attributes:
        country (None | str):
        jurisdiction (str):
        notes (list[str]):
        rule (RuleRead):
        rules_version (str):
        source (ResolutionReadSource):
        subdivision (None | str):
    """

    country: None | str
    jurisdiction: str
    notes: list[str]
    rule: RuleRead
    rules_version: str
    source: ResolutionReadSource
    subdivision: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        country: None | str
        country = self.country

        jurisdiction = self.jurisdiction

        notes = self.notes

        rule = self.rule.to_dict()

        rules_version = self.rules_version

        source = self.source.value

        subdivision: None | str
        subdivision = self.subdivision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "jurisdiction": jurisdiction,
                "notes": notes,
                "rule": rule,
                "rules_version": rules_version,
                "source": source,
                "subdivision": subdivision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        jurisdiction = d.pop("jurisdiction")

        notes = cast(list[str], d.pop("notes"))

        rule = RuleRead.from_dict(d.pop("rule"))

        rules_version = d.pop("rules_version")

        source = ResolutionReadSource(d.pop("source"))

        def _parse_subdivision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subdivision = _parse_subdivision(d.pop("subdivision"))

        resolution_read = cls(
            country=country,
            jurisdiction=jurisdiction,
            notes=notes,
            rule=rule,
            rules_version=rules_version,
            source=source,
            subdivision=subdivision,
        )

        resolution_read.additional_properties = d
        return resolution_read

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
