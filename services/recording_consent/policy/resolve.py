"""Resolving a participant to a jurisdiction.

Declared wins. An agent or virtual agent is where its site is, else where the tenant says its
agents are (`agent_jurisdiction`), else where a number of its own puts it. Anyone else is where
their number puts them. A toll-free or other non-geographic number locates nobody, and a number
that locates nobody is `unknown` (all-party: fail safe).
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberType

from services.common.phones import is_withheld, parse_phone
from services.recording_consent.policy.rules import UNKNOWN, load_rules

AREA_CODES_FILE = Path(__file__).with_name("area_codes.json")
AREA_CODE_HINT = ("the area code is only a hint: the number may be ported, mobile or VoIP, so the caller "
                  "may be elsewhere")
TENANT_ROLES = frozenset({"agent", "virtual_agent"})
# Numbers that say nothing about where their holder is (ITU-T E.164 service numbers, personal numbers).
NON_GEOGRAPHIC = frozenset({PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST,
                            PhoneNumberType.UAN, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.VOICEMAIL,
                            PhoneNumberType.PAGER, PhoneNumberType.VOIP})
# Australian landlines by their first national digits (ACMA's numbering plan): 07 is Queensland, but
# 07 55 also serves Tweed Heads (NSW); 02, 03 and 08 each span states whose laws differ. Where a
# prefix spans states, the strictest of them applies. The longest prefix wins.
AU_AREAS = {"755": ("AU-QLD", "AU-NSW"), "2": ("AU-NSW", "AU-ACT"), "3": ("AU-VIC", "AU-TAS"), "7": ("AU-QLD",),
            "8": ("AU-SA", "AU-WA", "AU-NT")}


@dataclass(frozen=True)
class Resolution:
    jurisdiction: str
    source: str  # declared | site | agent_jurisdiction | phone_number | unknown
    country: str | None = None
    subdivision: str | None = None
    notes: tuple[str, ...] = ()


@cache
def area_codes() -> dict[str, str]:
    return json.loads(AREA_CODES_FILE.read_text())["area_codes"]


def resolve_participant(role: str, phone_number: str | None, declared: str | None, *, site: str | None = None,
                        agent_jurisdiction: str | None = None, default_region: str = "US") -> Resolution:
    """Where a participant is, by what is known of it (the order in the module's docstring)."""
    if declared or role not in TENANT_ROLES:
        return resolve(phone_number, declared, default_region)
    if site:
        return _place(site, "site")
    if agent_jurisdiction:
        return _place(agent_jurisdiction, "agent_jurisdiction")
    resolution = resolve(phone_number, None, default_region)
    if resolution.jurisdiction == UNKNOWN:
        return Resolution(UNKNOWN, "unknown", notes=(
            *resolution.notes, "the agent has no site and the tenant has set no agent_jurisdiction"))
    return resolution


def resolve(phone_number: str | None, declared: str | None = None, default_region: str = "US") -> Resolution:
    if declared:
        return _place(declared, "declared")
    number = parse_phone(phone_number, default_region)
    if number is None:
        why = "no phone number" if is_withheld(phone_number) else "the phone number could not be parsed"
        return Resolution(UNKNOWN, "unknown", notes=(f"{why}: the jurisdiction is unknown",))
    region = phonenumbers.region_code_for_number(number)
    if not region or region == "001":  # 001: non-geographic (international freephone, satellite)
        return Resolution(UNKNOWN, "unknown", notes=("the number belongs to no country",))
    if phonenumbers.number_type(number) in NON_GEOGRAPHIC:
        return Resolution(UNKNOWN, "unknown", notes=("a toll-free or non-geographic number says nothing about "
                                                     "where its holder is: the jurisdiction is unknown",))
    if region == "AU":
        return _australia(number)
    if region not in ("US", "CA"):
        return Resolution(region, "phone_number", region)
    area_code = phonenumbers.national_significant_number(number)[:3]
    place = area_codes().get(area_code)
    if place is None:
        return Resolution(region, "phone_number", region,
                          notes=(f"area code {area_code} is not geographic: the state or province is unknown",))
    return Resolution(place, "phone_number", region, place.split("-", 1)[1], (AREA_CODE_HINT,))


def _place(code: str, source: str) -> Resolution:
    country, _, sub = code.partition("-")
    return Resolution(code, source, country, sub or None)


def _australia(number: phonenumbers.PhoneNumber) -> Resolution:
    """A landline's area code names one state or a few; a mobile names none (the country's
    strictest state then applies, as for any country whose subdivisions differ)."""
    national = phonenumbers.national_significant_number(number)
    states = AU_AREAS.get(national[:3]) or AU_AREAS.get(national[:1])
    if states is None or phonenumbers.number_type(number) is not PhoneNumberType.FIXED_LINE:
        return Resolution("AU", "phone_number", "AU",
                          notes=("an Australian mobile or non-landline number names no state",))
    rules = load_rules()
    # Among equally strict states, the first listed (the most populous) is named.
    place = min(states, key=lambda s: (-rules.for_jurisdiction(s).rule.requirement.strictness, states.index(s)))
    notes = () if len(states) == 1 else (
        f"the number's area (0{national[:1]}) spans {', '.join(states)}: "
        f"the strictest ({place}) applies",)
    return Resolution(place, "phone_number", "AU", place.split("-", 1)[1], notes)
