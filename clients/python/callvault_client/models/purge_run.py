from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.purge_run_by_reason import PurgeRunByReason


T = TypeVar("T", bound="PurgeRun")


@_attrs_define
class PurgeRun:
    """
    Attributes:
        by_reason (PurgeRunByReason):
        failed (int): Batches that failed (a dependency's outage): the worker's next pass resumes them
        held (int): Due, but kept by a legal hold
        purged (int):
    """

    by_reason: PurgeRunByReason
    failed: int
    held: int
    purged: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purge_run_by_reason import PurgeRunByReason  # noqa: PLC0415

        by_reason = self.by_reason.to_dict()

        failed = self.failed

        held = self.held

        purged = self.purged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_reason": by_reason,
                "failed": failed,
                "held": held,
                "purged": purged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purge_run_by_reason import PurgeRunByReason  # noqa: PLC0415

        d = dict(src_dict)
        by_reason = PurgeRunByReason.from_dict(d.pop("by_reason"))

        failed = d.pop("failed")

        held = d.pop("held")

        purged = d.pop("purged")

        purge_run = cls(
            by_reason=by_reason,
            failed=failed,
            held=held,
            purged=purged,
        )

        purge_run.additional_properties = d
        return purge_run

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
