from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.retention_policy_update_on_withdrawal import (
    RetentionPolicyUpdateOnWithdrawal,
)
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.retention_policy_update_by_tag import RetentionPolicyUpdateByTag


T = TypeVar("T", bound="RetentionPolicyUpdate")


@_attrs_define
class RetentionPolicyUpdate:
    """
    Attributes:
        default_days (int): Days after the call ends; 0: due as soon as the call has ended and the transcript is stored
        by_tag (RetentionPolicyUpdateByTag | Unset): Days for transcripts with the tag
        max_days (int | None | Unset): No policy of this tenant, nor any call's override, may be longer; null: no bound
        min_days (int | Unset): No policy of this tenant, nor any call's override, may be shorter Default: 0.
        on_withdrawal (RetentionPolicyUpdateOnWithdrawal | Unset): When a participant withdraws consent to recording or
            transcription: keep what was lawfully collected before; remove that participant's segments (a new version, the
            old one crypto-shredded); or remove the whole transcript. A legal hold defers either removal until its release
            Default: RetentionPolicyUpdateOnWithdrawal.KEEP.
    """

    default_days: int
    by_tag: RetentionPolicyUpdateByTag | Unset = UNSET
    max_days: int | None | Unset = UNSET
    min_days: int | Unset = 0
    on_withdrawal: RetentionPolicyUpdateOnWithdrawal | Unset = (
        RetentionPolicyUpdateOnWithdrawal.KEEP
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.retention_policy_update_by_tag import RetentionPolicyUpdateByTag  # noqa: PLC0415

        default_days = self.default_days

        by_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_tag, Unset):
            by_tag = self.by_tag.to_dict()

        max_days: int | None | Unset
        if isinstance(self.max_days, Unset):
            max_days = UNSET
        else:
            max_days = self.max_days

        min_days = self.min_days

        on_withdrawal: str | Unset = UNSET
        if not isinstance(self.on_withdrawal, Unset):
            on_withdrawal = self.on_withdrawal.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "default_days": default_days,
            }
        )
        if by_tag is not UNSET:
            field_dict["by_tag"] = by_tag
        if max_days is not UNSET:
            field_dict["max_days"] = max_days
        if min_days is not UNSET:
            field_dict["min_days"] = min_days
        if on_withdrawal is not UNSET:
            field_dict["on_withdrawal"] = on_withdrawal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_policy_update_by_tag import RetentionPolicyUpdateByTag  # noqa: PLC0415

        d = dict(src_dict)
        default_days = d.pop("default_days")

        _by_tag = d.pop("by_tag", UNSET)
        by_tag: RetentionPolicyUpdateByTag | Unset
        if isinstance(_by_tag, Unset):
            by_tag = UNSET
        else:
            by_tag = RetentionPolicyUpdateByTag.from_dict(_by_tag)

        def _parse_max_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_days = _parse_max_days(d.pop("max_days", UNSET))

        min_days = d.pop("min_days", UNSET)

        _on_withdrawal = d.pop("on_withdrawal", UNSET)
        on_withdrawal: RetentionPolicyUpdateOnWithdrawal | Unset
        if isinstance(_on_withdrawal, Unset):
            on_withdrawal = UNSET
        else:
            on_withdrawal = RetentionPolicyUpdateOnWithdrawal(_on_withdrawal)

        retention_policy_update = cls(
            default_days=default_days,
            by_tag=by_tag,
            max_days=max_days,
            min_days=min_days,
            on_withdrawal=on_withdrawal,
        )

        return retention_policy_update
