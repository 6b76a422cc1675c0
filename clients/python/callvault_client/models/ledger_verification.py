from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="LedgerVerification")


@_attrs_define
class LedgerVerification:
    """
    Attributes:
        checkpoints (int):
        entries (int):
        first_bad_entry (int | None):
        head (str):
        last_checkpoint (int | None):
        ok (bool):
        problem (None | str):
    """

    checkpoints: int
    entries: int
    first_bad_entry: int | None
    head: str
    last_checkpoint: int | None
    ok: bool
    problem: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoints = self.checkpoints

        entries = self.entries

        first_bad_entry: int | None
        first_bad_entry = self.first_bad_entry

        head = self.head

        last_checkpoint: int | None
        last_checkpoint = self.last_checkpoint

        ok = self.ok

        problem: None | str
        problem = self.problem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoints": checkpoints,
                "entries": entries,
                "first_bad_entry": first_bad_entry,
                "head": head,
                "last_checkpoint": last_checkpoint,
                "ok": ok,
                "problem": problem,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkpoints = d.pop("checkpoints")

        entries = d.pop("entries")

        def _parse_first_bad_entry(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_bad_entry = _parse_first_bad_entry(d.pop("first_bad_entry"))

        head = d.pop("head")

        def _parse_last_checkpoint(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_checkpoint = _parse_last_checkpoint(d.pop("last_checkpoint"))

        ok = d.pop("ok")

        def _parse_problem(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        problem = _parse_problem(d.pop("problem"))

        ledger_verification = cls(
            checkpoints=checkpoints,
            entries=entries,
            first_bad_entry=first_bad_entry,
            head=head,
            last_checkpoint=last_checkpoint,
            ok=ok,
            problem=problem,
        )

        ledger_verification.additional_properties = d
        return ledger_verification

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
