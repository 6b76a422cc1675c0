"""The jurisdiction rules, loaded from `rules.yaml` and looked up with fail-safe fallbacks."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

RULES_FILE = Path(__file__).with_name("rules.yaml")
UNKNOWN = "unknown"


class Requirement(StrEnum):
    one_party = "one_party"
    notice = "notice"
    all_party = "all_party"

    @property
    def strictness(self) -> int:
        return _ORDER.index(self)


_ORDER = [Requirement.one_party, Requirement.notice, Requirement.all_party]


class Clarity(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    jurisdiction: str
    name: str
    requirement: Requirement
    citation: str
    source_url: HttpUrl
    clarity: Clarity
    effective: date | None = Field(description="When the provision took effect; null where not verified (see notes)")
    announced_recording_counts: bool = Field(
        description="Whether an announced recording, followed by staying on the line, meets the rule; "
                    "one-party and notice rules are met by less, so they say true")
    notes: str | None = None
    subdivisions_differ: bool = False

    @model_validator(mode="before")
    @classmethod
    def _announced_default(cls, data: dict) -> dict:
        """An all-party rule must say whether an announced recording counts: no default for the one
        place where the answer changes a decision."""
        if isinstance(data, dict) and "announced_recording_counts" not in data:
            if data.get("requirement") == Requirement.all_party:
                raise ValueError(f"{data.get('jurisdiction')}: an all_party rule must state announced_recording_counts")
            data = {**data, "announced_recording_counts": True}
        return data

    def public(self) -> dict:
        """The rule as the API shows it (how lookups fall back is the file's business)."""
        return self.model_dump(mode="json", exclude={"subdivisions_differ"})


class PurposePolicy(BaseModel):
    """callvault's own rule for a purpose that no statute governs the same way everywhere (AI
    training; a purpose whose lawful basis is consent): cited in place of a place's statute."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    citation: str
    source_url: HttpUrl
    clarity: Clarity


@dataclass(frozen=True)
class Applied:
    """The rule that governs one participant, and why it was chosen."""

    rule: Rule
    notes: tuple[str, ...] = ()


class RuleSet:
    def __init__(self, version: str, published: date, rules: list[Rule],
                 purposes: dict[str, PurposePolicy] | None = None) -> None:
        self.version = version
        self.published = published
        self.rules = {rule.jurisdiction: rule for rule in rules}
        self.purposes = purposes or {}
        if UNKNOWN not in self.rules:
            raise ValueError("the rules must have an 'unknown' entry")
        if missing := {"ai_training", "consent_basis"} - set(self.purposes):
            raise ValueError(f"the rules must have purpose policies for {sorted(missing)}")

    def __iter__(self):
        return iter(self.rules.values())

    def for_jurisdiction(self, code: str | None) -> Applied:
        """Exact entry, else the country's (or, where its subdivisions differ and none is known, the
        strictest of them), else `unknown`: nothing without a rule is ever treated leniently."""
        if not code or code == UNKNOWN:
            return Applied(self.rules[UNKNOWN])
        if code in self.rules and not (self.rules[code].subdivisions_differ and "-" not in code):
            return Applied(self.rules[code])
        country, _, subdivision = code.partition("-")
        if subdivision in self.rules and len(subdivision) == 2:  # US-PR, US-GU: a territory with its own entry
            return Applied(self.rules[subdivision])
        national = self.rules.get(country)
        if national is None:
            return Applied(self.rules[UNKNOWN], (f"no rule for {code}: the fail-safe rule applies",))
        if not national.subdivisions_differ:
            return Applied(national)
        # Among the strictest, one where an announced recording does not count, then by code: the
        # unknown subdivision could be any of them.
        strictest = min((r for r in self.rules.values() if r.jurisdiction.startswith(f"{country}-")),
                        key=lambda r: (-r.requirement.strictness, r.announced_recording_counts, r.jurisdiction),
                        default=national)
        if strictest.requirement.strictness <= national.requirement.strictness:
            return Applied(national)
        return Applied(strictest, (f"the {national.name} rule differs by subdivision and this one is not known: "
                                   f"the strictest ({strictest.name}) applies",))


def parse_rules(document: dict) -> RuleSet:
    rules = [Rule(jurisdiction=str(code), **entry) for code, entry in document["jurisdictions"].items()]
    purposes = {str(name): PurposePolicy(**entry) for name, entry in document.get("purposes", {}).items()}
    return RuleSet(str(document["version"]), document["published"], rules, purposes)


@cache
def load_rules(path: Path = RULES_FILE) -> RuleSet:
    return parse_rules(yaml.safe_load(path.read_text()))
