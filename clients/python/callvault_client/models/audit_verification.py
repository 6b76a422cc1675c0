from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="AuditVerification")


@_attrs_define
class AuditVerification:
    """
    Attributes:
        entries (int):
        first_bad_entry (int | None):
        head (str):
        ok (bool):
        problem (None | str):
    """

    entries: int
    first_bad_entry: int | None
    head: str
    ok: bool
    problem: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = self.entries

        first_bad_entry: int | None
        first_bad_entry = self.first_bad_entry

        head = self.head

        ok = self.ok

        problem: None | str
        problem = self.problem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "first_bad_entry": first_bad_entry,
                "head": head,
                "ok": ok,
                "problem": problem,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entries = d.pop("entries")

        def _parse_first_bad_entry(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_bad_entry = _parse_first_bad_entry(d.pop("first_bad_entry"))

        head = d.pop("head")

        ok = d.pop("ok")

        def _parse_problem(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        problem = _parse_problem(d.pop("problem"))

        audit_verification = cls(
            entries=entries,
            first_bad_entry=first_bad_entry,
            head=head,
            ok=ok,
            problem=problem,
        )

        audit_verification.additional_properties = d
        return audit_verification

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
