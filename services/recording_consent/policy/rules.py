"""The jurisdiction rules, loaded from `rules.yaml` and looked up with fail-safe fallbacks."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, HttpUrl

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
    effective: date
    notes: str | None = None
    subdivisions_differ: bool = False

    def public(self) -> dict:
        """The rule as the API shows it (how lookups fall back is the file's business)."""
        return self.model_dump(mode="json", exclude={"subdivisions_differ"})


@dataclass(frozen=True)
class Applied:
    """The rule that governs one participant, and why it was chosen."""

    rule: Rule
    notes: tuple[str, ...] = ()


class RuleSet:
    def __init__(self, version: str, published: date, rules: list[Rule]) -> None:
        self.version = version
        self.published = published
        self.rules = {rule.jurisdiction: rule for rule in rules}
        if UNKNOWN not in self.rules:
            raise ValueError("the rules must have an 'unknown' entry")

    def __iter__(self):
        return iter(self.rules.values())

    def for_jurisdiction(self, code: str | None) -> Applied:
        """Exact entry, else the country's (or, where its subdivisions differ and none is known, the
        strictest of them), else `unknown`: nothing without a rule is ever treated leniently."""
        if not code or code == UNKNOWN:
            return Applied(self.rules[UNKNOWN])
        if code in self.rules and not (self.rules[code].subdivisions_differ and "-" not in code):
            return Applied(self.rules[code])
        country = code.split("-", 1)[0]
        national = self.rules.get(country)
        if national is None:
            return Applied(self.rules[UNKNOWN], (f"no rule for {code}: the fail-safe rule applies",))
        if not national.subdivisions_differ:
            return Applied(national)
        strictest = max((r for r in self.rules.values() if r.jurisdiction.startswith(f"{country}-")),
                        key=lambda r: r.requirement.strictness, default=national)
        if strictest.requirement.strictness <= national.requirement.strictness:
            return Applied(national)
        return Applied(strictest, (f"the {national.name} rule differs by subdivision and this one is not known: "
                                   f"the strictest ({strictest.name}) applies",))


def parse_rules(document: dict) -> RuleSet:
    rules = [Rule(jurisdiction=str(code), **entry) for code, entry in document["jurisdictions"].items()]
    return RuleSet(str(document["version"]), document["published"], rules)


@cache
def load_rules(path: Path = RULES_FILE) -> RuleSet:
    return parse_rules(yaml.safe_load(path.read_text()))
