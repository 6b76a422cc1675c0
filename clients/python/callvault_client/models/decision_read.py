from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_read_jurisdiction_mode import DecisionReadJurisdictionMode
from ..models.decision_read_requirement_type_0 import DecisionReadRequirementType0
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.participant_decision import ParticipantDecision
    from ..models.rule_read import RuleRead


T = TypeVar("T", bound="DecisionRead")


@_attrs_define
class DecisionRead:
    """
    Attributes:
        call_id (UUID):
        computed_at (datetime.datetime):
        evaluated_at (datetime.datetime): The moment the decision describes
        jurisdiction_mode (DecisionReadJurisdictionMode):
        may_analyze (bool):
        may_record (bool):
        may_train (bool):
        may_transcribe (bool):
        participants (list[ParticipantDecision]):
        reasons (list[str]): Plain language: why each purpose that is not allowed is not
        requirement (DecisionReadRequirementType0 | None):
        rule (None | RuleRead): The call's strictest rule, which applies to everyone on it
        rules_version (str):
        version (int): Increases with every change; the stream's event id
        valid_until (datetime.datetime | None | Unset): When time alone may change it (a stay-on-line delay, an
            objection's expiry); null: only an event can
    """

    call_id: UUID
    computed_at: datetime.datetime
    evaluated_at: datetime.datetime
    jurisdiction_mode: DecisionReadJurisdictionMode
    may_analyze: bool
    may_record: bool
    may_train: bool
    may_transcribe: bool
    participants: list[ParticipantDecision]
    reasons: list[str]
    requirement: DecisionReadRequirementType0 | None
    rule: None | RuleRead
    rules_version: str
    version: int
    valid_until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_decision import ParticipantDecision  # noqa: PLC0415
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        call_id = str(self.call_id)

        computed_at = self.computed_at.isoformat()

        evaluated_at = self.evaluated_at.isoformat()

        jurisdiction_mode = self.jurisdiction_mode.value

        may_analyze = self.may_analyze

        may_record = self.may_record

        may_train = self.may_train

        may_transcribe = self.may_transcribe

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        reasons = self.reasons

        requirement: None | str
        if isinstance(self.requirement, DecisionReadRequirementType0):
            requirement = self.requirement.value
        else:
            requirement = self.requirement

        rule: dict[str, Any] | None
        if isinstance(self.rule, RuleRead):
            rule = self.rule.to_dict()
        else:
            rule = self.rule

        rules_version = self.rules_version

        version = self.version

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "computed_at": computed_at,
                "evaluated_at": evaluated_at,
                "jurisdiction_mode": jurisdiction_mode,
                "may_analyze": may_analyze,
                "may_record": may_record,
                "may_train": may_train,
                "may_transcribe": may_transcribe,
                "participants": participants,
                "reasons": reasons,
                "requirement": requirement,
                "rule": rule,
                "rules_version": rules_version,
                "version": version,
            }
        )
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant_decision import ParticipantDecision  # noqa: PLC0415
        from ..models.rule_read import RuleRead  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        evaluated_at = datetime.datetime.fromisoformat(d.pop("evaluated_at"))

        jurisdiction_mode = DecisionReadJurisdictionMode(d.pop("jurisdiction_mode"))

        may_analyze = d.pop("may_analyze")

        may_record = d.pop("may_record")

        may_train = d.pop("may_train")

        may_transcribe = d.pop("may_transcribe")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = ParticipantDecision.from_dict(participants_item_data)

            participants.append(participants_item)

        reasons = cast(list[str], d.pop("reasons"))

        def _parse_requirement(data: object) -> DecisionReadRequirementType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requirement_type_0 = DecisionReadRequirementType0(data)

                return requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionReadRequirementType0 | None, data)

        requirement = _parse_requirement(d.pop("requirement"))

        def _parse_rule(data: object) -> None | RuleRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_type_0 = RuleRead.from_dict(data)

                return rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleRead, data)

        rule = _parse_rule(d.pop("rule"))

        rules_version = d.pop("rules_version")

        version = d.pop("version")

        def _parse_valid_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.datetime.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        decision_read = cls(
            call_id=call_id,
            computed_at=computed_at,
            evaluated_at=evaluated_at,
            jurisdiction_mode=jurisdiction_mode,
            may_analyze=may_analyze,
            may_record=may_record,
            may_train=may_train,
            may_transcribe=may_transcribe,
            participants=participants,
            reasons=reasons,
            requirement=requirement,
            rule=rule,
            rules_version=rules_version,
            version=version,
            valid_until=valid_until,
        )

        decision_read.additional_properties = d
        return decision_read

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
