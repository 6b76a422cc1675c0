"""The fourteenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format, their
labelling conventions and to avoid their phrasings. Weighted, as the twelfth and thirteenth, to everyday contact-centre
calls as the speech engines write them. New here: a British debit card's sort code read out first by mistake and the
long number after it; the agent's read-back of an Amex read in pairs mishearing "eighteen" for "eighty" or the other way
(in an Amex's pairs that gives another number still passing Luhn), the caller putting the group right and the agent
reading it all back again; a slow reader restarting a group from its first digit ("four five... sorry, four five three
nine"); a customer typing the card into a chat in bursts, a group or two a message; a card, its "scadenza" and its
"codice di sicurezza" in Italian; a card in Polish with "ważna do" and the "kod CVC"; the expiry and the code asked for
with the Dutch, Spanish, Portuguese and French names for them ("vervaldatum", "cryptogramme"); the expiry read with its
four-digit year ("oh eight, twenty twenty-nine", "two thousand and twenty-nine"); a caller who does not know what "the
CVC", "the security number" or "the little number" is until it is explained; a card, its expiry and its code left on a
voicemail to pay a bill, the callback number after; a phone's wallet showing only the last four before the card is
fetched; each group echoed by the agent with "yes"; the number asked for again two digits at a time; a start from memory
abandoned for the new card; the card said on the call and the expiry and code typed into a chat. SSNs with no word
naming them, only the flow of an identity check ("And the last piece, the nine digits?"); children's SSNs for
dependants; SSNs said in threes, with "dash" or without; read off the card with restarts; typed into a chat in pieces;
said in Polish by a caller in the US. Phones with no naming word at all: "Have you got a pen?" and the number in the
caller's English (American, Canadian, British, Irish, Australian, Indian, South African), "¿Tiene para apuntar?", "Haben
Sie was zum Schreiben?", "Vous avez de quoi noter ?", "Ha una penna?", "Heeft u een pen bij de hand?", "Tem onde
apontar?", "Ma pani coś do pisania?" and the number in theirs; a household's numbers as a list ("my cell, my wife's
cell, the house"); voicemails left in Spanish, German, French, Italian, Dutch, Portuguese and Polish, the callback
number said twice; country codes after "plus" in French, German, Dutch and Polish; Polish mobiles in hundreds ("pięćset
dwanaście"); an office's switchboard, direct line and fax; a WhatsApp number abroad; the country code asked for apart
from the number; a foreign number split over two turns of its speaker with the agent's "sí", "oui", "ja", "tak" between;
a speech IVR hearing a callback number, asked to try again; a caller abroad giving the national number and the agent
adding the country code. Addresses: role addresses of small businesses ("accounts at kingfisher vets dot co dot uk"),
Apple's, DuckDuckGo's and Firefox's hide-my-email addresses spelled out, student addresses with their numbers, an Indian
mobile or a QQ number as the local part, a surname spelled with Spanish letter names, with "comme", "come" or "van" and
a name, the caller saying there is no dot or that it is an underscore not a dash, the agent typing the address into the
chat (a wrong first try and the right one), a company domain spelled after it is said, an old address and the new one,
"alles klein", "todo en minúsculas", "tout en minuscules". IBANs: a Spanish one read four at a time with the agent's
"vale" between, Luxembourg's in French, German or English, Swiss ones in Swiss French ("huitante"), an old account and
the new one, a Dutch bank code said as a word ("rabo", "bunq"), one typed after "IBAN:" or "IBAN=" with no space, one
typed over two messages, Austrian, Swiss, Polish, Swedish, Norwegian, Luxembourg and Belgian ones read in English by
expats, a Polish one in Polish pairs, the agent reading the letters back in NATO words. NINOs with "and the suffix
letter is", asked for in three parts (the letters first), read out by a parent in the background and repeated, read off
a letter with other references on it. DNIs with the letter asked for first ("¿Me dice primero la letra?"), the printed
dots and dash said ("punto", "guion"), the letter given by its NATO word on an English line, a mother's read by her son;
NIEs with the agent guessing the first letter wrong, said by Polish, German and French residents ("igrek", "zett", "i
grec"), and with "guion" or "dash" said. Speakers of English (US, UK, Irish, Indian, Australian, Canadian, South
African), Spanish, German, French (France, Switzerland, Luxembourg), Italian, Dutch, Portuguese and Polish. Look-alikes:
booking, tracking and policy numbers of a card's length failing Luhn, read four at a time with the agent's "yes";
passports, visas, ESTAs, BRPs and licences with expiry dates said as card expiries are ("valid thru oh eight
twenty-nine"); flight numbers, PNRs, seats and gates; amounts in złoty, francs, kronor, rand, rupees and the rest; dates
and times in Polish, Italian, Dutch, Spanish, French, German and Portuguese; postcodes and addresses; VAT, NIP, EIN,
company and CIF numbers; masked values said new ways; "at", "dot", "plus", "dash" and "underscore" in ordinary talk;
counting and lists; IMEIs (which pass Luhn), serials, MAC addresses and numbers no phone plan has; ITINs, SSNs, NIFs,
NIEs, NINOs and IBANs failing their checks, said the ways above; "Have you got a pen?" before a reference, a time or a
website; voicemails in the batch's languages with no value in them; a chat's bursts of order numbers, amounts and dates.

Labelling follows the twelfth's and the thirteenth's: a label covers what is said of the value, with fillers,
joiners, hesitations, a clarification ("no dot", "the line at the bottom, not a dash", a spelling after a domain)
and a correction or a restart ("four five... sorry,") inside the run, named (`drop=`) for the reading; naming words
("and the suffix letter is", "y la letra", "exp", "IBAN:", "ważna do", "scadenza") outside; one label per segment
piece (a value asked for in parts or typed in bursts is labelled part by part, and read back whole with
`Said.joint`); the agent's, the IVR's, the background speaker's and the voicemail's second reading of a value are
labelled as the caller's is, and so is the agent's misheard read-back of a card or its mistyped address, each a
valid value in itself; a sort code, a card's last four said alone, a masked value, a date of birth, a passport
number, a letter's reference and the agent's wrong guess at an NIE's first letter are not. A card's security code
is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY, as in the original families. Every value is valid where
a validator exists (seventh_families' validators: Luhn, mod-97, SSN ranges, NIF/NIE letters, NINO prefixes,
`phonenumbers`; the IBANs of Austria, Switzerland, Poland, Sweden, Norway, Luxembourg, Belgium and the Netherlands
are built on real bank codes with their check digits computed, Poland's sort-code check, Norway's and the
Netherlands' account checks and Belgium's too). Each label is checked as it is made (`Said.verify`, the twelfth's,
reading with this batch's tables): its characters are exactly the text the family meant, with no space,
punctuation or line break at its ends; where a family gives the value, the label, read by `reads` in its language
(the thirteenth's tables, and here Polish digits, pairs and hundreds, English years with "two thousand", the
letters X, Y and Z by their Polish, German and French names, "plus" before a country code in French, German, Dutch
and Polish, "punto" between the groups of a DNI), gives back that value, and an address's label, read by
`email_reads` (the thirteenth's, and here letters spelled "as in", "comme", "come" or "van" a word, Spanish letter
names), gives back the address. Each family's said form is set (`SAID`), the look-alikes' too (typed or mixed), as
the markup batch sets its.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v14-"."""

import random
import re
from itertools import pairwise

import phonenumbers
import thirteenth_families as t13
import twelfth_families as t12
from blind_batch import BlindBatch
from eleventh_families import address, amex, card16, card_groups, cvv, e164_parts, fmt, fours, iban_with, month_year
from faker import Faker
from families import NATO
from seventh_families import (
    DNI_LETTERS,
    a_nie,
    a_nif,
    a_nino,
    a_ssn,
    a_us_phone,
    checked,
    iban_ok,
    luhn_fix,
    luhn_ok,
    nie_ok,
    nif_ok,
    nino_ok,
    phone_ok,
    ssn_ok,
    tens,
    words,
)
from speech import WORDS
from speech import groups as grp
from thirteenth_families import be_iban, be_pairs, luhn_bad, uk_mobile
from twelfth_families import (
    ES_LETTERS,
    IT_CITIES,
    an_iban,
    brand,
    de_digit_run,
    es_hundreds,
    pair,
    person,
    render_groups,
    spoken_doubles,
)

# Polish, and the words this batch adds to the thirteenth's tables -----------------------------------------
PL = ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
PL_TEENS = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
            "siedemnaście", "osiemnaście", "dziewiętnaście"]
PL_TENS = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
           "osiemdziesiąt", "dziewięćdziesiąt"]
PL_HUNDREDS = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
               "dziewięćset"]
NIE_FIRST_OF = {"pl": {"X": "iks", "Y": "igrek", "Z": "zet"}, "de": {"X": "iks", "Y": "ypsilon", "Z": "zett"},
                "fr": {"X": "ixe", "Y": "i grec", "Z": "zède"}}


def pl_pair(n: int) -> str:
    """0..99 as a Polish speaker says it ("czterdzieści pięć")."""
    if n < 10:
        return PL[n]
    if n < 20:
        return PL_TEENS[n - 10]
    t, u = divmod(n, 10)
    return PL_TENS[t] + (f" {PL[u]}" if u else "")


def pl_hundreds(n: int) -> str:
    """100..999 as a Pole says three digits of a phone ("pięćset dwanaście")."""
    h, r = divmod(n, 100)
    return PL_HUNDREDS[h] + (f" {pl_pair(r)}" if r else "")


def pair14(n: int, lang: str) -> str:
    return pl_pair(n) if lang == "pl" else pair(n, lang)


def run(digits: str, lang: str = "en", zero: str | None = None) -> str:
    """Digit by digit in any of this batch's languages; English zero as "oh" unless told."""
    if lang == "pl":
        return " ".join(PL[int(c)] for c in digits)
    return t12.digit_run(digits, lang, zero)


def pairs14(digits: str, lang: str = "en") -> str:
    """Two at a time as numbers; a pair starting with 0 (or a digit left over) said digit by digit."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        out.append(run(p, lang) if len(p) == 1 or p[0] == "0" else pair14(int(p), lang))
    return " ".join(out)


def three(g: str, lang: str) -> str:
    """Three digits as hundreds where the language says them so (Spanish, Polish), else digit by digit."""
    if g[0] == "0":
        return run(g, lang)
    return es_hundreds(int(g)) if lang == "es" else pl_hundreds(int(g)) if lang == "pl" else run(g, lang)


def _tables() -> dict[str, dict[tuple[str, ...], str]]:
    out = {lang: dict(table) for lang, table in t13.PHRASES.items()}
    for n in range(100):
        out["en"][("two", "thousand", *tens(n).split())] = str(2000 + n)
        out["en"][("two", "thousand", "and", *tens(n).split())] = str(2000 + n)
    pl = {(w,): str(i) for i, w in enumerate(WORDS)} | {(w,): str(i) for i, w in enumerate(PL)}
    pl |= {tuple(pl_pair(n).split()): str(n) for n in range(10, 100)}
    pl |= {tuple(pl_hundreds(n).split()): str(n) for n in range(100, 1000)}
    out["pl"] = pl
    for lang, names in NIE_FIRST_OF.items():
        out[lang] |= {tuple(name.split()): letter for letter, name in names.items()}
    return out


PHRASES = _tables()
LONGEST = max(len(k) for table in PHRASES.values() for k in table)
FILLERS = {lang: set(f) for lang, f in t13.FILLERS.items()} | {"pl": {"yyy", "eee", "i", "potem", "plus"}}
for _lang in ("fr", "de", "nl"):
    FILLERS[_lang] |= {"plus"}
FILLERS["es"] |= {"punto"}
JOINERS = {"en": {"for"}, "it": {"come"}}


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters (the thirteenth's reading, with this batch's tables)."""
    text = t13.unhyphen_letters(text)
    table, fillers = PHRASES[lang], FILLERS[lang]
    found = list(t12.TOKEN.finditer(text))
    tokens = [t.group() for t in found]
    out, i, times = [], 0, 1
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        if token[0].isdigit():
            out.append(token * times)
            times, i = 1, i + 1
            continue
        if len(token) <= 4 and ((i + 1 < len(tokens) and found[i].end() == found[i + 1].start())
                                or (i and found[i - 1].end() == found[i].start())):
            out.append(token.upper())
            i += 1
            continue
        if low in t12.MULTIPLIERS:
            times, i = t12.MULTIPLIERS[low], i + 1
            continue
        if low in JOINERS.get(lang, ()) and i + 1 < len(tokens) and out and tokens[i + 1][0].upper() == out[-1][-1]:
            i += 2  # "Z for Zulu": the word repeats the letter
            continue
        if lang == "en" and low == "as" and i + 2 < len(tokens) and tokens[i + 1].lower() == "in" and out and \
                tokens[i + 2][0].upper() == out[-1][-1]:
            i += 3
            continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(t.lower() for t in tokens[i:i + size])
            apart = any(text[found[j].end():found[j + 1].start()].strip() for j in range(i, i + size - 1))
            if key in table and not (size == 1 and len(token) == 1) and not apart:
                out.append(table[key] * times)
                times, i = 1, i + size
                break
        else:
            if low in fillers and not token.isupper():
                i += 1
            elif len(token) <= 4 or token.isupper():
                out.append(token.upper() * times)
                times, i = 1, i + 1
            else:
                raise AssertionError(f"unread word {token!r} in {text!r}")
    return "".join(out)


SPELLED_WITH = re.compile(r"\b([a-z])\s+(?:as in|for|comme|come|van)\s+([^\W\d_][\w'-]*)")
ES_NAME_OF = {name: letter.lower() for letter, name in ES_LETTERS.items() if len(name) > 1 and " " not in name}


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label as the address it gives: the thirteenth's reading, with a letter spelled by a word after
    it ("m comme Marcel", "g come Genova", "a van Anton", "x as in x-ray") read as the letter, and the Spanish
    letters' names ("jota", "ele", "i griega") as the letters."""
    text = t13.unhyphen_letters(text)
    if "@" in text:
        return re.sub(r"\s", "", text.lower())
    low = SPELLED_WITH.sub(lambda m: m.group(1) if m.group(2)[0] == m.group(1) else m.group(0), text.lower())
    if lang == "es":
        low = low.replace("uve doble", "w").replace("i griega", "y")
        low = re.sub(r"[^\s,]+", lambda m: ES_NAME_OF.get(m.group(), m.group()), low)
    return t13.email_reads(low, lang)


class Said(t13.Said):
    """The twelfth's utterance that checks its labels, reading them with this batch's tables."""

    @staticmethod
    def _read(type_: str, text: str, lang: str, drop: tuple[str, ...]) -> str:
        for piece in drop:
            assert piece in text, (piece, text)
            text = text.replace(piece, " ", 1)
        return email_reads(text, lang) if type_ == "EMAIL_ADDRESS" else reads(text, lang)


# How these callers say things -------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_NAMES = {
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
}
ORDINAL_GROUP = ["first", "second", "third", "last"]


def month_in(month: int, lang: str) -> str:
    """A card's month as said in `lang`: "zero trzy", "oh three", "dodici"."""
    return run(f"{month:02d}", lang, "oh") if month < 10 else pair14(month, lang)


def uk_group(g: str, rng: random.Random) -> str:
    """A group as a British caller says it: "nought" or "oh", "double", or in pairs."""
    return rng.choice([spoken_doubles(g, rng), run(g, "en", "nought"), run(g, "en", "oh"),
                       pairs14(g) if len(g) % 2 == 0 else run(g, "en", "oh")])


def en_group(g: str, rng: random.Random) -> str:
    return run(g, "en", rng.choice(["oh", "oh", "zero"]))


def said_card(d: str, rng: random.Random, style: str | None = None, sep: str | None = None) -> str:
    style = style or rng.choice(["numerals", "words", "half"])
    return (sep or rng.choice([", ", " ", "... "])).join(render_groups(card_groups(d), rng, style))


def a_card(fake: Faker, rng: random.Random, amex_share: float = 0.2) -> str:
    return amex(fake) if rng.random() < amex_share else card16(fake, rng)


def restarted(gs: list[str], rng: random.Random, lang: str = "en", zero: str = "oh",
              markers: list[str] | None = None) -> tuple[str, tuple[str, ...]]:
    """The groups said digit by digit, one or more started, dropped after a digit or two and said again from the
    top ("four five... sorry, four five three nine"): the text, and the false starts to take out when it is read."""
    markers = markers or ["...", "... no,", ", sorry,", "... hang on,", "... wait,", ", no, let me start that again,"]
    k = rng.randrange(len(gs))
    parts, drops = [], []
    for i, g in enumerate(gs):
        said_ = run(g, lang, zero).split()
        if len(said_) > 1 and (i == k or rng.random() < 0.25):
            false = f"{' '.join(said_[:rng.randint(1, len(said_) - 1)])}{rng.choice(markers)}"
            drops.append(false)
            parts.append(f"{false} {' '.join(said_)}")
        else:
            parts.append(" ".join(said_))
    return ", ".join(parts), tuple(drops)


def split_runs(gs: list[str], rng: random.Random, pieces: int) -> list[list[str]]:
    """The groups cut into `pieces` runs of whole groups, none empty."""
    cuts = sorted(rng.sample(range(1, len(gs)), pieces - 1))
    bounds = [0, *cuts, len(gs)]
    return [gs[a:b] for a, b in pairwise(bounds)]


CHAT_TAGS = ["Customer: ", "", "You: ", "Visitor: "]


# Cards --------------------------------------------------------------------------------------------------
def card_sort_code_first(fake: Faker, rng: random.Random) -> Said:
    """A British debit card: the caller reads the sort code printed on it first, by mistake (not labelled), and the
    long number when the agent says which one."""
    d = card16(fake, rng)
    sort = fake.numerify("######")
    u = Said().say(rng.choice(["Can I take the long number on the card, please?", "Right, the card number when "
                               "you're ready.", "Okay, and the card number?"])).turn()
    sort_said = ", ".join(pairs14(sort[i:i + 2]) for i in range(0, 6, 2))
    u.say(rng.choice(["Okay, so it's ", "Right, ", "Yep. It's "]) + sort_said)
    u.say(rng.choice(["... oh, hang on, that's the sort code, isn't it?", "... no, wait, that's the sort code.",
                      ", and then the account's... oh, you want the long one, don't you?"])).turn()
    u.say(rng.choice(["That's the sort code, yes. I need the sixteen digits across the front.",
                      "No worries, it's the long number on the front I need.",
                      "Yeah, that's the sort code. The card number's the long one, sixteen digits."])).turn()
    u.say(rng.choice(["Sorry. ", "Oh, right. ", "Of course. ", "Got it. "]))
    gs = fours(d)
    text = rng.choice([", ".join(uk_group(g, rng) for g in gs), " ".join(gs), "... ".join(uk_group(g, rng)
                                                                                        for g in gs)])
    return u.entity("CREDIT_CARD", text, d).say(rng.choice([".", "", ". Sorry about that."]))


MISHEARD = {"18": "80", "80": "18"}


def misheard_card(fake: Faker, rng: random.Random) -> tuple[str, str, int]:
    """An Amex with an "eighteen" or an "eighty" an agent can mishear for the other, giving a number that still
    passes Luhn (in an Amex's pairs the second digit is the doubled one, and only 18 and 80 swap so): the card, that
    number, the group the pair is in."""
    for _ in range(5000):
        d = amex(fake)
        spots = [at for at in range(2, 14, 2) if d[at:at + 2] in MISHEARD]  # pairs inside the 4-6-5 groups
        if spots:
            at = rng.choice(spots)
            wrong = checked("CREDIT_CARD", d[:at] + MISHEARD[d[at:at + 2]] + d[at + 2:])
            return d, wrong, 0 if at < 4 else 1 if at < 10 else 2
    raise AssertionError("no card to mishear")


def card_readback_misheard(fake: Faker, rng: random.Random) -> Said:
    """An Amex read in pairs; the agent's read-back has "eighty" for "eighteen" or the other way (a number that
    passes Luhn too, labelled with its own value); the caller says that group again digit by digit and the agent
    reads the whole number back."""
    d, wrong, k = misheard_card(fake, rng)
    gs, wrong_gs = card_groups(d), card_groups(wrong)
    u = Said().say(rng.choice(["It's an Amex, ", "Okay, so ", "Sure, it's "])).entity(
        "CREDIT_CARD", ", ".join(pairs14(g) for g in gs), d).say(".").turn()
    u.say(rng.choice(["Let me read that back. ", "Okay, I've got ", "So that's "])).entity(
        "CREDIT_CARD", " ".join(wrong_gs), wrong).say(rng.choice(["?", ", is that right?", ". Correct?"])).turn()
    which = ["first", "middle", "last"][k]
    u.say(rng.choice([f"No, the {which} group is ", "Not quite. That group's ", f"No, sorry, the {which} bit is "]))
    u.entity("CREDIT_CARD", run(gs[k], "en", "oh"), gs[k])
    u.say(rng.choice([".", ", one digit at a time.", ". Sorry, I mumble."])).turn()
    u.say(rng.choice(["Sorry about that. So it's ", "Ah, sorry. So, ", "Apologies. That's "])).entity(
        "CREDIT_CARD", " ".join(gs), d).say(rng.choice(["?", ", yes?", "."])).turn()
    return u.say(rng.choice(["Yes, that's it.", "Yep.", "That's right."]))


def card_group_restarts(fake: Faker, rng: random.Random) -> Said:
    """A slow reader, glasses on, starts a group, loses the place and says it again from its first digit; the false
    starts are inside the label and named."""
    d = a_card(fake, rng)
    text, drops = restarted(card_groups(d), rng, "en", rng.choice(["oh", "zero"]))
    u = Said().say(rng.choice(["Hang on, I need my glasses. Right. ", "The numbers are ever so small. ",
                               "Okay, bear with me, I'm reading it off. ", "Let me tilt it to the light. "]))
    return u.entity("CREDIT_CARD", text, d, drop=drops).say(rng.choice([".", ". Did you get that?", ""]))


def card_chat_burst(fake: Faker, rng: random.Random) -> Said:
    """A chat: the customer types the card in bursts, a group or two a message, the expiry and the code after in
    messages of their own. Each message labelled as the part it has, the card read back whole."""
    d = a_card(fake, rng, 0.15)
    gs = card_groups(d)
    tag = rng.choice(CHAT_TAGS)
    runs = split_runs(gs, rng, rng.randint(2, len(gs)))
    u = Said()
    for i, r in enumerate(runs):
        if i:
            u.turn()
        u.say(tag).entity("CREDIT_CARD", rng.choice([" ", "", "-"]).join(r), "".join(r))
    u.joint(len(runs), d)
    if rng.random() < 0.7:
        month, yy = month_year(rng)
        exp = rng.choice([(f"{month:02d}/{yy}", f"{month:02d}{yy}"), (f"{month:02d}{yy}", f"{month:02d}{yy}"),
                          (f"{month}/{yy}", f"{month}{yy}"), (f"{month:02d}.{yy}", f"{month:02d}{yy}")])
        u.turn().say(tag + rng.choice(["exp ", "", "expiry ", "exp: "])).entity("CARD_EXPIRY", *exp)
        code = cvv(rng, 4 if len(d) == 15 else 3)
        u.turn().say(tag + rng.choice(["cvv ", "", "code ", "sec code "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice(["", " thx", " 👍"]))


def card_italian(fake: Faker, rng: random.Random) -> Said:
    """An Italian caller: the card in pairs or digits, the "scadenza" asked for and said ("zero tre, ventinove",
    "marzo duemilaventinove"), the "codice di sicurezza" on the back after."""
    d = card16(fake, rng)
    text = ", ".join(pairs14(g, "it") if rng.random() < 0.6 else run(g, "it") for g in fours(d))
    u = Said().say(rng.choice(["allora, il numero della carta è ", "sì, glielo leggo: ", f"è una {brand(d)}, ",
                               "dunque, "])).entity("CREDIT_CARD", text, d, "it").say(".").turn()
    u.say(rng.choice(["E la scadenza?", "Perfetto. La data di scadenza?", "Grazie. Quando scade?"])).turn()
    month, yy = month_year(rng)
    exp, value = rng.choice([(f"{month_in(month, 'it')}, {pair(yy, 'it')}", f"{month:02d}{yy}"),
                             (f"{month_in(month, 'it')} barra {pair(yy, 'it')}", f"{month:02d}{yy}"),
                             (f"{MONTH_NAMES['it'][month - 1]} duemila{pair(yy, 'it')}", None)])
    u.say(rng.choice(["Scade ", "", "Allora, ", "È "])).entity("CARD_EXPIRY", exp, value, "it").say(".").turn()
    u.say(rng.choice(["E il codice di sicurezza sul retro?", "Mi serve anche il CVV, le tre cifre dietro.",
                      "E le tre cifre sul retro della carta?"])).turn()
    code = cvv(rng)
    u.say(rng.choice(["", "Allora... ", "Sì, "])).entity(
        "CARD_SECURITY_CODE", rng.choice([run(code, "it"), ", ".join(run(c, "it") for c in code)]), code, "it")
    return u.say(rng.choice([".", ", grazie.", ""]))


def card_polish(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller: the card in Polish pairs or digits, "ważna do" and the expiry, the "kod CVC" asked for."""
    d = card16(fake, rng)
    text = ", ".join(pairs14(g, "pl") if rng.random() < 0.6 else run(g, "pl") for g in fours(d))
    u = Said().say(rng.choice(["numer karty to ", "dobrze, to jest ", "proszę, ", f"to {brand(d)}, numer: "]))
    u.entity("CREDIT_CARD", text, d, "pl")
    month, yy = month_year(rng)
    u.say(rng.choice([", ważna do ", ". Data ważności: ", ", termin ważności "])).entity(
        "CARD_EXPIRY", f"{month_in(month, 'pl')}, {pl_pair(yy)}", f"{month:02d}{yy}", "pl").say(".").turn()
    u.say(rng.choice(["A kod CVC z tyłu karty?", "Dziękuję. I jeszcze trzy cyfry z tyłu?", "Poproszę kod CVV."]))
    code = cvv(rng)
    u.turn().say(rng.choice(["", "Yyy, ", "To jest "])).entity(
        "CARD_SECURITY_CODE", rng.choice([run(code, "pl"), ", ".join(run(c, "pl") for c in code)]), code, "pl")
    return u.say(rng.choice([".", ", dziękuję.", ""]))


EXPIRY_CODE_WORDS = {
    "nl": (["het kaartnummer is ", "oké, het nummer: ", "ja, "], ["En de vervaldatum?", "Wat is de vervaldatum?"],
           ["En de drie cijfers op de achterkant?", "En de beveiligingscode, achterop?"],
           [".", ", dank u.", ""]),
    "es": (["el número de la tarjeta es ", "vale, es ", "sí: "], ["¿Y la fecha de caducidad?", "¿Cuándo caduca?"],
           ["¿Y el código de seguridad, los tres números de atrás?", "¿Y el CVV, por detrás?"],
           [".", ", gracias.", ""]),
    "pt": (["o número do cartão é ", "então, ", "é "], ["E a data de validade?", "Válido até quando?"],
           ["E o código de segurança, os três dígitos atrás?", "E o CVV, no verso?"], [".", ", obrigado.", ""]),
    "fr": (["le numéro de la carte, c'est ", "alors, ", "oui, "], ["Et la date d'expiration ?", "Elle expire quand ?"],
           ["Et le cryptogramme, les trois chiffres au dos ?", "Et le code de sécurité au verso ?"],
           [".", ", voilà.", ""]),
}


def card_expiry_code_languages(fake: Faker, rng: random.Random) -> Said:
    """A Dutch, Spanish, Portuguese or French caller: the number, then the expiry and the code asked for by their
    names in the language ("vervaldatum", "caducidad", "validade", "cryptogramme") and said in it."""
    lang = rng.choice(list(EXPIRY_CODE_WORDS))
    intros, ask_exp, ask_code, ends = EXPIRY_CODE_WORDS[lang]
    d = card16(fake, rng)
    text = rng.choice([" ".join(fours(d)), ", ".join(run(g, lang) for g in fours(d))])
    u = Said().say(rng.choice(intros)).entity("CREDIT_CARD", text, d, lang).say(".").turn()
    u.say(rng.choice(ask_exp)).turn()
    month, yy = month_year(rng)
    exp, value = rng.choice([(f"{month_in(month, lang)}, {pair(yy, lang)}", f"{month:02d}{yy}"),
                             (f"{MONTH_NAMES[lang][month - 1]} {2000 + yy}", None),
                             (f"{month:02d}/{yy}", f"{month:02d}{yy}")])
    u.entity("CARD_EXPIRY", exp, value, lang).say(".").turn()
    u.say(rng.choice(ask_code)).turn()
    code = cvv(rng)
    u.entity("CARD_SECURITY_CODE", rng.choice([run(code, lang), code]), code, lang)
    return u.say(rng.choice(ends))


def card_expiry_full_year(fake: Faker, rng: random.Random) -> Said:
    """The expiry read off the card with its year in full ("oh eight, twenty twenty-nine", "two thousand and
    twenty-nine", "August twenty twenty-nine"), what is printed before it ("valid thru") outside the label."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    mm = f"{month:02d}"
    m_word = words(str(month)) if month < 10 else tens(month)
    exp, value = rng.choice([
        (f"{run(mm, 'en', 'oh')}, twenty {tens(yy)}", f"{mm}20{yy}"),
        (f"{MONTHS[month - 1]} twenty {tens(yy)}", None),
        (f"{m_word}, two thousand {tens(yy)}", f"{month}20{yy}"),
        (f"{run(mm, 'en', 'oh')}, two thousand and {tens(yy)}", f"{mm}20{yy}"),
        (f"{run(mm, 'en', 'zero')} slash {run(f'20{yy}', 'en', 'zero')}", f"{mm}20{yy}"),
        (f"{mm}/20{yy}", f"{mm}20{yy}"),
        (f"{MONTHS[month - 1]} {2000 + yy}", None)])
    u = Said().say(rng.choice(["It's ", "Card number's ", "Okay. "])).entity("CREDIT_CARD", said_card(d, rng), d)
    u.say(".").turn().say(rng.choice(["And the expiry date?", "Lovely. And when does it run out?",
                                      "What's the expiry on it?"])).turn()
    u.say(rng.choice(["It says valid thru ", "Good thru ", "Um, it's ", "Expires end of ", ""]))
    return u.entity("CARD_EXPIRY", exp, value).say(rng.choice([".", "", ", it's a new one."]))


def card_code_which_one(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for the code by a name the caller does not know ("the CVC", "the security number", "the little
    number"); the agent explains; the caller reads it. The code labelled, the card before it too."""
    d = card16(fake, rng)
    code = cvv(rng)
    u = Said()
    if rng.random() < 0.6:
        u.say(rng.choice(["It's ", "Okay, the number is "])).entity("CREDIT_CARD", said_card(d, rng), d).say(".")
        u.turn()
    u.say(rng.choice(["And the CVC, please?", "And the security number?", "Lovely. And the little number on the back?",
                      "Can I have the three on the back?", "And the card verification code?"])).turn()
    u.say(rng.choice(["The what, sorry?", "Which one's that?", "Sorry, what's that one?",
                      "The one on the back? There's a few numbers there.",
                      "Is that the PIN? I'm not giving you my PIN."])).turn()
    u.say(rng.choice(["It's the last three digits on the back, by the signature strip.",
                      "Not the PIN, don't worry. It's the three digits printed on the back, on their own.",
                      "On the back, next to where you sign, there's three numbers. Those ones."])).turn()
    u.say(rng.choice(["Oh, that. ", "Right, okay. ", "Oh, the little one. Hang on. ", "Ah. "]))
    u.entity("CARD_SECURITY_CODE", rng.choice([run(code), code, ", ".join(run(c, "en", "zero") for c in code)]), code)
    return u.say(rng.choice([".", ". Is that it?", ""]))


def en_local(fake: Faker, rng: random.Random, region: str) -> tuple[str, list[int]]:
    """A number as dialled at home in `region` (US, CA, GB, IE, AU, IN, ZA), with the groups it is said in."""
    if region == "US":
        return a_us_phone(fake), [3, 3, 4]
    if region == "CA":
        area = rng.choice(["416", "647", "604", "778", "403", "514", "613", "902"])
        while not phone_ok("1" + (n := area + fake.numerify("%##") + fake.numerify("####"))):
            pass
        return n, [3, 3, 4]
    if region == "GB":
        return uk_mobile(fake), [5, 6]
    if region == "IE":
        return "0" + e164_parts("IE", rng.choice(["83#######", "85#######", "86#######", "87#######", "89#######"]),
                                fake)[1], [3, 3, 4]
    if region == "AU":
        return "0" + e164_parts("AU", "4########", fake)[1], [4, 3, 3]
    if region == "IN":
        return e164_parts("IN", rng.choice(["98########", "99########", "90########", "81########"]), fake)[1], [5, 5]
    return t13.local_phone(fake, "ZA")


def en_phone_said(value: str, sizes: list[int], region: str, rng: random.Random) -> str:
    """A home number as its owner says it or an engine writes it."""
    gs = grp(value, sizes)
    if region in ("US", "CA"):
        return rng.choice(["-".join(gs), ", ".join(run(g, "en", "zero") for g in gs), " ".join(render_groups(
            gs, rng, "half")), f"({gs[0]}) {gs[1]}-{gs[2]}"])
    return rng.choice([" ".join(gs), ", ".join(spoken_doubles(g, rng) for g in gs), ", ".join(run(g, "en", "oh")
                                                                                             for g in gs)])


def card_voicemail_pay(fake: Faker, rng: random.Random) -> Said:
    """A voicemail paying a bill: the card, its expiry and its code left on it, a callback number after. All
    labelled."""
    d = card16(fake, rng)
    month, yy = month_year(rng)
    code = cvv(rng)
    region = rng.choice(["US", "GB", "IE", "AU"])
    n, sizes = en_local(fake, rng, region)
    u = Said().say(rng.choice(["Voicemail: ", "(voicemail) ", "", "Message received: "]))
    u.say(f"Hi, it's {fake['en_GB'].first_name()}, ")
    u.say(rng.choice(["I got your letter about the overdue balance. ", "calling to pay the renewal. ",
                      "about the invoice you sent me. "]))
    u.say(rng.choice(["You can just take it from my card, it's ", "Put it on my card, the number's ",
                      "I'll leave the card details so you don't have to call: "]))
    u.entity("CREDIT_CARD", said_card(d, rng, rng.choice(["words", "numerals"]), ", "), d)
    u.say(rng.choice([", expiry ", ", it expires ", ", valid till "])).entity(
        "CARD_EXPIRY", *rng.choice([(f"{run(f'{month:02d}', 'en', 'oh')} {tens(yy)}", f"{month:02d}{yy}"),
                                    (f"{month:02d}/{yy}", f"{month:02d}{yy}")]))
    u.say(rng.choice([", and the code on the back is ", ", security code ", ", and the three digits are "])).entity(
        "CARD_SECURITY_CODE", rng.choice([run(code), code]), code)
    u.say(rng.choice([". If there's a problem ring me on ", ". Any issues, my number's ", ". Call me back on "]))
    u.entity("PHONE_NUMBER", en_phone_said(n, sizes, region, rng), n)
    return u.say(rng.choice([". Thanks, bye.", ". Cheers.", ". Thank you."]))


def card_wallet_last_four(fake: Faker, rng: random.Random) -> Said:
    """The phone's wallet shows only the last four (said, not labelled); the caller fetches the card and reads it."""
    d = a_card(fake, rng)
    last = d[-4:]
    u = Said().say(rng.choice(["Which card would you like to use?", "How would you like to pay today?"])).turn()
    u.say(rng.choice([f"It's in my phone, the wallet only shows the last four, {last}. ",
                      f"Apple Pay only gives me the end of it, {run(last)}. ",
                      f"The app just says ending {last}. "]))
    u.say(rng.choice(["Let me find the actual card. ", "Hang on, the real card's in my bag. ", "I'll go and get it. "]))
    u.turn().say(rng.choice(["No problem.", "Take your time.", "Sure."])).turn()
    u.say(rng.choice(["Right, got it. ", "Okay, here we go. ", "Found it. "])).entity("CREDIT_CARD", said_card(d, rng),
                                                                                    d)
    return u.say(rng.choice([".", "", ". That's the one."]))


def card_group_by_group_yes(fake: Faker, rng: random.Random) -> Said:
    """Four at a time, the agent saying each group back with "yes" and asking for the next in the same breath; the
    caller's groups and the agent's labelled as the part they say."""
    d = card16(fake, rng)
    gs = fours(d)
    u = Said().say(rng.choice(["Go ahead with the card number, I'll say each bit back.", "Okay, four at a time please.",
                               "Ready when you are, I'll repeat each four."])).turn()
    for i, g in enumerate(gs):
        u.entity("CREDIT_CARD", rng.choice([g, en_group(g, rng)]), g).say(rng.choice([".", ""])).turn()
        u.say(rng.choice(["", "Okay, ", "So "])).entity("CREDIT_CARD", rng.choice([g, run(g, "en", "oh")]), g)
        u.say(rng.choice([", yes.", ", yep.", ", got it.", ". Yes."]))
        if i < len(gs) - 1:
            u.say(rng.choice([" Next four?", " Go on.", " And the next?", ""])).turn()
    return u


def card_again_in_pairs(fake: Faker, rng: random.Random) -> Said:
    """Read too fast digit by digit; the agent asks for it two at a time; both readings labelled."""
    d = card16(fake, rng)
    u = Said().say(rng.choice(["Yeah, it's ", "Sure, ", "Okay, "])).entity(
        "CREDIT_CARD", rng.choice([run(d, "en", "oh"), d, " ".join(d)]), d).say(".").turn()
    u.say(rng.choice(["Sorry, could you read it in pairs for me? Two at a time.",
                      "That was quick! Could you do it two digits at a time?",
                      "Can you give it to me in pairs? It's easier for me to type."])).turn()
    text = rng.choice([", ".join(pairs14(d[i:i + 2]) for i in range(0, 16, 2)),
                       " ".join(d[i:i + 2] for i in range(0, 16, 2))])
    return u.say(rng.choice(["Sure. ", "Oh, okay. ", "Right. "])).entity("CREDIT_CARD", text, d).say(
        rng.choice([".", "", ". Better?"]))


def card_abandoned_start(fake: Faker, rng: random.Random) -> Said:
    """The caller starts from memory, stops after a few digits (a new card), fetches it and reads it. The start is
    labelled as the part of the number it says."""
    d = a_card(fake, rng)
    k = rng.choice([2, 3, 4])
    u = Said().say(rng.choice(["And the card number?", "Can I take the card number?"])).turn()
    u.say(rng.choice(["Oh, it's ", "It's ", "Um, "])).entity("CREDIT_CARD", run(d[:k]), d[:k])
    u.say(rng.choice(["... ", ", um... "]))
    u.say(rng.choice(["sorry, it's a new card, I don't know it yet. Let me get it. ",
                      "actually no, they sent me a new one last week, hang on. ",
                      "hold on, I'm doing it from memory. Let me grab it. "])).turn()
    u.say(rng.choice(["No problem.", "Sure, take your time.", "That's fine."])).turn()
    u.say(rng.choice(["Okay. ", "Right, here it is. ", "Got it. "])).entity("CREDIT_CARD", said_card(d, rng), d)
    return u.say(rng.choice([".", "", ". Sorry."]))


def card_voice_then_chat(fake: Faker, rng: random.Random) -> Said:
    """The number said on the call; the agent sends a chat link for the rest, and the expiry and the code are typed
    on one line there."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    code = cvv(rng, 4 if len(d) == 15 else 3)
    u = Said().say(rng.choice(["It's ", "Card number's ", "Okay, "])).entity(
        "CREDIT_CARD", said_card(d, rng, rng.choice(["words", "half"])), d).say(".").turn()
    u.say(rng.choice(["Thanks. I've sent you a chat link, could you type the expiry and the code there?",
                      "Thank you. For the rest, can you pop the expiry and security code into the chat window?"]))
    exp = rng.choice([(f"{month:02d}/{yy}", f"{month:02d}{yy}"), (f"{month:02d}{yy}", f"{month:02d}{yy}"),
                      (f"{month:02d}-{yy}", f"{month:02d}{yy}"), (f"{month}/{yy}", f"{month}{yy}")])
    u.turn().say(rng.choice(["Customer (chat): ", "[chat] ", "Chat: "])).say(rng.choice(["exp ", "", "expiry "]))
    u.entity("CARD_EXPIRY", *exp).say(rng.choice([" cvc ", "  ", " / ", " code "])).entity("CARD_SECURITY_CODE", code,
                                                                                          code)
    return u.say(rng.choice(["", " done", " sent"]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_groups(d: str) -> list[str]:
    return grp(d, [3, 2, 4])


def ssn_nine_digits_unnamed(fake: Faker, rng: random.Random) -> Said:
    """An identity check: the name, the date of birth (not labelled), then "the nine digits" with no word naming
    them, given as the engine writes them."""
    d = a_ssn(fake)
    first, last = person(fake)
    born = fake.date_of_birth(minimum_age=21, maximum_age=88)
    u = Said().say(rng.choice(["Can I get your full name, please?", "First, your name as it's on the account?"]))
    u.turn().say(f"{first.capitalize()} {last.capitalize()}.").turn()
    u.say(rng.choice(["And your date of birth?", "Thank you. Date of birth?"])).turn()
    u.say(rng.choice([born.strftime("%m/%d/%Y"), f"{MONTHS[born.month - 1]} {born.day}, {born.year}"]) + ".").turn()
    u.say(rng.choice(["Great. And the last piece, the nine digits?", "Thanks. And then the nine-digit number, please.",
                      "Perfect. And to finish, all nine digits for me?", "Okay, and last of all, the nine numbers?"]))
    gs = ssn_groups(d)
    text = rng.choice([", ".join(render_groups(gs, rng, "words")), "-".join(gs),
                       " ".join(render_groups(gs, rng, "half")), run(d, "en", "zero"), " ".join(gs)])
    u.turn().say(rng.choice(["", "Okay, ", "Sure, ", "Um, "])).entity("US_SSN", text, d)
    return u.say(rng.choice([".", "", ". Did you need anything else?"]))


def ssn_dependants(fake: Faker, rng: random.Random) -> Said:
    """The children's SSNs for dependants, each after the child's name; all labelled."""
    kids = [(fake["en_US"].first_name(), a_ssn(fake)) for _ in range(rng.choice([2, 2, 3]))]
    u = Said().say(rng.choice(["I need to add my kids as dependents.", "I'm adding my children to the plan.",
                               "It's for the dependents on my return."])).turn()
    u.say(rng.choice(["Sure. I'll need each child's Social Security number.",
                      "Okay. Go ahead with theirs, one at a time."])).turn()
    for i, (name, d) in enumerate(kids):
        lead = rng.choice([f"{name}'s is ", f"For {name}, ", f"{name}, "]) if i == 0 else \
            rng.choice([f". {name}'s is ", f", and {name}'s is ", f". Then {name}, "])
        u.say(lead).entity("US_SSN", rng.choice(["-".join(ssn_groups(d)), ", ".join(
            render_groups(ssn_groups(d), rng, rng.choice(["words", "half"])))]), d)
    return u.say(rng.choice([".", ". That's all of them.", ""]))


def ssn_in_threes(fake: Faker, rng: random.Random) -> Said:
    """Said in threes, not three-two-four, with "dash" between or without; or written so by the engine."""
    d = a_ssn(fake)
    gs = grp(d, [3, 3, 3])
    text = rng.choice([", ".join(run(g, "en", "zero") for g in gs), " dash ".join(run(g) for g in gs),
                       "-".join(gs), ", ".join(gs), ", dash, ".join(run(g, "en", "zero") for g in gs)])
    u = Said().say(rng.choice(["My social's ", "I always do it in threes. ", "Okay, social: ", "Yeah, it's "]))
    return u.entity("US_SSN", text, d).say(rng.choice([".", "", ". Got it?"]))


def ssn_card_restarts(fake: Faker, rng: random.Random) -> Said:
    """Read off the card slowly, a group started, lost and said again from its first digit."""
    d = a_ssn(fake)
    text, drops = restarted(ssn_groups(d), rng, "en", rng.choice(["oh", "zero"]))
    u = Said().say(rng.choice(["I've got the card here, the print's tiny. ", "Okay, reading it off the card. ",
                               "Let me get it out of the envelope. Okay. "]))
    return u.entity("US_SSN", text, d, drop=drops).say(rng.choice([".", "", ". I think that's it."]))


def ssn_chat_burst(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat in pieces, a message each; each labelled, read back whole."""
    d = a_ssn(fake)
    tag = rng.choice(CHAT_TAGS)
    pieces = rng.choice([[d[:3], d[3:5], d[5:]], [d[:5], d[5:]], [f"{d[:3]}-{d[3:5]}", d[5:]],
                         [d[:3], f"{d[3:5]}-{d[5:]}"]])
    u = Said()
    for i, p in enumerate(pieces):
        if i:
            u.turn()
            if rng.random() < 0.3:
                u.say(rng.choice(["Agent: ok", "Agent: go on", "Agent: and the rest?"])).turn()
        u.say(tag).entity("US_SSN", p, p.replace("-", ""))
    return u.joint(len(pieces), d).say(rng.choice(["", " thats it", " ok?"]))


def ssn_polish(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller in the US says the SSN in Polish: digits, pairs, the first three as hundreds."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    head = three(gs[0], "pl") if rng.random() < 0.5 else run(gs[0], "pl")
    text = f"{head}, {rng.choice([pairs14(gs[1], 'pl'), run(gs[1], 'pl')])}, " \
        f"{rng.choice([pairs14(gs[2], 'pl'), run(gs[2], 'pl')])}"
    u = Said().say(rng.choice(["mój numer social security to ", "social security: ", "Okay, my social to jest ",
                               "proszę zapisać: "]))
    return u.entity("US_SSN", text, d, "pl").say(rng.choice(["", ".", ", dziękuję"]))


# Phones -------------------------------------------------------------------------------------------------
EU_MOBILES = {
    "es": ("ES", ["6########", "7########"], ""),
    "de": ("DE", ["151########", "160#######", "170#######", "176########"], "0"),
    "fr": ("FR", ["6########", "7########"], "0"),
    "it": ("IT", ["34########", "33########", "32########", "39########"], ""),
    "nl": ("NL", ["6########"], "0"),
    "pt": ("PT", ["91#######", "93#######", "96#######"], ""),
    "pl": ("PL", ["5########", "6########", "7########", "88#######"], ""),
}


def eu_mobile(fake: Faker, rng: random.Random, lang: str) -> tuple[str, str, str]:
    """A mobile of the country of `lang`: its country code, the number as dialled at home, and without the trunk
    zero."""
    region, patterns, trunk = EU_MOBILES[lang]
    code, n, _ = e164_parts(region, rng.choice(patterns), fake)
    return code, trunk + n, n


def eu_said(lang: str, v: str, rng: random.Random) -> str:
    """A home mobile as its owner says it in `lang`."""
    if lang == "es":
        return rng.choice([f"{run(v[:3], 'es')}, " + ", ".join(pairs14(v[i:i + 2], "es") for i in (3, 5, 7)),
                           ", ".join(run(g, "es") for g in grp(v, [3, 3, 3]))])
    if lang == "de":
        rest = v[4:]
        return f"{de_digit_run(v[:4], rng)}, " + rng.choice([
            ", ".join(de_digit_run(g, rng) for g in grp(rest, [3, 4])),
            " ".join(pairs14(rest[i:i + 2], "de") for i in range(0, len(rest), 2))])
    if lang == "fr":
        return f"zéro {run(v[1], 'fr')}, " + ", ".join(pairs14(v[i:i + 2], "fr") for i in range(2, 10, 2))
    if lang == "it":
        return rng.choice([", ".join(run(g, "it") for g in grp(v, [3, 3, 4])),
                           f"{run(v[:3], 'it')}, {run(v[3:6], 'it')}, {pairs14(v[6:], 'it')}"])
    if lang == "nl":
        return "nul zes, " + rng.choice([", ".join(run(g, "nl") for g in grp(v[2:], [2, 2, 2, 2])),
                                         ", ".join(pairs14(v[i:i + 2], "nl") for i in range(2, 10, 2))])
    if lang == "pt":
        return ", ".join(run(g, "pt") for g in grp(v, [3, 3, 3]))
    return ", ".join(rng.choice([run(g, "pl"), three(g, "pl")]) for g in grp(v, [3, 3, 3]))


PEN = {
    "es": (["¿Tiene para apuntar?", "¿Tiene algo para escribir?", "¿Puede anotar una cosa?"],
           ["Sí, dígame.", "Adelante.", "Sí, sí."], ["Ahí va: ", "", "Vale: "], ["", ".", ", ¿vale?"]),
    "de": (["Haben Sie was zum Schreiben?", "Schreiben Sie mit?", "Können Sie sich was notieren?"],
           ["Ja, bitte.", "Moment... ja.", "Ja, schießen Sie los."], ["Also: ", "", "Gut: "], ["", ".", ", danke"]),
    "fr": (["Vous avez de quoi noter ?", "Vous pouvez noter ?"], ["Oui, allez-y.", "Je vous écoute."],
           ["Alors: ", "", "Bon: "], ["", ".", ", voilà"]),
    "it": (["Ha una penna?", "Può segnare?", "Ha da scrivere?"], ["Sì, mi dica.", "Prego."],
           ["Allora: ", "", "Dunque: "], ["", ".", ", grazie"]),
    "nl": (["Heeft u een pen bij de hand?", "Kunt u iets noteren?"], ["Ja, zegt u het maar.", "Ga uw gang."],
           ["Oké: ", "", "Nou: "], ["", ".", ", dank u"]),
    "pt": (["Tem onde apontar?", "Pode tomar nota?"], ["Sim, diga.", "Pode dizer."], ["Então: ", "", "Olhe: "],
           ["", ".", ", obrigado"]),
    "pl": (["Ma pani coś do pisania?", "Może pan zapisać?", "Ma pan długopis?"], ["Tak, słucham.", "Proszę."],
           ["Dobrze: ", "", "No to: "], ["", ".", ", dziękuję"]),
}


def phone_got_a_pen(fake: Faker, rng: random.Random) -> Said:
    """No word names it: "Have you got a pen?", "Also, write this down", and the number in the caller's English
    (American, Canadian, British, Irish, Australian, Indian, South African)."""
    region = rng.choice(["US", "CA", "GB", "IE", "AU", "IN", "ZA"])
    n, sizes = en_local(fake, rng, region)
    text = en_phone_said(n, sizes, region, rng)
    if rng.random() < 0.6:
        u = Said().say(rng.choice(["Have you got a pen?", "Got something to write with?", "Can you write this down?",
                                   "Are you ready to write?"])).turn()
        u.say(rng.choice(["Yep, go ahead.", "Go on.", "Ready.", "Yes."])).turn()
        u.say(rng.choice(["", "Okay. ", "Right. "]))
    else:
        u = Said().say(rng.choice(["Oh, and also, ", "Also, write this down: ", "One more thing, ",
                                   "And take this down: "]))
    return u.entity("PHONE_NUMBER", text, n).say(rng.choice([".", ". That's me.", ". That's the best one.", ""]))


def phone_para_apuntar(fake: Faker, rng: random.Random) -> Said:
    """No word names it: a caller asks whether the agent has a pen, in Spanish, German, French, Italian, Dutch,
    Portuguese or Polish, and says the number in that language."""
    lang = rng.choice(list(PEN))
    asks, acks, leads, ends = PEN[lang]
    _, v, _ = eu_mobile(fake, rng, lang)
    u = Said().say(rng.choice(asks)).turn().say(rng.choice(acks)).turn().say(rng.choice(leads))
    return u.entity("PHONE_NUMBER", eu_said(lang, v, rng), v, lang).say(rng.choice(ends))


LANDLINES = {"GB": ["20########", "161#######", "121#######", "113#######", "131#######"],
             "AU": ["2########", "3########", "7########"], "IE": ["1#######", "21#######"]}


def landline(fake: Faker, rng: random.Random, region: str, pattern: str | None = None) -> tuple[str, str]:
    """A landline (of an area's `pattern` if given) as dialled at home and as a national-format engine writes it."""
    _, n, parsed = e164_parts(region, pattern or rng.choice(LANDLINES[region]), fake)
    return "0" + n, fmt(parsed, False)


def phone_household_list(fake: Faker, rng: random.Random) -> Said:
    """A household's numbers as a list: the caller's mobile, the partner's, the house phone. All labelled."""
    region = rng.choice(["US", "US", "GB", "AU", "CA"])
    mine, sizes = en_local(fake, rng, region)
    theirs, _ = en_local(fake, rng, region)
    if region in ("US", "CA"):
        house, house_text = en_local(fake, rng, region)[0], None
    else:
        house, house_text = landline(fake, rng, region)
    cell = "cell" if region in ("US", "CA") else "mobile"
    who = rng.choice(["wife's", "husband's", "partner's"])
    said = [en_phone_said(mine, sizes, region, rng), en_phone_said(theirs, sizes, region, rng),
            house_text or en_phone_said(house, [3, 3, 4], region, rng)]
    u = Said()
    if rng.random() < 0.5:
        u.say(f"My {cell} is ").entity("PHONE_NUMBER", said[0], mine).say(f", my {who} {cell} is ")
        u.entity("PHONE_NUMBER", said[1], theirs).say(rng.choice([", and the house phone is ",
                                                                  ", and the landline's "]))
        u.entity("PHONE_NUMBER", said[2], house)
    else:
        u.entity("PHONE_NUMBER", said[0], mine).say(rng.choice([", that's mine. ", ", that's me. "]))
        u.entity("PHONE_NUMBER", said[1], theirs).say(f", that's my {who}. And ")
        u.entity("PHONE_NUMBER", said[2], house).say(rng.choice([" for the house", " is the landline"]))
    return u.say(rng.choice([".", ". Try them in that order.", ". Any of those."]))


VOICEMAIL = {
    "es": ("es_ES", "Hola, soy {name}, llamo por {what}. ", ["la factura", "el pedido", "la reclamación"],
           ["Llámeme al ", "Me puede llamar al "], ["Repito, ", "Le repito, "], ["Gracias, adiós.", "Un saludo."]),
    "de": ("de_DE", "Hallo, hier ist {name}, es geht um {what}. ", ["die Rechnung", "meine Bestellung",
                                                                    "den Vertrag"],
           ["Rufen Sie mich bitte zurück unter ", "Sie erreichen mich unter "], ["Ich wiederhole, ", "Nochmal: "],
           ["Danke, tschüss.", "Vielen Dank."]),
    "fr": ("fr_FR", "Bonjour, c'est {name}, j'appelle pour {what}. ", ["la facture", "ma commande", "mon contrat"],
           ["Rappelez-moi au ", "Vous pouvez me joindre au "], ["Je répète, ", "Je vous redonne le numéro: "],
           ["Merci, au revoir.", "Bonne journée."]),
    "it": ("it_IT", "Buongiorno, sono {name}, chiamo per {what}. ", ["la bolletta", "il mio ordine", "il contratto"],
           ["Mi richiami al ", "Mi può richiamare al "], ["Ripeto, ", "Ripeto il numero: "],
           ["Grazie, arrivederci.", "Grazie mille."]),
    "nl": ("nl_NL", "Hallo, met {name}, ik bel over {what}. ", ["de factuur", "mijn bestelling", "mijn abonnement"],
           ["Belt u mij terug op ", "U kunt mij bereiken op "], ["Ik herhaal, ", "Nogmaals: "],
           ["Dank u, dag.", "Bedankt."]),
    "pt": ("pt_PT", "Bom dia, fala {name}, estou a ligar por causa {what}. ", ["da fatura", "da encomenda",
                                                                               "do contrato"],
           ["Ligue-me para o ", "Pode ligar-me para o "], ["Repito, ", "Repito o número: "],
           ["Obrigado, até logo.", "Obrigada."]),
    "pl": ("pl_PL", "Dzień dobry, tu {name}, dzwonię w sprawie {what}. ", ["faktury", "zamówienia", "umowy"],
           ["Proszę oddzwonić na numer ", "Mój numer to "], ["Powtarzam, ", "Jeszcze raz: "],
           ["Dziękuję, do widzenia.", "Dziękuję."]),
}


def phone_voicemail_foreign(fake: Faker, rng: random.Random) -> Said:
    """A voicemail left in Spanish, German, French, Italian, Dutch, Portuguese or Polish: the callback number said,
    then said again ("repito"). Both labelled."""
    lang = rng.choice(list(VOICEMAIL))
    locale, hello, whats, asks, again, byes = VOICEMAIL[lang]
    _, v, _ = eu_mobile(fake, rng, lang)
    region = EU_MOBILES[lang][0]
    national = fmt(phonenumbers.parse(v, region), False)
    name = f"{fake[locale].first_name()} {fake[locale].last_name()}"
    u = Said().say(rng.choice(["Voicemail: ", "(voicemail transcription) ", "", "Nachricht: " if lang == "de" else ""]))
    u.say(hello.format(name=name, what=rng.choice(whats))).say(rng.choice(asks))
    u.entity("PHONE_NUMBER", rng.choice([eu_said(lang, v, rng), national]), v, lang).say(". ")
    u.say(rng.choice(again)).entity("PHONE_NUMBER", rng.choice([eu_said(lang, v, rng), national]), v, lang)
    return u.say(". " + rng.choice(byes))


PLUS_CODE = {"fr": ("33", ["mon portable, c'est le ", "alors, ", "c'est "], ["", ".", ", voilà"]),
             "de": ("49", ["meine Handynummer ist ", "also, ", "die Nummer: "], ["", ".", ", danke"]),
             "nl": ("31", ["mijn mobiele nummer is ", "oké, ", "het is "], ["", ".", ", dank u"]),
             "pl": ("48", ["mój numer to ", "proszę zapisać, ", "komórka: "], ["", ".", ", dziękuję"])}


def phone_plus_code_languages(fake: Faker, rng: random.Random) -> Said:
    """A mobile with its country code after "plus", said in French ("plus trente-trois"), German ("plus
    neunundvierzig"), Dutch ("plus eenendertig") or Polish ("plus czterdzieści osiem")."""
    lang = rng.choice(list(PLUS_CODE))
    cc, intros, ends = PLUS_CODE[lang]
    _, _, n = eu_mobile(fake, rng, lang)
    if lang == "fr":
        body = f"{run(n[0], 'fr')}, " + ", ".join(pairs14(n[i:i + 2], "fr") for i in range(1, 9, 2))
    elif lang == "de":
        body = ", ".join(de_digit_run(g, rng) for g in grp(n, [3, 4, 4]))
    elif lang == "nl":
        body = f"{run(n[0], 'nl')}, " + ", ".join(pairs14(n[i:i + 2], "nl") for i in range(1, 9, 2))
    else:
        body = eu_said("pl", n, rng)
    u = Said().say(rng.choice(intros))
    return u.entity("PHONE_NUMBER", f"plus {pair14(int(cc), lang)}, {body}", cc + n, lang).say(rng.choice(ends))


def phone_polish_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Polish mobile in three threes, each as a number the way Poles say them ("pięćset dwanaście, trzysta
    czterdzieści pięć"), the country code in front sometimes."""
    cc, v, _ = eu_mobile(fake, rng, "pl")
    body = ", ".join(three(g, "pl") for g in grp(v, [3, 3, 3]))
    text, value = (f"plus {pl_pair(48)}, {body}", cc + v) if rng.random() < 0.3 else (body, v)
    u = Said().say(rng.choice(["mój numer komórki to ", "proszę dzwonić na ", "to jest ", "tak, "]))
    return u.entity("PHONE_NUMBER", text, value, "pl").say(rng.choice(["", ".", ", dziękuję"]))


def phone_office_fax(fake: Faker, rng: random.Random) -> Said:
    """An office: the switchboard, the caller's direct line and the fax. All three labelled."""
    region = rng.choice(["GB", "GB", "IE", "US", "AU"])
    if region == "US":
        area = a_us_phone(fake)[:3]
        nums = []
        while len(nums) < 3:
            if phone_ok("1" + (n := area + fake.numerify("%##") + fake.numerify("####"))):
                nums.append(n)
        texts = [rng.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", "-".join(grp(n, [3, 3, 4])),
                             ", ".join(run(g, "en", "zero") for g in grp(n, [3, 3, 4]))]) for n in nums]
    else:
        pattern = rng.choice(LANDLINES[region])
        lines = [landline(fake, rng, region, pattern) for _ in range(3)]
        nums = [n for n, _ in lines]
        texts = [rng.choice([national, ", ".join(run(g, "en", "oh") for g in re.findall(r"\d+", national))])
                 for _, national in lines]
    u = Said().say(rng.choice(["Our main switchboard is ", "The office number is ", "Reception's on "]))
    u.entity("PHONE_NUMBER", texts[0], nums[0]).say(rng.choice([". My direct line is ", ", but my direct line's "]))
    u.entity("PHONE_NUMBER", texts[1], nums[1]).say(rng.choice([", and the fax is ",
                                                                ". Fax, if anyone still uses it, "]))
    return u.entity("PHONE_NUMBER", texts[2], nums[2]).say(rng.choice([".", ". Ha.", ""]))


def sizes_for(n: str, region: str = "") -> list[int]:
    """The groups a national number of this length (of this country, for Britain and France) is said in."""
    if region in ("GB", "FR"):
        return [4, 6] if region == "GB" else [1, 2, 2, 2, 2]
    return {9: [3, 3, 3], 10: [3, 3, 4], 11: [3, 4, 4]}.get(len(n), [3, 3, 4])


WHATSAPP = {"ES": ("Spanish", ["6########"]), "PT": ("Portuguese", ["91#######", "93#######"]),
            "IT": ("Italian", ["34########", "33########"]), "FR": ("French", ["6########"]),
            "DE": ("German", ["151########", "176########"]), "NL": ("Dutch", ["6########"]),
            "PL": ("Polish", ["5########", "6########"]), "IN": ("Indian", ["98########", "99########"]),
            "GB": ("UK", ["7#########"]), "IE": ("Irish", ["87#######", "85#######"])}


def phone_whatsapp(fake: Faker, rng: random.Random) -> Said:
    """The agent offers WhatsApp; the caller gives the number it is on, a foreign one, with its country code said
    in English or typed."""
    region = rng.choice(list(WHATSAPP))
    country, patterns = WHATSAPP[region]
    cc, n, _ = e164_parts(region, rng.choice(patterns), fake)
    gs = grp(n, sizes_for(n, region))
    text = rng.choice([f"plus {run(cc)}, {', '.join(run(g, 'en', 'zero') for g in gs)}", f"+{cc} {' '.join(gs)}",
                       f"plus {run(cc)}, {' '.join(gs)}"])
    u = Said().say(rng.choice(["Can we send you the form on WhatsApp?", "Do you have WhatsApp? It's quicker for "
                               "the photos.", "Would WhatsApp be easier?"])).turn()
    u.say(rng.choice([f"Yes, but it's on my {country} number: ", "Yeah, WhatsApp me on ", "Sure, it's "]))
    return u.entity("PHONE_NUMBER", text, cc + n).say(rng.choice([".", "", ". That one has WhatsApp."]))


ABROAD = {"IE": ("Irish", "Ireland", ["87#######", "85#######", "86#######"]), "GB": ("British", "the UK",
                                                                                     ["7#########"]),
          "ES": ("Spanish", "Spain", ["6########"]), "FR": ("French", "France", ["6########", "7########"]),
          "DE": ("German", "Germany", ["151########", "170#######"]), "IT": ("Italian", "Italy", ["34########"]),
          "PL": ("Polish", "Poland", ["5########", "6########"]), "PT": ("Portuguese", "Portugal", ["91#######"]),
          "AU": ("Australian", "Australia", ["4########"]), "IN": ("Indian", "India", ["98########"])}


def phone_country_code_asked(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for the country code apart ("And the country code?"), then the number without its first zero:
    both parts labelled, read back together."""
    region = rng.choice(list(ABROAD))
    adj, name, patterns = ABROAD[region]
    cc, n, _ = e164_parts(region, rng.choice(patterns), fake)
    u = Said().say(rng.choice(["Is that a US number?", "And is that a local number?"])).turn()
    u.say(rng.choice([f"No, it's {adj}.", f"No, it's an {adj} one." if adj[0] in "AEIOU" else f"No, a {adj} one.",
                      f"No, I'm in {name}."])).turn()
    u.say(rng.choice(["Okay, what's the country code?", f"And the dialling code for {name}?",
                      "Right, country code first?"])).turn()
    code_text, code_value = rng.choice([(f"plus {run(cc)}", cc), (f"double oh {run(cc)}", "00" + cc),
                                        (f"+{cc}", cc), (run(cc), cc)])
    u.say(rng.choice(["It's ", "", "Um, "])).entity("PHONE_NUMBER", code_text, code_value).say(".").turn()
    u.say(rng.choice(["And then the number, without the first zero?", "And the rest of it?", "Lovely. And then?"]))
    u.turn().entity("PHONE_NUMBER", rng.choice([", ".join(run(g, "en", "oh") for g in grp(n, sizes_for(n, region))),
                                                " ".join(grp(n, sizes_for(n, region)))]), n).joint(2, code_value + n)
    return u.say(rng.choice([".", "", ". Got it?"]))


BACKCHANNEL = {"es": ["Sí.", "Ajá.", "Mhm.", "Sí, sí."], "fr": ["Oui.", "Mhm.", "D'accord."], "it": ["Sì.", "Mhm.",
                                                                                                  "Sì, sì."],
               "de": ["Ja.", "Mhm.", "Ja, ja."], "pt": ["Sim.", "Hum-hum.", "Sim, sim."], "pl": ["Tak.", "Mhm.",
                                                                                                "Aha."],
               "nl": ["Ja.", "Mhm.", "Ja, ja."]}


SPLIT_GROUPS = {"es": [3, 2, 2, 2], "pt": [3, 3, 3], "pl": [3, 3, 3], "it": [3, 3, 4], "de": [4, 3, 4],
                "fr": [2, 2, 2, 2, 2], "nl": [2, 2, 2, 2, 2]}


def group_in(g: str, lang: str, rng: random.Random) -> str:
    """A group of a phone number as said in `lang`: digit by digit ("zwo" in German), in pairs, or in hundreds."""
    if lang == "de":
        return de_digit_run(g, rng)
    if len(g) == 3 and lang in ("es", "pl") and rng.random() < 0.5:
        return three(g, lang)
    if len(g) % 2 == 0 and g[0] != "0" and rng.random() < 0.6:
        return pairs14(g, lang)
    return run(g, lang)


def phone_split_backchannel(fake: Faker, rng: random.Random) -> Said:
    """A foreign mobile split over two turns of its speaker, the agent's "sí", "oui", "ja", "tak" between; each
    turn labelled as the part it says, read back together."""
    lang = rng.choice(list(BACKCHANNEL))
    _, v, _ = eu_mobile(fake, rng, lang)
    gs = grp(v, SPLIT_GROUPS[lang])
    k = rng.randint(1, len(gs) - 1)
    head, tail = "".join(gs[:k]), "".join(gs[k:])
    u = Said().entity("PHONE_NUMBER", ", ".join(group_in(g, lang, rng) for g in gs[:k]), head, lang).say(
        rng.choice([",", "...", ""])).turn()
    u.say(rng.choice(BACKCHANNEL[lang])).turn()
    return u.entity("PHONE_NUMBER", ", ".join(group_in(g, lang, rng) for g in gs[k:]), tail, lang).joint(2, v).say(
        rng.choice([".", ""]))


def phone_callback_ivr(fake: Faker, rng: random.Random) -> Said:
    """A speech IVR takes a callback number: what the caller says and what the IVR heard labelled; sometimes the
    caller says no and it is taken again one digit at a time."""
    region = rng.choice(["GB", "IE", "AU", "US"])
    n, sizes = en_local(fake, rng, region)
    tag = rng.choice(["IVR: ", "System: ", "", "[IVR] "])
    u = Said().say(f"{tag}Please say the number you'd like us to call you back on, starting with the "
                   f"{'area code' if region == 'US' else 'first zero'}.").turn()
    u.entity("PHONE_NUMBER", en_phone_said(n, sizes, region, rng), n).turn()
    heard = rng.choice([" ".join(grp(n, sizes)), ", ".join(grp(n, sizes)), ", ".join(n)])
    if rng.random() < 0.4:
        u.say(f"{tag}I heard ").entity("PHONE_NUMBER", heard, n).say(". Is that right?").turn()
        u.say("No.").turn().say(f"{tag}Sorry about that. Please say the number again, one digit at a time.").turn()
        u.entity("PHONE_NUMBER", run(n, "en", rng.choice(["oh", "zero"])), n).turn()
    u.say(f"{tag}{rng.choice(['Thanks. I heard ', 'I have ', 'Got it: '])}").entity("PHONE_NUMBER", heard, n)
    return u.say(rng.choice([". If that's correct, say yes.", ". Is that right?", ". Say yes or no."]))


def phone_abroad_agent_adds(fake: Faker, rng: random.Random) -> Said:
    """The caller, abroad, gives the number as dialled there; the agent reads it back with the country code in
    front. Both labelled."""
    region, adj, country = rng.choice([("ES", "Spanish", "Spain"), ("PT", "Portuguese", "Portugal"),
                                       ("FR", "French", "France"), ("IT", "Italian", "Italy")])
    patterns = {"ES": ["6########"], "PT": ["91#######", "96#######"], "FR": ["6########", "7########"],
                "IT": ["34########", "33########"]}[region]
    cc, n, _ = e164_parts(region, rng.choice(patterns), fake)
    home = "0" + n if region == "FR" else n
    home_said = ", ".join(run(g, "en", "oh") for g in grp(home, [2, 2, 2, 2, 2] if region == "FR" else sizes_for(home)))
    u = Said().say(rng.choice([f"I'm in {country} at the moment, so it's a {adj} mobile: ",
                               f"I've moved to {country}, the new number's ", f"It's a {adj} number now: "]))
    u.entity("PHONE_NUMBER", home_said, home).say(".").turn()
    u.say(rng.choice(["So from here that'd be ", "Okay, so with the code, ", "Let me put the country code on: "]))
    u.entity("PHONE_NUMBER", rng.choice([f"plus {run(cc)}, {' '.join(grp(n, sizes_for(n, region)))}",
                                         f"+{cc} {' '.join(grp(n, sizes_for(n, region)))}"]), cc + n)
    return u.say(rng.choice(["?", ", right?", ". Is that correct?"])).turn().say(rng.choice(["That's it.", "Yes."]))


# Emails -------------------------------------------------------------------------------------------------
ROLES = [("accounts", "accounts"), ("info", "info"), ("bookings", "bookings"), ("hello", "hello"),
         ("office", "office"), ("admin", "admin"), ("ap", "a p"), ("payroll", "payroll"), ("reception", "reception"),
         ("enquiries", "enquiries")]
FIRMS = ["harbour view", "oak tree", "riverside", "kingfisher", "meadow lane", "stonebridge", "westfield",
         "copper beech", "lighthouse", "greenway", "hillcrest", "old mill"]
TRADES = ["dental", "motors", "vets", "lettings", "joinery", "accountants", "plumbing", "nursery", "physio", "bakery"]
TLDS = [("co.uk", "co dot uk"), ("ie", "i e"), ("com.au", "com dot a u"), ("ca", "c a"), ("co.za", "co dot z a"),
        ("com", "com"), ("co.uk", "co dot u k")]


def email_role_addresses(fake: Faker, rng: random.Random) -> Said:
    """A small business's role address ("accounts at kingfisher vets dot co dot uk"), its name said as the words it
    is made of, a dash said where there is one."""
    role, role_said = rng.choice(ROLES)
    firm, trade = rng.choice(FIRMS), rng.choice(TRADES)
    dash = rng.random() < 0.3
    tld, tld_said = rng.choice(TLDS)
    addr = address(role, f"{firm.replace(' ', '')}{'-' if dash else ''}{trade}.{tld}")
    text = f"{role_said} at {firm} {'dash ' if dash else ''}{trade} dot {tld_said}"
    u = Said().say(rng.choice(["Send the invoice to ", "It's just ", "Can you copy in ", "Bookings go through ",
                               "Best to use the shared one, "]))
    return u.entity("EMAIL_ADDRESS", text, addr).say(rng.choice([", not my personal one.", ", all one word.", ".", ""]))


RELAY_WORDS = ["sunny", "quiet", "river", "maple", "copper", "velvet", "harbor", "lunar", "pebble", "cedar", "orbit",
               "amber", "tulip", "gravel", "meadow", "crisp", "fable", "lantern"]


def spelled_chars(s: str, rng: random.Random) -> str:
    """Letters and digits one at a time, now and then a letter made clear with "as in" and its NATO word."""
    out = []
    for c in s:
        if c.isdigit():
            out.append(WORDS[int(c)])
        elif rng.random() < 0.25:
            out.append(f"{c} as in {NATO[c.upper()]}")
        else:
            out.append(c)
    return rng.choice([" ", ", "]).join(out)


def email_private_relay(fake: Faker, rng: random.Random) -> Said:
    """A hide-my-email address (Apple's, DuckDuckGo's, Firefox's): random letters and digits spelled out, or three
    random words with dashes."""
    alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    kind = rng.choice(["apple", "apple", "duck", "mozmail"])
    if kind == "duck":
        ws = rng.sample(RELAY_WORDS, 3)
        addr = address("-".join(ws), "duck.com")
        text = f"{' dash '.join(ws)} at duck dot com"
        intro = ["It's one of those DuckDuckGo ones, ", "I use a masked address, ", "It's a forwarding one: "]
    else:
        local = ""
        while not (any(c.isdigit() for c in local) and local[0].isalpha()):
            local = "".join(rng.choice(alnum) for _ in range(rng.choice([9, 10])))
        domain, said_domain = ("privaterelay.appleid.com", "privaterelay dot appleid dot com") if kind == "apple" else \
            ("mozmail.com", "mozmail dot com")
        addr = address(local, domain)
        text = f"{spelled_chars(local, rng)} at {said_domain}"
        intro = ["It's one of those hide-my-email ones, random letters, so bear with me: ",
                 "Apple made one up for me, it's ", "It's a relay address: ", "Okay, it's gibberish, sorry: "]
    return Said().say(rng.choice(intro)).entity("EMAIL_ADDRESS", text, addr).say(
        rng.choice([".", "", ". It forwards to me."]))


def email_student_address(fake: Faker, rng: random.Random) -> Said:
    """A student address with its student number or initials in it: Irish, Scottish, Australian, American and
    Canadian universities said out."""
    first, last = person(fake, rng.choice(["en_IE", "en_GB", "en_AU", "en_US"]))
    kind = rng.randrange(5)
    if kind == 0:
        num = str(rng.randint(10, 99))
        local, said_local = f"{first[0]}.{last}{num}", f"{first[0]} dot {last} {run(num, 'en', 'zero')}"
        domain, said_domain = "mail.dcu.ie", "mail dot d c u dot i e"
    elif kind == 1:
        num = fake.numerify("2######")
        local, said_local = f"{num}{last[0]}", f"{run(num, 'en', 'zero')} {last[0]}"
        domain, said_domain = "student.gla.ac.uk", "student dot g l a dot a c dot u k"
    elif kind == 2:
        num = fake.numerify("3######")
        local, said_local = f"s{num}", f"s {run(num, 'en', 'zero')}"
        domain, said_domain = "student.rmit.edu.au", "student dot r m i t dot edu dot a u"
    elif kind == 3:
        local, said_local = f"{first}.{last}", f"{first} dot {last}"
        domain, said_domain = rng.choice([("ucdconnect.ie", "u c d connect dot i e"),
                                          ("mail.utoronto.ca", "mail dot u toronto dot c a")])
    else:
        num = str(rng.randint(1, 99))
        local, said_local = f"{first[0]}{last}{num}", f"{first[0]} {last} {run(num, 'en', 'zero')}"
        domain, said_domain = rng.choice([("umich.edu", "umich dot e d u"), ("asu.edu", "a s u dot e d u")])
    addr = address(local, domain)
    u = Said().say(rng.choice(["It's my son's uni email, ", "Use my student email: ", "Send it to my college "
                               "address, ", "My daughter's university one: "]))
    return u.entity("EMAIL_ADDRESS", f"{said_local} at {said_domain}", addr).say(rng.choice([".", "", ", she checks "
                                                                                              "that one."]))


def email_number_as_local(fake: Faker, rng: random.Random) -> Said:
    """An address whose local part is a number: an Indian mobile at gmail or rediffmail, a QQ number, a Chinese
    mobile at 163."""
    kind = rng.randrange(3)
    if kind == 0:
        n = e164_parts("IN", rng.choice(["98########", "99########", "94########"]), fake)[1]
        domain, said_domain = rng.choice([("gmail.com", "gmail dot com"), ("rediffmail.com", "rediffmail dot com"),
                                          ("yahoo.co.in", "yahoo dot co dot in")])
        said_n = rng.choice([", ".join(spoken_doubles(g, rng) for g in grp(n, [5, 5])), run(n, "en", "zero")])
        intro = ["It is my mobile number only, ", "Email ID is all numbers, ", "Kindly note, "]
    elif kind == 1:
        n = str(rng.randint(10 ** 7, 10 ** 10 - 1))
        domain, said_domain = "qq.com", "q q dot com"
        said_n = run(n, "en", "zero")
        intro = ["It's my QQ number, so ", "It's a QQ one: ", "Okay, it's all numbers, "]
    else:
        n = "1" + rng.choice("3589") + fake.numerify("#########")
        domain, said_domain = "163.com", "one six three dot com"
        said_n = ", ".join(run(g, "en", "zero") for g in grp(n, [3, 4, 4]))
        intro = ["It's my phone number at one six three. So ", "Okay, it's "]
    addr = address(n, domain)
    return Said().say(rng.choice(intro)).entity("EMAIL_ADDRESS", f"{said_n} at {said_domain}", addr).say(
        rng.choice([".", "", ". No letters."]))


FR_ALPHABET = {"A": "Anatole", "B": "Berthe", "C": "Célestin", "D": "Désiré", "E": "Eugène", "F": "François",
               "G": "Gaston", "H": "Henri", "I": "Irma", "J": "Joseph", "K": "Kléber", "L": "Louis", "M": "Marcel",
               "N": "Nicolas", "O": "Oscar", "P": "Pierre", "Q": "Quintal", "R": "Raoul", "S": "Suzanne",
               "T": "Thérèse", "U": "Ursule", "V": "Victor", "W": "William", "X": "Xavier", "Y": "Yvonne", "Z": "Zoé"}
NL_ALPHABET = {"A": "Anton", "B": "Bernard", "C": "Cornelis", "D": "Dirk", "E": "Eduard", "F": "Ferdinand",
               "G": "Gerard", "H": "Hendrik", "I": "Izaak", "J": "Johan", "K": "Karel", "L": "Lodewijk", "M": "Marie",
               "N": "Nico", "O": "Otto", "P": "Pieter", "Q": "Quotiënt", "R": "Rudolf", "S": "Simon", "T": "Teunis",
               "U": "Utrecht", "V": "Victor", "W": "Willem", "X": "Xantippe", "Y": "Ypsilon", "Z": "Zaandam"}
SPELLED_EU = {
    "es": ("es_ES", "punto", "arroba", [("gmail.com", "gmail punto com"), ("hotmail.es", "hotmail punto es"),
                                         ("telefonica.net", "telefonica punto net")],
           ["mi correo es ", "apúntelo así: ", "le deletreo: "]),
    "fr": ("fr_FR", "point", "arobase", [("orange.fr", "orange point fr"), ("free.fr", "free point fr"),
                                         ("laposte.net", "laposte point net")],
           ["je vous l'épelle: ", "mon adresse, c'est ", "alors, "]),
    "it": ("it_IT", "punto", "chiocciola", [("libero.it", "libero punto it"), ("alice.it", "alice punto it"),
                                            ("tiscali.it", "tiscali punto it")],
           ["glielo detto: ", "la mia mail è ", "allora, "]),
    "nl": ("nl_NL", "punt", "apenstaartje", [("ziggo.nl", "ziggo punt nl"), ("kpnmail.nl", "kpnmail punt nl"),
                                             ("hotmail.nl", "hotmail punt nl")],
           ["ik spel het even: ", "mijn mailadres is ", "oké, "]),
}


def spell_in(word: str, lang: str, rng: random.Random) -> str:
    """A word spelled as a caller of `lang` spells it: Spanish letter names, "M comme Marcel", "G come Genova",
    "A van Anton" (some letters bare)."""
    out = []
    for c in word.upper():
        if lang == "es":
            out.append(ES_LETTERS[c])
        else:
            name = {"fr": FR_ALPHABET, "it": IT_CITIES, "nl": NL_ALPHABET}[lang][c]
            joiner = {"fr": "comme", "it": "come", "nl": "van"}[lang]
            out.append(f"{c} {joiner} {name}" if rng.random() < 0.7 else c)
    return ", ".join(out)


def email_spelled_european(fake: Faker, rng: random.Random) -> Said:
    """The surname in the address spelled the caller's way: Spanish letter names ("ge, a, erre, ce, i, a"), French
    "comme", Italian "come" and a city, Dutch "van" and a name."""
    lang = rng.choice(list(SPELLED_EU))
    locale, dot, at, domains, intros = SPELLED_EU[lang]
    first, last = person(fake, locale)
    while lang == "es" and first in ES_NAME_OF:
        first, last = person(fake, locale)
    domain, said_domain = rng.choice(domains)
    addr = address(f"{first}.{last}", domain)
    text = f"{first} {dot}, {spell_in(last, lang, rng)}, {at} {said_domain}"
    return Said().say(rng.choice(intros)).entity("EMAIL_ADDRESS", text, addr, lang).say(rng.choice(["", ".", "!"]))


def email_no_dot_clarified(fake: Faker, rng: random.Random) -> Said:
    """The caller says what is, or is not, between the names ("no dot, no space", "the line at the bottom, not a
    dash"); the clarification inside the label, named."""
    first, last = person(fake, rng.choice(["en_US", "en_GB", "en_IE", "en_AU", "en_CA"]))
    provider = rng.choice(["gmail", "hotmail", "yahoo", "outlook", "icloud"])
    sep, said_sep, asides = rng.choice([
        ("", "", [", no dot,", ", no dot, no space,", ", all together, no dot in between,"]),
        ("_", " underscore", [", the line at the bottom, not a dash,", ", not a hyphen,", ", the low line,"]),
        ("-", " dash", [", the short line, not an underscore,", ", like a minus,"]),
        (".", " dot", [", like a full stop,", ", a dot, not an underscore,"])])
    aside = rng.choice(asides)
    addr = address(f"{first}{sep}{last}", f"{provider}.com")
    text = f"{first}{said_sep}{aside} {last} at {provider} dot com"
    u = Said().say(rng.choice(["It's ", "My email's ", "Okay, so it's "]))
    return u.entity("EMAIL_ADDRESS", text, addr, drop=(aside,)).say(rng.choice([".", "", ". Lower case."]))


def email_agent_chat_confirm(fake: Faker, rng: random.Random) -> Said:
    """The agent types what it heard into the chat for the caller to check: sometimes a vowel wrong (an address in
    itself, labelled with its value), put right and typed again. Every copy labelled."""
    first, last = person(fake)
    provider = rng.choice(["gmail", "yahoo", "outlook", "aol"])
    addr = address(f"{first}.{last}", f"{provider}.com")
    u = Said().say(rng.choice(["It's ", "Sure, "])).entity("EMAIL_ADDRESS", f"{first} dot {last} at {provider} dot com",
                                                           addr).say(".").turn()
    u.say(rng.choice(["I'll pop it in the chat so you can check the spelling.", "Let me type it into the chat window "
                      "for you to check."])).turn()
    vowels = [i for i, c in enumerate(last) if c in "aeiou"]
    if vowels and rng.random() < 0.5:
        i = rng.choice(vowels)
        other = rng.choice([v for v in "aeiou" if v != last[i]])
        wrong = address(f"{first}.{last[:i]}{other}{last[i + 1:]}", f"{provider}.com")
        u.say("Agent (chat): ").entity("EMAIL_ADDRESS", wrong, wrong).say("?").turn()
        an = "a" if last[i] == "u" else "an"
        u.say(rng.choice([f"No, it's {an} {last[i]}, not {other}.", f"Close, but it's {an} {last[i]} there."])).turn()
    u.say("Agent (chat): ").entity("EMAIL_ADDRESS", addr, addr).say(rng.choice(["?", " - is that right?"])).turn()
    return u.say(rng.choice(["Yes, that's it.", "Perfect.", "Yep, that's right."]))


COMPANIES_ONE = ["brightwater", "kettlewell", "holloway", "pemberton", "ashworth", "fairbanks", "whitmore",
                 "cresswell", "thornbury", "lockhart"]


def email_domain_spelled_after(fake: Faker, rng: random.Random) -> Said:
    """A company's domain said, then spelled letter by letter right after it; the spelling inside the label,
    named."""
    first, last = person(fake, rng.choice(["en_GB", "en_US", "en_IE"]))
    company = rng.choice(COMPANIES_ONE)
    tld, said_tld = rng.choice([("co.uk", "co dot uk"), ("com", "com"), ("ie", "i e")])
    local, said_local = rng.choice([(first, first), (f"{first[0]}.{last}", f"{first[0]} dot {last}"),
                                    (f"{first}.{last}", f"{first} dot {last}")])
    aside = rng.choice([f", that's {' '.join(company)},", f", {'-'.join(company.upper())},",
                        f", spelled {' '.join(company.upper())},"])
    addr = address(local, f"{company}.{tld}")
    u = Said().say(rng.choice(["It's my work one, ", "Use the office email, ", "It's "]))
    return u.entity("EMAIL_ADDRESS", f"{said_local} at {company}{aside} dot {said_tld}", addr, drop=(aside,)).say(
        rng.choice([".", "", ". Like the surname."]))


def email_old_and_new(fake: Faker, rng: random.Random) -> Said:
    """The address on file is an old one; the caller says it, then the new one. Both labelled."""
    first, last = person(fake, rng.choice(["en_US", "en_GB", "en_AU"]))
    old_p, new_p = rng.sample(["aol", "hotmail", "yahoo", "gmail", "outlook", "icloud"], 2)
    num = str(rng.randint(1, 99))
    old = address(f"{first}{last}{num}", f"{old_p}.com")
    new = address(f"{first}.{last}", f"{new_p}.com")
    old_said = rng.choice([f"{first} {last} {run(num, 'en', 'zero')} at {old_p} dot com", old])
    new_said = rng.choice([f"{first} dot {last} at {new_p} dot com", new])
    u = Said().say(rng.choice(["You've probably still got my old one, ", "The one on file is old, it's "]))
    u.entity("EMAIL_ADDRESS", old_said, old).say(rng.choice([", I don't use that any more. ", ", that's dead now. "]))
    u.say(rng.choice(["The new one's ", "Please use ", "It's now "])).entity("EMAIL_ADDRESS", new_said, new)
    return u.say(rng.choice([".", ". Thanks.", ""]))


CASE_WORDS = {
    "de": ("de_DE", "punkt", "ät", [("web.de", "web punkt de"), ("gmx.de", "gmx punkt de")],
           [", alles klein,", ", kleingeschrieben,", ", alles in Kleinbuchstaben,"], ["meine Mail ist ", "also, "]),
    "es": ("es_ES", "punto", "arroba", [("gmail.com", "gmail punto com"), ("yahoo.es", "yahoo punto es")],
           [", todo en minúsculas,", ", en minúscula,", ", todo minúsculas,"], ["mi correo es ", "es "]),
    "fr": ("fr_FR", "point", "arobase", [("orange.fr", "orange point fr"), ("free.fr", "free point fr")],
           [", tout en minuscules,", ", en minuscules,"], ["mon adresse, c'est ", "alors, "]),
    "nl": ("nl_NL", "punt", "apenstaartje", [("ziggo.nl", "ziggo punt nl"), ("gmail.com", "gmail punt com")],
           [", allemaal kleine letters,", ", met kleine letters,"], ["mijn mail is ", "het is "]),
    "it": ("it_IT", "punto", "chiocciola", [("libero.it", "libero punto it"), ("gmail.com", "gmail punto com")],
           [", tutto minuscolo,", ", in minuscolo,"], ["la mia mail è ", "allora, "]),
}


def email_case_words(fake: Faker, rng: random.Random) -> Said:
    """The caller says the address is all in small letters, in German, Spanish, French, Dutch or Italian, inside it
    ("alles klein", "todo en minúsculas"); named."""
    lang = rng.choice(list(CASE_WORDS))
    locale, dot, at, domains, asides, intros = CASE_WORDS[lang]
    first, last = person(fake, locale)
    domain, said_domain = rng.choice(domains)
    aside = rng.choice(asides)
    addr = address(f"{first}.{last}", domain)
    head = rng.choice([f"{first.capitalize()}{aside} {dot} {last.capitalize()}",
                       f"{first.capitalize()} {dot} {last.capitalize()}{aside}"])
    return Said().say(rng.choice(intros)).entity("EMAIL_ADDRESS", f"{head} {at} {said_domain}", addr, lang,
                                                 drop=(aside,)).say(rng.choice(["", ".", "!"]))


# IBANs --------------------------------------------------------------------------------------------------
def pl_iban(fake: Faker, rng: random.Random) -> str:
    """A Polish IBAN: a real bank's four digits, a branch, the sort code's weighted check digit, sixteen digits."""
    head = rng.choice(["1020", "1140", "1050", "1090", "1240", "1160", "1750"]) + fake.numerify("###")
    check = (10 - sum(int(d) * w for d, w in zip(head, [3, 9, 7, 1, 3, 9, 7], strict=True)) % 10) % 10
    return iban_with("PL", f"{head}{check}" + fake.numerify("#" * 16))


def no_iban(fake: Faker, rng: random.Random) -> str:
    """A Norwegian IBAN: a bank's four digits, six of the account and its mod-11 check digit."""
    while True:
        body = rng.choice(["1503", "1207", "9710", "3000", "6063", "1822"]) + fake.numerify("######")
        check = 11 - sum(int(d) * w for d, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        if check != 10:
            return iban_with("NO", body + str(check % 11))


def nl_iban(fake: Faker, bank: str) -> str:
    """A Dutch IBAN at `bank`, its ten-digit account passing the eleven test (ING's need not)."""
    while True:
        acct = fake.numerify("##########")
        if bank == "INGB" or sum(int(c) * w for c, w in zip(acct, range(10, 0, -1), strict=True)) % 11 == 0:
            return iban_with("NL", bank + acct)


IBAN_OF = {
    "AT": lambda f, r: iban_with("AT", r.choice(["12000", "20111", "14000", "32000", "60000", "20404"])
                                 + f.numerify("#" * 11)),
    "CH": lambda f, r: iban_with("CH", r.choice(["00230", "09000", "04835", "80808", "00762", "00700"])
                                 + f.numerify("#" * 12)),
    "PL": pl_iban,
    "SE": lambda f, r: iban_with("SE", r.choice(["500", "800", "600", "300", "120", "955"]) + f.numerify("#" * 17)),
    "NO": no_iban,
    "LU": lambda f, r: iban_with("LU", r.choice(["001", "002", "003", "008", "014", "030"]) + f.numerify("#" * 13)),
    "BE": lambda f, r: be_iban(r.choice(["001", "068", "363", "735", "083", "310"]), f),
    "NL": lambda f, r: nl_iban(f, r.choice(["RABO", "INGB", "ABNA", "BUNQ", "TRIO", "KNAB", "SNSB", "ASNB"])),
}


def an_iban14(fake: Faker, rng: random.Random, country: str) -> str:
    return checked("IBAN_CODE", IBAN_OF[country](fake, rng) if country in IBAN_OF else an_iban(fake, rng, country))


def check_said(v: str, lang: str) -> str:
    """The check digits as said in `lang`: a number, or digit by digit from a zero."""
    return pair14(int(v[2:4]), lang) if v[2] != "0" else run(v[2:4], lang, "zero")


def group_said(g: str, lang: str, rng: random.Random, pairs_share: float = 0.4) -> str:
    """A group of an IBAN: letters as letters, digits digit by digit or in pairs."""
    if g.isdigit() and len(g) % 2 == 0 and rng.random() < pairs_share:
        return pairs14(g, lang)
    if lang == "de":
        return " ".join(c if c.isalpha() else de_digit_run(c, rng) for c in g)
    return " ".join(c if c.isalpha() else run(c, lang, "zero") for c in g)


def iban_spanish_confirmed(fake: Faker, rng: random.Random) -> Said:
    """A Spanish IBAN read four at a time, the country by its letters' names ("e ese"), the agent's "vale", "sí"
    between; each group labelled, read back whole."""
    v = an_iban14(fake, rng, "ES")
    gs = fours(v)
    acks = ["Sí.", "Vale.", "Ajá.", "Sí, siga.", "Apuntado.", "Mhm.", "Vale, siga."]
    u = Said().say(rng.choice(["Le voy diciendo de cuatro en cuatro. ", "Vale, el IBAN. ", "Apunte: "]))
    first = rng.choice([f"e ese {check_said(v, 'es')}", f"E S {run(v[2:4], 'es')}", f"e, ese, {check_said(v, 'es')}"])
    u.entity("IBAN_CODE", first, gs[0], "es")
    for g in gs[1:]:
        u.say(rng.choice([".", "..."])).turn().say(rng.choice(acks)).turn()
        u.entity("IBAN_CODE", group_said(g, "es", rng), g, "es")
    return u.joint(len(gs), v).say(rng.choice([".", ". Ya está.", ""]))


def iban_luxembourg(fake: Faker, rng: random.Random) -> Said:
    """A Luxembourg IBAN, said in French, German or English, as Luxembourgers switch."""
    v = an_iban14(fake, rng, "LU")
    lang = rng.choice(["fr", "de", "en"])
    body = ", ".join(group_said(g, lang, rng, 0.5) for g in fours(v[4:]))
    text = f"L U {check_said(v, lang)}, {body}"
    intro = {"fr": ["mon compte au Luxembourg, l'IBAN: ", "c'est un compte luxembourgeois: ", "alors, "],
             "de": ["mein Konto in Luxemburg, IBAN ", "die IBAN ist ", "also, "],
             "en": ["it's a Luxembourg account: ", "my account's in Luxembourg, it's ", "okay, "]}[lang]
    return Said().say(rng.choice(intro)).entity("IBAN_CODE", text, v, lang).say(rng.choice(["", ".", ", voilà"]))


def iban_swiss_french(fake: Faker, rng: random.Random) -> Said:
    """A Swiss IBAN read by a caller from Romandy, in pairs with "septante", "huitante", "nonante"."""
    v = an_iban14(fake, rng, "CH")
    parts = []
    for g in fours(v[4:]):
        parts.append(be_pairs(g, swiss=True) if len(g) % 2 == 0 and rng.random() < 0.7 else run(g, "fr"))
    check = be_pairs(v[2:4], swiss=True)
    text = f"C H {check}, {', '.join(parts)}"
    u = Said().say(rng.choice(["mon IBAN suisse, c'est ", "alors, l'IBAN: ", "c'est le compte PostFinance: ",
                               "voilà, "]))
    return u.entity("IBAN_CODE", text, v, "fr").say(rng.choice(["", ".", ", merci"]))


def iban_words_en(v: str, rng: random.Random) -> str:
    return ", ".join(group_said(g, "en", rng, 0.3) for g in fours(v))


def iban_old_and_new(fake: Faker, rng: random.Random) -> Said:
    """The refund is not to go to the old account (its IBAN said) but to the new one. Both labelled."""
    country = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    old, new = an_iban14(fake, rng, country), an_iban14(fake, rng, rng.choice([country, "IE", "NL"]))
    u = Said().say(rng.choice(["Please don't send it to ", "You've got the old account, "]))
    u.entity("IBAN_CODE", rng.choice([" ".join(fours(old)), iban_words_en(old, rng)]), old)
    u.say(rng.choice([", I closed that one. ", ", that's closed now. "]))
    u.say(rng.choice(["The new one is ", "Use this instead: ", "It should go to "]))
    return u.entity("IBAN_CODE", rng.choice([" ".join(fours(new)), iban_words_en(new, rng), new]), new).say(
        rng.choice([".", ". Thanks.", ""]))


BANK_WORD = {"RABO": ["rabo", "R A B O"], "INGB": ["ING B", "I N G B"], "ABNA": ["abna", "A B N A"],
             "BUNQ": ["bunq"], "TRIO": ["trio"], "KNAB": ["knab"], "SNSB": ["S N S B"], "ASNB": ["A S N B"]}


def iban_bank_code_word(fake: Faker, rng: random.Random) -> Said:
    """A Dutch IBAN with its bank code said as the word it reads as ("rabo", "bunq", "ING B"), in Dutch or English."""
    v = an_iban14(fake, rng, "NL")
    lang = rng.choice(["nl", "en"])
    bank = rng.choice(BANK_WORD[v[4:8]])
    acct = v[8:]
    acct_said = rng.choice([f"{group_said(acct[:4], lang, rng)}, {group_said(acct[4:8], lang, rng)}, "
                            f"{group_said(acct[8:], lang, rng)}", ", ".join(pairs14(acct[i:i + 2], lang)
                                                                             for i in range(0, 10, 2))])
    text = f"N L {check_said(v, lang)}, {bank}, {acct_said}"
    u = Said().say(rng.choice(["mijn IBAN is ", "het rekeningnummer: ", "oké, "] if lang == "nl" else
                              ["my Dutch IBAN is ", "it's ", "the account's "]))
    return u.entity("IBAN_CODE", text, v, lang).say(rng.choice(["", ".", ", dank u"] if lang == "nl" else
                                                               ["", ".", ", thanks"]))


def iban_chat_glued_prefix(fake: Faker, rng: random.Random) -> Said:
    """A chat: the IBAN typed straight after "IBAN:", "IBAN=", "iban#" with no space, or with dots for spaces. Only
    the IBAN labelled."""
    v = an_iban14(fake, rng, rng.choice(["DE", "ES", "FR", "NL", "IE", "AT", "BE", "PL"]))
    body = rng.choice([v, v.lower(), ".".join(fours(v)), " ".join(fours(v)), "-".join(fours(v))])
    prefix = rng.choice(["IBAN:", "IBAN=", "iban#", "IBAN-", "iban:", "IBAN: "])
    u = Said().say(rng.choice(CHAT_TAGS)).say(rng.choice(["", "refund to ", "my bank ", "ok "])).say(prefix)
    return u.entity("IBAN_CODE", body, v).say(rng.choice(["", " thx", " (current account)", "\nname as on file"]))


def iban_chat_two_messages(fake: Faker, rng: random.Random) -> Said:
    """A chat: the IBAN typed over two messages (the first sent too soon); each labelled, read back whole."""
    v = an_iban14(fake, rng, rng.choice(["GB", "DE", "FR", "IT", "NL", "ES", "PT"]))
    gs = fours(v)
    k = rng.randint(2, len(gs) - 2)
    tag = rng.choice(CHAT_TAGS)
    sep = rng.choice([" ", ""])
    u = Said().say(tag + rng.choice(["", "iban ", "its "])).entity("IBAN_CODE", sep.join(gs[:k]), "".join(gs[:k]))
    u.say(rng.choice(["", "...", " -"])).turn()
    if rng.random() < 0.3:
        u.say(rng.choice(["Agent: go on", "Agent: and the rest?"])).turn()
    u.say(tag + rng.choice(["", "sorry ", "sent too soon "])).entity("IBAN_CODE", sep.join(gs[k:]), "".join(gs[k:]))
    return u.joint(2, v).say(rng.choice(["", " thats all", " 👍"]))


EXPAT = {"AT": ("Austria", "Austrian"), "CH": ("Switzerland", "Swiss"), "PL": ("Poland", "Polish"),
         "SE": ("Sweden", "Swedish"), "NO": ("Norway", "Norwegian"), "LU": ("Luxembourg", "Luxembourg"),
         "BE": ("Belgium", "Belgian")}


def iban_expat_english(fake: Faker, rng: random.Random) -> Said:
    """An expatriate's home account read in English: Austrian, Swiss, Polish, Swedish, Norwegian, Luxembourg and
    Belgian IBANs."""
    country = rng.choice(list(EXPAT))
    place, adj = EXPAT[country]
    v = an_iban14(fake, rng, country)
    text = f"{' '.join(v[:2])} {check_said(v, 'en')}, " + ", ".join(group_said(g, "en", rng, 0.3)
                                                                    for g in fours(v[4:]))
    u = Said().say(rng.choice([f"It's my account back home in {place}, the IBAN's ", f"It's a {adj} account: ",
                               f"The money's going to {place}, so: "]))
    return u.entity("IBAN_CODE", text, v).say(rng.choice([".", "", ". Sorry, it's a long one."]))


def iban_polish_said(fake: Faker, rng: random.Random) -> Said:
    """A Polish IBAN read in Polish, the check pair then groups of four, as pairs or digit by digit."""
    v = an_iban14(fake, rng, "PL")
    body = ", ".join(pairs14(g, "pl") if rng.random() < 0.6 else run(g, "pl") for g in fours(v[4:]))
    text = f"{rng.choice(['P L', 'PL'])}, {check_said(v, 'pl')}, {body}"
    u = Said().say(rng.choice(["numer konta to ", "IBAN: ", "proszę zapisać: ", "mój numer rachunku: "]))
    return u.entity("IBAN_CODE", text, v, "pl").say(rng.choice(["", ".", ", dziękuję"]))


NATO_CAP = {k: v.capitalize() for k, v in NATO.items()}


def iban_agent_nato(fake: Faker, rng: random.Random) -> Said:
    """The caller reads an IBAN with letters in it; the agent reads it back with the letters in NATO words. Both
    labelled."""
    v = an_iban14(fake, rng, rng.choice(["GB", "IE", "NL"]))
    u = Said().say(rng.choice(["It's ", "IBAN's ", "Okay, "])).entity(
        "IBAN_CODE", rng.choice([" ".join(fours(v)), iban_words_en(v, rng)]), v).say(".").turn()
    back = ", ".join(" ".join(NATO_CAP[c] if c.isalpha() else run(c, "en", "zero") for c in g) for g in fours(v))
    u.say(rng.choice(["Let me read that back: ", "So that's ", "Thank you. I have "])).entity("IBAN_CODE", back, v)
    return u.say(rng.choice(["?", ". Correct?", ", is that right?"])).turn().say(rng.choice(["Yes.", "Spot on."]))


# UK NINOs -----------------------------------------------------------------------------------------------
def nino_suffix_named(fake: Faker, rng: random.Random) -> Said:
    """The letters and digits, then "and the suffix letter is" and the letter: the naming words outside, two labels
    read back together."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["It's ", "My NI number's ", "National Insurance, ", "Okay, "]))
    u.entity("UK_NINO", f"{rng.choice([v[:2], ' '.join(v[:2])])} {t13.nino_digits(v[2:8], rng)}", v[:8])
    u.say(rng.choice([", and the suffix letter is ", ". The suffix letter is ", ", suffix letter ",
                      ", and the letter on the end is "]))
    return u.entity("UK_NINO", v[8], v[8]).joint(2, v).say(rng.choice([".", "", ". I think."]))


def nino_three_parts(fake: Faker, rng: random.Random) -> Said:
    """Asked for in three parts, the letters first: each labelled, read back together."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["Let's do your National Insurance number in bits. The two letters at the start?",
                               "Can I take your NI number? What are the first two letters?"])).turn()
    letters = rng.choice([" ".join(v[:2]), v[:2], f"{v[0]} for {t13.ADHOC[v[0]]}, {v[1]} for {t13.ADHOC[v[1]]}"])
    u.say(rng.choice(["", "It's ", "Um, "])).entity("UK_NINO", letters, v[:2]).say(".").turn()
    u.say(rng.choice(["And the six numbers?", "Then the numbers?", "Lovely. And the digits?"])).turn()
    u.entity("UK_NINO", t13.nino_digits(v[2:8], rng), v[2:8]).say(".").turn()
    u.say(rng.choice(["And the letter at the end?", "And finally the last letter?"])).turn()
    u.say(rng.choice(["", "It's ", "That's "])).entity("UK_NINO", v[8], v[8]).joint(3, v)
    return u.say(rng.choice([".", ". For Charlie." if v[8] == "C" else ".", ""]))


def nino_parent_background(fake: Faker, rng: random.Random) -> Said:
    """Calling for a parent who reads the number off a letter in the background; the caller repeats it. Both
    labelled."""
    v = a_nino(fake, rng)
    who = rng.choice(["Dad", "Mum", "Mam"])
    u = Said().say(rng.choice(["And their National Insurance number?", "Can I take the National Insurance number on "
                               "the account?"])).turn()
    u.say(rng.choice([f"Hang on, he's got the letter. {who}, what's the number on the top?",
                      f"One sec. {who}, can you read me your NI number?"]) if who == "Dad" else
          rng.choice([f"Hang on, she's got the letter. {who}, what's the number on the top?",
                      f"One sec. {who}, can you read me your NI number?"])).turn()
    u.say(rng.choice(t13.BACKGROUND)).entity(
        "UK_NINO", f"{' '.join(v[:2])}, {t13.nino_digits(v[2:8], rng)}, {v[8]}", v).say(
        rng.choice([".", "...", ""])).turn()
    u.say(rng.choice(["Okay, so it's ", "Right, ", "That's "])).entity(
        "UK_NINO", rng.choice([f"{v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}",
                               f"{' '.join(v[:2])}, {t13.nino_digits(v[2:8], rng)}, {v[8]}"]), v)
    return u.say(rng.choice([".", ". She says that's right." if who != "Dad" else ". He says that's right.", ""]))


def nino_with_other_refs(fake: Faker, rng: random.Random) -> Said:
    """Read off an HMRC letter: the caller offers the letter's reference first (not labelled), then finds the NINO."""
    v = a_nino(fake, rng)
    ref = rng.choice([f"{fake.numerify('###')}/{fake.bothify('??#####').upper()}", fake.numerify("#### #### ####"),
                      f"{fake.bothify('??').upper()}{fake.numerify('######')}/{rng.randint(20, 26)}"])
    u = Said().say(rng.choice(["Have you got your National Insurance number handy?", "Could you give me your NI "
                               "number, please?"])).turn()
    u.say(f"I've got the letter here. There's a reference at the top, {ref}, is that it?").turn()
    u.say(rng.choice(["No, that's the letter's own reference. The NI number is two letters, six numbers, then a "
                      "letter.", "That's a different reference, I'm afraid. It'll be two letters, six digits and a "
                      "letter."])).turn()
    u.say(rng.choice(["Oh, further down then. Here: ", "Ah, found it. ", "Right, it's "]))
    return u.entity("UK_NINO", rng.choice([f"{v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}",
                                           f"{' '.join(v[:2])}, {t13.nino_digits(v[2:8], rng)}, {v[8]}"]), v).say(
        rng.choice([".", "", ". Sorry."]))


# DNIs and NIEs ------------------------------------------------------------------------------------------
def letter_es(c: str, rng: random.Random) -> str:
    """A letter as a Spaniard says it: by its name where it has one longer than itself, or the letter."""
    return rng.choice([ES_LETTERS[c], c]) if len(ES_LETTERS[c]) > 1 else c


def dni_digits(d: str, rng: random.Random) -> str:
    return rng.choice([d, run(d, "es"), ", ".join(pairs14(d[i:i + 2], "es") for i in range(0, 8, 2))])


def dni_letter_first(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for the letter first, then the numbers: both labelled, read back in the order said."""
    v = a_nif(fake)
    u = Said().say(rng.choice(["¿Me dice primero la letra del DNI?", "Empecemos por la letra, ¿cuál es?",
                               "Dígame la letra del final primero, por favor."])).turn()
    u.say(rng.choice(["La ", "Es la ", "", "Ah, la "])).entity("ES_NIF", letter_es(v[8], rng), v[8], "es").say(".")
    u.turn().say(rng.choice(["¿Y los números?", "Vale. ¿Y los ocho números?", "Perfecto, ¿y el número?"])).turn()
    u.entity("ES_NIF", dni_digits(v[:8], rng), v[:8], "es").joint(2, v[8] + v[:8])
    return u.say(rng.choice([".", "", ", eso es."]))


def dni_dots_said(fake: Faker, rng: random.Random) -> Said:
    """The DNI read as printed, "12.345.678-Z", the dots and the dash said ("punto", "guion")."""
    v = a_nif(fake)
    d = v[:8]
    letter = letter_es(v[8], rng)
    if rng.random() < 0.5:
        head = pair(int(d[:2]), "es") if d[0] != "0" else run(d[:2], "es")
        text = f"{head} punto {three(d[2:5], 'es')} punto {three(d[5:], 'es')} guion {letter}"
    else:
        text = f"{run(d[:2], 'es')} punto {run(d[2:5], 'es')} punto {run(d[5:], 'es')}, guion, {letter}"
    u = Said().say(rng.choice(["Le leo lo que pone en el carné: ", "Tal cual viene: ", "Es el ", "Vale, "]))
    return u.entity("ES_NIF", text, v, "es").say(rng.choice([".", "", ", así, con puntos."]))


def dni_english_nato(fake: Faker, rng: random.Random) -> Said:
    """A Spaniard on an English line: the digits in English, the letter by its NATO word."""
    v = a_nif(fake)
    digits = rng.choice([run(v[:8], "en", "zero"), " ".join(pairs14(v[i:i + 2]) for i in range(0, 8, 2)), v[:8]])
    letter = rng.choice([f"{v[8]} for {NATO_CAP[v[8]]}", NATO_CAP[v[8]], f"{v[8]} as in {NATO_CAP[v[8]]}"])
    u = Said().say(rng.choice(["My DNI, that's the Spanish ID, is ", "The DNI number is ", "It's a Spanish ID card: "]))
    return u.entity("ES_NIF", f"{digits}, {letter}", v).say(rng.choice([".", "", ". That's the letter at the end."]))


def dni_for_mother(fake: Faker, rng: random.Random) -> Said:
    """A son gives his mother's DNI, the letter after "y la letra": two labels, read back together."""
    v = a_nif(fake)
    u = Said().say(rng.choice(["Llamo por mi madre, que no oye bien. Su DNI es el ", "Es el DNI de mi madre: ",
                               "Le doy el de mi madre, ¿vale? Es el "]))
    u.entity("ES_NIF", dni_digits(v[:8], rng), v[:8], "es").say(rng.choice([", y la letra, ", ". La letra es la ",
                                                                            ", letra "]))
    return u.entity("ES_NIF", letter_es(v[8], rng), v[8], "es").joint(2, v).say(rng.choice([".", "", ", creo."]))


def nie_letter_guessed(fake: Faker, rng: random.Random) -> Said:
    """The agent guesses the first letter wrong (not labelled); the caller says it, then the rest. Both parts
    labelled, read back together."""
    v = a_nie(fake)
    wrong = rng.choice([c for c in "XYZ" if c != v[0]])
    u = Said().say(rng.choice([f"¿Su NIE empieza por {t12.NIE_FIRST[wrong]}?", f"El NIE, ¿es con {wrong}?"])).turn()
    u.say(rng.choice(["No, por la ", "No, no, con ", "No, es "])).entity(
        "ES_NIE", rng.choice([t12.NIE_FIRST[v[0]], v[0]]), v[0], "es").say(".").turn()
    u.say(rng.choice(["Perdone. ¿Y el resto?", "Ah, vale. ¿Y lo demás?"])).turn()
    u.entity("ES_NIE", f"{rng.choice([run(v[1:8], 'es'), v[1:8]])}, {letter_es(v[8], rng)}", v[1:], "es")
    return u.joint(2, v).say(rng.choice([".", "", ", gracias."]))


def nie_resident_languages(fake: Faker, rng: random.Random) -> Said:
    """Polish, German and French residents in Spain read the NIE in their languages, the first letter by its name
    there ("igrek", "zett", "i grec")."""
    v = a_nie(fake)
    lang = rng.choice(["pl", "de", "fr"])
    digits = de_digit_run(v[1:8], rng) if lang == "de" else run(v[1:8], lang)
    intro = {"pl": ["mój NIE to ", "numer NIE: ", "proszę: "], "de": ["meine NIE-Nummer ist ", "die NIE: ", "also, "],
             "fr": ["mon NIE, c'est ", "alors, le NIE: ", "c'est "]}[lang]
    return Said().say(rng.choice(intro)).entity("ES_NIE", f"{NIE_FIRST_OF[lang][v[0]]}, {digits}, {v[8]}", v,
                                                lang).say(rng.choice(["", ".", "!"]))


def nie_dashes_said(fake: Faker, rng: random.Random) -> Said:
    """The NIE as printed with its dashes, "guion" or "dash" said between the parts."""
    v = a_nie(fake)
    if rng.random() < 0.6:
        first = rng.choice([t12.NIE_FIRST[v[0]], v[0]])
        text = f"{first} guion {run(v[1:8], 'es')} guion {letter_es(v[8], rng)}"
        u = Said().say(rng.choice(["mi NIE es ", "tal cual: ", "es "]))
        return u.entity("ES_NIE", text, v, "es").say(rng.choice(["", ".", ", con guiones"]))
    text = f"{v[0]} dash {run(v[1:8], 'en', rng.choice(['zero', 'oh']))} dash {v[8]}"
    u = Said().say(rng.choice(["My NIE is ", "It's written with dashes: ", "The NIE, "]))
    return u.entity("ES_NIE", text, v).say(rng.choice([".", "", ". Spanish foreigner number."]))


# Look-alikes --------------------------------------------------------------------------------------------
def not_phone_in(region: str, pattern: str, fake: Faker) -> str:
    """Digits of `pattern` that are no valid number of `region`."""
    for _ in range(500):
        n = fake.numerify(pattern)
        if not phone_ok(f"{phonenumbers.country_code_for_region(region)}{n}"):
            return n
    raise AssertionError((region, pattern))


def _reference_by_groups(fake: Faker, rng: random.Random) -> list[str]:
    """A booking, tracking or policy number of a card's length (failing Luhn), four at a time with the agent's
    "yes" after each, as the card is in this batch."""
    n = luhn_bad(fake, rng)
    what = rng.choice(["booking reference", "tracking number", "policy number", "order number", "claim number"])
    out = [rng.choice([f"Okay, the {what}, four at a time.", f"Can you read me the {what}? I'll repeat each bit."])]
    for g in fours(n):
        out.append(rng.choice([g, en_group(g, rng)]) + ".")
        out.append(f"{rng.choice([g, run(g, 'en', 'oh')])}, {rng.choice(['yes', 'yep', 'got it'])}.")
    return [*out, f"Great, that's the {what.split()[0]} found."]


def _travel_documents(fake: Faker, rng: random.Random) -> list[str]:
    month, yy = month_year(rng)
    mm = f"{month:02d}"
    return [rng.choice([
        f"My passport expires {mm} {yy}, is that long enough for the trip?",
        f"The visa's valid thru {run(mm, 'en', 'oh')} {tens(yy)}, so we're fine.",
        f"Passport number {fake.numerify('#########')}, and it expires {month}/{yy}.",
        f"The ESTA came back approved, application {fake.bothify('????????????????').upper()}, good until {mm}/20{yy}.",
        f"My BRP card runs out {rng.randint(1, 28)}/{mm}/20{yy}, I've applied for the new one.",
        f"The driving licence is valid to {run(mm, 'en', 'oh')} slash {tens(yy)}, it says on the back.",
        f"la tarjeta de residencia caduca el {rng.randint(1, 28)} de {MONTH_NAMES['es'][month - 1]} de 20{yy}",
        f"der Personalausweis ist gültig bis {mm}.20{yy}",
        f"Expiry on the passport is {MONTHS[month - 1]} twenty {tens(yy)}."])]


def _flights_bookings(fake: Faker, rng: random.Random) -> list[str]:
    airline = rng.choice(["BA", "FR", "EI", "IB", "LH", "AF", "KL", "LO", "TP", "AZ", "QF", "AI"])
    n = rng.randint(100, 9999)
    ticket = rng.choice(["125", "220", "074", "057", "081", "053"]) + fake.numerify("##########")
    if luhn_ok(ticket):  # a ticket number, not a card: its last digit moved if it passed Luhn
        ticket = ticket[:-1] + str((int(ticket[-1]) + 1) % 10)
    return [rng.choice([
        f"I'm on flight {airline} {n}, leaving at {rng.randint(6, 21)}:{rng.choice(['05', '15', '40', '55'])}.",
        f"The booking code is {fake.bothify('?#??#?', letters='ABCDEFGHJKLMNPQRSTUVWXYZ').upper()}, seat "
        f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}.",
        f"It's {airline} {' '.join(run(c) for c in str(n))}, gate {rng.choice('ABCD')}{rng.randint(1, 40)}, "
        f"terminal {rng.randint(1, 5)}.",
        f"We land at {run(str(rng.randint(1, 12)))} {tens(rng.randint(10, 59))} and the connection's "
        f"{rng.randint(40, 95)} minutes later.",
        f"Ticket number {ticket[:3]} {ticket[3:]}, e-ticket, economy.",
        f"el vuelo {airline} {n} sale de la puerta {rng.randint(1, 60)} a las {rng.randint(6, 22)} y "
        f"{rng.choice(['cuarto', 'media', 'diez'])}"])]


def _amounts_currencies(fake: Faker, rng: random.Random) -> list[str]:
    a, c = rng.randint(100, 9999), rng.randint(10, 99)
    return [rng.choice([
        f"To jest {pl_hundreds(rng.randint(100, 999))} złotych i {pl_pair(c)} groszy.",
        f"It came to CHF {a:,}".replace(",", "'") + f".{c}, plus the delivery.",
        f"Faktura na {rng.randint(1, 99)} {fake.numerify('###')},{c} zł, płatna do końca miesiąca.",
        f"SEK {rng.randint(1, 99)} {fake.numerify('###')}, that's what they charged in Stockholm.",
        f"It's R{a:,}".replace(",", " ") + f",{c} on the statement, in rand.",
        f"₹{rng.randint(10, 99)},{fake.numerify('###')} has been debited, sir, and {pair(c, 'en')} rupees of tax.",
        f"C${a}.{c} plus GST, and A${rng.randint(10, 999)}.{c} for the other one.",
        f"son {es_hundreds(rng.randint(100, 999))} euros con {pair(c, 'es')}",
        f"sono {pair(rng.randint(20, 99), 'it')} euro e {pair(c, 'it')} centesimi",
        f"{pair(rng.randint(20, 99), 'fr')} francs suisses, s'il vous plaît"])]


def _dates_times_languages(fake: Faker, rng: random.Random) -> list[str]:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    hour = rng.randint(8, 19)
    return [rng.choice([
        f"spotkanie jest {day} {MONTH_NAMES['pl'][month - 1]} o {pl_pair(hour)}",
        f"l'appuntamento è il {pair(day, 'it')} {MONTH_NAMES['it'][month - 1]} alle {pair(hour, 'it')} e trenta",
        f"de afspraak is op {day} {MONTH_NAMES['nl'][month - 1]} om half {pair(hour - 6, 'nl')}",
        f"la cita es el {pair(day, 'es')} de {MONTH_NAMES['es'][month - 1]} a las {pair(hour - 6, 'es')} y media",
        f"le rendez-vous est le {day} {MONTH_NAMES['fr'][month - 1]} à {pair(hour, 'fr')} heures",
        f"der Termin ist am {day}. {MONTH_NAMES['de'][month - 1]} um {hour}:30 Uhr",
        f"a consulta é dia {day} de {MONTH_NAMES['pt'][month - 1]} às {hour}h{rng.choice(['00', '15', '30'])}",
        f"It's booked for {day:02d}/{month:02d} at {hour}:{rng.choice(['00', '15', '30', '45'])}, and again on "
        f"{rng.randint(1, 28):02d}/{month:02d}."])]


def _postcodes_addresses(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"The postcode's {fake['en_GB'].postcode()}, flat {rng.randint(1, 40)}.",
        f"ul. {fake['pl_PL'].street_name()} {rng.randint(1, 120)}/{rng.randint(1, 60)}, {fake.numerify('##-###')} "
        f"{rng.choice(['Warszawa', 'Kraków', 'Gdańsk'])}",
        f"het adres is {fake['nl_NL'].street_name()} {rng.randint(1, 300)}, {fake.numerify('####')} "
        f"{fake.bothify('??', letters='ABCDEFGHJKLMNPRSTVWXZ')}",
        f"Postleitzahl {fake.numerify('#####')}, Hausnummer {rng.randint(1, 99)}{rng.choice(['', 'a', 'b'])}",
        f"Zip is {fake.numerify('#####')}-{fake.numerify('####')}, apartment {rng.randint(1, 30)}{rng.choice('ABCD')}.",
        f"The Eircode is {rng.choice(['D02', 'T12', 'H91', 'V94'])} {fake.bothify('?#?#').upper()}, "
        f"number {rng.randint(1, 80)}.",
        f"código postal {fake.numerify('####')}-{fake.numerify('###')} Lisboa, porta {rng.randint(1, 60)}",
        f"It's {rng.randint(1, 300)} {fake['en_US'].street_name()}, unit {rng.randint(100, 999)}."])]


def _tax_company_ids(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"Our VAT number is GB {fake.numerify('### #### ##')}.",
        f"Die USt-IdNr. ist DE{fake.numerify('#########')}.",
        f"notre numéro de TVA est FR{fake.numerify('## #########')}",
        f"la partita IVA è {not_phone_in('IT', '0##########', fake)}",
        f"NIP firmy to 1{fake.numerify('##-###-##-##')}",
        f"het btw-nummer is NL{fake.numerify('#########')}B01",
        f"The company's EIN is {fake.numerify('##-#######')}.",
        f"Company number {fake.numerify('0#######')}, registered in England.",
        f"el CIF de la empresa es {rng.choice('ABEGHJ')}{fake.numerify('########')}",
        f"ABN {fake.numerify('## ### ### ###')}, that's the business."])]


def _masked_values(fake: Faker, rng: random.Random) -> list[str]:
    last = fake.numerify("####")
    return [rng.choice([
        f"Is that the one that ends {run(last)}?",
        f"Card on file: •••• {last}.",
        f"It starts with a four and ends {last}, that's all I can see.",
        f"The IBAN on file ends in {run(fake.numerify('###'))}, is that still right?",
        f"Social ending {last}, passed security.",
        f"I've got a mobile ending {run(fake.numerify('###'))} and an email starting with {rng.choice('jkmst')}.",
        f"Your NI number ends in {rng.choice('ABCD')}, and the card's the Visa ending {tens(rng.randint(10, 99))} "
        f"{tens(rng.randint(10, 99))}."])]


def _at_dot_plus_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"It's {rng.randint(12, 90)} pounds plus VAT, at the moment anyway.",
        "Dot the i's and cross the t's, that's what my mum says.",
        f"I'm at the doctor's at half {rng.choice(['two', 'three', 'ten'])}, so after that.",
        "Press star, then the plus key, then hash.",
        "The dash cam caught it, it's on the SD card.",
        "Underscore that, it's important: at no point did I agree to it.",
        "It's a plus-size dress, dot com order, but I bought it in store.",
        "Morse code is dot dash dot, isn't it? My grandson's learning it.",
        "estoy en el punto de recogida, a las cinco en punto",
        "je suis au bureau, point final, à plus tard",
        "ich bin um Punkt acht da, plus minus fünf Minuten"])]


def _counting_lists(fake: Faker, rng: random.Random) -> list[str]:
    start = rng.randint(1, 3)
    count = ", ".join(WORDS[i] if i < 10 else tens(i) for i in range(start, start + rng.randint(9, 11)))
    return [rng.choice([
        f"[child in background] {count.capitalize()}! Ready or not!",
        f"Sorry, he's counting. {count}...",
        f"We need {WORDS[rng.randint(2, 9)]} chairs, {WORDS[rng.randint(2, 9)]} tables and about "
        f"{tens(rng.randint(20, 60))} plates.",
        f"Row {rng.randint(1, 30)}, seats {rng.randint(1, 9)}, {rng.randint(10, 19)} and {rng.randint(20, 29)}.",
        f"Steps one, two and three on the letter, then step {WORDS[rng.randint(4, 9)]}.",
        f"I've rung {WORDS[rng.randint(3, 9)]} times, {WORDS[rng.randint(2, 9)]} yesterday and "
        f"{WORDS[rng.randint(2, 9)]} today."])]


def imei(fake: Faker, rng: random.Random) -> str:
    return luhn_fix(rng.choice(["35", "86", "01"]) + fake.numerify("#" * 12))


def _device_ids(fake: Faker, rng: random.Random) -> list[str]:
    n = imei(fake, rng)
    odd = not_phone_in("GB", "7#########", fake) if rng.random() < 0.5 else not_phone_in("ES", "5########", fake)
    return [rng.choice([
        f"The IMEI on the box is {n[:2]} {n[2:8]} {n[8:14]} {n[14]}.",
        f"It says IMEI {n}, I read it off the settings.",
        f"The serial's {fake.bothify('??#########').upper()}, on the back of the router.",
        f"MAC address {':'.join(fake.hexify('^^') for _ in range(6)).upper()}.",
        f"The meter ID is {run(odd)}.",
        f"Model {odd[:4]} {odd[4:]}, the white one.",
        f"el número de serie es {odd}"])]


def _failed_ids(fake: Faker, rng: random.Random) -> list[str]:
    itin = f"9{fake.numerify('##')}{rng.randint(70, 88)}{fake.numerify('####')}"
    bad_ssn = rng.choice(["000", "666"]) + fake.numerify("######")
    nif = a_nif(fake)
    bad_nif = nif[:8] + rng.choice([c for c in DNI_LETTERS if c != nif[8]])
    nie = a_nie(fake)
    bad_nie = nie[:8] + rng.choice([c for c in DNI_LETTERS if c != nie[8]])
    while nino_ok(bad_nino := rng.choice(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY", "OA"]) +
                  fake.numerify("######") + rng.choice("ABCD")):
        pass
    iban = an_iban14(fake, rng, rng.choice(["DE", "ES", "NL", "AT"]))
    k = rng.choice([i for i in range(4, len(iban)) if iban[i].isdigit()])
    bad_iban = iban[:k] + str((int(iban[k]) + rng.randint(1, 9)) % 10) + iban[k + 1:]
    assert not (ssn_ok(itin) or ssn_ok(bad_ssn) or nif_ok(bad_nif) or nie_ok(bad_nie) or iban_ok(bad_iban))
    return [rng.choice([
        f"My ITIN is {itin[:3]}-{itin[3:5]}-{itin[5:]}, I don't have a social.",
        f"The form shows {bad_ssn[:3]}-{bad_ssn[3:5]}-{bad_ssn[5:]}, which can't be right.",
        f"La letra primero: la {ES_LETTERS[bad_nif[8]]}. Y el número, {bad_nif[:8]}. Pero dice que no es válido.",
        f"el NIE {bad_nie[0]} guion {bad_nie[1:8]} guion {bad_nie[8]} me lo rechaza la web",
        f"The example on the form is {bad_nino[:2]} {' '.join(grp(bad_nino[2:8], [2, 2, 2]))}, and the suffix letter "
        f"is {bad_nino[8]}.",
        f"It says {', '.join(fours(bad_iban))} isn't a valid IBAN."])]


def _pen_and_paper(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["Have you got a pen?", "Got something to write with?", "Can you write this down?"]),
            rng.choice(["Yep, go ahead.", "Go on.", "Ready."]),
            rng.choice([f"Case reference {fake.bothify('??-#####').upper()}.",
                        f"We're open {rng.randint(8, 10)} till {rng.randint(4, 8)}, Monday to Saturday.",
                        "Go to w w w dot council dot gov dot uk forward slash bins.",
                        f"It's {rng.randint(1, 200)} {fake['en_GB'].street_name()}, the blue door.",
                        f"Be there at {run(str(rng.randint(1, 11)))} {tens(rng.randint(10, 55))}, and ask for "
                        f"{fake['en_GB'].first_name()}.",
                        f"The part you need is the {fake.bothify('??-###').upper()} filter, about {rng.randint(9, 40)} "
                        "quid."])]


def _voicemail_foreign_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["Voicemail: ", "(voicemail transcription) ", ""]) + rng.choice([
        f"Hola, soy {fake['es_ES'].first_name()}, llamo por el pedido del {rng.randint(1, 28)}. Eran "
        f"{es_hundreds(rng.randint(100, 999))} euros. Llámenme al número que tienen. Gracias.",
        f"Hallo, hier ist {fake['de_DE'].first_name()}, wegen der Rechnung vom {rng.randint(1, 28)}. "
        f"{rng.randint(3, 12)}. Ich bin ab {rng.randint(14, 18)} Uhr erreichbar. Danke.",
        f"Bonjour, c'est {fake['fr_FR'].first_name()}, pour la commande de {pair(rng.randint(20, 99), 'fr')} euros. "
        "Rappelez-moi au numéro habituel. Merci.",
        f"Buongiorno, sono {fake['it_IT'].first_name()}, chiamo per la bolletta di "
        f"{MONTH_NAMES['it'][rng.randint(0, 11)]}. Sono a casa dopo le {pair(rng.randint(15, 19), 'it')}. Grazie.",
        f"Hallo, met {fake['nl_NL'].first_name()}, over bestelling {fake.numerify('#####')}. Ik ben er na "
        f"{pair(rng.randint(3, 6), 'nl')} uur. Dank u.",
        f"Dzień dobry, tu {fake['pl_PL'].first_name()}, w sprawie faktury z {rng.randint(1, 28)} "
        f"{MONTH_NAMES['pl'][rng.randint(0, 11)]}. Proszę oddzwonić po {pl_pair(rng.randint(15, 19))}. Dziękuję.",
        f"Bom dia, fala {fake['pt_PT'].first_name()}, por causa da encomenda de {pair(rng.randint(20, 99), 'pt')} "
        "euros. Liguem-me para o número que têm. Obrigado."])]


def _chat_burst_non_values(fake: Faker, rng: random.Random) -> list[str]:
    tag = rng.choice(CHAT_TAGS)
    n = luhn_bad(fake, rng)
    return [f"{tag}order {n[:8]}", f"{tag}{n[8:]}", f"{tag}qty {rng.randint(2, 12)}",
            f"{tag}{rng.choice(['£', '€', '$'])}{rng.randint(10, 300)}.{rng.randint(10, 99)}",
            f"{tag}delivered {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} but box was damaged"]


FAMILIES = {
    "card/v14-sort-code-first": card_sort_code_first, "card/v14-readback-misheard": card_readback_misheard,
    "card/v14-group-restarts": card_group_restarts, "card/v14-chat-burst": card_chat_burst,
    "card/v14-italian": card_italian, "card/v14-polish": card_polish,
    "card/v14-expiry-code-languages": card_expiry_code_languages, "card/v14-expiry-full-year": card_expiry_full_year,
    "card/v14-code-which-one": card_code_which_one, "card/v14-voicemail-pay": card_voicemail_pay,
    "card/v14-wallet-last-four": card_wallet_last_four, "card/v14-group-by-group-yes": card_group_by_group_yes,
    "card/v14-again-in-pairs": card_again_in_pairs, "card/v14-abandoned-start": card_abandoned_start,
    "card/v14-voice-then-chat": card_voice_then_chat,
    "ssn/v14-nine-digits-unnamed": ssn_nine_digits_unnamed, "ssn/v14-dependants": ssn_dependants,
    "ssn/v14-in-threes": ssn_in_threes, "ssn/v14-card-restarts": ssn_card_restarts,
    "ssn/v14-chat-burst": ssn_chat_burst, "ssn/v14-polish": ssn_polish,
    "phone/v14-got-a-pen": phone_got_a_pen, "phone/v14-para-apuntar": phone_para_apuntar,
    "phone/v14-household-list": phone_household_list, "phone/v14-voicemail-foreign": phone_voicemail_foreign,
    "phone/v14-plus-code-languages": phone_plus_code_languages, "phone/v14-polish-hundreds": phone_polish_hundreds,
    "phone/v14-office-fax": phone_office_fax, "phone/v14-whatsapp": phone_whatsapp,
    "phone/v14-country-code-asked": phone_country_code_asked, "phone/v14-split-backchannel": phone_split_backchannel,
    "phone/v14-callback-ivr": phone_callback_ivr, "phone/v14-abroad-agent-adds": phone_abroad_agent_adds,
    "email/v14-role-addresses": email_role_addresses, "email/v14-private-relay": email_private_relay,
    "email/v14-student-address": email_student_address, "email/v14-number-as-local": email_number_as_local,
    "email/v14-spelled-european": email_spelled_european, "email/v14-no-dot-clarified": email_no_dot_clarified,
    "email/v14-agent-chat-confirm": email_agent_chat_confirm,
    "email/v14-domain-spelled-after": email_domain_spelled_after, "email/v14-old-and-new": email_old_and_new,
    "email/v14-case-words": email_case_words,
    "iban/v14-spanish-confirmed": iban_spanish_confirmed, "iban/v14-luxembourg": iban_luxembourg,
    "iban/v14-swiss-french": iban_swiss_french, "iban/v14-old-and-new": iban_old_and_new,
    "iban/v14-bank-code-word": iban_bank_code_word, "iban/v14-chat-glued-prefix": iban_chat_glued_prefix,
    "iban/v14-chat-two-messages": iban_chat_two_messages, "iban/v14-expat-english": iban_expat_english,
    "iban/v14-polish-said": iban_polish_said, "iban/v14-agent-nato": iban_agent_nato,
    "nino/v14-suffix-named": nino_suffix_named, "nino/v14-three-parts": nino_three_parts,
    "nino/v14-parent-background": nino_parent_background, "nino/v14-with-other-refs": nino_with_other_refs,
    "dni/v14-letter-first": dni_letter_first, "dni/v14-dots-said": dni_dots_said,
    "dni/v14-english-nato": dni_english_nato, "dni/v14-for-mother": dni_for_mother,
    "nie/v14-letter-guessed": nie_letter_guessed, "nie/v14-resident-languages": nie_resident_languages,
    "nie/v14-dashes-said": nie_dashes_said,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v14-chat-burst", "ssn/v14-chat-burst", "iban/v14-chat-glued-prefix", "iban/v14-chat-two-messages"]
SPOKEN = ["card/v14-readback-misheard", "card/v14-group-restarts", "card/v14-italian", "card/v14-polish",
          "card/v14-code-which-one", "ssn/v14-card-restarts", "ssn/v14-polish", "phone/v14-para-apuntar",
          "phone/v14-plus-code-languages", "phone/v14-polish-hundreds", "phone/v14-split-backchannel",
          "email/v14-role-addresses", "email/v14-private-relay", "email/v14-student-address",
          "email/v14-number-as-local", "email/v14-spelled-european", "email/v14-no-dot-clarified",
          "email/v14-domain-spelled-after", "email/v14-case-words", "iban/v14-spanish-confirmed",
          "iban/v14-luxembourg", "iban/v14-swiss-french", "iban/v14-bank-code-word", "iban/v14-expat-english",
          "iban/v14-polish-said", "dni/v14-dots-said", "dni/v14-for-mother", "nie/v14-resident-languages",
          "nie/v14-dashes-said"]

NEGATIVE_FAMILIES = {
    "negative/v14-reference-by-groups": _reference_by_groups, "negative/v14-travel-documents": _travel_documents,
    "negative/v14-flights-bookings": _flights_bookings, "negative/v14-amounts-currencies": _amounts_currencies,
    "negative/v14-dates-times-languages": _dates_times_languages,
    "negative/v14-postcodes-addresses": _postcodes_addresses, "negative/v14-tax-company-ids": _tax_company_ids,
    "negative/v14-masked-values": _masked_values, "negative/v14-at-dot-plus-talk": _at_dot_plus_talk,
    "negative/v14-counting-lists": _counting_lists, "negative/v14-device-ids": _device_ids,
    "negative/v14-failed-ids": _failed_ids, "negative/v14-pen-and-paper": _pen_and_paper,
    "negative/v14-voicemail-foreign-talk": _voicemail_foreign_talk,
    "negative/v14-chat-burst-non-values": _chat_burst_non_values,
}
# The look-alikes' form, as the markup batch gives its: what they are written as, not a default.
NEGATIVE_TYPED = ["negative/v14-postcodes-addresses", "negative/v14-tax-company-ids",
                  "negative/v14-chat-burst-non-values"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out
