"""National identifiers, each with its country's rules (python-stdnum's where it has them):

- US Social Security numbers: nine digits the SSA could have issued, written 3-2-4 or said where the
  conversation names them (a bare nine-digit number is too often something else);
- the UK National Insurance number (two prefix letters HMRC issues, six digits, a suffix A-D: no
  check digit, so the letters' rules are all there is), the Spanish DNI and NIE (check letter), the
  Italian codice fiscale (check character): letters around digits, written or said letter by letter;
- the Dutch BSN (eleven-test) and the French NIR (key mod 97): digits only, so where the conversation
  names them.
"""

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import pairwise

from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn

from services.transcripts.redaction.checksums import ssn_valid
from services.transcripts.redaction.entities import (
    ES_NIE,
    ES_NIF,
    FR_NIR,
    IT_FISCAL_CODE,
    NL_BSN,
    UK_NINO,
    US_SSN,
    Entity,
    context_before,
    last_mention,
    mentions,
    words,
)
from services.transcripts.redaction.numerals import COUNTED_DIGITS, is_number_word, language_said
from services.transcripts.redaction.readings import groups, readings, spans
from services.transcripts.redaction.spelled import (
    AS_IN,
    LETTER_NAMES,
    NATO,
    OTHER_ALPHABETS,
    SPANISH_NAMES,
    letters_next_to,
    spell,
)
from services.transcripts.redaction.spoken import Unit, by_line, repair_at, runs
from services.transcripts.redaction.tokens import TOKEN, Token, TokenIndex, token_edges, token_starts, tokens

# "Soc. Sec. No.", "SS#", and an SSN shown masked before the whole is asked for ("xxx-xx-3901", "***-**-4959").
_SSN_WORDS = words(r"\bsocial\b|\bssn\b|\bs\.? ?s\.? ?n\b|security number|tax id|\btin\b|"
                   r"\bsoc\.? ?sec\b|\bss ?(?:#|no\b|number)|(?:\bxxx|\*\*\*)-(?:xx|\*\*)-\d{4}\b")
_SSN_TYPED = re.compile(r"^\d{3}-\d{2}-\d{4}$")  # with spaces, or said: only where named
_SSN_SPACED = re.compile(r"\d{3} \d{2} \d{4}$")  # typed in its groups with a space for the dash: unnamed too
_BSN_WORDS = words(r"\bbsn\b|burgerservice|citizen service number|\bsofi")
_NIR_WORDS = words(r"\bnir\b|s[ée]curit[ée] sociale|\bs[ée]cu\b|insee|french social security|"
                   r"social security number|\bn[°o] ?(?:de )?ss\b|num[ée]ro (?:de )?ss\b|num[ée]ro d'assur[ée]|"
                   # the card that carries it, and France's social security named in a caller's own language
                   r"carte vitale|(?:seguridad|seguran[cç]a|sicurezza|asigur[aă]ri) social\w{0,2} franc\w{2,5}|"
                   r"franz[öo]sische\w{0,2} sozialversicherung")
_NINO_WORDS = words(r"national insurance|\bni\b|\bn\.? ?i\.? (?:number|no\b)|\bnino\b|insurance number")
NAMED_WITHIN = 60  # characters before a number where the words that name it are looked for
# Said last before a NINO's shape, they name another code ("the booking reference is BE133164C"): a NINO has no
# check digit, so the words decide.
_OTHER_CODES = words(r"\b(?:reference|ref|booking|order|ticket|tracking|serial|invoice|confirmation|reservation|"
                     r"policy|claim|product|part|model|sku)\b")
SSN_NAMED_WITHIN = 100  # "my social, hang on, let me find the card, okay: ..."
# Said after the SSN's words and before the digits, they name a number to call ("My social is ... Please call me
# back at six four five, nine four three, ..."): nine of its ten digits are no SSN.
_TO_CALL = words(r"\bcall (?:me|us)|\bcall back|\bphone|\bmobile|\bcell\b|whatsapp|\breach me|\bmy number")
_NINO_PREFIX = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$")
_NINO_NEVER = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})  # not issued (ZZ: HMRC's placeholder)
# typed in any case ("tstngn79r09c003w", "Grddnl85c60l509y"): its check character, read upper-cased, decides
# or in parts, a space between any two of its characters ("CSTFDL 53E13 G273O", "TMB PLA 64E46A944W")
_FISCAL_CODE = re.compile(r"\b(?:[A-Z] ?){6}(?:[0-9LMNPQRSTUV] ?){2}[A-EHLMPRST] ?(?:[0-9LMNPQRSTUV] ?){2}[A-Z] ?"
                          r"(?:[0-9LMNPQRSTUV] ?){3}[A-Z]\b", re.I)


def find_national_ids(text: str) -> list[Entity]:
    return [*find_ssns(text), *_lettered(text), *_fiscal_codes(text), *_named(text), *_nir_over_turns(text)]


MAX_NIR_TURNS = 4  # the lines a NIR is given in, at most, each after the other speaker's prompt
_NIR_FIRST = frozenset("12378")  # a NIR's first digit: the person's sex, or a temporary number's


def _nir_over_turns(text: str) -> list[Entity]:
    """A NIR given over several turns, each group after the other speaker's prompt that says no digit ("Alors,
    un, treize, onze, quatre-vingt-treize... | D'accord, la suite ? | zéro zéro huit, quatre quatre neuf. | Et la
    clé ? | soixante-douze."): the lines' digits together, fifteen, pass its key (mod 97) and its shape (sex,
    year, month), unnamed; a piece in each line."""
    lines = [part for run in runs(text) for part in by_line(text, run)]
    digits = ["".join(u.digits for u in line) for line in lines]
    found: list[Entity] = []
    for n in range(len(lines) - 1):
        if len(digits[n]) >= 15 or digits[n][0] not in _NIR_FIRST:
            continue  # most lines: no NIR's beginning
        said = ""
        for k in range(n, min(len(lines), n + MAX_NIR_TURNS)):
            if k > n and not _one_prompt_between(text, lines[k - 1][-1].end, lines[k][0].start):
                break
            said += digits[k]
            if len(said) >= 15:
                if len(said) == 15 and k > n and nir.is_valid(said):
                    found += [Entity(FR_NIR, part[0].start, part[-1].end, "nir-over-turns", 1.0, said)
                              for part in lines[n:k + 1]]
                break
    return found


def _one_prompt_between(text: str, end: int, start: int) -> bool:
    """Whether one line and no digit stands between `end` and `start`: the other speaker's prompt."""
    between = text[end:start]
    return between.count("\n") == 2 and len(between) < 120 and not any(ch.isdigit() for ch in between)


def find_ssns(text: str) -> list[Entity]:
    """In each run, after a repair if it has one and an SSN is said there (the redaction then covers the
    digits taken back too), else in the whole run; an SSN said in its written groups with nothing naming it;
    then the same SSN said again, named or not."""
    found: list[Entity] = _last_four_first(text) + _rest_after_a_hold(text)
    unnamed: list[list[Unit]] = []
    for run in runs(text):
        reach = run[-1].end - run[0].start + SSN_NAMED_WITHIN
        named = (said := last_mention(text, _SSN_WORDS, run[-1].end, reach)) >= 0 and \
            said > last_mention(text, _TO_CALL, run[0].start, SSN_NAMED_WITHIN)
        if (named or "-" in text[run[0].start:run[-1].end]) and (ssns := _ssns_in_readings(text, run)):
            found += ssns
        elif not named:  # in its groups across turns ("three oh four. | Yep. | 22... | 5453"), or in one turn's,
            whole = next((_from_run_start(w, run, reading) for reading in readings(run)  # after its repairs too
                          if (w := _said_as_written(text, reading))), None)
            found += [whole] if whole else [e for part in by_line(text, run) if (e := _said_as_written(text, part))]
            unnamed.append(run)  # not named: the checks are not worth their cost, unless it was found elsewhere
    return found + _said_again(unnamed, {e.value for e in found}) if found else found


# "The last four are 2102, and the first five are 15517", "Ending 6798. The first part is 346-45": the last four
# said first, then the rest, as many systems ask for them.
_LAST_FOUR = re.compile(r"(?:last four|ending)\b\D{0,25}$", re.I)
_FIRST_FIVE = re.compile(r"\b(?:first five|first part|from the start|the rest)\b", re.I)
LAST_FOUR_GAP = 60  # characters between the last four and the first five


def _last_four_first(text: str) -> list[Entity]:
    """Two runs, or one of nine digits that the words between its groups make one ("2102, and the first five are
    15517")."""
    found: list[Entity] = []
    lowered = text.lower()
    if "last four" not in lowered and "ending" not in lowered:  # most conversations
        return found
    every = runs(text)
    pairs = [*pairwise(every), *((run[:k], run[k:]) for run in every
                                  if sum(len(u.digits) for u in run) == 9 for k in range(1, len(run)))]
    for last, first in pairs:
        four, five = "".join(u.digits for u in last), "".join(u.digits for u in first)
        if len(four) == 4 and len(five) == 5 and first[0].start - last[-1].end <= LAST_FOUR_GAP and \
                _FIRST_FIVE.search(text, last[-1].end, first[0].start) and \
                _LAST_FOUR.search(text, max(0, last[0].start - 40), last[0].start) and ssn_valid(five + four):
            found += [Entity(US_SSN, last[0].start, last[-1].end, "ssn-rules", 0.9, five + four),
                      Entity(US_SSN, first[0].start, first[-1].end, "ssn-rules", 0.9, five + four)]
    return found


# "It's seven one five, four four..." / "One second, let me put you on a brief hold." / "[music]" / "I'm back, sorry.
# The last four?" / "2053.": a named SSN's first five, and its last four asked for after the other speaker's turns.
_REST_ASKED = re.compile(r"\b(?:(?:last|final|other) (?:four|4)|the rest|remaining (?:four|digits)|last part)\b"
                         r"(?! of (?:the|your|my) (?:card|account|phone|number))", re.I)
REST_WITHIN = 400  # characters from the first five to the last four
# another number named between the SSN's name and the five digits ("Social security number on file, can I get your zip
# code first?" / "30301"): they are that number's
_ANOTHER_NUMBER = words(r"\bzip\b|postal|post ?code|member|reference|\bref\b|\bid\b|\bpin\b|\bcard\b|account|"
                        r"amount|order|phone|benefits")


def _rest_after_a_hold(text: str) -> list[Entity]:
    found: list[Entity] = []
    if not _REST_ASKED.search(text):  # most conversations
        return found
    parts = [part for run in runs(text) for part in by_line(text, run)]
    for first, rest in pairwise(parts):
        five, four = "".join(u.digits for u in first), "".join(u.digits for u in rest)
        start, end = first[-1].end, rest[0].start
        if len(five) == 5 and len(four) == 4 and end - start <= REST_WITHIN and text.count("\n", start, end) >= 2 \
                and _REST_ASKED.search(text, start, end) and ssn_valid(five + four) and \
                (named := last_mention(text, _SSN_WORDS, first[0].start, SSN_NAMED_WITHIN)) >= 0 and \
                last_mention(text, _ANOTHER_NUMBER, first[0].start, first[0].start - named) < 0:
            found += [Entity(US_SSN, first[0].start, first[-1].end, "ssn-after-a-hold", 0.9, five + four),
                      Entity(US_SSN, rest[0].start, rest[-1].end, "ssn-after-a-hold", 0.9, five + four)]
    return found


def _ssns_in_readings(text: str, run: list[Unit]) -> list[Entity]:
    for reading in readings(run):
        if ssns := _ssns_in(text, reading):
            if reading is not run and ssns[0].start == reading[0].start:
                ssns[0] = replace(ssns[0], start=run[0].start)
            return ssns
    return []


def _from_run_start(entity: Entity, run: list[Unit], reading: list[Unit]) -> Entity:
    """An entity found in a reading of a run after a repair, from the run's start: the digits taken back too."""
    return replace(entity, start=run[0].start) if reading is not run and entity.start == reading[0].start else entity


def _said_as_written(text: str, run: list[Unit]) -> Entity | None:
    """A run said in an SSN's three groups, three digits, two, four, with a pause between ("two nine eight, 28,
    forty-five seventeen") or typed with a space between ("810 77 9073"), the way it is written: an SSN with
    nothing naming it, as "298-28-4517" is; not where the words before it name another code ("order 123, 45,
    6789")."""
    said = groups(run)
    if ([sum(len(u.digits) for u in group) for group in said] != [3, 2, 4]
            and not _SSN_SPACED.match(text, run[0].start, run[-1].end)) or \
            last_mention(text, _OTHER_CODES, run[0].start, NAMED_WITHIN) >= 0:
        return None
    digits = "".join(u.digits for u in run)
    return Entity(US_SSN, run[0].start, run[-1].end, "ssn-rules", 0.85, digits) if ssn_valid(digits) else None


def _said_again(unnamed: list[list[Unit]], values: set[str]) -> list[Entity]:
    """The runs not named that say an SSN found in the conversation once more ("... could you repeat the whole
    thing? | Sure. 819703628"): the caller asked to say it again does not name it again."""
    return [Entity(US_SSN, run[first].start, run[last].end, "ssn-rules", 0.9, digits)
            for run in unnamed for first, last, digits in spans(run, 9, 9) if digits in values]


_ID_LETTER = re.compile(r"[A-Za-z]")  # (not "nº123456789": a number sign; "x123-45-6789" is an SSN's shape)


def _ssns_in(text: str, run: list[Unit]) -> list[Entity]:
    found: list[Entity] = []
    taken = -1
    for first, last, digits in spans(run, 9, 9):
        if first <= taken or len(digits) != 9:
            continue
        start, end = run[first].start, run[last].end
        typed = _SSN_TYPED.match(text[start:end]) is not None
        if start and _ID_LETTER.fullmatch(text, start - 1, start) and not typed and not run[first].spoken:
            continue  # digits written against letters: an id's part ("It's FCW420445367", "W509582603")
        if (typed or context_before(text, start, _SSN_WORDS, SSN_NAMED_WITHIN)) and ssn_valid(digits):
            found.append(Entity(US_SSN, start, end, "ssn-rules", 0.95 if typed else 0.9, digits))
            taken = last
    return found


def _letter_mended(text: str, toks: list[Token], by_end: TokenIndex, edge: int) -> tuple[str, int] | None:
    """The letter said after a repair that takes back the letter ending at `edge` ("cu... digo, de"); None: none."""
    try:
        k = by_end[edge] + 1
    except KeyError:
        return None
    repaired = 0
    for _ in range(3):  # "no, perdón,": a repair of a few phrases
        while k < len(toks) and not toks[k].text[0].isalnum():
            k += 1
        if k >= len(toks) or not (n := repair_at(toks, k)):
            break
        k, repaired = k + n, k + n - 1
    return letters_next_to(text, toks, repaired, 1, 1) if repaired else None


def _lettered(text: str) -> list[Entity]:
    """Identifiers that are one run of digits between capital letters: NINO (2 + 6 + 1), DNI (8 + 1),
    NIE (X, Y or Z + 7 + 1)."""
    found = []
    toks, (by_start, by_end) = tokens(text), token_edges(text)
    for whole in runs(text):
        found += _lettered_in(text, toks, by_start, by_end, whole)
    return found


def _lettered_in(text: str, toks: list[Token], by_start: TokenIndex, by_end: TokenIndex,
                 whole: list[Unit]) -> list[Entity]:
    """The identifier a run's digits say, in the first of its readings that makes one (after a repair,
    without the group it took back, then whole); the redaction covers the digits taken back too. Its letter
    asked for and said in a later turn is a part of it of its own."""
    for reading in readings(whole):
        if len(reading) <= 9 and (said := _lettered_reading(text, toks, by_start, by_end, reading)):
            entity = said[0]
            return [replace(entity, start=whole[0].start) if entity.start == reading[0].start else entity, *said[1:]]
    return []  # more than nine groups: more than eight digits, and a digit said before them


def _lettered_reading(text: str, toks: list[Token], by_start: TokenIndex, by_end: TokenIndex,
                      whole: list[Unit]) -> list[Entity]:
    run = _id_digits(whole)  # "it starts with zero, 08926829T": a digit said of it before it is said
    if run is None:
        return []
    asked = None
    after = letters_next_to(text, toks, by_end[run[-1].end], 1, 1)
    if after is not None and sum(len(u.digits) for u in run) == 8 and _alphabet_word_alone(toks, by_end, after[1]) \
            and not _in_spanish(text, run):
        after = None  # "20481012 how long ...", "Invoice 20481022, Maria will ...": a word, no DNI's check letter
        # (said in Spanish's words, a Spanish city after them is its letter: "..., ochenta y siete, veinticuatro,
        # Zaragoza")
    digits = sum(len(u.digits) for u in run)
    if after is None:
        asked = _asked_letter(text, toks, run[-1].end) or \
            (_letter_said_before(text, toks, run[0].start) if digits == 8 else None)  # a DNI's letter asked first
        if asked is None:
            return []
        after = asked[0], run[-1].end
    entity = _lettered_entity(text, toks, by_start, run, after)
    if entity is None and asked is None and (mended := _letter_mended(text, toks, by_end, after[1])) is not None:
        entity = _lettered_entity(text, toks, by_start, run, mended)  # "efe... no, perdón, de": the letter taken back
    # an NIE's first letter asked for before its digits ("¿Su NIE empieza por zeta?" / "No, con i griega." / "¿Y lo
    # demás?" / "7684219, W"): the letter said, a part of its own
    if entity is None and digits == 7 and (first := _letter_said_before(text, toks, run[0].start)) is not None and \
            nie.is_valid(value := first[0] + "".join(u.digits for u in run) + after[0]):
        entity = Entity(ES_NIE, run[0].start, after[1], "nie-letter", 1.0, value)
        return [entity, Entity(ES_NIE, first[1], first[2], "nie-letter-asked", 1.0, value)]
    if entity is None:
        return []
    if asked is None and "\n" in text[run[-1].end:entity.end]:  # the letter said in a later turn ("... 634." / "¿Y la
        letter = toks[by_end[entity.end]]  # letra?" / "ce."): that turn's word is a part of its own
        asked = letter.text, letter.start, letter.end
        entity = replace(entity, end=run[-1].end)
    if asked is None:
        return [entity]
    return [entity, Entity(entity.type, asked[1], asked[2], entity.recognizer + "-asked", entity.score, entity.value)]


# A turn that asks for an identifier's letter ("¿Y la letra del final?", "There should be a letter after that as
# well?"), and how many tokens of the answer after it are looked at ("La K.", "Yeah, it's A, I think.").
_ASKS_LETTER = re.compile(r"\b(?:letter|letra|lletra|lettre|buchstabe|lettera)\b[^\n]*\?", re.I)
MAX_ANSWER = 10
MAX_AFTER_DIGITS = 8  # characters between the digits and their line's end, at most (a pause's punctuation)
MAX_ASKING = 120  # characters of the asking turn: a longer one is talk (and the search stays linear)


def _words_of(text: str, run: list[Unit]) -> list[str]:
    """The run's words, lower-cased (not `tokens` of a slice: its cache keeps the whole conversation's)."""
    return [m.group().lower() for m in TOKEN.finditer(text, run[0].start, run[-1].end)]


def _in_spanish(text: str, run: list[Unit]) -> bool:
    """Whether the run is said in Spanish's number words and no other language's."""
    return any(u.spoken for u in run) and \
        language_said(_words_of(text, run)) == ["ES"]


def _alphabet_word_alone(toks: list[Token], by_end: TokenIndex, end: int) -> bool:
    """Whether the letter ending at `end` was said as a word of another spelling alphabet than NATO's ("how",
    "Peter", "Maria"): among other letters it is one, alone after digits it is as often a word."""
    try:
        k = by_end[end]
    except KeyError:
        return False
    # "A de Antonio", "A as in Antonio": a letter
    return toks[k].text in OTHER_ALPHABETS and not (k and toks[k - 1].text in AS_IN | {"in"})


def _asked_letter(text: str, toks: list[Token], end: int) -> tuple[str, int, int] | None:
    """The letter of an identifier whose digits end at `end` and end their line, asked for in the next line and
    said alone in capitals in the one after: (letter, start, end); None if not so."""
    if (asked := text.find("\n", end, end + MAX_AFTER_DIGITS)) < 0 or text[end:asked].strip(" .,;:\u2026-") or \
            (answer := text.find("\n", asked + 1, asked + 1 + MAX_ASKING)) < 0 or \
            not _ASKS_LETTER.search(text, asked + 1, answer):
        return None  # each line looked for in a bounded stretch: digits in a long line cost no more
    stop = text.find("\n", answer + 1, answer + 1 + MAX_ASKING)
    if stop < 0:
        if len(text) - answer > MAX_ASKING:
            return None  # a long answer: talk, no letter said alone
        stop = len(text)
    k = bisect_left(token_starts(text), answer + 1)
    said = [t for t in toks[k:k + MAX_ANSWER] if t.start < stop]
    letters = [(letter, t) for t in said if (letter := _answer_letter(text, t)) is not None]
    end = letters[0][1].end if letters else 0
    if len(letters) == 2 and letters[0][0] == letters[1][0] and \
            any(t.text in AS_IN | {"for", "as"} for t in said if letters[0][1].end <= t.start < letters[1][1].start):
        letters, end = letters[:1], letters[1][1].end  # "Oh, A for Alfa.": one letter, and the word that says which
    if len(letters) != 1 or len(said) == MAX_ANSWER:
        return None
    return letters[0][0], letters[0][1].start, end


# The turn that asks for an identifier's letter before its digits.
_ASKS_LETTER_FIRST = re.compile(r"\b(?:letter|letra|lettre|buchstabe|lettera|empieza|comienza|starts?|begins?|"
                                r"con)\b", re.I)  # "El NIE, ¿es con Z?"
MAX_OPENING = 3  # words said before the digits in their line ("Sí, es ...")


def _letter_said_before(text: str, toks: list[Token], start: int) -> tuple[str, int, int] | None:
    """An identifier's one letter asked for and said before its digits, which begin a line at `start`: a turn asks
    for the letter ("¿Me dice primero la letra del DNI?", "¿Su NIE empieza por zeta?"), the next says one letter
    ("Es la G.", "No, con i griega."), the next asks for the rest and says no digit ("¿Y los ocho números?"):
    (letter, start, end); None if not so. The identifier's check letter decides."""
    line = text.rfind("\n", max(0, start - MAX_ASKING), start) + 1  # each line looked for in a bounded stretch
    if not line:
        return None
    k = bisect_left(token_starts(text), line)
    opening = [t for t in toks[k:k + MAX_OPENING + 1] if t.start < start]
    if len(opening) > MAX_OPENING or any(_says_digits(t.text) for t in opening):
        return None
    low = max(0, line - 3 * MAX_ASKING)
    prompt = text.rfind("\n", low, line - 1) + 1
    answer = text.rfind("\n", low, prompt - 1) + 1 if prompt else 0
    asking = text.rfind("\n", low, answer - 1) + 1 if answer else -1
    if asking < 0 or line - asking > 3 * MAX_ASKING or not _ASKS_LETTER_FIRST.search(text, asking, answer):
        return None
    k = bisect_left(token_starts(text), prompt)
    said = [t for t in toks[k:k + MAX_ANSWER] if t.start < line]
    if len(said) == MAX_ANSWER or any(_says_digits(t.text) and not (j + 1 < len(said) and
                                                                     said[j + 1].text in COUNTED_DIGITS)
                                      for j, t in enumerate(said)):
        return None
    k = bisect_left(token_starts(text), answer)
    said = [t for t in toks[k:k + MAX_ANSWER] if t.start < prompt]
    letters = [(letter, t.start, t.end) for t in said if (letter := _answer_letter(text, t)) is not None]
    letters += [("Y", a.start, b.end) for a, b in pairwise(said) if (a.text, b.text) == ("i", "griega")]
    return letters[0] if len(letters) == 1 and len(said) < MAX_ANSWER else None


def _says_digits(word: str) -> bool:
    return word[0].isdigit() or is_number_word(word)


def _answer_letter(text: str, t: Token) -> str | None:
    """The letter a word of the answer says: a capital alone ("La K.", not "I think"), or a letter's name ("ce",
    "zeta", "bee") or NATO word."""
    if len(t.text) == 1:
        return t.text.upper() if text[t.start].isupper() and t.text != "i" else None
    return SPANISH_NAMES.get(t.text) or LETTER_NAMES.get(t.text) or NATO.get(t.text)


# a date, the day first or the year first ("27.11.1987", "2026-11-14" of an ISO timestamp's "2026-11-14T17:36:53Z")
_DATE_SHAPED = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2}")


def _lettered_entity(text: str, toks: list[Token], by_start: TokenIndex, run: list[Unit],
                     after: tuple[str, int]) -> Entity | None:
    digits, start = "".join(u.digits for u in run), run[0].start
    suffix, right = after
    if _DATE_SHAPED.fullmatch(text, start, run[-1].end):
        return None  # "ur. 27.11.1987 r.": a date, and the Polish "r." (year) after it, is no DNI and its letter
    if len(digits) == 8 and dni.is_valid(digits + suffix):
        return Entity(ES_NIF, start, right, "dni-letter", 1.0, digits + suffix)
    before = letters_next_to(text, toks, by_start[start], 2 if len(digits) == 6 else 1, -1)
    if before is None and len(digits) == 6 and context_before(text, start, _NINO_WORDS, NAMED_WITHIN):
        before = letters_next_to(text, toks, by_start[start], 2, -1, named=True)  # "ni number ab 12 34 56 c"
    if before is None:
        return None
    prefix, left = before
    if left and text[left - 1].isalnum():
        return None  # written against what comes before ("0x4856562C"): part of a longer code
    if len(digits) == 7 and nie.is_valid(prefix + digits + suffix):
        return Entity(ES_NIE, left, right, "nie-letter", 1.0, prefix + digits + suffix)
    if len(digits) == 6 and _NINO_PREFIX.match(prefix) and prefix not in _NINO_NEVER and suffix in "ABCD" and \
            last_mention(text, _OTHER_CODES, left, NAMED_WITHIN) <= last_mention(text, _NINO_WORDS, left, NAMED_WITHIN):
        return Entity(UK_NINO, left, right, "nino-rules", 0.9, prefix + digits + suffix)
    return None


def _id_digits(run: list[Unit]) -> list[Unit] | None:
    """The run, or its end after a first group said of it ("zero, ..."), when six to eight digits long."""
    for first in range(min(2, len(run))):
        if len(digits := "".join(u.digits for u in run[first:])) in (6, 7, 8) and len(run) - first <= 8:
            return run[first:]
        if len(digits) < 6:
            return None
    return None


def _fiscal_codes(text: str) -> list[Entity]:
    typed = [Entity(IT_FISCAL_CODE, m.start(), m.end(), "codice-fiscale", 1.0, code)
             for m in _FISCAL_CODE.finditer(text) if codicefiscale.is_valid(code := m.group().upper().replace(" ", ""))]
    return typed + _fiscal_codes_spelled(text)


# its name, or its letters named before they are spelled ("Comincio con le lettere: S Q R ...", "le prime sei lettere")
_FISCAL_CODE_NAMED = words(r"codice fiscale|\bcf\b|fiscal code|tax code|\blettere\b|\bcognome\b|"
                           # a Portuguese's, a Romanian's and a South Tyrolean's words for it (the spelling decides:
                           # sixteen characters its check letter passes)
                           r"c[óo]digo fiscal|codul fiscal|steuernummer")
# the words naming its parts at a turn's start, passed over inside it ("Cognome: C B C." / "Poi il nome: P T T.")
_FISCAL_PARTS = frozenset({"poi", "il", "del", "nome", "e", "la", "data", "di", "nascita", "then", "the", "first",
                           "name", "and", "date", "of", "birth"})
_FISCAL_LEAD_IN = frozenset({"è", "e", "il", "mio", "allora", "sì", "si", "ecco", "is", "it's", "my", "dunque",
                             "sono", "are",
                             "é", "italiano", "meu", "então",  # a Portuguese speaker's (not "o": an O may open it)
                             "ist", "lautet", "also", "der", "meine",  # a German speaker's
                             "es", "mi", "vale"})  # a Spanish speaker's


# by a city's name: "M come Milano", "P per Pisa"; by a German spelling word, as South Tyrol spells: "C wie Cäsar"
_CITY_SPELLED = re.compile(r"\b[A-Z] (?:come|per|di|wie) [A-Z][a-zäöü]")
# or four of Italian's letters' names in a row ("ti, erre, erre, elle, ..."), unnamed too
_NAMES_SPELLED = re.compile(r"\b(?:(?:bi|ci|di|gi|pi|ti|vi|vu|acca|elle|emme|enne|erre|esse|effe|zeta|cu|[A-Z])\b,? )"
                            r"{4}")
# or four of English's letters' names in a row ("It's em ess see em ar N nine nine E ..."), an English speaker's
_ENGLISH_NAMES_SPELLED = re.compile(r"\b(?:(?:bee|cee|dee|ee|ef|eff|gee|aitch|jay|kay|el|ell|em|en|pee|cue|ar|ess|"
                                    r"tee|vee|ex|zed|zee|see|[A-Z])\b,? ){4}")
# or four of Spanish's letters' names in a row ("erre, efe, efe, ene, te, ..."), a Spanish speaker's in Italy
_SPANISH_NAMES_SPELLED = re.compile(r"\b(?:(?:be|ce|de|efe|ge|hache|jota|ka|ele|eme|ene|pe|cu|erre|ese|te|uve|equis|"
                                    r"zeta|[A-Z])\b,? ){4}")
# or four words of the NATO alphabet in a row ("Mike Delta November Lima Lima Lima otto nove Romeo ..."), unnamed too
_NATO_SPELLED = re.compile(r"\b(?:(?i:" + "|".join(sorted(NATO, key=len, reverse=True)) + r")\b,? ){4}")
CITY_SPELLED_APART = 60  # characters after one city's letter where the next is a part of the same spelling


def _fiscal_codes_spelled(text: str) -> list[Entity]:
    """A codice fiscale spelled after its name, letter by letter and digit by digit, in Italian's or any
    spelling alphabet ("Codice fiscale: B, L, anzi no, T, T come Torino, F, ..."), or unnamed by Italy's cities, its
    repairs taking back the letter before them: sixteen characters its check character passes."""
    found: list[Entity] = []
    toks, starts = tokens(text), token_starts(text)
    # after its name, or unnamed where it is spelled by Italy's cities ("C come Como, M come Milano, ..."), from the
    # first letter of each such spelling (one a few characters after another's is a part of it)
    cities = sorted(m.start() for pattern in (_CITY_SPELLED, _NAMES_SPELLED, _NATO_SPELLED, _ENGLISH_NAMES_SPELLED,
                                              _SPANISH_NAMES_SPELLED)
                    for m in pattern.finditer(text))
    unnamed = [at for k, at in enumerate(cities) if not k or at - cities[k - 1] > CITY_SPELLED_APART]
    for named in sorted({*mentions(text, _FISCAL_CODE_NAMED), *unnamed}):
        if found and named < found[-1].end:
            continue
        i = bisect_left(starts, named)
        while i < len(toks) and (toks[i].text in _FISCAL_LEAD_IN or not toks[i].text[0].isalnum()) and \
                toks[i].start - named < 30:
            i += 1
        if named in unnamed:
            i = _spelled_from(text, toks, i)
        for mend in (True, False):
            chars, _ = spell(text, toks, i, 16, mend, named=True, parts=_FISCAL_PARTS)
            if len(chars) == 16 and codicefiscale.is_valid(code := _as_letters(text, chars)):
                found.append(Entity(IT_FISCAL_CODE, chars[0].start, chars[-1].end, "codice-fiscale-spelled", 1.0,
                                    code))
                break
    return found


_LETTER_SLOTS = frozenset({0, 1, 2, 3, 4, 5, 8, 11, 15})  # where a codice fiscale has a letter, never a digit


def _as_letters(text: str, chars: list) -> str:
    """The characters spelled, upper-cased, an "O" said where a letter stands read as the letter, not as zero."""
    return "".join("O" if c.char == "0" and k in _LETTER_SLOTS and text[c.start:c.end].lower() in ("o", "oh") else
                   c.char.upper() for k, c in enumerate(chars))


def _spelled_from(text: str, toks: list[Token], i: int) -> int:
    """The first of the capital letters said plainly just before token `i` ("S Q R come Roma": from the S), five
    at most (a codice fiscale's name and surname give six)."""
    first, k, letters = i, i - 1, 0
    while k >= 0 and letters < 5 and (not toks[k].text[0].isalnum() or
                                      (len(toks[k].text) == 1 and text[toks[k].start].isupper())):
        if toks[k].text[0].isalnum():
            if k == 0 or toks[k - 1].text in (".", "!", "?", ":"):
                break  # a sentence's first word ("Sì. È R S S come Savona"): Italian's "is", "and"
            first, letters = k, letters + 1
        k -= 1
    return first


def _nir_said_in_french(text: str, run: list[Unit]) -> Entity | None:
    """A NIR said in number words, unnamed ("Alors, un, zéro zéro, zéro sept, soixante et un, ..."; "Pues uno,
    cincuenta y siete, ..."), after its repairs too ("..., soixante-huit... non, cinquante-huit"): fifteen digits whose
    key (mod 97), sex and month pass, one number in several thousand by chance; in French or in the language of a
    caller who works in France (Spanish, Portuguese, German, Italian, Polish, Romanian, English)."""
    if sum(len(u.digits) for u in run) < NIR_LENGTH or not _in_a_nir_language(_words_of(text, run), run) or \
            last_mention(text, _NOT_A_NIR, run[0].start, NAMED_WITHIN) >= 0:
        return None
    for reading in readings(run):
        for first, last, digits in spans(reading, 15, 15):
            if first == 0 and digits[0] in _NIR_FIRST and _nir_month(digits[3:5]) and nir.is_valid(digits):
                return Entity(FR_NIR, run[0].start, reading[last].end, "nir-said-in-french", 1.0, digits)
    return None


_NIR_LANGUAGES = frozenset({"FR", "ES", "PT", "DE", "IT", "PL", "RO"})
NIR_LENGTH = 15


def _in_a_nir_language(said: list[str], run: list[Unit]) -> bool:
    """Whether the run is said in a language of those who work in France; or in English's words (an expat's "two,
    seventy-six, oh five, ..."), not typed, and all of it a NIR's fifteen digits (not a part of a longer run, where
    English's many other numbers could hold one by chance)."""
    return bool(_NIR_LANGUAGES.intersection(languages := language_said(said))) or \
        (not languages and all(u.spoken for u in run) and sum(len(u.digits) for u in run) == NIR_LENGTH)
# Another French number's names said just before it: an order's, a parcel's, a contract's ("Mon numéro de commande,
# c'est le ...")
_NOT_A_NIR = words(r"commande|suivi|colis|contrat|facture|\bclient|dossier|r[ée]f[ée]rence|abonnement|ticket|"
                   r"sinistre|\bpolice\b|t[ée]l[ée]phone|portable|\bmobile|"
                   # and in the languages it is said in unnamed too
                   r"pedido|encomenda|bestell|auftrag|ordine|zam[óo]wien|factura|fatura|rechnung|referencia|"
                   r"refer[eê]ncia|tracking|sendung|contrato|vertrag|kunden|cliente|tel[eé]fono|telefone|telefon|"
                   r"handy|m[óo]vil|celular|cellulare")


def _bsn_said_in_dutch(text: str, run: list[Unit]) -> Entity | None:
    """A BSN said in Dutch number words, unnamed ("Dat is negen twee een vijf, nul zeven, drie zes zeven"; "Het is
    vijf een vier ..." and read back in threes), or printed (`_printed`): nine digits, the whole run as said, whose
    eleven-test passes (one number in eleven by chance) where no other Dutch number is named just before it. A Dutch
    mobile or landline has ten digits and an IBAN's account ten, so nine said in Dutch are a BSN far more often than
    anything else a caller is asked for; an old nine-digit bank account (eleven-tested too) is hidden as well, which
    is the safe side."""
    if last_mention(text, _NOT_A_BSN, run[0].start, NOT_A_BSN_WITHIN) >= 0 or not (
            ("NL" in language_said(_words_of(text, run)) and any(u.spoken for u in run)) or _printed(text, run)):
        return None
    digits = "".join(u.digits for u in run)  # as said: no reading that drops a word ("een" is also "a") or a repair
    return Entity(NL_BSN, run[0].start, run[-1].end, "bsn-said-in-dutch", 0.9, digits) \
        if len(digits) == 9 and bsn.is_valid(digits) else None


def _printed(text: str, run: list[Unit]) -> bool:
    """A BSN typed as Dutch letters print it, four, two and three digits apart ("1234.56.782", "4561 93 820"), in a
    conversation whose numbers are said in Dutch within a few lines of it."""
    if [len(u.digits) for u in run] != [4, 2, 3] or any(u.spoken for u in run) or \
            any(text[a.end:b.start] not in (" ", ".") for a, b in pairwise(run)):
        return False
    near = text[max(0, run[0].start - _DUTCH_NEAR):run[-1].end + _DUTCH_NEAR].lower()
    return "NL" in language_said(TOKEN.findall(near))


_DUTCH_NEAR = 200  # characters each side of a printed BSN read for Dutch number words


# Another Dutch number's names said just before it: an order's, a customer's, an invoice's, a parcel's, ...
_NOT_A_BSN = words(r"bestel|order|klant|factuur|pakket|zending|track|referentie|kenmerk|dossier|contract|polis|"
                   r"ticket|telefoon|mobiel|\b06\b|rekening|pas\b|pasnummer|kaart|postcode|huisnummer|meter|"
                   r"artikel|lidmaatschap|abonnement|code\b|pincode|serie|sticker|\blid|\bkvk\b|\bbtw\b|zaak|"
                   r"aanvraag|transactie|personeel|student|relatie|versie|update|release|afspraak")
NOT_A_BSN_WITHIN = 200  # characters before it where another number's name is looked for (a sentence or two)


def _nir_month(month: str) -> bool:
    """A NIR's month of birth: 01 to 12, or the codes INSEE gives where it is unknown (20, 30 to 42, 50 and above)."""
    return 1 <= int(month) <= 12 or int(month) == 20 or 30 <= int(month) <= 42 or int(month) >= 50


# A NIR's key named apart after its thirteen digits ("..., cent quarante. Clé : trente-sept").
_NIR_KEY = re.compile(r"\W*(?:et\s+)?(?:la\s+)?(?:cl[ée]|key)\b(?:\s+(?:nir|insee|s[ée]cu))?\W*$", re.I)


def _named(text: str) -> list[Entity]:
    """BSN (9 digits) and NIR (15, or 13 and its key named after them) where the conversation names them: their
    checks pass one number in eleven, and one in ninety-seven."""
    found: list[Entity] = []
    every = runs(text)
    for n, run in enumerate(every):
        after = every[n + 1] if n + 1 < len(every) else None
        if after is not None and len(body := "".join(u.digits for u in run)) == 13 and \
                len(key := "".join(u.digits for u in after)) == 2 and \
                _NIR_KEY.match(text, run[-1].end, after[0].start) and nir.is_valid(body + key) and \
                last_mention(text, _NIR_WORDS, run[-1].end, run[-1].end - run[0].start + NAMED_WITHIN) >= 0:
            found += [Entity(FR_NIR, run[0].start, run[-1].end, "nir-key-named", 1.0, body),
                      Entity(FR_NIR, after[0].start, after[-1].end, "nir-key-named", 1.0, key)]
            continue
        reach = run[-1].end - run[0].start + NAMED_WITHIN
        if last_mention(text, _BSN_WORDS, run[-1].end, reach) < 0 and last_mention(text, _NIR_WORDS, run[-1].end,
                                                                                       reach) < 0:
            if said := _nir_said_in_french(text, run) or _bsn_said_in_dutch(text, run):
                found.append(said)
            continue
        for first, last, digits in spans(run, 9, 15):
            start, end = run[first].start, run[last].end
            if len(digits) == 9 and bsn.is_valid(digits) and context_before(text, start, _BSN_WORDS):
                found.append(Entity(NL_BSN, start, end, "bsn-eleven-test", 0.95, digits))
            elif len(digits) == 15 and nir.is_valid(digits) and context_before(text, start, _NIR_WORDS):
                found.append(Entity(FR_NIR, start, end, "nir-key", 1.0, digits))
    return found
