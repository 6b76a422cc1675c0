"""Bank identifiers: IBANs (mod 97 and the country's format), typed with or without spaces; and US bank
routing numbers (ABA check digit) and account numbers (8 to 17 digits) said or typed where the
conversation names them: an account number has no check digit, so the words are what tell it."""

import re
from bisect import bisect_left
from string import ascii_uppercase

from stdnum import numdb

from services.transcripts.redaction.asides import aside_at
from services.transcripts.redaction.checksums import aba_valid, iban_valid
from services.transcripts.redaction.entities import (
    ABA_ROUTING_NUMBER,
    IBAN_CODE,
    US_BANK_NUMBER,
    Entity,
    last_mention,
    mentions,
    words,
)
from services.transcripts.redaction.numerals import DIGIT_WORDS
from services.transcripts.redaction.readings import readings, spans
from services.transcripts.redaction.spelled import (
    LETTER_WORDS,
    NATO,
    SPELLED_ELSEWHERE,
    Char,
    letter_of,
    message_counter,
    spell,
)
from services.transcripts.redaction.spoken import Unit, runs, unit_at
from services.transcripts.redaction.tokens import indexes_of, token_positions, tokens

# "DE89 3704 ...", "gb 29 nwbk ...", "IT53-M639-...", "IT37  T651  8518" (an engine's double space): two
# spaces or dashes at most between two characters
_IBAN = re.compile(r"\b[A-Za-z]{2}[ -]{0,2}\d{2}(?:[ -]{0,2}[A-Za-z0-9]){11,30}\b")
_IBAN_HEAD = re.compile(r"[a-z]{2}\d{2}[a-z0-9]")  # a typed IBAN's first characters, run together, lower-cased
# Spanish speakers' too: "número de ruta", "la ruta: ...", "Ruta cero uno tres", "la ruta del banco", "la cuenta de
# cheques" ("ruta" alone is a route)
_ROUTING_WORDS = words(r"routing|\baba\b|\b(?:rtg|rtn|rtng)(?=:? ?\d)|transit number|n[úu]mero de ruta|"
                       r"n[úu]mero de tr[áa]nsito|\bruta:|\brt\b|ruta del banco|"
                       r"\bruta (?=cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d)")
# "account" alone right before its digits too ("routing 024477994, account one zero three ...")
# (or asked for alone, its answer in the turn after: "Great, and the account?"; not "a phone number for the account?")
_ACCOUNT_WORDS = words(r"account(?: number| no\b|\s?#| is|\s?=|(?::|'s)? (?=\d|zero|one|two|three|four|five|six|"
                       r"seven|eight|nine|oh\b))|\b(?:and|what's|what is|now|then) (?:the|your) account\?|"
                       # (not the verb: "I'm checking in for a two thirty", "checking on my order"; "checking on
                       # file is ..." is the account)
                       # (nor a field's value: "account_type": "checking")
                       r"checking(?! (?:in|out|up|if|whether|that)\b| on (?!file\b))(?![\"'])|"
                       r"savings(?![\"'])|\bacct|"
                       r"\bcuenta\b|"
                       # a text's shorthand: "acc 432805453307", and "ac" after a routing number named so ("rtg
                       # 089747148 ac 432805453307"; "ac" alone is air conditioning, an airline's)
                       r"\bacc\b(?=[:#]? ?\d)|\b(?:rtg|rtn|rtng|routing)\b[^\n]{1,30}?\bac(?= ?\d)")
# The line printed along a cheque's bottom, read left to right: its routing number, its account number, then the
# cheque's own number (said to be it), which is none of the bank's.
_CHEQUE_LINE = words(r"(?:numbers?|digits|line) (?:at|along|on|across) the bottom|bottom of (?:the|your|a|my|"
                     r"one of your) che(?:ck|que)|\bmicr\b|"
                     # "Grab a check and read me what's printed at the bottom": the cheque named just before
                     r"che(?:ck|que)s?\b[^\n.?]{0,40}printed (?:at|along|on|across) the bottom|"
                     # "Reading off the check, first set is ...", "read from the cheque, left to right"
                     r"\bread(?:ing)? (?:it )?(?:off|from) (?:the|your|my|a) che(?:ck|que)\b|"
                     # "I've got a check here. the first bit, between the funny symbols, is ...": a cheque (not the
                     # verb: "let me check the first set ...") and its groups named
                     r"\b(?:a|the|your|my|this) che(?:ck|que)\b[^\n?]{0,60}?\b"
                     r"(?:first (?:set|bit|group|bunch|block|lot)|symbols|left to right)")
_CHEQUE_NUMBER_SAID = re.compile(r"\W*(?:which|that|this)(?:'s| is)?\b[^.\n]{0,20}\bche(?:ck|que) number", re.I)
CHEQUE_LINE_WITHIN = 250  # characters after the words that name the line where its numbers are read
CHEQUE_LINE = ("aba-cheque-line", "bank-cheque-line")  # what the line's numbers are found by
_OTHER_WORDS = words(r"phone|\bcell|mobile|\bcall|card|order|ticket|case|reference")  # nearer: not a bank's
NAMED_WITHIN = 60  # characters before a number where the words that name it are looked for


def find_bank_details(text: str) -> list[Entity]:
    return [*find_ibans(text), *_spoken_ibans(text), *_routing_and_accounts(text), *_cheque_line(text),
            *_rib_fields(text)]


# A French IBAN given by its RIB's fields after its head ("F R soixante-seize, ensuite le code banque dix mille deux
# cent soixante-dix-huit, le code guichet cinq sept quatre un sept, le compte ..., clé RIB quatorze"): the bank's code
# (5 digits), the branch's (5), the account (11) and the key (2), each after its name, make the IBAN whose check
# decides; each part hidden.
_FR_HEAD = re.compile(r"\bF ?R\b")
_RIB_FIELDS = ((re.compile(r"\bbanque\W*$", re.I), 5), (re.compile(r"\bguichet\W*$", re.I), 5),
               (re.compile(r"\bcompte\W*$", re.I), 11), (re.compile(r"\bcl[ée](?: rib)?\W*$", re.I), 2))
RIB_WITHIN = 320  # characters from the head to the key's end
RIB_NAMED_WITHIN = 30  # characters before a field's digits where its name ends


def _rib_fields(text: str) -> list[Entity]:
    found: list[Entity] = []
    if "guichet" not in text.lower():  # most conversations
        return found
    every = runs(text)
    starts = [run[0].start for run in every]
    for head in _FR_HEAD.finditer(text):
        k = bisect_left(starts, head.end())
        if k == len(every) or every[k][0].start - head.end() > 3 or _digits([every[k]]) != 2:
            continue
        parts, said, k = [every[k]], "".join(u.digits for u in every[k]), k + 1
        for name, length in _RIB_FIELDS:
            if k == len(every) or every[k][-1].end - head.start() > RIB_WITHIN or _digits([every[k]]) != length or \
                    not name.search(text, max(parts[-1][-1].end, every[k][0].start - RIB_NAMED_WITHIN),
                                    every[k][0].start):
                break
            parts.append(every[k])
            said += "".join(u.digits for u in every[k])
            k += 1
        if len(parts) == 5 and iban_valid(value := "FR" + said):
            found += [Entity(IBAN_CODE, head.start() if n == 0 else part[0].start, part[-1].end, "iban-rib-fields",
                             1.0, value) for n, part in enumerate(parts)]
    return found


def _cheque_line(text: str) -> list[Entity]:
    """The numbers read along a cheque's bottom once the conversation names that line ("Grab a check and read me
    the numbers along the bottom." / "The first set is 072090103, then 6401040635. And 7273, that's the check
    number."): the first whose nine digits pass the ABA check is its routing number, the next of 8 to 17 digits
    its account number, unless it is said to be the cheque's number. Groups said apart (a pause, "then") are
    joined while they fall short."""
    found: list[Entity] = []
    named = mentions(text, _CHEQUE_LINE)
    if not named:
        return found
    every = runs(text)
    starts = [run[0].start for run in every]
    for at in named:
        pieces = [piece for run in every[bisect_left(starts, at):bisect_left(starts, at + CHEQUE_LINE_WITHIN)]
                  for piece in _said_apart(run)]
        routing = next(((i, j) for i in range(len(pieces)) for j in range(i + 1, min(len(pieces), i + 4) + 1)
                        if _digits(pieces[i:j]) == 9 and aba_valid("".join(u.digits for p in pieces[i:j] for u in p))),
                       None)
        if routing is None:
            continue
        found.append(_entity(ABA_ROUTING_NUMBER, pieces[routing[0]:routing[1]], CHEQUE_LINE[0], 1.0))
        after = routing[1]
        # the longest run of groups that fits; a group written in digits is a number whole, as printed
        ends = range(min(len(pieces), after + 4), after, -1)
        if after < len(pieces) and not pieces[after][0].spoken and 8 <= _digits(pieces[after:after + 1]) <= 17:
            ends = range(after + 1, after, -1)
        for j in ends:
            if 8 <= _digits(pieces[after:j]) <= 17 and not _CHEQUE_NUMBER_SAID.match(text, pieces[j - 1][-1].end):
                found.append(_entity(US_BANK_NUMBER, pieces[after:j], CHEQUE_LINE[1], 0.96))  # over a phone
                break
    return found


def _said_apart(run: list[Unit]) -> list[list[Unit]]:
    """The run's groups said apart: cut before each unit said after a pause, and between groups written in digits
    ("021000021 123456789 0153")."""
    pieces = [[run[0]]]
    for unit in run[1:]:
        if unit.paused or not (unit.spoken or pieces[-1][-1].spoken):
            pieces.append([unit])
        else:
            pieces[-1].append(unit)
    return pieces


def _digits(pieces: list[list[Unit]]) -> int:
    return sum(len(u.digits) for piece in pieces for u in piece)


def _entity(kind: str, pieces: list[list[Unit]], recognizer: str, score: float) -> Entity:
    return Entity(kind, pieces[0][0].start, pieces[-1][-1].end, recognizer, score,
                  "".join(u.digits for piece in pieces for u in piece))


def find_ibans(text: str) -> list[Entity]:
    """Written: with or without spaces, in either case. The pattern runs on into the words after an IBAN
    (or starts at a word before one): the characters its country's length takes decide, and where they
    do not check out the search goes on from the next word."""
    found, m = [], _IBAN.search(text)
    while m:
        raw = m.group().upper()
        if (end := _country_length_end(raw)) and iban_valid(raw[:end], national=not m.group()[:2].isupper()):
            found.append(Entity(IBAN_CODE, m.start(), m.start() + end, "iban-mod97", 1.0,
                                raw[:end].replace(" ", "").replace("-", "")))
            m = _IBAN.search(text, m.start() + end)
        else:
            space = next((k for k in (1, 2) if raw[k] in " -"), -1)
            m = _IBAN.search(text, m.start() + (space if space > 0 else 2))
    return found


def _country_length_end(raw: str) -> int | None:
    """Where the characters of an IBAN of the country `raw` starts with end, if `raw` holds that many."""
    if (length := _IBAN_LENGTHS.get(raw[:2])) is None:
        return None
    count = 0
    for end, char in enumerate(raw, 1):
        count += char not in " -"
        if count == length:
            return end
    return None


def _spoken_ibans(text: str) -> list[Entity]:
    """Said: letters spelled ("d e", "dee ee", "delta echo"), digits as words, both mixed with written
    groups: from each token that says a country's letters and two digits, exactly the country's length
    of characters, which mod 97 then decides."""
    toks, found, taken, read_to = tokens(text), [], -1, -1
    # Where a letter may be said: one look at each token in a comprehension, the costly reading after it.
    for i in _where_a_letter_may_be(text, toks):
        if i <= taken:
            continue
        if len(toks[i].text) > 4 and _IBAN_HEAD.match(toks[i].text):  # "ES611438" / "sent too soon 2837...": typed
            head = toks[i].text[:4].upper()  # in two messages, the first no whole IBAN (find_ibans read it)
            if (length := _IBAN_LENGTHS.get(head[:2])) and i > read_to:
                dictated, read_to = _dictated(text, toks, i, head[:2], length)
                if dictated is not None:
                    found.append(dictated)
                    taken = read_to = next((n for n in range(i, len(toks)) if toks[n].start >= dictated.end),
                                           len(toks)) - 1
            continue
        chars, _ = spell(text, toks, i, 4)
        head = _as_formatted(text, chars, "aann")  # "N O five one": the country's O a letter, not a zero
        length = _IBAN_LENGTHS.get(head[:2])
        if length and len(head) == 4 and head[2:].isdigit():
            for mend in (False, True):  # as said, then with a group taken back by a repair left out
                chars, after = spell(text, toks, i, length, mend)
                value = _as_formatted(text, chars, _IBAN_FORMATS[head[:2]])
                if len(value) == length and iban_valid(value, national=False):
                    found.append(Entity(IBAN_CODE, chars[0].start, chars[-1].end, "iban-spoken", 1.0, value))
                    taken = after - 1
                    break
            else:
                if i > read_to:  # each token read once for a dictation: heads in a row ("DE89 DE89 ...") stay linear
                    dictated, read_to = _dictated(text, toks, i, head[:2], length)
                    if dictated is not None:
                        found.append(dictated)
                        taken = read_to = next((n for n in range(i, len(toks)) if toks[n].start >= dictated.end),
                                               len(toks)) - 1
    return found


def _where_a_letter_may_be(text: str, toks: list) -> list[int]:
    """The tokens that may say an IBAN's first letter, in order: a letter or its name, another language's name of
    one before a second, a short word in capitals, a typed IBAN's head run together with what follows. Looked up
    by each word said (`token_positions`), not token by token."""
    positions, found = token_positions(text), set(indexes_of(text, LETTER_WORDS))
    found.update(i for w in SPELLED_ELSEWHERE if w in positions for i in positions[w] if _letter_next(toks, i))
    for word, at in positions.items():
        if len(word) <= 4 and word.isalpha():
            found.update(i for i in at if text[toks[i].start].isupper())
        elif len(word) > 4 and word[2:4].isdigit() and _IBAN_HEAD.match(word):
            found.update(at)
    return sorted(found)


def _letter_next(toks: list, i: int) -> bool:
    """Whether a letter's name of another language ("pê", "es", "we": words too) has a second letter after it, as
    an IBAN's country has: only then is it looked at as one."""
    k = i + 1
    while k < min(len(toks), i + 3) and not toks[k].text[0].isalnum():
        k += 1  # "pê, tê"
    return k < len(toks) and (toks[k].text in LETTER_WORDS or toks[k].text in SPELLED_ELSEWHERE)


# Words said around the chunks of a value dictated a line at a time, each read back ("Correct. Then 5563 7533." /
# "So 5 5 6 3, 7 5 3 3, correct?"): passed over, as the lines' punctuation is.
_AROUND_CHUNKS = frozenset({"so", "then", "next", "correct", "yes", "yeah", "yep", "right", "okay", "ok", "and",
                            "that's", "thats", "it's", "its", "is", "perfect", "great", "got", "it", "sure", "mhm",
                            "mm", "uh", "um", "er", "after", "that", "the", "rest", "last", "followed", "by",
                            # a chat's second message: "sent too soon 0641 2342 ...", "oops"
                            "sent", "too", "soon", "oops", "sorry", "early",
                            # other languages' ("Vale, veinte ochenta, sí.", "Ja, genau.", "D'accord.")
                            "vale", "sí", "si", "bien", "bueno", "luego", "después", "y", "ja", "genau",
                            "richtig", "dann", "und", "oui", "d'accord", "puis", "et", "ensuite", "certo", "esatto",
                            "poi", "sim", "isso", "depois", "klopt", "prima", "dan", "tak", "dobrze", "ano", "dobře",
                            "joo", "kyllä", "selvä", "okej", "precis", "perfecto", "correcto", "exacto"})
MAX_DICTATED_LINES = 16  # lines an IBAN dictated chunk by chunk, each read back, is looked for over
MAX_DICTATED_TOKENS = 160


def _dictated(text: str, toks: list, i: int, country: str, length: int) -> tuple[Entity | None, int]:
    """An IBAN dictated a chunk to a line from token `i` (its country's letters), each chunk read back on the line
    after it or not: a line whose characters repeat the last said is its read-back, and no more of the IBAN; one
    that begins with the last characters said takes it up again from there; the other speaker's short turns
    between are passed over. The
    entity spans its chunks and their read-backs, the characters of its country's length once mod 97 passes; and
    the last token read."""
    lines: list[list[Char]] = [[]]
    interrupted: set[int] = set()  # the lines said after the other speaker's turn
    k, line_start = i, toks[i].start
    while k < len(toks) and k - i < MAX_DICTATED_TOKENS and len(lines) <= MAX_DICTATED_LINES:
        t = toks[k]
        if "\n" in text[line_start:t.start]:
            if (aside := aside_at(text, k)) and not any(_readable(text, toks[j]) for j in range(k, k + aside)):
                # the other speaker's "Sorry, I talked over you there. Go on." (a line of capitals, "BDSF", is a chunk)
                k, line_start = k + aside, toks[k + aside - 1].start
                interrupted.add(len(lines))
                continue
            lines.append([])
        line_start = t.start
        written = text[t.start:t.end]
        if n := message_counter(text, toks, k):
            k += n  # "(2/2)": the text with the rest
            continue
        if written.isdigit():
            lines[-1] += [Char(d, t.start + n, t.start + n + 1) for n, d in enumerate(written)]
        elif t.text not in ("o", "a") and (said := unit_at(toks, k))[0] is not None:
            # a digit's word, or a pair or hundreds in any language's words ("veinte ochenta", "ochenta y nueve")
            unit, after = said
            lines[-1] += [Char(d, unit.start, unit.end) for d in unit.digits]
            k = max(after, k + 1)
            continue
        elif (letters := letter_of(t.text, written)) is not None and (len(t.text) > 1 or written.isupper()):
            lines[-1] += [Char(c, t.start, t.end) for c in letters]
        elif written.isascii() and written.isalnum() and not written.isalpha() and (written.isupper() or k == i):
            lines[-1] += [Char(c.upper(), t.start + n, t.start + n + 1) for n, c in enumerate(written)]  # "GB21NWBK9"
        elif t.text not in _AROUND_CHUNKS and t.text[0].isalnum():
            break
        k += 1
    for taken_up in (False, True):  # as said, then each line after an interruption taken up a little way back
        said, spanned = _assembled(lines, interrupted if taken_up else set(), length)
        if len(said) == length and said[:2] == country and iban_valid(said, national=False):
            return Entity(IBAN_CODE, spanned[0].start, spanned[-1].end, "iban-dictated", 1.0, said), k
    return None, k


def _readable(text: str, t) -> bool:
    """Whether a token says a character of a value surely: digits, a digit's word, capitals ("BDSF"), a NATO word;
    not "I", "you" (a letter's name too) or an exclaimed "Oh"."""
    written = text[t.start:t.end]
    return written.isdigit() or (t.text in DIGIT_WORDS and t.text not in ("o", "oh", "a")) or \
        (written.isupper() and written.isalpha() and len(written) <= 4 and written != "I") or t.text in NATO


def _assembled(lines: list[list[Char]], interrupted: set[int], length: int) -> tuple[str, list[Char]]:
    """The characters the lines say, in order, up to `length`, a line that repeats the last said left out (its
    read-back), and the characters they span; a line after an interruption that begins with the last ones said
    takes it up from there ("... 9971 6296..." / "Sorry, I talked over you." / "Sorry. 6296 5626 49")."""
    said, spanned = "", []
    for n, line in enumerate(lines):
        if not line:
            continue
        chunk = "".join(c.char for c in line)
        if said and said.endswith(chunk):
            spanned += line
            continue
        if len(said) >= length:
            break
        again = next((d for d in range(min(len(chunk), len(said)) - 1, 1, -1) if said.endswith(chunk[:d])), 0) \
            if n in interrupted else 0
        said += chunk[again:]
        spanned += line
    return said, spanned


def _as_formatted(text: str, chars: list[Char], form: str) -> str:
    """The characters, with an "o" or "oh" where the country's format wants a letter read as the letter
    O (an Italian CIN, an Irish bank code), not as zero."""
    return "".join("O" if c.char == "0" and i < len(form) and form[i] == "a" and
                   text[c.start:c.end].lower() in ("o", "oh") else c.char for i, c in enumerate(chars))


def _iban_formats() -> dict[str, str]:
    """Each IBAN country's format, a class per character (a letter, n digit, c either), from
    python-stdnum's IBAN registry: "8!n10!n" is eight digits and ten."""
    registry, formats = numdb.get("iban"), {}
    for first in ascii_uppercase:
        for second in ascii_uppercase:
            if bban := registry.info(first + second + "00")[0][1].get("bban"):
                formats[first + second] = "aann" + "".join(kind * int(n) for n, kind in re.findall(r"(\d+)!(\w)", bban))
    return formats


_IBAN_FORMATS = _iban_formats()
_IBAN_LENGTHS = {country: len(form) for country, form in _IBAN_FORMATS.items()}
# An IBAN's country letters, its check digits said or written, its bank's letters, just before a run: "the IBAN F I
# twenty-five, 3578 ...", "NL fifty-eight then SQVA 4808 ...". What follows is that code's, failing mod 97 or not.
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_IBAN_HEAD_SAID = re.compile(rf"(?<![A-Za-z])([A-Z]) ?([A-Z])\W{{0,3}}((?:\d\d|(?:{_TENS_WORDS})(?:[- ][a-z]+)?|"
                        rf"[a-z]+teen|ten|eleven|twelve)\W{{1,3}}(?:then\W{{1,3}})?(?:[A-Z]{{4}}\W{{1,3}})?)?$")
_IBAN_NAMED = re.compile(r"\biban\b", re.I)
IBAN_HEAD_WITHIN = 40
BANK_LETTERS = 4  # the most letters an IBAN's bank code holds after its country's letters and check digits


ACCOUNT_JUST_BEFORE = 25  # characters before a run where an account's name makes it the account's, no card's
_CARD_NAMES = words(r"\bcard\b|\bvisa\b|mastercard|\bamex\b|american express|discover|\bdebit\b|\bcredit\b")
# an account's number named so, not "checking" (a verb too) or "ac"
_ACCOUNT_NUMBER_NAMED = words(r"account(?: number| no\b|\s?#| is|'s)|\bacct\b|\bcuenta\b")


def after_account_named(text: str, start: int) -> bool:
    """Whether an account's number is named just before `start` ("Account number one four zero ...", "and the account
    is seven two ...") and no card there ("my checking account's Visa: ..."): the caller drops a card found inside
    the run's digits (Luhn's match in a stretch of them, one in ten), never a card that is the whole run."""
    return last_mention(text, _ACCOUNT_NUMBER_NAMED, start, ACCOUNT_JUST_BEFORE) >= 0 and \
        last_mention(text, _CARD_NAMES, start, 2 * ACCOUNT_JUST_BEFORE) < 0


def after_iban_head(text: str, start: int, digits: int = 0) -> bool:
    """Whether the words just before `start` begin an IBAN, its check digits said there or the IBAN named before
    its letters ("CALL ME AT 415 ...": no Austrian one), or its letters said just before a run of `digits` as many
    as the rest of that country's IBAN holds, the letters spelled apart ("F R seven six, three zero zero zero, ...",
    failing mod 97 or not; not "CARD NO. 5555 ..."): its run is no card or number to call."""
    low = max(0, start - IBAN_HEAD_WITHIN)
    if (m := _IBAN_HEAD_SAID.search(text, low, start)) is None or \
            (length := _IBAN_LENGTHS.get(m.group(1) + m.group(2))) is None:
        return False
    return m.group(3) is not None or (digits >= length - 2 - BANK_LETTERS and " " in m.group(0)[:3]) or \
        _IBAN_NAMED.search(text, max(0, m.start() - IBAN_HEAD_WITHIN), m.start()) is not None


def _routing_and_accounts(text: str) -> list[Entity]:
    """Each run's number is the one the nearest naming words before it name ("routing number ...,
    account number ...")."""
    found: list[Entity] = []
    for run in runs(text):
        if sum(len(u.digits) for u in run) < 8:
            continue
        start = run[0].start
        named = _nearest(text, start)
        if named == "routing":
            for first, last, digits in spans(run, 9, 9):
                if len(digits) == 9 and aba_valid(digits):
                    found.append(Entity(ABA_ROUTING_NUMBER, run[first].start, run[last].end, "aba-checksum", 1.0,
                                        digits))
                    break
        elif named == "account" and not _ISO_DATE.fullmatch(text, start, run[-1].end):  # (not "2026-12-13")
            # a UK one beside its sort code too: an account number is redacted wherever it is
            # as said, or after its repairs ("seven two three zero five three four... no, seven two three ..."): the
            # whole run redacted, what was taken back too
            digits = next((d for reading in readings(run) if 8 <= len(d := "".join(u.digits for u in reading)) <= 17),
                          None)
            if digits is not None:
                found.append(Entity(US_BANK_NUMBER, start, run[-1].end, "bank-account-context", 0.96, digits))
    return found


_ISO_DATE = re.compile(r"(?:19|20)\d\d-\d{2}-\d{2}")


def _nearest(text: str, start: int) -> str | None:
    """Which number the words said last before `start` name: routing, account, or another kind."""
    last = {name: last_mention(text, words, start, NAMED_WITHIN)
            for name, words in (("routing", _ROUTING_WORDS), ("account", _ACCOUNT_WORDS), (None, _OTHER_WORDS))}
    name = max(last, key=lambda k: last[k])
    return name if last[name] >= 0 else None
