"""Letters and digits said one at a time, the normalization pass for identifiers that mix them (an
IBAN, a NINO): "d e eight nine three seven oh four ...", "bee", "delta echo", "WEST", each token
turned into the characters it says, each character remembering the token that said it, so that the
typed validator (mod 97, HMRC's letters) decides and the redaction covers exactly the words said."""

import re
from string import ascii_lowercase
from typing import NamedTuple

from services.transcripts.redaction.asides import aside_at, aside_before
from services.transcripts.redaction.numerals import OWN_LANGUAGE, WORDS_TOO, cut_after_tens
from services.transcripts.redaction.spoken import (
    DIGIT_WORDS,
    FILLERS,
    HESITATION_FIRST,
    HOMOPHONES,
    TURN_OPENERS,
    hesitation_at,
    hesitation_before,
    repair_at,
    stutter_at,
    unit_at,
)
from services.transcripts.redaction.tokens import Token

LETTER_NAMES = {"ay": "A", "bee": "B", "cee": "C", "dee": "D", "ee": "E", "eff": "F", "gee": "G", "aitch": "H",
                "jay": "J", "kay": "K", "el": "L", "ell": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q",
                "queue": "Q", "ar": "R", "ess": "S", "tee": "T", "vee": "V", "ex": "X", "why": "Y", "zed": "Z",
                "zee": "Z", "see": "C", "sea": "C", "eye": "I", "pea": "P", "are": "R", "tea": "T", "you": "U",
                "age": "H", "haitch": "H"}
# Spanish letter names: a DNI's or NIE's one letter said in Spanish ("equis", "jota", "letra zeta"), read only
# where one letter is asked for ("ce" typed is two of a NINO's); "be", a common word in English, only after.
SPANISH_NAMES = {"be": "B", "ce": "C", "de": "D", "efe": "F", "ge": "G", "hache": "H", "jota": "J", "ka": "K",
                 "ele": "L", "eme": "M", "ene": "N", "pe": "P", "cu": "Q", "erre": "R", "ese": "S", "te": "T",
                 "uve": "V", "equis": "X", "zeta": "Z"}
PAIRS = {("double", "you"): "W", ("uve", "doble"): "W", ("i", "griega"): "Y", ("i", "grec"): "Y"}  # letters
# said in two words
# "see", "are", "you" are words too: a letter only where letters and digits are being spelled, which
# the callers require (a validated identifier around them).
NATO = {w: w[0].upper() for w in ("alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                                  "india", "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa",
                                  "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray",
                                  "yankee", "zulu")}
# The words of the spelling alphabets other than NATO's that callers use: the British forces' and police's older one
# (RAF 1943: "Able, Baker"), the German (DIN 5009), the Dutch, the Italian (cities) and the Spanish ones. Read as a
# letter among other letters said (an identifier's, where its check decides), never as a word's first letter alone.
OTHER_ALPHABETS = {w: w[0].upper() for w in (
    "able", "baker", "dog", "easy", "fox", "george", "how", "item", "jig", "king", "love", "nan", "oboe", "peter",
    "queen", "roger", "sugar", "tare", "uncle", "william", "yoke", "zebra",
    "anton", "berta", "cäsar", "caesar", "dora", "emil", "friedrich", "gustav", "heinrich", "ida", "julius",
    "kaufmann", "ludwig", "martha", "nordpol", "otto", "paula", "quelle", "richard", "samuel", "siegfried",
    "theodor", "ulrich", "viktor", "wilhelm", "xanthippe", "ypsilon", "zacharias", "zeppelin",
    "bernard", "cornelis", "dirk", "eduard", "ferdinand", "gerard", "hendrik", "izaak", "johan", "karel",
    "lodewijk", "maria", "nico", "pieter", "quirinus", "simon", "teunis", "utrecht", "willem", "xantippe",
    "zaandam",
    "ancona", "bologna", "como", "domodossola", "empoli", "firenze", "genova", "imola", "livorno", "milano",
    "napoli", "otranto", "palermo", "quarto", "roma", "savona", "torino", "udine", "venezia", "zara",
    "antonio", "barcelona", "carmen", "dolores", "enrique", "francia", "gerona", "historia", "inés", "josé",
    "lorenzo", "madrid", "navarra", "oviedo", "parís", "ramón", "sábado", "tarragona", "ulises", "valencia",
    "xilófono", "yegua", "zaragoza")}
LETTER_WORDS = frozenset([*ascii_lowercase, *LETTER_NAMES, *NATO])  # lower-cased tokens that say a letter
# The letters' names in the other languages an IBAN's country and bank letters are said in (Portuguese "pê tê",
# Spanish "e ese", Italian "i ti", French "dé é", German "de e"): read only where a value is spelled whose check
# decides (`spell`, an IBAN's: mod 97), since most are words too.
SPELLED_ELSEWHERE = {
    **SPANISH_NAMES,
    "á": "A", "bê": "B", "cê": "C", "dê": "D", "é": "E", "gê": "G", "guê": "G", "agá": "H", "capa": "K", "kapa": "K",
    "éle": "L", "éme": "M", "éne": "N", "ó": "O", "pê": "P", "quê": "Q", "érre": "R", "ésse": "S", "esse": "S",
    "tê": "T", "vê": "V", "xis": "X", "zê": "Z",
    "bi": "B", "ci": "C", "di": "D", "effe": "F", "gi": "G", "acca": "H", "elle": "L", "emme": "M", "enne": "N",
    "pi": "P", "ti": "T", "vu": "V", "vi": "V", "cappa": "K", "ics": "X", "ix": "X", "ipsilon": "Y", "ípsilon": "Y",
    "ypsilon": "Y",
    "bé": "B", "cé": "C", "dé": "D", "gé": "G", "pé": "P", "té": "T", "vé": "V", "zède": "Z",
    "ef": "F", "ha": "H", "jot": "J", "ku": "Q", "er": "R", "es": "S", "fau": "V", "we": "W", "zett": "Z",
    # an NIE's first letter as French, German and Polish speakers name it: "ixe", "iks", "igrek", "zet"
    "ixe": "X", "iks": "X", "igrek": "Y", "zet": "Z"}
_SKIPPED = (FILLERS | {"space", "dash", "hyphen"}) - set(LETTER_NAMES)  # "see": a C here


class Char(NamedTuple):
    char: str
    start: int
    end: int


def letter_of(word: str, written: str) -> str | None:
    """The letters a token says: one letter in either case, a letter's name or its NATO word, or a word
    written in capitals of up to four letters (a bank code, "WEST")."""
    if len(word) == 1 and word.isalpha():
        return word.upper()
    if 2 <= len(written) <= 4 and written.isalpha() and written.isupper():
        return written  # "EL", "AR": typed capitals are the letters, not a letter's name
    return LETTER_NAMES.get(word) or NATO.get(word) or OTHER_ALPHABETS.get(word)


def _double_you(toks: list[Token], i: int, step: int) -> bool:
    """Whether token `i` and the next one in the direction of `step` say "double you": a W."""
    pair = (toks[i].text, toks[i + step].text) if 0 <= i + step < len(toks) else None
    return pair == (("double", "you") if step > 0 else ("you", "double"))


# Tokens read for `limit` characters, at most: each said with a few fillers, pauses and repairs about it. Unbounded,
# a run of repairs ("IE67 AIBK | Sorry. | IE67 AIBK | Sorry. ...", each taking the group back) was read to the text's
# end from each of its letters: quadratic.
MAX_SPELLED_PER_CHAR, MAX_SPELLED_MORE = 4, 24


def spell(text: str, toks: list[Token], i: int, limit: int, mend: bool = False,
          named: bool = False, parts: frozenset[str] = frozenset()) -> tuple[list[Char], int]:
    """Up to `limit` characters said from token `i` on, and the index of the token after the last;
    fillers, hesitations ("you know", "hang on") and punctuation are passed over, any other word ends it.
    `mend`: a repair ("scratch that", "go back") takes back the group said just before it (the characters
    since the last pause before it), and the spelling goes on. `named`: an id was named just before, so a digit
    word that is a word too ("nove", "sei", "due") is its digit between letters. `parts`: the words naming the
    value's parts that open a turn ("Poi il nome: P T T"), passed over there."""
    out: list[Char] = []
    group, paused = 0, False  # where the group said last begins; whether a pause was passed since
    stop = min(len(toks), i + MAX_SPELLED_PER_CHAR * limit + MAX_SPELLED_MORE)
    # mending, a repair just after the last character takes back the last group still ("..., två nio sju sju, nej
    # förlåt, nio två sju sju")
    whole: tuple[list[Char], int] | None = None  # what was read to the limit before such a repair
    while i < stop and (len(out) < limit or (mend and _repair_next(toks, i))):
        if len(out) >= limit and whole is None:
            whole = (out[:limit], i)
        t = toks[i]
        if mend and out and (n := repair_at(toks, i)):
            del out[group:]
            i, paused = i + n, True
            continue
        if out and ((n := aside_at(text, i)) or (t.text in HESITATION_FIRST and (n := hesitation_at(toks, i)))):
            i, paused = i + n, True  # the other speaker's turn (its "And the next four?" whole), or "let me check"
            continue
        if out and (n := message_counter(text, toks, i)):
            i, paused = i + n, True
            continue
        if out and t.text in parts and "\n" in text[toks[i - 1].end:t.start]:
            while i < stop and (toks[i].text in parts or not toks[i].text[0].isalnum()):
                i += 1
            paused = True
            continue
        if i + 1 < len(toks) and toks[i + 1].text == "-" and (n := stutter_at(toks, i)):
            i += n  # "fi- five": cut off, said again
            continue
        if (t.text in _SKIPPED and not text[t.start:t.end].isupper() and not _own_digit(toks, i)) or \
                not t.text[0].isalnum() or (
                out and t.text in TURN_OPENERS and "\n" in text[toks[i - 1].end:t.start]):
            i, paused = i + 1, True  # "BE97 0248 | What's the rest? | It's seven five ...": the turn goes on
            continue
        if paused:
            group, paused = len(out), False
        if _double_you(toks, i, 1):
            out.append(Char("W", t.start, toks[i + 1].end))
            i += 2
            continue
        if t.text in HOMOPHONES and ((out and out[-1].char.isdigit()) or _digit_next(toks, i)):
            out.append(Char(HOMOPHONES[t.text], t.start, t.end))  # "N L to three": spelling, the validator decides
            i += 1
            continue
        # "O come Otranto", "o for Oscar": a letter, not "oh" ("oh o for, one two": 0, 0, 4)
        unit, after = (None, i) if len(t.text) == 1 and t.text.isalpha() and i + 2 < len(toks) and \
            toks[i + 1].text in AS_IN and toks[i + 2].text.startswith(t.text) else unit_at(toks, i)
        if unit is not None and out and out[-1].char == "0" and len(unit.digits) == 1 and unit.digits != "0" and \
                cut_after_tens(text, (out[-1].start, out[-1].end), unit.start):
            out[-1] = Char(unit.digits, out[-1].start, unit.end)  # "twenty... | two": 22
            i = after
            continue
        if unit is not None:
            out += [Char(d, unit.start, unit.end) for d in unit.digits]
            i = after
            continue
        if named and t.text in WORDS_TOO and t.text in DIGIT_WORDS:
            out.append(Char(str(DIGIT_WORDS[t.text]), t.start, t.end))
            i += 1
            continue
        letters = letter_of(t.text, text[t.start:t.end]) or SPELLED_ELSEWHERE.get(t.text) or \
            _written_against_digits(text, toks, i)
        if letters is None and len(out) == 4 and len(t.text) == 4 and t.text.isascii() and t.text.isalpha() and \
                out[2].char.isdigit() and out[3].char.isdigit():
            letters = t.text.upper()  # an IBAN's bank code said as the word it is ("N L sixteen, trio, ...", "bunq")
        if letters is None:
            break
        said = _as_in(toks, i, letters) if i + 2 < len(toks) and toks[i + 1].text in AS_IN else 0  # "d as in delta"
        out += [Char(ch, t.start, toks[i + said].end) for ch in letters]
        i += 1 + said
    if whole is not None and len(out) < limit:
        return whole  # the repair took back no group of this value ("..., six six. Sorry.")
    return out[:limit], i


# A text's counter at its start ("(2/2) 5416 6316 19", "[text 2/2] ..."): a value sent in two texts goes on after it.
_COUNTER = re.compile(r"(?:(?:sms|text|msg) ?)?[\[(](?:text|sms|msg|message|part)?\s*\d{1,2}\s*/\s*\d{1,2}\s*[\])]:?",
                      re.I)
_COUNTER_FIRST = frozenset({"(", "[", "sms", "text", "msg"})


def message_counter(text: str, toks: list[Token], i: int) -> int:
    """The tokens of a text's counter that begins the line at token `i` ("(2/2)"); 0: none."""
    if not i or toks[i].text not in _COUNTER_FIRST or "\n" not in text[toks[i - 1].end:toks[i].start] or \
            (m := _COUNTER.match(text, toks[i].start)) is None:
        return 0
    k = i
    while k < len(toks) and toks[k].start < m.end():
        k += 1
    return k - i


def _repair_next(toks: list[Token], i: int) -> bool:
    """Whether a repair is said from token `i`, a few marks of punctuation before it passed over."""
    end = min(len(toks), i + 5)  # an ellipsis and a comma
    while i < end and not toks[i].text[0].isalnum():
        i += 1
    return i < end and repair_at(toks, i) > 0


def _own_digit(toks: list[Token], i: int) -> bool:
    """Whether a filler at `i` is a digit of the language around it ("dois nove oito um": Portuguese's 1)."""
    return toks[i].text in OWN_LANGUAGE and unit_at(toks, i)[0] is not None


def _digit_next(toks: list[Token], i: int) -> bool:
    return i + 1 < len(toks) and (toks[i + 1].text in DIGIT_WORDS or toks[i + 1].text.isdigit())


def _written_against_digits(text: str, toks: list[Token], i: int) -> str | None:
    """Up to four letters typed in lower case against digits ("48tlfh2989..."): a bank code's letters."""
    t = toks[i]
    if not (t.text.isalpha() and len(t.text) <= 4):
        return None
    return t.text.upper() if (i and toks[i - 1].end == t.start and toks[i - 1].text.isdigit()) or \
        (i + 1 < len(toks) and toks[i + 1].start == t.end and toks[i + 1].text.isdigit()) else None


# "b as in bravo", "b like bravo", "b for bravo", and as other languages say it: "M wie Martha", "N van Nico", "T de
# Toledo", "I come Imola", "P comme Pierre", "P per Palermo", "R di Roma": a letter's word after
AS_IN = frozenset({"as", "like", "for", "wie", "van", "de", "come", "comme", "per", "di"})
_AS_IN_WORDS = (("as", "in"), ("like",), ("for",), ("wie",), ("van",), ("de",), ("come",), ("comme",), ("per",),
                ("di",))


def _as_in(toks: list[Token], i: int, letter: str) -> int:
    """How many tokens after a letter say which it is: "as in delta" (3), "for bravo" (2); 0: none."""
    if len(letter) != 1:
        return 0
    for words in _AS_IN_WORDS:
        k = i + 1 + len(words)
        if k < len(toks) and tuple(t.text for t in toks[i + 1:k]) == words and toks[k].text[:1] == letter.lower() \
                and len(toks[k].text) > 2:
            return len(words) + 1
    return 0


# Passed over between an identifier's letters and its digits: hesitations and the punctuation an engine
# writes for a pause ("M J uh, eight three ...", "B L, 30, 10, 39, A").
_PAUSES = frozenset({"uh", "um", "umm", "uhm", "er", "erm", "hmm", "hm", ".", "-", ","})
# Passed over there too: the hesitations of one word said inside a number ("wait", "like", "sorry"), not
# those that say a letter ("see").
# "eh" is a hesitation inside a number, and a NINO's letters ("eh318521a") next to one.
_PASSED = _PAUSES | _SKIPPED - {"space", "dash", "hyphen", "eh", "guion", "guión"}
_DASHES = frozenset({"dash", "hyphen", "guion", "guión"})  # said between a check letter and the digits
MAX_PAUSES = 8  # tokens passed over between two letters, or between the letters and the digits
# The other speaker's acknowledgement in a turn of its own, between the letters and the digits of one id
# ("NI number b for bravo" / "Mhm, yes." / "November six nine ..."): passed over only across a new line.
_ACKS = frozenset({"mhm", "mm", "huh", "uh", "okay", "ok", "yes", "yep", "yeah", "right", "sure", "go", "on", "ahead",
                   "got", "it"})
# Said before a check letter or a suffix: "12345678 with the letter V", "..., letra V", "and the last
# letter is D", "then C".
_LEAD_INS_LONGEST_FIRST = tuple(sorted((tuple(p.split()) for p in (
    "and the letter is", "with the letter", "and the letter", "the letter is", "the letter", "with letter",
    "and letter", "letter",
    "and the last letter is",
    "the last letter is", "and the last letter",
    "the last letter", "and the letter at the end is", "the letter at the end is", "then the letter", "and then",
    "then", "and finally", "finally",
    # the dash said between an NIE's digits and its letter: "... four eight dash N", "... uno uno guion ce"
    "dash", "guion", "guión", "hyphen",
    # a NINO's suffix named: "..., suffix letter A", "and the letter on the end is C"
    *(f"{before}{name}{then}" for before in ("", "the ", "and the ", "and ")
      for name in ("suffix letter", "suffix", "letter on the end", "letter at the end", "end letter")
      for then in ("", " is")),
    # Spanish: "con la letra de control G", "y la letra de control es la R", "letra de control J"; Basque's "eta
    # letra erre" (its "and")
    *(f"{before}letra{control}{then}" for before in ("", "la ", "y la ", "con la ", "y ", "con ", "eta ")
      for control in ("", " de control") for then in ("", " es", " es la", " , la")))), key=len, reverse=True))
_LEAD_INS: dict[str, list[tuple[str, ...]]] = {}  # by their first word, the longest first
for _words in _LEAD_INS_LONGEST_FIRST:
    _LEAD_INS.setdefault(_words[0], []).append(_words)


def letters_next_to(text: str, toks: list[Token], i: int, count: int, step: int,
                    named: bool = False) -> tuple[str, int] | None:
    """The `count` letters written or said just before token `i` (step -1) or just after it (+1): "AB",
    "A B", "A. B.", "-Z", "bee", "b for bravo", "x-ray", "double a", after a check letter's lead-in ("with
    the letter V"), a lower-case "ab" written against the digits (or apart from them, "ab 12 34 56 c",
    where the conversation has `named` the identifier: elsewhere a short word such as "me" or "at" is a
    word); and where the farthest begins or ends. None if not exactly `count`."""
    letters, edge, k = "", toks[i].start if step < 0 else toks[i].end, i + step
    if step > 0:
        k = _after_lead_in(toks, k)
    skipped, turned = 0, False  # pauses passed over since the last letter; whether a new line was among them
    while 0 <= k < len(toks) and len(letters) < count:
        t = toks[k]
        written = text[t.start:t.end]
        capitals = 2 <= len(written) <= 4 and written.isalpha() and written.isupper()  # "ER", "EM": letters
        near = toks[k - step] if 0 <= k - step < len(toks) else t  # the token passed just before this one
        turned = turned or "\n" in (text[near.end:t.start] if step > 0 else text[t.end:near.start])
        if not capitals and skipped < MAX_PAUSES and (n := _hesitation_or_aside(text, toks, k, step)):
            k, skipped = k + n * step, skipped + 1  # "let me just check", the other speaker's turn
            continue
        if not capitals and skipped < MAX_PAUSES and (t.text in _PASSED or not t.text[0].isalnum() or
                                                      (turned and t.text in _ACKS) or _cut_off(toks, k) or
                                                      (count == 1 and t.text in _DASHES)):  # "Y dash one ..."
            k, skipped = k + step, skipped + 1
            continue
        skipped, turned = 0, False
        said, far = (None, k) if capitals else _letter_said(toks, k, step)
        said = said or letter_of(t.text, written) or _spanish(t.text, count, step) or \
            (_BESIDE_A_LETTER.get(t.text) if letters else None)
        touching = (t.end if step < 0 else t.start) == edge
        if said is None and (touching or named) and written.isalpha() and len(written) <= count - len(letters):
            said = written.upper()  # "ab123456c": typed in lower case, against the digits
        if said is None or len(said) > count - len(letters):
            break
        letters = letters + said if step > 0 else said + letters
        edge = toks[far].end if step > 0 else toks[far].start
        k = far + step
    return (letters, edge) if len(letters) == count else None


# Words that name a letter only next to another said letter ("be J", "es pea"): alone, "be" typed is a NINO's
# two letters ("be 04 59 84 a"), and both are words.
_BESIDE_A_LETTER = {"be": "B", "es": "S"}


def _cut_off(toks: list[Token], k: int) -> bool:
    """Whether token `k` is a word cut off and said again ("X, four- four nine ..."): passed over."""
    return k + 2 < len(toks) and toks[k + 1].text == "-" and stutter_at(toks, k) > 0


def _spanish(word: str, count: int, step: int) -> str | None:
    """One letter asked for, said by its Spanish name or another language's ("ics", "zê"): an NIE's or DNI's,
    whose check decides; not where the other language's name is a word of the Spanish around it ("Es la zeta")."""
    return SPELLED_ELSEWHERE.get(word) if count == 1 and (step > 0 or word != "be") and word not in _WORDS_THERE \
        else None


# Other languages' letter names that are words of Spanish, Portuguese or Italian too ("es", "ha", "é", "di").
_WORDS_THERE = frozenset({"es", "ha", "er", "we", "ef", "é", "ó", "á", "di", "ti", "pi", "bi", "ci", "vu", "ku",
                          "ix", "elle", "esse", "effe", "jot"}) - set(SPANISH_NAMES)


def _hesitation_or_aside(text: str, toks: list[Token], k: int, step: int) -> int:
    """The length in tokens of a hesitation of several words, or of the other speaker's turn, from token `k`
    in the direction of `step`; 0: none."""
    if step > 0:
        return (hesitation_at(toks, k) if toks[k].text in HESITATION_FIRST else 0) or aside_at(text, k)
    return hesitation_before(toks, k) or aside_before(text, k)


_NAMING = frozenset({"letter", "suffix", "letra"})  # a lead-in that names the letter, after a full stop too


def _after_lead_in(toks: list[Token], k: int) -> int:
    """The token after a check letter's lead-in said from `k` (punctuation passed over, a full stop only before one
    that names the letter: "... 76 77. The suffix letter is C"), else `k`."""
    start, stopped = k, False
    while k < len(toks) and toks[k].text in (",", "-", "."):
        stopped, k = stopped or toks[k].text == ".", k + 1
    for words in _LEAD_INS.get(toks[k].text, ()) if k < len(toks) else ():
        if tuple(t.text for t in toks[k:k + len(words)]) == words:
            return k + len(words) if not stopped or not _NAMING.isdisjoint(words) else start
    return k if not stopped else start


def _letter_said(toks: list[Token], k: int, step: int) -> tuple[str | None, int]:
    """The letters said by several tokens ending (step -1) or starting (+1) at `k`, and the farthest of
    them: "double you" (W), "double a" (AA), "x-ray" (X), "b for bravo" (B); (None, k): none of these."""
    def at(j: int) -> str:
        return toks[j].text if 0 <= j < len(toks) else ""

    if step > 0:
        if letter := PAIRS.get((at(k), at(k + 1))):
            return letter, k + 1
        if at(k) == "double" and (letter := _one_letter(at(k + 1))):
            return letter * 2, k + 1
        if at(k) == "x" and at(k + 1) == "-" and at(k + 2) == "ray":
            return "X", k + 2
        if (letter := _one_letter(at(k))) and (said := _as_in(toks, k, letter)):
            return letter, k + said
        return None, k
    if letter := PAIRS.get((at(k - 1), at(k))):
        return letter, k - 1
    if at(k) == "ray" and at(k - 1) == "-" and at(k - 2) == "x":
        return "X", k - 2
    for said in (3, 2):  # "b as in bravo", "b for bravo", "b like bravo"
        if k - said >= 0 and (letter := _one_letter(at(k - said))) and _as_in(toks, k - said, letter) == said:
            return _doubled(toks, k - said, letter)
    if letter := _one_letter(at(k)):
        return _doubled(toks, k, letter)
    return None, k


def _doubled(toks: list[Token], k: int, letter: str) -> tuple[str, int]:
    """A letter said at `k`, twice if "double" is said before it."""
    return (letter * 2, k - 1) if k and toks[k - 1].text == "double" else (letter, k)


def _one_letter(word: str) -> str | None:
    """The letter a lower-cased token says on its own: a letter, a letter's name, a NATO word, a word of another
    spelling alphabet."""
    if len(word) == 1 and word.isalpha():
        return word.upper()
    return LETTER_NAMES.get(word) or NATO.get(word) or OTHER_ALPHABETS.get(word)
