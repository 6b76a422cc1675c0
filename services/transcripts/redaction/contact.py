"""Phone numbers, typed (`phonenumbers`' matcher) or said as digits, read with the tenant's region;
`phonenumbers` decides. Context widens and narrows: a number said where the conversation says it is one
to call may be any valid length; one said with no such words only as a whole national number (ten
digits in North America, a 1 before them, or "plus" and a country code); and where the words said last
before it name another kind of number ("order number", "reference", "serial"), typed or said, it is
not a phone number."""

import re
from bisect import bisect_left
from itertools import pairwise

import phonenumbers

from services.transcripts.redaction.asides import aside_at
from services.transcripts.redaction.banking import after_iban_head
from services.transcripts.redaction.entities import (
    PHONE_NUMBER,
    Claimed,
    Entity,
    last_mention,
    words,
)
from services.transcripts.redaction.markup import kept_apart
from services.transcripts.redaction.numerals import ENGLISH_DIGITS, is_number_word, language_said, regions_said
from services.transcripts.redaction.readings import readings
from services.transcripts.redaction.spoken import Unit, runs
from services.transcripts.redaction.tokens import TOKEN, token_starts

# A dialling code's names ("Welche Vorwahl?", "el prefijo", "l'indicatif", "STD code", "numer kierunkowy").
_DIALLING_CODE = (r"vorwahl|prefijo|indicatif|prefisso|netnummer|std code|dialling code|dialing code|dial code|"
                  r"country code|international code|numer kierunkowy")
_PHONE_WORDS = words(r"number|phone|\bcall|reach|\bcell|mobile|\btext\b|contact|\bfax\b|dial|area code|landline|"
                     r"whatsapp|\bring(?:e|a|er)?\b|\bmobil\b|country code|n[uú]mero|m[oó]vil|ll[aá]m|tel[eé]fono|"
                     r"celular|"
                     # French, German, Italian; "get me on": British for "reach me on"; Danish's, Norwegian's and
                     # Swedish's "ringe", "ringa" and "mobil" above
                     r"num[ée]ro|nummer|portable|t[ée]l[ée]phone|\brufen|\banrufen|\bhandy\b|cellulare|chiam|get me on|"
                     r"\btlf\b|\btfno\b|"
                     # Polish: "numer komórki", "numer telefonu", "proszę dzwonić na", "Mój numer: ..."
                     r"kom[oó]rk|\btelefon|dzwo[nń]|\bnumer\b|"
                     # Greek: "τηλέφωνο", "κινητό", "καλέσουμε"
                     r"τηλ[έε]φων|κινητ[όο]|καλ[έε]σ|"  # noqa: RUF001 (Greek)
                     # Dutch: "belt u mij terug op", "u kunt mij bereiken op", "mobiel"
                     r"\bbel(?:t|len)?\b|bereiken|\bmobiel|"
                     # Portuguese: "meu zap é ..." (WhatsApp), "liga pra mim"
                     r"telefone|\bzap\b|\bwhats\b|\bliga[rn]?\b|\bligue|\bchamar (?:no|na|em|pelo)\b|"
                     # a line's kind ("The office line is ..."), "tel:", German's landline
                     r"\b(?:office|direct|main|home|work|help|hot|support|business|phone) ?line\b|\btel\b|festnetz|"
                     r"erreichbar|"
                     rf"{_DIALLING_CODE}")
# Words that name a number that is not one to call; said after the phone words (or as the same "number":
# "order number"), they win. Within OTHER_NAMED_WITHIN characters before the number.
_OTHER_WORDS = words(r"\b(?:order|reference|ref|case|ticket|tracking|serial|model|part|invoice|confirmation|"
                     r"booking|reservation|policy|claim|transaction|sku|item|product|zip|postcode|postal code|"
                     r"pin|parcel|shipment|receipt|po|purchase order|vat|meeting|upc|ean|barcode|isbn|lottery|lotto|"
                     r"powerball|iban)\b(?:\s+(?:id|code|no\b|#|numbers?))?|"
                     r"\b(?:account|customer|member|membership|employee|patient|routing|card)\s+(?:id|no\b|#|number)|"
                     r"\b(?:total|price|cost|costs|balance|amount|charged|comes to|paid|owe|scores?|results?|"
                     r"readings?|measurements?)\b|\bid number|\bvin\b|"
                     r"winning numbers|lucky numbers|"
                     # a loyalty card's number, an employer's numbers on a W-2, Spain's social security
                     r"\b(?:loyalty|gift|rewards?|library|membership|points) card(?: number| no\b|\s?#)?:?\s*$|"
                     r"identification number|control number|seguridad social|"
                     # the other kinds' names in Spanish, French, Italian, Portuguese, German and Dutch
                     r"\bn[uú]mero de s[eé]rie|\bnum[ée]ro de s[ée]rie|\bnumero di serie|seriennummer|serienummer|"
                     r"\b(?:pedido|referencia|r[ée]f[ée]rence|riferimento|refer[eê]ncia|commande|ordine|bestell|"
                     r"factura|facture|fattura|fatura|rechnung|factuur|expediente|dossier|pratica|p[oó]liza|polizza|"
                     r"ap[oó]lice|reserva|r[ée]servation|prenotazione|buchung|boeking)(?:s?nummer)?|"
                     # a customer's, member's or contract's number, a VAT number ("Klantnummer", "Partita IVA")
                     r"\b(?:klant|kunden?|kund|lid|mitglieds|vertrags|contract|polis|order)nummer|"
                     # a parcel's, a shipment's or an order's: "Sendungsnummer", "zendingnummer", "numéro de suivi",
                     # "número de seguimiento", "sporingsnummer", "numer przesyłki", "číslo zásilky"
                     r"\b(?:sendungs|tracking|zending|track|sporings|spårnings|kolli|försändelse|auftrags|bestell?|"
                     r"rechnungs|factuur|forsendelses)nummer|\b(?:lähetys|seuranta|tilaus)numero|\bnum[ée]ro de suivi|"
                     r"\bn[uú]mero de seguimiento|\bnumero di tracciamento|\bnumer (?:przesy[lł]ki|zam[oó]wienia)|"
                     r"\b[čc][ií]slo (?:z[aá]silky|objedn[aá]vky)|"
                     r"\bnum[ée]ro (?:de )?client|\bnumero (?:di )?cliente|\bn[uú]mero de cliente|partita iva|"
                     r"\bp\.? ?iva\b|"
                     # a national id's names: its digits are no number to call
                     r"social security(?: number)?|\bssn\b|\bbsn\b|burgerservicenummer|\bdni\b|\bnie\b|\bnif\b|"
                     r"\bnir\b|s[ée]curit[ée] sociale|\bpesel\b|codice fiscale|national insurance(?: number)?|"
                     r"\bni number|steuer-?id|tax id|\btin\b|"
                     # a member's, a contract's, a file's, a passport's number in Spanish and Portuguese
                     r"\b(?:socio|contrato|afiliad[oa]|pasaporte|passaporte|protocolo|matr[ií]cula)\b|"
                     # a company's registry numbers, a payment's reference (Swedish, Finnish, Czech, Slovak); their
                     # short codes in capitals just before it (`_CODE_BEFORE`)
                     r"organisationsnummer|bankgiro|plusgiro|viitenumero|y-tunnus|variabiln[ýyí] symbol|"
                     # a Polish number named as another's ("numer klienta", "numer zgłoszenia")
                     r"\bnumer (?:klienta|faktury|umowy|sprawy|zg[łl]oszenia|polisy|konta|rachunku|seryjny|"
                     r"referencyjny|rezerwacji|zam[óo]wienia|dowodu|pesel)|"
                     # a health service's or insurer's number just before it ("My NHS number is 528 625 6368",
                     # "Numéro de mutuelle 099624695"; not "ring my mobile about the health insurance, 07911 ...")
                     r"(?:\bnhs (?:number|no\.?)|mutuelle|carte vitale|health insurance (?:number|no\.?|id)|"
                     r"versichertennummer|krankenversicherungsnummer|\bmedicare (?:number|no\.?)|"
                     r"\bmedicaid (?:number|id))(?: is| est| ist)?:?\s*$")
# A registry's, a tax office's or a payment's code in capitals just before a number ("Org.nr 818605-7300", "NIP
# 431-552-30-06", "KRS 0444523634", "VS 6133449544", "OCR 2492 9730 34"): in capitals and just before it, so that
# "nip to the shops", "Topeka KS" and "my mobile, ss, ..." are not.
_CODE_BEFORE = re.compile(r"(?:\b(?:NIP|KRS|REGON|VS|KS|SS|OCR|I[ČC]O|DI[ČC]|CVR)|\b[Oo]rg\.? ?nr)[:.]? ?$")
CODE_BEFORE_WITHIN = 10
PHONE_NAMED_WITHIN = 80
OTHER_NAMED_WITHIN = 60
OPENS_WITHIN = 12  # characters before a number in its line, at most, for it to open the line
TAKEN_UP_NAMED_WITHIN = 180
MAX_ASIDE_CHARACTERS = 100  # of the other speaker's turn between a number cut off and the same taken up
CUT_OFF_WITHIN = 8  # characters at the end of the line before it where the number was cut off
# (212) 555-1234, +44 20 7946 0018: digit groups with at most three separators between them, so that
# no character is read twice (a run of "(" or "-" is not a number's start).
_DIGITS_WRITTEN = re.compile(r"\+?\(?\d+(?:[ ().\-/]{1,3}\d+)*")
# Said just after a number, an extension shows it was a phone number: "..., extension two one four".
_EXTENSION_AFTER = re.compile(r"[\s,.;:-]{0,3}(?:extension|ext\b|x\s*\d)", re.I)
# Said just after it, a unit shows a number was an amount or a count: "... nine nine dollars", "... 6054 steps".
_UNIT_AFTER = re.compile(r"[\s,]{0,3}(?:dollars?|euros?|pounds?|bucks|cents?|percent|pence|quid|usd|eur|gbp|"
                         r"steps|points|miles|kilomet(?:er|re)s|km|calories|votes|views|followers|items|units|"
                         r"boxes|pages|copies)\b", re.I)
_NANP = frozenset({"US", "CA"})  # national numbers of ten digits, or eleven after a 1
# International call prefixes: the region's, and "00" (most of the world's: a caller from abroad says it).
_CALL_PREFIXES = {"US": ("011", "00"), "CA": ("011", "00"), "AU": ("0011", "00"), "JP": ("010", "00")}
# "zip plus four": a ZIP+4, no country; Spanish's, Portuguese's and Italian's "plus" ("más treinta y cuatro").
_PLUS = re.compile(r"(?:\+|(?<!zip )(?<!zip code )\b(?:plus|más|mais|più)\s+)$", re.I)
_AREA_CODE = re.compile(r"\barea code\b", re.I)
# Said just before the digits, a country code's name makes them international as a "plus" does.
_COUNTRY_CODE = re.compile(r"\bcountry code(?:'s| is)?[\s,:]*$", re.I)
# Written inside the digits, what shows them to be a time ("8:45"), a date ("9/22/2026") or a version
# ("2026.3.2.1100": a single digit between dots) or an IPv4 address ("40.83.198.187": four numbers of 0 to
# 255 without a leading zero), never a number to call.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# a time, a date ("13.10.1989", "3-10-1987": a day, a month and a year, as Danish's eight digits to call can be too;
# "2026-12-04 21:30", an ISO date and its hour), an IP address
_WRITTEN_OTHERWISE = re.compile(rf"\d:\d\d(?!\d)|\d/\d{{1,2}}/\d|\d\.\d\.\d|(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?!\d)|"
                                r"(?<![\d.-])(?:0?[1-9]|[12]\d|3[01])([.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?![\d.-])|"
                                rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\d.])")
AREA_CODE_GAP = 40  # characters at most between an area code and the rest of the number
# An engine that writes a number's last pairs as clock times ("540-893 12:16", "902-3:26 11:45"): times only
# after three digits written or said first, the run a whole number's ten digits.
_CLOCK = re.compile(r"\d:\d\d(?!\d)")
_OTHER_THAN_CLOCK = re.compile(r"\d/\d{1,2}/\d|\d\.\d\.\d")


def find_phones(text: str, region: str = "US", checked: list[Entity] = ()) -> list[Entity]:
    """`checked`: what a checksum already showed to be something else (a card, an IBAN): not looked at
    again, as it would lose to that anyway, and phonenumbers' validation is the costliest step here."""
    taken = Claimed([(e.start, e.end) for e in checked])
    again = {e.value for e in checked}  # a value a checksum showed, said again ("Let me confirm, 099 768 094?")
    found = _typed_phones(text, region, taken, again) + _whatsapp_links(text)
    for e in found:
        taken.add(e.start, e.end)
    every = runs(text)
    for index, run in enumerate(every):  # said: the whole run is the number (a longer one is something else)
        start, end = run[0].start, run[-1].end
        if "".join(u.digits for u in run) in again:
            continue
        if ((said := sum(len(u.digits) for u in run)) < 3 or (said <= 5 and run[0].digits.startswith("00"))) and \
                not taken.overlaps(start, end) and (joined := _after_country_code(text, every, index)):
            found.append(joined)  # "plus four four, that's the UK, ..."
            taken.add(joined.start, joined.end)
            continue
        if said in (3, 4) and not taken.overlaps(start, end) and (vanity := _vanity(text, run)):
            found.append(vanity)  # "1-800-FLOWERS"
            taken.add(vanity.start, vanity.end)
            continue
        if said != 3 and said < 7:
            continue  # neither an area code nor long enough to hold a number: most runs ("two agents")
        if taken.overlaps(start, end) or _glued(text, start, end) or _UNIT_AFTER.match(text, end) or \
                (_WRITTEN_OTHERWISE.search(text, start, end) and not _clock_formatted(text, run, said)):
            continue
        if _listed(text, run) or (named := _named(text, start)) is None:  # "the order number is ...": another kind
            continue
        # an extension after it, or "... is the area code, then ..." inside it: a number to call
        named = named or _EXTENSION_AFTER.match(text, end) is not None or \
            _AREA_CODE.search(text, start, end) is not None
        for reading in readings(run):  # after a repair, then whole
            if (said := _said(text, reading, region, named)) and not after_iban_head(text, start):
                begin = min(said[0], start) - (text[start - 1:start] == "(")  # "(410) 310, 10:54": its bracket too
                found.append(Entity(PHONE_NUMBER, begin, end, "phone-spoken", said[2], said[1]))
                break
        else:
            if joined := (named and _after_area_code(text, every, index, region)) or \
                    _after_country_code(text, every, index):
                found.append(joined)
                taken.add(joined.start, joined.end)
    return found


# Numbers listed, not one number: "4, 34, 35, 49, 50 and 56" (a lottery's, in ascending order)
_LIST_JOINERS = frozenset({"and", "or", "und", "et", "y", "e", "en", "og", "och", "i", "ja", "a"})
MIN_LISTED = 5


def _listed(text: str, run: list[Unit]) -> bool:
    """Whether the run is numbers of one or two digits, each written and greater than the one before, separated by
    commas and the last by "and"."""
    return len(run) >= MIN_LISTED and all(text[u.start:u.end].isdigit() and len(u.digits) <= 2 for u in run) and \
        all(int(a.digits) < int(b.digits) for a, b in pairwise(run)) and \
        all(text[a.end:b.start].strip() == "," for a, b in pairwise(run[:-1])) and \
        len(last := text[run[-2].end:run[-1].start].replace(",", " ").split()) == 1 and last[0] in _LIST_JOINERS


# A WhatsApp link holds its number whole, with its country code and no "+" ("wa.me/34651053884",
# "api.whatsapp.com/send?phone=31663494571").
_WHATSAPP_LINK = re.compile(r"(?:\bwa\.me/|whatsapp\.com/send/?\?phone=)(\d{7,15})\b", re.I)


def _whatsapp_links(text: str) -> list[Entity]:
    found = []
    if "wa.me/" not in text and "whatsapp.com/send" not in text.lower():  # most conversations
        return found
    for m in _WHATSAPP_LINK.finditer(text):
        if number := _valid(m.group(1), "US", international=True):
            found.append(Entity(PHONE_NUMBER, m.start(1), m.end(1), "phone-whatsapp-link", 0.95, number))
    return found


# A toll-free number's last seven digits as letters on a phone's keypad ("1-800-FLOWERS", "866-CAL-LNOW",
# "one eight double eight mattres"): written just after the code, in one word or two joined by a hyphen.
_KEYPAD = {c: d for d, letters in zip("23456789", ("abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"),
                                      strict=True) for c in letters}
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_VANITY = re.compile(r"[ -]([A-Za-z]{3,7})(?:-([A-Za-z]{1,4}))?\b")


def _clock_formatted(text: str, run: list[Unit], said: int) -> bool:
    start, end = run[0].start, run[-1].end
    if said != 10 or (first := _CLOCK.search(text, start, end)) is None or _OTHER_THAN_CLOCK.search(text, start, end):
        return False
    return sum(len(u.digits) for u in run if u.end <= first.start()) >= 3


def _vanity(text: str, run: list[Unit]) -> Entity | None:
    """A toll-free code ("800", "1 800") and seven letters after it, where they are written against it with
    a hyphen or in capitals, or the words name a number to call (not "we sent 800 letters"); the keypad's
    digits, which phonenumbers then checks."""
    digits = "".join(u.digits for u in run)
    if digits[-3:] not in _TOLL_FREE or digits[:-3] not in ("", "1") or \
            (m := _VANITY.match(text, run[-1].end)) is None:
        return None
    letters = m.group(1) + (m.group(2) or "")
    if len(letters) != 7 or not ("-" in m.group() or letters.isupper() or _named(text, run[0].start)):
        return None
    number = _valid(digits[-3:] + "".join(_KEYPAD[c] for c in letters.lower()), "US", international=False)
    return Entity(PHONE_NUMBER, run[0].start, m.end(), "phone-vanity", 0.85, number) if number else None


def _named(text: str, start: int) -> bool | None:
    """True: the words said last before `start` name a number to call; None: they name another kind of
    number ("the order number is"); False: neither. The other kinds' words are looked for only here,
    before a number that could be a phone number: most texts never need them."""
    phone = last_mention(text, _PHONE_WORDS, start, PHONE_NAMED_WITHIN)
    # a number that opens its turn may be one taken up after the other speaker's ("The order number is 6839 5109
    # -" / "Sorry, I cut you off." / "Yeah, 5109 2808 8125."): the words before the turns before it still name it
    lo = max(0, start - (TAKEN_UP_NAMED_WITHIN if _taken_up(text, start) else OTHER_NAMED_WITHIN))
    if lo and (space := text.find(" ", lo, start)) >= 0:
        lo = space  # not from inside a word ("b|order")
    if _CODE_BEFORE.search(text, max(0, start - CODE_BEFORE_WITHIN), start):
        return None
    other = -1
    for m in _OTHER_WORDS.finditer(text[lo:start].lower()):
        other = lo + m.end()
    if other >= 0 and other >= phone:
        return None
    return phone >= 0


def _taken_up(text: str, start: int) -> bool:
    """Whether the number at `start` opens its line, the line before it is the other speaker's short turn, and
    the line before that ends with digits (cut off): a number taken up after an interruption."""
    if (line := text.rfind("\n", max(0, start - OPENS_WITHIN - 1), start)) < 0:
        return False
    aside = text.rfind("\n", max(0, line - MAX_ASIDE_CHARACTERS), line)
    if aside < 0 or not aside_at(text, bisect_left(token_starts(text), aside + 1)):
        return False
    return any(c.isdigit() for c in text[max(0, aside - CUT_OFF_WITHIN):aside])


def _said(text: str, run: list[Unit], region: str, named: bool) -> tuple[int, str, float] | None:
    """(where it starts, the number, how sure) if the run's digits are one: international after a "plus" said before
    them or an international call prefix said first ("double oh four four ...", "oh one one ..."). Not
    `named`: only a whole national number, or an international one."""
    digits, start = "".join(u.digits for u in run), run[0].start
    plus = _PLUS.search(text, max(0, start - 6), start)
    named_code = plus is None and _COUNTRY_CODE.search(text, max(0, start - 20), start) is not None
    prefix = next((p for p in _CALL_PREFIXES.get(region, ("00",)) if digits.startswith(p)), "") \
        if not plus and not named_code else ""
    digits = digits[len(prefix):]
    if not 7 <= len(digits) <= 15:
        return None
    international = plus is not None or named_code or bool(prefix)
    if not named and not international and (mobile := _mobile_in_language(text, run, digits)):
        return start, mobile, ABROAD_SCORE
    # not named: a whole national number said digit by digit, the tenant region's or another's with its trunk "0"
    # ("oh seven three seven four, nine seven three four oh three": a British mobile on an American line)
    if not named and not international and not ((_national_length(digits, region) or digits[0] == "0") and (
            all(map(_digit_by_digit, run)) or _in_pairs_abroad(text, run))):
        return None
    if number := _valid(digits, region, international=international):
        return plus.start() if plus else start, number, 0.85
    number = None if international else _abroad(digits, named) or _in_language(text, run, digits, named) or \
        _back_home(text, start, digits) or _in_country_named(text, start, digits)
    return (start, number, ABROAD_SCORE) if number else None


# Where the words say a number is a mobile's or one to call ("call me on", "WhatsApp me", "my number back home", not
# only "number", which names too many other numbers), eight or nine digits with no trunk "0" may be one of a region
# whose callers give theirs so: Hong Kong's, Singapore's, Norway's and Denmark's eight, Chile's, Peru's and
# Portugal's nine.
_TO_CALL = words(r"\bcall|mobile|whatsapp|\bcell|phone|\breach|back home")
_WITHOUT_TRUNK = {8: ("HK", "SG", "NO", "DK"), 9: ("CL", "PE", "PT")}


def _back_home(text: str, start: int, digits: str) -> str | None:
    if digits[0] == "0" or len(digits) not in _WITHOUT_TRUNK or not _TO_CALL.search(_before(text, start)):
        return None
    return next((n for r in _WITHOUT_TRUNK[len(digits)] if (n := _valid(digits, r, international=False))), None)


def _in_language(text: str, run: list[Unit], digits: str, named: bool) -> str | None:
    """A number to call said in the digit words of another language ("seis seis cero, ...", "tre otto due ...",
    "null drei ...") or named in its words ("Teléfono: 600 279 604", "Móvil: ...") read as a number of the
    regions that speak it: nine digits and no trunk "0" in Spain, ten in Italy, which a US tenant's region would
    not accept."""
    if not named or not 8 <= len(digits) <= 12:
        return None
    regions = regions_said(_words(text, run))
    if number := next((n for r in regions if (n := _valid(digits, r, international=False))), None):
        return number
    before = _before(text, run[0].start)
    return next((n for r, names in _NAMED_IN if names.search(before) and (n := _valid(digits, r, international=False))),
                None)


_MOBILE = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
_ENGLISH_ONLY = frozenset(ENGLISH_DIGITS) - {"zero"}  # "zero" is Italian's, Polish's, Portuguese's too


def _mobile_in_language(text: str, run: list[Unit], digits: str) -> str | None:
    """A mobile number said unnamed in another language's digit words, none of English's ("seis tres cero, noventa y
    cuatro... | Mhm. | dos nueve, cuatro ocho", "tre quattro sei, zero nove otto, ..."): as many digits as the
    region's mobiles have, valid there as one. A caller reading out a number in their own language with nothing
    naming it gives a number to call far more often than another number of a mobile's shape (an identifier's
    digits have their own checks, which win)."""
    if not 9 <= len(digits) <= 12:  # Germany's with its trunk 0: twelve
        return None
    said = _words(text, run)
    if not _ENGLISH_ONLY.isdisjoint(said):  # a caller who goes on in English ("sześć dziewięć pięć, ..., five three
        foreign = [w for w in said if w not in _ENGLISH_ONLY]  # zero"): their own language's words, most of the run's
        said = foreign if 2 * sum(map(is_number_word, foreign)) > len(run) else []
    if not said or not (regions := language_said(said)):
        return None
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _MOBILE:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _before(text: str, start: int) -> str:
    """The words said just before a number, lower-cased: searched there alone, not over the conversation."""
    return text[max(0, start - PHONE_NAMED_WITHIN):start].lower()


# A country named just before a number said without its code ("My number in Spain is six six five, ...", "my
# Italian mobile"; Mexico's "lada", its area code): a national number there.
_COUNTRIES = {"ES": r"spain|spanish", "IT": r"italy|italian", "PT": r"portugal|portuguese", "FR": r"france|french",
              "DE": r"germany|german", "NL": r"netherlands|holland|dutch", "PL": r"poland|polish",
              "GB": r"\buk\b|britain|british|england|english", "IE": r"ireland|irish", "BR": r"brazil|brazilian",
              "MX": r"mexico|mexican|m[ée]xico|\blada\b", "IN": r"india|indian", "AU": r"australia|australian"}
_COUNTRY_NAMED = words("|".join(rf"(?P<{region}>{names})" for region, names in _COUNTRIES.items()))


def _in_country_named(text: str, start: int, digits: str) -> str | None:
    """A national number valid in the country named last in the words just before it."""
    named = [m.lastgroup for m in _COUNTRY_NAMED.finditer(_before(text, start))]
    return _valid(digits, named[-1], international=False) if named and named[-1] else None


# A number to call's name in a language, and the regions that speak it.
_NAMES_IN = ((("ES",), words(r"tel[eé]fono|m[oó]vil|\btlf\b|\btfno\b|celular|ll[aá]m")),
             (("FR", "BE"), words(r"t[ée]l[ée]phone|portable|\bt[ée]l\b")),
             (("IT",), words(r"cellulare|telefono|chiam")),
             (("BR", "PT"), words(r"telefone|celular|\bzap\b|\bwhats\b|\bliga[rn]?\b|\bligue")),
             (("DE", "AT"), words(r"\bhandy\b|telefon\b|\banrufen")),
             (("PL",), words(r"kom[oó]rk|\btelefon|dzwo[nń]")),
             # Danish's and Norwegian's "tlf.", "mobil", Swedish's, Dutch's, Finnish's and Czech's (not "ring",
             # a German street's "Ring" too)
             (("DK", "NO"), words(r"\btlf\b|\bmobil\b|\btelefon\b|\bring(?:e|er)? (?:p[åa]|mig|meg)\b")),
             (("SE",), words(r"\bmobil\b|\btelefon\b|\bringa? (?:p[åa]|mig|mej)\b")),
             (("NL", "BE"), words(r"\bmobiel|telefoon|\bbel(?:t|len)?\b")),
             (("FI",), words(r"puhelin|\bkänny")),
             (("CZ",), words(r"\btelefon|\bmobil\b")))
_NAMED_IN = tuple((region, names) for regions, names in _NAMES_IN for region in regions)


def _words(text: str, run: list[Unit]) -> list[str]:
    """The run's words, lower-cased (not `tokens`, whose cache keeps the whole conversation's)."""
    return [m.group().lower() for m in TOKEN.finditer(text, run[0].start, run[-1].end)]


def _in_pairs_abroad(text: str, run: list[Unit]) -> bool:
    """Whether the run is said in the pairs French and Spanish read a number to call in, in those words ("zéro
    sept, soixante-seize, vingt et un, ..."): as a number to call is said there."""
    return any(u.spoken and len(u.digits) == 2 for u in run) and bool(regions_said(_words(text, run)))


# A number read in another region than the tenant's is less sure: a checked SSN or account number wins over it.
ABROAD_SCORE = 0.8
# Regions whose national numbers start with a trunk "0" that callers give most often: a number said with
# one ("oh two, ..." in Sydney, "oh one three one" in Edinburgh, "O85 ..." in Dublin) is one of theirs.
_TRUNK_REGIONS = ("GB", "IE", "AU", "DE", "NZ", "IN", "FR", "NL", "ZA", "KR")


def _abroad(digits: str, named: bool) -> str | None:
    """A number the tenant's region does not have: a national number with a trunk "0" valid in one of
    _TRUNK_REGIONS, or, where the words name a number to call, a whole international number said without
    its "+" ("four four seven nine ...", "on WhatsApp I'm 61494614453")."""
    if digits[0] == "0":  # a trunk 0 and nine or ten digits (eight to eleven where named)
        if not (9 if named else 10) <= len(digits) <= (12 if named else 11):
            return None
        return next((n for r in _TRUNK_REGIONS if (n := _valid(digits, r, international=False))), None)
    return _valid(digits, "ZZ", international=True) if named and len(digits) >= 11 else None


def _digit_by_digit(unit: Unit) -> bool:
    """A group as a number to call is said: written in digits, or digits said one by one ("double five",
    a round "eight hundred", a last four "thirty-three hundred", "six thousand"), not a count or a time
    ("fifteen", "forty five", "one two ... nine ten")."""
    d = unit.digits
    return not unit.spoken or len(d) == 1 or d == d[0] * len(d) or (len(d) in (3, 4) and d.endswith("00"))


def _national_length(digits: str, region: str) -> bool:
    """Whether the digits are as many as a whole number of the region has when said without a country
    code: ten in North America (eleven after a 1), at least nine elsewhere (the number's validity then
    decides)."""
    if region in _NANP:
        return len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")
    return len(digits) >= 9


def _after_area_code(text: str, every: list[list[Unit]], index: int, region: str) -> Entity | None:
    """ "area code four one five, and the number is five five five ...": the three digits after "area code"
    and the run said just after them, a few words on, as one number."""
    run = every[index]
    if sum(len(u.digits) for u in run) != 3 or index + 1 == len(every) or \
            not _AREA_CODE.search(text, max(0, run[0].start - 20), run[0].start):
        return None
    rest = every[index + 1]
    if rest[0].start - run[-1].end > AREA_CODE_GAP or kept_apart(text, run[-1].end, rest[0].start):
        return None
    number = _valid("".join(u.digits for u in [*run, *rest]), region, international=False)
    return Entity(PHONE_NUMBER, run[0].start, rest[-1].end, "phone-spoken", 0.85, number) if number else None


def _after_country_code(text: str, every: list[list[Unit]], index: int) -> Entity | None:
    """ "plus four four, that's the UK, seven nine one one ...": a country code after "plus", and the run
    said a few words on, as one international number; or a country code said as the answer to a turn that asks
    for it ("And the dialling code for Poland?" / "Um, four eight." / "And then the number, without the first
    zero?" / "five eight two, ..."), "00" before it or not, and the run said in a later turn."""
    run = every[index]
    code = "".join(u.digits for u in run)
    plus = _PLUS.search(text, max(0, run[0].start - 6), run[0].start)
    asked = _code_asked(text, run)
    if plus is None and code.startswith("00"):
        code = code[2:]  # "double oh four four"
    if not 1 <= len(code) <= 3 or index + 1 == len(every) or not (plus or asked):
        return None
    rest = every[index + 1]
    if rest[0].start - run[-1].end > (CODE_ASKED_GAP if asked else AREA_CODE_GAP) or \
            kept_apart(text, run[-1].end, rest[0].start):
        return None
    number = _valid(code + "".join(u.digits for u in rest), "ZZ", international=True)
    return Entity(PHONE_NUMBER, plus.start() if plus else run[0].start, rest[-1].end, "phone-spoken", 0.85,
                  number) if number else None


_CODE_ASKED = re.compile(rf"\b(?:{_DIALLING_CODE})", re.I)
CODE_ASKED_GAP = 160  # characters between a country code asked for and the rest of the number
SHORT_LINE = 40  # characters of the line a country code is the answer in, either side of it


def _code_asked(text: str, run: list[Unit]) -> bool:
    """Whether the run is all its short line says of digits, and the line before it asks for a country code (each
    looked for in a bounded stretch: a run in a long line costs no more than one in a short one)."""
    start, end = run[0].start, run[-1].end
    line = text.rfind("\n", max(0, start - SHORT_LINE), start)
    if line < 0 or (after := text.find("\n", end, end + SHORT_LINE)) < 0 or any(c.isdigit() for c in text[end:after]):
        return False
    return _CODE_ASKED.search(text, text.rfind("\n", max(0, line - CODE_ASKED_GAP), line) + 1, line) is not None


def _glued(text: str, start: int, end: int) -> bool:
    """Digits written against letters ("MI5 18 4498", "1Z..."): part of a code, not a number to call (an
    "x" after them writes an extension)."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()
                                                         and text[end] not in "xX")


def _typed_phones(text: str, region: str, checked: Claimed, again: set[str]) -> list[Entity]:
    """phonenumbers' matcher, given only the stretches written in digits that are long enough to be a
    number: over a whole conversation it costs more than every other recognizer together. `again`: values a
    checksum showed elsewhere, no number to call where written again."""
    found = []
    for stretch in _DIGITS_WRITTEN.finditer(text):
        if stretch.end() - stretch.start() < 7 or \
                not 7 <= sum(ch.isdigit() for ch in stretch.group()) <= 15:  # E.164 has at most 15; most are short
            continue
        if again and re.sub(r"\D", "", stretch.group()) in again:
            continue
        if checked.covers(stretch.start(), stretch.end()) or _glued(text, stretch.start(), stretch.end()) or \
                _named(text, stretch.start()) is None or _WRITTEN_OTHERWISE.search(stretch.group()) or \
                after_iban_head(text, stretch.start()):
            continue
        begin, before = max(0, stretch.start() - 1), len(found)  # the matcher looks at the character before one
        for m in phonenumbers.PhoneNumberMatcher(text[begin:stretch.end() + 1], region,
                                                 leniency=phonenumbers.Leniency.VALID):
            found.append(Entity(PHONE_NUMBER, begin + m.start, begin + m.end, "phonenumbers", 0.95,
                                phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)))
        # a trunk code written in brackets ("(01) 796 0545": Dublin's) writes a number to call as words would name one
        if len(found) == before and "+" not in stretch.group():
            digits, named = re.sub(r"\D", "", stretch.group()), bool(_named(text, stretch.start()))
            if number := _abroad(digits, named or stretch.group().startswith("(0")) or \
                    (named and _in_hinted_region(text, stretch.start(), digits)):
                found.append(Entity(PHONE_NUMBER, stretch.start(), stretch.end(), "phonenumbers", ABROAD_SCORE,
                                    number))
    return found


# A national number written without its country code by someone writing in another language ("pode me chamar no
# (21) 94352-9611", "erreichbar unter 089/10 79 97") or naming the country ("my greek mobile is 699 0579790"): valid
# in that language's or country's region, where words before it name a number to call. A few common words a
# language has and English has not, and the countries' adjectives, in the line before the number.
_HINTS = {
    "BR": ("pode", "chamar", "meu", "minha", "obrigado", "obrigada", "você", "brazilian", "brasil"),
    "PT": ("pode", "chamar", "meu", "minha", "obrigado", "obrigada", "portuguese", "portugal"),
    "DE": ("unter", "erreichbar", "festnetz", "mein", "meine", "bitte", "danke", "german", "deutsch"),
    "AT": ("unter", "erreichbar", "festnetz", "mein", "meine", "bitte", "danke", "austrian", "österreich"),
    "GR": ("greek", "greece", "κινητό", "τηλέφωνο"),
    "PL": ("mój", "moj", "numer", "proszę", "dziękuję", "polish", "polska"),
    "ES": ("mi", "llámame", "llamar", "gracias", "spanish", "españa"),
    "MX": ("mi", "llámame", "llamar", "gracias", "mexican", "méxico"),
    "IT": ("mio", "chiamare", "grazie", "italian", "italia"),
}
_HINT_WORD = re.compile(r"[^\W\d_]+")
HINTED_WITHIN = 60


def _in_hinted_region(text: str, start: int, digits: str) -> str | None:
    """The number, E.164, in the first region whose words are in the line before `start` and where it is valid."""
    line = text.rfind("\n", max(0, start - HINTED_WITHIN), start) + 1 or max(0, start - HINTED_WITHIN)
    said = {w.lower() for w in _HINT_WORD.findall(text, line, start)}
    return next((n for region, hints in _HINTS.items()
                 if not said.isdisjoint(hints) and (n := _valid(digits, region, international=False))), None)


def _valid(digits: str, region: str, international: bool) -> str | None:
    if not international and region in _NANP and not (len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")):
        return None  # what parsing would conclude, for a fiftieth of its cost
    try:
        number = phonenumbers.parse(("+" if international else "") + digits, None if international else region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
