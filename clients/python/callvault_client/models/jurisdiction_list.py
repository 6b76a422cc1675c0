from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.jurisdiction_list_purposes import JurisdictionListPurposes
    from ..models.rule_read import RuleRead


T = TypeVar("T", bound="JurisdictionList")


@_attrs_define
class JurisdictionList:
    """
    Attributes:
        jurisdictions (list[RuleRead]):
        published (datetime.date):
        purposes (JurisdictionListPurposes): callvault's own policy for purposes cited instead of a statute (AI
            training; consent basis)
        version (str):
    """

    jurisdictions: list[RuleRead]
    published: datetime.date
    purposes: JurisdictionListPurposes
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.jurisdiction_list_purposes import JurisdictionListPurposes  # noqa: PLC0415
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        jurisdictions = []
        for jurisdictions_item_data in self.jurisdictions:
            jurisdictions_item = jurisdictions_item_data.to_dict()
            jurisdictions.append(jurisdictions_item)

        published = self.published.isoformat()

        purposes = self.purposes.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jurisdictions": jurisdictions,
                "published": published,
                "purposes": purposes,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jurisdiction_list_purposes import JurisdictionListPurposes  # noqa: PLC0415
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        d = dict(src_dict)
        jurisdictions = []
        _jurisdictions = d.pop("jurisdictions")
        for jurisdictions_item_data in _jurisdictions:
            jurisdictions_item = RuleRead.from_dict(jurisdictions_item_data)

            jurisdictions.append(jurisdictions_item)

        published = datetime.date.fromisoformat(d.pop("published"))

        purposes = JurisdictionListPurposes.from_dict(d.pop("purposes"))

        version = d.pop("version")

        jurisdiction_list = cls(
            jurisdictions=jurisdictions,
            published=published,
            purposes=purposes,
            version=version,
        )

        jurisdiction_list.additional_properties = d
        return jurisdiction_list

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
