"""Rebuild `area_codes.json`: every North American area code in service, mapped to its US state or
Canadian province (ISO 3166-2), from the geocoding data that ships with `phonenumbers` (Google's
libphonenumber, kept current with the NANP administrator's assignments).

Run after upgrading `phonenumbers`: `python -m services.recording_consent.policy.build_area_codes`.
The output is committed so that resolution never depends on how a library version words a place.
"""

import json
from collections import Counter
from pathlib import Path

import phonenumbers
from phonenumbers.geodata import GEOCODE_DATA

OUTPUT = Path(__file__).with_name("area_codes.json")

US_STATES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington State": "WA", "Washington": "WA",
    "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY", "Washington D.C.": "DC",
}
CA_PROVINCES = {
    "Alberta": "AB", "British Columbia": "BC", "Manitoba": "MB", "New Brunswick": "NB",
    "Newfoundland and Labrador": "NL", "Newfoundland": "NL", "Nova Scotia": "NS", "Ontario": "ON",
    "Prince Edward Island": "PE", "Quebec": "QC", "Saskatchewan": "SK", "Northwest Territories": "NT",
    "Nunavut": "NU", "Yukon": "YT", "Nova Scotia/Prince Edward Island": "NS",
}
ABBREVIATIONS = set(US_STATES.values()) | set(CA_PROVINCES.values())


def subdivision_of(description: str) -> str | None:
    if description in US_STATES:
        return US_STATES[description]
    if description in CA_PROVINCES:
        return CA_PROVINCES[description]
    _, _, suffix = description.rpartition(", ")
    return suffix if suffix in ABBREVIATIONS else None


def build() -> dict[str, str]:
    votes: dict[str, Counter] = {}
    for prefix, names in GEOCODE_DATA.items():
        if not prefix.startswith("1") or len(prefix) < 4:
            continue
        npa = prefix[1:4]
        region = phonenumbers.region_code_for_number(phonenumbers.parse(f"+1{npa}2345678"))
        if region not in ("US", "CA"):
            continue  # the Caribbean and Pacific members of the NANP are countries of their own
        place = subdivision_of(names.get("en", ""))
        if place is not None:
            # The area code's own entry (4 digits) names the state outright; exchanges only vote.
            votes.setdefault(npa, Counter())[f"{region}-{place}"] += 1000 if len(prefix) == 4 else 1
    return {npa: counter.most_common(1)[0][0] for npa, counter in sorted(votes.items())}


if __name__ == "__main__":
    table = build()
    document = {"source": f"phonenumbers {phonenumbers.__version__} geocoding data", "area_codes": table}
    OUTPUT.write_text(json.dumps(document, indent=0, sort_keys=True) + "\n")
    print(f"{len(table)} area codes written to {OUTPUT}")
