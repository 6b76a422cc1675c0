"""The recognizers run over a conversation, overlaps settled, entities replaced by each type's
operator in every segment that holds a part of one.

A conversation is its segments' texts joined by newlines, so that a number split across two segments
or two speakers' turns is found whole; each entity is then cut back into the segments it spans. A segment
that is itself a transcript (speaker tags, timestamps, lines) counts as the pieces said in it (`markup`), and
pieces that are no one value (two speakers' numbers) are joined by a word that ends every run (`markup.APART`).
Where two entities overlap, the surer one (a checksum passed) and then the longer one wins what they share: an
IBAN is not also a card number; what the other covers beyond it is still redacted (`settled`)."""

import hashlib
import hmac
import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum

from services.transcripts.redaction.abandoned import given_up
from services.transcripts.redaction.again import parts_said_again, said_again
from services.transcripts.redaction.banking import CHEQUE_LINE, find_bank_details
from services.transcripts.redaction.budget import Budget
from services.transcripts.redaction.card_details import find_named_details
from services.transcripts.redaction.cards import find_card_details, find_cards
from services.transcripts.redaction.contact import find_phones
from services.transcripts.redaction.dates import find_dates_of_birth
from services.transcripts.redaction.emails import find_emails
from services.transcripts.redaction.entities import CREDIT_CARD, LABELS, Claimed, Entity
from services.transcripts.redaction.fields import find_fields
from services.transcripts.redaction.identity import find_national_ids
from services.transcripts.redaction.markup import APART, APART_MARK, conversation_pieces, named_otherwise
from services.transcripts.redaction.names import find_names
from services.transcripts.redaction.per_text import forget
from services.transcripts.redaction.readable import readable
from services.transcripts.redaction.readback import read_back
from services.transcripts.redaction.resumed import resumed
from services.transcripts.redaction.spelled import LETTER_WORDS, SPANISH_NAMES
from services.transcripts.redaction.spoken import FILLERS, REPEATS, TURN_OPENERS, count_at, is_number_word
from services.transcripts.redaction.tokens import Token, tokens

SEPARATOR = "\n"


class Operator(StrEnum):
    label = "label"  # [CARD]
    last_four = "last_four"  # [CARD ••••1111]
    token = "token"  # [CARD:3f9a…], the same for the same value within a tenant


@dataclass(frozen=True)
class Found:
    """What was found, where: never the value."""

    type: str
    start: int
    end: int
    recognizer: str
    segment: int = 0


def analyze(text: str, region: str = "US", budget: Budget | None = None) -> list[Entity]:
    """Every recognizer over the text, the budget checked after each; `region`: how numbers said or
    written without a country code are read (the tenant's)."""
    budget = budget or Budget(float("inf"))
    found = find_cards(text)
    budget.check("cards")
    found += find_card_details(text, found)
    found += find_named_details(text, found)
    budget.check("card_details")
    for finder in (find_bank_details, find_national_ids, find_emails, find_dates_of_birth, find_names, find_fields):
        found += finder(text)
        budget.check(finder.__name__)
    found = _off_the_cheque_line(found)
    found += find_phones(text, region, checked=[e for e in found if e.score >= 1.0])
    budget.check("find_phones")
    found += read_back(text, found)
    budget.check("read_back")
    found += said_again(text, found)
    found += parts_said_again(text, found)
    found += given_up(text, found)
    budget.check("said_again")
    found += resumed(text, found)
    budget.check("resumed")
    kept = settled(text, found)
    budget.check("settled")
    return kept


def _off_the_cheque_line(found: list[Entity]) -> list[Entity]:
    """Without the cards a checksum found across the numbers read along a cheque's bottom (its routing number,
    then its account number, said one digit at a time: sixteen of them pass Luhn's check one time in ten)."""
    if not (line := [(e.start, e.end) for e in found if e.recognizer in CHEQUE_LINE]):
        return found
    read = Claimed(line)  # a mark per character: each card checked in its own length, however many lines
    return [e for e in found if e.type != CREDIT_CARD or not read.overlaps(e.start, e.end)]


def settled(text: str, found: list[Entity]) -> list[Entity]:
    """Overlaps settled, in order of the text: the surer entity (a checksum passed) and then the longer one wins
    whole; then what each one that lost covers beyond every winner is still redacted as that one's, where a
    stretch left holds two letters or digits or more. Dropped whole, a read-back's piece that won over the start
    of an e-mail address left the address's domain in the clear."""
    kept, lost, claimed = [], [], Claimed()
    for entity in sorted(found, key=lambda e: (-e.score, -(e.end - e.start), e.start)):
        if claimed.overlaps(entity.start, entity.end):
            lost.append(entity)
        else:
            claimed.add(entity.start, entity.end)
            kept.append(entity)
    for entity in lost:
        for start, end in claimed.uncovered(entity.start, entity.end):
            # a lone digit left over is a guess's edge, no value; of a number, words that say no digit between two
            # winners (", then ") are no part of it; of an address, words that say none of its labels ("And after
            # the at sign?" between its parts)
            if len(_ALNUM.findall(text, start, end)) >= 2 and \
                    (not entity.value.isdigit() or _says_some_digit(tokens(text[start:end]))) and \
                    ("@" not in entity.value or _says_a_label(tokens(text[start:end]))):
                claimed.add(start, end)
                kept.append(Entity(entity.type, start, end, entity.recognizer, entity.score, entity.value))
    return sorted(kept, key=lambda e: e.start)


def replacement(entity: Entity, operator: Operator, token_key: bytes | None) -> str:
    label = LABELS[entity.type]
    if operator is Operator.last_four and entity.value.isdigit() and len(entity.value) > 4:
        return f"{label[:-1]} ••••{entity.value[-4:]}]"
    if operator is Operator.token and token_key:
        mac = hmac.new(token_key, f"{entity.type}:{entity.value}".encode(), hashlib.sha256).hexdigest()[:12]
        return f"{label[:-1]}:{mac}]"
    return label


def redact_segments(texts: list[str | None], operators: dict[str, Operator] | None = None,
                    token_key: bytes | None = None, region: str = "US",
                    budget: Budget | None = None) -> tuple[list[str | None], list[Found]]:
    """Each segment's text with what was found replaced, and the findings (offsets into the original
    segment texts). A removed segment (None) stays None. Raises BudgetExceeded past the budget."""
    try:
        return _redacted(texts, operators or {}, token_key, region, budget or Budget(float("inf")))
    finally:
        forget()  # what was made from this conversation on this thread


def _redacted(texts: list[str | None], operators: dict[str, Operator], token_key: bytes | None, region: str,
              budget: Budget) -> tuple[list[str | None], list[Found]]:
    said = [(index, *piece) for index, piece in conversation_pieces(texts)]
    starts, position, parts, piece_texts = [], 0, [], []
    for k, (index, start, end, apart) in enumerate(said):
        if k:
            parts.append(APART if apart else SEPARATOR)
            position += len(parts[-1])
        starts.append(position)
        # Made once (per entity it was a copy of the piece), and without the invisible separator APART is written
        # with, one character for one: a text holding "\u2063apart" kept a card's two halves apart, unredacted.
        piece_texts.append(readable((texts[index] or "")[start:end].replace(APART_MARK, " ")))
        parts.append(piece_texts[-1])
        position += end - start
    conversation = "".join(parts)
    budget.check("markup")  # the segments read as the pieces said in them
    pieces: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    found: list[Found] = []
    for entity in analyze(conversation, region, budget):
        budget.check("replacing")  # each entity is cut back into its segments, and checked against their words
        first, last = bisect_right(starts, entity.start) - 1, bisect_right(starts, entity.end - 1) - 1
        if last > first and named_otherwise(conversation, entity):
            continue  # a checksum's chance match across pieces, the words naming another kind of number
        text = replacement(entity, operators.get(entity.type, Operator.label), token_key)
        for k in range(bisect_right(starts, entity.start) - 1, bisect_right(starts, entity.end)):
            (index, offset, _, _), begin, t = said[k], starts[k], piece_texts[k]
            start, end = max(entity.start, begin), min(entity.end, begin + len(t))
            if t and start < end and _holds_part(entity, t[start - begin:end - begin]):
                if start == begin and entity.start < begin:  # a later piece's part: not the turn's lead-in
                    start += _lead_in(entity, t[:end - begin])
                if entity.end > begin + len(t):  # going on in a later piece: the pause it ends with stays
                    end = start + len(t[start - begin:end - begin].rstrip(_PAUSE))
                start, end = start - begin + offset, end - begin + offset
                pieces[index].append((start, end, text))
                found.append(Found(entity.type, start, end, entity.recognizer, index))
    return [_replaced(t, p) if t is not None else None for t, p in zip(texts, pieces, strict=True)], found


def _lead_in(entity: Entity, piece: str) -> int:
    """Where the words that go on with an entity begin in a segment that opens with others ("After that, | one
    three ...", "It's | oh nine ..."): at the first word that says a part of it."""
    return next((m.start() for m in _WORD.finditer(piece) if _holds_part(entity, m.group())), 0)


_WORD = re.compile(r"\S+")
_ALNUM = re.compile(r"[^\W_]")
_PAUSE = " \t,.;:\u2026-"


_A_LINES_WORDS = frozenset({"card-code-answered"})


def _holds_part(entity: Entity, piece: str) -> bool:
    """Whether a segment's piece of an entity says some of it (not only the other speaker's "okay")."""
    if entity.recognizer in _A_LINES_WORDS:
        return True  # a line of words its recognizer read whole as digits ("its to won ate", "ni en en")
    if entity.value.lstrip("+").isdigit():
        return _says_some_digit(tokens(piece))
    if entity.value.isalnum():  # an IBAN, a NINO: digits, or only letters, not "Could you slow down a little?"
        said = tokens(piece)  # "And the six numbers?": a count, no digit
        if _says_some_digit(said) or any(m.group() in entity.value for m in _CAPITALS.finditer(piece)):
            return True
        labelled = next((k for k, t in enumerate(said[:MAX_LABEL]) if t.text == ":"), -1)
        said = said[labelled + 1:]  # "Poi il nome: R N D.": the letters after the part's name
        letters = [k for k, t in enumerate(said) if t.text in _LETTERS and t.text not in FILLERS]
        if letters == [0] and len(said[0].text) == 1 and len(said) > 1 and said[1].text[0].isalpha() and \
                said[1].text not in _SPELLING and said[1].text not in _LETTERS:
            return False  # "E poi?": a sentence's first word ("and"), no letter spelled
        return bool(letters) and \
            all(t.text in _LETTERS or t.text in FILLERS or t.text in _SPELLING or t.text in TURN_OPENERS or
                not t.text[0].isalnum() or (k and said[k - 1].text in _SPELLING)  # "G for George"
                for k, t in enumerate(said))
    if "@" in entity.value:  # an email address: a word of it, a digit, or only letters of it spelled
        parts, said = set(_NOT_ALNUM.split(entity.value)) | _ADDRESS_WORDS, tokens(piece)
        return any(t.text in parts or _says_digits(t.text) for t in said) or \
            (any(len(t.text) == 1 and t.text.isalpha() and t.text in entity.value for t in said) and
             all(len(t.text) == 1 or t.text in FILLERS for t in said))
    return bool(piece.strip())


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
MAX_LABEL = 6  # the words of a part's name before its colon at a piece's start ("Poi il nome: ...")
_LETTERS = LETTER_WORDS | frozenset(SPANISH_NAMES)  # "ce.": a DNI's letter asked for, said in a turn of its own
_CAPITALS = re.compile(r"\b[A-Z]{2,4}\b")  # "It's XX | 597 | ...": a NINO's letters written together
_SPELLING = frozenset({"as", "in", "for", "double", "capital", "letter", "griega", "doble",
                       "come", "comme", "wie", "van", "som", "como", "de"})  # "b for bravo",
# "double you", "i griega", "uve doble"; "S come Savona", "D comme Désiré", "M wie Martha", "O van Otto", "A som i
# Adam", "C de Cádiz"
_ADDRESS_WORDS = frozenset({"at", "dot", "dash", "hyphen", "underscore", "period", "point", "@"})


# What is said between an address's parts that is no part of it: the other speaker's question and its fillers.
_BETWEEN_PARTS = frozenset({"and", "after", "the", "at", "sign", "what", "which", "is", "it", "it's", "its", "okay",
                            "ok", "so", "then", "provider", "domain", "that's", "yes", "yeah", "sure", "uh", "um",
                            "part", "first", "before", "starts", "symbol", "comes", "next", "rest", "bit"})


def _says_a_label(said: list[Token]) -> bool:
    """Whether anything but a question between an address's parts and its fillers is said: a word that may spell
    a label ("juliet oscar", "O'Brien", "José"), a letter, a digit."""
    return any(t.text[0].isalnum() and t.text not in _BETWEEN_PARTS for t in said)


def _says_some_digit(said: list[Token]) -> bool:
    """Whether a digit is said, a group's count not counting: the other speaker's "And the next four?"."""
    i = 0
    while i < len(said):
        if counted := count_at(said, i):
            i += counted
            continue
        if _says_digits(said[i].text) and not _exclaimed_oh(said, i):
            return True
        i += 1
    return False


def _exclaimed_oh(said: list[Token], i: int) -> bool:
    """Whether the "oh" at `i` is an exclamation: a word that says no number after it, none before ("Oh sorry,
    you go."); an "oh" alone is a zero said on its own."""
    return said[i].text in ("oh", "o") and i + 1 < len(said) and said[i + 1].text[0].isalpha() and \
        not _says_digits(said[i + 1].text) and not (i and _says_digits(said[i - 1].text))


def _says_digits(word: str) -> bool:
    return word.isdigit() or is_number_word(word) or word in REPEATS


def _replaced(text: str, pieces: list[tuple[int, int, str]]) -> str:
    out, last = [], 0
    for start, end, replacement_text in pieces:
        out += [text[last:start], replacement_text]
        last = end
    out.append(text[last:])
    return "".join(out)


def redact(text: str, operators: dict[str, Operator] | None = None, token_key: bytes | None = None,
           region: str = "US", budget: Budget | None = None) -> tuple[str, list[Found]]:
    """One text on its own (a conversation of one segment)."""
    [redacted], found = redact_segments([text], operators, token_key, region, budget)
    return redacted or "", found


def warm() -> None:
    """Load what the recognizers load on first use (the spaCy model, phonenumbers' metadata)."""
    redact("call me on 415 555 0100 or at jane dot doe at example dot com")
