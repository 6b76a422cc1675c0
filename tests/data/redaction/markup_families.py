"""Look-alike families of transcripts written with markup (December 2026, issue 28): speaker tags, timestamps,
subtitle cues, lists and logs in one segment, where what is said on either side of a tag, a time or a line is no
one value. Written to be tuned on (never held out), against the joins that reading such a segment as its pieces
(services/transcripts/redaction/markup.py) exposed: another speaker's number read on from the first speaker's,
the answer to "And the PIN?" read on from the value before it, a lettered list's or a log's lines read as one
speaker's turn, a subtitle cue's number and timing read as digits said, two order numbers split by a time, a chat
export's dates and a turn heading's time read as digits. Two families of values that stay one over markup (the
other speaker's read-back of each group, one speaker's two chat lines) hold what the look-alikes must not cost.

Each item is made adversarial: the digits on both sides, read together, are a value a checksum passes (a card's
Luhn, a DNI's letter), so that a join there is always a false positive; each side alone is none. A look-alike family
is a function (Faker, Random) -> list of segments, a value's family (Faker, Random) -> tenth_families.Said (its
labels checked as the tenth batch's are). Family names carry "mk-"."""

import random

from faker import Faker
from seventh_families import a_card, luhn_fix, luhn_ok, words
from tenth_families import Said

TAGS = [("Caller", "Agent"), ("Customer", "Rep"), ("SPEAKER_1", "SPEAKER_0"), ("Speaker 2", "Speaker 1"),
        ("[customer]", "[agent]"), ("CUSTOMER", "AGENT"), ("Client", "Advisor")]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def tags(rng: random.Random) -> tuple[str, str]:
    """The caller's tag and the agent's, with the colon a tool writes after an unbracketed one."""
    caller, agent = rng.choice(TAGS)
    colon = "" if caller.startswith("[") else ":"
    return caller + colon, agent + colon


def card16(fake: Faker, rng: random.Random) -> str:
    """Sixteen digits a card network issues that pass Luhn: what the parts below read together."""
    digits = luhn_fix(fake.numerify(rng.choice(["4", "51", "52", "53", "54", "55", "6011"]) + "#" * 15)[:15])
    assert luhn_ok(digits) and len(digits) == 16
    return digits


def fours(digits: str) -> str:
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def said(digits: str, rng: random.Random) -> str:
    """Written in fours, or said digit by digit."""
    return fours(digits) if rng.random() < 0.6 else words(digits)


def stamps(rng: random.Random, count: int) -> list[str]:
    t, style, out = rng.randint(30, 3000), rng.randrange(3), []
    for _ in range(count):
        m, s = divmod(t, 60)
        out.append([f"[00:{m:02d}:{s:02d}]", f"({m:02d}:{s:02d})", f"{m}:{s:02d} -"][style])
        t += rng.randint(2, 7)
    return out


def _two_speakers_numbers(fake: Faker, rng: random.Random) -> list[str]:
    d, (caller, agent) = card16(fake, rng), tags(rng)
    return [f"{agent} {rng.choice(['Your reference is', 'The ticket I have is', 'I see booking'])} "
            f"{said(d[:8], rng)}\n{caller} {said(d[8:], rng)} "
            f"{rng.choice(['is what I have on the letter', 'is the one on my screen', 'is what they gave me'])}"]


def _asks_another_value(fake: Faker, rng: random.Random) -> list[str]:
    d, (caller, agent) = card16(fake, rng), tags(rng)
    return [f"{agent} Can I take your customer reference?\n{caller} {said(d[:12], rng)}\n"
            f"{agent} {rng.choice(['Okay. And the PIN?', 'Thanks. And the house number?', 'And your door code?'])}\n"
            f"{caller} {said(d[12:], rng)}\n{agent} Thank you."]


def _speakers_rooms(fake: Faker, rng: random.Random) -> list[str]:
    d = card16(fake, rng)
    return [f"Speaker 1: {rng.choice(['I am in room', 'My desk is', 'Extension'])} {d[:4]}\nSpeaker 2: {d[4:8]}\n"
            f"Speaker 3: {d[8:12]}\nSpeaker 4: {d[12:]}, {rng.choice(['same floor', 'by the lifts', 'thanks'])}"]


def _lettered_list(fake: Faker, rng: random.Random) -> list[str]:
    d = card16(fake, rng)
    head = rng.choice(["Seats left:", "Parts to reorder:", "Rooms booked:", "Lockers:"])
    marks = rng.choice([["(a)", "(b)", "(c)", "(d)"], ["[x]", "[x]", "[ ]", "[x]"], ["(i)", "(ii)", "(iii)", "(iv)"]])
    return [head + "".join(f"\n{mark} {d[4 * i:4 * i + 4]}" for i, mark in enumerate(marks))]


def _log_lines(fake: Faker, rng: random.Random) -> list[str]:
    d = card16(fake, rng)
    levels = [rng.choice(["INFO", "WARN", "DEBUG", "ERROR"]) for _ in range(2)]
    return [f"[{levels[0]}] {rng.choice(['batch', 'job', 'import'])} {fours(d[:8])}\n"
            f"[{levels[1]}] {fours(d[8:])} {rng.choice(['rows skipped', 'records queued', 'retries left'])}"]


def _subtitle_cues(fake: Faker, rng: random.Random) -> list[str]:
    start, cues = rng.randint(1, 40), []
    for k in range(rng.randint(2, 4)):
        a = start + 4 * k
        cues.append(f"{k + 1}\n00:{a // 60:02d}:{a % 60:02d},{rng.randint(0, 999):03d} --> 00:{(a + 3) // 60:02d}:"
                    f"{(a + 3) % 60:02d},{rng.randint(0, 999):03d}\n" +
                    rng.choice([f"Welcome back to episode {rng.randint(2, 300)}.", "Thanks for calling.",
                                f"We sold {rng.randint(2, 99)} units today.", "Let me check that for you.",
                                f"It was {rng.randint(2, 12)} years ago."]))
    return ["\n\n".join(cues)]


def _unnamed_stamps_asks(fake: Faker, rng: random.Random) -> list[str]:
    d, t = card16(fake, rng), stamps(rng, 4)
    return [f"{t[0]} What's the order number?\n{t[1]} {said(d[:8], rng)}\n{t[2]} "
            f"{rng.choice(['And the tracking number?', 'And the invoice number?', 'Okay, and the PIN?'])}\n"
            f"{t[3]} {said(d[8:], rng)}"]


def _chat_same_speaker_orders(fake: Faker, rng: random.Random) -> list[str]:
    d, (caller, _) = card16(fake, rng), tags(rng)
    m = rng.randint(0, 4)
    return [f"[10:{m}{rng.randint(0, 9)}] {caller} my {rng.choice(['order', 'booking', 'ticket'])} is {fours(d[:8])}\n"
            f"[10:{m + 1}{rng.randint(0, 9)}] {caller} {fours(d[8:])} was the old one"]


def _voicebot_policy_claim(fake: Faker, rng: random.Random) -> list[str]:
    d = card16(fake, rng)
    return [f"Assistant: Please say your policy number.\nUser: {said(d[:8], rng)}\nAssistant: "
            f"{rng.choice(['Thanks, anything else?', 'Got it. Go on.', 'Okay.'])}\nUser: {said(d[8:], rng)} is my "
            f"{rng.choice(['claim', 'old policy', 'reference'])}"]


def _stamped_order_and(fake: Faker, rng: random.Random) -> list[str]:
    d, t = card16(fake, rng), stamps(rng, 3)
    return [f"{t[0]} the {rng.choice(['order', 'booking', 'reservation'])} was {said(d[:8], rng)} {t[1]} and "
            f"{said(d[8:], rng)} {t[2]} {rng.choice(['right', 'okay', 'both cancelled'])}"]


def _address_dni(fake: Faker, rng: random.Random) -> list[str]:
    postcode, number = fake.numerify(rng.choice(["28###", "08###", "41###", "46###"])), fake.numerify("%##")
    letter = DNI_LETTERS[int(postcode + number) % 23]  # the two read together: a DNI, its letter right
    caller, agent = tags(rng)
    return [f"{agent} ¿Código postal?\n{caller} {postcode}\n{agent} "
            f"{rng.choice(['¿Y el número de la calle?', '¿Y el portal?', 'Vale, ¿y la calle?'])}\n"
            f"{caller} {number} {letter}\n{agent} Gracias."]


def _dated_chat_lines(fake: Faker, rng: random.Random) -> list[str]:
    """A chat's export, each line after its date and time: no digit of them said ("2026-12-05 10" no number)."""
    caller, agent = tags(rng)
    day, out = fake.date_between("-1y", "today"), []
    style = rng.choice(["[{d:%Y-%m-%d} {t}]", "{d:%Y-%m-%d} {t}", "[{d:%m/%d/%Y} {t}]", "{d:%d/%m/%Y}, {t}"])
    lines = [(caller, "can you call me back later?"), (agent, "sure, what time suits you?"),
             (caller, "after lunch, my number is on the account"), (agent, "noted, we will call then")]
    for who, text in lines[:rng.randint(2, 4)]:
        t = f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        out.append(style.format(d=day, t=t) + f" {who.strip('[]:').title()}: {text}")
    return ["\n".join(out)]


def _turn_headings(fake: Faker, rng: random.Random) -> list[str]:
    """A tool's export that heads each turn with a line of its speaker and time ("Speaker 1  0:05")."""
    t, out = rng.randint(0, 50), []
    for k, text in enumerate(rng.sample(["Thanks for calling, how can I help?", "I need to move my booking.",
                                         f"Sure, which day? We have {rng.randint(2, 9)} free.", "Friday works.",
                                         "Done, you're all set.", "Great, thank you."], rng.randint(2, 4))):
        t += rng.randint(3, 40)
        out.append(f"Speaker {k % 2 + 1}  {t // 60}:{t % 60:02d}\n{text}")
    return ["\n\n".join(out)]


# Values said over markup that stay one: the other speaker's read-back of each group, one speaker's chat lines.
def card_echoed_groups(fake: Faker, rng: random.Random) -> Said:
    """Each group the caller reads, the agent reads back; the read-backs are labelled as the groups are."""
    d, (caller, agent) = a_card(fake, rng), tags(rng)
    while len(d) != 16:
        d = a_card(fake, rng)
    render = rng.choice([words, lambda g: g])
    u = Said().say(f"{agent} Go ahead.\n{caller} {rng.choice(['my card is ', 'it is ', ''])}")
    for k in range(4):
        group = d[4 * k:4 * k + 4]
        if k:
            u.say(f"\n{caller} ")
        u.entity("CREDIT_CARD", render(group), group).say(f"\n{agent} ")
        u.entity("CREDIT_CARD", render(group), group).say(rng.choice(["", ", yes", ", got it"]))
    return u.say(f"\n{caller} {rng.choice(['That is all of it.', 'Yes.'])}")


def card_dated_chat_lines(fake: Faker, rng: random.Random) -> Said:
    """A card typed in the chat over two lines of one speaker, each after its date and time."""
    d, (caller, _) = a_card(fake, rng), tags(rng)
    cut = rng.choice([4, 8, 12])
    day, name = fake.date_between("-1y", "today"), caller.strip("[]:").title()
    u = Said().say(f"[{day:%Y-%m-%d} 10:{rng.randint(10, 49)}:{rng.randint(10, 59)}] {name}: my card is ")
    u.entity("CREDIT_CARD", fours(d[:cut]), d[:cut])
    u.say(f"\n[{day:%Y-%m-%d} 10:{rng.randint(50, 59)}:{rng.randint(10, 59)}] {name}: ")
    return u.entity("CREDIT_CARD", fours(d[cut:]), d[cut:])


NEGATIVE_FAMILIES = {
    "negative/mk-two-speakers-numbers": _two_speakers_numbers, "negative/mk-asks-another-value": _asks_another_value,
    "negative/mk-speakers-rooms": _speakers_rooms, "negative/mk-lettered-list": _lettered_list,
    "negative/mk-log-lines": _log_lines, "negative/mk-subtitle-cues": _subtitle_cues,
    "negative/mk-unnamed-stamps-asks": _unnamed_stamps_asks,
    "negative/mk-chat-same-speaker-orders": _chat_same_speaker_orders,
    "negative/mk-voicebot-policy-claim": _voicebot_policy_claim, "negative/mk-stamped-order-and": _stamped_order_and,
    "negative/mk-address-dni": _address_dni,
    "negative/mk-dated-chat-lines": _dated_chat_lines, "negative/mk-turn-headings": _turn_headings,
}
FAMILIES = {"card/mk-echoed-groups": card_echoed_groups, "card/mk-dated-chat-lines": card_dated_chat_lines}
TYPED = ["negative/mk-speakers-rooms", "negative/mk-lettered-list", "negative/mk-log-lines",
         "negative/mk-subtitle-cues", "negative/mk-chat-same-speaker-orders", "negative/mk-address-dni",
         "negative/mk-dated-chat-lines", "negative/mk-turn-headings", "card/mk-dated-chat-lines"]
SAID = {name: "typed" if name in TYPED else "mixed" for name in [*NEGATIVE_FAMILIES, *FAMILIES]}


def utterance(name: str, fake: Faker, rng: random.Random) -> dict:
    """One corpus item of a family, a value's labels checked (`Said.verify`)."""
    if name in NEGATIVE_FAMILIES:
        return {"kind": "negative", "form": name, "segments": NEGATIVE_FAMILIES[name](fake, rng), "entities": []}
    u = FAMILIES[name](fake, rng).verify()
    return {"kind": "positive", "form": name, "segments": u.segments, "entities": u.entities}


def held_out() -> frozenset[str]:
    """None: written to be tuned on."""
    return frozenset()
