"""Payment cards: 13 to 19 digits, Luhn-valid, with a prefix and length a card network issues, written
or said in any mix of digits and words; then the expiry date and security code when they follow a card
in the conversation (named, or in the order people give them), or an expiry said just before one ("It runs
out 04/27. Number: ...")."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from itertools import pairwise

from services.transcripts.redaction.banking import after_account_named, after_iban_head
from services.transcripts.redaction.checksums import card_network, luhn_valid
from services.transcripts.redaction.dates import MONTHS_ABROAD
from services.transcripts.redaction.entities import (
    CARD_EXPIRY,
    CARD_SECURITY_CODE,
    CREDIT_CARD,
    Entity,
    last_mention,
    words,
)
from services.transcripts.redaction.markup import kept_apart
from services.transcripts.redaction.readings import announced, groups, joined, readings, spans
from services.transcripts.redaction.spoken import FILLERS, Unit, hesitation_at, repair_at, runs
from services.transcripts.redaction.tokens import token_starts, tokens

_INTERNATIONAL = re.compile(r"(?:\+|\bplus\s+)$", re.I)  # said just before a run: a phone number's country code
_NETWORK_FIRST_DIGITS = frozenset("123456")  # every network's numbers start with one of these
FOLLOWS_WITHIN = 200  # characters after a card where its expiry and code are looked for
_EXPIRY_WORDS = re.compile(r"expir|\bexp\b|\bvalid (?:thru|through|until|till|to)\b|"
                           r"\bgood (?:thru|through|until|till)\b|\bruns? out\b|"
                           r"\bdate on (?:the (?:front|card)|it)\b|"
                           # Spanish, Portuguese, German, Italian, French, Dutch
                           r"caduc|vencimiento|\bvence\b|validade|v[aá]lido at[eé]|\bvale at[eé]\b|g[uü]ltig bis|"
                           r"ablauf|scadenza|"
                           r"\bscade\b|valable jusqu|date de validit|date d'expiration|vervaldatum|geldig tot|"
                           # Swedish, Danish, Norwegian: "det går ut", "gäller till", "udløber", "utløpsdato"
                           r"\bg[åa]r ut\b|g[äa]ller till|giltigt? till|utg[åa]ng|udl[øo]b|utl[øo]p|gyldigt? til|"
                           # Czech: "platnost do", "platí do"
                           r"\bplatnost do\b|\bplat[ií] do\b|"
                           # Polish: "Do kiedy jest ważna?", "data ważności"
                           r"do kiedy jest wa[żz]na|\bwa[żz]na do\b|(?:data|termin) wa[żz]no[śs]ci|"
                           # a Brazilian chat's "venc 06-34", "val. 04-30"; Slovak's "platná do", "platnosť do";
                           # Hungarian's "lejár", "érvényes"
                           r"\bvenc\b|\bval\.|\bplatn(?:[áa]|os[tť]) do\b|\blej[áa]r|[ée]rv[ée]nyes|"
                           # Greek: "Πότε λήγει η κάρτα;", "ημερομηνία λήξης"
                           r"λ[ήη]γει|λ[ήη]ξη", re.I)
# "valid from 09/22, expires 10/29", "from 05 22 to 12 27": the date after "from" is when the card began; in other
# languages after a word of validity ("platnost od ... do ...", "gültig ab", "válido desde", "geldig vanaf": their
# "from" alone says other things too, "scade fra 05 28", "läuft ... ab").
_FROM = re.compile(r"\b(?:from|(?:g[uü]ltig|gyldig|giltig|platnost|platn[aá]|v[aá]lid[oa]?|valable|geldig) "
                   r"(?:od|ab|von|seit|desde|depuis|dal|vanaf|fr[åa]n|fra))\W*$", re.I)
_UNTIL = re.compile(r"^\W*(?:to|until|till|thru|through|do|bis|hasta|jusqu'au|al|at[ée]|tot|til)\W*$", re.I)
BEFORE_WITHIN = 120  # characters before a card where an expiry said first is looked for
# what each of those words begins with
_EXPIRY_FIRST = ("exp", "valid", "good", "run out", "runs out", "date on", "caduc", "venc", "válido", "vale", "gültig",
                 "gultig", "ablauf", "scad", "valable", "vervaldatum", "geldig", "går ut", "gar ut", "gäller", "galler",
                 "giltig", "utgång", "utgang", "udløb", "udlob", "utløp", "utlop", "gyldig", "platnost", "platí",
                 "plati", "do kiedy", "ważna", "wazna", "data wa", "termin wa")
# A card's code as Polish, Italian, Dutch and French speakers name it, and "printed on the back": shared with
# card_details' names of a code said on its own.
CODE_NAMED_ABROAD = (r"cyfry z ty[lł]u|kod zabezpiecze|sigurnosni kod|varnostna koda|g[üu]venlik kodu|kodi i sigurie|"
                     r"cifre (?:dietro|sul retro)|retro della carta|"
                     r"cijfers op de achterkant|chiffres au dos|beveiligingscode|achterop|code de s[ée]curit[ée]|"
                     r"\bau verso\b|printed on the back|digits on the front|"
                     # "the three numbers at the back", of the card or nothing else
                     r"(?:three|four|3|4) (?:numbers|digits) (?:at|on) the back(?! of (?:the|your|my|its) (?!card))|"
                     # an American Express code described: "four little digits above the number", "a four-digit
                     # number printed on the front"
                     r"(?:digits|number) (?:printed )?(?:on the front|above the (?:long |card )?number)|"
                     r"printed on the front|"
                     # Swedish, Danish, Norwegian: "CVC-koden på baksidan", "sikkerhedskoden bag på kortet"
                     r"s[äa]kerhetskod|sikkerhedskode|sikkerhetskode|kontrolcifre|baksidan|baksiden|bagsiden|"
                     r"bag p[åa] kortet|bak p[åa] kortet|sifrene bak|"
                     # Czech: "kód na zadní straně", "bezpečnostní kód", "kód" alone (its post code is "PSČ")
                     r"z[aá]dn[ií] stran|bezpe[cč]nostn[ií] k[oó]d|\bkód\b|[čc][ií]slice vzadu|"
                     # Portuguese: "os três de trás"
                     r"tr[eê]s de tr[aá]s|"
                     # Slovak: "tri čísla na zadnej strane", "bezpečnostný kód"; Romanian: "codul de securitate",
                     # "pe spatele cardului"; Hungarian: "biztonsági kód", "a hátoldalon"
                     r"zadnej stran|bezpe[cč]nostn[ýy] k[óo]d|codul? (?:de )?securitate|spatele cardului|"
                     r"biztons[áa]gi k[óo]d|h[áa]toldal|"
                     # Greek: "ο κωδικός ασφαλείας στο πίσω μέρος"  # noqa: RUF003
                     r"κωδικ[όο]ς ασφαλε[ίι]ας|π[ίι]σω μ[έε]ρος|ψηφ[ίι]α απ[όο] π[ίι]σω")  # noqa: RUF001 (Greek)
CODE_WORDS = re.compile(r"security code|\bcvv|\bcvc|\bcv2|\bcid\b|verification|"
                        r"back of the card|back side|three digit|"
                        r"four digit|(?<!zip )(?<!area )(?<!post )(?<!postal )(?<!promo )\bcode\b|"
                        # Spanish's and Portuguese's "código" after a card and its expiry, not a post code's
                        r"\bc[oó]digo\b(?! postal| de [áa]rea| de barras| promo)|\bc[oó]d\. ?seg\b|"
                        # German, French, Spanish, Italian, Portuguese, Dutch
                        r"sicherheitscode|pr[uü]fnummer|pr[uü]fziffer|ziffern (?:hinten|auf der r[uü]ckseite)|"
                        r"cryptogramme|c[oó]digo de seguridad|codice di sicurezza|c[oó]digo de seguran[cç]a|"
                        r"veiligheidscode|"
                        # the digits on the back in those languages and Polish: "le tre cifre dietro", "sul retro"
                        r"(?:tre|tres|tr[eê]s|trois|drei|trzy|quattro|cuatro|quatre|vier) (?:cifre|d[ií]gitos|"
                        r"chiffres|ziffern|cyfry)|\bsul retro|\bdietro\b|de atr[aá]s|detr[aá]s|\bau dos\b|"
                        rf"verso do cart|n[úu]meros do verso|{CODE_NAMED_ABROAD}", re.I)


_COUNT = re.compile(r"(?:three|four|tre|tres|tr[eê]s|trois|drei|trzy|quattro|cuatro|quatre|vier)\b", re.I)


def find_cards(text: str) -> list[Entity]:
    """In each run, after a repair if it has one and a card is said there (the redaction then covers the
    digits taken back too), else in the whole run; then two runs read as one across a few words."""
    found: list[Entity] = []
    every, carded = runs(text), set()
    for index, run in enumerate(every):
        if _INTERNATIONAL.search(text, max(0, run[0].start - 6), run[0].start) or run[0].digits.startswith("00"):
            continue  # "plus four four ...", "double oh four four ...": a number to call from abroad
        if index and index - 1 not in carded and joined(run)[0] == joined(every[index - 1])[0]:
            continue  # the run before read back ("So that's 5 6 5 4, ..."): no card in it, none in this
        if not run[0].spoken and run[0].start and text[run[0].start - 1].isalpha():
            continue  # digits written against letters ("NO48 6264 ...", "PT58, 4911, ..."): a code's, no card's
        if sum(len(u.digits) for u in run) in _BARCODE_LENGTHS and \
                _BARCODE_NAMED.search(text[max(0, run[0].start - BARCODE_NAMED_WITHIN):run[0].start].lower()):
            continue  # "EAN 4 310209 289296": a product's barcode, whose check digit Luhn's sometimes passes too
        for reading in [*readings(run), *announced(run)]:  # then without a count said before its last group
            if cards := [c for c in _cards_in(reading) if not _DATE_WRITTEN.search(text, c.start, c.end)]:
                if after_iban_head(text, run[0].start, sum(len(u.digits) for u in run) if run[0].spoken else 0):
                    break  # after an IBAN's country said apart ("F I twenty-five, 3578 ..."): a code's, no card's
                if after_account_named(text, run[0].start) and \
                        not any(c.start == reading[0].start and c.end == reading[-1].end for c in cards):
                    break  # after an account's name, a card inside its digits: the account's
                if reading is not run and cards[0].start == reading[0].start:
                    cards[0] = replace(cards[0], start=run[0].start)
                if reading is not run and cards[-1].end == reading[-1].end:
                    cards[-1] = replace(cards[-1], end=run[-1].end)  # the last group's echo after it
                found += cards
                carded.add(index)
                break
    return found + _broken_off(text, every, carded)


_BARCODE_NAMED = words(r"\b(?:ean(?:-?13|-?8)?|upc|gtin|isbn|barcode|bar code|code-barres|strichcode)\W{0,3}$")
BARCODE_NAMED_WITHIN = 16
_BARCODE_LENGTHS = frozenset({8, 12, 13, 14})  # EAN-8, UPC-A, EAN-13, GTIN-14
# A date written with slashes ("3/11/2025") is no part of a card number, which is never written so.
_DATE_WRITTEN = re.compile(r"\d/\d{1,2}/\d")
_NUMBER_NAMED = words(r"card|numbers?\b|digits")
BROKEN_OFF_WITHIN = 80  # characters between the two parts of a card said with other words between
INTERRUPTED_WITHIN = 400  # the same where the speaker broke off the first part ("... sorry, hang on")
LATER_RUNS = 4  # runs after a part broken off tried as its rest, at most
NAMED_WITHIN = 200


def _broken_off(text: str, every: list[list[Unit]], carded: set[int]) -> list[Entity]:
    """A card said in two parts with other words between them ("six, five, five, five ... Grandma, I can't see
    this bit. Okay, um, two, four, ..."): two runs of four digits or more close together, neither a card,
    whose digits together, all of them, are one, where a card or the numbers being read are named before (not
    a number read back: the same digits twice)."""
    found: list[Entity] = []
    for index in range(len(every) - 1):
        first = every[index]
        if index in carded or len(head := "".join(u.digits for u in first)) < 4:
            continue
        # broken off by the speaker ("4356, 9622... sorry, the kettle's going"), the rest may come after the other
        # speaker's turn and chatter with numbers of its own ("it's gone four o'clock"): the next runs of four
        # digits or more within a longer reach, each tried
        # (a card is read in fours: a first part of another length, "404 555 0199...", is a number to call's)
        interrupted = _interrupted(text, first[-1].end) and len(head) % 4 == 0
        reach, tries = (INTERRUPTED_WITHIN, LATER_RUNS) if interrupted else (BROKEN_OFF_WITHIN, 1)
        for later in range(index + 1, min(len(every), index + 1 + tries)):
            second = every[later]
            if later in carded or second[0].start - first[-1].end > reach or \
                    kept_apart(text, first[-1].end, second[0].start):
                break
            tail = "".join(u.digits for u in second)
            if interrupted and _NAMED_BETWEEN.search(text[first[-1].end:second[0].start].lower()):
                break  # another number named just before it ("You sent me a code, it's 482913")
            if len(tail) < 4 and interrupted:
                continue  # the chatter's own number ("three parcels")
            digits = head + tail
            if head == tail or not 13 <= len(digits) <= 19 or len(tail) < 4:
                break
            if card_network(digits) is not None and luhn_valid(digits) and \
                    ((interrupted and not _another_number_named(text, first[0].start)) or
                     last_mention(text, _NUMBER_NAMED, first[0].start, NAMED_WITHIN) >= 0):
                # each part hidden, not the words between them ("sorry, the kettle's going")
                spoken = any(u.spoken for u in (*first, *second))
                found += [Entity(CREDIT_CARD, part[0].start, part[-1].end, "card-spoken" if spoken else "card-luhn",
                                 1.0, digits) for part in (first, second)]
                carded.add(later)
                break
    return found


# Another number's name ("What's the order number, love?"), said after any card's before a number broken off
_ANOTHER_NUMBER = words(r"\border\b|reference|\bref\b|confirmation|tracking|booking|voucher|\bgift\b|invoice|policy|"
                        r"account|member|customer|serial|ticket|\bcase\b|claim|parcel|pedido|commande|bestell")
# a number's name said between a card's part broken off and a later run: that run is the named number
_NAMED_BETWEEN = words(r"\bcode\b|\bzip\b|post ?code|\bpin\b|\botp\b|reference|\border (?:number|no)")
# A card named, in the languages the recognizers read (card_details' expiry said alone needs one too)
CARD_SPOKEN = words(r"\bcard\b|\bvisa\b|mastercard|\bamex\b|american express|discover|\btarjeta|\bcarte\b|"
                     r"\bkarte\b|\bcarta\b|cart[aã]o|\bpas\b|\bkart[ayu]\b|\bkort(?:et|ets|nummer|numret)\b|"
                     # Romanian's "cardul", Hungarian's "kártya", "kártyán", Greek's "κάρτα"
                     r"\bcardul(?:ui)?\b|\bk[áa]rty[aá]\w{0,3}|κ[άα]ρτα|"
                     # Croatian's and Slovene's "kartica", Bulgarian's "kartata", Turkish's "karti" (its i dotless
                     # too), Welsh's "cerdyn"
                     r"\bkartic\w{1,3}|\bkartata\b|\bkart[\u0131i]\b|\bkart[\u0131i]n[\u0131i]z\w{0,3}|\bcerdyn\b")


def _another_number_named(text: str, start: int) -> bool:
    card = last_mention(text, CARD_SPOKEN, start, NAMED_WITHIN)
    return last_mention(text, _ANOTHER_NUMBER, start, NAMED_WITHIN) > card


def _interrupted(text: str, end: int) -> bool:
    """Whether the words just after a run break off with a hesitation or a repair ("..., hang on, it's worn off
    here, ...", "... sorry, the dog... okay, ..."): the speaker interrupting the number, to go on with it."""
    toks = tokens(text)
    i = bisect_left(token_starts(text), end)
    while i < len(toks) and not toks[i].text[0].isalnum():
        i += 1
    return i < len(toks) and (hesitation_at(toks, i) > 0 or repair_at(toks, i) > 0)


def _cards_in(run: list[Unit]) -> list[Entity]:
    """From each unit of a run, the longest stretch that is a card; the next looked for after it."""
    found: list[Entity] = []
    digits, bounds = joined(run)
    if len(digits) == 16 and [len("".join(u.digits for u in g)) for g in groups(run)] == [4, 4, 4, 4] and \
            not luhn_valid(digits):
        return []  # said in a card's four groups of four, and not one: no card either from its second digit
    if len(digits) >= 13:
        first = 0
        while first < len(run):
            if (last := _card_from(digits, bounds, first)) is None or _inside_typed(run, first, last):
                first += 1
                continue
            spoken = any(u.spoken for u in run[first:last + 1])
            found.append(Entity(CREDIT_CARD, run[first].start, run[last].end,
                                "card-spoken" if spoken else "card-luhn", 1.0, digits[bounds[first]:bounds[last + 1]]))
            first = last + 1
    return found


def _inside_typed(run: list[Unit], first: int, last: int) -> bool:
    """Whether units `first`..`last` are written digits with more written on each side, a space or a hyphen
    apart: part of a longer number typed out ("... 2893 2364 7058 7100 8678 2", an IBAN's digits), no card."""
    if first == 0 or last == len(run) - 1:
        return False
    typed = run[first - 1:last + 2]
    return not any(u.spoken for u in typed) and all(b.start - a.end == 1 for a, b in pairwise(typed))


def _card_from(digits: str, bounds: list[int], first: int) -> int | None:
    """The last unit of the longest card number that starts at unit `first`, if any."""
    begin = bounds[first]
    if digits[begin] not in _NETWORK_FIRST_DIGITS:
        return None
    low = bisect_left(bounds, begin + 13, first + 1)
    for after in range(bisect_right(bounds, begin + 19, low) - 1, low - 1, -1):
        number = digits[begin:bounds[after]]
        if len(number) == 13 and (after < len(bounds) - 1 or first > 0):
            continue  # 13 digits (an old Visa) only as a whole run: inside a longer one, a misread far more often
        if card_network(number) is not None and luhn_valid(number):
            return after - 1
    return None


def find_card_details(text: str, cards: list[Entity]) -> list[Entity]:
    """The expiry and security code said after each card, where words say which is which (or a slash
    writes an expiry); or, named by nothing, in the order people give them: right after the card an expiry
    whose year a card could have, then three or four digits, its code ("..., oh one thirty-one, one two eight",
    "340234456707490 / 10/27 / 6488")."""
    found: list[Entity] = []
    every = runs(text)
    ends = [run[-1].end for run in every]
    starts: dict[int, list[int]] = {}  # each run's units' starts, made once: a run may hold many cards
    for card in cards:
        window_end = card.end + FOLLOWS_WITHIN
        said_from, began, first, after_expiry, carried = card.end, False, True, False, ""
        if before := _expiry_before(text, card, every, ends):
            found.append(before)
        for index in range(bisect_right(ends, card.end), len(every)):
            whole = every[index]
            if whole[0].start >= window_end:
                break
            at = starts.get(index) or starts.setdefault(index, [u.start for u in whole])
            begins = bisect_left(at, card.end)
            moved = whole[begins:bisect_left(at, window_end)]
            if not moved:
                continue
            said, said_from = text[said_from:moved[0].start], moved[-1].end  # the words just before this run
            if carried and "\n" in said and len(said) - said.rfind("\n") <= OPENS_LINE:
                said = carried + said  # the keys in the line after the prompt's counts ("DTMF: 0 9 3 0")
            carried = ""
            # in the order people give them: in the card's own line after a pause (or the card's digits said one by
            # one, then pairs: "... four two eleven thirty-four"), no word but fillers between, no more digits than
            # an expiry and a code hold (a card's read-back is no detail of it)
            in_order = (first or after_expiry) and "\n" not in said and _fillers_only(said) and \
                (moved[0].paused or (begins > 0 and _pairs_after_digits(whole[begins - 1], moved[0]))) and \
                _digit_count(moved) <= MAX_DETAIL_DIGITS
            first = False
            if _FROM.search(said[-12:]):
                began = True
                continue
            # named an expiry, unless the code is named after it ("E la scadenza? | Scade settembre duemilatrentatré.
            # | Mi serve anche il CVV ... | quattro, due, quattro")
            if (_EXPIRY_WORDS.search(said) and not _code_named_last(said)) or \
                    "/" in text[moved[0].start:moved[-1].end] or (began and _UNTIL.match(said)):
                if expiry := expiry_of(moved, named=text) or \
                        expiry_of(_with_year(text, moved, every, index, window_end), named=text):
                    found += [expiry, *_code_after(moved, expiry)]
                    after_expiry = True
                    continue
                if _COUNTS.match(text, moved[0].end):  # "the expiry date, two digits for the month and two for the
                    carried = said  # year. | 0 9 3 0": the prompt's counts, the expiry named for the run after them
                    continue
            if CODE_WORDS.search(said) and (code := code_of(moved, card.value)):
                found.append(code)
            elif in_order and after_expiry and _digit_count(moved) in (3, 4) and (code := code_of(moved)):
                found.append(code)
            elif in_order and (expiry := expiry_of(moved)) is not None and a_cards_year(expiry.value):
                found += [expiry, *_code_after(moved, expiry)]
                after_expiry = True
                continue
            after_expiry = False
        if (m := month_expiry(text, card.end, window_end)) and _EXPIRY_WORDS.search(text, card.end, m.start()):
            found.append(Entity(CARD_EXPIRY, m.start(), m.end(), "card-expiry-month", 0.9, m.group().lower()))
    return found


_COUNTS = re.compile(r"\s*(?:digits?|numbers?|characters?|for the (?:month|year))\b", re.I)
OPENS_LINE = 12  # characters before a run in its line, at most, for it to open the line ("DTMF: ", "Caller: ")


def _code_named_last(said: str) -> bool:
    """Whether the words between a card and a run name its code in a later turn than its expiry, or after an expiry
    said by its month's name (a count of digits names neither: "the expiration date as four digits"; "the expiry
    and the code" in one turn are said in that order)."""
    code = [m.start() for m in CODE_WORDS.finditer(said) if not _COUNT.match(m.group())]
    expiry = max((m.start() for m in _EXPIRY_WORDS.finditer(said)), default=-1)
    # or in the same turn after the expiry was said by its month's name ("Gültig bis Juli zweitausenddreißig, CVC")
    return bool(code) and code[-1] > expiry and ("\n" in said[expiry + 1:code[-1]] or
                                                 (expiry >= 0 and month_expiry(said, expiry, code[-1]) is not None))


MAX_DETAIL_DIGITS = 10  # an expiry of six digits at most and a code of four
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word between a card and a run: the run is named, or no detail of it


def _fillers_only(said: str) -> bool:
    """Whether the words between a card and a run are fillers at most ("and then", "uh"): no word names it."""
    return all(m.group().lower() in FILLERS for m in _WORD.finditer(said))


def _pairs_after_digits(before: Unit, unit: Unit) -> bool:
    """Whether `unit` is a pair said in words right after a digit said alone: where a card read a digit at a time
    ends and its expiry, said in pairs, begins."""
    return before.spoken and unit.spoken and len(before.digits) == 1 and len(unit.digits) == 2


def a_cards_year(expiry: str) -> bool:
    """Whether an expiry's year (its last two digits, or four) is one a card in use could have (this year's, asked
    each time: a worker runs past New Year)."""
    year, this_year = int(expiry[-2:]) if len(expiry) in (3, 4) else int(expiry[-4:]) - 2000, date.today().year % 100
    return this_year - 2 <= year <= this_year + 12


def _digit_count(run: list[Unit]) -> int:
    return sum(len(u.digits) for u in run)


def _after_digits(run: list[Unit], digits: str) -> list[Unit]:
    """The run's units after those that say `digits` first; [] where it does not begin with them."""
    said = ""
    for k, unit in enumerate(run):
        said += unit.digits
        if said == digits:
            return run[k + 1:]
        if not digits.startswith(said):
            return []
    return []


def _code_after(run: list[Unit], expiry: Entity) -> list[Entity]:
    """The security code said in the same run just after an expiry: three or four digits, all that is left."""
    rest = [u for u in run if u.start >= expiry.end]
    if _digit_count(rest) not in (3, 4):
        return []
    return [Entity(CARD_SECURITY_CODE, rest[0].start, rest[-1].end, "card-code", 0.9, "".join(u.digits for u in rest))]


def _expiry_before(text: str, card: Entity, every: list[list[Unit]], ends: list[int]) -> Entity | None:
    """An expiry said just before the card, words that say it is one before it ("Expiry first, it's 05/33,
    then the long number, ...", "It runs out October twenty twenty-nine, and the number is ...")."""
    low = max(0, card.start - BEFORE_WITHIN)
    window = text[low:card.start].lower()
    if not any(word in window for word in _EXPIRY_FIRST):  # most cards: no expiry named before them
        return None
    last = bisect_right(ends, card.start)
    for index in range(last - 1, max(-1, last - 4), -1):
        run = every[index]
        if run[0].start < low:
            break
        said = text[ends[index - 1] if index and ends[index - 1] > low else low:run[0].start]
        if _EXPIRY_WORDS.search(said) and not _FROM.search(said) and (expiry := expiry_of(run, named=text)):
            return expiry
    if (m := month_expiry(text, low, card.start)) and _EXPIRY_WORDS.search(text, low, m.start()):
        return Entity(CARD_EXPIRY, m.start(), m.end(), "card-expiry-month", 0.9, m.group().lower())
    return None


_YEAR_ONES = "(?:one|two|three|four|five|six|seven|eight|nine)"
# "expires March twenty seven", "valid through Sept. 2029", "the seventh month, twenty-eight": a month's
# name (or its number as an ordinal) and a year (its last two digits or all four, in digits or words), after
# words that say it is an expiry.
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_MONTH_EXPIRY = re.compile(
    rf"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{{0,6}}\.?|"
    rf"(?:the )?(?:{_ORDINALS}|1[0-2]th|[4-9]th|1st|2nd|3rd) month),? "
    rf"(?:of |in )?"
    rf"(?:20\d\d\b|['\u2019]?\d\d\b|(?:2[4-9]|3\d)(?:st|nd|rd|th)\b|"  # "It expires June 34th": a year heard as a day
    rf"(?:twenty |two thousand (?:and )?)?(?:twenty|thirty)(?:[ -]{_YEAR_ONES})?\b)", re.I)
# Other languages' months (dates.MONTHS_ABROAD), and their years in digits or in words ("settembre
# duemilatrentatré", "agosto de dos mil veintinueve", "mars deux mille trente", "Mai zweitausendachtundzwanzig",
# "maj dwa tysiące trzydzieści").
_ROMANIAN_ONES = r"(?:unu|doi|dou[aă]|trei|patru|cinci|[sșş]ase|[sșş]apte|opt|nou[aă])"
_ROMANIAN_TENS = rf"(?:(?:dou[aă]zeci|treizeci)(?: [sșş]i {_ROMANIAN_ONES})?)"
_SLOVAK_TENS = r"(?:(?:dvadsa|tridsa)[tť](?: ?(?:jeden|dva|tri|[sš]tyri|p[äa][tť]|[sš]es[tť]|sedem|osem|dev[äa][tť]))?)"
_YEAR_ABROAD = (r"20\d\d\b|['\u2019]?\d\d\b|duemila\w{0,20}|dos mil(?: \w{1,14}){1,3}|dois mil(?: \w{1,14}){1,4}|"
                r"deux mille(?:[ -]\w{1,10}){1,3}|zweitausend\w{0,24}|tweeduizend\w{0,24}|"
                r"dwa tysi[aą]ce(?: (?:(?:dwadzie[sś]cia|trzydzie[sś]ci)(?: (?:jeden|dwa|trzy|cztery|pi[eę][cć]|"
                r"sze[sś][cć]|siedem|osiem|dziewi[eę][cć]))?|(?:dwudziestego|trzydziestego)(?: [^\W\d_]{4,10}ego)?))?|"
                # Dutch's and German's years of the card's decade and the next in their last two digits alone
                r"(?:\w{2,6}[eë]n)?(?:twintig|dertig)\b|(?:\w{2,6}und)?(?:zwanzig|drei(?:ß|ss)ig)\b|"
                # Swedish's and Norwegian's, the tens first ("trettioett", "tjueåtte"), after the thousands too
                # ("totusen og tretti", "tvåtusentrettio")
                r"(?:(?:to|två|tva)tusen(?: og |och )?)?(?:tjugo|trettio|tjue|tretti)\w{0,5}\b|"
                # Romanian's ("două mii douăzeci și opt", "treizeci și unu"), Slovak's ("dvetisíctridsať", "dve tisíc
                # tridsať", "dvadsaťosem") and Hungarian's ("kétezer-harminc", "huszonnyolc")
                rf"dou[aă] mii(?: {_ROMANIAN_TENS}| {_ROMANIAN_ONES})?\b|{_ROMANIAN_TENS}\b|"
                rf"dve ?tis[íi]c(?: ?{_SLOVAK_TENS})?|{_SLOVAK_TENS}\b|"
                r"k[ée]tezer(?:-?\w{1,20})?|(?:huszon|harminc)\w{0,8}\b|"
                # a year's last two digits in Italian's, Spanish's, Portuguese's and French's words ("novembre del
                # ventinove", "agosto de trinta", "marzo del treinta y uno", "juin trente-deux")
                r"(?:vent|trent)(?:[ia]?(?:uno|due|tr[eé]|quattro|cinque|sei|sette|nove)|otto|[ia])\b|"
                r"veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)\b|veinte\b|"
                r"treinta(?: y (?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?\b|"
                r"(?:vinte|trinta)(?: e (?:um|dois|tr[eê]s|quatro|cinco|seis|sete|oito|nove))?\b|"
                r"(?:vingt|trente)(?:[- ](?:et[- ]un|deux|trois|quatre|cinq|six|sept|huit|neuf))?\b")
_MONTH_EXPIRY_ABROAD = re.compile(rf"\b(?:{MONTHS_ABROAD})\b,? (?:(?:de |del |di |du |dell'|des )?)(?:{_YEAR_ABROAD})",
                                  re.I)


# The year first ("thirty-one, August", "2029, March"): a year in words or in four digits, then an English month.
_YEAR_THEN_MONTH = re.compile(
    rf"\b(?:20[2-4]\d|(?:twenty|thirty)(?:[ -]{_YEAR_ONES})?),? "
    rf"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{{0,6}}\b", re.I)


def month_expiry(text: str, start: int, end: int) -> re.Match | None:
    """The first month's expiry said between `start` and `end`, in English or another language."""
    found = [m for m in (_MONTH_EXPIRY.search(text, start, end), _MONTH_EXPIRY_ABROAD.search(text, start, end),
                         _YEAR_THEN_MONTH.search(text, start, end)) if m]
    return min(found, key=lambda m: m.start()) if found else None


_EXPIRY_LENGTHS = {4: 0, 6: 1, 3: 2, 5: 3}  # MMYY, MMYYYY, then MYY ("five twenty seven"), M/YYYY ("6/2034")


# "5 of 36", "month 09, year 2028"; the year first: "2033 year, 6", "year thirty-two, month oh eight"
# "of", "year", "month", the other languages' "of" ("zero três de dois mil e trinta") and a slash said (British
# "stroke")
YEAR_BETWEEN = re.compile(r"[\s,.]*(?:of|de|del|di|year|month|slash|stroke|barra|skr[åa]streg|skr[åa]strek|"
                          r"snedstreck|schr[äa]gstrich|[łl]amane przez|lom[ií]tko|sur)"
                          r"[\s,.]*(?:(?:year|month)[\s,.]*)?$",
                          re.I)  # (and a slash said in Danish, Norwegian, Swedish, German, Polish, Czech, French)


def _with_year(text: str, month: list[Unit], every: list[list[Unit]], index: int, window_end: int) -> list[Unit]:
    """A month's run and the run after it where only "of" or "year" stands between; [] if not."""
    if index + 1 == len(every) or (year := every[index + 1])[0].start >= window_end or len(month) > 2:
        return []
    return [*month, *year] if YEAR_BETWEEN.match(text, month[-1].end, year[0].start) else []


def expiry_of(run: list[Unit], named: str = "") -> Entity | None:
    """The expiry a run begins with, month first; where words name it an expiry (`named`: the text), year first
    too, in one line ("2033 year, 6 month", "27/07", "year thirty-one, month oh five"), where the year cannot be a
    month and is one a card in use could have: its value is then written month first."""
    if not run:
        return None
    starts = [c for c in spans(run, 3, 6) if c[0] == 0 and len(c[2]) in _EXPIRY_LENGTHS]
    for _, last, digits in sorted(starts, key=lambda c: _EXPIRY_LENGTHS[len(c[2])]):
        month = digits[:1] if len(digits) in (3, 5) else digits[:2]
        if 1 <= int(month) <= 12 and (len(digits) != 5 or digits[1:3] == "20"):
            return Entity(CARD_EXPIRY, run[0].start, run[last].end, "card-expiry", 0.9, digits)
    for _, last, digits in (sorted(starts, key=lambda c: _EXPIRY_LENGTHS[len(c[2])]) if named else ()):
        if "\n" not in named[run[0].start:run[last].end] and (month_first := _year_first(digits)) is not None:
            return Entity(CARD_EXPIRY, run[0].start, run[last].end, "card-expiry", 0.9, month_first)
    return None


def _year_first(digits: str) -> str | None:
    """An expiry said year first (YYMM, YYYYMM, YYYYM), month first; None where it is none."""
    year, month = (digits[:2], digits[2:]) if len(digits) == 4 else \
        (digits[2:4], digits[4:]) if len(digits) in (5, 6) and digits[:2] == "20" else ("", "")
    if not year or int(year) <= 12 or not 1 <= int(month) <= 12:
        return None
    month_first = month.zfill(2) + year
    return month_first if a_cards_year(month_first) else None


def code_of(run: list[Unit], card: str = "") -> Entity | None:
    """The security code a run begins with; after the `card`'s last four where it begins with them ("On the back
    it's eight five six oh, two four three": the signature strip prints the end of the number first)."""
    if card and (rest := _after_digits(run, card[-4:])) and _digit_count(rest) in (3, 4):
        run = rest
    # four digits where the run holds four and no more, or the card is an American Express (its code has four)
    four = _digit_count(run) == 4 or card.startswith(("34", "37"))
    if not (said := [(last, digits) for first, last, digits in spans(run, 3, 4) if first == 0]):
        return None
    last, digits = min(said, key=lambda s: len(s[1]) != (4 if four else 3))
    return Entity(CARD_SECURITY_CODE, run[0].start, run[last].end, "card-code", 0.9, digits)
