from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="LogVerification")


@_attrs_define
class LogVerification:
    """
    Attributes:
        entries (int): Sealed entries that fit, in leaf order, before the first that does not
        first_bad_entry (int | None): The leaf index of the first entry that no longer fits
        first_bad_tree_head (int | None): The tree size of the first signed head that fails
        ok (bool):
        problem (None | str):
        root_hash (None | str):
        tree_heads (int): Signed tree heads checked (the database's and the object store's)
        tree_size (int): Leaves in the tree the entries make
        unsealed (int): Entries written but not yet sealed into the tree
    """

    entries: int
    first_bad_entry: int | None
    first_bad_tree_head: int | None
    ok: bool
    problem: None | str
    root_hash: None | str
    tree_heads: int
    tree_size: int
    unsealed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = self.entries

        first_bad_entry: int | None
        first_bad_entry = self.first_bad_entry

        first_bad_tree_head: int | None
        first_bad_tree_head = self.first_bad_tree_head

        ok = self.ok

        problem: None | str
        problem = self.problem

        root_hash: None | str
        root_hash = self.root_hash

        tree_heads = self.tree_heads

        tree_size = self.tree_size

        unsealed = self.unsealed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "first_bad_entry": first_bad_entry,
                "first_bad_tree_head": first_bad_tree_head,
                "ok": ok,
                "problem": problem,
                "root_hash": root_hash,
                "tree_heads": tree_heads,
                "tree_size": tree_size,
                "unsealed": unsealed,
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

        def _parse_first_bad_tree_head(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_bad_tree_head = _parse_first_bad_tree_head(d.pop("first_bad_tree_head"))

        ok = d.pop("ok")

        def _parse_problem(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        problem = _parse_problem(d.pop("problem"))

        def _parse_root_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        root_hash = _parse_root_hash(d.pop("root_hash"))

        tree_heads = d.pop("tree_heads")

        tree_size = d.pop("tree_size")

        unsealed = d.pop("unsealed")

        log_verification = cls(
            entries=entries,
            first_bad_entry=first_bad_entry,
            first_bad_tree_head=first_bad_tree_head,
            ok=ok,
            problem=problem,
            root_hash=root_hash,
            tree_heads=tree_heads,
            tree_size=tree_size,
            unsealed=unsealed,
        )

        log_verification.additional_properties = d
        return log_verification

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
