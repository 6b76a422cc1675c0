"""Numbers as speech recognition writes them: digits ("4111"), digit words ("four one one one", "oh" and
"nought" for zero), "double four", "triple one", teens and tens ("forty one eleven"), compounds ("four thousand one
hundred eleven"), with fillers, punctuation and other speakers' short turns between the groups.

`runs(text)` gives the digit runs of a text: the digits said one after the other, each group (`Unit`)
with the characters that said it, so that a recognizer can look for a card number in the digits and
redact exactly the words that said it. A conversation is one text (its segments joined by newlines):
a number split across two segments or two speakers' turns is one run.
"""

from itertools import pairwise
from typing import NamedTuple

from services.transcripts.redaction.asides import aside_at
from services.transcripts.redaction.numerals import (
    COUNTED_DIGITS,
    DIGIT_WORDS,
    ENGLISH_DIGITS,
    OWN_DIGITS,
    OWN_KIN,
    OWN_LANGUAGE,
    PAIR_WORDS,
    REPEATS,
    TEENS,
    TENS,
    WORDS_TOO,
    cut_after_tens,
    is_number_word,
    pair_at,
)
from services.transcripts.redaction.per_text import per_text
from services.transcripts.redaction.tokens import Token, tokens

# Words speech recognition writes for a digit said among digits ("too to seven won nine"): a digit only where
# the words around them are digits too (`_among_digits`), so that prose ("two to four weeks") stays prose.
HOMOPHONES = {"for": "4", "fore": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
HOMOPHONE_WINDOW = 4  # alphanumeric tokens looked at on each side of a homophone
HOMOPHONE_DIGITS = 2  # digits said plainly among them, at least
# What may stand between two groups of one number: hesitations, acknowledgements of the other speaker,
# separators said aloud. Anything else ends the run.
FILLERS = frozenset({"uh", "um", "umm", "uhm", "er", "erm", "ah", "hmm", "hm", "mhm", "mm", "mmm", "yup", "and",
                     "okay", "ok", "yes", "yeah", "yep", "right", "sure", "dash", "hyphen", "slash", "space", "then",
                     "go", "on", "got", "it", "sorry", "huh", "again", "ahead", "uhh", "pause", "like", "so", "wait",
                     "hold", "let", "me", "see", "eh", "ehm", "momento", "break", "vale", "sí", "bueno", "pues",
                     "claro", "barra", "next", "guion", "guión", "punto",  # "dieciséis punto cero cinco uno"
                     # "then" and "and" of the other languages a number is dictated in ("D E neunundvierzig, dann
                     # achtundvierzig siebzehn, und dann ...")
                     "dann", "und", "puis", "poi", "depois", "luego", "uy", "ups",
                     # Swedish's, Danish's and Norwegian's slash, "och"/"og" their "and" ("nul seks skråstreg tre tre")
                     "snedstreck", "skråstreg", "skråstrek", "och", "og"})  # "break": radio's pause
# A currency's sign ends a run: an amount follows ("sinds 01-05-2024 € 118 zorgtoeslag"), no part of a number before
_CURRENCIES = frozenset("€$£¥₹₺₽₩₪")
_REPEATED_ONE = frozenset({"die", "der"})  # German's article after its count of a digit ("zweimal die Neun")
TURN_OPENERS = frozenset({"it's", "its", "that's", "thats"})  # a filler at the start of a turn only
MAX_FILLERS = 4  # more filler words than this between two groups: two numbers, not one
# Hesitations of more than one word, each counted as one filler ("one sec": not a one); and repairs,
# words that take back what was just said ("four four one one, sorry, four one one one"), after which
# the number is said again. Each a filler too: "sorry" is as often only a pause.
_HESITATIONS = ("you know", "hang on", "hold on", "bear with me", "one sec", "one second", "one moment", "a sec",
                "a second", "just a sec", "just a second", "just a moment", "give me a sec", "give me a second",
                "let me see", "let me check", "let me think", "let me look", "i think", "and then",
                "let me just check", "let me just see", "let me just look", "what is it", "what's it",
                "where was i", "hang on a sec", "hang on a second", "a moment", "how you say", "how do you say",
                "how do you say it",
                # the words that name a part of a number while it is said: "... is the area code, then ..."
                "is the area code", "the area code is", "area code", "is the country code", "country code",
                # Spanish's: "La lada es ochenta y uno, y después cuarenta y dos, ..."
                "y después", "y despues", "y luego",
                "and the rest is", "the rest is", "and the rest", "after that", "and after that",
                # the other speaker asking for the next group after reading one back ("Okay, 0990. And the next?")
                "the next", "and the next", "next one", "the next one", "next bit", "the next bit", "next group",
                "the next group", "what's next", "whats next", "then what", "and then what", "keep going",
                "carry on", "next please")
_REPAIRS = ("sorry", "no", "actually", "wait", "i mean", "scratch that", "no wait", "wait no", "my bad", "correction",
            "oops", "let me start again", "start again", "let me start over", "start over", "let me try again",
            "try again", "from the top", "go back", "strike that", "i said that wrong", "said that wrong",
            "that's wrong", "let me start that bit again", "start that bit again", "let me start that again",
            "let me say that again", "let me redo that", "i got that wrong", "that should be", "should be",
            "hang about", "ugh", "argh", "make that", "i misread that", "i misread", "misread that",
            # the other languages a number is dictated in: Spanish, Italian, French, German, Dutch, Portuguese,
            # Polish ("siete siete nueve, me he liado, siete uno nueve"; "B, L, anzi no, T")
            "me he liado", "me he equivocado", "me equivoqué", "perdón", "perdone", "espere", "mejor dicho", "digo",
            "quiero decir", "mi correggo", "anzi", "anzi no", "scusi", "scusa", "cioè", "aspetti", "je me suis trompé",
            "je me trompe", "pardon", "attendez", "je veux dire", "non pardon", "non", "ich meine", "entschuldigung",
            "korrektur", "falsch", "ik bedoel", "wacht", "nee", "correctie", "desculpe", "quer dizer",
            "aliás", "me enganei", "przepraszam", "poprawiam", "to znaczy",
            # Swedish, Danish, Norwegian, Finnish, Czech ("åtta sex åtta nio, nej förlåt, nio sex åtta åtta")
            "nej förlåt", "förlåt", "fel", "nej", "nej undskyld", "undskyld", "forkert", "nei unnskyld", "nei",
            "unnskyld", "beklager", "feil", "ei anteeksi", "anteeksi", "ei kun", "väärin", "ne promiňte",
            "promiňte", "oprava", "omlouvám se",
            # "no" in German, Polish, Portuguese, Swedish, Finnish ("4532 0151, nein, 0151 1283 0366")
            "nein", "nie", "não", "nä", "ei")  # not Czech's "ne": Finnish's "those" ("Ne kolme numeroa")


# A group named by where it stands or how long it is ("the first four are", "the next six", "then six digits"):
# its count is not one of the digits.
_POSITIONS = frozenset({"first", "next", "last", "final", "remaining", "following", "middle", "other"})
# Said after the count in other languages: "les deux derniers chiffres", "los dos últimos", "die zwei letzten"
_POSITIONS_AFTER = frozenset({"derniers", "dernières", "premiers", "premières", "últimos", "últimas", "primeros",
                              "primeras", "ultimi", "ultime", "primi", "prime", "letzten", "ersten", "laatste",
                              "eerste", "ostatnie", "pierwsze", "primeiros"})
_GROUPS = frozenset({"ones", "part", "group", "bit", "block", "digits", "numbers"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})  # before a group's name only: "second block"
_GROUP_NAMES = frozenset({"group", "block", "part"})  # before their number: "Group one, ..."
_GROUP_NUMBERS = frozenset({"one", "two", "three", "four", "five"})
_COUNT_TAIL = frozenset({"are", "is", "digits", "numbers", "of", "them"})
# Before "one" said as a word, not a digit: "a foreign one", "the new one", "which one".
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "which", "another", "my", "your", "any", "each"})


class Unit(NamedTuple):
    """Digits said as one group, and where."""

    digits: str
    start: int
    end: int
    spoken: bool  # said in words, not written in digits
    repaired: bool = False  # said after a repair: what the run said before it was taken back
    paused: bool = False  # a pause (punctuation, a filler) before it: a group said of a number begins here


def _phrases() -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    """Each hesitation and repair by its first word, the longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for phrase, repair in sorted([*((p, False) for p in _HESITATIONS), *((p, True) for p in _REPAIRS)],
                                 key=lambda p: -len(p[0])):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append((words, repair))
    return by_first


_PHRASES = _phrases()
HESITATION_FIRST = frozenset(p.split()[0] for p in _HESITATIONS)  # where a hesitation of several words may start
_ENDING: dict[str, list[tuple[str, ...]]] = {}  # the hesitations of several words by their last word, longest first
for _words in sorted((tuple(p.split()) for p in _HESITATIONS if " " in p), key=len, reverse=True):
    _ENDING.setdefault(_words[-1], []).append(_words)
_NUMBER_WORDS = frozenset([*DIGIT_WORDS, *TEENS, *TENS, *PAIR_WORDS, *REPEATS, "hundred", "thousand"])
_SAID_DIGITS = frozenset(DIGIT_WORDS) | frozenset("0123456789")
# The digits beside which a homophone is one: English's and numerals ("to" before Polish digits is Polish's "is").
_PLAIN_DIGITS = frozenset(ENGLISH_DIGITS) | frozenset("0123456789")
# Words that may begin or be part of a run, or end one otherwise than an ordinary word does.
_NOTABLE = frozenset([*_NUMBER_WORDS, *HOMOPHONES, *OWN_LANGUAGE, *FILLERS, *_PHRASES, *_POSITIONS, "the", "and",
                      "not"])


def _neighbour(toks: list[Token], i: int, step: int) -> int | None:
    """The index of the nearest token before (step -1) or after (+1) that is not a filler or punctuation."""
    k = i + step
    while 0 <= k < len(toks) and (toks[k].text in FILLERS or not toks[k].text[0].isalnum()):
        k += step
    return k if 0 <= k < len(toks) else None


def _numeric(toks: list[Token], k: int | None) -> bool:
    if k is None:
        return False
    w = toks[k].text
    return w.isdigit() or is_number_word(w) or w in REPEATS or (w in HOMOPHONES and _among_digits(toks, k))


WORDS_TOO_BETWEEN = 8  # digit words that are other words too passed over to reach one that is only a number


def _beside_number(toks: list[Token], i: int) -> bool:
    """Whether a number word that is no other word stands beside `i`, on either side, with only fillers or such
    words between ("huit un neuf sept": "neuf" and "sept" beside "un", itself beside "huit")."""
    for step in (-1, 1):
        k, passed = _neighbour(toks, i, step), 0
        while k is not None and (is_number_word(w := toks[k].text) or w in OWN_LANGUAGE) and \
                passed < WORDS_TOO_BETWEEN:
            if w in OWN_LANGUAGE:  # "un nou dos": a number where its own language's stand beside it
                if _beside_own(toks, k, OWN_LANGUAGE[w]):
                    return True
            elif w not in WORDS_TOO:
                return True
            k, passed = _neighbour(toks, k, step), passed + 1
    return False


def _beside_own(toks: list[Token], i: int, own: frozenset[str]) -> bool:
    """Whether a number word only of the language `own` holds stands beside `i`, on either side, with only number
    words between ("dois um um sete", "do do teen chhe")."""
    kin = OWN_KIN.get(own)
    for step in (-1, 1):
        k, passed = _neighbour(toks, i, step), 0
        while k is not None and (is_number_word(toks[k].text) or toks[k].text in OWN_LANGUAGE) and \
                passed < WORDS_TOO_BETWEEN:
            if toks[k].text in own:
                return True
            if kin is not None and toks[k].text not in kin and toks[k].text not in OWN_LANGUAGE:
                break  # another language's number between
            k, passed = _neighbour(toks, k, step), passed + 1
    return False


def _exclaimed(toks: list[Token], i: int) -> bool:
    """Whether "oh" at `i` is a sentence of its own after one that said no digit ("... after that? Oh. Okay,
    seven ..."): an exclamation. After a digit ("Four. Oh. Five.") it is slow dictation."""
    return 2 <= i < len(toks) - 1 and toks[i + 1].text in _SENTENCE_ENDS and toks[i - 1].text in _SENTENCE_ENDS and \
        not (toks[i - 2].text[0].isdigit() or toks[i - 2].text in DIGIT_WORDS)


_SENTENCE_ENDS = frozenset(".?!")


def _said_digits(token: Token) -> bool:
    """A group's digits written ("43") or one said as a word ("nine")."""
    return token.text.isdigit() or token.text in DIGIT_WORDS


def _digit_of(token: Token) -> str | None:
    if token.text.isdigit() and len(token.text) == 1:
        return token.text
    if token.text in DIGIT_WORDS:
        return str(DIGIT_WORDS[token.text])
    return None


def _compound(toks: list[Token], i: int) -> tuple[int, int, bool]:
    """(value, index after it, whether it said hundred or thousand) of the number words from `i`."""
    total = current = 0
    last, j, multiplied = "", i, False
    while j < len(toks):
        w = toks[j].text
        if w in DIGIT_WORDS and last in ("hundred", "thousand") and _digit_by_digit(toks, j + 1):
            break  # "one eight hundred five five five ...": a round "800", then digits said one by one
        if w in DIGIT_WORDS and w not in ("oh", "o") and last in ("", "hundred", "thousand", "tens"):
            current, last = current + DIGIT_WORDS[w], "digit"
        elif w in TEENS and last in ("", "hundred", "thousand"):
            current, last = current + TEENS[w], "teen"
        elif w in TENS and last in ("", "hundred", "thousand"):
            current, last = current + TENS[w], "tens"
        elif last == "tens" and _hyphened_ones(toks, j - 1):
            j += 1  # "twenty-three": the hyphen, then the three
            continue
        elif w == "hundred" and last in ("digit", "teen") and current < 100:
            current, last, multiplied = current * 100, "hundred", True
        elif w == "thousand" and last in ("digit", "teen", "tens", "hundred") and total == 0:
            total, current, last, multiplied = current * 1000, 0, "thousand", True
        elif w == "and" and last == "hundred" and j + 1 < len(toks) and is_number_word(toks[j + 1].text):
            j += 1
            continue
        else:
            break
        j += 1
    return total + current, j, multiplied


def _hyphened_ones(toks: list[Token], i: int) -> bool:
    """Whether tens word `i` has its ones written against it after a hyphen: "twenty-three" (three tokens)."""
    if i + 2 >= len(toks):
        return False
    hyphen, ones = toks[i + 1], toks[i + 2]
    return hyphen.text == "-" and toks[i].end == hyphen.start and hyphen.end == ones.start and \
        ones.text in DIGIT_WORDS and DIGIT_WORDS[ones.text] > 0


def _digit_by_digit(toks: list[Token], j: int) -> bool:
    """Whether token `j` (after a digit word that follows "hundred") is another digit said on its own, or
    a double or triple: the digits go on one at a time, so the hundred was a round number ("eight hundred",
    a toll-free prefix), not "eight hundred and five"."""
    return j < len(toks) and (toks[j].text in DIGIT_WORDS or toks[j].text in REPEATS)


def _phrase_at(toks: list[Token], i: int) -> tuple[int, bool] | None:
    """(its length in tokens, whether a repair) of the hesitation or repair said from token `i`, if one is."""
    for words, repair in _PHRASES.get(toks[i].text, ()):
        if len(words) == 1 or tuple(t.text for t in toks[i:i + len(words)]) == words:
            return len(words), repair
    return None


def hesitation_at(toks: list[Token], i: int) -> int:
    """The length in tokens of a hesitation of more than one word said from token `i` ("you know", "hang
    on", "one sec"); 0: none. For the readers of letters and digits, where "you" would be a U."""
    phrase = _phrase_at(toks, i) if toks[i].text in _PHRASES else None
    return phrase[0] if phrase and not phrase[1] and phrase[0] > 1 else 0


def repair_at(toks: list[Token], i: int) -> int:
    """The length in tokens of a repair said from token `i` ("scratch that", "go back"); 0: none."""
    phrase = _phrase_at(toks, i) if toks[i].text in _PHRASES else None
    return phrase[0] if phrase and phrase[1] else 0


def count_at(toks: list[Token], i: int) -> int:
    """The length in tokens of words that name a group by its place or its length said from token `i` ("the
    first four are", "the last five", "six digits"); 0: none."""
    j = i + (toks[i].text in ("the", "and") and i + 1 < len(toks) and toks[i + 1].text in _POSITIONS)
    # "Group one, ...", "group two is ...": a group's name and its number, from either
    j += toks[j].text in _GROUP_NAMES and j + 1 < len(toks) and toks[j + 1].text in _GROUP_NUMBERS
    if toks[j].text in _GROUP_NUMBERS and j and toks[j - 1].text in _GROUP_NAMES and j + 1 < len(toks) and \
            toks[j + 1].text in (",", ":", "is"):
        return j + 2 - i
    if toks[j].text in _ORDINALS and j + 1 < len(toks) and toks[j + 1].text in _GROUPS:
        j += 2  # "Second block is ...", "third group:"
        while j < len(toks) and j - i < 6 and (toks[j].text in _COUNT_TAIL or toks[j].text in (":", ",")):
            j += 1
        return j - i
    positioned = toks[j].text in _POSITIONS
    j += positioned
    if positioned and j < len(toks) and toks[j].text in _GROUPS:  # "the middle ones are"
        j += 1
        while j < len(toks) and j - i < 6 and toks[j].text in _COUNT_TAIL:
            j += 1
        return j - i
    named = not positioned and toks[j].text == "the"  # "then the two are": a count only before "are"
    j += named
    if j < len(toks) and (toks[j].text in DIGIT_WORDS or toks[j].text in TEENS) and toks[j].text not in ("oh", "o"):
        counted = j + 1 < len(toks) and (toks[j + 1].text in (("are", "is") if named else COUNTED_DIGITS) or
                                         toks[j + 1].text in _POSITIONS_AFTER)
        if not (positioned or counted) or (positioned and not counted and _not_a_count(toks, j)):
            return 0
        j += 1
        while j < len(toks) and j - i < 6 and toks[j].text in _COUNT_TAIL:
            j += 1
        return j - i
    return 0


def _not_a_count(toks: list[Token], j: int) -> bool:
    """Whether the digit word at `j` after "next" is a digit, not a count: digit words go on right after it, and
    not as many as it would count ("next three two six two zero"; "the next four one two three four" counts)."""
    if toks[j - 1].text != "next" or toks[j].text not in DIGIT_WORDS:
        return False
    k, said = j + 1, 0
    while k < len(toks) and (toks[k].text in DIGIT_WORDS or toks[k].text in REPEATS):
        said += REPEATS.get(toks[k].text, 2) - 1  # "double five": two
        k += 1
    return said > 0 and said != int(DIGIT_WORDS[toks[j].text])


def _pronoun_one(text: str, toks: list[Token], i: int) -> bool:
    """Whether "one" at token `i` is a word ("my mobile's a foreign one, ..."), not a digit: after a
    determiner, or a word after one, with a pause after it."""
    if toks[i].text != "one" or i == 0:
        return False
    before = toks[i - 1].text
    if i + 1 < len(toks) and toks[i + 1].text[0].isalnum():  # "That's the one I need", "which one you mean"
        after = toks[i + 1].text
        return before in _DETERMINERS and after.isalpha() and not is_number_word(after) and after not in FILLERS \
            and after not in HOMOPHONES
    return before in _DETERMINERS or (i > 1 and toks[i - 2].text in _DETERMINERS and before.isalpha()
                                      and not is_number_word(before) and before not in FILLERS)


def hesitation_before(toks: list[Token], k: int) -> int:
    """The length in tokens of a hesitation of more than one word ending at token `k`; 0: none."""
    for words in _ENDING.get(toks[k].text, ()):
        if k + 1 >= len(words) and tuple(t.text for t in toks[k + 1 - len(words):k + 1]) == words:
            return len(words)
    return 0


_CODES_NAMED_WITH_2 = frozenset({"cv", "cvv", "cvc"})


def units(text: str) -> list[Unit | None]:
    """The text's digit groups in order; None where something that is not a filler ends a run. A group
    said after a repair is marked `repaired`."""
    toks = tokens(text)
    out: list[Unit | None] = []
    fillers, repaired, paused = 0, False, False
    i, count = 0, len(toks)
    while i < count:
        t = toks[i]
        if t.text not in _NOTABLE and (not out or out[-1] is None) and t.text[0].isalpha() and \
                (i + 1 == count or toks[i + 1].text != "-"):
            i, paused, fillers = i + 1, True, 0  # most tokens: a word, no run open
            continue
        if t.text == "2" and i and toks[i - 1].end == t.start and toks[i - 1].text in _CODES_NAMED_WITH_2:
            if out and out[-1] is not None:  # a code's name ("cv2 396", "cvv2: 123"): a word's part, no group
                out.append(None)
            i, paused, fillers = i + 1, True, 0
            continue
        if i + 1 < count and toks[i + 1].text == "-" and (cut := stutter_at(toks, i)):
            if _said_before_cut(text, out, toks[i]):
                out.pop()  # "six, six- six": one six, begun twice
            i += cut  # "fi- five", "three- three": the word cut off and said again
            continue
        if t.text == "not" and repaired and i + 1 < count and _said_digits(toks[i + 1]):
            i += 1  # "..., sorry, not nine, ...", "no, not 43, ...", "no, not nine eight oh three": the group
            while i < count and _said_digits(toks[i]):  # taken back, named: up to the pause after it
                i += 1
            continue
        if t.text in ("oh", "o") and out and out[-1] is not None and fillers < MAX_FILLERS and \
                (aside := aside_at(text, i)):
            fillers, paused, i = fillers + 1, True, i + aside  # "4014... | Oh sorry, you go. | 5517": no zero
            continue
        # "the next six are": a filler, its count no digit (before "the next", a hesitation: "And the next?")
        if (t.text in _POSITIONS or t.text in ("the", "and") or t.text in _NUMBER_WORDS or t.text in _ORDINALS or
                t.text in _GROUP_NAMES) and (counted := count_at(toks, i)):
            phrase = (counted, False)
        else:
            phrase = _phrase_at(toks, i) if t.text in _PHRASES else None
            if phrase and toks[i + phrase[0] - 1].text in _POSITIONS and i + phrase[0] < count and \
                    toks[i + phrase[0]].text in _NUMBER_WORDS:
                phrase = None  # "And the next four?": the count read from "the", the "and" a filler
        # Most tokens are ordinary words: only a digit or a number word can begin a group.
        numeric = phrase is None and (t.text[0].isdigit() or t.text in _NUMBER_WORDS or t.text in HOMOPHONES or
                                       t.text in OWN_LANGUAGE) and \
            not _pronoun_one(text, toks, i)
        unit, i_next = unit_at(toks, i) if numeric else (None, i)
        if unit is not None:
            last = out[-1] if out else None
            if last is not None and unit.spoken and len(unit.digits) == 1 and unit.digits != "0" and \
                    last.digits[-1:] == "0" and cut_after_tens(text, (last.start, last.end), unit.start):  # 43
                out[-1] = last._replace(digits=str(int(last.digits) + int(unit.digits)), end=unit.end)
                fillers, repaired, paused, i = 0, False, False, i_next
                continue
            # a new segment is a pause too ("six five one three | 6 5 1 3": the other speaker's echo)
            paused = paused or (bool(out) and out[-1] is not None and "\n" in text[out[-1].end:unit.start])
            out.append(unit._replace(repaired=repaired, paused=paused) if repaired or paused else unit)
            fillers, repaired, paused = 0, False, False
            i = i_next
            continue
        paused = True
        if phrase and out and out[-1] is not None and aside_at(text, i) > phrase[0]:
            # a turn that opens with "sorry": the other speaker's ("Sorry, I talked over you."), passed over as an
            # aside; or the caller's repair ("sorry, I mean"), which the readings still take back a group for
            repaired, phrase = repaired or phrase[1], None
        if phrase and fillers < MAX_FILLERS:
            fillers += 1
            repaired = repaired or (phrase[1] and bool(out) and out[-1] is not None)
            i += phrase[0]
            continue
        if not t.text[0].isalnum() and t.text not in _CURRENCIES:  # punctuation: free
            pass
        elif out and out[-1] is not None and fillers < MAX_FILLERS and (aside := aside_at(text, i)):
            fillers += 1  # the other speaker's "Could you slow down a little?" inside the number
            i += aside
            continue
        elif (t.text in FILLERS or (t.text in TURN_OPENERS and "\n" in text[toks[i - 1].end:t.start])) and \
                fillers < MAX_FILLERS and not phrase:
            fillers += 1  # "... | Okay, next four. | it's 7393": "it's" opens the turn that goes on
        elif t.text == "after" and out and out[-1] is not None and fillers < MAX_FILLERS and _after_a_group(toks, i):
            fillers += 1  # "three four four one, after two seven nine three": a learner's "then"
        elif repaired and out and out[-1] is not None and (said := _why_repaired(text, toks, i, out)):
            i += said  # "..., no no, I read it upside down, two one four nine": the number goes on
            continue
        else:
            if out and out[-1] is not None:
                out.append(None)
            fillers, repaired = 0, False
        i += 1
    return out


def _after_a_group(toks: list[Token], i: int) -> bool:
    """Whether the "after" at `i` joins two groups said in words: after a comma or "then", before a digit word
    ("..., after two seven nine three"; not "... eighty-three. After 7:30 ...")."""
    return i + 1 < len(toks) and toks[i + 1].text in DIGIT_WORDS and toks[i - 1].text in (",", "then")


MAX_WHY = 6  # words saying why after a repair, before the number goes on


def _why_repaired(text: str, toks: list[Token], i: int, out: list[Unit | None]) -> int:
    """After a repair, the tokens from `i` that say why in a few words, in the same line, before the group taken
    back is said again as long as it was ("no no, I read it upside down, two one four nine"; "ugh, the light's
    bad, it's one four zero four"); 0 where none does ("sorry, you're breaking up, was it six ...?")."""
    line_end, words = text.find("\n", toks[i].start), 0
    for k in range(i, min(len(toks), i + 2 * MAX_WHY)):
        if 0 <= line_end < toks[k].start or toks[k].text == "?":
            return 0
        if _said_digits(toks[k]):
            return k - i if _group_length(toks, k) == _last_group_length(out) else 0
        if toks[k].text in _NUMBER_WORDS or toks[k].text in HOMOPHONES or (words := words + 1) > MAX_WHY:
            return 0  # "one", "for" said otherwise: not why
    return 0


def _group_length(toks: list[Token], k: int) -> int:
    """The digits of the group that begins at token `k`: digits written and digit words, up to a pause."""
    said = 0
    while k < len(toks) and _said_digits(toks[k]):
        said, k = said + (len(toks[k].text) if toks[k].text.isdigit() else 1), k + 1
    return said


def _last_group_length(out: list[Unit | None]) -> int:
    """The digits of the group said last: its units back to the one a pause came before."""
    said = 0
    for unit in reversed(out):
        if unit is None:
            break
        said += len(unit.digits)
        if unit.paused:
            break
    return said


def stutter_at(toks: list[Token], i: int) -> int:
    """How many tokens to pass over where token `i` is a word cut off against a hyphen and then said whole ("fi-
    five", "three- three"), or a stammer written against it, once or more ("th-three", "n-n-nine": the first
    letters, shorter than the word); 0: none. "twenty-three" is no stammer: "twenty" begins no "three"."""
    j, cut = i, toks[i]
    while j + 2 < len(toks) and toks[j + 1].text == "-" and toks[j + 1].start == toks[j].end and \
            toks[j + 2].text.startswith(cut.text) and \
            (toks[j + 2].start > toks[j + 1].end or _stammer(cut, toks[j + 2])):
        j += 2
    again = toks[j]
    if j == i or (again.text == cut.text and toks[j].start == toks[j - 1].end):
        return 0  # "n-n" alone, or "six-six"
    return j - i if again.text[0].isdigit() or again.text in _NUMBER_WORDS or again.text in HOMOPHONES else 0


def _stammer(cut: Token, then: Token) -> bool:
    """Whether `cut` against a hyphen is a stammer of `then`: letters, the same or fewer than three of its first."""
    return cut.text.isalpha() and (then.text == cut.text or len(cut.text) < min(len(then.text), 3))


def _said_before_cut(text: str, out: list[Unit | None], cut: Token) -> bool:
    """Whether the digit just before a word cut off ("six, six- six") is that digit begun once more: the same
    word, a pause between."""
    last = out[-1] if out else None
    return last is not None and last.spoken and len(last.digits) == 1 and \
        text[last.start:last.end].lower() == cut.text and any(ch in ",." for ch in text[last.end:cut.start])


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _among_digits(toks: list[Token], i: int) -> bool:
    """Whether homophone `i` ("for", "to", "ate", "won") says a digit. Between two digits (or homophones):
    where HOMOPHONE_DIGITS digits said plainly stand within HOMOPHONE_WINDOW words of it, or one among more
    homophones ("ate ate six"). At a run's edge:
    where the HOMOPHONE_WINDOW words on its other side are all single digits or homophones, one at least a
    digit said plainly ("too to seven won nine"), not "valid to oh three thirty-one"."""
    if i and toks[i - 1].text in _SENTENCE_ENDS and i + 1 < len(toks) and toks[i + 1].text[0].isalpha() and \
            not is_number_word(toks[i + 1].text) and toks[i + 1].text not in HOMOPHONES:
        return False  # a sentence's first word before a word ("... nine six nine seven. To confirm, press one")
    sides = [_digits_beside(toks, i, -1), _digits_beside(toks, i, 1)]
    if sides[0][2] + sides[1][2] > sides[0][1] + sides[1][1]:
        return False  # among more digits of another language than of English's: "to jeden osiem pięć, zero"
    if sides[0][0] and sides[1][0]:  # two digits said plainly near, or one among more homophones
        plain = sides[0][1] + sides[1][1]
        return plain >= HOMOPHONE_DIGITS or (plain and sides[0][0] + sides[1][0] > HOMOPHONE_DIGITS)
    return any(dense == HOMOPHONE_WINDOW and plain for dense, plain, _ in sides)


def _digits_beside(toks: list[Token], i: int, step: int) -> tuple[int, int, int]:
    """(how many of the HOMOPHONE_WINDOW words beside `i` in the direction of `step` are single digits or
    homophones before any other word, how many of them are digits said plainly, in English or as numerals, how
    many digits of another language); punctuation passed over."""
    k, dense, plain, foreign, seen = i + step, 0, 0, 0, 0
    while 0 <= k < len(toks) and seen < HOMOPHONE_WINDOW:
        w = toks[k].text
        k += step
        if not w[0].isalnum():
            continue
        seen += 1
        if w not in _SAID_DIGITS and w not in HOMOPHONES:
            break
        dense += 1
        plain += w in _PLAIN_DIGITS
        foreign += w in _SAID_DIGITS and w not in _PLAIN_DIGITS
    return dense, plain, foreign


def unit_at(toks: list[Token], i: int) -> tuple[Unit | None, int]:
    t = toks[i]
    if t.text.isdigit():
        return Unit(t.text, t.start, t.end, False), i + 1
    if t.text in OWN_LANGUAGE and i + 1 < len(toks) and toks[i + 1].text == "og" and (pair := pair_at(toks, i)):
        return Unit(str(pair[0]), t.start, toks[pair[1] - 1].end, True), pair[1]  # Danish's "fire og tredive"
    if t.text in OWN_LANGUAGE and _beside_own(toks, i, OWN_LANGUAGE[t.text]):  # "dois um um", "ni to ni syv"
        return Unit(str(OWN_DIGITS[t.text]), t.start, t.end, True), i + 1
    if t.text in HOMOPHONES:
        return (Unit(HOMOPHONES[t.text], t.start, t.end, True), i + 1) if _among_digits(toks, i) else (None, i)
    if t.text in REPEATS:  # "double four", "double, uh, four"
        k = i + 1
        while k < min(len(toks), i + 2 + MAX_FILLERS) and (toks[k].text in FILLERS or not toks[k].text[0].isalnum() or
                                                           (k == i + 1 and toks[k].text in _REPEATED_ONE)):
            k += 1
        if k < len(toks) and (d := _digit_of(toks[k])) is not None:
            return Unit(d * REPEATS[t.text], t.start, toks[k].end, True), k + 1
    if t.text == "dos" and i and toks[i - 1].text in ("au", "le", "du"):
        return None, i  # French's back: "les trois chiffres au dos"
    if t.text in OWN_LANGUAGE:  # "um, four", "do you", "teen", "en route": other words
        return None, i
    if not is_number_word(t.text) or (t.text in WORDS_TOO and not _beside_number(toks, i)):
        return None, i  # "un numéro", "amount due", "null and void": words
    if (pair := pair_at(toks, i)) is not None:  # "quatre-vingt-douze", "setenta y seis"
        return Unit(str(pair[0]), t.start, toks[pair[1] - 1].end, True), pair[1]
    if t.text in ("oh", "o"):
        if not (_numeric(toks, _neighbour(toks, i, -1)) or _numeric(toks, _neighbour(toks, i, 1))) or \
                _exclaimed(toks, i):
            return None, i  # "oh, I see", "What's after that? Oh. Okay, seven ...": not a zero
        return Unit("0", t.start, t.end, True), i + 1
    value, j, multiplied = _compound(toks, i)
    if multiplied:
        return Unit(str(value), t.start, toks[j - 1].end, True), j
    ones = toks[i + 1].text if i + 1 < len(toks) else ""
    if t.text in TENS and ones in DIGIT_WORDS and DIGIT_WORDS[ones]:
        return Unit(str(TENS[t.text] + DIGIT_WORDS[ones]), t.start, toks[i + 1].end, True), i + 2
    if t.text in TENS and _hyphened_ones(toks, i):
        return Unit(str(TENS[t.text] + DIGIT_WORDS[toks[i + 2].text]), t.start, toks[i + 2].end, True), i + 3
    if t.text in TENS:
        return Unit(str(TENS[t.text]), t.start, t.end, True), i + 1
    if t.text in TEENS:
        return Unit(str(TEENS[t.text]), t.start, t.end, True), i + 1
    if t.text in DIGIT_WORDS:
        return Unit(str(DIGIT_WORDS[t.text]), t.start, t.end, True), i + 1
    return None, i  # "hundred" or "thousand" alone


@per_text(maxsize=4)
def runs(text: str) -> list[list[Unit]]:
    """The digit runs of the text: groups said one after the other, with only fillers between."""
    found: list[list[Unit]] = [[]]
    for unit in units(text):
        if unit is None:
            found.append([])
        else:
            found[-1].append(unit)
    return [run for run in found if run]


def by_line(text: str, run: list[Unit]) -> list[list[Unit]]:
    """The run's units line by line: a run read on across the other speaker's turn holds one value's groups in
    its first line ("703, 78, 2202. | The middle two again? | seven eight."), a detail asked for in each of
    the next ("Expiry, month first? | Um, 06. | And the year? | Oh, thirty.")."""
    parts = [[run[0]]]
    for before, unit in pairwise(run):
        if "\n" in text[before.end:unit.start]:
            parts.append([])
        parts[-1].append(unit)
    return parts
