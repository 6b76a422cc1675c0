from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.refused_webhook import RefusedWebhook


T = TypeVar("T", bound="InboxRead")


@_attrs_define
class InboxRead:
    """
    Attributes:
        done (int):
        latest_refused (list[RefusedWebhook]): The 20 most recent the consent service refused, and transcripts that were
            not taken
        pending (int): Verified and acknowledged, not yet applied
        refused (int):
        transcripts_waiting (int): Applied webhooks whose transcript is not yet handed to the transcripts service
            (retried with backoff while it is away)
    """

    done: int
    latest_refused: list[RefusedWebhook]
    pending: int
    refused: int
    transcripts_waiting: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.refused_webhook import RefusedWebhook  # noqa: PLC0415

        done = self.done

        latest_refused = []
        for latest_refused_item_data in self.latest_refused:
            latest_refused_item = latest_refused_item_data.to_dict()
            latest_refused.append(latest_refused_item)

        pending = self.pending

        refused = self.refused

        transcripts_waiting = self.transcripts_waiting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "done": done,
                "latest_refused": latest_refused,
                "pending": pending,
                "refused": refused,
                "transcripts_waiting": transcripts_waiting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refused_webhook import RefusedWebhook  # noqa: PLC0415

        d = dict(src_dict)
        done = d.pop("done")

        latest_refused = []
        _latest_refused = d.pop("latest_refused")
        for latest_refused_item_data in _latest_refused:
            latest_refused_item = RefusedWebhook.from_dict(latest_refused_item_data)

            latest_refused.append(latest_refused_item)

        pending = d.pop("pending")

        refused = d.pop("refused")

        transcripts_waiting = d.pop("transcripts_waiting")

        inbox_read = cls(
            done=done,
            latest_refused=latest_refused,
            pending=pending,
            refused=refused,
            transcripts_waiting=transcripts_waiting,
        )

        inbox_read.additional_properties = d
        return inbox_read

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
