"""The thirteenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format,
their labelling conventions and to avoid their phrasings. Weighted, as the twelfth, to everyday contact-centre calls
as the speech engines write them. New here: a card read out by someone else in the room (the partner's voice
transcribed as a speaker of its own, the caller repeating each half); the security code read off a signature strip
with the card's last four in front of it ("4321 567", "just the last three"), the code said as a number ("seven
forty-two", "three hundred and twelve"), the code given only after the caller asks whether it is safe to; the expiry
corrected inside itself ("oh four twenty-seven, no sorry, twenty-eight"), its month and its year asked for one at a
time; "fifteen or fifty?" asked back over a group; the name on the card between the number and the expiry; a caller
starting on an old card, stopping, and reading the new one; a Diners Club card's fourteen digits in four-six-four; a
declined payment and the number gone through again; a card copied from a banking app and pasted with no-break spaces;
cards read in French pairs, the Belgian and Swiss way too ("septante", "nonante", "huitante"), and in German pairs
with "gültig bis" and the "Prüfnummer" asked for apart. An SSN's middle two asked for again; an SSN left on a benefits
voicemail beside the callback number; an SSN and a date of birth in one breath; an SSN in Spanish hundreds
("cuatrocientos veintitrés"); a parent's SSN said in the background and repeated; an SSN typed after a masked one;
AWS's half-formatted SSN. Addresses with a name spelled in hyphens ("S-I-O-B-H-A-N", as Whisper writes spelling),
asked for in parts ("Any numbers in it?"), the French, Dutch, Portuguese and Spanish keyboard names ("tiret du huit",
"laag streepje", "sublinhado", "guion medio"), an Irish name's "no apostrophe", a typo corrected with a star in a
chat, nickname addresses ("mama bear seventy-two"), two addresses (the caller's and a relative's to copy in), the
providers of Canada and New Zealand, engines' half-formatted addresses with spaces ("john.smith @ gmail.com"), work
domains said as words, and a German umlaut, a Spanish eñe and a French accent clarified ("mit u e", "sin eñe", "sans
accent"). Phones: Belgian and Swiss numbers in French pairs, an old and a new number (American, British, South
African), a number with the best time to call after it, Dublin and Cork landlines, Indian landlines with their STD
codes, a German "Vorwahl" asked for apart, Dutch area codes as numbers ("nul twintig"), the agent reading out the
caller ID, a second contact's number, a country code after the language's "plus" ("más treinta y cuatro", "più
trentanove", "mais três cinco um"), New Zealand mobiles, Quebec French, and one number said both as dialled at home
and from abroad ("double oh three four"). IBANs: a British one after the sort code and account were given first, those
of Revolut, Monzo, bunq, N26, Wise and Revolut Lithuania, Spanish ones in the old CCC's groups (4-4-2-10), French ones
in the RIB's (5-5-11-2), Portuguese ones with the letters' names ("pê tê"), Belgian ones in French or Flemish pairs,
Austrian and Swiss ones said in German, one pasted from an app with tabs, one read with "dann" between the groups.
NINOs spelled with everyday words ("J for Jack, K for King"), read off a pension letter with "nought", read back by
the agent in NATO words, said to HMRC's speech IVR, said with the date of birth after. DNIs in Catalan and Galician
digits, a NIF for an invoice read back; NIEs from a British expat ("X for X-ray"), after a passport number, from a
Portuguese or an Italian resident ("xis", "ele"; "ics", "L come Livorno"). Speakers of English (US, UK, Irish, Indian,
Australian, Canadian, New Zealand, South African), Spanish, Catalan, Galician, German (Germany, Austria, Switzerland),
French (France, Belgium, Switzerland, Quebec), Italian, Dutch (the Netherlands, Flanders) and Portuguese. Look-alikes:
one-time passcodes; payment confirmations (authorisation codes, transaction IDs, amounts); an order number relayed
from the background; passports, licences, railcards and food with expiry dates; room, bus, flight and extension
numbers, prices said as the codes are ("three hundred and twelve pounds", "the seven forty-two"); meter readings;
social handles and websites; numbers no phone plan has, as part numbers; sort codes, account numbers, BICs, an IBAN
failing mod-97; HMRC's tax codes, UTRs, PAYE references and its example NINO; Spanish number plates, file numbers and
appointment codes; prices and dates in French (Belgian), German, Italian, Dutch and Portuguese; IVR menus and queue
messages; gift card numbers and PINs; Catalan and Galician talk of prices and postcodes.

Labelling follows the earlier batches: a label covers what is said of the value, with fillers, joiners ("dann"),
hesitations, a clarification ("mit u e, nicht ü", "no apostrophe", a name's spelling after it) and a correction ("no
sorry") inside the run, named (`drop=`) for the reading; naming words ("Vorwahl", "la lletra", "CVC", "IBAN") outside;
one label per segment piece (a value asked for in parts is labelled part by part, and read back whole with
`Said.joint`); the agent's, the IVR's, the background speaker's and the relaying caller's reading of a value are
labelled as the caller's is; a card's last four printed in front of the code on the strip, a masked value, the IVR's
example number, a passport number and a date of birth are not. A card's security code is labelled CARD_SECURITY_CODE
and its expiry CARD_EXPIRY, as in the original families. Every value is valid where a validator exists
(seventh_families' validators: Luhn, mod-97, SSN ranges, NIF/NIE letters, NINO prefixes, `phonenumbers`; IBANs of the
app banks and of Belgium get their check digits computed, Belgium's account check too). Each label is checked as it is
made (`Said.verify`, the twelfth's, reading with this batch's tables): its characters are exactly the text the family
meant, with no space, punctuation or line break at its ends; where a family gives the value, the label, read by
`reads` in its language (the twelfth's tables, and here English hundreds, the Belgian and Swiss French tens, Catalan
and Galician digits, Portuguese letter names, the Italian "ics" and "ipsilon", "X for Word" and "X as in Word",
letters spelled with hyphens, "más" and "più"), gives back that value, and an address's label, read by `email_reads`
(the twelfth's, and here "tiret du huit", "tiret du six", "laag streepje", "sublinhado", "traço", "guion medio", an
engine's formatted address with spaces in it), gives back the address. Each family's said form is set (`SAID`), the
look-alikes' too (typed or mixed), as the markup batch sets its.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v13-"."""

import random
import re

import phonenumbers
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
    phone_ok,
    tens,
    words,
)
from speech import WORDS
from speech import groups as grp
from twelfth_families import (
    DIGITS,
    ES_LETTERS,
    IT_CITIES,
    an_iban,
    brand,
    de_digit_run,
    digit_run,
    es_hundreds,
    month_said,
    pair,
    pairs_said,
    person,
    render_groups,
    sentence_join,
    spoken_doubles,
)

# The languages added here and the Belgian and Swiss tens --------------------------------------------------
CA = ["zero", "un", "dos", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou"]
GL = ["cero", "un", "dous", "tres", "catro", "cinco", "seis", "sete", "oito", "nove"]
PT_LETTERS = {"B": "bê", "C": "cê", "D": "dê", "F": "efe", "G": "gê", "H": "agá", "J": "jota", "K": "capa",
              "L": "ele", "M": "eme", "N": "ene", "P": "pê", "Q": "quê", "R": "erre", "S": "esse", "T": "tê",
              "V": "vê", "W": "dáblio", "X": "xis", "Y": "ípsilon", "Z": "zê"}
IT_NIE_FIRST = {"X": "ics", "Y": "ipsilon", "Z": "zeta"}
EN_HUNDREDS = {}
for _n in range(100, 1000):
    _h, _r = divmod(_n, 100)
    if _r == 0:
        EN_HUNDREDS[(WORDS[_h], "hundred")] = str(_n)
    else:
        EN_HUNDREDS[(WORDS[_h], "hundred", tens(_r))] = str(_n)
        EN_HUNDREDS[(WORDS[_h], "hundred", "and", tens(_r))] = str(_n)


def be_pair(n: int, swiss: bool = False) -> str:
    """0..99 as a Belgian ("septante", "nonante") or a Swiss French speaker ("huitante" too) says it."""
    t, u = divmod(n, 10)
    if t in (7, 9) or (t == 8 and swiss):
        head = {7: "septante", 8: "huitante", 9: "nonante"}[t]
        return head if u == 0 else f"{head} et un" if u == 1 else f"{head}-{DIGITS['fr'][u]}"
    return pair(n, "fr")


def be_pairs(digits: str, swiss: bool = False) -> str:
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        out.append(digit_run(p, "fr") if len(p) == 1 or p[0] == "0" else be_pair(int(p), swiss))
    return " ".join(out)


def run_in(digits: str, lang: str) -> str:
    """Digit by digit in any of this batch's languages, Catalan and Galician too."""
    table = {"ca": CA, "gl": GL}.get(lang)
    return " ".join(table[int(c)] for c in digits) if table else digit_run(digits, lang)


def _tables() -> dict[str, dict[tuple[str, ...], str]]:
    out = {lang: dict(table) for lang, table in t12.PHRASES.items()}
    out["en"] |= EN_HUNDREDS
    for n in range(70, 100):
        for swiss in (False, True):
            out["fr"][tuple(be_pair(n, swiss).split())] = str(n)
    out["pt"] |= {(name,): letter for letter, name in PT_LETTERS.items()}
    out["it"] |= {(name,): letter for letter, name in IT_NIE_FIRST.items()}
    for lang, digits in (("ca", CA), ("gl", GL)):
        out[lang] = {(w,): str(i) for i, w in enumerate(WORDS)} | {(w,): str(i) for i, w in enumerate(digits)}
    return out


PHRASES = _tables()
LONGEST = max(len(k) for table in PHRASES.values() for k in table)
FILLERS = {lang: set(f) for lang, f in t12.FILLERS_OF.items()} | {
    "ca": {"i", "eh", "doncs", "després"}, "gl": {"e", "eh", "pois", "despois"}}
FILLERS["es"] |= {"más"}
FILLERS["it"] |= {"più"}
JOINERS = {"en": {"for"}, "it": {"come"}}


def unhyphen_letters(text: str) -> str:
    """Letters spelled with hyphens, as Whisper writes spelling ("S-I-O-B-H-A-N"), as letters apart."""
    return re.sub(r"(?<![^\W\d_])([^\W\d_])-(?=[^\W\d_](?![^\W\d_]))", r"\1 ", text)


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters (the twelfth's reading, with this batch's tables)."""
    text = unhyphen_letters(text)
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
            i += 2  # "J for Jack", "G come Genova": the word repeats the letter
            continue
        if lang == "en" and low == "as" and i + 2 < len(tokens) and tokens[i + 1].lower() == "in" and out and \
                tokens[i + 2][0].upper() == out[-1][-1]:
            i += 3  # "X as in X-ray"
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


SIGN_PHRASES = [("tiret du huit", "underscore"), ("tiret du 8", "underscore"), ("tiret du six", "dash"),
                ("tiret du 6", "dash"), ("laag streepje", "underscore"), ("liggend streepje", "underscore"),
                ("sublinhado", "underscore"), ("traço", "dash"), ("guion medio", "dash"), ("guion bajo", "underscore")]


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label as the address it gives: the twelfth's reading, with the keyboard names for "_" and "-",
    hyphen-spelled letters apart, and an engine's formatted address with spaces in it run together."""
    text = unhyphen_letters(text)
    if "@" in text:
        return re.sub(r"\s", "", text.lower())
    low = text.lower()
    for phrase, sign in SIGN_PHRASES:
        low = low.replace(phrase, sign)
    return t12.email_reads(low, lang)


class Said(t12.Said):
    """The twelfth's utterance that checks its labels, reading them with this batch's tables."""

    @staticmethod
    def _read(type_: str, text: str, lang: str, drop: tuple[str, ...]) -> str:
        for piece in drop:
            assert piece in text, (piece, text)
            text = text.replace(piece, " ", 1)
        return email_reads(text, lang) if type_ == "EMAIL_ADDRESS" else reads(text, lang)


def said_card(d: str, rng: random.Random, style: str | None = None, sep: str | None = None) -> str:
    style = style or rng.choice(["numerals", "words", "half"])
    return (sep or rng.choice([", ", " ", "... "])).join(render_groups(card_groups(d), rng, style))


def a_card(fake: Faker, rng: random.Random, amex_share: float = 0.2) -> str:
    return amex(fake) if rng.random() < amex_share else card16(fake, rng)


def code_for(d: str, rng: random.Random) -> str:
    return cvv(rng, 4 if len(d) == 15 else 3)


BACKGROUND = ["(background) ", "[background voice] ", "", "[speaker 3] "]


# Cards --------------------------------------------------------------------------------------------------
def card_relayed_by_partner(fake: Faker, rng: random.Random) -> Said:
    """Someone else in the room has the card: their voice, picked up in the background, reads each half, and the
    caller repeats it to the agent. All four readings labelled as the part they say."""
    d = card16(fake, rng)
    who = rng.choice(["my husband", "my wife", "my son", "my daughter", "my partner"])
    u = Said().say(rng.choice(["Can I take the long number on the front?", "Okay, and the card number?"])).turn()
    u.say(rng.choice([f"Yeah, {who}'s got it, hang on. ", f"Hold on, {who} has the card. "]))
    u.say(rng.choice(["Read it out, love.", "Can you read me the number?", "What's the number on it?"])).turn()
    tag = rng.choice(BACKGROUND)
    for part in (d[:8], d[8:]):
        said_ = " ".join(render_groups(fours(part), rng, "words"))
        u.say(tag).entity("CREDIT_CARD", said_, part).say(rng.choice([".", "...", ""])).turn()
        u.say(rng.choice(["", "Okay. ", "So, "])).entity(
            "CREDIT_CARD", rng.choice([" ".join(fours(part)), said_]), part).say(".")
        if part == d[:8]:
            u.say(rng.choice([" Then what? ", " And the rest? ", " Next bit? "])).turn()
    return u.turn().say(rng.choice(["Got it, thank you both.", "Lovely, thanks.", "Perfect."]))


def card_signature_strip(fake: Faker, rng: random.Random) -> Said:
    """The code read off the signature strip with the card's last four printed in front of it ("4321 567"); the
    agent says just the last three. The last four are not labelled, the code each time."""
    d = card16(fake, rng)
    code = cvv(rng)
    u = Said().say(rng.choice(["It's ", "Okay, the number is ", "Sure. "])).entity("CREDIT_CARD", said_card(d, rng),
                                                                                d).say(".").turn()
    u.say(rng.choice(["And the security code on the back?", "Thanks. And the three-digit code on the back?",
                      "Then the CVV, please, on the signature strip."])).turn()
    last = d[-4:]
    u.say(rng.choice(["There's seven numbers here. ", "Um, it says ", "On the back it's "]))
    lead, code_text = rng.choice([(f"{last} ", code), (f"{digit_run(last)}, ", digit_run(code)),
                                  (f"{last}, ", digit_run(code))])
    u.say(lead).entity("CARD_SECURITY_CODE", code_text, code).say(".").turn()
    u.say(rng.choice(["The first four are the end of your card number, so just the last three: ",
                      "That's fine, I only need the last three, so ", "Just the last three. So "]))
    u.entity("CARD_SECURITY_CODE", rng.choice([code, digit_run(code)]), code).say("?").turn()
    if rng.random() < 0.5:
        return u.say("Yes, ").entity("CARD_SECURITY_CODE", rng.choice([code, digit_run(code)]), code).say(".")
    return u.say(rng.choice(["Yes, that's it.", "Oh right. Yes.", "Yep."]))


def card_expiry_corrected(fake: Faker, rng: random.Random) -> Said:
    """The expiry corrected inside itself, the year or the month said wrong first ("oh four twenty-seven, no sorry,
    twenty-eight"); the label covers both, the wrong part named."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    wrong_yy = yy - 1 if yy > 27 else yy + 1
    mm = f"{month:02d}"
    m_said = digit_run(mm, "en", "oh")
    marker = rng.choice(["no sorry,", "no, sorry,", "no wait,", "sorry, no,", "I mean"])
    style = rng.randrange(3)
    if style == 0:
        wrong = f"{tens(wrong_yy)}, {marker}"
        text = f"{m_said} {wrong} {tens(yy)}"
    elif style == 1:
        other = month % 12 + 1
        wrong = f"{digit_run(f'{other:02d}', 'en', 'oh')}, {marker}"
        text = f"{wrong} {m_said}, {tens(yy)}"
    else:
        wrong = f"{mm}/{wrong_yy}, {marker}"
        text = f"{wrong} {mm}/{yy}"
    u = Said().say(rng.choice(["Card number is ", "Okay, it's "])).entity("CREDIT_CARD", said_card(d, rng), d)
    u.say(".").turn().say(rng.choice(["And the expiry?", "Expiry date, please?", "When does it expire?"])).turn()
    u.say(rng.choice(["It's ", "Um, ", "", "Expires "])).entity("CARD_EXPIRY", text, mm + str(yy), drop=(wrong,))
    return u.say(rng.choice([".", ". The new card.", ", yeah."]))


NBSP = "\u00a0"


def card_app_paste(fake: Faker, rng: random.Random) -> Said:
    """A chat: the card copied out of a banking app and pasted, its groups kept apart by no-break spaces, the expiry
    and the code on lines of their own after the app's names for them."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    code = code_for(d, rng)
    card_text = rng.choice([NBSP.join(card_groups(d)), d, " ".join(card_groups(d)), NBSP.join(card_groups(d))])
    u = Said().say(rng.choice(["Customer: ", "", "You: "]))
    u.say(rng.choice(["copied from my app:\n", "here:\n", "ok pasting it\n", ""]))
    u.say(rng.choice(["Card number\n", "Card number: ", "", "PAN "])).entity("CREDIT_CARD", card_text, d)
    exp = rng.choice([(f"{month:02d}/{yy}", f"{month:02d}{yy}"), (f"{month:02d}/20{yy}", f"{month:02d}20{yy}")])
    u.say(rng.choice(["\nExpiry date\n", "\nExp ", "\nValid thru ", "\nExpires: "])).entity("CARD_EXPIRY", *exp)
    u.say(rng.choice(["\nCVC\n", "\nCVC ", "\nSecurity code: ", "\nCVV "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice(["", "\nis that right?", "\n(it's a virtual card)"]))


def card_french_pairs(fake: Faker, rng: random.Random) -> Said:
    """A French caller reads the card in pairs ("quarante-cinq, trente-neuf"); a Belgian or a Swiss one with
    "septante", "nonante", "huitante"; the expiry after it."""
    d = card16(fake, rng)
    where = rng.choice(["fr", "fr", "be", "ch"])
    say_pairs = (lambda g: pairs_said(g, "fr")) if where == "fr" else (lambda g: be_pairs(g, where == "ch"))
    text = ", ".join(say_pairs(g) if rng.random() < 0.8 else digit_run(g, "fr") for g in fours(d))
    u = Said().say(rng.choice(["alors, le numéro c'est ", "oui, c'est le ", "bon, je vous le donne: ",
                               f"c'est une {brand(d)}, "]))
    u.entity("CREDIT_CARD", text, d, "fr")
    month, yy = month_year(rng)
    u.say(rng.choice([". ", ", "])).turn().say(rng.choice(["Et la date d'expiration?", "D'accord. Elle expire quand?",
                                                         "Merci. La date de validité?"])).turn()
    yy_said = pairs_said(str(yy), "fr") if where == "fr" else be_pairs(str(yy), where == "ch")
    u.say(rng.choice(["Fin ", "", "C'est ", "Euh, "])).entity("CARD_EXPIRY", f"{month_said(month, 'fr')} {yy_said}",
                                                              f"{month:02d}{yy}", "fr")
    return u.say(rng.choice([".", ", voilà.", ""]))


def card_german_pairs(fake: Faker, rng: random.Random) -> Said:
    """A German caller reads the card in pairs ("fünfundvierzig neununddreißig"), the expiry after "gültig bis", the
    "Prüfnummer" on the back asked for in a turn of its own."""
    d = card16(fake, rng)
    text = ", ".join(pairs_said(g, "de") if rng.random() < 0.75 else de_digit_run(g, rng) for g in fours(d))
    u = Said().say(rng.choice(["die Kartennummer ist ", "also, ", "ja, die Nummer: "])).entity("CREDIT_CARD", text, d,
                                                                                             "de")
    month, yy = month_year(rng)
    u.say(rng.choice([", gültig bis ", ", und gültig bis ", ". Ablaufdatum "])).entity(
        "CARD_EXPIRY", f"{month_said(month, 'de')}, {pair(yy, 'de')}", f"{month:02d}{yy}", "de").say(".").turn()
    u.say(rng.choice(["Und die Prüfnummer auf der Rückseite?", "Danke. Und die drei Ziffern hinten?",
                      "Dann bräuchte ich noch den Sicherheitscode."])).turn()
    code = cvv(rng)
    u.say(rng.choice(["Moment... ", "Die ist ", "", "Äh, "])).entity(
        "CARD_SECURITY_CODE", rng.choice([de_digit_run(code, rng), ", ".join(de_digit_run(c, rng) for c in code)]),
        code, "de")
    return u.say(rng.choice([".", ", glaube ich.", ""]))


def code_as_number(code: str, rng: random.Random) -> str:
    """A code said as one number ("seven forty-two", "three hundred and twelve", "twelve thirty-four")."""
    if len(code) == 4:
        return pairs_said(code) if code[2] != "0" else f"{tens(int(code[:2]))} {digit_run(code[2:], 'en', 'oh')}"
    h, r = int(code[0]), int(code[1:])
    if r == 0:
        return f"{WORDS[h]} hundred"
    if r < 10:
        return rng.choice([f"{WORDS[h]} oh {WORDS[r]}", f"{WORDS[h]} hundred and {WORDS[r]}"])
    return rng.choice([f"{WORDS[h]} {tens(r)}", f"{WORDS[h]} hundred and {tens(r)}", f"{WORDS[h]} hundred {tens(r)}"])


def card_code_as_number(fake: Faker, rng: random.Random) -> Said:
    """The code asked for apart, said as one number the way a price or a time is."""
    d = a_card(fake, rng)
    code = code_for(d, rng)
    u = Said().say(rng.choice(["Number's ", "It's ", "Okay, "])).entity("CREDIT_CARD", said_card(d, rng), d).say(".")
    u.turn().say(rng.choice(["And the security code?", "Great, and the CVV?", "Last thing, the code on the back?"]
                            if len(d) == 16 else ["And the four-digit code on the front?"])).turn()
    u.say(rng.choice(["It's ", "That's ", "", "Uh, "])).entity("CARD_SECURITY_CODE", code_as_number(code, rng), code)
    return u.say(rng.choice([".", ". Yep.", ""]))


def card_expiry_month_then_year(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for the expiry's month, then its year: each labelled, read back together."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    mm = f"{month:02d}"
    u = Said().say("Card number? ").turn().entity("CREDIT_CARD", said_card(d, rng), d).say(".").turn()
    u.say(rng.choice(["And the expiry month?", "Which month does it expire?", "Expiry, month first?"])).turn()
    m_text, m_value = rng.choice([(digit_run(mm, "en", "oh"), mm), (mm, mm), (words(str(month)), str(month))
                                  if month < 10 else (tens(month), mm)])
    u.say(rng.choice(["", "Um, ", "It's "])).entity("CARD_EXPIRY", m_text, m_value).say(".").turn()
    u.say(rng.choice(["And the year?", "Year?", "And that's which year?"])).turn()
    y_text, y_value = rng.choice([(tens(yy), str(yy)), (f"20{yy}", f"20{yy}"), (f"twenty {tens(yy)}", f"20{yy}")])
    u.say(rng.choice(["", "It's ", "Oh, "])).entity("CARD_EXPIRY", y_text, y_value).joint(2, m_value + y_value)
    return u.say(rng.choice([".", ""]))


TEEN_TY = {13: 30, 14: 40, 15: 50, 16: 60, 17: 70, 18: 80, 19: 90}


def card_teen_or_ty(fake: Faker, rng: random.Random) -> Said:
    """Read in pairs; the agent asks back whether a pair was a teen or a ten ("fifteen or fifty?"); the caller says
    that group again digit by digit. The agent's question is not labelled."""
    for _ in range(200):
        d = card16(fake, rng)
        spots = [(k, j) for k, g in enumerate(fours(d)) for j in (0, 2) if int(g[j:j + 2]) in TEEN_TY]
        if spots:
            break
    k, j = rng.choice(spots)
    g = fours(d)[k]
    n = int(g[j:j + 2])
    text = ", ".join(pairs_said(x) for x in fours(d))
    u = Said().say(rng.choice(["Sure, ", "Okay, it's ", "So "])).entity("CREDIT_CARD", text, d).say(".").turn()
    u.say(rng.choice([f"Sorry, was that {tens(n)} or {tens(TEEN_TY[n])}?",
                      f"Sorry, the line's bad, {tens(n)}, or {tens(TEEN_TY[n])}?",
                      f"Was that {tens(n)}, the teen, or {tens(TEEN_TY[n])}?"])).turn()
    u.say(rng.choice(["The first one. ", "The teen. ", "Teen, sorry. ", "The first. "]))
    u.say(rng.choice(["So that bit's ", "That group is ", ""])).entity("CREDIT_CARD", digit_run(g), g)
    return u.say(rng.choice([".", ". Sorry.", ""]))


def card_name_on_card(fake: Faker, rng: random.Random) -> Said:
    """The name on the card, spelled, between the number and the expiry; the code after. The name not labelled."""
    d = a_card(fake, rng)
    first, last = fake["en_GB"].first_name(), fake["en_GB"].last_name()
    while not last.isalpha():
        last = fake["en_GB"].last_name()
    month, yy = month_year(rng)
    code = code_for(d, rng)
    u = Said().say("It's ").entity("CREDIT_CARD", said_card(d, rng), d).say(".").turn()
    u.say(rng.choice(["And the name exactly as it's on the card?", "Name on the card, please?"])).turn()
    u.say(f"{first[0]}. {last}, that's {'-'.join(last.upper())}.").turn()
    u.say(rng.choice(["Thank you. And the expiry?", "Lovely. Expiry date?"])).turn()
    u.entity("CARD_EXPIRY", rng.choice([f"{month:02d}/{yy}", f"{digit_run(f'{month:02d}')} {tens(yy)}"]),
             f"{month:02d}{yy}").say(".").turn()
    u.say(rng.choice(["And finally the security code.", "And the CVV?"])).turn()
    return u.entity("CARD_SECURITY_CODE", rng.choice([code, digit_run(code)]), code).say(".")


def card_wrong_card_restart(fake: Faker, rng: random.Random) -> Said:
    """The caller starts on an old card, stops ("that's the old one"), and reads the new one: both labelled, the
    first as the part of its number said."""
    old, new = card16(fake, rng), a_card(fake, rng)
    k = rng.choice([4, 8, 12])
    u = Said().say(rng.choice(["Okay, it's ", "Right, ", "It's "])).entity(
        "CREDIT_CARD", " ".join(render_groups(fours(old[:k]), rng, rng.choice(["numerals", "words"]))), old[:k])
    u.say(rng.choice(["... oh, hang on, that's the old one. It ran out in March. ",
                      "... no, wait, that's my old card, sorry. ", "- oh, that's the expired one. Hold on. "]))
    if rng.random() < 0.5:
        u.turn().say(rng.choice(["No problem.", "Take your time.", "That's okay."])).turn()
    u.say(rng.choice(["Right, the new one: ", "Okay. Here it is. ", "Sorry. "])).entity("CREDIT_CARD",
                                                                                     said_card(new, rng), new)
    return u.say(rng.choice([".", "", ". That's the right one."]))


def card_diners_fourteen(fake: Faker, rng: random.Random) -> Said:
    """A Diners Club card's fourteen digits in four-six-four; the agent checks the length."""
    d = checked("CREDIT_CARD", luhn_fix(rng.choice(["36", "38", "300", "305"]).ljust(3, str(rng.randint(0, 9)))
                                        + fake.numerify("#" * 10)))
    assert len(d) == 14
    gs = grp(d, [4, 6, 4])
    style = rng.choice(["numerals", "words", "half"])
    u = Said().say(rng.choice(["It's a Diners Club, ", "Company card, it's a Diners: ", "Okay. "]))
    u.entity("CREDIT_CARD", rng.choice([", ", " "]).join(render_groups(gs, rng, style)), d).say(".").turn()
    u.say(rng.choice(["That's only fourteen digits?", "Sorry, I've only got fourteen numbers there.",
                      "Is that the whole number?"])).turn()
    u.say(rng.choice(["Yeah, it's a Diners, they're shorter.", "That's right, fourteen."]))
    if rng.random() < 0.5:
        u.say(" Again, ").entity("CREDIT_CARD", " ".join(gs), d).say(".")
    return u


def card_code_hesitant(fake: Faker, rng: random.Random) -> Said:
    """The caller asks whether it is safe to give the code before giving it."""
    d = a_card(fake, rng)
    code = code_for(d, rng)
    u = Said().say(rng.choice(["It's ", "Okay. "])).entity("CREDIT_CARD", said_card(d, rng), d).say(".").turn()
    u.say(rng.choice(["And the three digits on the back?", "And the security code?"])).turn()
    u.say(rng.choice(["Is it safe to give you that? My bank always says never to.",
                      "Hmm. Should I be giving that out over the phone?",
                      "Are you sure you need that? I had a scam call last month."])).turn()
    u.say(rng.choice(["I understand. It's only used for this payment and we don't keep it.",
                      "Totally fair. We need it to take the payment, and it isn't stored.",
                      "Good question. This is a secure line and it's deleted once the payment goes through."])).turn()
    u.say(rng.choice(["Okay then. It's ", "Alright. ", "Fine. ", "Okay. "]))
    return u.entity("CARD_SECURITY_CODE", rng.choice([code, digit_run(code), " ".join(code)]), code).say(
        rng.choice([".", "", ". There."]))


def card_decline_reconfirm(fake: Faker, rng: random.Random) -> Said:
    """The payment is declined; the caller goes through the number again, digit by digit, and the expiry."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    u = Said().say(rng.choice(["It's ", "Card number's "])).entity("CREDIT_CARD", said_card(d, rng, "numerals"), d)
    u.say(rng.choice([", expiry ", ", expires "])).entity("CARD_EXPIRY", f"{month:02d}/{yy}", f"{month:02d}{yy}")
    u.say(".").turn()
    u.say(rng.choice(["I'm sorry, that's come back declined. Can we go through the number again, slowly?",
                      "Hmm, it's been declined. Shall we check the number? One digit at a time.",
                      "That didn't go through, I'm afraid. Could you read it once more?"])).turn()
    sep = rng.choice([", ", " "])
    text = sentence_join([sep.join(digit_run(c, "en", "zero") for c in g) for g in card_groups(d)], ". ")
    u.entity("CREDIT_CARD", text, d).say(rng.choice([". And it's ", ". Expiry "]))
    u.entity("CARD_EXPIRY", f"{digit_run(f'{month:02d}', 'en', 'oh')} {tens(yy)}", f"{month:02d}{yy}")
    return u.say(rng.choice([".", ". I've got money in there, I know I have."]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_groups(d: str) -> list[str]:
    return grp(d, [3, 2, 4])


def ssn_middle_again(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for the middle two again; the caller's answer and the agent's echo labelled as that part."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    u = Said().say(rng.choice(["It's ", "Sure, ", "My social is "])).entity(
        "US_SSN", ", ".join(render_groups(gs, rng, rng.choice(["words", "numerals"]))), d).say(".").turn()
    u.say(rng.choice(["Sorry, the middle two again?", "I missed the middle bit, the two digits?",
                      "And the two in the middle were?"])).turn()
    u.entity("US_SSN", rng.choice([digit_run(gs[1]), gs[1], tens(int(gs[1])) if gs[1][0] != "0" else
                                   digit_run(gs[1])]), gs[1]).say(".").turn()
    u.entity("US_SSN", rng.choice([digit_run(gs[1]), gs[1]]), gs[1]).say(rng.choice([
        ", got it. Thank you.", ". Thanks.", ", perfect."]))
    return u


def ssn_benefits_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A voicemail about a benefits claim, the SSN and the callback number in it."""
    d, n = a_ssn(fake), a_us_phone(fake)
    name = f"{fake['en_US'].first_name()} {fake['en_US'].last_name()}"
    u = Said().say(rng.choice(["Voicemail: ", "(voicemail transcription) ", "", "New message. "]))
    u.say(f"Hi, my name is {name}, I'm calling about my "
          f"{rng.choice(['unemployment claim', 'disability benefits', 'Medicare enrollment', 'tax refund'])}. ")
    u.say(rng.choice(["My social is ", "My Social Security number is ", "The social on the claim is "]))
    u.entity("US_SSN", rng.choice(["-".join(ssn_groups(d)), ", ".join(digit_run(g) for g in ssn_groups(d))]), d)
    u.say(rng.choice([". Please call me back at ", ". You can reach me at ", ". My number's "]))
    u.entity("PHONE_NUMBER", rng.choice(["-".join(grp(n, [3, 3, 4])), ", ".join(digit_run(g) for g in
                                                                                 grp(n, [3, 3, 4]))]), n)
    return u.say(rng.choice([". Thank you.", ". Thanks, bye.", ". I'll be home all day. Thank you."]))


def ssn_with_birth_date(fake: Faker, rng: random.Random) -> Said:
    """The social and the date of birth asked together and given in one breath; the date is not labelled."""
    d = a_ssn(fake)
    born = fake.date_of_birth(minimum_age=25, maximum_age=85)
    u = Said().say(rng.choice(["Can I get your Social Security number and date of birth?",
                               "To verify, your social and your DOB, please."])).turn()
    style = rng.randrange(3)
    if style == 0:
        u.entity("US_SSN", "-".join(ssn_groups(d)), d).say(f", and {born.strftime('%m/%d/%Y')}.")
    elif style == 1:
        u.entity("US_SSN", ", ".join(digit_run(g) for g in ssn_groups(d)), d).say(
            f", and I was born {born.strftime('%B')} {born.day}, {born.year}.")
    else:
        u.say("Sure, ").entity("US_SSN", " ".join(ssn_groups(d)), d).say(
            f". Birthday's {born.month}/{born.day}/{str(born.year)[2:]}.")
    return u


def ssn_spanish_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Spanish-speaking caller in the US: the first three as hundreds ("cuatrocientos veintitrés"), the rest in
    pairs."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    head = es_hundreds(int(gs[0])) if gs[0][0] != "0" else digit_run(gs[0], "es")
    text = f"{head}, {pairs_said(gs[1], 'es')}, {pairs_said(gs[2][:2], 'es')}, {pairs_said(gs[2][2:], 'es')}"
    u = Said().say(rng.choice(["mi seguro social es el ", "el número de seguro social: ", "sí, es el ",
                               "mi social es "]))
    return u.entity("US_SSN", text, d, "es").say(rng.choice(["", ".", ", ¿me lo repite?"]))


def ssn_relayed_for_parent(fake: Faker, rng: random.Random) -> Said:
    """Calling for a parent who says the number in the background; the caller repeats it."""
    d = a_ssn(fake)
    who = rng.choice(["Mom", "Dad", "Mum"])
    u = Said().say(rng.choice(["And the member's Social Security number?", "I'll need the account holder's social.",
                               "Can I get the Social Security number on the policy?"])).turn()
    u.say(rng.choice([f"Hold on, I'll ask. {who}, what's your social?",
                      f"One second, {who.lower()}'s right here. {who}, what's your social security?"])).turn()
    u.say(rng.choice(BACKGROUND)).entity("US_SSN", ", ".join(digit_run(g) for g in ssn_groups(d)), d).say(
        rng.choice([".", "", "..."])).turn()
    u.say(rng.choice(["Okay, it's ", "Right, ", "So that's "])).entity(
        "US_SSN", rng.choice(["-".join(ssn_groups(d)), " ".join(ssn_groups(d)), " ".join(render_groups(
            ssn_groups(d), rng, "words"))]), d)
    return u.say(rng.choice([".", ". I think that's right.", ""]))


def ssn_chat_after_masked(fake: Faker, rng: random.Random) -> Said:
    """A chat: the customer types a masked social first (not labelled), then the whole one when asked."""
    d = a_ssn(fake)
    u = Said().say(rng.choice(["Customer: ", "", "Guest: "])).say(
        rng.choice([f"***-**-{d[5:]}", f"xxx-xx-{d[5:]}", f"last 4 {d[5:]}"])).turn()
    u.say(rng.choice(["Agent: ", ""])).say(rng.choice(["I'll need the full number to find the account, please.",
                                                       "For this request I need all nine digits."])).turn()
    u.say(rng.choice(["Customer: ", "", "Guest: "])).say(rng.choice(["ok ", "fine ", "", "sure: "]))
    return u.entity("US_SSN", rng.choice([d, "-".join(ssn_groups(d)), " ".join(ssn_groups(d))]), d).say(
        rng.choice(["", " is that secure?", " thanks"]))


def ssn_half_formatted(fake: Faker, rng: random.Random) -> Said:
    """AWS's output when the caller slows down part way: some groups numerals, some words, some digits apart."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    parts = [rng.choice([g, " ".join(g), digit_run(g, "en", rng.choice(["oh", "zero"]))]) for g in gs]
    if all(p.replace(" ", "").isdigit() for p in parts):
        parts[1] = digit_run(gs[1])
    if not any(p[0].isdigit() for p in parts):
        parts[2] = gs[2]
    u = Said().say(rng.choice(["Yes, it's ", "It is ", "Social is ", "Okay, "]))
    return u.entity("US_SSN", rng.choice([" ", ", "]).join(parts), d).say(rng.choice([".", "", ". Okay?"]))


# Emails -------------------------------------------------------------------------------------------------
def email_hyphen_spelled(fake: Faker, rng: random.Random) -> Said:
    """A name said and spelled, the spelling written with hyphens as Whisper writes it; the spelling inside the label,
    named as a clarification, or the surname only spelled."""
    locale = rng.choice(["en_IE", "en_GB", "en_US"])
    first, last = person(fake, locale)
    provider = rng.choice(["gmail", "hotmail", "yahoo", "outlook"])
    addr = address(f"{first}.{last}", f"{provider}.com")
    spelled = "-".join(first.upper())
    if rng.random() < 0.6:
        aside = rng.choice([f", {spelled},", f", that's {spelled},", f", spelled {spelled},"])
        text = f"{first.capitalize()}{aside} dot {last.capitalize()} at {provider} dot com"
        drop: tuple[str, ...] = (aside,)
    else:
        text = f"{first} dot {'-'.join(last.upper())} at {provider} dot com"
        drop = ()
    u = Said().say(rng.choice(["It's ", "My email is ", "Okay, so it's "]))
    return u.entity("EMAIL_ADDRESS", text, addr, drop=drop).say(rng.choice([".", "", ". All lower case."]))


def email_asked_in_parts(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for the address part by part: the name, any numbers, the provider. Each part labelled."""
    first, last = person(fake)
    num = str(rng.choice([rng.randint(1950, 1999), rng.randint(10, 99)]))
    domain, said_domain = rng.choice([("gmail.com", "at gmail dot com"), ("hotmail.co.uk", "at hotmail dot co dot uk"),
                                      ("yahoo.com", "at yahoo dot com"), ("icloud.com", "at icloud dot com")])
    local = f"{first}.{last}"
    u = Said().say(rng.choice(["What's the email address?", "And an email?"])).turn()
    u.say(rng.choice(["It's ", "Okay, ", ""])).entity("EMAIL_ADDRESS", f"{first} dot {last}", local).say(".").turn()
    u.say(rng.choice(["Any numbers in it?", "Is there a number after that?", "Just that, or numbers too?"])).turn()
    num_said = f"{tens(int(num[:2]))} {tens(int(num[2:]))}" if len(num) == 4 else tens(int(num))
    u.say("Yeah, ").entity("EMAIL_ADDRESS", rng.choice([num_said, num]), num).say(".").turn()
    u.say(rng.choice(["And is that at gmail?", "And the provider?", "And after the at?"])).turn()
    u.say(rng.choice(["No, ", "It's ", ""]) if domain != "gmail.com" else rng.choice(["Yes, ", ""]))
    return u.entity("EMAIL_ADDRESS", said_domain, "@" + domain).joint(3, address(local + num, domain)).say(".")


KEYBOARD = {
    "fr": ("fr_FR", "arobase", "point", ["tiret du huit", "tiret du 8"], ["tiret du six", "tiret du 6"],
           [("orange.fr", "orange"), ("free.fr", "free"), ("sfr.fr", "sfr")], ["alors c'est ", "mon mail: "]),
    "nl": ("nl_NL", "apenstaartje", "punt", ["laag streepje", "liggend streepje"], ["streepje"],
           [("ziggo.nl", "ziggo"), ("kpnmail.nl", "kpnmail"), ("gmail.com", "gmail")], ["het is ", "mijn mail is "]),
    "pt": ("pt_PT", "arroba", "ponto", ["sublinhado"], ["traço", "hífen"],
           [("sapo.pt", "sapo"), ("gmail.com", "gmail"), ("clix.pt", "clix")], ["é ", "o meu email é "]),
    "es": ("es_ES", "arroba", "punto", ["guion bajo"], ["guion medio"],
           [("gmail.com", "gmail"), ("hotmail.es", "hotmail"), ("yahoo.es", "yahoo")], ["es ", "mi correo es "]),
}


def email_keyboard_names(fake: Faker, rng: random.Random) -> Said:
    """The "_" and "-" by their names on a French, Dutch, Portuguese or Spanish keyboard ("tiret du huit")."""
    lang = rng.choice(list(KEYBOARD))
    locale, at, dot, unders, dashes, domains, intros = KEYBOARD[lang]
    first, last = person(fake, locale)
    sign, said_sign = rng.choice([("_", rng.choice(unders)), ("-", rng.choice(dashes))])
    domain, said_name = rng.choice(domains)
    addr = address(f"{first}{sign}{last}", domain)
    tld = domain.split(".", 1)[1]
    text = f"{first} {said_sign} {last} {at} {said_name} {dot} {tld}"
    return Said().say(rng.choice(intros)).entity("EMAIL_ADDRESS", text, addr, lang).say(rng.choice(["", ".", ", ok?"]))


IRISH = ["o brien", "o connor", "o neill", "o sullivan", "o reilly", "d arcy", "o donnell", "o mahony"]


def email_no_apostrophe(fake: Faker, rng: random.Random) -> Said:
    """An Irish surname with its apostrophe left out, the caller saying so inside the address."""
    first, _ = person(fake, "en_IE")
    last = rng.choice(IRISH)
    provider = rng.choice(["gmail", "eircom", "hotmail", "yahoo"])
    tld = "net" if provider == "eircom" else "com"
    sep, said_sep = rng.choice([(".", " dot "), ("", " "), ("_", " underscore ")])
    addr = address(f"{first}{sep}{last.replace(' ', '')}", f"{provider}.{tld}")
    aside = rng.choice([", no apostrophe,", ", without the apostrophe,", ", all one word, no apostrophe,"])
    text = f"{first}{said_sep}{last}{aside} at {provider} dot {tld}"
    u = Said().say(rng.choice(["It's ", "Grand, it's ", "Me email is "]))
    return u.entity("EMAIL_ADDRESS", text, addr, drop=(aside,)).say(rng.choice([".", "", ", so it is."]))


def email_chat_typo_star(fake: Faker, rng: random.Random) -> Said:
    """A chat: the address typed with two letters swapped, then again after a star. Both labelled."""
    first, last = person(fake)
    while len(set(first)) < 3:
        first, last = person(fake)
    domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com"])
    addr = address(f"{first}.{last}", domain)
    k = next(i for i in range(len(first) - 1) if first[i] != first[i + 1])
    typo_first = first[:k] + first[k + 1] + first[k] + first[k + 2:]
    typo = address(f"{typo_first}.{last}", domain)
    u = Said().say(rng.choice(["Customer: ", "", "Visitor: "])).say(rng.choice(["my email is ", "", "its "]))
    u.entity("EMAIL_ADDRESS", typo, typo).turn().say(rng.choice(["Customer: ", "", "Visitor: "]))
    u.say(rng.choice(["*", "sorry *", "oops, "])).entity("EMAIL_ADDRESS", addr, addr)
    return u.say(rng.choice(["", " typo sorry", "*"]))


NICKNAMES = ["mama bear", "fishing fan", "blue sky", "jazz cat", "golf nut", "rose garden", "sunny days", "tiger lily",
             "happy camper", "red rover", "coffee lover", "book worm", "nana jo", "big mike", "lucky duck",
             "surfer girl", "cowboy", "gator fan", "lake house", "biker dave"]


def email_nickname_local(fake: Faker, rng: random.Random) -> Said:
    """A nickname for an address ("mama bear seventy-two at aol dot com"), said as words run together."""
    nick = rng.choice(NICKNAMES)
    num = rng.choice(["", str(rng.randint(10, 99)), str(rng.randint(1955, 1995))])
    provider = rng.choice(["aol", "yahoo", "gmail", "hotmail", "comcast", "att"])
    tld = "net" if provider in ("comcast", "att") else "com"
    addr = address(nick.replace(" ", "") + num, f"{provider}.{tld}")
    num_said = "" if not num else f" {tens(int(num))}" if len(num) == 2 else \
        f" {tens(int(num[:2]))} {tens(int(num[2:]))}"
    said_provider = "a t t" if provider == "att" else provider
    text = f"{nick}{num_said} at {said_provider} dot {tld}"
    u = Said().say(rng.choice(["Oh, it's a silly one. ", "It's ", "My grandson set it up, it's ", "Okay, "]))
    return u.entity("EMAIL_ADDRESS", text, addr).say(rng.choice([".", ", all one word.", ", no spaces.", ""]))


def email_two_addresses(fake: Faker, rng: random.Random) -> Said:
    """The caller's address and a daughter's or son's to copy in; both labelled."""
    first, last = person(fake)
    kid, _ = person(fake)
    p1, p2 = rng.choice(["gmail", "yahoo", "aol"]), rng.choice(["gmail", "outlook", "icloud"])
    a1, a2 = address(f"{first}{last}", f"{p1}.com"), address(f"{kid}.{last}", f"{p2}.com")
    u = Said().say(rng.choice(["Send it to mine, ", "Mine is "])).entity(
        "EMAIL_ADDRESS", rng.choice([f"{first} {last} at {p1} dot com", a1]), a1)
    u.say(rng.choice([", and could you copy in my kid? That's ", ", and cc my partner, that's ",
                      ". And my grandchild handles my bills, theirs is "]))
    u.entity("EMAIL_ADDRESS", f"{kid} dot {last} at {p2} dot com", a2)
    return u.say(rng.choice([".", ". Same last name.", ""]))


CA_NZ = {"en_CA": [("sympatico.ca", "sympatico dot c a"), ("rogers.com", "rogers dot com"),
                   ("videotron.ca", "videotron dot ca"), ("telus.net", "telus dot net"), ("bell.net", "bell dot net")],
         "en_NZ": [("xtra.co.nz", "xtra dot co dot n z"), ("slingshot.co.nz", "slingshot dot co dot nz"),
                   ("orcon.net.nz", "orcon dot net dot n z"), ("gmail.com", "gmail dot com")]}


def email_ca_nz_isps(fake: Faker, rng: random.Random) -> Said:
    """Canadian and New Zealand callers with their providers said."""
    locale = rng.choice(list(CA_NZ))
    first, last = person(fake, locale)
    domain, said_domain = rng.choice(CA_NZ[locale])
    local, said_local = rng.choice([(f"{first}.{last}", f"{first} dot {last}"), (f"{first[0]}{last}",
                                                                                  f"{first[0]} {last}"),
                                    (f"{last}{first[0]}", f"{last} {first[0]}")])
    addr = address(local, domain)
    intro = {"en_CA": ["Yeah, it's ", "Sure, eh, it's ", "It's "], "en_NZ": ["Yeah nah, it's ", "Sweet, it's ",
                                                                           "It's "]}[locale]
    return Said().say(rng.choice(intro)).entity("EMAIL_ADDRESS", f"{said_local} at {said_domain}", addr).say(
        rng.choice([".", "", ", all lower case."]))


def email_spaced_formatting(fake: Faker, rng: random.Random) -> Said:
    """An engine's half-formatted address with spaces left in it ("john.smith @ gmail.com", "John Smith@gmail.com")."""
    first, last = person(fake)
    provider = rng.choice(["gmail", "yahoo", "hotmail", "outlook"])
    sep = rng.choice([".", ""])
    addr = address(f"{first}{sep}{last}", f"{provider}.com")
    local = f"{first}{sep}{last}" if sep else f"{first.capitalize()} {last.capitalize()}"
    text = rng.choice([f"{local} @ {provider}.com", f"{local}@{provider}.com", f"{local} @{provider}. com",
                       f"{local} at {provider}.com", f"{local}@ {provider} .com"])
    u = Said().say(rng.choice(["It's ", "My email is ", "Yes. "]))
    return u.entity("EMAIL_ADDRESS", text, addr).say(rng.choice([".", "", ". No spaces."]))


COMPANIES = ["blue water logistics", "north star dental", "green leaf homes", "red oak builders", "silver line travel",
             "bright path care", "first choice motors", "harbour view estates"]


def email_work_domain_words(fake: Faker, rng: random.Random) -> Said:
    """A work address, the company's name said as the words it is made of."""
    first, last = person(fake, rng.choice(["en_GB", "en_US", "en_AU"]))
    company = rng.choice(COMPANIES)
    tld, said_tld = rng.choice([("co.uk", "co dot uk"), ("com", "com"), ("co.za", "co dot za"), ("net", "net")])
    local, said_local = rng.choice([(f"{first[0]}.{last}", f"{first[0]} dot {last}"), (first, first),
                                    (f"{first}.{last}", f"{first} dot {last}")])
    addr = address(local, f"{company.replace(' ', '')}.{tld}")
    text = f"{said_local} at {company} dot {said_tld}"
    u = Said().say(rng.choice(["Use my work one, it's ", "It's my work email: ", "Send it to work, "]))
    return u.entity("EMAIL_ADDRESS", text, addr).say(rng.choice([", all one word.", ".", "", ", no spaces."]))


UMLAUTS = [("müller", "mueller"), ("schäfer", "schaefer"), ("köhler", "koehler"), ("krüger", "krueger"),
           ("jäger", "jaeger"), ("böhm", "boehm"), ("günther", "guenther"), ("förster", "foerster")]
ACCENTS = [("hélène", "helene"), ("élodie", "elodie"), ("jérôme", "jerome"), ("stéphane", "stephane"),
           ("frédéric", "frederic"), ("cécile", "cecile")]
ENES = [("núñez", "nunez"), ("muñoz", "munoz"), ("ibáñez", "ibanez"), ("peña", "pena"), ("castaño", "castano")]


def email_accent_clarified(fake: Faker, rng: random.Random) -> Said:
    """A German umlaut, a Spanish eñe or a French accent said and put right for the address ("mit u e", "sin eñe",
    "sans accent"), spelled after; the name as said and the clarification named."""
    lang = rng.choice(["de", "es", "fr"])
    if lang == "de":
        said_name, plain_name = rng.choice(UMLAUTS)
        first = person(fake, "de_DE")[0]
        aside = rng.choice([", mit u e,", ", also mit e, nicht mit Umlaut,", ", ohne Umlaut,"]) \
            if "ü" in said_name else rng.choice([", mit e,", ", ohne Umlaut,"])
        provider, text_tail = rng.choice([("web.de", "ät web punkt de"), ("gmx.de", "ät gmx punkt de")])
        local, head = f"{first}.{plain_name}", f"{first} punkt {said_name}{aside} {' '.join(plain_name)}"
        intro = ["meine Mail ist ", "also, "]
    elif lang == "es":
        said_name, plain_name = rng.choice(ENES)
        first = person(fake, "es_ES")[0]
        aside = rng.choice([", sin eñe,", ", con ene normal,", ", sin tilde,"])
        provider, text_tail = rng.choice([("gmail.com", "arroba gmail punto com"),
                                          ("yahoo.es", "arroba yahoo punto es")])
        local, head = f"{first}.{plain_name}", f"{first} punto {said_name}{aside} {' '.join(plain_name)}"
        intro = ["mi correo es ", "apunte: "]
    else:
        said_name, plain_name = rng.choice(ACCENTS)
        last = person(fake, "fr_FR")[1]
        aside = rng.choice([", sans accent,", ", sans les accents,"])
        provider, text_tail = rng.choice([("orange.fr", "arobase orange point fr"),
                                          ("free.fr", "arobase free point fr")])
        local, head = f"{plain_name}.{last}", f"{said_name}{aside} {' '.join(plain_name)}, point {last}"
        intro = ["c'est ", "mon adresse, c'est "]
    addr = address(local, provider)
    text = f"{head} {text_tail}"
    return Said().say(rng.choice(intro)).entity("EMAIL_ADDRESS", text, addr, lang, drop=(f"{said_name}{aside}",)).say(
        rng.choice(["", ".", "!"]))


# Phones -------------------------------------------------------------------------------------------------
def phone_belgian_swiss(fake: Faker, rng: random.Random) -> Said:
    """A Belgian mobile (04xx xx xx xx) or a Swiss one (07x xxx xx xx) in French pairs, "septante" and all."""
    if rng.random() < 0.55:
        _, n, _ = e164_parts("BE", rng.choice(["47#######", "48#######", "49#######"]), fake)
        value = "0" + n
        body = f"zéro {DIGITS['fr'][int(value[1])]} {be_pair(int(value[2:4]))}, " + \
            ", ".join(be_pairs(value[i:i + 2]) for i in range(4, 10, 2))
    else:
        _, n, _ = e164_parts("CH", rng.choice(["76#######", "78#######", "79#######"]), fake)
        value = "0" + n
        body = f"zéro {be_pair(int(value[1:3]), True)}, {digit_run(value[3:6], 'fr')}, " \
               f"{be_pairs(value[6:8], True)}, {be_pairs(value[8:], True)}"
    u = Said().say(rng.choice(["mon GSM, c'est le ", "mon natel, c'est le ", "c'est le ", "alors, "]))
    return u.entity("PHONE_NUMBER", body, value, "fr").say(rng.choice(["", ".", ", voilà"]))


def uk_mobile(fake: Faker) -> str:
    return "0" + e164_parts("GB", "7#########", fake)[1]


def phone_said(value: str, sizes: list[int], rng: random.Random, zero: str = "oh") -> str:
    gs = grp(value, sizes)
    return rng.choice([" ".join(gs), ", ".join(digit_run(g, "en", zero) for g in gs),
                       " ".join(spoken_doubles(g, rng) for g in gs) if zero == "oh" else " ".join(gs)])


def local_phone(fake: Faker, region: str) -> tuple[str, list[int]]:
    """A number of the US, a British mobile or a South African one (082, 072, 083, 084), with its groups."""
    if region == "US":
        return a_us_phone(fake), [3, 3, 4]
    if region == "GB":
        return uk_mobile(fake), [5, 6]
    return "0" + e164_parts("ZA", fake.random_element(["82#######", "72#######", "83#######", "84#######"]),
                            fake)[1], [3, 3, 4]


def a_local_phone(fake: Faker, rng: random.Random) -> tuple[str, list[int], str]:
    region = rng.choice(["US", "US", "GB", "GB", "ZA"])
    return (*local_phone(fake, region), region)


def phone_old_and_new(fake: Faker, rng: random.Random) -> Said:
    """The caller has changed number: the old one to take off, the new one to put on. Both labelled."""
    old, sizes, region = a_local_phone(fake, rng)
    new = local_phone(fake, region)[0]
    zero = "zero" if region == "US" else "oh"
    u = Said().say(rng.choice(["I've got a new number, can you update it?", "I need to change my phone number."]))
    u.turn().say(rng.choice(["Of course. What's the old one, so I can find it?", "Sure. What was the old number?"]))
    u.turn().say(rng.choice(["The old one was ", "It was ", "Old one's "])).entity("PHONE_NUMBER",
                                                                                 phone_said(old, sizes, rng, zero), old)
    u.say(rng.choice([", and the new one's ", ". New one is ", ". And now it's "])).entity(
        "PHONE_NUMBER", phone_said(new, sizes, rng, zero), new)
    return u.say(rng.choice([".", ". That's the mobile.", ""]))


def phone_with_best_time(fake: Faker, rng: random.Random) -> Said:
    """The number with the best time to ring right after it ("after 6", "between 2 and 4")."""
    n, sizes, region = a_local_phone(fake, rng)
    gs = grp(n, sizes)
    text = rng.choice(["-".join(gs) if region == "US" else " ".join(gs), ", ".join(digit_run(g) for g in gs),
                       " ".join(gs)])
    after = rng.choice([f" after {rng.randint(5, 8)}", f", anytime after {rng.randint(4, 7)}:30",
                        f" between {rng.randint(9, 11)} and {rng.randint(1, 4)}", f" after {rng.randint(5, 8)} p.m.",
                        f", best after {WORDS[rng.randint(5, 8)]}", f" before {rng.randint(9, 11)} a.m."])
    u = Said().say(rng.choice(["Ja, call me on ", "I'm out now, try "] if region == "ZA" else
                              ["Call me on ", "Best to ring ", "You can get me on ", "Try "]))
    ends = ["", ", I'm at work till then."] if after.endswith(".") else [".", ", I'm at work till then.", ""]
    return u.entity("PHONE_NUMBER", text, n).say(after + rng.choice(ends))


def phone_irish_landline(fake: Faker, rng: random.Random) -> Said:
    """A Dublin (01) or Cork (021) landline, as said and as an en-IE engine writes it."""
    code, n, parsed = e164_parts("IE", rng.choice(["1#######", "21#######"]), fake)
    value = "0" + n
    area = "01" if n[0] == "1" else "021"
    rest = value[len(area):]
    text, v = rng.choice([(f"{digit_run(area, 'en', 'oh')}, {digit_run(rest[:3], 'en', 'oh')}, "
                           f"{digit_run(rest[3:], 'en', 'oh')}", value),
                          (f"({area}) {rest[:3]} {rest[3:]}", value), (fmt(parsed, False), value),
                          (f"{digit_run(area, 'en', 'oh')}, {spoken_doubles(rest, rng)}", value),
                          (fmt(parsed, True), code + n)])
    u = Said().say(rng.choice(["The landline is ", "Home number's ", "You'd get me at home on ", "It's "]))
    return u.entity("PHONE_NUMBER", text, v).say(
        rng.choice([".", "", ", so it is."]))


def phone_indian_std(fake: Faker, rng: random.Random) -> Said:
    """An Indian landline with its STD code: "zero eight zero" for Bangalore, "zero one one" for Delhi."""
    pattern, std = rng.choice([("802#######", "080"), ("112#######", "011"), ("224#######", "022"),
                               ("442#######", "044")])
    _, n, _ = e164_parts("IN", pattern, fake)
    value = "0" + n
    rest = value[3:]
    text = rng.choice([f"{digit_run(std, 'en', 'zero')}, {spoken_doubles(rest[:4], rng)}, "
                       f"{spoken_doubles(rest[4:], rng)}", f"{std} {rest}", f"{std}-{rest[:4]} {rest[4:]}",
                       f"STD code {digit_run(std, 'en', 'zero')}, then {rest}"])
    label = text[len("STD code "):] if text.startswith("STD") else text
    u = Said().say(rng.choice(["Landline number is ", "Office number, kindly note: ", "It is ", ""]))
    if text.startswith("STD"):
        u.say("STD code ")
    return u.entity("PHONE_NUMBER", label, value).say(rng.choice([".", "", " only.", ", madam."]))


def phone_german_vorwahl(fake: Faker, rng: random.Random) -> Said:
    """A German landline: the "Vorwahl" asked for, then the number. Both parts labelled, read back together."""
    pattern, area = rng.choice([("30########", "030"), ("89########", "089"), ("40########", "040"),
                                ("221########", "0221")])
    _, n, _ = e164_parts("DE", pattern, fake)
    value = "0" + n
    rest = value[len(area):]
    u = Said().say(rng.choice(["Ihre Festnetznummer, bitte. Die Vorwahl?", "Und die Vorwahl?", "Welche Vorwahl?"]))
    u.turn().entity("PHONE_NUMBER", rng.choice([de_digit_run(area, rng), area, f"null {pairs_said(area[1:], 'de')}"
                                                if len(area) == 3 and area[1] != "0" else de_digit_run(area, rng)]),
                    area, "de").say(".").turn()
    u.say(rng.choice(["Und dann?", "Und die Rufnummer?", "Gut. Und weiter?"])).turn()
    said_rest = rng.choice([" ".join(pairs_said(rest[i:i + 2], "de") for i in range(0, len(rest), 2)),
                            de_digit_run(rest, rng), rest])
    return u.entity("PHONE_NUMBER", said_rest, rest, "de").joint(2, value).say(rng.choice([".", "", ", genau."]))


def phone_dutch_area_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Dutch landline, its area code said as a number ("nul twintig", "nul tien"), the rest in pairs or digits."""
    pattern, area = rng.choice([("20#######", "020"), ("10#######", "010"), ("30#######", "030"),
                                ("70#######", "070")])
    _, n, _ = e164_parts("NL", pattern, fake)
    value = "0" + n
    rest = value[3:]
    body = rng.choice([f"{digit_run(rest[:3], 'nl')}, {pairs_said(rest[3:5], 'nl')}, {pairs_said(rest[5:], 'nl')}",
                       digit_run(rest, "nl"), f"{digit_run(rest[:3], 'nl')}, {digit_run(rest[3:], 'nl')}"])
    u = Said().say(rng.choice(["ons vaste nummer is ", "het is ", "thuis: ", "ja, "]))
    return u.entity("PHONE_NUMBER", f"nul {pair(int(area[1:]), 'nl')}, {body}", value, "nl").say(
        rng.choice(["", ".", ", dank u"]))


def phone_caller_id_check(fake: Faker, rng: random.Random) -> Said:
    """The agent reads out the number the caller is calling from; the caller gives another. Both labelled."""
    shown, other = a_us_phone(fake), a_us_phone(fake)
    gs = grp(shown, [3, 3, 4])
    u = Said().say(rng.choice(["I see you're calling from ", "The number I have coming up is ",
                               "Is the number you're calling from, "]))
    u.entity("PHONE_NUMBER", rng.choice([f"({gs[0]}) {gs[1]}-{gs[2]}", "-".join(gs),
                                         ", ".join(digit_run(g) for g in gs)]), shown)
    u.say(rng.choice([", is that the best number to reach you?", ", the best one for a callback?",
                      ". Is that a good number for you?"])).turn()
    u.say(rng.choice(["No, that's my work phone. Use my cell, ", "Actually, better on my cell: ",
                      "That's the house phone, try my mobile, "]))
    return u.entity("PHONE_NUMBER", rng.choice([" ".join(render_groups(grp(other, [3, 3, 4]), rng, "words")),
                                                "-".join(grp(other, [3, 3, 4]))]), other).say(".")


def phone_second_contact(fake: Faker, rng: random.Random) -> Said:
    """The caller's number and a relative's to try if they don't answer; both labelled."""
    n, sizes, region = a_local_phone(fake, rng)
    other = local_phone(fake, region)[0]
    who = rng.choice(["my daughter", "my son", "my neighbour", "my husband", "my sister"])
    u = Said().say(rng.choice(["It's ", "Mine's ", "Call me on "])).entity("PHONE_NUMBER", phone_said(n, sizes, rng),
                                                                        n)
    u.say(rng.choice([f", and if I don't pick up, try {who} on ", f". If there's no answer, {who}'s is ",
                      f". Or {who}, she's on "]))
    return u.entity("PHONE_NUMBER", phone_said(other, sizes, rng), other).say(rng.choice([".", "", ". Thanks."]))


def phone_plus_in_language(fake: Faker, rng: random.Random) -> Said:
    """A mobile with its country code said after the language's "plus": "más treinta y cuatro" (Spain), "più
    trentanove" (Italy), "mais três cinco um" (Portugal); the rest digit by digit or in pairs."""
    lang = rng.choice(["es", "es", "it", "pt"])
    if lang == "es":
        _, n, _ = e164_parts("ES", rng.choice(["6########", "7########"]), fake)
        head, cc, sizes = "más", pair(34, "es"), [3, 2, 2, 2]
        intros = ["es un móvil español, ", "apunte: ", "desde fuera sería ", "mi número es "]
        ends = ["", ".", ", ¿vale?"]
    elif lang == "it":
        _, n, _ = e164_parts("IT", rng.choice(["34########", "33########", "32########", "39########"]), fake)
        head, cc, sizes = "più", pair(39, "it"), [3, 3, 2, 2]
        intros = ["il mio cellulare è ", "allora, ", "dall'estero è ", "segni: "]
        ends = ["", ".", ", grazie"]
    else:
        _, n, _ = e164_parts("PT", rng.choice(["91#######", "93#######", "96#######"]), fake)
        head, cc, sizes = "mais", digit_run("351", "pt"), [3, 2, 2, 2]
        intros = ["o meu telemóvel é ", "de fora é ", "tome nota: "]
        ends = ["", ".", ", obrigado"]
    gs = grp(n, sizes)
    body = rng.choice([", ".join(pairs_said(g, lang) if len(g) == 2 else digit_run(g, lang) for g in gs),
                       ", ".join(digit_run(g, lang) for g in gs)])
    code = {"es": "34", "it": "39", "pt": "351"}[lang]
    u = Said().say(rng.choice(intros))
    return u.entity("PHONE_NUMBER", f"{head} {cc}, {body}", code + n, lang).say(rng.choice(ends))


def phone_nz_mobile(fake: Faker, rng: random.Random) -> Said:
    """New Zealand mobiles (021, 022, 027): "oh two one", doubles, or the engine's "021 123 4567"."""
    code, n, parsed = e164_parts("NZ", rng.choice(["21#######", "22#######", "27#######"]), fake)
    value = "0" + n
    gs = grp(value, [3, 3, 4])
    text, v = rng.choice([(" ".join(gs), value), (", ".join(digit_run(g, "en", "oh") for g in gs), value),
                          (", ".join(spoken_doubles(g, rng) for g in gs), value), (fmt(parsed, True), code + n),
                          (f"{gs[0]} {gs[1]}{gs[2]}", value)])
    u = Said().say(rng.choice(["Yeah, it's ", "Sweet as, it's ", "My cell's ", "It's "]))
    return u.entity("PHONE_NUMBER", text, v).say(rng.choice([".", "", ", cheers."]))


def phone_quebec_french(fake: Faker, rng: random.Random) -> Said:
    """A Quebec caller: the area code digit by digit, the rest in French digits or pairs."""
    area = rng.choice(["514", "438", "450", "819", "418"])
    while not phone_ok("1" + (n := area + fake.numerify("%##") + fake.numerify("####"))):
        pass
    rest = n[3:]
    text = f"{digit_run(area, 'fr')}, {digit_run(rest[:3], 'fr')}, " + rng.choice(
        [digit_run(rest[3:], "fr"), pairs_said(rest[3:], "fr")])
    u = Said().say(rng.choice(["mon cell, c'est le ", "c'est le ", "ben, c'est ", "oui, "]))
    return u.entity("PHONE_NUMBER", text, n, "fr").say(rng.choice(["", ".", ", merci"]))


def phone_from_abroad(fake: Faker, rng: random.Random) -> Said:
    """One number said as dialled at home and as dialled from abroad ("double oh three four ..."); both labelled."""
    region, pattern, home_sizes = rng.choice([("ES", "6########", [3, 3, 3]), ("IE", "87#######", [3, 3, 4]),
                                              ("GB", "7#########", [5, 6])])
    code, n, _ = e164_parts(region, pattern, fake)
    home = n if region == "ES" else "0" + n
    u = Said().say(rng.choice(["From here it's ", "If you ring it locally it's ", "Over here it's "]))
    u.entity("PHONE_NUMBER", ", ".join(digit_run(g, "en", "oh") for g in grp(home, home_sizes)), home)
    u.say(rng.choice([", but from abroad you'd dial ", ". From the States it's ", ", and from outside it's "]))
    intl, value = rng.choice([(f"double oh {digit_run(code)}, {digit_run(n, 'en', 'oh')}", "00" + code + n),
                              (f"plus {digit_run(code)}, {' '.join(grp(n, [3, 3, 3, 3]))}", code + n),
                              (f"oh one one {digit_run(code)}, {digit_run(n, 'en', 'oh')}", "011" + code + n)])
    return u.entity("PHONE_NUMBER", intl, value).say(rng.choice([".", ""] if region == "ES" else
                                                                [".", ", without the first zero.", ""]))


# IBANs --------------------------------------------------------------------------------------------------
def iban_words(v: str, rng: random.Random, lang: str = "en", pairs_share: float = 0.0) -> str:
    """An IBAN in groups of four: letters as letters, digits said digit by digit or in pairs."""
    out = []
    for g in fours(v):
        if not g.isdigit():
            out.append(" ".join(c if c.isalpha() else run_in(c, lang) for c in g))
        elif len(g) % 2 == 0 and rng.random() < pairs_share:
            out.append(pairs_said(g, lang))
        else:
            out.append(run_in(g, lang))
    return ", ".join(out)


def iban_uk_after_sort_code(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the sort code and the account number (not labelled) before the IBAN is asked for."""
    v = an_iban(fake, rng, "GB")
    sort, acct = v[8:14], v[14:]
    u = Said().say(f"{rng.choice(['Sort code', 'The sort code is'])} {'-'.join(grp(sort, [2, 2, 2]))}, "
                   f"{rng.choice(['account number', 'account'])} {acct}.").turn()
    u.say(rng.choice(["Thanks. For an international transfer I'll need the IBAN as well.",
                      "Because it's going from abroad, have you got the IBAN?"])).turn()
    u.say(rng.choice(["Oh, okay. It's on the statement... ", "Right, hang on. ", "Okay, "]))
    text = rng.choice([" ".join(fours(v)), iban_words(v, rng, "en", 0.3), ", ".join(fours(v))])
    return u.entity("IBAN_CODE", text, v).say(rng.choice([".", "", ". Is that enough?"]))


def iban_fintech(fake: Faker, rng: random.Random) -> Said:
    """Accounts at Revolut, Monzo, bunq, N26, Wise and Revolut's Lithuanian bank, their IBANs said or typed."""
    kind = rng.choice(["revolut", "monzo", "bunq", "n26", "wise", "revolut-lt"])
    if kind == "revolut":
        v, name = iban_with("GB", "REVO" + "009971" + fake.numerify("########")), "Revolut"
    elif kind == "monzo":
        v, name = iban_with("GB", "MONZ" + "040004" + fake.numerify("########")), "Monzo"
    elif kind == "bunq":
        v, name = iban_with("NL", "BUNQ" + fake.numerify("20########")), "bunq"
    elif kind == "n26":
        v, name = iban_with("DE", "10011001" + fake.numerify("##########")), "N26"
    elif kind == "wise":
        v, name = be_iban("967", fake), "Wise"
    else:
        v, name = iban_with("LT", "32500" + fake.numerify("###########")), "Revolut"
    text = rng.choice([" ".join(fours(v)), iban_words(v, rng, "en", 0.3), ", ".join(fours(v))])
    u = Said().say(rng.choice([f"It's a {name} account, so the IBAN's a bit different: ", f"I bank with {name}. It's ",
                               f"Okay, it's {name}, the IBAN is ", "Right, IBAN: "]))
    return u.entity("IBAN_CODE", text, v).say(rng.choice([".", "", ". Does that work for you?"]))


def be_iban(bank: str, fake: Faker) -> str:
    body = bank + fake.numerify("#######")
    check = int(body) % 97 or 97
    return iban_with("BE", f"{body}{check:02d}")


def iban_spanish_ccc(fake: Faker, rng: random.Random) -> Said:
    """A Spanish IBAN read in the old CCC's groups: entity, office, check pair, the ten-digit account."""
    v = an_iban(fake, rng, "ES")
    ent, ofi, dc, cta = v[4:8], v[8:12], v[12:14], v[14:]
    check = pair(int(v[2:4]), "es") if v[2] != "0" else digit_run(v[2:4], "es")
    acct = rng.choice([digit_run(cta, "es"), f"{digit_run(cta[:4], 'es')}, {digit_run(cta[4:], 'es')}",
                       ", ".join(pairs_said(cta[i:i + 2], "es") for i in range(0, 10, 2))])
    dc_said = pair(int(dc), "es") if dc[0] != "0" else digit_run(dc, "es")
    text = f"E S {check}, {digit_run(ent, 'es')}, {digit_run(ofi, 'es')}, {dc_said}, {acct}"
    u = Said().say(rng.choice(["la cuenta es ", "el IBAN: ", "le leo el número de cuenta: ", "vale, "]))
    return u.entity("IBAN_CODE", text, v, "es").say(rng.choice(["", ".", ", ¿lo tiene?"]))


def iban_french_rib(fake: Faker, rng: random.Random) -> Said:
    """A French IBAN read in the RIB's groups: the bank, the branch ("guichet"), the account, the key."""
    v = an_iban(fake, rng, "FR")
    bank, branch, acct, key = v[4:9], v[9:14], v[14:25], v[25:27]
    acct_said = " ".join(run_in(c, "fr") if c.isdigit() else c for c in acct)
    text = f"F R {pair(int(v[2:4]), 'fr') if v[2] != '0' else digit_run(v[2:4], 'fr')}, {digit_run(bank, 'fr')}, " \
        f"{digit_run(branch, 'fr')}, {acct_said}, {pair(int(key), 'fr') if key[0] != '0' else digit_run(key, 'fr')}"
    u = Said().say(rng.choice(["mon IBAN, je le lis sur le RIB: ", "alors, ", "c'est ", "voilà l'IBAN: "]))
    return u.entity("IBAN_CODE", text, v, "fr").say(rng.choice(["", ".", ", voilà"]))


def iban_portuguese_letters(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese IBAN with its letters by their names ("pê tê"), the digits in fours or pairs."""
    v = an_iban(fake, rng, "PT")
    check = pair(int(v[2:4]), "pt") if v[2] != "0" else digit_run(v[2:4], "pt")
    text = f"{rng.choice(['pê tê', 'pê, tê'])}, {check}, {iban_words(v[4:], rng, 'pt', 0.4)}"
    u = Said().say(rng.choice(["o IBAN é ", "tome nota: ", "então, ", "o meu IBAN: "]))
    return u.entity("IBAN_CODE", text, v, "pt").say(rng.choice(["", ".", ", obrigada"]))


def iban_belgian(fake: Faker, rng: random.Random) -> Said:
    """A Belgian IBAN, read by a Walloon in French pairs ("septante-deux") or a Fleming in Dutch pairs."""
    v = be_iban(rng.choice(["001", "068", "363", "735", "083", "310"]), fake)
    lang = rng.choice(["fr", "nl"])
    if lang == "fr":
        body = ", ".join(be_pairs(g) for g in fours(v[4:]))
        text = f"B E {be_pairs(v[2:4])}, {body}"
        intro = ["mon numéro de compte, c'est ", "l'IBAN: ", "alors, "]
    else:
        body = ", ".join(pairs_said(g, "nl") if rng.random() < 0.6 else digit_run(g, "nl") for g in fours(v[4:]))
        text = f"B E {pairs_said(v[2:4], 'nl')}, {body}"
        intro = ["mijn rekeningnummer is ", "het IBAN: ", "ja, "]
    return Said().say(rng.choice(intro)).entity("IBAN_CODE", text, v, lang).say(rng.choice(["", ".", ", voilà"]
                                                                                           if lang == "fr" else
                                                                                           ["", ".", ", dank u"]))


def iban_alpine_said(fake: Faker, rng: random.Random) -> Said:
    """An Austrian or a Swiss IBAN said in German, with "zwo", some groups in pairs."""
    country = rng.choice(["AT", "CH"])
    v = checked("IBAN_CODE", fake["de_AT" if country == "AT" else "de_CH"].iban())
    body = ", ".join(pairs_said(g, "de") if g.isdigit() and len(g) % 2 == 0 and rng.random() < 0.4 else
                     " ".join(c if c.isalpha() else de_digit_run(c, rng) for c in g) for g in fours(v[4:]))
    text = f"{' '.join(v[:2])}, {pair(int(v[2:4]), 'de') if v[2] != '0' else digit_run(v[2:4], 'de')}, {body}"
    u = Said().say(rng.choice(["meine IBAN ist ", "also, ", "die IBAN lautet ", "grüß Gott, die IBAN: "]))
    return u.entity("IBAN_CODE", text, v, "de").say(rng.choice(["", ".", ", danke"]))


def iban_app_paste(fake: Faker, rng: random.Random) -> Said:
    """Account details shared out of a banking app and pasted into a chat: tabs, the name, the BIC (not labelled)."""
    country = rng.choice(["DE", "NL", "GB", "FR", "ES", "IE"])
    v = an_iban(fake, rng, country)
    text = rng.choice([" ".join(fours(v)), v, NBSP.join(fours(v))])
    bic = {"DE": "COBADEFFXXX", "NL": "INGBNL2A", "GB": "NWBKGB2L", "FR": "BNPAFRPP", "ES": "CAIXESBBXXX",
           "IE": "AIBKIE2D"}[country]
    name = fake["en_GB"].name()
    u = Said().say(rng.choice(["Customer: ", "", "me: "]))
    u.say(rng.choice(["My account details\n", "Shared from my banking app:\n", ""]))
    u.say(f"Name\t{name}\nIBAN\t" if rng.random() < 0.5 else f"Account holder: {name}\nIBAN: ")
    u.entity("IBAN_CODE", text, v).say(rng.choice([f"\nBIC\t{bic}", f"\nBIC: {bic}", ""]))
    return u.say(rng.choice(["", "\nthanks", "\nfor the refund"]))


def iban_german_dann(fake: Faker, rng: random.Random) -> Said:
    """A German IBAN read off the card with "dann" and "und dann" between the groups."""
    v = an_iban(fake, rng, "DE")
    gs = fours(v[4:])
    parts = [pairs_said(g, "de") if len(g) % 2 == 0 and rng.random() < 0.4 else de_digit_run(g, rng) for g in gs]
    joins = [rng.choice([", dann ", ", und dann ", " dann ", ", "]) for _ in parts[1:]]
    body = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=True))
    text = f"D E {pair(int(v[2:4]), 'de') if v[2] != '0' else digit_run(v[2:4], 'de')}, dann {body}"
    u = Said().say(rng.choice(["Moment, ich les es von der Karte ab. ", "Also, ", "Die IBAN ist "]))
    return u.entity("IBAN_CODE", text, v, "de").say(rng.choice([".", "", ", das war's."]))


# UK NINOs -----------------------------------------------------------------------------------------------
ADHOC = {"A": "apple", "B": "Bertie", "C": "Charlie", "E": "Edward", "G": "George", "H": "Harry", "J": "Jack",
         "K": "King", "L": "London", "M": "Mary", "N": "Nelly", "P": "Peter", "R": "Robert", "S": "Sugar",
         "T": "Tommy", "W": "William", "X": "X-ray", "Y": "Yellow", "Z": "Zebra", "D": "David"}


def nino_digits(d: str, rng: random.Random, zero: str = "oh") -> str:
    return rng.choice([" ".join(grp(d, [2, 2, 2])), ", ".join(digit_run(g, "en", zero) for g in grp(d, [2, 2, 2])),
                       spoken_doubles(d, rng) if zero == "oh" else digit_run(d, "en", zero)])


def nino_adhoc_spelling(fake: Faker, rng: random.Random) -> Said:
    """The letters spelled with everyday words, not NATO ("J for Jack, K for King")."""
    v = a_nino(fake, rng)
    joiner = rng.choice(["for", "as in"])
    letters = [f"{c} {joiner} {ADHOC[c]}" if rng.random() < 0.8 else c for c in v[:2]]
    text = f"{', '.join(letters)}, {nino_digits(v[2:8], rng)}, {v[8]} {joiner} {ADHOC[v[8]]}"
    u = Said().say(rng.choice(["It's ", "My NI number is ", "National Insurance, ", "Okay, "]))
    return u.entity("UK_NINO", text, v).say(rng.choice([".", "", ". Have you got that?"]))


def nino_nought_pension(fake: Faker, rng: random.Random) -> Said:
    """Read off a pension letter by an older caller, "nought" for every zero."""
    for _ in range(200):
        v = a_nino(fake, rng)
        if "0" in v[2:8]:
            break
    text = f"{' '.join(v[:2])}, {nino_digits(v[2:8], rng, 'nought')}, {v[8]}"
    u = Said().say(rng.choice(["It's on my pension letter, hang on. Here. ", "My late husband always did this. It's ",
                               "I've got the letter here. "]))
    return u.entity("UK_NINO", text, v).say(rng.choice([".", ", dear.", ". Is that what you need?"]))


NATO_WORD = {k: v.capitalize() for k, v in NATO.items()}


def nino_agent_nato_readback(fake: Faker, rng: random.Random) -> Said:
    """The caller says it plainly; the agent reads it back in NATO words. Both labelled."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["Sure, ", "It's ", ""])).entity(
        "UK_NINO", rng.choice([f"{v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}",
                               f"{' '.join(v[:2])}, {nino_digits(v[2:8], rng)}, {v[8]}"]), v).say(".").turn()
    text = f"{NATO_WORD[v[0]]} {NATO_WORD[v[1]]}, {digit_run(v[2:8], 'en', 'zero')}, {NATO_WORD[v[8]]}"
    u.say(rng.choice(["Let me read that back. ", "So I have ", "Thank you. That's "])).entity("UK_NINO", text, v)
    return u.say(rng.choice(["?", ", is that right?", ". Correct?"])).turn().say(rng.choice(["Yes.", "That's it."]))


def nino_hmrc_ivr(fake: Faker, rng: random.Random) -> Said:
    """A speech IVR asking for the NINO with its own invalid example (not labelled), the caller's answer and what it
    heard labelled."""
    v = a_nino(fake, rng)
    tag = rng.choice(["IVR: ", "System: ", "", "[Automated] "])
    u = Said().say(f"{tag}Please say your National Insurance number. It's two letters, six numbers and a letter, "
                   f"{rng.choice(['like', 'for example,'])} Q Q, 12, 34, 56, C.").turn()
    u.entity("UK_NINO", f"{' '.join(v[:2])} {nino_digits(v[2:8], rng)} {v[8]}", v).turn()
    heard = rng.choice([f"{' '.join(v[:2])}, {', '.join(grp(v[2:8], [2, 2, 2]))}, {v[8]}",
                        f"{v[:2]} {' '.join(v[2:8])} {v[8]}"])
    u.say(f"{tag}{rng.choice(['I think you said ', 'I heard ', 'Thanks. That was '])}").entity("UK_NINO", heard, v)
    return u.say(rng.choice([". Is that right?", ". Say yes or no.", ". Is that correct?"]))


def nino_with_dob(fake: Faker, rng: random.Random) -> Said:
    """The NINO and the date of birth in one go; the date not labelled."""
    v = a_nino(fake, rng)
    born = fake.date_of_birth(minimum_age=20, maximum_age=80)
    u = Said().say(rng.choice(["Can I take your National Insurance number and date of birth?",
                               "For security, your NI number and your date of birth?"])).turn()
    u.entity("UK_NINO", rng.choice([f"{v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}",
                                    f"{' '.join(v[:2])}, {nino_digits(v[2:8], rng)}, {v[8]}"]), v)
    u.say(rng.choice([f", and {born.day}/{born.month}/{born.year}.",
                      f". Date of birth, {born.day} {born.strftime('%B')} {born.year}.",
                      f", born on the {born.day}th of {born.strftime('%B')}, {born.year}." if born.day in range(4, 21)
                      else f", born {born.strftime('%d/%m/%y')}."]))
    return u


# DNIs and NIEs ------------------------------------------------------------------------------------------
def dni_catalan(fake: Faker, rng: random.Random) -> Said:
    """A caller in Catalonia gives the DNI in Catalan, the letter with it or asked for ("I la lletra?")."""
    v = a_nif(fake)
    digits = rng.choice([run_in(v[:8], "ca"), f"{run_in(v[:2], 'ca')}, {run_in(v[2:5], 'ca')}, {run_in(v[5:8], 'ca')}"])
    u = Said().say(rng.choice(["el meu DNI és el ", "DNI: ", "sí, és el ", "doncs, "]))
    if rng.random() < 0.5:
        return u.entity("ES_NIF", f"{digits}, {v[8]}", v, "ca").say(rng.choice(["", ".", ", gràcies"]))
    u.entity("ES_NIF", digits, v[:8], "ca").say(".").turn()
    u.say(rng.choice(["I la lletra?", "Molt bé. I la lletra del final?", "¿Y la letra?"])).turn()
    return u.say(rng.choice(["La ", "És la ", ""])).entity("ES_NIF", v[8], v[8], "ca").joint(2, v).say(".")


def dni_for_invoice(fake: Faker, rng: random.Random) -> Said:
    """The NIF asked for an invoice ("para la factura"), read back by the agent with the letter's name."""
    v = a_nif(fake)
    while len(ES_LETTERS[v[8]]) < 2:
        v = a_nif(fake)
    u = Said().say(rng.choice(["¿A qué NIF le hago la factura?", "Para la factura necesito su NIF.",
                               "¿Me da el NIF para la factura?"])).turn()
    digits = rng.choice([v[:8], digit_run(v[:8], "es"),
                         ", ".join(pairs_said(v[i:i + 2], "es") for i in range(0, 8, 2))])
    u.say(rng.choice(["Sí, es el ", "Apunte: ", "", "El mío, "])).entity("ES_NIF", f"{digits}, {v[8]}", v, "es")
    u.say(".").turn().say(rng.choice(["Le confirmo: ", "Vale, tengo ", "Entonces, "]))
    u.entity("ES_NIF", f"{digit_run(v[:8], 'es')}, {ES_LETTERS[v[8]]}", v, "es")
    u.say(rng.choice(["?", ", ¿correcto?", ". ¿Es así?"])).turn()
    return u.say(rng.choice(["Correcto.", "Sí.", "Eso es."]))


def dni_galician(fake: Faker, rng: random.Random) -> Said:
    """A caller in Galicia gives the DNI in Galician digits ("dous", "catro", "oito")."""
    v = a_nif(fake)
    digits = rng.choice([run_in(v[:8], "gl"), f"{run_in(v[:4], 'gl')}, {run_in(v[4:8], 'gl')}"])
    u = Said().say(rng.choice(["o meu DNI é o ", "pois é o ", "DNI: ", "si, "]))
    return u.entity("ES_NIF", f"{digits}, {v[8]}", v, "gl").say(rng.choice(["", ".", ", grazas"]))


def nie_expat_english(fake: Faker, rng: random.Random) -> Said:
    """A British expat in Spain gives the NIE in English, the first letter "for X-ray" or "as in".'"""
    v = a_nie(fake)
    words_for = {"X": "X-ray", "Y": "Yankee", "Z": "Zulu"}
    joiner = rng.choice(["for", "as in"])
    first = rng.choice([v[0], f"{v[0]} {joiner} {words_for[v[0]]}"])
    last = rng.choice([v[8], f"{v[8]} {joiner} {ADHOC.get(v[8], NATO_WORD[v[8]])}"])
    digits = rng.choice([v[1:8], digit_run(v[1:8], "en", rng.choice(["oh", "zero"])), f"{v[1:4]} {v[4:8]}"])
    u = Said().say(rng.choice(["My NIE, the Spanish foreigner number, is ", "It's a Spanish NIE: ",
                               "The NIE number's "]))
    return u.entity("ES_NIE", f"{first}, {digits}, {last}", v).say(rng.choice([".", "", ". We live out there now."]))


def nie_passport_first(fake: Faker, rng: random.Random) -> Said:
    """The caller offers a passport number first (not labelled); the agent asks for the NIE."""
    v = a_nie(fake)
    passport = fake.bothify("???######", letters="ABCDEFGHJKLMNPRSTUVWXYZ")
    u = Said().say(rng.choice(["¿Me da su número de documento?", "¿Su documento de identidad?"])).turn()
    u.say(f"{rng.choice(['El pasaporte es el ', 'Tengo el pasaporte, es '])}{passport}.").turn()
    u.say(rng.choice(["Necesito el NIE, si lo tiene.", "¿No tiene NIE?", "Mejor el NIE, por favor."])).turn()
    u.say(rng.choice(["Ah, sí, el NIE es ", "Vale, el NIE: ", "Sí, perdón. "]))
    text = rng.choice([v, f"{v[0]} {digit_run(v[1:8], 'es')} {v[8]}", f"{v[0]}, {v[1:8]}, {v[8]}"])
    return u.entity("ES_NIE", text, v, "es").say(rng.choice([".", "", ", perdone."]))


def nie_resident_languages(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese or an Italian resident in Spain reads the NIE in their language: the letters by their Portuguese
    names ("xis", "ele"), or the Italian ("ics", "L come Livorno")."""
    v = a_nie(fake)
    lang = rng.choice(["pt", "it"])
    if lang == "pt":
        first, last = PT_LETTERS[v[0]], PT_LETTERS.get(v[8], v[8])
        intros, ends = ["o meu NIE é ", "o número de estrangeiro é ", "é ", "tome nota, "], ["", ".", ", obrigado"]
    else:
        first = IT_NIE_FIRST[v[0]]
        last = rng.choice([f"{v[8]} come {IT_CITIES[v[8]]}", v[8]])
        intros, ends = ["il mio NIE è ", "allora, il NIE: ", "è "], ["", ".", ", grazie"]
    digits = rng.choice([digit_run(v[1:8], lang), f"{digit_run(v[1:4], lang)}, {digit_run(v[4:8], lang)}"])
    u = Said().say(rng.choice(intros))
    return u.entity("ES_NIE", f"{first}, {digits}, {last}", v, lang).say(rng.choice(ends))


# Look-alikes --------------------------------------------------------------------------------------------
def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    good = luhn_fix(fake.numerify(rng.choice(["4", "5", "6", "3"]) + "#" * (length - 2)))
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def _otp_codes(fake: Faker, rng: random.Random) -> list[str]:
    code = fake.numerify("######")
    return [rng.choice([
        f"The code you just texted me is {code[:3]} {code[3:]}.",
        f"Verification code, {digit_run(code[:3])}, {digit_run(code[3:])}. It says it expires in ten minutes.",
        f"Okay, I got the text. It's {', '.join(code)}.",
        f"your one-time passcode is {code}",
        f"It's asking for the six digits from the app: {pairs_said(code)}."])]


def _payment_confirmations(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"That's gone through. Your authorisation code is {fake.bothify('######').upper()}.",
        f"Transaction ID {fake.bothify('??##?#??##').upper()}, for £{rng.randint(10, 400)}.{rng.randint(10, 99)}.",
        f"Payment reference PAY-{fake.numerify('########')}, taken today.",
        f"You'll see ${rng.randint(20, 900)}.{rng.randint(10, 99)} pending, confirmation {fake.numerify('#########')}.",
        f"Receipt number {fake.numerify('####-####-####')}, it'll be emailed to you."])]


def _relayed_references(fake: Faker, rng: random.Random) -> list[str]:
    n = luhn_bad(fake, rng)
    return ["Hang on, my husband's got the letter. What's the order number, love?",
            f"{rng.choice(BACKGROUND)}{' '.join(render_groups(fours(n[:8]), rng, 'words'))}...",
            f"Okay, {' '.join(fours(n[:8]))}... and then?",
            f"{rng.choice(BACKGROUND)}{' '.join(render_groups(fours(n[8:]), rng, 'words'))}.",
            f"{' '.join(fours(n[8:]))}. That's the order number."]


def _other_expiries(fake: Faker, rng: random.Random) -> list[str]:
    month, yy = month_year(rng)
    return [rng.choice([
        f"My passport expires {month:02d}/{yy}, so that's fine for the trip.",
        f"The railcard's valid till {month:02d}/{yy}.",
        f"the driving licence photo card runs out {digit_run(f'{month:02d}')} {tens(yy)}",
        f"The warranty ends {month}/{yy}, I checked the box.",
        f"Best before {rng.randint(1, 28)}/{month:02d}, it says on the lid.",
        f"My gym membership's paid up to {digit_run(f'{month:02d}')} slash {tens(yy)}."])]


def _short_numbers(fake: Faker, rng: random.Random) -> list[str]:
    n = rng.randint(100, 999)
    return [rng.choice([
        f"I'm in room {n}, on the third floor.",
        f"It came to {code_as_number(str(n), rng)} pounds in the end.",
        f"I'll be on the {WORDS[rng.randint(5, 9)]} {tens(rng.randint(10, 59))} train.",
        f"Flight {fake.bothify('??').upper()} {n} was cancelled.",
        f"Press {rng.randint(1, 9)}, then extension {n}.",
        f"Bus {rng.randint(10, 199)} goes right past the house.",
        f"It's a {n} horsepower engine, and it's done {rng.randint(20, 99)} thousand miles."])]


def _meter_readings(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"The gas meter reads {fake.numerify('#####')}, and the electric's {fake.numerify('#####')}.",
        f"Meter reading {digit_run(fake.numerify('#####'))}, taken this morning.",
        f"The day rate says {fake.numerify('#####')} point {rng.randint(0, 9)}, the night {fake.numerify('####')}.",
        f"Odometer's at {rng.randint(10, 190)},{fake.numerify('###')} miles.",
        f"water meter: {fake.numerify('#####')} cubic metres"])]


def _handles_websites(fake: Faker, rng: random.Random) -> list[str]:
    first, last = person(fake)
    return [rng.choice([
        f"I messaged you on Instagram, I'm at {first} underscore {last}.",
        f"Our website is {last} plumbing dot co dot uk, you can see the reviews.",
        f"The link said w w w dot {first}{last} dot com slash pay, is that you?",
        f"My Twitter is @{first}{last}{rng.randint(1, 99)}.",
        "Go to callvault dot com forward slash help and click on contact us.",
        f"I'm on Facebook as {first.capitalize()} {last.capitalize()}, at the dot dot dot menu."])]


def _invalid_phones(fake: Faker, rng: random.Random) -> list[str]:
    for _ in range(300):
        region, pattern = rng.choice([("NZ", "5########"), ("IE", "80#######"), ("BE", "40#######"),
                                      ("CH", "70#######"), ("IN", "0#########"), ("NL", "5########")])
        n = fake.numerify(pattern)
        if not phone_ok(f"{phonenumbers.country_code_for_region(region)}{n}"):
            break
    else:
        raise AssertionError("no invalid number")
    return [rng.choice([
        f"The part number on the boiler is {digit_run(n)}.",
        f"Model {n[:3]} {n[3:6]} {n[6:]}, it's on the back.",
        f"The serial, {' '.join(grp(n, [2, 3, 4]))}, I've read it twice.",
        f"the batch number is {n}",
        f"Voucher {n[:4]}-{n[4:]}, for the free month."])]


def _bank_details_not_iban(fake: Faker, rng: random.Random) -> list[str]:
    iban = an_iban(fake, rng, rng.choice(["GB", "DE", "ES", "IE"]))
    k = rng.choice([i for i in range(4, len(iban)) if iban[i].isdigit()])
    bad = iban[:k] + str((int(iban[k]) + rng.randint(1, 9)) % 10) + iban[k + 1:]
    assert not iban_ok(bad)
    return [rng.choice([
        f"Sort code {fake.numerify('##-##-##')}, account number {fake.numerify('########')}.",
        f"the sort code's {digit_run(fake.numerify('######'))} and the account is {fake.numerify('########')}",
        f"The BIC is {rng.choice(['NWBKGB2L', 'DEUTDEFF', 'BBVAESMM', 'AIBKIE2D'])}, if you need it.",
        f"It keeps rejecting {' '.join(fours(bad))}, says the IBAN isn't valid.",
        f"Building society roll number {fake.bothify('???/#######').upper()}."])]


def _hmrc_references(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"My tax code is {rng.choice(['1257L', 'BR', '0T', 'K475', 'S1257L', 'D0'])}, is that right?",
        f"The UTR on the letter is {fake.numerify('##### #####')}.",
        f"Employer PAYE reference {fake.numerify('###')}/{fake.bothify('??#####').upper()}.",
        "The example on the form says Q Q 12 34 56 C, but mine's different.",
        f"The payroll number on my P60 is {fake.numerify('######')}.",
        f"HMRC said the reference is {fake.numerify('####')} {fake.numerify('####')} {fake.numerify('####')}."])]


def _spanish_references(fake: Faker, rng: random.Random) -> list[str]:
    nie = a_nie(fake)
    bad = nie[:8] + rng.choice([c for c in DNI_LETTERS if c != nie[8]])
    assert not nie_ok(bad)
    nif = a_nif(fake)
    bad_nif = nif[:8] + rng.choice([c for c in DNI_LETTERS if c != nif[8]])
    assert not nif_ok(bad_nif)
    return [rng.choice([
        f"la matrícula del coche es {fake.numerify('####')} {fake.bothify('???', letters='BCDFGHJKLMNPRSTVWXYZ')}",
        f"el número de expediente es {fake.numerify('####')}/{rng.randint(2020, 2026)}",
        f"el código de la cita previa es {fake.bothify('??####').upper()}",
        f"me dieron el {bad} pero dice que no es válido",
        f"en la web pone {bad_nif}, pero la letra está mal",
        f"la referencia catastral es {fake.bothify('#######??####?####?').upper()}"])]


def _european_numbers_said(fake: Faker, rng: random.Random) -> list[str]:
    a, b = rng.randint(70, 99), rng.randint(10, 99)
    return [rng.choice([
        f"ça fait {be_pair(a)} euros {be_pair(b)}, c'est bien ça?",
        f"rendez-vous le {rng.randint(1, 28)} à {rng.randint(8, 18)} heures, bureau {be_pairs(str(a))}",
        f"das macht {pair(a, 'de')} Euro {pair(b, 'de')}, Lieferung am {rng.randint(1, 28)}. {rng.randint(1, 12)}.",
        f"sono {pair(a, 'it')} euro e {pair(b, 'it')}, consegna entro il {rng.randint(1, 28)}",
        f"het kost {pair(a, 'nl')} euro, pakket {fake.numerify('#####')}",
        f"são {pair(a, 'pt')} euros e {pair(b, 'pt')} cêntimos, a encomenda chega dia {rng.randint(1, 28)}",
        f"es kostet {pair(a, 'de')} Franken, Postleitzahl {fake.numerify('####')}"])]


def _queue_and_menu(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"IVR: For billing, press 1. For a new card, press 2. To hear these options again, press {rng.randint(3, 9)}.",
        f"You are number {rng.randint(2, 14)} in the queue. Your estimated wait is {rng.randint(3, 40)} minutes.",
        f"[hold music] Thank you for waiting. Calls are answered in the order they are received. "
        f"Call {fake.numerify('####')}.",
        f"System: Please enter or say your {rng.choice(['account', 'policy'])} number, followed by the hash key.",
        f"Our lines are open {rng.randint(7, 9)} a.m. to {rng.randint(5, 9)} p.m., Monday to Friday, "
        f"and {rng.randint(8, 10)} till {rng.randint(1, 4)} on Saturdays."])]


def _gift_voucher_codes(fake: Faker, rng: random.Random) -> list[str]:
    n = luhn_bad(fake, rng, 19)
    return [rng.choice([
        f"The gift card number is {' '.join(grp(n, [4, 4, 4, 4, 3]))} and the PIN is {fake.numerify('####')}.",
        f"claim code {fake.bothify('????-######-????').upper()}",
        f"It's a voucher, {n}, worth {rng.randint(10, 100)} pounds.",
        f"Scratch panel says {fake.numerify('#### #### ####')}, PIN {fake.numerify('###')}.",
        f"the e-gift code is {fake.bothify('??##-??##-??##').upper()}"])]


def _catalan_galician_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"el codi postal és el {run_in(fake.numerify('080##'), 'ca')}",
        f"són vint-i-{rng.choice(['cinc', 'sis', 'set'])} euros, i la comanda és la {fake.numerify('#######')}",
        f"quedem a les {rng.choice(['cinc', 'sis', 'set'])}, al número {rng.randint(1, 120)} del carrer",
        f"o código postal é {run_in(fake.numerify('15###'), 'gl')}",
        f"son {rng.randint(20, 90)} euros, e o pedido é o {fake.numerify('########')}",
        f"chego ás {rng.choice(['dous', 'catro', 'oito'])}, no portal {rng.randint(1, 60)}"])]


FAMILIES = {
    "card/v13-relayed-by-partner": card_relayed_by_partner, "card/v13-signature-strip": card_signature_strip,
    "card/v13-expiry-corrected": card_expiry_corrected, "card/v13-app-paste": card_app_paste,
    "card/v13-french-pairs": card_french_pairs, "card/v13-german-pairs": card_german_pairs,
    "card/v13-code-as-number": card_code_as_number, "card/v13-expiry-month-then-year": card_expiry_month_then_year,
    "card/v13-teen-or-ty": card_teen_or_ty, "card/v13-name-on-card": card_name_on_card,
    "card/v13-wrong-card-restart": card_wrong_card_restart, "card/v13-diners-fourteen": card_diners_fourteen,
    "card/v13-code-hesitant": card_code_hesitant, "card/v13-decline-reconfirm": card_decline_reconfirm,
    "ssn/v13-middle-again": ssn_middle_again, "ssn/v13-benefits-voicemail": ssn_benefits_voicemail,
    "ssn/v13-with-birth-date": ssn_with_birth_date, "ssn/v13-spanish-hundreds": ssn_spanish_hundreds,
    "ssn/v13-relayed-for-parent": ssn_relayed_for_parent, "ssn/v13-chat-after-masked": ssn_chat_after_masked,
    "ssn/v13-half-formatted": ssn_half_formatted,
    "email/v13-hyphen-spelled": email_hyphen_spelled, "email/v13-asked-in-parts": email_asked_in_parts,
    "email/v13-keyboard-names": email_keyboard_names, "email/v13-no-apostrophe": email_no_apostrophe,
    "email/v13-chat-typo-star": email_chat_typo_star, "email/v13-nickname-local": email_nickname_local,
    "email/v13-two-addresses": email_two_addresses, "email/v13-ca-nz-isps": email_ca_nz_isps,
    "email/v13-spaced-formatting": email_spaced_formatting, "email/v13-work-domain-words": email_work_domain_words,
    "email/v13-accent-clarified": email_accent_clarified,
    "phone/v13-belgian-swiss": phone_belgian_swiss, "phone/v13-old-and-new": phone_old_and_new,
    "phone/v13-with-best-time": phone_with_best_time, "phone/v13-irish-landline": phone_irish_landline,
    "phone/v13-indian-std": phone_indian_std, "phone/v13-german-vorwahl": phone_german_vorwahl,
    "phone/v13-dutch-area-pairs": phone_dutch_area_pairs, "phone/v13-caller-id-check": phone_caller_id_check,
    "phone/v13-second-contact": phone_second_contact, "phone/v13-plus-in-language": phone_plus_in_language,
    "phone/v13-nz-mobile": phone_nz_mobile, "phone/v13-quebec-french": phone_quebec_french,
    "phone/v13-from-abroad": phone_from_abroad,
    "iban/v13-uk-after-sort-code": iban_uk_after_sort_code, "iban/v13-fintech": iban_fintech,
    "iban/v13-spanish-ccc": iban_spanish_ccc, "iban/v13-french-rib": iban_french_rib,
    "iban/v13-portuguese-letters": iban_portuguese_letters, "iban/v13-belgian": iban_belgian,
    "iban/v13-alpine-said": iban_alpine_said, "iban/v13-app-paste": iban_app_paste,
    "iban/v13-german-dann": iban_german_dann,
    "nino/v13-adhoc-spelling": nino_adhoc_spelling, "nino/v13-nought-pension": nino_nought_pension,
    "nino/v13-agent-nato-readback": nino_agent_nato_readback, "nino/v13-hmrc-ivr": nino_hmrc_ivr,
    "nino/v13-with-dob": nino_with_dob,
    "dni/v13-catalan": dni_catalan, "dni/v13-for-invoice": dni_for_invoice, "dni/v13-galician": dni_galician,
    "nie/v13-expat-english": nie_expat_english, "nie/v13-passport-first": nie_passport_first,
    "nie/v13-resident-languages": nie_resident_languages,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v13-app-paste", "ssn/v13-chat-after-masked", "email/v13-chat-typo-star", "iban/v13-app-paste"]
SPOKEN = ["card/v13-french-pairs", "card/v13-german-pairs", "card/v13-teen-or-ty", "dni/v13-catalan",
          "ssn/v13-spanish-hundreds", "email/v13-keyboard-names", "email/v13-no-apostrophe",
          "email/v13-nickname-local", "email/v13-ca-nz-isps", "email/v13-work-domain-words",
          "email/v13-accent-clarified", "email/v13-hyphen-spelled", "phone/v13-belgian-swiss",
          "phone/v13-dutch-area-pairs", "phone/v13-plus-in-language", "phone/v13-quebec-french", "iban/v13-spanish-ccc",
          "iban/v13-french-rib", "iban/v13-portuguese-letters", "iban/v13-belgian", "iban/v13-alpine-said",
          "iban/v13-german-dann", "dni/v13-galician",
          "nie/v13-resident-languages"]

NEGATIVE_FAMILIES = {
    "negative/v13-otp-codes": _otp_codes, "negative/v13-payment-confirmations": _payment_confirmations,
    "negative/v13-relayed-references": _relayed_references, "negative/v13-other-expiries": _other_expiries,
    "negative/v13-short-numbers": _short_numbers, "negative/v13-meter-readings": _meter_readings,
    "negative/v13-handles-websites": _handles_websites, "negative/v13-invalid-phones": _invalid_phones,
    "negative/v13-bank-details-not-iban": _bank_details_not_iban, "negative/v13-hmrc-references": _hmrc_references,
    "negative/v13-spanish-references": _spanish_references,
    "negative/v13-european-numbers-said": _european_numbers_said, "negative/v13-queue-and-menu": _queue_and_menu,
    "negative/v13-gift-voucher-codes": _gift_voucher_codes,
    "negative/v13-catalan-galician-talk": _catalan_galician_talk,
}
# The look-alikes' form, as the markup batch gives its: what they are written as, not a default.
NEGATIVE_TYPED = ["negative/v13-payment-confirmations", "negative/v13-hmrc-references",
                  "negative/v13-spanish-references", "negative/v13-gift-voucher-codes"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out
