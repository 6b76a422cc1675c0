"""A card's security code and expiry asked for and said on their own, where no card number is said near them
("And the three digits on the back?" / "It's 4 1 9."; "What's the CVV?" ...): found by the words that name them
just before, as cards.find_card_details finds those said after a card. Neither has a check digit, so the words
decide: a security code only where words name no other code (a "security code" texted for a sign-in is a
one-time passcode of six digits, which no card's code is), an expiry only where a card was spoken of before."""

import re

from services.transcripts.redaction.cards import code_of, expiry_of
from services.transcripts.redaction.entities import Claimed, Entity, context_before, words
from services.transcripts.redaction.spoken import runs

# Words that name a card's security code and nothing else, in the languages the recognizers read numbers in.
_CODE_NAMED = words(r"\bcvv2?\b|\bcvc2?\b|\bcv2\b|\bcvn\b|\bcsc\b|security (?:code|digits)|card code|"
                    r"card verification|(?:three|3|four|4)[ -]digits? (?:code|number)|digits on the back|"
                    r"(?:number|code|digits) on the back|back of (?:the|your) card|"
                    r"c[oó]digo de seguridad|c[oó]digo de seguran[cç]a|pr[uü]fnummer|pr[uü]fziffer|"
                    r"kartenpr[uü]f|cryptogramme|codice di sicurezza|codice cvv|veiligheidscode")
NAMED_WITHIN = 40  # characters before a run where the words that name it must end
# The card spoken of before an expiry said alone; an identity document's or a contract's expiry is no card's.
_CARD_SPOKEN = words(r"\bcard\b|\bvisa\b|mastercard|\bamex\b|american express|discover|\btarjeta|\bcarte\b|"
                     r"\bkarte\b|\bcarta\b|cart[aã]o|\bpas\b")
_NOT_A_CARDS = words(r"passport|licen[cs]e|\bid\b|identity|\bdni\b|\bnie\b|residence|permit|visa (?:status|"
                     r"application)|contract|policy|membership|subscription|warranty|lease|pasaporte|carnet")
_EXPIRY_NAMED = re.compile(r"expir|\bexp\b|valid (?:thru|through|until|till|to)\b|good (?:thru|through)\b|"
                           r"caducidad|vencimiento|validade|g[uü]ltig bis|ablaufdatum|scadenza|date d'expiration|"
                           r"date de validit[eé]|vervaldatum", re.I)
CARD_SPOKEN_WITHIN = 400  # characters before an expiry where its card must have been spoken of


def find_named_details(text: str, taken: list[Entity]) -> list[Entity]:
    """Security codes and expiries named just before their digits, outside what was found already."""
    found: list[Entity] = []
    every = runs(text)
    if not every:
        return found
    claimed, previous_end = Claimed([(e.start, e.end) for e in taken]), 0
    for run in every:
        start, low = run[0].start, max(previous_end, run[0].start - NAMED_WITHIN)
        previous_end = run[-1].end
        if claimed.overlaps(start, run[-1].end):
            continue  # a part of something found already (a card, or the details after one)
        said = text[low:start]
        if context_before(text, start, _CODE_NAMED, start - low) and (code := code_of(run)) is not None:
            found.append(Entity(code.type, code.start, code.end, "card-code-named", 0.85, code.value))
        elif _EXPIRY_NAMED.search(said) and (expiry := expiry_of(run)) is not None and \
                context_before(text, start, _CARD_SPOKEN, CARD_SPOKEN_WITHIN) and \
                not context_before(text, start, _NOT_A_CARDS, CARD_SPOKEN_WITHIN // 2):
            found.append(Entity(expiry.type, expiry.start, expiry.end, "card-expiry-named", 0.85, expiry.value))
    return found
