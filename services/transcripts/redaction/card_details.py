"""A card's security code and expiry asked for and said on their own, where no card number is said near them
("And the three digits on the back?" / "It's 4 1 9."; "What's the CVV?" ...): found by the words that name them
just before, as cards.find_card_details finds those said after a card. Neither has a check digit, so the words
decide: a security code only where words name no other code (a "security code" texted for a sign-in is a
one-time passcode of six digits, which no card's code is), an expiry only where a card was spoken of before."""

import re
from bisect import bisect_left, bisect_right

from services.transcripts.redaction.cards import (
    CARD_SPOKEN,
    CODE_NAMED_ABROAD,
    CODE_WORDS,
    YEAR_BETWEEN,
    a_cards_year,
    code_of,
    expiry_of,
    month_expiry,
)
from services.transcripts.redaction.dates import MONTHS, MONTHS_ABROAD
from services.transcripts.redaction.entities import (
    CARD_EXPIRY,
    CARD_SECURITY_CODE,
    CREDIT_CARD,
    Claimed,
    Entity,
    context_before,
    last_mention,
    mentions,
    words,
)
from services.transcripts.redaction.markup import APART, KEPT_APART
from services.transcripts.redaction.numerals import DANISH_DIGITS, DIGIT_WORDS, NORWEGIAN_DIGITS, SWEDISH_DIGITS
from services.transcripts.redaction.spoken import HOMOPHONES, Unit, by_line, runs
from services.transcripts.redaction.tokens import TOKEN

# Words that name a card's security code and nothing else, in the languages the recognizers read numbers in.
_CODE_NAMED = words(r"\bcvv2?\b|\bcvc2?\b|\bcv2\b|\bcvn\b|\bcsc\b|security (?:code|digits)|"
                    r"card code|card verification|(?:three|3|four|4)[ -]digits? (?:code|number)|digits on the back|"
                    r"(?:number|code|digits) on the back|back of (?:the|your) card|back side|"
                    r"(?:the|your|card|its|a) security number|on the reverse|"
                    r"c[oó]digo de seguridad|c[oó]digo de seguran[cç]a|pr[uü]fnummer|pr[uü]fziffer|"
                    r"kartenpr[uü]f|cryptogramme|codice di sicurezza|codice cvv|veiligheidscode|sicherheitscode|"
                    rf"ziffern (?:hinten|auf der r[uü]ckseite)|{CODE_NAMED_ABROAD}|where you sign|"
                    # "sec code 963", "the 3 digits are 452", "die drei Ziffern", Finnish's and Danish's
                    r"\bsec code|\b(?:3|three|drei|tre|kolme) (?:digits|ziffern|cifre|siffror|numeroa)\b|"
                    r"turvakoodi|tarkistusnumero|tarkistenumero|kontrolcifre")
NAMED_WITHIN = 40  # characters before a run where the words that name it must end
CODE_NAMED_WITHIN = 200  # a code's, in the turn before its own too
# The card spoken of before an expiry said alone (cards.CARD_SPOKEN); an identity document's or a contract's expiry
# is no card's: another document's name, with the "card" it may be ("ID card", "insurance card")
_NOT_A_CARDS = words(r"(?:dow[óo]d|personalausweis|reisepass|\bausweis|\brg\b|\bcnh\b|buletin|[úu]tlev[ée]l|"
                     r"szem[ée]lyi|ob[čc]iansk|pa[sș]aport|paszport|passeport|carta d'identit|carte d'identit|"
                     r"passport|licen[cs]e|\bid\b|identity|\bdni\b|\bnie\b|residence|permit|visa (?:status|"
                     r"application)|contract|policy|membership|subscription|warranty|\blease\b|pasaporte|carnet|"
                     r"registration|insurance|\bmot\b|statement|\btax\b|\bplan\b)(?: card\b)?")
_EXPIRY_NAMED = re.compile(r"expir|\bexp\b|valid (?:thru|through|until|till|to)\b|good (?:thru|through)\b|"
                           r"caducidad|vencimiento|validade|g[uü]ltig bis|ablaufdatum|scadenza|date d'expiration|"
                           # Polish: "data ważności", "ważna do"
                           r"date de validit[eé]|vervaldatum|wa[zż]no[sś]ci|wa[zż]na do|do kiedy (?:jest )?wa[zż]n|"
                           r"end date|valid till|"
                           # German's "läuft ab", Finnish's "voimassa", "vanhenee"
                           r"l[äa]uft (?:\w+ )?ab|voimassa|vanhenee|"
                           # Swedish, Danish, Norwegian
                           r"\bg[åa]r ut\b|g[äa]ller till|giltigt? till|utg[åa]ng|udl[øo]b|utl[øo]p|gyldigt? til|"
                           # Slovak, Hungarian ("érvényessége": its validity), Greek; a Brazilian chat's "venc",
                           # not a bill's ("o boleto venc 10/25")
                           r"\bplatn(?:[áa]|os[tť]) do\b|\blej[áa]r|[ée]rv[ée]nyess[ée]g|λ[ήη]γει|λ[ήη]ξη|"
                           r"(?<!boleto )(?<!fatura )(?<!parcela )\bvenc\b|"
                           # Croatian, Slovene, Turkish, Bulgarian in Latin letters, Albanian, Welsh
                           r"\bvrijedi do\b|\bvelja do\b|son kullanma|\bvalidna (?:e )?do\b|\bskadon\b|skadenc|"
                           r"dod i ben", re.I)
CARD_SPOKEN_WITHIN = 400  # characters before an expiry where its card must have been spoken of
CODE_NAMED_AFTER = 120  # characters after an expiry where its card's code named says it is a card's
# An expiry asked for in two turns, the month and then the year ("Expiry, month first?" / "Um, 06." / "And the
# year?" / "Oh, thirty."): a month alone, then a year alone after a turn that asks for it.
_MONTH_NAMED = re.compile(r"\bmonth\b|\bmes\b|\bmonat\b|\bmois\b|\bmese\b|\bm[eê]s\b|\bmaand\b", re.I)
_YEAR_ASKED = re.compile(r"\b(?:year|año|jahr|ann[ée]e|anno|ano|jaar)\b[^\n]*\?", re.I)
YEAR_WITHIN = 120  # characters from the month's end to the year's start


def find_named_details(text: str, taken: list[Entity]) -> list[Entity]:
    """Security codes and expiries named just before their digits, outside what was found already."""
    found: list[Entity] = []
    every = [part for run in runs(text) for part in by_line(text, run)]  # each said in its own turn
    if not every:
        return _year_in_words_alone(text, taken, found, [])
    claimed, previous_end = Claimed([(e.start, e.end) for e in taken]), 0
    expiries = sorted((e for e in taken if e.type == CARD_EXPIRY), key=lambda e: e.end)
    expiry_ends = [e.end for e in expiries]
    card_ends = sorted(e.end for e in taken if e.type == CREDIT_CARD)
    for n, run in enumerate(every):
        start, low = run[0].start, max(previous_end, run[0].start - NAMED_WITHIN)
        expiries_before = expiries[max(0, bisect_right(expiry_ends, start) - 1):bisect_right(expiry_ends, start)]
        previous_before, previous_end = previous_end, run[-1].end
        if claimed.overlaps(start, run[-1].end) or (found and found[-1].start <= start < found[-1].end):
            continue  # a part of something found already (a card, or the details after one, or a year in words)
        said, opens = text[low:start], _answer_opens(text, low, run)  # at the month's name before the run, if any
        # named in the turn before the one it is said in ("It's the three digits printed on the back." / "Oh, the
        # little one. Hang on. two four four"), where no expiry is named too
        named_from = min(low, max(previous_before, _lines_back(text, start, 2), start - CODE_NAMED_WITHIN))
        # or "code" alone just after an expiry found ("valid till APR 2027 | code: 001"), here or before a card ("geldig
        # tot negen, dertig, code nul acht zeven. Dan het nummer: ...")
        after_expiry = any(e.type == CARD_EXPIRY and 0 <= start - e.end <= CODE_NAMED_AFTER
                           for e in (found[-1:] + expiries_before))
        named = sum(len(u.digits) for u in run) >= 3 and \
            (((code_named := last_mention(text, _CODE_NAMED, start, start - named_from)) >= 0 and
              (code_named >= low or not _EXPIRY_NAMED.search(text, code_named, start))) or
             (after_expiry and last_mention(text, CODE_WORDS, start, start - low) >= 0))
        if named and (code := code_of(run, _card_before(taken, start))) is not None:
            found.append(Entity(code.type, code.start, code.end, "card-code-named", 0.85, code.value))
        elif not ((_EXPIRY_NAMED.search(said) or (_opens_its_line(text, low, opens) and
                                                  _EXPIRY_NAMED.search(text, named_from, low))) and
                  (_card_spoken_of(text, taken, start) or _then_a_code(run) or _expiry_asked(text, opens)) and
                  not _of_another_document(text, card_ends, start)):
            continue  # named in its turn or the one before ("What's the end date, please?" / "It says nought ...")
        elif (expiry := expiry_of(run, named=text) or
              expiry_of(_with_year(text, run, every, n), named=text)) is not None:
            found.append(Entity(expiry.type, expiry.start, expiry.end, "card-expiry-named", 0.85, expiry.value))
        elif (m := month_expiry(text, low, run[-1].end)) is not None and \
                (k := next((k for k, u in enumerate(run) if u.end == m.end()), None)) is not None:
            # "exp APR 2031 / 894": a month's name and its year, and the code after it in the run
            found.append(Entity(CARD_EXPIRY, m.start(), m.end(), "card-expiry-named", 0.85, m.group().lower()))
            rest = run[k + 1:]
            if sum(len(u.digits) for u in rest) in (3, 4):
                found.append(Entity(CARD_SECURITY_CODE, rest[0].start, rest[-1].end, "card-code-named", 0.85,
                                    "".join(u.digits for u in rest)))
        elif (m := _month_year_in_words(text, low, run)) is not None:
            found.append(Entity(CARD_EXPIRY, m.start(), m.end(), "card-expiry-named", 0.85, m.group().lower()))
            previous_end = max(previous_end, m.end())
        elif _MONTH_NAMED.search(said) and n + 1 < len(every):
            found += _month_then_year(text, run, every[n + 1])
    found += _year_in_words_alone(text, taken, found, card_ends)
    found += _read_back_by_name(text, [e for e in [*taken, *found] if e.type == CARD_EXPIRY])
    return found + _asked_apart(text, every, card_ends) + _code_answered_alone(text, card_ends, claimed) + \
        _in_shorthand(text, card_ends, claimed)


# "Which month does it expire?", "What month's on it?", "Expiry month first?": a card's month asked for on its own,
# its card spoken of before the question ("it"), where the conversation may begin (a transfer to the payment line, a
# chat's new page).
_MONTH_ASKED = words(r"(?:\b(?:which|what) month\b[^\n?]{0,40}?(?:expir|\bon (?:it|the card|the front)\b)|"
                     r"\bexp(?:iry|iration)? month\b)[^\n?]{0,20}\?")
_MONTH_NAME = re.compile(rf"\b(?:{'|'.join(MONTHS)}|{MONTHS_ABROAD})\b", re.I)
# what may be said around a month or a year answered alone ("Uh, eight.", "It's August.", "That'd be 2031")
_LEAD_IN = frozenset({"uh", "um", "er", "erm", "so", "okay", "ok", "it's", "its", "it", "is", "that's", "that'd",
                      "be", "would", "i", "think", "the", "year"})


def _asked_apart(text: str, every: list[list[Unit]], card_ends: list[int]) -> list[Entity]:
    """A card's expiry asked for in two questions, its month and then its year, each answered alone in the line after
    its question (names of another document's expiry before it excepted); both parts redacted."""
    found: list[Entity] = []
    units = [u for run in every for u in run]
    starts = [u.start for u in units]
    for asked in mentions(text, _MONTH_ASKED):  # where each question ends
        if _of_another_document(text, card_ends, asked):
            continue
        lines = _lines_after(text, asked, 3)
        if len(lines) < 3 or not _YEAR_ASKED.search(text, *lines[1]) or \
                (month := _said_alone(text, lines[0], units, starts, month=True)) is None or \
                (year := _said_alone(text, lines[2], units, starts, month=False)) is None:
            continue
        value = f"{month[2]}/{year[2]}"
        found += [Entity(CARD_EXPIRY, month[0], month[1], "card-expiry-asked", 0.85, value),
                  Entity(CARD_EXPIRY, year[0], year[1], "card-expiry-asked", 0.85, value)]
    return found


MAX_ANSWER = 60  # characters of a line answering with a month or a year alone


def _lines_after(text: str, at: int, count: int) -> list[tuple[int, int]]:
    """The (start, end) of the `count` lines after the one `at` is in, each MAX_ANSWER characters at most."""
    lines, start = [], text.find("\n", at, at + MAX_ANSWER + 1) + 1  # the question's line ends soon after it
    while start and len(lines) < count:
        end = text.find("\n", start, start + MAX_ANSWER + 1)
        if end < 0 and len(text) - start > MAX_ANSWER:
            break
        lines.append((start, end if end >= 0 else len(text)))
        start = end + 1
    return lines


def _said_alone(text: str, line: tuple[int, int], units: list[Unit], starts: list[int],
                month: bool) -> tuple[int, int, str] | None:
    """(start, end, what it says) of a month (1 to 12 in digits, or its name) or a card's year (two digits or four) said
    alone in `line`, lead-ins at most around it; None where the line says something else."""
    start, end = line
    said = units[bisect_left(starts, start):bisect_left(starts, end)]
    if month and not said and (name := _MONTH_NAME.search(text, start, end)):
        at, value = (name.start(), name.end()), name.group().lower()
    elif said:
        at, value = (said[0].start, said[-1].end), "".join(u.digits for u in said)
        if not month and value.startswith("2000") and len(value) == 6:
            value = "20" + value[4:]  # "two thousand and twenty-eight"
    else:
        return None
    rest = (text[start:at[0]] + " " + text[at[1]:end]).replace(APART.strip(), "").lower()
    if any(w not in _LEAD_IN for w in re.findall(r"[\w']+", rest)):
        return None
    if month:
        if not value.isdigit():
            return (*at, value)  # its name
        return (*at, value.zfill(2)) if len(value) <= 2 and 1 <= int(value) <= 12 else None
    if len(value) == 4 and value.startswith("20"):
        value = value[2:]
    return (*at, value) if len(value) == 2 and a_cards_year("01" + value) else None


OPENS_WITHIN = 20  # characters of a line before a run that answers the line before it ("It says ...")


def _opens_its_line(text: str, low: int, start: int) -> bool:
    """Whether the run at `start` is said within OPENS_WITHIN characters of its line's start, that line beginning
    after `low`."""
    line = text.rfind("\n", low, start)
    return line >= 0 and start - line - 1 <= OPENS_WITHIN


def _with_year(text: str, month: list[Unit], every: list[list[Unit]], n: int) -> list[Unit]:
    """The month's run and the next where a slash said or "of" stands between ("one one stroke two nine")."""
    if n + 1 == len(every) or len(month) > 2 or every[n + 1][0].start - month[-1].end > NAMED_WITHIN:
        return []
    return [*month, *every[n + 1]] if YEAR_BETWEEN.match(text, month[-1].end, every[n + 1][0].start) else []


def _lines_back(text: str, start: int, lines: int) -> int:
    """Where the line `lines` lines before the one `start` is in begins, or CODE_NAMED_WITHIN characters before
    `start` if that is nearer (searched no farther)."""
    at, low = start, max(0, start - CODE_NAMED_WITHIN)
    for _ in range(lines):
        at = text.rfind("\n", low, at)
        if at < 0:
            return low
    return at + 1


def _card_spoken_of(text: str, taken: list[Entity], start: int) -> bool:
    """Whether a card was named, or one found, in the characters before `start`; or its code named around it (a
    form's card typed, its expiry and code said: "exp 06.32 | the 3 digits are 452")."""
    return context_before(text, start, CARD_SPOKEN, CARD_SPOKEN_WITHIN) or \
        any(e.type == CREDIT_CARD and start - CARD_SPOKEN_WITHIN <= e.end <= start for e in taken) or \
        any(last_mention(text, code, min(len(text), start + CODE_NAMED_AFTER),
                         CODE_NAMED_AFTER + CARD_SPOKEN_WITHIN // 2) >= 0 for code in (_CODE_NAMED, CODE_WORDS))


def _expiry_asked(text: str, start: int) -> bool:
    """Whether the line before the one `start` opens asks for an expiry ("What's the expiry on it?" / "It's oh five
    twenty-eight."): a payment line's question, its card given before the transcript begins (a transfer)."""
    # each search bounded by the lengths it allows: a long line of many runs is not read again for each
    if (line := text.rfind("\n", max(0, start - ANSWER_OPENS_WITHIN), start)) < 0:
        return False
    low = max(0, line - MAX_ASKED - 1)
    if (before := text.rfind("\n", low, line) + 1) == 0 and low > 0:
        return False  # the question's line is longer than a question
    asked = text[before:line].removesuffix(KEPT_APART).rstrip()  # a segment of its own: kept apart from the next
    if not (asked.endswith("?") or (asked.endswith((";", "\u037e")) and _GREEK.search(asked))) or \
            (named := _EXPIRY_NAMED.search(asked)) is None or named.group().lower().startswith("venc"):
        return False  # (Greek's question mark is a semicolon; "vencimiento" alone is as often a bill's due date)
    # of a card it does not name only where it names nothing else ("And the expiry?", "What's the expiry on it?";
    # not "When does the offer expire?", "What's the expiry on the milk?")
    return all(w in _OF_A_CARD or _EXPIRY_NAMED.search(w) for w in _QUESTION_WORD.findall(asked.lower()))


_QUESTION_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_OF_A_CARD = frozenset({"what", "what's", "whats", "is", "the", "and", "date", "please", "on", "it", "its", "card",
                        "your", "so", "ok", "okay", "then", "now", "agent", "bot", "ivr", "exp",
                        # the other languages' ("A data ważności?", "Data de expirare?", "Y la fecha de caducidad?")
                        "a", "data", "de", "da", "do", "la", "el", "y", "e", "et", "und", "i", "și", "si", "fecha",
                        "datum", "kiedy", "când", "cand", "jest", "es", "est", "ist", "é", "è", "il", "der", "die",
                        "das", "och", "og", "en", "ημερομηνία", "ημερομηνια", "η", "και", "πότε", "ποτε"})
ANSWER_OPENS_WITHIN = 16  # characters before the answer in its line ("Caller: It's ")
MAX_ASKED = 120  # characters of the question's line


YEAR_IN_WORDS = 60  # characters of a year's words after the run they begin with


def _month_before(text: str, low: int, run: list[Unit]) -> re.Match | None:
    """A month's name said after `low` and a year the run says or begins, to its line's end at most ("Expiră în
    noiembrie treizeci", "do czerwca dwa tysiące trzydziestego pierwszego")."""
    if (end := text.find("\n", run[-1].end, run[-1].end + YEAR_IN_WORDS)) < 0:
        end = min(len(text), run[-1].end + YEAR_IN_WORDS)
    m = month_expiry(text, low, end)
    return m if m is not None and m.start() < run[0].start < m.end() else None


def _year_in_words_alone(text: str, taken: list[Entity], found: list[Entity], card_ends: list[int]) -> list[Entity]:
    """A month's name and a year in words no run reads at all ("Scade a giugno duemilatrentadue"), after the words
    that name an expiry in its line or the line before: looked for only there."""
    out: list[Entity] = []
    claimed, starts = Claimed([(e.start, e.end) for e in [*taken, *found]]), [run[0].start for run in runs(text)]
    for named in _EXPIRY_NAMED.finditer(text):
        if out and named.start() < out[-1].end:
            continue
        limit = min(len(text), named.end() + NAMED_WITHIN + YEAR_IN_WORDS)  # to the end of the line after, at most
        if (end := text.find("\n", named.end(), limit)) >= 0 and (after := text.find("\n", end + 1, limit)) >= 0:
            limit = after
        if (m := month_expiry(text, named.end(), limit)) is None or claimed.overlaps(m.start(), m.end()) or \
                bisect_left(starts, m.start()) != bisect_left(starts, m.end()):
            continue  # none, or found already, or a run in it (read by the runs' way)
        if "\n" in text[named.end():m.start()] and not _expiry_asked(text, m.start()):
            continue  # named in the line before: a question that asks for it
        if (_card_spoken_of(text, taken, m.start()) or _expiry_asked(text, m.start())) and \
                not _of_another_document(text, card_ends, m.start()):
            out.append(Entity(CARD_EXPIRY, m.start(), m.end(), "card-expiry-named", 0.85, m.group().lower()))
    return out


READ_BACK_LINES = 2  # lines after an expiry where it may be read back by its month's name
_ENGLISH_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:[a-z]*)\b", re.I)
_MONTH_NUMBER = {**{name: number for number, name in enumerate(MONTHS, 1)},
                 **{name[:3]: number for number, name in enumerate(MONTHS, 1)}, "sept": 9}
_YEAR_TENS = {"twenty": 20, "thirty": 30}
_YEAR_ONES = {w: d for d, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], 1)}


def _read_back_by_name(text: str, expiries: list[Entity]) -> list[Entity]:
    """An expiry found and read back in the lines after it by its month's English name ("It's oh five twenty-eight." /
    "Okay, May 2028?", "March twenty thirty-one"): the same month, by its whole name or abbreviation, and the same
    year, in digits or in words."""
    out: list[Entity] = []
    for e in expiries:
        if e.value is None or len(e.value) != 4 or not e.value.isdigit():
            continue
        end = e.end
        for _ in range(READ_BACK_LINES):
            end = text.find("\n", end + 1, end + 1 + MAX_ASKED)
            if end < 0:
                end = min(len(text), e.end + READ_BACK_LINES * MAX_ASKED)
                break
        if (m := month_expiry(text, e.end, end)) is None or (month := _ENGLISH_MONTH.match(m.group())) is None or \
                _MONTH_NUMBER.get(month.group().lower().rstrip(".")) != int(e.value[:2]):
            continue  # a month's whole name or its abbreviation, not "market"
        if _year_of(m.group()[month.end():]) == e.value[2:]:
            out.append(Entity(CARD_EXPIRY, m.start(), m.end(), "card-expiry-read-back", 0.85, e.value))
    return out


def _year_of(said: str) -> str | None:
    """A card's year's last two digits as a month's expiry gives it: "2028", "'28", "twenty thirty-one", "thirty"."""
    if (digits := re.search(r"\d\d\b", said)) is not None:
        return digits.group()
    words_said = re.findall(r"[a-z]+", said.lower())
    if len(words_said) > 1 and words_said[0] == "twenty" and words_said[1] in _YEAR_TENS:
        words_said = words_said[1:]  # "twenty thirty-one": the century said
    if not words_said or words_said[0] not in _YEAR_TENS:
        return None
    return str(_YEAR_TENS[words_said[0]] + (_YEAR_ONES.get(words_said[1], 0) if len(words_said) > 1 else 0))


def _answer_opens(text: str, low: int, run: list[Unit]) -> int:
    """Where the answer the run is in begins: at the month's name before it, if one is, else the run."""
    return m.start() if (m := _month_before(text, low, run)) is not None else run[0].start


def _month_year_in_words(text: str, low: int, run: list[Unit]) -> re.Match | None:
    """A month's name and a year in words the run only begins (an ordinal, "trzydziestego pierwszego", or a
    thousand's word no run reads on through, "două mii douăzeci și opt")."""
    m = _month_before(text, low, run)
    return m if m is not None and m.end() > run[-1].end else None


def _then_a_code(run: list[Unit]) -> bool:
    """Whether the run is a year and then, after a pause, three or four digits: an expiry and its card's code in a
    card's shape ("exp APR 2031 / 894")."""
    return len(run) == 2 and len(run[0].digits) == 4 and run[0].digits.startswith("20") and \
        len(run[1].digits) in (3, 4) and run[1].paused


# A card's code asked for and answered in a line of its digits' words alone: homophones, as engines mishear them
# ("and the security code" / "fore four to", "cvv please" / "its to won ate"), or the Scandinavian digits that are
# words too ("Og CVC-koden på baksiden?" / "ni en en"): three or four of them, a card found before.
_SOUNDS_LIKE = {**HOMOPHONES, "tree": "3", "free": "3", "fife": "5", "niner": "9"}
_ANSWERED_IN = tuple({w: str(d) for w, d in digits.items()} for digits in (
    {**DIGIT_WORDS, **_SOUNDS_LIKE}, NORWEGIAN_DIGITS, DANISH_DIGITS, SWEDISH_DIGITS))
_ANSWER_LEAD = frozenset({"its", "it's", "it", "is", "uh", "um", "so", "okay", "ok", "yeah", "yes", "sure", "the",
                          "code", "cvv", "cvc", "security", "number"})
CODE_ANSWER = 60  # characters of the line that answers with a code


def _code_answered_alone(text: str, card_ends: list[int], claimed: Claimed) -> list[Entity]:
    found: list[Entity] = []
    if not card_ends:  # most conversations
        return found
    for named in sorted({*mentions(text, _CODE_NAMED), *mentions(text, CODE_WORDS)}):
        if bisect_right(card_ends, named) == 0 or \
                named - card_ends[bisect_right(card_ends, named) - 1] > CARD_SPOKEN_WITHIN:
            continue  # no card found just before
        if (line := text.find("\n", named, named + CODE_ANSWER)) < 0:
            continue
        end = text.find("\n", line + 1, line + 1 + CODE_ANSWER + 1)
        if end < 0 and len(text) - line - 1 > CODE_ANSWER:
            continue
        said = [m for m in TOKEN.finditer(text, line + 1, end if end >= 0 else len(text)) if m.group()[0].isalnum()]
        while said and said[0].group().lower() in _ANSWER_LEAD:
            said.pop(0)
        lowered = [m.group().lower() for m in said]
        digits = next((d for vocabulary in _ANSWERED_IN if all(d := [vocabulary.get(w) for w in lowered])), None)
        if digits and len(digits) in (3, 4) and not claimed.overlaps(said[0].start(), said[-1].end()):
            found.append(Entity(CARD_SECURITY_CODE, said[0].start(), said[-1].end(), "card-code-answered", 0.85,
                                "".join(digits)))
    return found


# A text's shorthand for a card's details, each with its digits as only these are written: "ex 07.32", "xp 05/35",
# "cad 12-27" (Spanish's caducidad), "sc 913", "sec 0244" (not "XP 1000 points", "One sec 4 5 6").
_SHORTHAND = re.compile(r"\b(?:(?P<expiry>ex|xp|cad)\s?(?P<date>\d{1,2}[/.-](?:20)?\d{2})|"
                        r"(?P<code>sc|sec)\s?:?\s?(?P<digits>\d{3,4}))\b", re.I)


def _in_shorthand(text: str, card_ends: list[int], claimed: Claimed) -> list[Entity]:
    found: list[Entity] = []
    if not card_ends:  # most conversations
        return found
    for m in _SHORTHAND.finditer(text):
        kind, group = (CARD_EXPIRY, "date") if m.group("expiry") else (CARD_SECURITY_CODE, "digits")
        before = bisect_right(card_ends, m.start())
        if before and m.start() - card_ends[before - 1] <= CODE_NAMED_AFTER and \
                not claimed.overlaps(m.start(group), m.end(group)):
            found.append(Entity(kind, m.start(group), m.end(group), "card-shorthand", 0.85, m.group(group)))
    return found


def _of_another_document(text: str, card_ends: list[int], at: int) -> bool:
    """Whether another document is named in the characters before `at` ("the registration", "your statement") after
    the last card named or found there (`card_ends`: where each card found ends, in order)."""
    if (other := last_mention(text, _NOT_A_CARDS, at, CARD_SPOKEN_WITHIN // 2)) < 0:
        return False
    card_found = card_ends[i - 1] if (i := bisect_right(card_ends, at)) else -1
    return max(card_found, last_mention(text, CARD_SPOKEN, at, CARD_SPOKEN_WITHIN // 2)) <= other


def _card_before(taken: list[Entity], start: int) -> str:
    """The number of the last card found before `start`; "" if none."""
    return max((e for e in taken if e.type == CREDIT_CARD and e.end <= start), key=lambda e: e.end,
               default=Entity(CREDIT_CARD, 0, 0, "", 0, "")).value


_YEAR_NAMED_NEXT = re.compile(r"[\s,;.]*(?:and )?(?:the )?year(?: is|'s)?[\s,:]*", re.I)


def _month_then_year(text: str, month: list[Unit], year: list[Unit]) -> list[Entity]:
    """The month said alone in its turn, and the year said alone after a turn that asks for it, or named after it in
    its own line."""
    if len(year) > 1 and year[0].digits == "0" and len(year[1].digits) == 2:
        year = year[1:]  # "Oh, thirty": an exclamation
    mm, yy = "".join(u.digits for u in month), "".join(u.digits for u in year)
    line_end = text.find("\n", month[-1].end)
    if not (1 <= len(mm) <= 2 and 1 <= int(mm) <= 12) or len(yy) not in (2, 4) or \
            (len(yy) == 4 and not yy.startswith("20")):
        return []
    asked_after = line_end >= 0 and not text[month[-1].end:line_end].replace(APART.strip(), "").strip(" .,!") and \
        year[0].start - month[-1].end <= YEAR_WITHIN and _YEAR_ASKED.search(text, line_end, year[0].start)
    # or both in one line: "The month is oh three, and the year is three five"
    if not (asked_after or _YEAR_NAMED_NEXT.fullmatch(text, month[-1].end, year[0].start)):
        return []
    value = mm.zfill(2) + yy[-2:]
    return [Entity(CARD_EXPIRY, month[0].start, month[-1].end, "card-expiry-parts", 0.85, value),
            Entity(CARD_EXPIRY, year[0].start, year[-1].end, "card-expiry-parts", 0.85, value)]
