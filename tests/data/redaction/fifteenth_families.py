"""The fifteenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format, their
labelling conventions and to avoid their phrasings.

New here, besides new contexts for every type: speech engines' homophones written in place of digits inside values
(and the engine's numerals mixed with them); a group of four said as one number in German compounds or French
thousands; hold music and system prompts cutting a value in two; code-switching mid-value (English to Spanish,
Portuguese, Polish, Italian, German, French or Hindi, Dutch or Spanish to English); values typed into a chat with odd
separators (pipes, slashes, tildes, underscores, bullets, en dashes); several values in one turn, beside look-alikes
(order numbers, amounts, ZIP codes, one-time codes, check numbers, BICs); letters said by their English names as
British, Irish, Australian and American speakers say them ("haitch", "zed", "zee", "double-u"); address signs misheard
by the engine ("add" for "at", "dock" for "dot"); addresses with Polish, Swedish and Danish names for "@" and "."; a
Spanish ID said as one number in millions; dates of birth in identity checks in English and in seven other languages;
US routing and account numbers read off a check, typed, or given with an SSN for direct deposit; a Dutch BSN, a French
NIR and an Italian codice fiscale.

Labelling follows the fourteenth's: a label covers what is said of the value, with fillers, joiners and a correction
inside the run; naming words outside; one label per segment piece (a value cut by hold music or typed in two messages
is labelled piece by piece and read back whole with `Said.joint`); an agent's read-back of a value is labelled as the
caller's is. EVERY sensitive value said is labelled, a date of birth (DATE_OF_BIRTH) and a US account number
(US_BANK_NUMBER, with its ABA_ROUTING_NUMBER) included, wherever they are said beside the value asked for; a card's
last four said alone, a masked value, a sort code, an order, case, tracking or check number, a one-time code, a PIN,
a BIC, an age, an appointment date and an amount are not. Each label is checked as it is made (`Said.verify`): its
characters are exactly the text meant, with no space or punctuation at its ends, and where a family gives the value
the label's reading (this batch's `reads`: the fourteenth's tables, with homophones, English letter names, German and
French thousands, Hindi digits and two languages at once for a code-switch; `email_reads`: addresses said with the
signs' names in nine languages, letters by their English names, misheard signs) gives back that value. Values said
as a number in millions (a DNI or an NIE) and dates of birth are checked for their place only. Every value is valid
where a validator exists (seventh_families' validators).

The whole batch is held out (`held_out`). Family names carry "v15-"."""

import random
import re
from datetime import date

import fourteenth_families as t14
import thirteenth_families as t13
import twelfth_families as t12
from blind_batch import BlindBatch
from eleventh_families import HI, amex, card16, card_groups, cvv, e164_parts, fours, month_year, plain
from faker import Faker
from seventh_families import (
    DNI_LETTERS,
    a_nie,
    a_nif,
    a_nino,
    a_ssn,
    a_us_phone,
    iban_ok,
    luhn_ok,
    nif_ok,
    ssn_ok,
    tens,
)
from speech import WORDS
from speech import groups as grp
from twelfth_families import DIGITS, ES_LETTERS, IT_CITIES, es_hundreds, pair, spoken_doubles

run, pairs14, pl_pair = t14.run, t14.pairs14, t14.pl_pair

# Reading labels back ----------------------------------------------------------------------------------------
HOMOPHONES = {"1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"]}
ACCENT_SOUNDS = {"3": ["tree"]}
HEARD_AS = {w: WORDS[int(d)] for d, ws in (HOMOPHONES | ACCENT_SOUNDS).items() for w in ws}
LETTER_NAMES = {"A": ["ay"], "B": ["bee"], "C": ["see", "cee"], "D": ["dee"], "E": ["ee"], "F": ["ef", "eff"],
                "G": ["gee"], "H": ["aitch", "haitch"], "I": ["eye"], "J": ["jay"], "K": ["kay"], "L": ["el", "ell"],
                "M": ["em"], "N": ["en"], "P": ["pee"], "Q": ["cue"], "R": ["ar"], "S": ["ess"], "T": ["tee"],
                "U": ["you"], "V": ["vee"], "W": ["double-u"], "X": ["ex"], "Y": ["why"], "Z": ["zed", "zee"]}
LETTER_OF = {name: letter for letter, names in LETTER_NAMES.items() for name in names}
FR_DIGITS = DIGITS["fr"]
DE_DIGITS = DIGITS["de"]


def fr_thousand(n: int) -> str:
    """1000..9999 as one French number ("quatre mille cinq cent trente-neuf")."""
    th, h, r = n // 1000, (n // 100) % 10, n % 100
    out = ["mille" if th == 1 else f"{FR_DIGITS[th]} mille"]
    if h:
        out.append("cent" if h == 1 else f"{FR_DIGITS[h]} cents" if r == 0 else f"{FR_DIGITS[h]} cent")
    if r:
        out.append(pair(r, "fr"))
    return " ".join(out)


def de_thousand(n: int, short: bool = False) -> str:
    """1000..9999 as one German compound ("viertausendfünfhundertneununddreißig"); `short`: "tausend", "hundert"
    for one thousand, one hundred."""
    th, h, r = n // 1000, (n // 100) % 10, n % 100
    out = ("tausend" if short else "eintausend") if th == 1 else f"{'zwei' if th == 2 else DE_DIGITS[th]}tausend"
    if h:
        out += ("hundert" if short else "einhundert") if h == 1 else f"{DE_DIGITS[h]}hundert"
    if r:
        out += pair(r, "de")
    return out


def _tables() -> dict[str, dict[tuple[str, ...], str]]:
    out = {lang: dict(table) for lang, table in t14.PHRASES.items()}
    out["en"] |= {(name,): letter for name, letter in LETTER_OF.items()}
    for n in range(1000, 10000):
        out["fr"][tuple(fr_thousand(n).split())] = str(n)
        for short in (False, True):
            out["de"][(de_thousand(n, short).lower(),)] = str(n)
    out["hi"] = {(w,): str(i) for i, w in enumerate(WORDS)} | {(w,): str(i) for i, w in enumerate(HI)} | \
        {("oh",): "0"}
    return out


PHRASES = _tables()
FILLERS = {lang: set(f) for lang, f in t14.FILLERS.items()} | {"hi": {"uh", "um", "aur", "phir"}}
JOINERS = {"en": {"for"}, "it": {"come"}}
_MERGED: dict[str, tuple[dict, set]] = {}


def _table(lang: str) -> tuple[dict[tuple[str, ...], str], set[str]]:
    """The table and fillers of `lang`, or of two languages at once ("en|es": a value begun in one and finished in
    the other); a trailing "h" (as "enh") reads the engine's homophones of digits too."""
    base = lang[:-1] if lang.endswith("h") and lang[:-1] in PHRASES else lang
    if base not in _MERGED:
        langs = base.split("|")
        table: dict[tuple[str, ...], str] = {}
        fillers: set[str] = set()
        for one in langs:
            table |= PHRASES[one]
            fillers |= FILLERS[one]
        _MERGED[base] = (table, fillers)
    return _MERGED[base]


LONGEST = max(len(k) for table in PHRASES.values() for k in table)


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters: the fourteenth's reading, with this batch's tables, two
    languages at once, and homophones where `lang` ends in "h"."""
    text = t13.unhyphen_letters(text)
    table, fillers = _table(lang)
    homophones = lang.endswith("h") and lang[:-1] in PHRASES
    found = list(t12.TOKEN.finditer(text))
    tokens = [HEARD_AS.get(t.group().lower(), t.group()) if homophones else t.group() for t in found]
    joiners = set().union(*(JOINERS.get(one, set()) for one in lang.rstrip("h").split("|"))) if not homophones \
        else set()
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
        if low in joiners and i + 1 < len(tokens) and out and tokens[i + 1][0].upper() == out[-1][-1]:
            i += 2  # "R come Roma": the word repeats the letter
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


AT = {"at", "arroba", "chiocciola", "arobase", "ät", "apenstaartje", "małpa", "malpa", "snabel-a", "add"}
DOT = {"dot", "punto", "point", "punkt", "punt", "ponto", "kropka", "punktum", "dock"}
DASH = {"dash", "hyphen", "minus", "bindestrich", "trattino", "tiret", "guion", "myślnik", "bindestreg"}
UNDERSCORE = {"underscore", "podkreślnik", "understreck"}
EMAIL_FILLERS = {"uh", "um", "er", "erm", "eh", "euh", "äh", "ehm", "yyy", "eee"}
SIGN_WORDS = AT | DOT | DASH | UNDERSCORE | EMAIL_FILLERS | set(LETTER_OF) | {"double", "triple", "under", "score",
                                                                            "oh", "o"}
DIGIT_OF = {w: str(i) for lang in ("en", "es", "fr", "de", "it", "nl", "pt") for i, w in enumerate(DIGITS[lang])} | \
    {w: str(i) for i, w in enumerate(t14.PL)}


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label as the address it gives: typed (with "@"), spaces taken out; said, each word a sign's name
    ("at", "małpa", "snabel-a", "kropka", "punktum", and "add", "dock" as engines mishear them), a letter's English
    name ("ess", "haitch", "double-u"), a digit's word, "double" before a letter or a digit, or a part of the
    address as it is."""
    if "@" in text:
        return re.sub(r"\s", "", text.lower())
    tokens = re.findall(r"[^\s,]+", text.lower())
    out, times, i = [], 1, 0
    while i < len(tokens):
        tok = tokens[i].rstrip(".") if i == len(tokens) - 1 else tokens[i]
        if tok in EMAIL_FILLERS:
            pass
        elif tok in ("double", "triple"):
            times = 2 if tok == "double" else 3
            i += 1
            continue
        elif tok == "under" and i + 1 < len(tokens) and tokens[i + 1] == "score":
            out.append("_")
            i += 1
        elif tok in AT:
            out.append("@")
        elif tok in DOT:
            out.append(".")
        elif tok in DASH:
            out.append("-")
        elif tok in UNDERSCORE:
            out.append("_")
        elif tok in LETTER_OF:
            out.append(LETTER_OF[tok].lower() * times)
        elif tok in DIGIT_OF:
            out.append(DIGIT_OF[tok] * times)
        else:
            out.append(tok * times)
        times = 1
        i += 1
    return "".join(out)


class Said(t14.Said):
    """The twelfth's utterance that checks its labels, reading them with this batch's tables."""

    @staticmethod
    def _read(type_: str, text: str, lang: str, drop: tuple[str, ...]) -> str:
        for piece in drop:
            assert piece in text, (piece, text)
            text = text.replace(piece, " ", 1)
        return email_reads(text, lang) if type_ == "EMAIL_ADDRESS" else reads(text, lang)


# How these callers say things ---------------------------------------------------------------------------
MONTHS = t14.MONTHS
CHAT_TAGS = ["Customer: ", "", "Visitor: ", "Me: ", "Guest: "]
ODD_SEPS = ["|", "/", ".", "_", "~", " | ", " / ", " • ", "\u2013", " \u2013 ", "  "]
HOLD = ["[hold music]", "[music playing]", "♪ ♪ ♪", "(hold music)", "[MUSIC]", "[on hold]",
        "Your call is important to us. Please continue to hold.", "[silence] [music]"]
BACK = ["Sorry about that, the system dropped me onto hold. Please carry on.", "Hi, I'm back, sorry. Go on.",
        "Apologies, it put you on hold. You were in the middle of the number.", "Sorry! Carry on from where you were."]


def homo_group(g: str, rng: random.Random, accent: bool = False) -> str:
    """A group as an engine writes it: some digits as numerals, some as words, some as the words it heard instead
    ("won", "to", "too", "for", "fore", "ate"; an Irish "tree")."""
    out = []
    sounds = HOMOPHONES | (ACCENT_SOUNDS if accent else {})
    for c in g:
        if c in sounds and rng.random() < 0.55:
            out.append(rng.choice(sounds[c]))
        elif rng.random() < 0.3:
            out.append(c)
        else:
            out.append("oh" if c == "0" and rng.random() < 0.5 else WORDS[int(c)])
    return " ".join(out)


def homo_value(gs: list[str], rng: random.Random, accent: bool = False) -> str:
    """Groups with homophones, at least one homophone said somewhere."""
    while True:
        text = rng.choice([", ", " ", "... "]).join(homo_group(g, rng, accent) for g in gs)
        if any(w in HEARD_AS for w in re.findall(r"[a-z]+", text)):
            return text


def en_group(g: str, rng: random.Random) -> str:
    return run(g, "en", rng.choice(["oh", "zero"]))


def said_in(g: str, lang: str, rng: random.Random) -> str:
    """A group digit by digit, or in pairs where it has an even length and no leading zero, in `lang`."""
    if lang == "hi":
        return " ".join(HI[int(c)] for c in g)
    if lang == "ca":
        return t13.run_in(g, "ca")
    if len(g) % 2 == 0 and g[0] != "0" and rng.random() < 0.4:
        return pairs14(g, lang)
    if lang == "en":
        return en_group(g, rng)
    return run(g, lang)


def switched(gs: list[str], first: str, second: str, rng: random.Random) -> tuple[str, int]:
    """The groups said in `first`, then from a group on in `second`: the text and where it switched."""
    k = rng.randint(1, len(gs) - 1)
    parts = [said_in(g, first, rng) for g in gs[:k]] + [said_in(g, second, rng) for g in gs[k:]]
    return ", ".join(parts), k


def person(fake: Faker, locale: str = "en_US") -> tuple[str, str]:
    """A first name and a surname for an address, neither a sign's, a letter's or a digit's word."""
    while True:
        first, last = plain(fake[locale].first_name()), plain(fake[locale].last_name())
        if len(first) > 1 and len(last) > 1 and not {first, last} & (SIGN_WORDS | set(DIGIT_OF) |
                                                                       t12.SAID_SIGNS):
            return first, last


def said_domain(domain: str) -> str:
    return domain.replace(".", " dot ")


def a_card(fake: Faker, rng: random.Random, amex_share: float = 0.2) -> str:
    return amex(fake) if rng.random() < amex_share else card16(fake, rng)


def said_card(d: str, rng: random.Random) -> str:
    return t14.said_card(d, rng)


def expiry(rng: random.Random) -> tuple[str, str]:
    """An expiry as said or typed, and its value."""
    month, yy = month_year(rng)
    mm = f"{month:02d}"
    return rng.choice([(f"{run(mm, 'en', 'oh')} {tens(yy)}", mm + str(yy)), (f"{mm}/{yy}", mm + str(yy)),
                       (f"{run(mm, 'en', 'zero')}, {run(str(yy), 'en')}", mm + str(yy))])


def a_dob(fake: Faker, rng: random.Random, style: str = "us", born: date | None = None) -> str:
    """A date of birth as an English speaker says it or an engine writes it."""
    born = born or fake.date_of_birth(minimum_age=18, maximum_age=90)
    month, day, year = MONTHS[born.month - 1], born.day, born.year
    yy = born.year % 100
    year_said = f"nineteen {tens(yy) if yy >= 10 else 'oh ' + WORDS[yy]}" if year < 2000 else \
        f"two thousand {'and ' if rng.random() < 0.5 else ''}{WORDS[yy] if yy < 10 else tens(yy)}"
    options = [f"{month} {day}, {year}", f"{month} {t14_ordinal(day)}, {year_said}",
               f"the {t14_ordinal(day)} of {month}, {year_said}", f"{born.month:02d}/{day:02d}/{year}",
               f"{born.month}-{day}-{yy:02d}"]
    if style == "uk":
        options = [f"{day} {month} {year}", f"the {t14_ordinal(day)} of {month} {year_said}",
                   f"{day:02d}/{born.month:02d}/{year}", f"{day}.{born.month}.{yy:02d}"]
    return rng.choice(options)


def t14_ordinal(day: int) -> str:
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth"]
    if day <= 20:
        return ords[day - 1]
    if day == 30:
        return "thirtieth"
    return f"{'twenty' if day < 30 else 'thirty'}-{ords[day % 10 - 1]}"


def us_phone_text(n: str, rng: random.Random) -> str:
    gs = grp(n, [3, 3, 4])
    return rng.choice([f"({gs[0]}) {gs[1]}-{gs[2]}", "-".join(gs), ", ".join(en_group(g, rng) for g in gs)])


def amount(rng: random.Random) -> str:
    return f"{rng.choice(['$', '£', '€'])}{rng.randint(12, 2400)}.{rng.randint(0, 99):02d}"


def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    return t13.luhn_bad(fake, rng, length)


def an_aba(fake: Faker) -> str:
    while True:
        r = fake["en_US"].aba()
        if sum(int(c) * w for c, w in zip(r, [3, 7, 1] * 3, strict=True)) % 10 == 0:
            return r


def an_account(fake: Faker, rng: random.Random) -> str:
    return fake["en_US"].numerify("%" + "#" * rng.randint(7, 11))


# Cards --------------------------------------------------------------------------------------------------
def card_numeral_homophones(fake: Faker, rng: random.Random) -> Said:
    """The engine writes some digits as numerals, some as words and some as what it heard instead ("for", "to",
    "ate", "won")."""
    d = a_card(fake, rng)
    u = Said().say(rng.choice(["Okay the card is ", "Yeah it's ", "Card number ", "Right, so ", ""]))
    return u.entity("CREDIT_CARD", homo_value(card_groups(d), rng), d, "enh").say(rng.choice([".", "", " okay?"]))


def card_german_thousands(fake: Faker, rng: random.Random) -> Said:
    """A German caller says each group of four as one number ("viertausendfünfhundertneununddreißig"), a group
    with a leading zero digit by digit; the expiry after "gültig bis"."""
    d = card16(fake, rng)
    short = rng.random() < 0.5
    text = ", ".join(run(g, "de") if g[0] == "0" else de_thousand(int(g), short) for g in fours(d))
    u = Said().say(rng.choice(["Die Kartennummer ist ", "Also, die Nummer: ", "Ja, das ist ", "Moment... "]))
    u.entity("CREDIT_CARD", text, d, "de").say(".")
    if rng.random() < 0.6:
        month, yy = month_year(rng)
        u.say(rng.choice([" Gültig bis ", " Ablaufdatum ", " Sie läuft ab "])).entity(
            "CARD_EXPIRY", f"{run(f'{month:02d}', 'de')} {pair(yy, 'de')}", f"{month:02d}{yy}", "de").say(".")
    return u


def card_french_thousands(fake: Faker, rng: random.Random) -> Said:
    """A French caller says each group of four as one number ("quatre mille cinq cent trente-neuf"); the
    "cryptogramme" after."""
    d = card16(fake, rng)
    text = ", ".join(run(g, "fr") if g[0] == "0" else fr_thousand(int(g)) for g in fours(d))
    u = Said().say(rng.choice(["Alors le numéro de carte, c'est ", "Oui, ", "Donc, ", "Voilà: "]))
    u.entity("CREDIT_CARD", text, d, "fr").say(".").turn()
    if rng.random() < 0.6:
        u.say(rng.choice(["Et le cryptogramme ?", "Les trois chiffres au dos, s'il vous plaît ?"])).turn()
        code = cvv(rng)
        u.say(rng.choice(["C'est ", "", "Alors, "])).entity(
            "CARD_SECURITY_CODE", rng.choice([run(code, "fr"), code]), code, "fr").say(".")
    else:
        u.say(rng.choice(["Merci.", "Très bien, merci."]))
    return u


def card_hold_music(fake: Faker, rng: random.Random) -> Said:
    """Hold music cuts the number in two: the first groups, the music, the agent back, the rest. Each piece labelled,
    read back whole."""
    d = a_card(fake, rng)
    runs = t14.split_runs(card_groups(d), rng, 2)
    u = Said().say(rng.choice(["Sure, it's ", "Okay, the number is ", "Yep. "]))
    u.entity("CREDIT_CARD", ", ".join(rng.choice([g, en_group(g, rng)]) for g in runs[0]), "".join(runs[0]))
    u.say(rng.choice(["...", ", um", ""])).turn().say(rng.choice(HOLD)).turn().say(rng.choice(BACK)).turn()
    u.say(rng.choice(["Okay, so after that it's ", "Right. Then ", "No worries. ", ""]))
    u.entity("CREDIT_CARD", ", ".join(rng.choice([g, en_group(g, rng)]) for g in runs[1]), "".join(runs[1]))
    return u.joint(2, d).say(rng.choice([".", "", ". That's all of it."]))


SWITCH_TO = ["es", "pt", "pl", "it", "de", "fr"]
SWITCH_ASIDE = {"es": "perdón, en español: ", "pt": "desculpe, em português: ", "pl": "przepraszam, po polsku: ",
                "it": "scusi, in italiano: ", "de": "Entschuldigung, auf Deutsch: ", "fr": "pardon, en français: "}


def card_code_switch(fake: Faker, rng: random.Random) -> Said:
    """A bilingual caller starts the number in English and finishes it in their first language, with no pause or
    with a filler."""
    d = card16(fake, rng)
    lang = rng.choice(SWITCH_TO)
    text, _ = switched(fours(d), "en", lang, rng)
    u = Said().say(rng.choice(["It's ", "The card is ", "Okay so ", "Sure, "]))
    return u.entity("CREDIT_CARD", text, d, f"en|{lang}").say(rng.choice([".", "", "... sorry, my English."]))


def card_chat_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat with odd separators between the groups (pipes, slashes, tildes, underscores, bullets, en
    dashes), the expiry and the code on the same line."""
    d = a_card(fake, rng)
    sep = rng.choice(ODD_SEPS)
    tag = rng.choice(CHAT_TAGS)
    u = Said().say(tag + rng.choice(["card ", "", "cc: ", "number "]))
    u.entity("CREDIT_CARD", sep.join(card_groups(d)), d)
    if rng.random() < 0.7:
        month, yy = month_year(rng)
        s2 = rng.choice(["/", "|", "-", ".", "~"])
        u.say(rng.choice([" exp ", " ", " | exp: ", ", "])).entity("CARD_EXPIRY", f"{month:02d}{s2}{yy}",
                                                                   f"{month:02d}{yy}")
        code = cvv(rng, 4 if len(d) == 15 else 3)
        u.say(rng.choice([" cvc ", " | ", ", sec ", " code: "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice(["", " thx", " ty"]))


DOMAINS = [("gmail.com", "gmail dot com"), ("yahoo.com", "yahoo dot com"), ("outlook.com", "outlook dot com"),
           ("hotmail.co.uk", "hotmail dot co dot uk"), ("icloud.com", "icloud dot com"), ("aol.com", "a o l dot com"),
           ("btinternet.com", "b t internet dot com"), ("bigpond.com", "bigpond dot com")]


def spoken_email(fake: Faker, rng: random.Random, locale: str = "en_US") -> tuple[str, str]:
    first, last = person(fake, locale)
    domain, said_ = rng.choice(DOMAINS)
    sep, sep_said = rng.choice([(".", " dot "), ("_", " underscore "), ("", " ")])
    if sep == "":
        return f"{first}{last}@{domain}", f"{first}{last} at {said_}"
    return f"{first}{sep}{last}@{domain}", f"{first}{sep_said}{last} at {said_}"


def card_everything_at_once(fake: Faker, rng: random.Random) -> Said:
    """A caller who has done this before gives it all in one turn: the card, the expiry, the code, then the email
    for the receipt and a phone number. All labelled."""
    d = a_card(fake, rng)
    exp, exp_v = expiry(rng)
    code = cvv(rng, 4 if len(d) == 15 else 3)
    email, email_said = spoken_email(fake, rng)
    n = a_us_phone(fake)
    u = Said().say(rng.choice(["Okay, ready? ", "I'll give you everything in one go. ", "Right, here we go. "]))
    u.entity("CREDIT_CARD", said_card(d, rng), d).say(rng.choice([", expiry ", ", exp ", ", it expires "]))
    u.entity("CARD_EXPIRY", exp, exp_v).say(rng.choice([", security code ", ", code ", ", back of the card "]))
    u.entity("CARD_SECURITY_CODE", rng.choice([code, run(code)]), code)
    u.say(rng.choice([". Receipt to ", ", and email the receipt to ", ". Send the confirmation to "]))
    u.entity("EMAIL_ADDRESS", rng.choice([email_said, email]), email)
    u.say(rng.choice([", and my cell is ", ". Phone number ", ", and if anything goes wrong call "]))
    return u.entity("PHONE_NUMBER", us_phone_text(n, rng), n).say(rng.choice([".", ". Got all that?", ""]))


def card_beside_lookalikes(fake: Faker, rng: random.Random) -> Said:
    """The card among numbers that are not values: an invoice number, the amount, the billing ZIP code."""
    d = a_card(fake, rng)
    inv = fake.numerify("INV-#######") if rng.random() < 0.5 else fake.numerify("10########")
    z = fake["en_US"].zipcode()
    u = Said().say(f"I'm paying invoice {inv}, that's {amount(rng)}. ")
    u.say(rng.choice(["Card number is ", "Use the card ", "The card: "])).entity("CREDIT_CARD", said_card(d, rng), d)
    return u.say(rng.choice([f", billing zip {z}.", f". Zip code's {z}.", f", and the zip is {run(z)}."]))


def card_for_parent_dob(fake: Faker, rng: random.Random) -> Said:
    """Paying a parent's bill: the account holder's date of birth asked for and given (labelled), then the card."""
    d = a_card(fake, rng)
    who = rng.choice(["my mum", "my mom", "my dad", "my father", "my mother"])
    u = Said().say(rng.choice([f"I'm paying the bill for {who}, they're in hospital.",
                               f"It's {who}'s account, I'm paying it for them."])).turn()
    u.say(rng.choice(["That's fine. Can I have the account holder's date of birth?",
                      "No problem. What's their date of birth, for security?"])).turn()
    u.say(rng.choice(["It's ", "Um, ", ""])).entity("DATE_OF_BIRTH", a_dob(fake, rng, rng.choice(["us", "uk"])))
    u.say(".").turn().say(rng.choice(["Thank you. And the card you're paying with?", "Great. The card number?"]))
    u.turn().say(rng.choice(["It's my own card, ", "Mine, ", ""])).entity("CREDIT_CARD", said_card(d, rng), d)
    return u.say(rng.choice([".", "", ". It's a debit card."]))


def card_in_threes(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for three digits at a time, and the caller reads the number so: five threes and one."""
    d = card16(fake, rng)
    u = Said().say(rng.choice(["Could you give it to me three digits at a time?",
                               "Three at a time please, my screen splits it funny."])).turn()
    text = rng.choice([", ".join(en_group(g, rng) for g in grp(d, [3] * 6)), " ".join(grp(d, [3] * 6))])
    return u.say(rng.choice(["Sure. ", "Oh, okay. ", ""])).entity("CREDIT_CARD", text, d).say(
        rng.choice([".", "", ". Weird way to do it."]))


def card_expiry_code_mixup(fake: Faker, rng: random.Random) -> Said:
    """Asked for the expiry, the caller reads the code; the agent says so and the caller gives the expiry. The
    code and the expiry labelled as what they are."""
    d = card16(fake, rng)
    code = cvv(rng)
    exp, exp_v = expiry(rng)
    u = Said().say(rng.choice(["It's ", ""])).entity("CREDIT_CARD", said_card(d, rng), d).say(".").turn()
    u.say(rng.choice(["And the expiry date?", "When does it expire?"])).turn()
    u.entity("CARD_SECURITY_CODE", rng.choice([run(code), code]), code).say(".").turn()
    u.say(rng.choice(["That sounds like the security code. The expiry is the month and year on the front.",
                      "Hmm, that's three digits, I think that's the code on the back. I need the month and year."]))
    u.turn().say(rng.choice(["Oh sorry. ", "Oops. ", "Ah, right. "])).entity("CARD_EXPIRY", exp, exp_v)
    u.say(".").turn().say(rng.choice(["Thanks. And the three you said, that was from the back?",
                                      "Perfect, and I'll use that code you gave me."])).turn()
    return u.say(rng.choice(["Yes.", "Yep, that's the one.", "Yes, the back."]))


def card_replace_direct_debit(fake: Faker, rng: random.Random) -> Said:
    """Updating a recurring payment: the old card named by its last four (not labelled), the new one read in
    full with its expiry (labelled)."""
    old = a_card(fake, rng)
    d = a_card(fake, rng)
    exp, exp_v = expiry(rng)
    u = Said().say(rng.choice([f"The subscription's on my old card ending {old[-4:]}, it's been cancelled.",
                               f"You've got my card ending in {run(old[-4:])}, but that one expired."])).turn()
    u.say(rng.choice(["Okay, I can update that. What's the new card?", "No problem, go ahead with the new one."]))
    u.turn().say(rng.choice(["It's ", "New one's ", "Okay, "])).entity("CREDIT_CARD", said_card(d, rng), d)
    return u.say(rng.choice([", expiring ", ", valid until ", ", exp "])).entity("CARD_EXPIRY", exp, exp_v).say(".")


def card_catalan(fake: Faker, rng: random.Random) -> Said:
    """A caller in Catalan: the number digit by digit, "caducitat" and "codi de seguretat"."""
    d = card16(fake, rng)
    month, yy = month_year(rng)
    code = cvv(rng)
    u = Said().say(rng.choice(["El número de la targeta és ", "Doncs, ", "Sí, és "])).entity(
        "CREDIT_CARD", ", ".join(t13.run_in(g, "ca") for g in fours(d)), d, "ca").say(".").turn()
    u.say(rng.choice(["I la data de caducitat?", "Quan caduca?"])).turn()
    u.entity("CARD_EXPIRY", f"{t13.run_in(f'{month:02d}', 'ca')}, {t13.run_in(str(yy), 'ca')}", f"{month:02d}{yy}",
             "ca").say(".").turn()
    u.say(rng.choice(["I el codi de seguretat, al darrere?", "I els tres números del darrere?"])).turn()
    return u.entity("CARD_SECURITY_CODE", t13.run_in(code, "ca"), code, "ca").say(rng.choice([".", ", gràcies."]))


def card_expiry_month_phrases(fake: Faker, rng: random.Random) -> Said:
    """The expiry said around its month name or number ("end of August twenty-nine", "oh eight of twenty-nine",
    "the eighth month, twenty-nine")."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    exp = rng.choice([f"end of {MONTHS[month - 1]} {tens(yy)}", f"{run(f'{month:02d}')} of {tens(yy)}",
                      f"{MONTHS[month - 1]} of '{yy}", f"the {t14_ordinal(month)} month, {tens(yy)}",
                      f"{MONTHS[month - 1][:3]} {yy}"])
    u = Said().say(rng.choice(["Card's ", "It's "])).entity("CREDIT_CARD", said_card(d, rng), d)
    return u.say(rng.choice([" and it runs out ", ", good till the ", ", expires "])).entity("CARD_EXPIRY", exp).say(
        rng.choice([".", ""]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_numeral_homophones(fake: Faker, rng: random.Random) -> Said:
    """The SSN as the engine wrote it: numerals, words and homophones ("for", "to", "ate", "won") mixed."""
    d = a_ssn(fake)
    u = Said().say(rng.choice(["My social is ", "Social security number, ", "SSN: ", "It's "]))
    return u.entity("US_SSN", homo_value(t14.ssn_groups(d), rng), d, "enh").say(rng.choice([".", "", " yeah"]))


def ssn_identity_dob(fake: Faker, rng: random.Random) -> Said:
    """An identity check: the date of birth, the SSN and the ZIP code (not a value); the first two labelled."""
    d = a_ssn(fake)
    u = Said().say(rng.choice(["To verify, can I get your date of birth?", "First, your date of birth please."]))
    u.turn().entity("DATE_OF_BIRTH", a_dob(fake, rng)).say(".").turn()
    u.say(rng.choice(["And your Social Security number?", "Thanks. And the social?"])).turn()
    gs = t14.ssn_groups(d)
    u.entity("US_SSN", rng.choice(["-".join(gs), ", ".join(en_group(g, rng) for g in gs)]), d).say(".").turn()
    z = fake["en_US"].zipcode()
    u.say(rng.choice(["And the zip code on file?", "Last one, the zip code?"])).turn()
    return u.say(rng.choice([f"{z}.", f"{run(z)}.", f"It's {z}."]))


def ssn_code_switch(fake: Faker, rng: random.Random) -> Said:
    """The SSN begun in English and finished in Spanish, Portuguese or Polish (or the other way)."""
    d = a_ssn(fake)
    lang = rng.choice(["es", "pt", "pl"])
    first, second = ("en", lang) if rng.random() < 0.6 else (lang, "en")
    text, _ = switched(t14.ssn_groups(d), first, second, rng)
    u = Said().say(rng.choice(["My social security is ", "Okay, my social, ", "Es el ", "It's "]))
    return u.entity("US_SSN", text, d, f"{first}|{second}").say(rng.choice([".", "", ", okay?"]))


def ssn_hold_music(fake: Faker, rng: random.Random) -> Said:
    """Hold music cuts the SSN: the first groups, the music, the agent back, the rest. Each piece labelled."""
    d = a_ssn(fake)
    gs = t14.ssn_groups(d)
    k = rng.choice([1, 2])
    u = Said().say(rng.choice(["Sure, it's ", "My social is ", "Okay. "]))
    u.entity("US_SSN", ", ".join(en_group(g, rng) for g in gs[:k]), "".join(gs[:k]))
    u.turn().say(rng.choice(HOLD)).turn().say(rng.choice(BACK)).turn()
    u.entity("US_SSN", rng.choice([", ".join(en_group(g, rng) for g in gs[k:]), "-".join(gs[k:])]), "".join(gs[k:]))
    return u.joint(2, d).say(rng.choice([".", ""]))


def ssn_direct_deposit(fake: Faker, rng: random.Random) -> Said:
    """Setting up direct deposit for benefits: the SSN, the bank's routing number and the account number. All
    labelled."""
    d, r, a = a_ssn(fake), an_aba(fake), an_account(fake, rng)
    u = Said().say(rng.choice(["I want my benefits paid straight to my bank.", "I need to set up direct deposit."]))
    u.turn().say("Sure. First, your Social Security number?").turn()
    u.entity("US_SSN", rng.choice(["-".join(t14.ssn_groups(d)), ", ".join(en_group(g, rng)
                                                                        for g in t14.ssn_groups(d))]), d)
    u.say(".").turn().say(rng.choice(["And the routing number of your bank?", "Thank you. Routing number?"])).turn()
    u.entity("ABA_ROUTING_NUMBER", rng.choice([r, ", ".join(en_group(g, rng) for g in grp(r, [3, 3, 3]))]), r)
    u.say(".").turn().say(rng.choice(["And the account number?", "And the checking account number?"])).turn()
    u.entity("US_BANK_NUMBER", rng.choice([a, " ".join(en_group(g, rng) for g in grp(a, [4, 4, 4]))]), a)
    return u.say(rng.choice([".", ", it's a checking account.", ""]))


def ssn_joint_filing(fake: Faker, rng: random.Random) -> Said:
    """Filing jointly: the caller's SSN and date of birth, then the spouse's. All four labelled."""
    me, spouse = a_ssn(fake), a_ssn(fake)
    u = Said().say(rng.choice(["We file jointly. ", "It's a joint return. "]))
    u.say("Mine is ").entity("US_SSN", "-".join(t14.ssn_groups(me)), me).say(", born ")
    u.entity("DATE_OF_BIRTH", a_dob(fake, rng)).say(rng.choice([". My wife's is ", ". My husband's is ",
                                                                ". And my spouse, "]))
    u.entity("US_SSN", ", ".join(en_group(g, rng) for g in t14.ssn_groups(spouse)), spouse)
    u.say(rng.choice([", date of birth ", ", born "])).entity("DATE_OF_BIRTH", a_dob(fake, rng))
    return u.say(".")


def ssn_chat_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat with dots, slashes, underscores, en dashes or wide spaces between the groups."""
    d = a_ssn(fake)
    sep = rng.choice([".", "/", "_", "\u2013", "  ", " . ", "|", " "])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["ssn ", "my ssn is ", "SSN: ", ""]))
    return u.entity("US_SSN", sep.join(t14.ssn_groups(d)), d).say(rng.choice(["", " thanks", "."]))


# Phones -------------------------------------------------------------------------------------------------
def phone_numeral_homophones(fake: Faker, rng: random.Random) -> Said:
    """A US or British number as the engine wrote it: numerals, words and homophones mixed."""
    if rng.random() < 0.6:
        n, gs = a_us_phone(fake), None
        gs = grp(n, [3, 3, 4])
    else:
        n = t13.uk_mobile(fake)
        gs = grp(n, [5, 6])
    u = Said().say(rng.choice(["Call me on ", "My number is ", "The best number is ", "You can reach me at "]))
    return u.entity("PHONE_NUMBER", homo_value(gs, rng), n, "enh").say(rng.choice([".", "", " thanks"]))


def phone_hindi_switch(fake: Faker, rng: random.Random) -> Said:
    """An Indian mobile begun in English and finished in Hindi digits, or the other way."""
    _, n, _ = e164_parts("IN", rng.choice(["98########", "99########", "90########", "81########", "70########"]),
                         fake)
    first, second = ("en", "hi") if rng.random() < 0.5 else ("hi", "en")
    text, _ = switched(grp(n, [5, 5]) if rng.random() < 0.5 else grp(n, [3, 3, 4]), first, second, rng)
    u = Said().say(rng.choice(["My mobile number is ", "Number hai ", "Sir, ", "Note kijiye, "]))
    return u.entity("PHONE_NUMBER", text, n, "en|hi").say(rng.choice([".", "", " sir", ", thank you"]))


def phone_otp_beside(fake: Faker, rng: random.Random) -> Said:
    """The agent names the number on file by its last two digits (not labelled); the caller gives a new one; the
    agent reads it back and sends a one-time code, which the caller reads (not labelled)."""
    if rng.random() < 0.5:
        n, text_of = a_us_phone(fake), (lambda v: us_phone_text(v, rng))
    else:
        n = t13.uk_mobile(fake)
        def text_of(v: str) -> str:
            return rng.choice([" ".join(grp(v, [5, 6])), ", ".join(spoken_doubles(g, rng) for g in grp(v, [5, 6]))])
    otp = fake.numerify("######")
    u = Said().say(f"I'll text a code to the number ending {rng.randint(10, 99)}.").turn()
    u.say(rng.choice(["That's my old phone. The new one is ", "No, I changed it, it's now "])).entity(
        "PHONE_NUMBER", text_of(n), n).say(".").turn()
    u.say(rng.choice(["Okay, updating to ", "Got it, so that's "])).entity("PHONE_NUMBER", " ".join(
        grp(n, [3, 3, 4] if len(n) == 10 else [5, 6])), n)
    u.say(". I've sent a six-digit code.").turn()
    return u.say(rng.choice([f"It says {run(otp)}.", f"Got it, {otp}.", f"Okay, {' '.join(otp)}."]))


def phone_uk_in_polish(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller in Britain gives their British mobile in Polish."""
    n = t13.uk_mobile(fake)
    gs = rng.choice([grp(n, [5, 6]), grp(n, [5, 3, 3]), grp(n, [4, 3, 4])])
    text = ", ".join(rng.choice([run(g, "pl"), t14.three(g, "pl") if len(g) == 3 else run(g, "pl")]) for g in gs)
    u = Said().say(rng.choice(["Mój numer to ", "Angielski numer: ", "Proszę zapisać: ", "Komórka: "]))
    return u.entity("PHONE_NUMBER", text, n, "pl").say(rng.choice([".", "", ", dziękuję"]))


def phone_french_pairs_english(fake: Faker, rng: random.Random) -> Said:
    """A French caller gives a French mobile in English, in pairs the French way ("oh six, twelve, thirty-four")."""
    _, v, _ = t14.eu_mobile(fake, rng, "fr")
    text = f"{rng.choice(['oh', 'zero'])} {run(v[1], 'en')}, " + ", ".join(pairs14(v[i:i + 2]) for i in range(2, 10, 2))
    u = Said().say(rng.choice(["My French number is ", "In France I have ", "It's a French mobile, "]))
    return u.entity("PHONE_NUMBER", text, v).say(rng.choice([".", "", ", you need the plus thirty-three before."]))


def phone_hold_music(fake: Faker, rng: random.Random) -> Said:
    """Hold music cuts the number in two; each piece labelled, read back whole."""
    region = rng.choice(["US", "GB", "AU", "IE"])
    n, sizes = t14.en_local(fake, rng, region)
    gs = grp(n, sizes)
    k = rng.randint(1, len(gs) - 1)
    u = Said().say(rng.choice(["It's ", "My number's ", "Sure, "]))
    u.entity("PHONE_NUMBER", ", ".join(spoken_doubles(g, rng) for g in gs[:k]), "".join(gs[:k]))
    u.turn().say(rng.choice(HOLD)).turn().say(rng.choice(BACK)).turn()
    u.entity("PHONE_NUMBER", rng.choice([", ".join(spoken_doubles(g, rng) for g in gs[k:]), " ".join(gs[k:])]),
             "".join(gs[k:]))
    return u.joint(2, n).say(rng.choice([".", ""]))


def phone_chat_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat: dots, slashes, "(0)" after the country code, "tel:" in front."""
    if rng.random() < 0.5:
        n = a_us_phone(fake)
        gs = grp(n, [3, 3, 4])
        text, value = rng.choice([(".".join(gs), n), ("/".join(gs), n), (f"+1.{'.'.join(gs)}", "1" + n),
                                  (f"1-{'-'.join(gs)}", "1" + n), (f"{gs[0]} | {gs[1]} {gs[2]}", n)])
    else:
        n = t13.uk_mobile(fake)
        text, value = rng.choice([(f"+44 (0){n[1:5]} {n[5:]}", "440" + n[1:]), (f"+44.{n[1:5]}.{n[5:]}", "44" + n[1:]),
                                  (f"{n[:5]}/{n[5:]}", n), (f"{n[:5]}_{n[5:8]}_{n[8:]}", n),
                                  (f"0044 {n[1:5]} {n[5:]}", "0044" + n[1:])])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["tel: ", "my number ", "ph ", "mob. ", ""]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", " pls call after 5", "."]))


def phone_irish_tree(fake: Faker, rng: random.Random) -> Said:
    """An Irish mobile as the engine hears an Irish caller: "tree" for three, "double", "oh"."""
    while True:
        n = "0" + e164_parts("IE", rng.choice(["83#######", "85#######", "86#######", "87#######"]), fake)[1]
        if "3" in n[3:]:
            break
    gs = grp(n, [3, 3, 4])
    out = []
    for g in gs:
        words_ = spoken_doubles(g, rng).split()
        out.append(" ".join("tree" if w == "three" and rng.random() < 0.8 else w for w in words_))
    text = ", ".join(out)
    if "tree" not in text:
        text = text.replace("three", "tree", 1)
    u = Said().say(rng.choice(["Grand, it's ", "Me mobile is ", "Yeah, ring me on "]))
    return u.entity("PHONE_NUMBER", text, n, "enh").say(rng.choice([".", "", ", so it is."]))


def phone_dutch_switch(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller begins a Dutch mobile in Dutch and finishes it in English."""
    _, v, _ = t14.eu_mobile(fake, rng, "nl")
    gs = [v[:2], *grp(v[2:], [2, 2, 2, 2])]
    k = rng.randint(1, 4)
    text = ", ".join([run(g, "nl") if i == 0 else said_in(g, "nl", rng) for i, g in enumerate(gs[:k])] +
                     [said_in(g, "en", rng) for g in gs[k:]])
    u = Said().say(rng.choice(["Mijn nummer is ", "My number, ", "Het is ", "Okay, "]))
    return u.entity("PHONE_NUMBER", text, v, "nl|en").say(rng.choice([".", "", ", sorry, half Dutch."]))


def phone_spain_expat_english(fake: Faker, rng: random.Random) -> Said:
    """An English expat in Spain gives the Spanish mobile in English, the country code in front sometimes."""
    _, v, _ = t14.eu_mobile(fake, rng, "es")
    body = ", ".join(spoken_doubles(g, rng) for g in grp(v, [3, 3, 3]))
    text, value = (f"plus thirty-four, {body}", "34" + v) if rng.random() < 0.4 else (body, v)
    u = Said().say(rng.choice(["We live in Spain now, so it's ", "My Spanish mobile is ", "Over here it's "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice([".", "", ", that's a mobile."]))


# Addresses ----------------------------------------------------------------------------------------------
def spell_names(word: str, rng: random.Random) -> str:
    """A word letter by letter by the letters' English names ("ess aitch zed"), an O as the letter."""
    return " ".join(rng.choice(LETTER_NAMES[c.upper()]) if c.upper() in LETTER_NAMES else c for c in word)


def email_letter_names(fake: Faker, rng: random.Random) -> Said:
    """The surname spelled by the letters' English names as British, Irish, Australian or American speakers say them
    ("haitch", "zed", "zee", "double-u")."""
    first, last = person(fake, rng.choice(["en_GB", "en_IE", "en_AU", "en_US"]))
    domain, said_ = rng.choice(DOMAINS)
    sep, sep_said = rng.choice([(".", " dot "), ("", ", ")])
    value = f"{first}{sep}{last}@{domain}"
    text = f"{first}{sep_said}{spell_names(last, rng)} at {said_}"
    u = Said().say(rng.choice(["My email is ", "It's ", "Email: "]))
    return u.entity("EMAIL_ADDRESS", text, value).say(rng.choice([".", "", ", all lower case."]))


def email_asr_misheard(fake: Faker, rng: random.Random) -> Said:
    """The engine mishears the signs: "add" for "at", "dock" for "dot", "under score" in two words."""
    first, last = person(fake)
    domain, said_ = rng.choice(DOMAINS)
    sep = rng.choice([".", "_"])
    value = f"{first}{sep}{last}@{domain}"
    sep_said = rng.choice([" dock ", " dot "]) if sep == "." else rng.choice([" under score ", " underscore "])
    at = rng.choice(["add", "add", "at"])
    dom = said_.replace(" dot ", rng.choice([" dock ", " dot "]))
    if at == "at" and "dock" not in sep_said + dom and "under score" not in sep_said:
        at = "add"
    u = Said().say(rng.choice(["Yeah, my email is ", "It's ", "Okay, "]))
    return u.entity("EMAIL_ADDRESS", f"{first}{sep_said}{last} {at} {dom}", value).say(rng.choice([".", ""]))


TYPOS = {"gmail.com": ["gmial.com", "gmai.com", "gmaill.com"], "yahoo.com": ["yahooo.com", "yaho.com"],
         "outlook.com": ["outlok.com", "outloo.com"], "hotmail.co.uk": ["hotmial.co.uk", "hotmail.co.k"],
         "icloud.com": ["iclod.com", "icould.com"]}


def email_chat_typo_retyped(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat with a typo in the domain, then typed again right. Both labelled (each an address)."""
    first, last = person(fake)
    domain = rng.choice(list(TYPOS))
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}"])
    tag = rng.choice(CHAT_TAGS)
    bad, good = f"{local}@{rng.choice(TYPOS[domain])}", f"{local}@{domain}"
    u = Said().say(tag).entity("EMAIL_ADDRESS", bad, bad).turn()
    u.say(tag + rng.choice(["sorry typo ", "oops, ", "*", "I mean "])).entity("EMAIL_ADDRESS", good, good)
    return u.say(rng.choice(["", " thats the right one", "*"]))


def email_hold_split(fake: Faker, rng: random.Random) -> Said:
    """The local part, hold music, then the domain; each piece labelled, read back whole."""
    first, last = person(fake)
    domain, said_ = rng.choice(DOMAINS)
    u = Said().say(rng.choice(["It's ", "My email, ", "Sure, "]))
    u.entity("EMAIL_ADDRESS", f"{first} dot {last}", f"{first}.{last}").turn().say(rng.choice(HOLD)).turn()
    u.say(rng.choice(BACK)).turn().say(rng.choice(["Yeah, so, ", "So that's ", ""]))
    u.entity("EMAIL_ADDRESS", f"at {said_}", f"@{domain}")
    return u.joint(2, f"{first}.{last}@{domain}").say(rng.choice([".", ""]))


SWITCH_EMAIL = {"fr_FR": ("point", ["Alors, c'est ", "Mon adresse: "]), "de_DE": ("punkt", ["Also, ", "Die Adresse: "]),
                "es_ES": ("punto", ["Mi correo es ", "Es "]), "it_IT": ("punto", ["La mia email è ", "Allora, "]),
                "nl_NL": ("punt", ["Mijn mail is ", "Het is "])}


def email_local_then_english(fake: Faker, rng: random.Random) -> Said:
    """A French, German, Spanish, Italian or Dutch caller says the local part with their word for the dot, then the
    domain in English."""
    locale = rng.choice(list(SWITCH_EMAIL))
    dot, intros = SWITCH_EMAIL[locale]
    first, last = person(fake, locale)
    domain, said_ = rng.choice(DOMAINS[:5])
    u = Said().say(rng.choice(intros))
    return u.entity("EMAIL_ADDRESS", f"{first} {dot} {last}, at {said_}", f"{first}.{last}@{domain}").say(
        rng.choice([".", "", ", voilà"]))


def email_beside_website_handle(fake: Faker, rng: random.Random) -> Said:
    """A small business's website and social handle given with the email; only the email labelled."""
    first, _ = person(fake)
    biz = rng.choice(["bloomandco", "fixitfast", "sunnyside", "greenthumb", "cakesbyjo", "petpals"])
    tld, tld_said = rng.choice([("com", "com"), ("co.uk", "co dot uk"), ("com.au", "com dot au")])
    value = f"{first}@{biz}.{tld}"
    u = Said().say(f"Our website's www dot {biz} dot {tld_said}, we're @{biz}_{rng.randint(1, 99)} on Instagram, ")
    u.say(rng.choice(["but for this just email me at ", "and my email is ", "and you can email me on "]))
    return u.entity("EMAIL_ADDRESS", rng.choice([f"{first} at {biz} dot {tld_said}", value]), value).say(
        rng.choice([".", ""]))


NORDIC_PL = {
    "pl_PL": ("małpa", "kropka",
              [("wp.pl", "wp"), ("onet.pl", "onet"), ("interia.pl", "interia"), ("gmail.com", "gmail")],
              ["Mój mail to ", "Adres: "]),
    "sv_SE": ("snabel-a", "punkt", [("telia.com", "telia"), ("live.se", "live"), ("gmail.com", "gmail")],
              ["Min mejl är ", "Det är "]),
    "da_DK": ("snabel-a", "punktum", [("hotmail.dk", "hotmail"), ("mail.dk", "mail"), ("gmail.com", "gmail")],
              ["Min e-mail er ", "Det er "]),
}


def email_nordic_polish_at(fake: Faker, rng: random.Random) -> Said:
    """Polish "małpa" and "kropka", Swedish and Danish "snabel-a", "punkt" and "punktum"."""
    locale = rng.choice(list(NORDIC_PL))
    at, dot, domains, intros = NORDIC_PL[locale]
    first, last = person(fake, locale)
    domain, name = rng.choice(domains)
    sep = rng.choice([".", ""])
    local_said = f"{first} {dot} {last}" if sep else f"{first}{last}"
    value = f"{first}{sep}{last}@{domain}"
    text = f"{local_said} {at} {name} {dot} {domain.split('.')[-1]}"
    u = Said().say(rng.choice(intros))
    return u.entity("EMAIL_ADDRESS", text, value).say(rng.choice([".", ""]))


# IBANs --------------------------------------------------------------------------------------------------
def iban_groups_said(v: str, lang: str, rng: random.Random) -> str:
    return ", ".join(t14.group_said(g, lang, rng) for g in fours(v))


def iban_hold_music(fake: Faker, rng: random.Random) -> Said:
    """Hold music cuts the IBAN after a few groups; each piece labelled, read back whole."""
    v = t14.an_iban14(fake, rng, rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IT"]))
    gs = fours(v)
    k = rng.randint(2, len(gs) - 2)
    u = Said().say(rng.choice(["The IBAN is ", "Okay, IBAN: ", "Sure. "]))
    u.entity("IBAN_CODE", ", ".join(t14.group_said(g, "en", rng) for g in gs[:k]), "".join(gs[:k]))
    u.turn().say(rng.choice(HOLD)).turn().say(rng.choice(BACK)).turn()
    u.entity("IBAN_CODE", rng.choice([", ".join(t14.group_said(g, "en", rng) for g in gs[k:]), " ".join(gs[k:])]),
             "".join(gs[k:]))
    return u.joint(2, v).say(rng.choice([".", ""]))


def iban_chat_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat with dashes, dots, slashes, or lower case with odd spaces."""
    v = t14.an_iban14(fake, rng, rng.choice(["GB", "DE", "NL", "FR", "ES", "IT", "BE", "AT", "PL", "IE"]))
    sep = rng.choice(["-", ".", "/", " - ", "_", "  "])
    text = rng.choice([sep.join(fours(v)), sep.join(fours(v)).lower(), f"{v[:4]} {v[4:]}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["iban ", "IBAN- ", "acc: ", "pls refund to "]))
    return u.entity("IBAN_CODE", text, v).say(rng.choice(["", " thanks", "."]))


def iban_code_switch(fake: Faker, rng: random.Random) -> Said:
    """A Spanish, Portuguese, Italian or French IBAN begun in the language and finished in English."""
    country, lang = rng.choice([("ES", "es"), ("PT", "pt"), ("IT", "it"), ("FR", "fr")])
    v = t14.an_iban14(fake, rng, country)
    gs = fours(v)
    k = rng.randint(1, len(gs) - 1)
    text = ", ".join([t14.group_said(g, lang, rng) for g in gs[:k]] + [t14.group_said(g, "en", rng) for g in gs[k:]])
    u = Said().say(rng.choice(["El IBAN es ", "O IBAN é ", "L'IBAN è ", "Mon IBAN, c'est ", "The IBAN, "]))
    return u.entity("IBAN_CODE", text, v, f"{lang}|en").say(rng.choice([".", "", " okay?"]))


def iban_refund_bic_amount(fake: Faker, rng: random.Random) -> Said:
    """A refund: the IBAN (labelled) with the BIC, the amount and the order reference (not labelled)."""
    country, bic = rng.choice([("DE", "COBADEFFXXX"), ("NL", "INGBNL2A"), ("FR", "BNPAFRPP"), ("ES", "CAIXESBBXXX"),
                               ("IT", "UNCRITMM"), ("GB", "NWBKGB2L")])
    v = t14.an_iban14(fake, rng, country)
    u = Said().say(f"Please refund the {amount(rng)} for order {fake.numerify('#########')} to ")
    u.entity("IBAN_CODE", rng.choice([" ".join(fours(v)), iban_groups_said(v, "en", rng)]), v)
    return u.say(rng.choice([f", BIC {bic}.", f". The BIC is {' '.join(bic)}.", f", swift code {bic}, thanks."]))


def iban_letter_names(fake: Faker, rng: random.Random) -> Said:
    """A British or Irish IBAN, the country and the bank's letters said by their names ("gee bee", "en double-u bee
    kay", "eye ee")."""
    v = t14.an_iban14(fake, rng, rng.choice(["GB", "IE"]))
    parts = []
    for g in fours(v):
        parts.append(" ".join(rng.choice(LETTER_NAMES[c]) if c.isalpha() and c in LETTER_NAMES else
                              c if c.isalpha() else run(c, "en", "oh") for c in g))
    u = Said().say(rng.choice(["My IBAN is ", "It's ", "IBAN, "]))
    return u.entity("IBAN_CODE", ", ".join(parts), v).say(rng.choice([".", ""]))


def iban_numeral_homophones(fake: Faker, rng: random.Random) -> Said:
    """An IBAN as the engine wrote it: letters, numerals, words and homophones mixed."""
    v = t14.an_iban14(fake, rng, rng.choice(["GB", "IE", "DE", "NL"]))
    while True:
        text = ", ".join(" ".join(c if c.isalpha() else homo_group(c, rng) for c in g) for g in fours(v))
        if any(w in HEARD_AS for w in re.findall(r"[a-z]+", text)):
            break
    u = Said().say(rng.choice(["The IBAN is ", "It's ", "Okay, "]))
    return u.entity("IBAN_CODE", text, v, "enh").say(rng.choice([".", ""]))


def iban_landlord_two(fake: Faker, rng: random.Random) -> Said:
    """A tenant gives the landlord's IBAN for the rent and their own for the deposit back; both labelled."""
    country = rng.choice(["DE", "NL", "FR", "ES", "IT", "AT", "BE", "IE"])
    theirs, mine = t14.an_iban14(fake, rng, country), t14.an_iban14(fake, rng, country)
    u = Said().say(rng.choice(["The rent goes to my landlord's IBAN, ", "Rent: "]))
    u.entity("IBAN_CODE", rng.choice([" ".join(fours(theirs)), theirs]), theirs)
    u.say(rng.choice([". And the deposit should come back to mine, ", ". Mine, for the deposit, is "]))
    return u.entity("IBAN_CODE", iban_groups_said(mine, "en", rng), mine).say(".")


# NINOs --------------------------------------------------------------------------------------------------
def nino_said(v: str, rng: random.Random, letters: str = "names") -> str:
    pre = " ".join(rng.choice(LETTER_NAMES[c]) for c in v[:2]) if letters == "names" else " ".join(v[:2])
    suf = rng.choice(LETTER_NAMES[v[8]]) if letters == "names" else v[8]
    return f"{pre}, {', '.join(t14.uk_group(g, rng) for g in grp(v[2:8], [2, 2, 2]))}, {suf}"


def nino_letter_names(fake: Faker, rng: random.Random) -> Said:
    """The letters by their names ("jay bee", "haitch", "zed", "see"), the digits in pairs."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["My National Insurance is ", "NI number, ", "It's "]))
    return u.entity("UK_NINO", nino_said(v, rng), v).say(rng.choice([".", "", ", I think."]))


def nino_numeral_homophones(fake: Faker, rng: random.Random) -> Said:
    """A NINO as the engine wrote it: letters, and the digits as numerals, words and homophones."""
    v = a_nino(fake, rng)
    while True:
        text = f"{v[0]} {v[1]} {homo_group(v[2:4], rng)} {homo_group(v[4:6], rng)} {homo_group(v[6:8], rng)} {v[8]}"
        if any(w in HEARD_AS for w in re.findall(r"[a-z]+", text)):
            break
    u = Said().say(rng.choice(["National insurance number ", "It's ", "Okay, "]))
    return u.entity("UK_NINO", text, v, "enh").say(rng.choice([".", ""]))


def nino_chat_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat with dashes, dots, slashes or in lower case."""
    v = a_nino(fake, rng)
    sep = rng.choice(["-", ".", "/", " ", "_"])
    text = rng.choice([sep.join([v[:2], v[2:4], v[4:6], v[6:8], v[8]]), f"{v[:2]}{sep}{v[2:8]}{sep}{v[8]}",
                       v.lower(), f"{v[:2].lower()} {v[2:8]} {v[8].lower()}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["NI no ", "nino: ", "my ni is ", ""]))
    return u.entity("UK_NINO", text, v).say(rng.choice(["", ".", " cheers"]))


def nino_with_dob(fake: Faker, rng: random.Random) -> Said:
    """Payroll checks: the NINO and the date of birth, both labelled."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["Can I take your National Insurance number and date of birth?",
                               "For payroll I need your NI number, then your date of birth."])).turn()
    u.say(rng.choice(["Sure. ", "Okay. ", ""]))
    u.entity("UK_NINO", nino_said(v, rng, rng.choice(["names", "letters"])), v)
    u.say(rng.choice([", and I was born ", ". Date of birth ", ", born on "])).entity(
        "DATE_OF_BIRTH", a_dob(fake, rng, "uk"))
    return u.say(".")


def nino_hold_music(fake: Faker, rng: random.Random) -> Said:
    """Hold music after the letters and a pair; the rest after; each piece labelled, read back whole."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["It's ", "My NI number is "])).entity("UK_NINO", f"{v[0]} {v[1]}, {pairs14(v[2:4])}",
                                                                     v[:4])
    u.turn().say(rng.choice(HOLD)).turn().say(rng.choice(BACK)).turn()
    u.entity("UK_NINO", f"{t14.uk_group(v[4:6], rng)}, {t14.uk_group(v[6:8], rng)}, {v[8]}", v[4:])
    return u.joint(2, v).say(rng.choice([".", ""]))


# Spanish IDs --------------------------------------------------------------------------------------------
ES_UNITS = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def es_below_thousand(n: int, apocope: bool = True) -> str:
    if n == 0:
        return ""
    if n < 100:
        text = pair(n, "es")
        return re.sub(r"\buno$", "un", text).replace("veintiuno", "veintiún") if apocope else text
    if n == 100:
        return "cien"
    h, r = divmod(n, 100)
    head = t12.ES_HUNDREDS[h]
    return head + (f" {es_below_thousand(r, apocope)}" if r else "")


def es_number(n: int) -> str:
    """0 < n < 100,000,000 in Spanish words ("cuarenta y cinco millones seiscientos doce mil...")."""
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    out = []
    if millions:
        out.append("un millón" if millions == 1 else f"{es_below_thousand(millions)} millones")
    if thousands:
        out.append("mil" if thousands == 1 else f"{es_below_thousand(thousands)} mil")
    if units:
        out.append(es_below_thousand(units, apocope=False))
    return " ".join(out)


def dni_millions(fake: Faker, rng: random.Random) -> Said:
    """The DNI's number said as one number in millions, then its letter by name."""
    while (v := a_nif(fake))[0] == "0":
        pass
    text = f"{es_number(int(v[:8]))}, {ES_LETTERS[v[8]]}"
    u = Said().say(rng.choice(["Mi DNI es el ", "El DNI, ", "Sí, "]))
    return u.entity("ES_NIF", text).say(rng.choice([".", "", ", ¿vale?"]))


def dni_chat_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat with the printed dots, a slash, a space or lower case."""
    v = a_nif(fake)
    text = rng.choice([f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}", f"{v[:8]}/{v[8]}", f"{v[:8]} {v[8].lower()}",
                       f"{v[:2]} {v[2:5]} {v[5:8]} {v[8]}", f"{v[:8]}.{v[8]}", v.lower()])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["dni ", "DNI: ", "mi dni ", "NIF "]))
    return u.entity("ES_NIF", text, v).say(rng.choice(["", " gracias", "."]))


def dni_english_switch(fake: Faker, rng: random.Random) -> Said:
    """A Spanish caller begins the DNI in Spanish and finishes it in English, the letter by its Spanish name or its
    English one."""
    v = a_nif(fake)
    gs = grp(v[:8], [2, 3, 3])
    k = rng.randint(1, 2)
    digits = ", ".join([run(g, "es") for g in gs[:k]] + [en_group(g, rng) for g in gs[k:]])
    letter = rng.choice([ES_LETTERS[v[8]] if len(ES_LETTERS[v[8]]) > 1 else v[8], v[8]])
    u = Said().say(rng.choice(["My DNI is ", "El DNI es ", "Okay, DNI: "]))
    return u.entity("ES_NIF", f"{digits}, {letter}", v, "es|en").say(rng.choice([".", ""]))


ES_MONTHS = t14.MONTH_NAMES["es"]


def dni_with_dob(fake: Faker, rng: random.Random) -> Said:
    """The DNI and the "fecha de nacimiento", both labelled."""
    v = a_nif(fake)
    born = fake.date_of_birth(minimum_age=18, maximum_age=90)
    dob = rng.choice([f"{born.day} de {ES_MONTHS[born.month - 1]} de {born.year}", born.strftime("%d/%m/%Y"),
                      f"el {pair(born.day, 'es')} de {ES_MONTHS[born.month - 1]} del {born.year % 100:02d}"])
    u = Said().say("¿Me da su DNI y su fecha de nacimiento?").turn()
    gs = grp(v[:8], [2, 3, 3])
    digits = ", ".join(rng.choice([run(g, "es"), es_hundreds(int(g)) if len(g) == 3 and g[0] != "0" else run(g, "es")])
                       for g in gs)
    u.entity("ES_NIF", f"{digits}, {ES_LETTERS[v[8]] if len(ES_LETTERS[v[8]]) > 1 else v[8]}", v, "es")
    return u.say(rng.choice([", y nací el ", ". Fecha de nacimiento: ", ", nacido el "])).entity(
        "DATE_OF_BIRTH", dob).say(".")


def nie_chat_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """An NIE typed into a chat with dots, slashes, spaces or in lower case."""
    v = a_nie(fake)
    text = rng.choice([f"{v[0]}.{v[1:8]}.{v[8]}", f"{v[0]}/{v[1:8]}/{v[8]}", f"{v[0]} {v[1:8]} {v[8]}", v.lower(),
                       f"{v[0]}-{v[1:4]}.{v[4:8]}-{v[8]}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["nie ", "NIE: ", "mi nie es ", ""]))
    return u.entity("ES_NIE", text, v).say(rng.choice(["", ".", " gracias"]))


def nie_millions(fake: Faker, rng: random.Random) -> Said:
    """The NIE's seven digits said as one number in millions, the letters by their Spanish names."""
    while (v := a_nie(fake))[1] == "0":
        pass
    first = {"X": "equis", "Y": "i griega", "Z": "zeta"}[v[0]]
    text = f"{first}, {es_number(int(v[1:8]))}, {ES_LETTERS[v[8]]}"
    u = Said().say(rng.choice(["Mi NIE es ", "El NIE: ", "Vale, "]))
    return u.entity("ES_NIE", text).say(rng.choice([".", ""]))


def nie_with_phone(fake: Faker, rng: random.Random) -> Said:
    """A resident's NIE and Spanish mobile in one turn; both labelled."""
    v = a_nie(fake)
    _, m, _ = t14.eu_mobile(fake, rng, "es")
    u = Said().say(rng.choice(["Mi NIE es ", "NIE "])).entity(
        "ES_NIE", f"{v[0]}, {run(v[1:8], 'es')}, {ES_LETTERS[v[8]] if len(ES_LETTERS[v[8]]) > 1 else v[8]}", v, "es")
    u.say(rng.choice([" y mi móvil es el ", ", y el teléfono ", ". Móvil: "]))
    return u.entity("PHONE_NUMBER", t14.eu_said("es", m, rng), m, "es").say(".")


# Dates of birth, bank accounts, other national numbers --------------------------------------------------
def birth_identity_formats(fake: Faker, rng: random.Random) -> Said:
    """A date of birth in an identity check, as American, British, Australian and Indian callers say it."""
    u = Said().say(rng.choice(["Can you confirm your date of birth?", "What's your DOB?",
                               "And your birthday, for security?"])).turn()
    u.say(rng.choice(["Sure, ", "It's ", "", "Yeah, "])).entity("DATE_OF_BIRTH", a_dob(fake, rng,
                                                                                    rng.choice(["us", "uk"])))
    return u.say(rng.choice([".", "", ", I'm a Leo."]))


DOB_LANG = {
    "es": (["Mi fecha de nacimiento es el ", "Nací el "], lambda b: f"{b.day} de {ES_MONTHS[b.month - 1]} de {b.year}"),
    "fr": (["Je suis né le ", "Ma date de naissance, c'est le "],
           lambda b: f"{b.day} {t14.MONTH_NAMES['fr'][b.month - 1]} {b.year}"),
    "de": (["Ich bin am ", "Geburtsdatum: "], lambda b: f"{b.day}. {t14.MONTH_NAMES['de'][b.month - 1]} {b.year}"),
    "it": (["Sono nato il ", "La data di nascita è il "],
           lambda b: f"{b.day} {t14.MONTH_NAMES['it'][b.month - 1]} {b.year}"),
    "pt": (["Nasci a ", "A data de nascimento é "], lambda b: f"{b.day} de {t14.MONTH_NAMES['pt'][b.month - 1]} de "
                                                             f"{b.year}"),
    "nl": (["Ik ben geboren op ", "Geboortedatum "],
           lambda b: f"{b.day} {t14.MONTH_NAMES['nl'][b.month - 1]} {b.year}"),
    "pl": (["Urodziłem się ", "Data urodzenia: "], lambda b: f"{b.day} {t14.MONTH_NAMES['pl'][b.month - 1]} {b.year}"),
}


def birth_european_languages(fake: Faker, rng: random.Random) -> Said:
    """A date of birth said in Spanish, French, German, Italian, Portuguese, Dutch or Polish, with the month's name
    or as numbers."""
    lang = rng.choice(list(DOB_LANG))
    intros, said_ = DOB_LANG[lang]
    born = fake.date_of_birth(minimum_age=18, maximum_age=90)
    text = rng.choice([said_(born), born.strftime("%d.%m.%Y") if lang in ("de", "pl") else born.strftime("%d/%m/%Y")])
    u = Said().say(rng.choice(intros)).entity("DATE_OF_BIRTH", text)
    return u.say(" geboren." if lang == "de" and u.segments[-1].startswith("Ich") else ".")


def birth_beside_dates(fake: Faker, rng: random.Random) -> Said:
    """The date of birth among dates and numbers that are not it: the age, the appointment, today's date."""
    born = fake.date_of_birth(minimum_age=19, maximum_age=88)
    dob = a_dob(fake, rng, rng.choice(["us", "uk"]), born)
    age = 2026 - born.year - (1 if (born.month, born.day) > (12, 3) else 0)
    u = Said().say(f"I'm {age}, ").say(rng.choice(["born ", "date of birth "])).entity("DATE_OF_BIRTH", dob)
    return u.say(rng.choice([f", and the appointment is on {MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}.",
                             f". I moved here in {rng.randint(1990, 2020)} and the letter's dated "
                             f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026.",
                             f". It's been {rng.randint(2, 9)} weeks since I called."]))


def bank_direct_deposit_form(fake: Faker, rng: random.Random) -> Said:
    """Direct deposit for a payroll: routing and account numbers (labelled), a check number by them (not)."""
    r, a = an_aba(fake), an_account(fake, rng)
    u = Said().say(rng.choice(["For my paycheck, the routing number is ", "Routing is "]))
    u.entity("ABA_ROUTING_NUMBER", rng.choice([r, ", ".join(en_group(g, rng) for g in grp(r, [3, 3, 3]))]), r)
    u.say(rng.choice([" and the account is ", ", account number ", ". Checking account "]))
    u.entity("US_BANK_NUMBER", rng.choice([a, " ".join(en_group(g, rng) for g in grp(a, [3, 3, 3, 3]))]), a)
    return u.say(rng.choice([f". The voided check is number {rng.randint(100, 9999)}.", ".", ", it's Chase."]))


def bank_check_bottom_line(fake: Faker, rng: random.Random) -> Said:
    """The numbers along the bottom of a check read out: routing, account (labelled), the check's number (not)."""
    r, a = an_aba(fake), an_account(fake, rng)
    chk = str(rng.randint(101, 4999))
    u = Said().say(rng.choice(["Okay, along the bottom of the check it says ", "The numbers at the bottom are "]))
    u.entity("ABA_ROUTING_NUMBER", en_group(r, rng), r).say(rng.choice([", then ", ", and then "]))
    u.entity("US_BANK_NUMBER", en_group(a, rng), a).say(f", and then {run(chk)}")
    return u.say(rng.choice([", which is the check number.", ".", ", that's just the check number I think."]))


def bank_chat_typed(fake: Faker, rng: random.Random) -> Said:
    """Routing and account typed into a chat on one line with short labels."""
    r, a = an_aba(fake), an_account(fake, rng)
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["rtn ", "routing: ", "ABA "])).entity(
        "ABA_ROUTING_NUMBER", r, r)
    return u.say(rng.choice([" acct ", " / account: ", ", acc# "])).entity("US_BANK_NUMBER", a, a).say(
        rng.choice(["", " (checking)", " thx"]))


def bsn_dutch(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller's BSN in Dutch, digit by digit or in threes and pairs."""
    v = fake["nl_NL"].ssn()
    text = rng.choice([", ".join(run(g, "nl") for g in grp(v, [3, 3, 3])), ", ".join(run(g, "nl") for g in grp(
        v, [4, 2, 3])), " ".join(grp(v, [4, 2, 3]))])
    u = Said().say(rng.choice(["Mijn BSN is ", "Burgerservicenummer: ", "Het BSN, "]))
    return u.entity("NL_BSN", text, v, "nl").say(rng.choice([".", "", ", dank u."]))


def nir_french(fake: Faker, rng: random.Random) -> Said:
    """A French caller's social security number, the pairs as numbers, the "clé" at the end."""
    while not (v := fake["fr_FR"].ssn()).isdigit():
        pass
    gs = grp(v, [1, 2, 2, 2, 3, 3, 2])
    text = ", ".join(run(g, "fr") if len(g) != 2 or g[0] == "0" else pair(int(g), "fr") for g in gs)
    u = Said().say(rng.choice(["Mon numéro de sécu, c'est ", "Numéro de sécurité sociale: ", "Alors, "]))
    return u.entity("FR_NIR", text, v, "fr").say(rng.choice([".", "", ", voilà."]))


def fiscal_italian_spelled(fake: Faker, rng: random.Random) -> Said:
    """A codice fiscale spelled with the Italian city alphabet ("R come Roma") and the digits in Italian."""
    v = fake["it_IT"].ssn()
    parts = []
    for c in v:
        parts.append(f"{c} come {IT_CITIES[c]}" if c.isalpha() and rng.random() < 0.6 else c if c.isalpha()
                     else run(c, "it"))
    u = Said().say(rng.choice(["Il mio codice fiscale è ", "Codice fiscale: ", "Allora, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "it").say(rng.choice([".", "", ", grazie."]))


# Look-alikes --------------------------------------------------------------------------------------------
def _homophone_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"I waited for two hours, then I ate at {rng.randint(5, 9)} and won {rng.randint(2, 9)} quid on the quiz.",
        "It's for two people, too, for the eighth, not the fourth.",
        f"I've been on hold for {tens(rng.randint(20, 59))} minutes, to be honest, I ate lunch at my desk.",
        f"We won for {rng.choice(['once', 'one time'])}, four to two, then went to the pub at eight.",
        "Tree surgeon came round at ten to four, for two hours, ate all my biscuits."])]


def _thousands_amounts(fake: Faker, rng: random.Random) -> list[str]:
    n = rng.randint(1000, 9999)
    return [rng.choice([f"Die Rechnung war {de_thousand(n)} Euro, und dann nochmal "
                        f"{de_thousand(rng.randint(1000, 9999))}"
                        " Euro im März.",
                        f"Le devis était de {fr_thousand(n)} euros, et ils m'ont facturé "
                        f"{fr_thousand(rng.randint(1000, 9999))}.",
                        f"We paid {tens(n // 100)} hundred {tens(n % 100)} dollars for the deposit and "
                        f"{rng.randint(1000, 9999)} for the rest.",
                        f"Son {es_number(rng.randint(1000, 99999))} euros, más {es_number(rng.randint(100, 999))} "
                        "de IVA."])]


def _hold_ivr_prompts(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(HOLD),
            rng.choice([f"You are caller number {rng.randint(2, 30)} in the queue. Your estimated wait time is "
                        f"{rng.randint(3, 40)} minutes.",
                        f"For billing, press 1. For technical support, press 2. To hear these options again, press "
                        f"{rng.choice(['9', 'star'])}.",
                        f"Please have your reference number ready. It starts with {rng.choice(['REF', 'CL', 'AB'])} "
                        f"and has {rng.randint(6, 10)} digits.",
                        f"Our opening hours are {rng.randint(8, 9)} a.m. to {rng.randint(5, 8)} p.m., Monday to "
                        "Friday."]),
            rng.choice(BACK)]


def _chat_separator_refs(fake: Faker, rng: random.Random) -> list[str]:
    tag = rng.choice(CHAT_TAGS)
    bad = luhn_bad(fake, rng)
    sep = rng.choice(ODD_SEPS)
    return [rng.choice([f"{tag}order {sep.join(fours(bad))}",
                        f"{tag}tracking 1Z{fake.bothify('???').upper()}{fake.numerify('###########')}",
                        f"{tag}invoice {fake.numerify('####')}|{fake.numerify('####')} dated "
                        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
                        f"{tag}ref {fake.numerify('###')}.{fake.numerify('##')}.{fake.numerify('####')}x",
                        f"{tag}parcel {fake.numerify('JD#################')} still not here"])]


def _orders_tracking_said(fake: Faker, rng: random.Random) -> list[str]:
    bad = luhn_bad(fake, rng)
    return [rng.choice(["What's the order number?", "Have you got the tracking number?"]),
            rng.choice(["Okay, ", "Yeah, ", ""]) + ", ".join(en_group(g, rng) for g in fours(bad)) + ".",
            rng.choice(["Thanks, I can see that order.", "Got it, that's out for delivery."])]


def _case_ticket_numbers(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Your case number is {fake.numerify('00########')}.",
                        f"Ticket INC{fake.numerify('#######')} has been raised.",
                        f"Complaint reference {run(fake.numerify('#########'))}, please keep it.",
                        f"The claim is {fake.bothify('CLM-####-??').upper()}, and the policy "
                        f"{fake.numerify('P#######')}.",
                        f"Case {pairs14(fake.numerify('2026####'))}, logged today."])]


def _dates_not_birth(fake: Faker, rng: random.Random) -> list[str]:
    day, m = rng.randint(1, 28), rng.randint(1, 12)
    return [rng.choice([f"The engineer is booked for the {t14_ordinal(day)} of {MONTHS[m - 1]}.",
                        f"La entrega es el {day} de {ES_MONTHS[m - 1]}.",
                        f"Der Termin ist am {day}. {t14.MONTH_NAMES['de'][m - 1]} um {rng.randint(8, 17)} Uhr.",
                        f"Le rendez-vous est le {day} {t14.MONTH_NAMES['fr'][m - 1]}.",
                        f"Your contract renews on {m:02d}/{day:02d}/2027.",
                        f"Dostawa {day} {t14.MONTH_NAMES['pl'][m - 1]}, między {rng.randint(8, 12)} a "
                        f"{rng.randint(13, 18)}."])]


def _times_durations(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Call me back at {rng.randint(1, 11)}:{rng.choice(['00', '15', '30', '45'])}, I'm out till "
                        "then.",
                        f"It took {tens(rng.randint(20, 59))} minutes and {tens(rng.randint(10, 59))} seconds.",
                        f"Between {rng.randint(8, 11)} and {rng.randint(1, 5)}, quarter past four at the latest.",
                        f"The outage lasted from {rng.randint(10, 23)}:{rng.randint(10, 59)} to "
                        f"{rng.randint(10, 23)}:{rng.randint(10, 59)}."])]


def _code_switch_amounts(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"It was {rng.randint(20, 99)} euros, eh, noventa y nueve con cincuenta, no, sorry, "
                        f"{rng.randint(20, 99)}.{rng.randint(10, 99)}.",
                        f"Das macht {pair(rng.randint(20, 99), 'de')} Euro, I mean {rng.randint(20, 99)} pounds.",
                        f"Paguei {pair(rng.randint(20, 99), 'pt')} euros, so about {rng.randint(20, 99)} dollars.",
                        f"The bill was {rng.randint(200, 999)} rupees, aur phir {rng.randint(10, 99)} extra, bas."])]


def _last_four_masked(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"I can see a card ending {fake.numerify('####')} on the account.",
                        f"The one ending in {run(fake.numerify('####'))}, yes.",
                        f"Card **** **** **** {fake.numerify('####')} was charged.",
                        f"SSN on file ends in {fake.numerify('####')}.",
                        f"The IBAN ending {fake.numerify('####')} is the one we have.",
                        f"Your phone number ending {fake.numerify('##')} will get a text."])]


def _failed_checks(fake: Faker, rng: random.Random) -> list[str]:
    bad = luhn_bad(fake, rng)
    v = t14.an_iban14(fake, rng, rng.choice(["DE", "FR", "GB"]))
    k = rng.choice([i for i in range(4, len(v)) if v[i].isdigit()])
    bad_iban = v[:k] + str((int(v[k]) + rng.randint(1, 9)) % 10) + v[k + 1:]
    nif = a_nif(fake)
    bad_nif = nif[:8] + DNI_LETTERS[(DNI_LETTERS.index(nif[8]) + rng.randint(1, 22)) % 23]
    bad_ssn = rng.choice(["000", "666", "9" + fake.numerify("##")]) + fake.numerify("######")
    assert not (luhn_ok(bad) or iban_ok(bad_iban) or nif_ok(bad_nif) or ssn_ok(bad_ssn))
    return [rng.choice([f"The website rejects {'|'.join(fours(bad))}, it says invalid.",
                        f"It says {'/'.join(fours(bad_iban))} isn't a valid IBAN.",
                        f"Me dice que {bad_nif[:8]}.{bad_nif[8]} no es correcto.",
                        f"The form example shows {bad_ssn[:3]}.{bad_ssn[3:5]}.{bad_ssn[5:]}, that's not a real one.",
                        f"QQ {fake.numerify('######')} Z is just the sample on the leaflet."])]


def _otp_pins_codes(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"The code you sent is {run(fake.numerify('######'))}.",
                        "Never tell anyone your PIN, not even us. Your one-time passcode is "
                        f"{fake.numerify('######')}.",
                        f"Gift card {fake.bothify('????-####-????-####').upper()}, the PIN is {fake.numerify('####')}.",
                        f"Promo code SAVE{rng.randint(10, 50)} didn't work, nor did {fake.bothify('??##??').upper()}.",
                        f"My verification code is {' '.join(fake.numerify('####'))}, it expires in {rng.randint(5, 15)}"
                        " minutes."])]


def _serials_meters(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"The meter reading is {fake.numerify('#####')}, and the meter serial is "
                        f"{fake.bothify('??##?#####').upper()}.",
                        f"Serial number {fake.bothify('SN-####-####-####')}, model {fake.bothify('??-###').upper()}.",
                        f"The router's MAC is {fake.mac_address()}, firmware {rng.randint(1, 9)}.{rng.randint(0, 20)}.",
                        f"Boiler model {fake.numerify('47-###-##')}, fitted in {rng.randint(2005, 2024)}.",
                        f"The VIN is {fake.bothify('1??##?#?#??######').upper()}."])]


FAMILIES = {
    "card/v15-numeral-homophones": card_numeral_homophones, "card/v15-german-thousands": card_german_thousands,
    "card/v15-french-thousands": card_french_thousands, "card/v15-hold-music": card_hold_music,
    "card/v15-code-switch": card_code_switch, "card/v15-chat-odd-separators": card_chat_odd_separators,
    "card/v15-everything-at-once": card_everything_at_once, "card/v15-beside-lookalikes": card_beside_lookalikes,
    "card/v15-for-parent-dob": card_for_parent_dob, "card/v15-in-threes": card_in_threes,
    "card/v15-expiry-code-mixup": card_expiry_code_mixup, "card/v15-replace-direct-debit": card_replace_direct_debit,
    "card/v15-catalan": card_catalan, "card/v15-expiry-month-phrases": card_expiry_month_phrases,
    "ssn/v15-numeral-homophones": ssn_numeral_homophones, "ssn/v15-identity-dob": ssn_identity_dob,
    "ssn/v15-code-switch": ssn_code_switch, "ssn/v15-hold-music": ssn_hold_music,
    "ssn/v15-direct-deposit": ssn_direct_deposit, "ssn/v15-joint-filing": ssn_joint_filing,
    "ssn/v15-chat-odd-separators": ssn_chat_odd_separators,
    "phone/v15-numeral-homophones": phone_numeral_homophones, "phone/v15-hindi-switch": phone_hindi_switch,
    "phone/v15-otp-beside": phone_otp_beside, "phone/v15-uk-in-polish": phone_uk_in_polish,
    "phone/v15-french-pairs-english": phone_french_pairs_english, "phone/v15-hold-music": phone_hold_music,
    "phone/v15-chat-odd-separators": phone_chat_odd_separators, "phone/v15-irish-tree": phone_irish_tree,
    "phone/v15-dutch-switch": phone_dutch_switch, "phone/v15-spain-expat-english": phone_spain_expat_english,
    "email/v15-letter-names": email_letter_names, "email/v15-asr-misheard": email_asr_misheard,
    "email/v15-chat-typo-retyped": email_chat_typo_retyped, "email/v15-hold-split": email_hold_split,
    "email/v15-local-then-english": email_local_then_english,
    "email/v15-beside-website-handle": email_beside_website_handle,
    "email/v15-nordic-polish-at": email_nordic_polish_at,
    "iban/v15-hold-music": iban_hold_music, "iban/v15-chat-odd-separators": iban_chat_odd_separators,
    "iban/v15-code-switch": iban_code_switch, "iban/v15-refund-bic-amount": iban_refund_bic_amount,
    "iban/v15-letter-names": iban_letter_names, "iban/v15-numeral-homophones": iban_numeral_homophones,
    "iban/v15-landlord-two": iban_landlord_two,
    "nino/v15-letter-names": nino_letter_names, "nino/v15-numeral-homophones": nino_numeral_homophones,
    "nino/v15-chat-odd-separators": nino_chat_odd_separators, "nino/v15-with-dob": nino_with_dob,
    "nino/v15-hold-music": nino_hold_music,
    "dni/v15-millions": dni_millions, "dni/v15-chat-odd-separators": dni_chat_odd_separators,
    "dni/v15-english-switch": dni_english_switch, "dni/v15-with-dob": dni_with_dob,
    "nie/v15-chat-odd-separators": nie_chat_odd_separators, "nie/v15-millions": nie_millions,
    "nie/v15-with-phone": nie_with_phone,
    "birth/v15-identity-formats": birth_identity_formats, "birth/v15-european-languages": birth_european_languages,
    "birth/v15-beside-dates": birth_beside_dates,
    "bank/v15-direct-deposit-form": bank_direct_deposit_form, "bank/v15-check-bottom-line": bank_check_bottom_line,
    "bank/v15-chat-typed": bank_chat_typed,
    "bsn/v15-dutch": bsn_dutch, "nir/v15-french": nir_french, "fiscal_code/v15-italian-spelled": fiscal_italian_spelled,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = [name for name in FAMILIES if "chat" in name]
MIXED = ["card/v15-numeral-homophones", "ssn/v15-numeral-homophones", "phone/v15-numeral-homophones",
         "iban/v15-numeral-homophones", "nino/v15-numeral-homophones", "card/v15-everything-at-once",
         "card/v15-beside-lookalikes", "card/v15-for-parent-dob", "card/v15-hold-music", "card/v15-in-threes",
         "card/v15-expiry-code-mixup", "card/v15-replace-direct-debit", "card/v15-expiry-month-phrases",
         "ssn/v15-identity-dob", "ssn/v15-hold-music", "ssn/v15-direct-deposit", "ssn/v15-joint-filing",
         "phone/v15-otp-beside", "phone/v15-hold-music", "email/v15-beside-website-handle", "iban/v15-hold-music",
         "iban/v15-refund-bic-amount", "iban/v15-landlord-two", "nino/v15-with-dob", "nino/v15-hold-music",
         "dni/v15-with-dob", "birth/v15-identity-formats", "birth/v15-european-languages", "birth/v15-beside-dates",
         "bank/v15-direct-deposit-form", "bsn/v15-dutch", "card/v15-german-thousands", "card/v15-french-thousands"]

NEGATIVE_FAMILIES = {
    "negative/v15-homophone-talk": _homophone_talk, "negative/v15-thousands-amounts": _thousands_amounts,
    "negative/v15-hold-ivr-prompts": _hold_ivr_prompts, "negative/v15-chat-separator-refs": _chat_separator_refs,
    "negative/v15-orders-tracking-said": _orders_tracking_said,
    "negative/v15-case-ticket-numbers": _case_ticket_numbers, "negative/v15-dates-not-birth": _dates_not_birth,
    "negative/v15-times-durations": _times_durations, "negative/v15-code-switch-amounts": _code_switch_amounts,
    "negative/v15-last-four-masked": _last_four_masked, "negative/v15-failed-checks": _failed_checks,
    "negative/v15-otp-pins-codes": _otp_pins_codes, "negative/v15-serials-meters": _serials_meters,
}
NEGATIVE_TYPED = ["negative/v15-chat-separator-refs", "negative/v15-serials-meters"]
SAID = {name: "typed" if name in TYPED else "mixed" if name in MIXED else "spoken" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out
