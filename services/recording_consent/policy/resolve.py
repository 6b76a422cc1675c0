"""Resolving a participant to a jurisdiction: declared wins, else the phone number, else unknown."""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import phonenumbers

from services.common.phones import is_withheld, parse_phone
from services.recording_consent.policy.rules import UNKNOWN

AREA_CODES_FILE = Path(__file__).with_name("area_codes.json")
AREA_CODE_HINT = ("the area code is only a hint: the number may be ported, mobile or VoIP, so the caller "
                  "may be elsewhere")


@dataclass(frozen=True)
class Resolution:
    jurisdiction: str
    source: str  # declared | phone_number | unknown
    country: str | None = None
    subdivision: str | None = None
    notes: tuple[str, ...] = ()


@cache
def area_codes() -> dict[str, str]:
    return json.loads(AREA_CODES_FILE.read_text())["area_codes"]


def resolve(phone_number: str | None, declared: str | None = None, default_region: str = "US") -> Resolution:
    if declared:
        country, _, sub = declared.partition("-")
        return Resolution(declared, "declared", country, sub or None)
    number = parse_phone(phone_number, default_region)
    if number is None:
        why = "no phone number" if is_withheld(phone_number) else "the phone number could not be parsed"
        return Resolution(UNKNOWN, "unknown", notes=(f"{why}: the jurisdiction is unknown",))
    region = phonenumbers.region_code_for_number(number)
    if not region or region == "001":  # 001: non-geographic (international freephone, satellite)
        return Resolution(UNKNOWN, "unknown", notes=("the number belongs to no country",))
    if region not in ("US", "CA"):
        return Resolution(region, "phone_number", region)
    area_code = phonenumbers.national_significant_number(number)[:3]
    place = area_codes().get(area_code)
    if place is None:
        return Resolution(region, "phone_number", region,
                          notes=(f"area code {area_code} is not geographic: the state or province is unknown",))
    return Resolution(place, "phone_number", region, place.split("-", 1)[1], (AREA_CODE_HINT,))
