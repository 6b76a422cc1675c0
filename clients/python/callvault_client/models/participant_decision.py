from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.participant_decision_requirement import ParticipantDecisionRequirement
from ..models.participant_role import ParticipantRole
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.missing_item import MissingItem
    from ..models.participant_decision_purposes import ParticipantDecisionPurposes
    from ..models.rule_read import RuleRead


T = TypeVar("T", bound="ParticipantDecision")


@_attrs_define
class ParticipantDecision:
    """
    Attributes:
        external_id (str):
        jurisdiction (str):
        missing (list[MissingItem]):
        notes (list[str]):
        participant_id (UUID):
        purposes (ParticipantDecisionPurposes):
        requirement (ParticipantDecisionRequirement): What this participant must give on this call: the call's
            requirement
        role (ParticipantRole):
        rule (RuleRead):
    """

    external_id: str
    jurisdiction: str
    missing: list[MissingItem]
    notes: list[str]
    participant_id: UUID
    purposes: ParticipantDecisionPurposes
    requirement: ParticipantDecisionRequirement
    role: ParticipantRole
    rule: RuleRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.missing_item import MissingItem  # noqa: PLC0415
        from ..models.participant_decision_purposes import ParticipantDecisionPurposes  # noqa: PLC0415
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        external_id = self.external_id

        jurisdiction = self.jurisdiction

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        notes = self.notes

        participant_id = str(self.participant_id)

        purposes = self.purposes.to_dict()

        requirement = self.requirement.value

        role = self.role.value

        rule = self.rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "jurisdiction": jurisdiction,
                "missing": missing,
                "notes": notes,
                "participant_id": participant_id,
                "purposes": purposes,
                "requirement": requirement,
                "role": role,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_item import MissingItem  # noqa: PLC0415
        from ..models.participant_decision_purposes import ParticipantDecisionPurposes  # noqa: PLC0415
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("external_id")

        jurisdiction = d.pop("jurisdiction")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = MissingItem.from_dict(missing_item_data)

            missing.append(missing_item)

        notes = cast(list[str], d.pop("notes"))

        participant_id = UUID(d.pop("participant_id"))

        purposes = ParticipantDecisionPurposes.from_dict(d.pop("purposes"))

        requirement = ParticipantDecisionRequirement(d.pop("requirement"))

        role = ParticipantRole(d.pop("role"))

        rule = RuleRead.from_dict(d.pop("rule"))

        participant_decision = cls(
            external_id=external_id,
            jurisdiction=jurisdiction,
            missing=missing,
            notes=notes,
            participant_id=participant_id,
            purposes=purposes,
            requirement=requirement,
            role=role,
            rule=rule,
        )

        participant_decision.additional_properties = d
        return participant_decision

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
