from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.privacy_report_done_item import PrivacyReportDoneItem
    from ..models.privacy_report_found import PrivacyReportFound
    from ..models.privacy_report_kept_item import PrivacyReportKeptItem
    from ..models.privacy_report_not_done_item import PrivacyReportNotDoneItem
    from ..models.privacy_report_steps import PrivacyReportSteps


T = TypeVar("T", bound="PrivacyReport")


@_attrs_define
class PrivacyReport:
    """
    Attributes:
        done (list[PrivacyReportDoneItem]): What was done, per service, with counts, ids and certificates
        found (PrivacyReportFound): Per service: what was found about the subject (counts and ids)
        kept (list[PrivacyReportKeptItem]): What was kept, and why (legal hold with matter, legal obligation, the
            objection itself)
        not_done (list[PrivacyReportNotDoneItem]): What was asked and could not be done, and why
        steps (PrivacyReportSteps): When each step finished
    """

    done: list[PrivacyReportDoneItem]
    found: PrivacyReportFound
    kept: list[PrivacyReportKeptItem]
    not_done: list[PrivacyReportNotDoneItem]
    steps: PrivacyReportSteps
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.privacy_report_done_item import PrivacyReportDoneItem  # noqa: PLC0415
        from ..models.privacy_report_found import PrivacyReportFound  # noqa: PLC0415
        from ..models.privacy_report_kept_item import PrivacyReportKeptItem  # noqa: PLC0415
        from ..models.privacy_report_not_done_item import PrivacyReportNotDoneItem  # noqa: PLC0415
        from ..models.privacy_report_steps import PrivacyReportSteps  # noqa: PLC0415

        done = []
        for done_item_data in self.done:
            done_item = done_item_data.to_dict()
            done.append(done_item)

        found = self.found.to_dict()

        kept = []
        for kept_item_data in self.kept:
            kept_item = kept_item_data.to_dict()
            kept.append(kept_item)

        not_done = []
        for not_done_item_data in self.not_done:
            not_done_item = not_done_item_data.to_dict()
            not_done.append(not_done_item)

        steps = self.steps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "done": done,
                "found": found,
                "kept": kept,
                "not_done": not_done,
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.privacy_report_done_item import PrivacyReportDoneItem  # noqa: PLC0415
        from ..models.privacy_report_found import PrivacyReportFound  # noqa: PLC0415
        from ..models.privacy_report_kept_item import PrivacyReportKeptItem  # noqa: PLC0415
        from ..models.privacy_report_not_done_item import PrivacyReportNotDoneItem  # noqa: PLC0415
        from ..models.privacy_report_steps import PrivacyReportSteps  # noqa: PLC0415

        d = dict(src_dict)
        done = []
        _done = d.pop("done")
        for done_item_data in _done:
            done_item = PrivacyReportDoneItem.from_dict(done_item_data)

            done.append(done_item)

        found = PrivacyReportFound.from_dict(d.pop("found"))

        kept = []
        _kept = d.pop("kept")
        for kept_item_data in _kept:
            kept_item = PrivacyReportKeptItem.from_dict(kept_item_data)

            kept.append(kept_item)

        not_done = []
        _not_done = d.pop("not_done")
        for not_done_item_data in _not_done:
            not_done_item = PrivacyReportNotDoneItem.from_dict(not_done_item_data)

            not_done.append(not_done_item)

        steps = PrivacyReportSteps.from_dict(d.pop("steps"))

        privacy_report = cls(
            done=done,
            found=found,
            kept=kept,
            not_done=not_done,
            steps=steps,
        )

        privacy_report.additional_properties = d
        return privacy_report

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
