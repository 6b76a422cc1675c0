"""The sixteenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format, their
labelling conventions and to avoid their phrasings.

New here, besides new contexts for every type: an agent reading a value back a chunk a segment, each chunk a question,
the caller's "yes" (or "sí", "oui", "ja", "sì", "sim", "tak") in a segment of its own between; voice bots and IVRs that
miss a value and ask again, read back what they heard, take a callback number, a payee's IBAN, a date of birth in seven
languages or autopay details, and hand the caller to an agent who reads the card off the screen; speakers putting a
group right mid-value (a misread group, two digits swapped, a wrong letter, in English, Spanish and Italian); values
spread over several turns (questions between, an app logging out, a number looked up, the NIE's letters asked apart,
an address's ending asked for); values inside long narrative turns beside amounts, dates, years, orders and employers;
speech engines' artefacts: pairs written half as numerals and half as words, digit words in title case with the letter
O for zero, a segment ended in the middle of a group, a stammer written as heard ("f-f-four"), the letters of a NINO
glued to its digits, odd capitals in a half-formatted address, ordinals as numerals in a date of birth; round phone
numbers said as hundreds or thousands; speakers of Scottish, Irish, Welsh, Geordie, Australian, New Zealand, South
African, Indian, Nigerian and Singaporean English, second-language speakers ("after that", "next", a digit slipping into
their first language, a year before the month, letters spelled "like" a word), and Spanish, Portuguese, Italian,
French, German, Dutch and Polish speakers.

Labelling follows the fifteenth's: a label covers what is said of the value, with fillers, joiners and a correction
inside the run (the wrong part named with `drop=` for the reading); naming words outside; one label per segment piece
(a value said or read back in chunks, or over turns, is labelled piece by piece and read back whole with
`Said.joint`); an agent's and a bot's read-back are labelled as the caller's is, and so is a caller's whole value with
a wrong group before they correct it alone (the correction alone is not). EVERY sensitive value said is labelled, a
date of birth (DATE_OF_BIRTH), a US account number (US_BANK_NUMBER, with its ABA_ROUTING_NUMBER) and a phone number
included, wherever they are said beside the value asked for; a card's last four said alone, a masked value, a
password's characters, an order, invoice, policy, tracking, booking or member number, a SKU, an extension, a room, a
one-time reference, an amount, a time and a date that is not a birth are not. Each label is checked as it is made
(`Said.verify`): its characters are exactly the text meant, with no space or punctuation at its ends, and where a
family gives the value the label's reading (this batch's `reads`: the fifteenth's tables with hundreds and thousands
of a phone's last four, more fillers, "like" before a word that spells a letter, hyphen-joined digit words apart, two
languages at once for a slip, the letter O as zero where asked; `email_reads`: the fifteenth's or thirteenth's, with
letters spelled "like" or "from" a word) gives back that value. Dates of birth and expiries said year first are
checked for their place only. Every value is valid where a validator exists (seventh_families' validators).

The whole batch is held out (`held_out`). Family names carry "v16-"."""

import random
import re

import fifteenth_families as t15
import fourteenth_families as t14
import thirteenth_families as t13
import twelfth_families as t12
from blind_batch import BlindBatch
from eleventh_families import amex, card16, card_groups, fours, month_year
from faker import Faker
from seventh_families import (
    a_nie,
    a_nif,
    a_nino,
    a_ssn,
    a_us_phone,
    phone_ok,
    ssn_ok,
    tens,
)
from speech import WORDS
from speech import groups as grp
from twelfth_families import ES_LETTERS, IT_CITIES, spoken_doubles

run, pairs14 = t14.run, t14.pairs14
MONTHS = t14.MONTHS
MONTH_NAMES = t14.MONTH_NAMES


# Reading labels back ----------------------------------------------------------------------------------------
def _tables() -> dict[str, dict[tuple[str, ...], str]]:
    out = {lang: dict(table) for lang, table in t15.PHRASES.items()}
    for n in range(10, 100):
        out["en"][(tens(n), "hundred")] = str(n * 100)  # "twenty-one hundred": 2100
    for d in range(1, 10):
        out["en"][(WORDS[d], "thousand")] = str(d * 1000)
    return out


PHRASES = _tables()
FILLERS = {lang: set(f) for lang, f in t15.FILLERS.items()}
FILLERS["en"] |= {"yeah", "like", "after", "that", "next", "so", "okay"}
FILLERS["es"] |= {"vale", "luego"}
FILLERS["de"] |= {"genau", "danach"}
FILLERS["fr"] |= {"ensuite", "alors"}
JOINERS = {"en": {"for", "like"}, "it": {"come"}}
LONGEST = max(len(k) for table in PHRASES.values() for k in table)
_MERGED: dict[str, tuple[dict, set]] = {}
CHAIN = set(WORDS) | {"oh", "double", "triple", "nought"}


def _table(lang: str) -> tuple[dict[tuple[str, ...], str], set[str]]:
    """The table and fillers of `lang`, or of several languages at once ("en|de": a slip into another's digits)."""
    if lang not in _MERGED:
        table: dict[tuple[str, ...], str] = {}
        fillers: set[str] = set()
        for one in lang.split("|"):
            table |= PHRASES[one]
            fillers |= FILLERS[one]
        _MERGED[lang] = (table, fillers)
    return _MERGED[lang]


def _unchain(text: str) -> str:
    """Digit words an engine joined with hyphens ("four-five-three", "double-seven") as words apart."""
    def fix(m: re.Match) -> str:
        parts = m.group().split("-")
        return " ".join(parts) if all(p.lower() in CHAIN for p in parts) else m.group()
    return re.sub(r"[^\W\d_]+(?:-[^\W\d_]+)+", fix, text)


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters: the fifteenth's reading with this batch's tables (hundreds
    and thousands of a phone's last four, more fillers, "like" before a word that spells a letter), digit words
    joined by hyphens taken apart, and where `lang` ends in "+o" an engine's letter O read as a zero."""
    lang, _, flags = lang.partition("+")
    text = _unchain(t13.unhyphen_letters(text))
    if "o" in flags:
        text = re.sub(r"\b[Oo]\b", "oh", text)
    table, fillers = _table(lang)
    found = list(t12.TOKEN.finditer(text))
    tokens = [t.group() for t in found]
    joiners = set().union(*(JOINERS.get(one, set()) for one in lang.split("|")))
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
        if token.isupper() and 2 <= len(token) <= 4:  # letters typed together ("EN"), not a letter's name
            out.append(token * times)
            times, i = 1, i + 1
            continue
        if low in t12.MULTIPLIERS:
            times, i = t12.MULTIPLIERS[low], i + 1
            continue
        if low in joiners and i + 1 < len(tokens) and out and tokens[i + 1][0].upper() == out[-1][-1]:
            i += 2  # "G like George": the word repeats the letter
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


SPELLED_LIKE = re.compile(r"\b([a-z])\s+(?:like|from)\s+([^\W\d_][\w'-]*)")


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label as the address it gives: the fifteenth's reading (or, where `lang` ends in "+n", the
    thirteenth's, which reads two-digit numbers too), with a letter spelled "like" or "from" a word read as the
    letter."""
    lang, _, flags = lang.partition("+")
    if "@" not in text:
        text = SPELLED_LIKE.sub(lambda m: m.group(1) if m.group(2)[0].lower() == m.group(1) else m.group(0),
                                text.lower())
    return t13.email_reads(text, lang) if "n" in flags else t15.email_reads(text, lang)


class Said(t15.Said):
    """The twelfth's utterance that checks its labels, reading them with this batch's tables."""

    @staticmethod
    def _read(type_: str, text: str, lang: str, drop: tuple[str, ...]) -> str:
        for piece in drop:
            assert piece in text, (piece, text)
            text = text.replace(piece, " ", 1)
        return email_reads(text, lang) if type_ == "EMAIL_ADDRESS" else reads(text, lang)


# How these callers, agents and bots say things -------------------------------------------------------------
YES = ["Yes.", "Yep.", "Yeah.", "Mhm, yes.", "That's right.", "Correct.", "Yes, that's it.", "Uh-huh."]
YES_OF = {"en": YES, "es": ["Sí.", "Eso es.", "Sí, sí.", "Correcto."], "fr": ["Oui.", "C'est ça.", "Oui, voilà."],
          "de": ["Ja.", "Genau.", "Ja, richtig.", "Stimmt."], "it": ["Sì.", "Esatto.", "Sì, sì.", "Giusto."],
          "nl": ["Ja.", "Klopt.", "Ja, dat klopt."], "pt": ["Sim.", "Isso.", "Exato.", "Sim, sim."],
          "pl": ["Tak.", "Zgadza się.", "Tak, tak."]}
READ_BACK = ["Let me read that back. ", "Okay, just to confirm, ", "Right, so I've got ",
             "Let me make sure I have it. ",
             "Bear with me, I'll read it back in bits. "]
NEXT_BIT = ["", "Then ", "And then ", "Next, ", "After that, "]
ASKED = ["?", "...?", ", yes?", ", is that right?"]
BOT = ["", "Virtual agent: ", "Assistant: ", "[bot] ", "Voice assistant: "]
BOT_YES = ["Yes.", "Yes please.", "Yeah, that's right.", "Correct.", "Yep, that's it."]
DIALECT = {"scottish": ["Aye, nae bother, it's ", "Aye, so it's ", "Right, hen, it's "],
           "irish": ["Ah sure look, it's ", "Grand, so it's ", "Go way, hang on... it's "],
           "australian": ["Yeah nah, hang on, here it is: ", "No worries, it's ", "Righto, it's "],
           "kiwi": ["Yeah, sweet as, it's ", "Chur, so it's "], "south_african": ["Ja, it's ", "Ja no, okay, it's "],
           "indian": ["Please note, it is ", "I am telling, it is ", "Number is coming, "],
           "nigerian": ["Okay o, it's ", "Please take it down, "], "singaporean": ["Okay lah, it's ", "Can, it's "]}
NON_NATIVE_LANGS = ["de", "fr", "es", "it", "nl", "pl", "pt"]


def a_card(fake: Faker, rng: random.Random, amex_share: float = 0.2) -> str:
    return amex(fake) if rng.random() < amex_share else card16(fake, rng)


def en_group(g: str, rng: random.Random) -> str:
    return run(g, "en", rng.choice(["oh", "zero"]))


def chunked(u: Said, type_: str, pieces: list[tuple[str, str]], value: str, rng: random.Random, lang: str = "en",
            opener: str | None = None, nexts: list[str] | None = None, asked: list[str] | None = None,
            yeses: list[str] | None = None, reading: str | None = None) -> Said:
    """The agent reads a value back a chunk a segment, each a question, the caller saying yes between: each chunk
    labelled, read back whole."""
    yeses = yeses or YES_OF.get(lang.split("|")[0].split("+")[0], YES)
    u.turn().say(opener if opener is not None else rng.choice(READ_BACK))
    for k, (text, val) in enumerate(pieces):
        if k:
            u.turn().say(rng.choice(nexts if nexts is not None else NEXT_BIT))
        u.entity(type_, text, val, reading or lang).say(rng.choice(asked or ASKED)).turn().say(rng.choice(yeses))
    return u.joint(len(pieces), value)


def mixed_pairs(g: str, rng: random.Random) -> str:
    """A group in pairs as an engine writes a speaker's pairs: some as numerals, some as words ("45 thirty-nine")."""
    out = []
    for i in range(0, len(g), 2):
        p = g[i:i + 2]
        if rng.random() < 0.5:
            out.append(p)
        elif len(p) == 1 or p[0] == "0":
            out.append(run(p, "en", "oh"))
        else:
            out.append(tens(int(p)))
    return " ".join(out)


def mixed_pairs_value(gs: list[str], rng: random.Random, sep: str = ", ") -> str:
    while True:
        text = sep.join(mixed_pairs(g, rng) for g in gs)
        if re.search(r"\d", text) and re.search(r"[a-z]", text):
            return text


def title_o(g: str, rng: random.Random) -> str:
    """Digit words as an engine writes them in title case, the zero as the letter O."""
    return " ".join("O" if c == "0" else WORDS[int(c)].capitalize() for c in g)


def wrong_digits(g: str, rng: random.Random) -> str:
    """The group with one digit misread."""
    k = rng.randrange(len(g))
    return g[:k] + str((int(g[k]) + rng.randint(1, 9)) % 10) + g[k + 1:]


MISREAD = ["hold on, I misread that,", "argh, no, my eyes,", "make that", "ugh, the light's bad, it's",
           "hang about, that should be", "no no, I read it upside down,"]


def stutter(word: str, rng: random.Random) -> tuple[str, str]:
    """A digit word stammered ("f-f-five"): the text, and the stammer to take out when it is read."""
    head = word[0] if word[:2] not in ("th", "sh") else word[:2]
    lead = "-".join([head] * rng.randint(1, 2)) + "-"
    return lead + word, lead


def stuttered(gs: list[str], rng: random.Random, sep: str = ", ") -> tuple[str, tuple[str, ...]]:
    """Groups digit by digit with one to three words stammered; the text and the stammers."""
    words_ = [[WORDS[int(c)] if c != "0" else "oh" for c in g] for g in gs]
    flat = [(i, j) for i, w in enumerate(words_) for j in range(len(w))]
    drops = []
    for i, j in sorted(rng.sample(flat, rng.randint(1, 3))):
        words_[i][j], lead = stutter(words_[i][j], rng)
        drops.append(lead)
    return sep.join(" ".join(w) for w in words_), tuple(drops)


def narrative(rng: random.Random, fake: Faker) -> dict[str, str]:
    """Bits of a caller's story: a shop, a day, an amount, a year, a name."""
    return {"shop": rng.choice(["the Tesco on the high street", "Walmart", "the petrol station", "Lidl",
                                "a little café",
                                "the pharmacy", "Target", "the garden centre", "an online shop"]),
            "day": rng.choice(["Monday", "Tuesday", "last Wednesday", "Thursday night", "on the weekend", "Friday"]),
            "amount": t15.amount(rng), "year": str(rng.randint(2009, 2024)),
            "name": fake["en_GB"].first_name(), "hours": str(rng.randint(2, 5))}


# Cards ------------------------------------------------------------------------------------------------------
def card_voice_bot_retry(fake: Faker, rng: random.Random) -> Said:
    """A voice bot asks for the card, misses it, asks again a few digits at a time and reads back what it heard. The
    caller's two readings and the bot's labelled."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    tag = rng.choice(BOT)
    u = Said().say(tag + rng.choice(["To pay by card, please say the long number on the front of your card.",
                                     "Okay, let's take that payment. What's the card number?"])).turn()
    u.say(rng.choice(["Um, ", "Yeah it's ", "", "Okay. "])).entity(
        "CREDIT_CARD", " ".join(en_group(g, rng) for g in gs), d).turn()
    u.say(tag + rng.choice(["Sorry, I didn't quite get that. Let's try a few digits at a time, nice and slowly.",
                            "Hmm, I missed some of that. Could you say it again, pausing after every four digits?"]))
    u.turn().say(rng.choice(["", "Okay. ", "Ugh. Fine. ", "Right... "]))
    u.entity("CREDIT_CARD", "... ".join(en_group(g, rng) for g in gs), d).say(rng.choice(["", ".", "..."])).turn()
    u.say(tag + rng.choice(["Thanks. I heard ", "Got it. That's ", "Okay, I have "]))
    u.entity("CREDIT_CARD", rng.choice(["-".join(gs), " ".join(gs), ", ".join(gs)]), d)
    u.say(rng.choice([". Is that right?", ". Did I get that right?", ". Say yes or no."])).turn()
    return u.say(rng.choice(BOT_YES))


def card_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """The caller says the card in one go; the agent reads it back a group a segment, the caller saying yes between;
    then the expiry."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    u = Said().say(rng.choice(["It's ", "Okay, it's ", "", "Sure, "])).entity("CREDIT_CARD", t15.said_card(d, rng), d)
    u.say(rng.choice([".", "", ", got that?"]))
    chunked(u, "CREDIT_CARD", [(rng.choice([g, en_group(g, rng)]), g) for g in gs], d, rng)
    u.turn().say(rng.choice(["Lovely. And when does it expire?", "Perfect. The expiry date?"])).turn()
    exp, exp_v = t15.expiry(rng)
    return u.entity("CARD_EXPIRY", exp, exp_v).say(rng.choice([".", "", ", I think."]))


def card_misread_corrected(fake: Faker, rng: random.Random) -> Said:
    """A group misread and put right in the run ("..., hold on, I misread that, ..."): one label, the wrong part
    named."""
    d = card16(fake, rng)
    gs = fours(d)
    k = rng.randrange(4)
    wrong, marker = wrong_digits(gs[k], rng), rng.choice(MISREAD)
    parts, drop = [], ()
    for i, g in enumerate(gs):
        said_ = en_group(g, rng)
        if i == k:
            false = f"{en_group(wrong, rng)}, {marker}"
            drop = (false,)
            said_ = f"{false} {said_}"
        parts.append(said_)
    u = Said().say(rng.choice(["Okay, reading it off the card now: ", "It's ", "Right, ", "The number's "]))
    return u.entity("CREDIT_CARD", ", ".join(parts), d, drop=drop).say(rng.choice([".", "", ". Sorry about that."]))


def card_narrative_declined(fake: Faker, rng: random.Random) -> Said:
    """The card inside a long turn about a declined payment, with an amount, a day and a year beside it."""
    d = a_card(fake, rng)
    n = narrative(rng, fake)
    u = Said().say(rng.choice([
        f"So basically I was at {n['shop']} {n['day']} trying to pay {n['amount']} and it just got declined, which is "
        "mad because there's money in there. Anyway, the card is ",
        f"Right, long story, I tried to buy something online {n['day']}, {n['amount']}, and the page said payment "
        "failed, then I got a text saying suspicious activity, so, um, the card in question is ",
        f"I've been on hold for {n['hours']} hours, honestly. My card got blocked at {n['shop']}, it was only "
        f"{n['amount']}. The number on it is "]))
    u.entity("CREDIT_CARD", t15.said_card(d, rng), d)
    return u.say(rng.choice([f", and I've had it since {n['year']}, never once had a problem with it.",
                             ". My daughter says it's probably fraud but I don't think so.",
                             f", and it's the one I use for everything, since like {n['year']}."]))


def card_pair_numeral_mix(fake: Faker, rng: random.Random) -> Said:
    """The caller reads the number in pairs; the engine writes some pairs as numerals and some as words."""
    d = card16(fake, rng)
    u = Said().say(rng.choice(["I'll do it in twos. ", "Okay, it's ", "Card number ", ""]))
    return u.entity("CREDIT_CARD", mixed_pairs_value(fours(d), rng, rng.choice([", ", " ", ". "])), d).say(
        rng.choice([".", "", " okay"]))


def card_engine_title_case(fake: Faker, rng: random.Random) -> Said:
    """An engine writing each digit word in title case with the zero as the letter O, full stops at the pauses."""
    d = card16(fake, rng)
    while "0" not in d:
        d = card16(fake, rng)
    text = rng.choice([". ", ", ", " "]).join(title_o(g, rng) for g in fours(d))
    u = Said().say(rng.choice(["Yes. It Is ", "Okay. The Card Number Is ", "Sure. ", ""]))
    return u.entity("CREDIT_CARD", text, d, "en+o").say(rng.choice([".", "", ". Thank You."]))


def card_nonnative_after(fake: Faker, rng: random.Random) -> Said:
    """A caller whose English is a second language joins the groups with "after that", "next" and "then after"."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    text = run(gs[0], "en", "zero")
    for g in gs[1:]:
        text += f", {rng.choice(['after that', 'next', 'then after', 'after'])} {run(g, 'en', 'zero')}"
    u = Said().say(rng.choice(["I am telling you the number, ", "Card number is coming, please note. ",
                               "Okay, the number is: ", "Please write, "]))
    return u.entity("CREDIT_CARD", text, d).say(rng.choice([".", "", ". Finish.", ". That is all."]))


def card_bot_handoff_recap(fake: Faker, rng: random.Random) -> Said:
    """The caller gave the card to a bot, then was handed to an agent who reads it and the expiry off the screen; the
    caller gives the code to the agent. All labelled."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    code = t13.code_for(d, rng)
    tag = rng.choice(BOT)
    u = Said().say(tag + "Please say your card number.").turn().entity("CREDIT_CARD", t15.said_card(d, rng), d).turn()
    u.say(tag + "And the expiry date, month and year?").turn()
    u.entity("CARD_EXPIRY", f"{run(f'{month:02d}', 'en', 'oh')} {tens(yy)}", f"{month:02d}{yy}").turn()
    u.say(tag + rng.choice(["Thanks. I'm transferring you to someone who can help.",
                            "Please hold while I connect you."]))
    u.turn().say(rng.choice(["Hi there, thanks for holding. I can see you gave our assistant the card ",
                             "Hello! So the system's passed over the card "]))
    u.entity("CREDIT_CARD", " ".join(card_groups(d)), d).say(", expiring ")
    u.entity("CARD_EXPIRY", f"{month:02d}/{yy}", f"{month:02d}{yy}").say(". Is that the one?").turn()
    u.say(rng.choice(["Yes, that's it.", "Yep."])).turn().say("Great, and the security code?").turn()
    return u.entity("CARD_SECURITY_CODE", rng.choice([code, run(code)]), code).say(rng.choice([".", ""]))


def card_over_turns_questions(fake: Faker, rng: random.Random) -> Said:
    """The card given over three turns, the agent asking something else between (debit or credit, whose it is).
    Each piece labelled, read back whole."""
    d = card16(fake, rng)
    runs = t14.split_runs(fours(d), rng, 3)
    def said_run(r: list[str]) -> str:
        return ", ".join(rng.choice([g, en_group(g, rng)]) for g in r)
    u = Said().say(rng.choice(["Okay so it starts ", "First bit is ", "It's "])).entity(
        "CREDIT_CARD", said_run(runs[0]), "".join(runs[0])).turn()
    u.say(rng.choice(["Sorry, before you go on, is that a debit or a credit card?",
                      "Just quickly, is the card in your name?"])).turn()
    u.say(rng.choice(["Debit. Then it's ", "Yes, mine. Then ", "Credit. Where was I... "])).entity(
        "CREDIT_CARD", said_run(runs[1]), "".join(runs[1])).turn()
    u.say(rng.choice(["Okay.", "Mhm, keep going.", "Got that."])).turn()
    u.say(rng.choice(["And the last bit, ", "Then ", ""])).entity("CREDIT_CARD", said_run(runs[2]), "".join(runs[2]))
    return u.joint(3, d).say(rng.choice([".", ""]))


def card_dialect_fillers(fake: Faker, rng: random.Random) -> Said:
    """Scottish, Irish, Australian, New Zealand, South African, Indian, Nigerian and Singaporean callers, their
    fillers around the number and "like", "yeah" or "so" inside it."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    who = rng.choice(list(DIALECT))
    zero = "nought" if who in ("scottish", "irish") and rng.random() < 0.4 else "oh"
    text = run(gs[0], "en", zero)
    for g in gs[1:]:
        text += rng.choice([", ", ", like, ", ", yeah, ", " so ", " "]) + run(g, "en", zero)
    u = Said().say(rng.choice(DIALECT[who])).entity("CREDIT_CARD", text, d)
    return u.say(rng.choice([".", "", ", so it is.", ", mate.", " lah.", ", ja."]))


def card_expiry_year_first(fake: Faker, rng: random.Random) -> Said:
    """A caller who says dates year first gives the expiry that way ("2029 year, 8 month", "twenty-nine, August");
    the code after."""
    d = a_card(fake, rng)
    month, yy = month_year(rng)
    code = t13.code_for(d, rng)
    exp = rng.choice([f"20{yy} year, {month} month", f"{tens(yy)}, {MONTHS[month - 1]}",
                      f"year {tens(yy)}, month {run(f'{month:02d}')}", f"{yy}/{month:02d}", f"20{yy}, {month:02d}"])
    u = Said().say("The card is ").entity("CREDIT_CARD", t15.said_card(d, rng), d).say(".").turn()
    u.say(rng.choice(["And expiry?", "Expiry date please?"])).turn()
    u.say(rng.choice(["Expiry is ", "It is ", ""])).entity("CARD_EXPIRY", exp).say(".").turn()
    u.say(rng.choice(["Sorry, so that's month and year...?", "Okay. And the code on the back?"])).turn()
    return u.say(rng.choice(["Yes. Code is ", "Code is ", "Back side, "])).entity(
        "CARD_SECURITY_CODE", rng.choice([code, run(code, "en", "zero")]), code).say(".")


def card_code_digit_per_turn(fake: Faker, rng: random.Random) -> Said:
    """The code read a digit at a time off a worn card, the agent's "yep" between: each digit labelled, read back
    whole."""
    d = a_card(fake, rng)
    code = t13.code_for(d, rng)
    u = Said().say(rng.choice(["It's ", ""])).entity("CREDIT_CARD", t15.said_card(d, rng), d).say(".").turn()
    u.say(rng.choice(["And the security code?", "Thanks. The three digits on the back?" if len(code) == 3
                      else "And the four digits on the front, above the number?"])).turn()
    u.say(rng.choice(["It's really rubbed off... ", "Hang on, I need my glasses. ", "Okay, "]))
    for k, c in enumerate(code):
        if k:
            u.turn().say(rng.choice(["Yep.", "Mhm.", "Okay.", "Go on."])).turn()
        u.entity("CARD_SECURITY_CODE", rng.choice([c, WORDS[int(c)]]), c).say(rng.choice(["...", ".", ""]))
    return u.joint(len(code), code)


def card_native_digit_slip(fake: Faker, rng: random.Random) -> Said:
    """A caller reading in English slips into their first language's word for a digit or two, and goes on."""
    d = card16(fake, rng)
    lang = rng.choice(NON_NATIVE_LANGS)
    slips = set(rng.sample(range(16), rng.randint(1, 2)))
    gs = fours(d)
    parts = []
    for i, g in enumerate(gs):
        parts.append(" ".join(run(c, lang) if 4 * i + j in slips else run(c, "en", "zero") for j, c in enumerate(g)))
    u = Said().say(rng.choice(["The number, ", "It is ", "Okay, my card: "]))
    return u.entity("CREDIT_CARD", ", ".join(parts), d, f"en|{lang}").say(rng.choice([".", "", ", sorry, my English."]))


def card_business_and_personal(fake: Faker, rng: random.Random) -> Said:
    """Two cards in full: the business one for the invoice and the personal one for the rest, each with its
    expiry. All labelled."""
    a, b = a_card(fake, rng), a_card(fake, rng)
    (ea, eav), (eb, ebv) = t15.expiry(rng), t15.expiry(rng)
    u = Said().say(rng.choice(["Put the invoice on the business card, that's ",
                               "The company card's for the invoice: "]))
    u.entity("CREDIT_CARD", t15.said_card(a, rng), a).say(rng.choice([", expiring ", ", exp ", ", good till "]))
    u.entity("CARD_EXPIRY", ea, eav).say(". ").turn()
    u.say(rng.choice(["Okay. And the rest?", "Got it, and the deposit?"]))
    u.turn().say(rng.choice(["That goes on my own card, ", "My personal one, "])).entity(
        "CREDIT_CARD", t15.said_card(b, rng), b)
    return u.say(rng.choice([", which expires ", ", expiry "])).entity("CARD_EXPIRY", eb, ebv).say(".")


# SSNs -------------------------------------------------------------------------------------------------------
def ssn_groups(d: str) -> list[str]:
    return grp(d, [3, 2, 4])


def ssn_voice_bot_readback(fake: Faker, rng: random.Random) -> Said:
    """A benefits line's voice bot takes the SSN and reads back what it heard; both labelled."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    tag = rng.choice(BOT)
    u = Said().say(tag + rng.choice(["In a few words, tell me why you're calling.",
                                     "Welcome. How can I help you today?"])).turn()
    u.say(rng.choice(["Check on my benefits.", "I need to update my address.", "Payment status."])).turn()
    u.say(tag + rng.choice(["Sure. First, I need to verify your identity. Please say your Social Security number.",
                            "I can help with that. What's your Social Security number?"])).turn()
    u.entity("US_SSN", rng.choice([", ".join(en_group(g, rng) for g in gs), " ".join(en_group(g, rng) for g in gs)]),
             d).turn()
    u.say(tag + rng.choice(["I heard ", "Thanks. I have ", "Okay, that's "])).entity(
        "US_SSN", rng.choice(["-".join(gs), " ".join(gs), ", ".join(" ".join(g) for g in gs)]), d)
    return u.say(rng.choice([". Is that right?", ". Did I get that right?"])).turn().say(rng.choice(BOT_YES))


def ssn_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """The agent reads the SSN back in its three parts, a segment each, the caller saying yes between."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    u = Said().say(rng.choice(["And your social?", "Can I get the Social Security number on the account?"])).turn()
    u.entity("US_SSN", rng.choice(["-".join(gs), ", ".join(en_group(g, rng) for g in gs)]), d).say(".")
    return chunked(u, "US_SSN", [(rng.choice([g, en_group(g, rng)]), g) for g in gs], d, rng)


def ssn_wrong_then_fixed(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the SSN with the middle two wrong, puts them right alone (not labelled), and the agent reads
    the whole corrected number back. Both whole numbers labelled."""
    d = a_ssn(fake)
    while not ssn_ok(bad := d[:3] + wrong_digits(d[3:5], rng) + d[5:]):
        pass
    u = Said().say(rng.choice(["My social is ", "It's "])).entity(
        "US_SSN", ", ".join(en_group(g, rng) for g in ssn_groups(bad)), bad).say(".").turn()
    u.say(rng.choice(["Okay, one moment...", "Let me pull that up."])).turn()
    u.say(rng.choice([f"Oh wait, no, the middle two are {run(d[3:5])}, not {run(bad[3:5])}. Sorry.",
                      f"Actually, sorry, I mixed up the middle. It's {run(d[3:5])} in the middle."])).turn()
    u.say(rng.choice(["No problem. So that's ", "Okay, so the full number is "])).entity(
        "US_SSN", rng.choice(["-".join(ssn_groups(d)), ", ".join(en_group(g, rng) for g in ssn_groups(d))]), d)
    return u.say("?").turn().say(rng.choice(YES))


def ssn_narrative_tax(fake: Faker, rng: random.Random) -> Said:
    """The SSN inside a long turn about a tax return, with a year, an amount and an employer beside it."""
    d = a_ssn(fake)
    n = narrative(rng, fake)
    company = fake["en_US"].company()
    u = Said().say(rng.choice([
        f"So my accountant filed in March, I had my W-2 from {company}, and now the IRS letter says the number doesn't "
        "match, which makes no sense because I've used the same number my whole life, it's ",
        f"I worked at {company} since {n['year']} and they keep saying my refund of {n['amount']} is on hold. They "
        "asked me to confirm my social, so it's "]))
    u.entity("US_SSN", rng.choice(["-".join(ssn_groups(d)), ", ".join(en_group(g, rng) for g in ssn_groups(d))]), d)
    return u.say(rng.choice([", and honestly I just want to know what's going on.", ". Can you see anything?",
                             ", and my wife says we should've used TurboTax."]))


def ssn_stammered(fake: Faker, rng: random.Random) -> Said:
    """A caller with a stammer: a few digit words begun again ("f-f-five"), written as the engine heard them."""
    d = a_ssn(fake)
    text, drops = stuttered(ssn_groups(d), rng)
    u = Said().say(rng.choice(["It's ", "My s-social is ", "Okay. "]))
    return u.entity("US_SSN", text, d, drop=drops).say(rng.choice([".", ""]))


def ssn_engine_segment_cut(fake: Faker, rng: random.Random) -> Said:
    """The engine ends a segment in the middle of a group, the caller still talking: two segments of one speaker,
    each piece labelled, read back whole."""
    d = a_ssn(fake)
    k = rng.choice([2, 4, 6, 7])
    style = rng.choice(["words", "numerals"])
    def said_(part: str) -> str:
        return run(part, "en", "zero") if style == "words" else part
    u = Said().say(rng.choice(["Yeah, it's ", "Social is ", "Sure. "])).entity("US_SSN", said_(d[:k]), d[:k]).turn()
    u.entity("US_SSN", said_(d[k:]), d[k:])
    return u.joint(2, d).say(rng.choice([".", "", ", okay?"]))


def ssn_medical_intake(fake: Faker, rng: random.Random) -> Said:
    """A clinic's front desk: the date of birth, the SSN, the insurance member ID (not labelled) and a callback
    number (labelled)."""
    d = a_ssn(fake)
    n = a_us_phone(fake)
    member = fake.bothify("???#########").upper()
    u = Said().say("Hi, I'm checking in for a two thirty.").turn()
    u.say(rng.choice(["Date of birth?", "Can I get your DOB?"]))
    u.turn().entity("DATE_OF_BIRTH", t15.a_dob(fake, rng)).say(".").turn()
    u.say(rng.choice(["And the last... actually, the full social, please, we're updating records.",
                      "Thank you. And your Social Security number, we need it for the new system."])).turn()
    u.entity("US_SSN", rng.choice(["-".join(ssn_groups(d)), ", ".join(en_group(g, rng) for g in ssn_groups(d))]), d)
    u.say(".").turn().say("Insurance member ID?").turn().say(f"It's {member}.").turn()
    u.say("And a good number to reach you?").turn()
    return u.entity("PHONE_NUMBER", t15.us_phone_text(n, rng), n).say(rng.choice([".", ", that's my cell."]))


# Phones -----------------------------------------------------------------------------------------------------
def phone_voice_bot_callback(fake: Faker, rng: random.Random) -> Said:
    """A voice bot asks whether to call back on the number the caller is on, is told no, takes another and reads it
    back."""
    region = rng.choice(["US", "US", "GB", "AU", "CA"])
    n, sizes = t14.en_local(fake, rng, region)
    gs = grp(n, sizes)
    tag = rng.choice(BOT)
    u = Said().say(tag + rng.choice(["All our agents are busy. Would you like a callback on the number you're calling "
                                     "from?", "I can have someone call you back. Is this the best number?"])).turn()
    u.say(rng.choice(["No, this is my work phone.", "No.", "Um, no, use my mobile."])).turn()
    u.say(tag + "Okay. Please say the number you'd like us to call.").turn()
    u.entity("PHONE_NUMBER", ", ".join(spoken_doubles(g, rng) if region != "US" else en_group(g, rng) for g in gs), n)
    u.turn().say(tag + rng.choice(["Thanks. I'll call you back on ", "Got it: "])).entity(
        "PHONE_NUMBER", rng.choice([" ".join(gs), ", ".join(" ".join(g) for g in gs)]), n)
    return u.say(rng.choice([". Is that correct?", ". Shall I book that?"])).turn().say(rng.choice(BOT_YES))


def phone_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """The agent reads a US, Canadian, Irish or Australian number back a part a segment, the caller saying yes
    between."""
    region = rng.choice(["US", "CA", "IE", "AU"])
    n, sizes = t14.en_local(fake, rng, region)
    gs = grp(n, sizes)
    u = Said().say(rng.choice(["Best number to reach you?", "What number should we use?"])).turn()
    u.entity("PHONE_NUMBER", t14.en_phone_said(n, sizes, region, rng), n).say(".")
    return chunked(u, "PHONE_NUMBER", [(rng.choice([g, en_group(g, rng)]), g) for g in gs], n, rng)


def phone_swapped_digits(fake: Faker, rng: random.Random) -> Said:
    """Two digits swapped and put right in the run ("..., no, I swapped those, ..."): one label, the wrong part
    named."""
    n = a_us_phone(fake)
    gs = grp(n, [3, 3, 4])
    g = gs[2]
    while g[1] == g[2]:
        n = a_us_phone(fake)
        gs = grp(n, [3, 3, 4])
        g = gs[2]
    swapped = g[0] + g[2] + g[1] + g[3]
    marker = rng.choice(["no, I swapped those,", "wait, other way round,", "no, backwards,"])
    false = f"{run(swapped, 'en', 'zero')}, {marker}"
    text = f"{run(gs[0], 'en', 'zero')}, {run(gs[1], 'en', 'zero')}, {false} {run(g, 'en', 'zero')}"
    u = Said().say(rng.choice(["My cell's ", "You can reach me at ", "It's "]))
    return u.entity("PHONE_NUMBER", text, n, drop=(false,)).say(rng.choice([".", "", ". I always do that."]))


def phone_narrative_neighbour(fake: Faker, rng: random.Random) -> Said:
    """A neighbour's number inside a turn about a parcel or a key; labelled."""
    region = rng.choice(["US", "GB", "AU", "IE"])
    n, sizes = t14.en_local(fake, rng, region)
    who = fake[{"US": "en_US", "GB": "en_GB", "AU": "en_AU", "IE": "en_IE"}[region]].first_name()
    u = Said().say(rng.choice([
        f"I won't be home {rng.choice(['Thursday', 'tomorrow', 'all week'])}, so if the driver can't get in, my "
        f"neighbour {who} at number {rng.randint(2, 90)} has a key, her number is ",
        f"The engineer can call {who} next door, they're retired so they're always in, the number's "]))
    u.entity("PHONE_NUMBER", t14.en_phone_said(n, sizes, region, rng), n)
    return u.say(rng.choice([", just say it's about the boiler.", ". Don't ring before ten though.",
                             ", and she'll let them in."]))


def phone_dialect_landline(fake: Faker, rng: random.Random) -> Said:
    """A British or Irish landline from a Scottish, Welsh, Geordie or Irish caller, with "nought", "double" and
    their fillers."""
    region = rng.choice(["GB", "GB", "IE"])
    n, formatted = t14.landline(fake, rng, region)
    gs = re.sub(r"[()]", "", formatted).split()
    who = rng.choice(["Aye, the house phone is ", "Och, it's ", "Whey aye, it's ", "Right, it's the landline, ",
                      "Tidy, it's "] if region == "GB" else ["Sure the landline is ", "The house phone, so it is "])
    zero = rng.choice(["oh", "nought"])
    text = ", ".join(run(g, "en", zero) if rng.random() < 0.5 else spoken_doubles(g, rng) for g in gs)
    u = Said().say(who).entity("PHONE_NUMBER", text, n)
    return u.say(rng.choice([".", "", ", pet.", ", like.", ", so."]))


def phone_italian_in_english(fake: Faker, rng: random.Random) -> Said:
    """An Italian, Spanish or Portuguese caller gives their home mobile in English, "zero" for nought, threes and
    pairs."""
    lang = rng.choice(["it", "es", "pt"])
    _, v, _ = t14.eu_mobile(fake, rng, lang)
    gs = grp(v, [3, 3, 4] if len(v) == 10 else [3, 3, 3])
    text = ", ".join(run(g, "en", "zero") if rng.random() < 0.6 else pairs14(g) if g[0] != "0" and len(g) % 2 == 0
                     else run(g, "en", "zero") for g in gs)
    u = Said().say(rng.choice(["My number in " + {"it": "Italy", "es": "Spain", "pt": "Portugal"}[lang] + " is ",
                               "Is a mobile, ", "Please, the number: "]))
    return u.entity("PHONE_NUMBER", text, v).say(rng.choice([".", "", ", without the prefix."]))


def phone_lookup_over_turns(fake: Faker, rng: random.Random) -> Said:
    """A caller who doesn't know their new number by heart reads it off the phone over three turns, the agent
    waiting. Each piece labelled, read back whole."""
    region = rng.choice(["US", "GB", "AU", "CA"])
    n, sizes = t14.en_local(fake, rng, region)
    gs = grp(n, [5, 3, 3] if region == "GB" else sizes)
    u = Said().say(rng.choice(["It's a new phone, I never remember it... ", "Hang on, let me look. "]))
    u.entity("PHONE_NUMBER", spoken_doubles(gs[0], rng), gs[0]).say("...").turn()
    u.say(rng.choice(["No rush.", "Take your time.", "That's fine."])).turn()
    u.say(rng.choice(["Where's the settings... okay, ", "Right, here, ", "Okay, "])).entity(
        "PHONE_NUMBER", spoken_doubles(gs[1], rng), gs[1]).turn()
    u.say(rng.choice(["Mhm.", "Yep."])).turn()
    u.entity("PHONE_NUMBER", ", ".join(spoken_doubles(g, rng) for g in gs[2:]), "".join(gs[2:]))
    return u.joint(3, n).say(rng.choice([".", ". Got it.", ""]))


def hundreds_line(fake: Faker, rng: random.Random) -> tuple[str, str]:
    """A US number whose last four are said as hundreds or thousands ("twenty-one hundred", "four thousand")."""
    while True:
        n = a_us_phone(fake)
        if rng.random() < 0.7:
            n = n[:6] + str(rng.randint(10, 99)) + "00"
            said_ = f"{tens(int(n[6:8]))} hundred"
        else:
            n = n[:6] + str(rng.randint(1, 9)) + "000"
            said_ = f"{WORDS[int(n[6])]} thousand"
        if phone_ok("1" + n):
            return n, said_


def phone_hundreds_thousands(fake: Faker, rng: random.Random) -> Said:
    """A US office number whose last four are round, said as hundreds or thousands ("five five five, twenty-one
    hundred")."""
    n, last = hundreds_line(fake, rng)
    gs = grp(n, [3, 3, 4])
    text = rng.choice([f"{en_group(gs[0], rng)}, {en_group(gs[1], rng)}, {last}", f"{gs[0]} {gs[1]}, {last}",
                       f"({gs[0]}) {gs[1]}, {last}"])
    u = Said().say(rng.choice(["The office line is ", "Call the main number, ", "Our front desk is "]))
    return u.entity("PHONE_NUMBER", text, n).say(rng.choice([".", "", ", easy to remember."]))


def phone_two_numbers_times(fake: Faker, rng: random.Random) -> Said:
    """A daytime and an evening number, with the hours to use each (not labelled). Both numbers labelled."""
    region = rng.choice(["US", "GB", "CA", "AU"])
    a, sa = t14.en_local(fake, rng, region)
    b, sb = t14.en_local(fake, rng, region)
    u = Said().say(f"During the day, so {rng.randint(8, 10)} till {rng.randint(4, 6)}, use my work one, ")
    u.entity("PHONE_NUMBER", t14.en_phone_said(a, sa, region, rng), a)
    u.say(f". After {rng.randint(5, 7)}:{rng.choice(['00', '30'])} it's better on my mobile, ")
    return u.entity("PHONE_NUMBER", t14.en_phone_said(b, sb, region, rng), b).say(
        rng.choice([".", ", but not after ten please."]))


def phone_chunked_european(fake: Faker, rng: random.Random) -> Said:
    """A Spanish, French, German, Italian, Portuguese, Dutch or Polish agent reads a mobile back in its language a
    chunk a segment, the caller saying yes in theirs between."""
    lang = rng.choice(["es", "fr", "de", "it", "pt", "nl", "pl"])
    _, v, _ = t14.eu_mobile(fake, rng, lang)
    gs = grp(v, [3, 3, 3] if len(v) == 9 else [2, 2, 2, 2, 2] if lang == "fr" else
             [4, 3, 4] if len(v) == 11 else [3, 3, 4] if len(v) == 10 else [4, 3, 3, 2])
    openers = {"es": "Le repito: ", "fr": "Je vous relis: ", "de": "Ich wiederhole: ", "it": "Le ripeto: ",
               "pt": "Vou repetir: ", "nl": "Ik herhaal even: ", "pl": "Powtarzam: "}
    intro = {"es": "Sí, es el ", "fr": "Oui, c'est le ", "de": "Ja, ", "it": "Sì, è il ", "pt": "É o ", "nl": "Het is ",
             "pl": "To jest "}[lang]
    u = Said().say(rng.choice(["", intro])).entity("PHONE_NUMBER", t14.eu_said(lang, v, rng), v, lang).say(".")
    return chunked(u, "PHONE_NUMBER", [(run(g, lang), g) for g in gs], v, rng, lang, opener=openers[lang],
                   nexts=[""], asked=["?", "..."])


# Addresses --------------------------------------------------------------------------------------------------
LIKE_WORDS = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "egg", "f": "Frank", "g": "George", "h": "house",
              "i": "igloo", "j": "Jack", "k": "king", "l": "lemon", "m": "mother", "n": "Nancy", "o": "orange",
              "p": "Peter", "q": "queen", "r": "Robert", "s": "sugar", "t": "Tom", "u": "umbrella", "v": "Victor",
              "w": "water", "x": "x-ray", "y": "yellow", "z": "zebra"}
MULTI_TLD = [("btinternet", "co.uk"), ("hotmail", "co.uk"), ("bigpond", "com.au"), ("yahoo", "co.uk"),
             ("xtra", "co.nz"), ("sky", "com"), ("optusnet", "com.au"), ("eircom", "net")]


def typed_email(fake: Faker, rng: random.Random, locale: str = "en_US") -> tuple[str, str]:
    """An address and how the caller says it."""
    return t15.spoken_email(fake, rng, locale)


def email_voice_bot(fake: Faker, rng: random.Random) -> Said:
    """A voice bot asks where to send the receipt and reads back the address as it wrote it; both labelled."""
    value, said_ = typed_email(fake, rng, rng.choice(["en_US", "en_GB", "en_AU", "en_CA"]))
    tag = rng.choice(BOT)
    u = Said().say(tag + rng.choice(["Where should I email your receipt?", "What email address should we use?"])).turn()
    u.say(rng.choice(["Um, ", "It's ", ""])).entity("EMAIL_ADDRESS", said_, value).say(".").turn()
    u.say(tag + rng.choice(["I've got ", "Thanks. I heard ", "Okay, sending it to "])).entity("EMAIL_ADDRESS", value,
                                                                                             value)
    return u.say(rng.choice([". Is that right?", ". Did I get that right?"])).turn().say(rng.choice(BOT_YES))


def email_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """The agent reads the address back in two chunks, the part before the at and the domain, the caller saying yes
    between."""
    first, last = t15.person(fake, rng.choice(["en_GB", "en_IE", "en_NZ", "en_US"]))
    domain, dsaid = rng.choice(t15.DOMAINS)
    sep, sep_said = rng.choice([(".", " dot "), ("_", " underscore "), ("", " ")])
    value = f"{first}{sep}{last}@{domain}"
    u = Said().say(rng.choice(["Email's ", "It's ", ""])).entity("EMAIL_ADDRESS", f"{first}{sep_said}{last} at {dsaid}",
                                                                 value).say(".")
    return chunked(u, "EMAIL_ADDRESS", [(f"{first}{sep_said}{last}", f"{first}{sep}{last}"), (f"at {dsaid}",
                                                                                              f"@{domain}")],
                   value, rng, opener=rng.choice(["Let me check I've got that. ", "So that's ", "Okay, "]),
                   nexts=["", "And then ", "Then "])


def email_narrative_no_mail(fake: Faker, rng: random.Random) -> Said:
    """The address inside a turn about emails that never came."""
    value, said_ = typed_email(fake, rng, rng.choice(["en_US", "en_GB", "en_IN"]))
    m = MONTHS[rng.randint(0, 11)]
    u = Said().say(rng.choice([
        f"I haven't had a single email from you since {m}, I've checked spam, junk, everything. My son set it all up, "
        "it should be going to ",
        f"The reset link never arrives. I've tried it {rng.randint(3, 9)} times today. The address on the account is ",
        "Everyone else can email me fine, my sister emails me every day, so it's not my end. It's "]))
    u.entity("EMAIL_ADDRESS", rng.choice([said_, value]), value)
    return u.say(rng.choice([", unless you've got it down wrong.", ". Can you check what you've got?",
                             ", and it's the same one I've had for years."]))


def email_engine_caps(fake: Faker, rng: random.Random) -> Said:
    """An engine's half-formatted address with odd capitals: "Sarah.Jones At Gmail.com", "sarah jones at Gmail Dot
    Com"."""
    first, last = t15.person(fake)
    domain, _ = rng.choice(t15.DOMAINS[:5])
    sep = rng.choice([".", ""])
    value = f"{first}{sep}{last}@{domain}"
    name, dom = domain.split(".", 1)
    cap = str.capitalize
    text = rng.choice([f"{cap(first)}{sep}{cap(last)} At {cap(name)}.{dom}",
                       f"{first}{' Dot ' if sep else ' '}{last} at {cap(name)} Dot {cap(dom)}",
                       f"{cap(first)}{sep}{cap(last)}@{cap(name)}.{cap(dom)}",
                       f"{first}{sep}{last} at {name}.{dom}"])
    u = Said().say(rng.choice(["Yeah. It's ", "My Email Is ", "Sure. "]))
    return u.entity("EMAIL_ADDRESS", text, value).say(rng.choice([".", ""]))


def email_spelled_like(fake: Faker, rng: random.Random) -> Said:
    """The surname spelled letter by letter, each "like" or "from" a word ("s like sugar, m from mother"), as callers
    who never learned a spelling alphabet do."""
    first, last = t15.person(fake, rng.choice(["en_US", "en_IN", "en_GB", "pl_PL", "it_IT"]))
    domain, dsaid = rng.choice(t15.DOMAINS)
    joiner = rng.choice(["like", "like", "from"])
    spelled = ", ".join(f"{c} {joiner} {LIKE_WORDS[c]}" if rng.random() < 0.6 else c for c in last)
    value = f"{first}.{last}@{domain}"
    u = Said().say(rng.choice(["My email is ", "Okay, email: ", "So it's "]))
    return u.entity("EMAIL_ADDRESS", f"{first} dot {spelled}, at {dsaid}", value).say(rng.choice([".", ""]))


def email_over_turns_domain(fake: Faker, rng: random.Random) -> Said:
    """The part before the at in one turn, the provider after the agent's question, the ending after another. Each
    piece labelled, read back whole."""
    first, last = t15.person(fake, rng.choice(["en_GB", "en_AU", "en_NZ", "en_IE"]))
    name, tld = rng.choice(MULTI_TLD)
    value = f"{first}.{last}@{name}.{tld}"
    u = Said().say("It's ").entity("EMAIL_ADDRESS", f"{first} dot {last}", f"{first}.{last}").say(".").turn()
    u.say(rng.choice(["At...?", "And what comes after the at?", "At which provider?"])).turn()
    u.entity("EMAIL_ADDRESS", f"at {name}", f"@{name}").say(".").turn()
    u.say(rng.choice(["Dot com?", "Is that dot com?"])).turn()
    u.say(rng.choice(["No, ", "Nope, it's ", "No, "])).entity("EMAIL_ADDRESS", t15.said_domain("." + tld).strip(),
                                                             "." + tld)
    return u.joint(3, value).say(rng.choice([".", ""]))


def email_year_in_local(fake: Faker, rng: random.Random) -> Said:
    """A birth year in the part before the at, said as a year ("nineteen eighty-six") or its last two."""
    first, last = t15.person(fake)
    year = rng.randint(1950, 1999)
    domain, dsaid = rng.choice(t15.DOMAINS)
    style = rng.randrange(3)
    if style == 0:
        value, said_ = f"{first}.{last}{year}@{domain}", f"{first} dot {last} {tens(year // 100)} {tens(year % 100)}"
    elif style == 1:
        value, said_ = f"{first}{year % 100}@{domain}", f"{first} {tens(year % 100)}"
    else:
        value, said_ = f"{first[0]}{last}{year}@{domain}", f"{first[0]} {last} {tens(year // 100)} {tens(year % 100)}"
    u = Said().say(rng.choice(["It's ", "Email's ", "Okay, so "]))
    return u.entity("EMAIL_ADDRESS", f"{said_} at {dsaid}", value, "en+n").say(
        rng.choice([".", "", ", the year I was born."]))


# IBANs ------------------------------------------------------------------------------------------------------
IBAN_COUNTRIES = ["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE", "AT", "PT", "PL"]


def an_iban(fake: Faker, rng: random.Random, countries: list[str] | None = None) -> str:
    return t14.an_iban14(fake, rng, rng.choice(countries or IBAN_COUNTRIES))


def iban_said(v: str, rng: random.Random) -> str:
    return ", ".join(t14.group_said(g, "en", rng) for g in fours(v))


def iban_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """The agent reads the IBAN back four characters a segment, the caller saying yes between."""
    v = an_iban(fake, rng)
    u = Said().say(rng.choice(["The IBAN is ", "Okay, IBAN: ", ""])).entity(
        "IBAN_CODE", rng.choice([iban_said(v, rng), " ".join(fours(v))]), v).say(".")
    return chunked(u, "IBAN_CODE", [(rng.choice([g, t14.group_said(g, "en", rng)]), g) for g in fours(v)], v, rng,
                   nexts=["", "", "Then "], asked=["?", ", yes?", "..."])


def iban_group_corrected(fake: Faker, rng: random.Random) -> Said:
    """A group of digits misread and put right in the run: one label, the wrong part named."""
    v = an_iban(fake, rng)
    gs = fours(v)
    k = rng.choice([i for i, g in enumerate(gs) if i and g.isdigit()])
    parts, drop = [], ()
    for i, g in enumerate(gs):
        said_ = t14.group_said(g, "en", rng, 0)
        if i == k:
            false = f"{t14.group_said(wrong_digits(g, rng), 'en', rng, 0)}, {rng.choice(MISREAD)}"
            drop = (false,)
            said_ = f"{false} {said_}"
        parts.append(said_)
    u = Said().say(rng.choice(["Right, the IBAN. ", "It's ", "Okay, "]))
    return u.entity("IBAN_CODE", ", ".join(parts), v, drop=drop).say(rng.choice([".", ""]))


def iban_narrative_refund(fake: Faker, rng: random.Random) -> Said:
    """The IBAN inside a long turn about a refund owed, with the amount, the order and a date beside it."""
    v = an_iban(fake, rng)
    order = fake.numerify("#########")
    u = Said().say(rng.choice([
        f"So I sent the sofa back on the {t15.t14_ordinal(rng.randint(1, 28))}, order {order}, and they promised me "
        f"{t15.amount(rng)} back within {rng.randint(5, 14)} days, and nothing. I've given my IBAN twice already but "
        "here it is again: ",
        f"My landlord kept the deposit, {t15.amount(rng)}, and the agency said you'd pay it out, so please put it "
        "into "]))
    u.entity("IBAN_CODE", rng.choice([" ".join(fours(v)), iban_said(v, rng)]), v)
    return u.say(rng.choice([". And please don't lose it this time.", ", that's my own account.",
                             ", same as before."]))


def iban_voice_bot(fake: Faker, rng: random.Random) -> Said:
    """A bank's voice bot takes the IBAN for a new payee and reads it back in groups; both labelled."""
    v = an_iban(fake, rng)
    tag = rng.choice(BOT)
    u = Said().say(tag + rng.choice(["Sure, let's add a new payee. What's their IBAN?",
                                     "Please say the IBAN you'd like to send money to."])).turn()
    u.entity("IBAN_CODE", iban_said(v, rng), v).turn()
    u.say(tag + rng.choice(["I heard ", "Thanks. I have "])).entity("IBAN_CODE", " ".join(fours(v)), v)
    return u.say(rng.choice([". Is that correct?", ". Should I save it?"])).turn().say(rng.choice(BOT_YES))


def iban_app_over_turns(fake: Faker, rng: random.Random) -> Said:
    """The caller reads the IBAN off a banking app that logs them out halfway; three pieces over three turns, each
    labelled, read back whole."""
    v = an_iban(fake, rng)
    runs = t14.split_runs(fours(v), rng, 3)
    def said_run(r: list[str]) -> str:
        return ", ".join(t14.group_said(g, "en", rng) for g in r)
    u = Said().say("Okay, it's ").entity("IBAN_CODE", said_run(runs[0]), "".join(runs[0])).say("... ")
    u.say(rng.choice(["oh for god's sake, the app's logged me out.", "hang on, it's asking for my face ID."])).turn()
    u.say(rng.choice(["No problem, take your time.", "That's okay."])).turn()
    u.say(rng.choice(["Right, back in. After that it's ", "Okay. So, "])).entity(
        "IBAN_CODE", said_run(runs[1]), "".join(runs[1])).turn()
    u.say(rng.choice(["Got it.", "Mhm."])).turn()
    u.entity("IBAN_CODE", said_run(runs[2]), "".join(runs[2]))
    return u.joint(3, v).say(rng.choice([".", ". That's the lot.", ""]))


def iban_pair_numeral_mix(fake: Faker, rng: random.Random) -> Said:
    """The digits read in pairs, the engine writing some as numerals and some as words; the letters as letters."""
    v = an_iban(fake, rng, ["GB", "IE", "DE", "FR", "NL", "BE", "AT"])
    while True:
        parts = [mixed_pairs(g, rng) if g.isdigit() else " ".join(g) if g.isalpha() else t14.group_said(g, "en", rng, 0)
                 for g in fours(v)]
        text = ", ".join(parts)
        if re.search(r"\d", text) and re.search(r"[a-z]", text):
            break
    u = Said().say(rng.choice(["My IBAN, ", "It's ", "Okay so "]))
    return u.entity("IBAN_CODE", text, v).say(rng.choice([".", ""]))


def iban_letters_like(fake: Faker, rng: random.Random) -> Said:
    """The letters each said "like" a word ("G like George, B like boy"), as callers do who don't know NATO."""
    v = an_iban(fake, rng, ["GB", "IE", "NL", "DE"])
    parts = []
    for g in fours(v):
        parts.append(" ".join(f"{c} like {LIKE_WORDS[c.lower()].split()[0].capitalize()}" if c.isalpha()
                              else run(c, "en", "zero") for c in g))
    u = Said().say(rng.choice(["The IBAN is ", "Okay. ", "It's "]))
    return u.entity("IBAN_CODE", ", ".join(parts), v).say(rng.choice([".", ""]))


# NINOs ------------------------------------------------------------------------------------------------------
def nino_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """The agent reads the NINO back in parts (the letters, the pairs, the last letter), the caller saying yes
    between."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["NI number is ", "It's ", ""])).entity("UK_NINO", t15.nino_said(
        v, rng, rng.choice(["names", "letters"])), v).say(".")
    pieces = [(f"{v[0]} {v[1]}", v[:2])]
    if rng.random() < 0.5:
        pieces += [(t14.uk_group(g, rng), g) for g in grp(v[2:8], [2, 2, 2])]
    else:
        pieces.append((rng.choice([v[2:8], t14.uk_group(v[2:8], rng)]), v[2:8]))
    pieces.append((v[8], v[8]))
    return chunked(u, "UK_NINO", pieces, v, rng)


def nino_letter_corrected(fake: Faker, rng: random.Random) -> Said:
    """A letter of the prefix said wrong and put right in the run: one label, the wrong part named."""
    v = a_nino(fake, rng)
    other = rng.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if c != v[1]])
    false = f"{v[0]} {other}, {rng.choice(['oops,', 'no, hang on,', 'no, not that,', 'that is wrong,'])}"
    text = f"{false} {v[0]} {v[1]}, " + ", ".join(t14.uk_group(g, rng) for g in grp(v[2:8], [2, 2, 2])) + f", {v[8]}"
    u = Said().say(rng.choice(["My national insurance is ", "It's ", "NI: "]))
    return u.entity("UK_NINO", text, v, drop=(false,)).say(rng.choice([".", ""]))


def nino_voice_bot(fake: Faker, rng: random.Random) -> Said:
    """A voice bot takes the NINO, reads it back in the typed shape; both labelled."""
    v = a_nino(fake, rng)
    tag = rng.choice(BOT)
    u = Said().say(tag + rng.choice(["Please say your National Insurance number. You'll find it on your payslip.",
                                     "To get started, what's your National Insurance number?"])).turn()
    u.entity("UK_NINO", t15.nino_said(v, rng, rng.choice(["names", "letters"])), v).turn()
    u.say(tag + rng.choice(["Thanks. That's ", "I heard "])).entity(
        "UK_NINO", rng.choice([f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", v]), v)
    return u.say(rng.choice([". Is that right?", ". Correct?"])).turn().say(rng.choice(BOT_YES))


def nino_narrative_new_job(fake: Faker, rng: random.Random) -> Said:
    """The NINO inside a turn about starting a new job and an emergency tax code."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice([
        f"I started at the warehouse in {MONTHS[rng.randint(0, 11)]} and they've put me on an emergency tax code, "
        f"{rng.randint(1100, 1300)}L or something, and my first pay was {t15.amount(rng)} short. HR said ring you "
        "with my NI number, so it's ",
        "My old employer never sent the P45, and now the new place says they can't find me. My national insurance "
        "number's "]))
    u.entity("UK_NINO", rng.choice([t15.nino_said(v, rng, "letters"), f"{v[:2]} {v[2:8]} {v[8]}"]), v)
    return u.say(rng.choice([", if that helps.", ". I've had it since I was sixteen.", "."]))


def nino_engine_glued(fake: Faker, rng: random.Random) -> Said:
    """An engine gluing the spoken letters to the digits ("JK12 34 56C", "Jk 123456c")."""
    v = a_nino(fake, rng)
    head = v[:2] if (v[:2].lower(),) in PHRASES["en"] or v[:2].lower() in FILLERS["en"] else v[:2].capitalize()
    text = rng.choice([f"{v[:2]}{v[2:4]} {v[4:6]} {v[6:8]}{v[8]}", f"{v[0]} {v[1]}{v[2:4]}, {v[4:6]}, {v[6:8]} {v[8]}",
                       f"{head} {v[2:8]}{v[8].lower()}", f"{v[:2]}{v[2:5]} {v[5:8]}{v[8]}"])
    u = Said().say(rng.choice(["Yeah, it's ", "National insurance ", "My NI is "]))
    return u.entity("UK_NINO", text, v).say(rng.choice([".", "", " okay"]))


# Spanish IDs ------------------------------------------------------------------------------------------------
def es_letter(c: str) -> str:
    return ES_LETTERS[c] if len(ES_LETTERS[c]) > 1 else c


def dni_digits_es(v: str, rng: random.Random) -> str:
    return ", ".join(rng.choice([run(g, "es"), t14.three(g, "es") if len(g) == 3 else pairs14(g, "es")])
                     for g in grp(v[:8], [2, 3, 3]))


def dni_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """A Spanish agent reads the DNI back in parts, the caller's "sí" between."""
    v = a_nif(fake)
    u = Said().say(rng.choice(["Mi DNI es ", "Sí, el DNI: ", ""])).entity(
        "ES_NIF", f"{dni_digits_es(v, rng)}, {es_letter(v[8])}", v, "es").say(".")
    pieces = [(run(g, "es"), g) for g in grp(v[:8], [2, 3, 3])] + [(es_letter(v[8]), v[8])]
    return chunked(u, "ES_NIF", pieces, v, rng, "es", opener=rng.choice(["Le repito: ", "A ver, ", "Confirmo: "]),
                   nexts=["", "Luego ", "Después "], asked=["?", "...", ", ¿sí?"])


def dni_self_corrected(fake: Faker, rng: random.Random) -> Said:
    """A group said wrong and put right in Spanish ("..., no, perdón, me he equivocado, ..."): one label, the wrong
    part named."""
    v = a_nif(fake)
    gs = grp(v[:8], [2, 3, 3])
    k = rng.randrange(3)
    parts, drop = [], ()
    for i, g in enumerate(gs):
        said_ = run(g, "es")
        if i == k:
            marker = rng.choice(["no, perdón, me he equivocado,", "uy, no,", "espere, no,", "me he liado,"])
            false = f"{run(wrong_digits(g, rng), 'es')}, {marker}"
            drop = (false,)
            said_ = f"{false} {said_}"
        parts.append(said_)
    u = Said().say(rng.choice(["El DNI es ", "Vale, ", "Mire, "]))
    return u.entity("ES_NIF", ", ".join(parts) + f", {es_letter(v[8])}", v, "es", drop=drop).say(".")


def dni_voice_bot(fake: Faker, rng: random.Random) -> Said:
    """A Spanish voice bot takes the DNI and reads it back as it wrote it; both labelled."""
    v = a_nif(fake)
    tag = rng.choice(BOT)
    u = Said().say(tag + rng.choice(["Para continuar, diga su DNI, número a número, y la letra.",
                                     "Por favor, dígame su documento de identidad."])).turn()
    u.entity("ES_NIF", f"{run(v[:8], 'es')}, {es_letter(v[8])}", v, "es").turn()
    u.say(tag + rng.choice(["He entendido ", "Gracias. Tengo "])).entity("ES_NIF", rng.choice([v, f"{v[:8]}-{v[8]}"]),
                                                                         v, "es")
    return u.say(". ¿Es correcto?").turn().say(rng.choice(["Sí.", "Sí, correcto.", "Eso es."]))


def dni_narrative_english(fake: Faker, rng: random.Random) -> Said:
    """A Spaniard in England tells, in English, how the agency asked for their DNI, and gives it, the digits in
    English and the letter by its Spanish name or its own."""
    v = a_nif(fake)
    u = Said().say(rng.choice([
        f"I'm renting a room in {rng.choice(['Manchester', 'Leeds', 'Brighton', 'London'])} and the agency, they want "
        "my Spanish ID, the DNI, because I don't have the BRP yet. So the number is ",
        "I came here to work in the hotel in summer, and the bank ask me for the DNI. Is "]))
    text = ", ".join(en_group(g, rng) for g in grp(v[:8], [2, 3, 3])) + f", {rng.choice([v[8], es_letter(v[8])])}"
    u.entity("ES_NIF", text, v, "en|es")
    return u.say(rng.choice([", and they say is not valid, but it is valid.", ". Sorry for my English.", "."]))


def nie_said_es(v: str, rng: random.Random) -> str:
    return f"{ES_LETTERS[v[0]]}, {run(v[1:8], 'es')}, {es_letter(v[8])}"


def nie_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """A Spanish agent reads the NIE back in parts, the caller's "sí" between."""
    v = a_nie(fake)
    u = Said().say(rng.choice(["Mi NIE es ", "El NIE: ", ""])).entity("ES_NIE", nie_said_es(v, rng), v, "es").say(".")
    pieces = [(ES_LETTERS[v[0]], v[0]), (run(v[1:4], "es"), v[1:4]), (run(v[4:8], "es"), v[4:8]),
              (es_letter(v[8]), v[8])]
    return chunked(u, "ES_NIE", pieces, v, rng, "es", opener=rng.choice(["Le repito: ", "Vale, confirmo: "]),
                   nexts=["", "Luego ", "Y "], asked=["?", ", ¿sí?"])


def nie_over_turns(fake: Faker, rng: random.Random) -> Said:
    """The NIE over turns: the first letter, the digits after the agent's "¿Y los números?", the last letter after
    "¿Y la letra final?". Each labelled, read back whole."""
    v = a_nie(fake)
    u = Said().say(rng.choice(["Empieza por ", "Es con la "])).entity("ES_NIE", ES_LETTERS[v[0]], v[0], "es").say(".")
    u.turn()
    u.say(rng.choice(["¿Y los números?", "Vale, ¿y luego?"])).turn()
    u.entity("ES_NIE", rng.choice([run(v[1:8], "es"), f"{run(v[1:4], 'es')}, {run(v[4:8], 'es')}"]), v[1:8], "es")
    u.say(".").turn().say(rng.choice(["¿Y la letra final?", "¿Y la letra?"])).turn()
    u.entity("ES_NIE", es_letter(v[8]), v[8], "es")
    return u.joint(3, v).say(rng.choice([".", ""]))


def nie_expat_narrative(fake: Faker, rng: random.Random) -> Said:
    """A British expat's NIE inside a turn about moving to Spain, in English."""
    v = a_nie(fake)
    year = rng.randint(2012, 2024)
    u = Said().say(rng.choice([
        f"We moved out to {rng.choice(['Alicante', 'the Costa del Sol', 'Murcia', 'Mallorca'])} in {year}, got our "
        "NIEs at the police station, took all morning, and mine is ",
        f"The gestor sorted it all in {year}. My NIE number's "]))
    text = f"{v[0]}, {', '.join(en_group(g, rng) for g in grp(v[1:8], [3, 4]))}, {v[8]}"
    u.entity("ES_NIE", text, v)
    return u.say(rng.choice([", and my husband's is on the other form.", ". Is that what you need?", "."]))


# Dates of birth, bank accounts, other national numbers ------------------------------------------------------
def suffixed(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def birth_engine_ordinals(fake: Faker, rng: random.Random) -> Said:
    """A date of birth as an engine formats it: numeral ordinals ("March 3rd, 1985", "the 21st of June '79"),
    the year's last two with an apostrophe."""
    b = fake.date_of_birth(minimum_age=18, maximum_age=90)
    m, d, y = MONTHS[b.month - 1], suffixed(b.day), b.year
    text = rng.choice([f"{m} {d}, {y}", f"the {d} of {m}, {y}", f"{d} {m} '{y % 100:02d}", f"{m} the {d}, {y}",
                       f"{d} of {m} {y}"])
    u = Said().say(rng.choice(["And Your Date Of Birth?", "Can you confirm your date of birth?", "DOB, please?"]))
    return u.turn().say(rng.choice(["Yeah, it's ", "", "Sure. "])).entity("DATE_OF_BIRTH", text).say(
        rng.choice([".", "", ". I know, I know, I look younger."]))


def short_year(yy: int) -> str:
    return tens(yy) if yy >= 10 else "oh " + WORDS[yy]


def birth_self_corrected(fake: Faker, rng: random.Random) -> Said:
    """A date of birth corrected inside itself (the year or the day said wrong first); one label over it all."""
    b = fake.date_of_birth(minimum_age=20, maximum_age=85)
    yy = b.year % 100
    wrong = (yy + rng.choice([-1, 1])) % 100
    marker = rng.choice(["no, sorry,", "no wait,", "God, no,", "what am I saying,"])
    text = rng.choice([
        f"the {t15.t14_ordinal(b.day)} of {MONTHS[b.month - 1]}, nineteen {short_year(wrong)}, {marker} "
        f"{short_year(yy)}",
        f"{MONTHS[b.month - 1]} {suffixed(b.day % 28 + 1)}, {marker} {suffixed(b.day)}, {b.year}"])
    if b.year >= 2000:
        text = f"{MONTHS[b.month - 1]} {suffixed(b.day % 28 + 1)}, {marker} {suffixed(b.day)}, {b.year}"
    u = Said().say(rng.choice(["Date of birth?", "And when were you born?"])).turn()
    return u.entity("DATE_OF_BIRTH", text).say(rng.choice([".", ". Sorry, long day."]))


DOB_BOT = {
    "es": ("¿Cuál es su fecha de nacimiento?", "He entendido ", ". ¿Es correcto?", "Sí."),
    "fr": ("Quelle est votre date de naissance ?", "J'ai compris ", ". C'est bien ça ?", "Oui."),
    "de": ("Wie lautet Ihr Geburtsdatum?", "Ich habe verstanden: ", ". Ist das richtig?", "Ja."),
    "it": ("Qual è la sua data di nascita?", "Ho capito ", ". È corretto?", "Sì."),
    "pt": ("Qual é a sua data de nascimento?", "Percebi ", ". Está correto?", "Sim."),
    "nl": ("Wat is uw geboortedatum?", "Ik heb verstaan: ", ". Klopt dat?", "Ja."),
    "pl": ("Proszę podać datę urodzenia.", "Zrozumiałem: ", ". Czy to się zgadza?", "Tak."),
}


def birth_bot_languages(fake: Faker, rng: random.Random) -> Said:
    """A voice bot in Spanish, French, German, Italian, Portuguese, Dutch or Polish asks the date of birth and reads
    back what it understood; both labelled."""
    lang = rng.choice(list(DOB_BOT))
    ask, heard, check, yes = DOB_BOT[lang]
    b = fake.date_of_birth(minimum_age=18, maximum_age=90)
    months = MONTH_NAMES[lang]
    said_ = {"es": f"el {b.day} de {months[b.month - 1]} de {b.year}", "pt": f"{b.day} de {months[b.month - 1]} de "
             f"{b.year}", "de": f"{b.day}. {months[b.month - 1]} {b.year}"}.get(lang, f"{b.day} {months[b.month - 1]} "
                                                                                  f"{b.year}")
    tag = rng.choice(BOT)
    u = Said().say(tag + ask).turn().entity("DATE_OF_BIRTH", said_).turn().say(tag + heard)
    u.entity("DATE_OF_BIRTH", b.strftime("%d.%m.%Y") if lang in ("de", "pl", "nl") else b.strftime("%d/%m/%Y"))
    return u.say(check).turn().say(yes)


def bank_chunked_readback(fake: Faker, rng: random.Random) -> Said:
    """The routing number read back in threes and the account in its parts, a segment each, the caller saying yes
    between. All labelled."""
    r, a = t15.an_aba(fake), t15.an_account(fake, rng)
    u = Said().say("Routing number is ").entity("ABA_ROUTING_NUMBER", rng.choice([r, en_group(r, rng)]), r)
    u.say(rng.choice([", account ", ", and the account number is "])).entity("US_BANK_NUMBER", rng.choice(
        [a, " ".join(en_group(g, rng) for g in grp(a, [4, 4, 4]))]), a).say(".")
    chunked(u, "ABA_ROUTING_NUMBER", [(rng.choice([g, en_group(g, rng)]), g) for g in grp(r, [3, 3, 3])], r, rng,
            opener=rng.choice(["Okay, the routing: ", "Let me read the routing back. "]))
    return chunked(u, "US_BANK_NUMBER", [(rng.choice([g, en_group(g, rng)]), g) for g in grp(a, [4, 4, 4])], a, rng,
                   opener=rng.choice(["And the account: ", "Now the account. "]))


def bank_narrative_payroll(fake: Faker, rng: random.Random) -> Said:
    """Routing and account numbers inside a turn about a missed paycheck, with a date and an amount beside them."""
    r, a = t15.an_aba(fake), t15.an_account(fake, rng)
    u = Said().say(rng.choice([
        f"My paycheck didn't land on the {t15.t14_ordinal(rng.randint(1, 28))}, it should've been {t15.amount(rng)}, "
        "and payroll says they sent it to routing ",
        f"I switched banks in {MONTHS[rng.randint(0, 11)]} and I think HR still has the old details. The new ones "
        "are, routing "]))
    u.entity("ABA_ROUTING_NUMBER", rng.choice([r, ", ".join(en_group(g, rng) for g in grp(r, [3, 3, 3]))]), r)
    u.say(rng.choice([", account ", " and account number "])).entity(
        "US_BANK_NUMBER", rng.choice([a, " ".join(en_group(g, rng) for g in grp(a, [3, 3, 3, 3]))]), a)
    return u.say(rng.choice([", which is right, so where's my money?", ". Can you check?", "."]))


def bank_voice_bot(fake: Faker, rng: random.Random) -> Said:
    """A voice bot sets up autopay: the routing and account numbers said and read back. All labelled."""
    r, a = t15.an_aba(fake), t15.an_account(fake, rng)
    tag = rng.choice(BOT)
    u = Said().say(tag + "Let's set up autopay. Please say your bank's nine-digit routing number.").turn()
    u.entity("ABA_ROUTING_NUMBER", en_group(r, rng), r).turn()
    u.say(tag + "Thanks. Now say your account number.").turn()
    u.entity("US_BANK_NUMBER", " ".join(en_group(g, rng) for g in grp(a, [4, 4, 4])), a).turn()
    u.say(tag + "I heard routing number ").entity("ABA_ROUTING_NUMBER", " ".join(r), r).say(", account number ")
    u.entity("US_BANK_NUMBER", " ".join(a), a)
    return u.say(". Is that right?").turn().say(rng.choice(BOT_YES))


def bsn_chunked_dutch(fake: Faker, rng: random.Random) -> Said:
    """A Dutch agent reads the BSN back in threes, the caller's "ja" between."""
    v = fake["nl_NL"].ssn()
    u = Said().say(rng.choice(["Mijn BSN is ", "Het burgerservicenummer is ", ""])).entity(
        "NL_BSN", rng.choice([run(v, "nl"), " ".join(grp(v, [4, 2, 3]))]), v, "nl").say(".")
    return chunked(u, "NL_BSN", [(run(g, "nl"), g) for g in grp(v, [3, 3, 3])], v, rng, "nl",
                   opener=rng.choice(["Ik herhaal: ", "Even controleren: "]), nexts=["", "Dan "], asked=["?", "..."])


def nir_over_turns(fake: Faker, rng: random.Random) -> Said:
    """A French social security number over turns, the agent asking for the rest, the "clé" last. Each piece
    labelled, read back whole."""
    while not (v := fake["fr_FR"].ssn()).isdigit():
        pass
    gs = grp(v, [1, 2, 2, 2, 3, 3, 2])
    def said_(part: list[str]) -> str:
        return ", ".join(t12.pair(int(g), "fr") if len(g) == 2 and g[0] != "0" else run(g, "fr") for g in part)
    u = Said().say("Alors, ").entity("FR_NIR", said_(gs[:4]), "".join(gs[:4]), "fr").say("...").turn()
    u.say(rng.choice(["Oui, et ensuite ?", "D'accord, la suite ?"])).turn()
    u.entity("FR_NIR", said_(gs[4:6]), "".join(gs[4:6]), "fr").say(".").turn()
    u.say(rng.choice(["Et la clé ?", "Et les deux derniers chiffres ?"])).turn()
    u.say(rng.choice(["La clé, c'est ", ""])).entity("FR_NIR", said_(gs[6:]), gs[6], "fr")
    return u.joint(3, v).say(".")


def fiscal_self_corrected(fake: Faker, rng: random.Random) -> Said:
    """A codice fiscale with a letter said wrong and put right ("no, scusi,"): one label, the wrong part named."""
    v = fake["it_IT"].ssn()
    k = rng.choice([i for i, c in enumerate(v[:6]) if c.isalpha()])
    other = rng.choice([c for c in "BCDFGLMNPRST" if c != v[k]])
    false = f"{other}, {rng.choice(['no, scusi,', 'anzi no,', 'mi correggo,'])}"
    parts = []
    for i, c in enumerate(v):
        said_ = f"{c} come {IT_CITIES[c]}" if c.isalpha() and rng.random() < 0.4 else c if c.isalpha() else run(c, "it")
        parts.append(f"{false} {said_}" if i == k else said_)
    u = Said().say(rng.choice(["Il codice fiscale è ", "Allora, ", "Codice fiscale: "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "it", drop=(false,)).say(rng.choice([".", ""]))


# Look-alikes ------------------------------------------------------------------------------------------------
def _order_chunk_confirm(fake: Faker, rng: random.Random) -> list[str]:
    bad = t15.luhn_bad(fake, rng)
    out = [rng.choice(["What's the order number?", "Have you got the booking reference? It's sixteen digits."]),
           rng.choice(["It's ", "Yeah, ", ""]) + " ".join(fours(bad)) + ".", rng.choice(READ_BACK).strip()]
    for k, g in enumerate(fours(bad)):
        out += [(rng.choice(NEXT_BIT) if k else "") + rng.choice([g, en_group(g, rng)]) + "?", rng.choice(YES)]
    return [*out, rng.choice(["Great, I can see that order. It shipped yesterday.", "Thanks, that booking's here."])]


def _tracking_narrative(fake: Faker, rng: random.Random) -> list[str]:
    ref = rng.choice([f"1Z{fake.bothify('???').upper()}{fake.numerify('###########')}",
                      f"{fake.bothify('??').upper()}{fake.numerify('#########')}GB",
                      "9400 " + " ".join(fake.numerify("####") for _ in range(4)) + f" {fake.numerify('##')}",
                      f"00{fake.numerify('########')}", f"JJD{fake.numerify('##############')}"])
    return [rng.choice([
        f"So the tracking says {ref}, and it's been sitting at the depot since {rng.choice(['Monday', 'the 3rd'])}, "
        f"and the driver left a card saying {rng.randint(2, 9)} attempts, which is a lie, I was in all day.",
        f"I've got two parcels, one's {ref} which came, and the other one has no tracking at all, it cost me "
        f"{t15.amount(rng)} to send."])]


def _invoice_policy_numbers(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"The invoice is {fake.numerify('INV-2026-#####')}, dated the {suffixed(rng.randint(1, 28))}.",
                        f"Your policy number is {fake.bothify('??#########').upper()}, I'll read it again: "
                        f"{fake.numerify('#########')}.",
                        f"Invoice number {run(fake.numerify('10######'))}, that's the one for "
                        f"{t15.amount(rng)}.",
                        f"Policy {pairs14(fake.numerify('4#######'))}, renewal on the "
                        f"{t15.t14_ordinal(rng.randint(1, 28))}."]),
            rng.choice(["Thanks, I've got that.", "Okay, one moment.", "Let me look that up."])]


def _timestamps(fake: Faker, rng: random.Random) -> list[str]:
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return [rng.choice([f"The log shows a login at {h:02d}:{m:02d}:{s:02d} on 2026-{rng.randint(1, 12):02d}-"
                        f"{rng.randint(1, 28):02d}, which wasn't me.",
                        f"The transaction went through at {rng.randint(1, 12)}:{m:02d} p.m. on the "
                        f"{suffixed(rng.randint(1, 28))}, then again at {rng.randint(1, 12)}:{s:02d}.",
                        f"Your call was recorded at {h:02d}{m:02d} hours, reference time stamp "
                        f"{fake.numerify('17########')}.",
                        f"At {tens(rng.randint(1, 12))} {tens(rng.randint(10, 59))} this morning, and again at quarter "
                        f"past {WORDS[rng.randint(1, 9)]}."])]


def _amounts_mixed(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"It was {rng.randint(2, 9)} thousand {rng.randint(1, 9)} hundred, give or take.",
                        f"${rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)} for the repair, and "
                        f"{tens(rng.randint(20, 99))} hundred quid for the parts.",
                        f"They quoted {rng.randint(2, 9)}.{rng.randint(1, 9)} million for the building and "
                        f"{rng.randint(100, 999)} {rng.randint(100, 999)} for the land.",
                        f"Twelve hundred, no, {tens(rng.randint(13, 19))} hundred and {tens(rng.randint(20, 99))} "
                        "euros a month."])]


def _reference_codes_like(fake: Faker, rng: random.Random) -> list[str]:
    code = fake.bothify("??#?##").upper()
    spelled = ", ".join(f"{c} like {LIKE_WORDS[c.lower()].split()[0]}" if c.isalpha() else WORDS[int(c)] for c in code)
    return [rng.choice(["What's the booking reference?", "Can I have the confirmation code?"]),
            rng.choice(["It's ", "Okay, ", ""]) + spelled + ".",
            rng.choice([f"So {' '.join(code)}?", f"Thanks, {code}."])]


def _skus_models(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"The SKU on the box is {fake.numerify('####-####-##')}, model "
                        f"{fake.bothify('??-####').upper()}.",
                        f"Product code {run(fake.numerify('########'))}, size {rng.choice(['M', 'L', '10', '42'])}.",
                        f"It's item number {fake.numerify('#########')} in the catalogue, colour code "
                        f"{fake.numerify('###')}.",
                        f"Part {fake.bothify('??####-###').upper()} replaced part {fake.numerify('#######')}."])]


def _dates_not_birth(fake: Faker, rng: random.Random) -> list[str]:
    day, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2028)
    return [rng.choice([f"The baby's due on the {t15.t14_ordinal(day)} of {MONTHS[m - 1]}.",
                        f"Our anniversary is {MONTHS[m - 1]} {suffixed(day)}, we got married in "
                        f"{rng.randint(1975, 2020)}.",
                        f"I start the new job on {day:02d}/{m:02d}/{y}.",
                        f"El contrato empieza el {day} de {MONTH_NAMES['es'][m - 1]} de {y}.",
                        f"La résiliation prend effet le {day} {MONTH_NAMES['fr'][m - 1]} {y}.",
                        f"Die Kündigung gilt ab dem {day}.{m}.{y}.",
                        f"Il volo è il {day} {MONTH_NAMES['it'][m - 1]}."])]


def _extensions_rooms(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Ask for extension {rng.randint(2000, 7999)}, or press {rng.randint(1, 9)} then "
                        f"{rng.randint(100, 999)}.",
                        f"She's in room {rng.randint(100, 1299)}, bed {rng.randint(1, 6)}, ward {rng.randint(2, 30)}.",
                        f"Dial {rng.choice(['nine', '9'])} for an outside line, then the extension, "
                        f"{run(str(rng.randint(2000, 7999)))}.",
                        f"My desk is x{rng.randint(2000, 7999)}, the team line is ext. {rng.randint(2000, 7999)}."])]


def _voice_bot_menus(fake: Faker, rng: random.Random) -> list[str]:
    tag = rng.choice(BOT)
    return [tag + rng.choice([f"Please say or enter your {rng.choice([8, 10, 12])}-digit policy number, followed by "
                              "the hash key.",
                              f"Your reference for today is {fake.numerify('######')}. Please make a note of it.",
                              f"I found {rng.randint(2, 5)} orders on your account. The most recent is for "
                              f"{t15.amount(rng)}, placed on the {suffixed(rng.randint(1, 28))}.",
                              f"Your estimated wait is {rng.randint(4, 40)} minutes. You are number "
                              f"{rng.randint(2, 20)} in the queue."]),
            rng.choice(["Agent.", "Speak to a person.", "Representative!", "Um, billing."])]


def _corrected_quantities(fake: Faker, rng: random.Random) -> list[str]:
    a, b = rng.randint(10, 40), rng.randint(41, 90)
    return [rng.choice([f"We ordered {tens(a)}, no, sorry, {tens(b)} boxes, and only {rng.randint(2, 9)} came.",
                        f"It's the {suffixed(rng.randint(1, 14))}, sorry, the {suffixed(rng.randint(15, 28))} of next "
                        "month.",
                        f"Flat {rng.randint(1, 40)}, no, {rng.randint(41, 99)}, block {rng.choice('ABCD')}.",
                        f"{a} quid, no wait, {b}, ugh, {a + b} altogether."])]


def _european_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Son {rng.randint(20, 400)} euros, y el código postal es {fake['es_ES'].postcode()}.",
                        f"Ça fait {rng.randint(20, 400)} euros, livraison au {fake['fr_FR'].postcode()} avant "
                        f"{rng.randint(9, 18)} heures.",
                        f"Das Paket kommt nach {fake['de_DE'].postcode()}, Hausnummer {rng.randint(1, 120)}.",
                        f"Costa {rng.randint(20, 400)} euro, il CAP è {fake['it_IT'].postcode()}.",
                        f"Het kost {rng.randint(20, 400)} euro, postcode {fake['nl_NL'].postcode()}.",
                        f"São {rng.randint(20, 400)} euros, código postal {fake['pt_PT'].postcode()}.",
                        f"Kosztuje {rng.randint(20, 400)} złotych, kod pocztowy {fake['pl_PL'].postcode()}."])]


def _security_partial(fake: Faker, rng: random.Random) -> list[str]:
    k = rng.randrange(4)
    ask = [f"Can I have the {suffixed(rng.randint(1, 4))} and {suffixed(rng.randint(5, 8))} characters of your "
           "password?", "Just the last four of your social, please.",
           "What are the last four digits of the card you'd like to use?",
           "Can you confirm the first line of your address and your postcode?"][k]
    answer = [f"{rng.choice('ABCDEFGH')} and {rng.randint(1, 9)}.",
              rng.choice([f"{fake.numerify('####')}.", f"{run(fake.numerify('####'))}."]),
              rng.choice([f"{fake.numerify('####')}.", f"{run(fake.numerify('####'))}."]),
              f"{rng.randint(1, 200)} {fake['en_GB'].street_name()}, {fake['en_GB'].postcode()}."][k]
    return [ask, answer, rng.choice(["Thank you, you're verified.", "Great, that matches."])]


FAMILIES = {
    "card/v16-voice-bot-retry": card_voice_bot_retry, "card/v16-chunked-readback": card_chunked_readback,
    "card/v16-misread-corrected": card_misread_corrected, "card/v16-narrative-declined": card_narrative_declined,
    "card/v16-pair-numeral-mix": card_pair_numeral_mix, "card/v16-engine-title-case": card_engine_title_case,
    "card/v16-nonnative-after": card_nonnative_after, "card/v16-bot-handoff-recap": card_bot_handoff_recap,
    "card/v16-over-turns-questions": card_over_turns_questions, "card/v16-dialect-fillers": card_dialect_fillers,
    "card/v16-expiry-year-first": card_expiry_year_first, "card/v16-code-digit-per-turn": card_code_digit_per_turn,
    "card/v16-native-digit-slip": card_native_digit_slip, "card/v16-business-and-personal": card_business_and_personal,
    "ssn/v16-voice-bot-readback": ssn_voice_bot_readback, "ssn/v16-chunked-readback": ssn_chunked_readback,
    "ssn/v16-wrong-then-fixed": ssn_wrong_then_fixed, "ssn/v16-narrative-tax": ssn_narrative_tax,
    "ssn/v16-stammered": ssn_stammered, "ssn/v16-engine-segment-cut": ssn_engine_segment_cut,
    "ssn/v16-medical-intake": ssn_medical_intake,
    "phone/v16-voice-bot-callback": phone_voice_bot_callback, "phone/v16-chunked-readback": phone_chunked_readback,
    "phone/v16-swapped-digits": phone_swapped_digits, "phone/v16-narrative-neighbour": phone_narrative_neighbour,
    "phone/v16-dialect-landline": phone_dialect_landline, "phone/v16-southern-europe-english": phone_italian_in_english,
    "phone/v16-lookup-over-turns": phone_lookup_over_turns, "phone/v16-hundreds-thousands": phone_hundreds_thousands,
    "phone/v16-two-numbers-times": phone_two_numbers_times, "phone/v16-chunked-european": phone_chunked_european,
    "email/v16-voice-bot": email_voice_bot, "email/v16-chunked-readback": email_chunked_readback,
    "email/v16-narrative-no-mail": email_narrative_no_mail, "email/v16-engine-caps": email_engine_caps,
    "email/v16-spelled-like": email_spelled_like, "email/v16-over-turns-domain": email_over_turns_domain,
    "email/v16-year-in-local": email_year_in_local,
    "iban/v16-chunked-readback": iban_chunked_readback, "iban/v16-group-corrected": iban_group_corrected,
    "iban/v16-narrative-refund": iban_narrative_refund, "iban/v16-voice-bot": iban_voice_bot,
    "iban/v16-app-over-turns": iban_app_over_turns, "iban/v16-pair-numeral-mix": iban_pair_numeral_mix,
    "iban/v16-letters-like": iban_letters_like,
    "nino/v16-chunked-readback": nino_chunked_readback, "nino/v16-letter-corrected": nino_letter_corrected,
    "nino/v16-voice-bot": nino_voice_bot, "nino/v16-narrative-new-job": nino_narrative_new_job,
    "nino/v16-engine-glued": nino_engine_glued,
    "dni/v16-chunked-readback": dni_chunked_readback, "dni/v16-self-corrected": dni_self_corrected,
    "dni/v16-voice-bot": dni_voice_bot, "dni/v16-narrative-english": dni_narrative_english,
    "nie/v16-chunked-readback": nie_chunked_readback, "nie/v16-over-turns": nie_over_turns,
    "nie/v16-expat-narrative": nie_expat_narrative,
    "birth/v16-engine-ordinals": birth_engine_ordinals, "birth/v16-self-corrected": birth_self_corrected,
    "birth/v16-bot-languages": birth_bot_languages,
    "bank/v16-chunked-readback": bank_chunked_readback, "bank/v16-narrative-payroll": bank_narrative_payroll,
    "bank/v16-voice-bot": bank_voice_bot,
    "bsn/v16-chunked-dutch": bsn_chunked_dutch, "nir/v16-over-turns": nir_over_turns,
    "fiscal_code/v16-self-corrected": fiscal_self_corrected,
}

# How each family writes its entity: spoken (words) or mixed (numerals and words, or typed and said, in one
# utterance). None is typed alone.
SPOKEN = ["card/v16-misread-corrected", "card/v16-engine-title-case", "card/v16-nonnative-after",
          "card/v16-dialect-fillers", "card/v16-native-digit-slip", "ssn/v16-stammered", "phone/v16-swapped-digits",
          "phone/v16-dialect-landline", "phone/v16-southern-europe-english", "phone/v16-lookup-over-turns",
          "phone/v16-chunked-european", "email/v16-spelled-like", "email/v16-over-turns-domain",
          "email/v16-year-in-local", "iban/v16-group-corrected", "iban/v16-app-over-turns", "iban/v16-letters-like",
          "nino/v16-letter-corrected", "dni/v16-self-corrected", "dni/v16-narrative-english",
          "dni/v16-chunked-readback", "nie/v16-chunked-readback", "nie/v16-over-turns", "nie/v16-expat-narrative",
          "nir/v16-over-turns", "fiscal_code/v16-self-corrected", "birth/v16-self-corrected",
          "bsn/v16-chunked-dutch"]

NEGATIVE_FAMILIES = {
    "negative/v16-order-chunk-confirm": _order_chunk_confirm, "negative/v16-tracking-narrative": _tracking_narrative,
    "negative/v16-invoice-policy-numbers": _invoice_policy_numbers, "negative/v16-timestamps": _timestamps,
    "negative/v16-amounts-mixed": _amounts_mixed, "negative/v16-reference-codes-like": _reference_codes_like,
    "negative/v16-skus-models": _skus_models, "negative/v16-dates-not-birth": _dates_not_birth,
    "negative/v16-extensions-rooms": _extensions_rooms, "negative/v16-voice-bot-menus": _voice_bot_menus,
    "negative/v16-corrected-quantities": _corrected_quantities, "negative/v16-european-talk": _european_talk,
    "negative/v16-security-partial": _security_partial,
}
SAID = {name: "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "mixed" for name in NEGATIVE_FAMILIES}

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out
