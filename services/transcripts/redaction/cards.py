"""Payment cards: 13 to 19 digits, Luhn-valid, with a prefix and length a card network issues, written
or said in any mix of digits and words; then the expiry date and security code when they follow a card
in the conversation."""

import re
from bisect import bisect_right

from services.transcripts.redaction.checksums import card_network, luhn_valid
from services.transcripts.redaction.entities import CARD_EXPIRY, CARD_SECURITY_CODE, CREDIT_CARD, Entity
from services.transcripts.redaction.spoken import Unit, runs, spans

FOLLOWS_WITHIN = 200  # characters after a card where its expiry and code are looked for
_EXPIRY_WORDS = re.compile(r"expir|\bexp\b|valid (?:thru|through|until)|\bgood (?:thru|through)", re.I)
_CODE_WORDS = re.compile(r"security code|\bcvv|\bcvc|\bcv2|\bcid\b|code on the back|back of the card|three digit|"
                         r"four digit|\bthe code\b", re.I)


def find_cards(text: str) -> list[Entity]:
    found: list[Entity] = []
    for run in runs(text):
        taken = -1
        candidates = sorted(spans(run, 13, 19), key=lambda c: (c[0], -(c[1] - c[0])))
        for first, last, digits in candidates:
            if first <= taken or not luhn_valid(digits) or card_network(digits) is None:
                continue
            spoken = any(u.spoken for u in run[first:last + 1])
            found.append(Entity(CREDIT_CARD, run[first].start, run[last].end,
                                "card-spoken" if spoken else "card-luhn", 1.0, digits))
            taken = last
    return found


def find_card_details(text: str, cards: list[Entity]) -> list[Entity]:
    """The expiry and security code said after each card, where words say which is which (or a slash
    writes an expiry)."""
    found: list[Entity] = []
    every = runs(text)
    ends = [run[-1].end for run in every]
    for card in cards:
        window_end = card.end + FOLLOWS_WITHIN
        said_from = card.end
        for whole in every[bisect_right(ends, card.end):]:
            if whole[0].start >= window_end:
                break
            moved = [u for u in whole if card.end <= u.start < window_end]
            if not moved:
                continue
            said, said_from = text[said_from:moved[0].start], moved[-1].end  # the words just before this run
            if _EXPIRY_WORDS.search(said) or "/" in text[moved[0].start:moved[-1].end]:
                if expiry := _expiry(moved):
                    found.append(expiry)
                    continue
            if _CODE_WORDS.search(said) and (code := _code(moved)):
                found.append(code)
    return found


_EXPIRY_LENGTHS = {4: 0, 6: 1, 3: 2}  # MMYY, MMYYYY, then MYY ("five twenty seven")


def _expiry(run: list[Unit]) -> Entity | None:
    starts = [c for c in spans(run, 3, 6) if c[0] == 0 and len(c[2]) in _EXPIRY_LENGTHS]
    for _, last, digits in sorted(starts, key=lambda c: _EXPIRY_LENGTHS[len(c[2])]):
        month = digits[:1] if len(digits) == 3 else digits[:2]
        if 1 <= int(month) <= 12:
            return Entity(CARD_EXPIRY, run[0].start, run[last].end, "card-expiry", 0.9, digits)
    return None


def _code(run: list[Unit]) -> Entity | None:
    for first, last, digits in spans(run, 3, 4):
        if first == 0 and len(digits) in (3, 4):
            return Entity(CARD_SECURITY_CODE, run[0].start, run[last].end, "card-code", 0.9, digits)
    return None
