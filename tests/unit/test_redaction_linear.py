"""Redaction runs in time linear in the text's length, whatever the text (issue 27, item 2): a megabyte
of each character class that once made a pattern backtrack, or that makes a recognizer look at many
candidates, costs at most a bounded multiple of a megabyte of ordinary call text redacted in the same
test, and four times the text costs about four times as much (a quadratic cost would be sixteen).
CPU time of this thread, compared within the test: no absolute timer. And the CPU budget stops one
that overruns."""

import time

import pytest

from services.transcripts.redaction import Budget, BudgetExceeded, redact

MB = 1_000_000
ORDINARY = ("Thanks for calling, how can I help you today? I wanted to check on my order from last week. "
            "Sure, let me pull that up for you, it should ship on Tuesday and arrive by the end of the week. ")
# The classes at a quarter of a megabyte (a megabyte until 2026-12-06, half until 2026-12-07); runs that
# give the card, email, date, IBAN and spoken-number recognizers the most to do at a sixteenth of one (a quarter
# until 2026-12-07, when the test took five of `make test`'s twenty minutes: a quadratic path shows where it costs
# about twice the linear work at the whole length; a cheap one, a comparison per pair of cards found, was caught at
# neither length in a trial) (repairs and
# hesitations inside numbers, an IBAN's search going on from each word, an area code joined to what follows; a said
# address's normalization and its longest domain, a whole national number said with no words, another kind's words
# before a number; an id's letters said "b for bravo" with pauses before its digits, a country code joined to what
# follows, an expiry's month and year joined over "of"; a transcript's speaker tags and timestamps, each a piece)
# (the test's time is the machine's).
RUNS = [*((unit, MB // 4) for unit in ("(", "a@", "1 ", "-.", " ")),
        *((unit, MB // 16) for unit in ("4111111111111111 ", "at . ", "born 1 ", "oh uh ", "a.b@c.de ", "A1",
                                         "d e 8 9 ",
                                         "j o at sign a dash b dot ", "double uh ", "ab 12 ", "4 sorry 1 ",
                                         "one sec 1 ", "area code 415 and 5 ", "x at a dot b dot c dot d dot e ",
                                         "j as in j, o, at b dot ", "four one five five five five oh one nine nine x ",
                                         "order 415 555 0199 ", "a, at, b, dot, c, ", "b for bravo 1 ",
                                         "m j uh, 1 2 3 4 5 6 um b ", "plus 4 , 5 ",
                                         "expires 5 of 36 4111111111111111 ", "Agent: 1\n", "[00:01] 4 ",
                                         "1:11 - 2 ", "[a] ", "[a: ",
                                         # version 11: numbers taken up after the other speaker's turn, IBANs
                                         # dictated a line at a time, letters asked for, values said again,
                                         # card details in order, tags and other scripts' digits
                                         "4205 4014...\nOh sorry, you go.\n4014 ", "IE67 AIBK\nSorry.\n",
                                         "DE89\n3704\n", "12345678\n¿Y la letra?\nLa K.\n", "[noise] 4 <unk> ",
                                         "\uff14\uff11\uff11\uff11 \u0664 ", "card 4111111111111111, 04 29, 123 ",
                                         "call 415 555 0199 again four one five ", "vierenveertig um dois ",
                                         # version 12: groups said again, cards given up, expiries in two
                                         # turns, other languages' letters, numbers and dialling codes
                                         "703, 78, 2202.\nThe middle?\n78.\n",
                                         "3569 4017... the old one 4111111111111111 ",
                                         "card 4111111111111111\nExpiry, month?\n06.\nAnd the year?\n30.\n",
                                         "pê tê 23 dann ", "set sis nou un ", "Vorwahl?\nnull dreißig.\n",
                                         "at bright path care dot ",
                                         # version 13: Polish hundreds, typed IBAN heads across messages, letters
                                         # asked for before digits, a country code asked apart, a card begun
                                         "to pięćset osiemnaście ", "ES611438\nsent too soon 2837\n",
                                         "¿La letra?\nLa ce.\n¿Y los números?\n12345678\n",
                                         "country code?\nfour eight.\nthe rest?\n582 987 491\n",
                                         "six oh, um... 6011 ",
                                         # version 14: values read back a part a line, a NIR and an address over
                                         # turns, stammers, repairs with why, a codice fiscale spelled
                                         "882-46-7062.\neight eight two?\nYeah.\n",
                                         "un, treize...\nla suite ?\nzéro zéro huit.\n",
                                         "It's a dot b.\nAt?\nat x.\nDot com?\nNo, dot com.\n",
                                         "n-n-nine, after two ", "4111, no no, I read it upside down, 4111 ",
                                         "codice fiscale: B, L, anzi no, T ",
                                         # version 15: more languages' numbers, Spanish thousands and millions,
                                         # French hundreds, a NIR's key named apart
                                         "tre fem en nul, ni to ", "femtioett åttahundrasju ", "bat zortzi lau ",
                                         "cuatro mil doscientos cuarenta y ", "nueve millones mil ",
                                         "deux cent vingt-neuf, cent ", "sécu 2570715014140. Clé : 37 ",
                                         "numbers along the bottom 1 ", "year of birth?\nnineteen eighty.\n",
                                         "la lada 81 y después 4 ", "four two eleven thirty-four then nine ",
                                         "geboren am eins juni neunzehn mil ", "exp APR 2031 / 8 ",
                                         "a dot b, and then...\nAt?\nso at c dash d dot e f\n",
                                         "a.b {at} c {dot} d ", "x @ y . z . ", "doppio 3 ", "c.f. abcdef12 ",
                                         "numbers at the bottom 021000021 4111111111111111 ",
                                         "dob 0 4 1 8 1 9 8 3\n",
                                         # version 16: Czech hundreds, an expiry asked for in two questions, a
                                         # domain asked for, a DNI's letter mended, cities spelling, many expiries
                                         "sedm set devadesát tři ",
                                         "Which month does it expire?\nUh, eight.\nOkay, what year?\n2027.\n",
                                         "It starts a dash b.\nOkay, and the domain?\nc dot com.\n",
                                         "1234 5678, efe... no, perdón, de ", "C come Como, 4 ",
                                         "geldig tot 9 30, code 087, 4111111111111111 ",
                                         # its review: a month asked for on a line that does not end
                                         "What's the expiry month? 4 ",
                                         # version 17: an IBAN's groups echoed a turn each in pairs, a repair after
                                         # a value's last group, a NIR in French's words, an SSN's rest after a hold,
                                         # a fiscal code's plain letters before a city's, an account's repairs
                                         "E S dos siete\nVale, E S dos siete.\nveinte ochenta\n",
                                         "S E 1 2 3 4, nej förlåt, ", "un zéro soixante et un, non, ",
                                         "social 715 44\nThe last four?\n2053\n", "S Q R come Roma ",
                                         "the account is 1 2, no, ",
                                         # a text's shorthand after a card, a code answered in homophones
                                         "4111111111111111 ex 07.32 sc 913 ", "4111111111111111 cvv\nto won ate\n",
                                         # version 19: Slovak, Hungarian, Italian hundreds, Romanian and Greek
                                         # numbers, months and years in words, a card broken off by chatter
                                         "dvesto päť tridsaťdva ", "kétszázhuszonöt ", "seicentoquindici ",
                                         "douăzeci și trei ", "διακόσια σαράντα πέντε ",
                                         "ważna do czerwca dwa tysiące trzydziestego ",
                                         "expiră în noiembrie două mii douăzeci și ", "a rond b punct ",
                                         "4111, 1111... sorry, hang on. four o'clock ", "zweimal die Neun ",
                                         # a value broken off and taken up again lines on, each place read apart
                                         "iban GB82 WEST 1234...\nok the 62.96\nthen 5698 ", "A B 12...\nok\n34 ",
                                         # its review: many trailings-off near numbers, each a place to try
                                         "Agent: the IBAN... the 14th?\nCustomer: um... it was 3 items, 42.50.\n"
                                         "Agent: Okay... and the NIE?\nCustomer: Hang on... 77 81 20... no wait.\n",
                                         # a French IBAN by its RIB's fields, French thousands
                                         "F R 76, code banque 10278, guichet 57417, compte ", "dix mille deux cent ",
                                         # version 20: a BSN said in Dutch unnamed or printed beside Dutch numbers,
                                         # Dutch and German hundreds in one word
                                         "vijf een vier acht drie acht twee acht nul. ", "4561 93 820 twee ",
                                         "zeshonderdnegenenzeventig ", "dreihundertvierundzwanzig ",
                                         "En twee acht nul? ",
                                         # a date checked back a part a line, a slip inside a date, "mine is"
                                         "The eighth of October 1947.\nThe eighth?\nOf October?\n",
                                         "born May 13th, no, sorry, 12th, ", "born 1 May 1977. Mine is ",
                                         "And the year?\nOh, sixty-eight.\n", "checking in ",
                                         # Croatian, Bulgarian, Turkish and Welsh numbers
                                         "pedeset jedan sedamdeset ", "chetiri edno pet ", "beş yüz otuz üç ",
                                         "dim saith pump pet ",
                                         # fields named by a key: JSON, logfmt, XML
                                         '"exp_month": 8, ', "dob=1975-11-02 ", "<SSN>123-45-6780</SSN>",
                                         '"a": 1',
                                         # Slovene's and Bulgarian's pairs, new languages' expiry words
                                         "dvaintrideset ", "trideset i chetiri ", "Velja do nič ena, kartica "))]
# The slowest classes measured cost 24 to 29 times ordinary text (2026-12-06, a quiet machine): an IBAN's head said
# again and again ("d e 8 9 ", "IE67 AIBK | Sorry."), each read as far as an IBAN reaches, and as a dictation a line
# at a time. 25 failed a CI run on a loaded machine (CPU time grows with contention too): room for a noisy one.
MOST_TIMES_ORDINARY = 40
MOST_GROWTH = 8  # for four times the length: linear is 4, quadratic 16


def cpu_seconds(text: str) -> float:
    started = time.thread_time()
    redact(text)
    return time.thread_time() - started


def of_length(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


@pytest.fixture(scope="module")
def ordinary_megabyte() -> float:
    redact(of_length(ORDINARY, 10_000))  # warm: phonenumbers loads its metadata on first use
    return cpu_seconds(of_length(ORDINARY, MB))


@pytest.mark.parametrize(("unit", "length"), RUNS)
def test_any_run_costs_a_bounded_multiple_of_ordinary_text_of_its_length(unit, length, ordinary_megabyte):
    ordinary = ordinary_megabyte * length / MB
    quarter, whole = cpu_seconds(of_length(unit, length // 4)), cpu_seconds(of_length(unit, length))
    for _ in range(2):  # noise only ever adds time, to either: the best of three of each is the cost
        if whole <= MOST_GROWTH * max(quarter, ordinary / 4):
            break
        quarter = min(quarter, cpu_seconds(of_length(unit, length // 4)))
        whole = min(whole, cpu_seconds(of_length(unit, length)))
    assert whole <= MOST_TIMES_ORDINARY * ordinary, \
        f"{unit!r}: {whole:.2f} s for {length:,} characters against {ordinary:.2f} s for ordinary text"
    assert whole <= MOST_GROWTH * max(quarter, ordinary / 4), \
        f"{unit!r}: {quarter:.2f} s for {length // 4:,} characters, {whole:.2f} s for {length:,}: not linear"


def test_a_redaction_over_its_cpu_budget_stops_with_the_stage_it_was_in():
    with pytest.raises(BudgetExceeded) as stopped:
        redact(of_length("1 ", MB // 4), budget=Budget(0.001))
    assert stopped.value.spent > stopped.value.allowed == 0.001 and stopped.value.stage
    assert redact("card 4111 1111 1111 1111", budget=Budget(5.0))[0] == "card [CARD]"


def test_the_budget_bounds_reading_the_segments_and_replacing_too_not_only_the_recognizers():
    from services.transcripts.redaction import redact_segments

    spent = Budget(0.0, started=-1.0)  # spent before anything is read
    with pytest.raises(BudgetExceeded) as stopped:
        redact_segments(["Agent: hi", "Caller: 4111 1111 1111 1111"], budget=spent)
    assert stopped.value.stage == "markup"


# Texts of two kinds of line (found by a review of the read-backs and the markup, each once quadratic): a long line,
# then a line of many values that each look back over the lines before them for the pieces of a read-back; many
# values inside one piece after a line break; cue lines after a line of many timestamps.
TWO_LINES = [("QQ 7 ", "\nAB123456C ok"), ("word ", "\n" + "AB123456C " * 2_000),
             ("1 a ", "\n" + "4111 1111 1111 1111 " * 1_000), ("x", "\n" + "a.b@c.de " * 5_000),
             ("[00:01]", " x\n" + "1\n00:00:01,000 --> 00:00:02,000\nok\n\n" * 1_000)]


@pytest.mark.parametrize(("unit", "after"), TWO_LINES)
def test_a_long_line_then_many_values_costs_what_its_length_does(unit, after, ordinary_megabyte):
    length = MB // 4
    make = lambda size: of_length(unit, size) + after * (size * 4 // length or 1)  # noqa: E731
    quarter, whole = cpu_seconds(make(length // 4)), cpu_seconds(make(length))
    if whole > MOST_GROWTH * max(quarter, ordinary_megabyte / 16):
        whole = min(whole, cpu_seconds(make(length)))
    assert whole <= MOST_GROWTH * max(quarter, ordinary_megabyte / 16), \
        f"{unit!r}: {quarter:.2f} s for a quarter, {whole:.2f} s for the whole: not linear"


# A long stretch inside what a recognizer reads between two of its parts (found by a review of version 18: a list's
# last joiner, a pattern that backtracked over the spaces before the last number).
AROUND = [("My number is 12, 34, 56, 78", " ", "90"),
          ("card 4111111111111111", " expiry 12 ", "\nok")]  # an expiry asked for: its line's start looked for


@pytest.mark.parametrize(("before", "unit", "after"), AROUND)
def test_a_long_stretch_between_a_values_parts_costs_what_its_length_does(before, unit, after, ordinary_megabyte):
    length = MB // 16
    make = lambda size: before + of_length(unit, size) + after  # noqa: E731
    quarter, whole = cpu_seconds(make(length // 4)), cpu_seconds(make(length))
    if whole > MOST_GROWTH * max(quarter, ordinary_megabyte / 64):
        whole = min(whole, cpu_seconds(make(length)))
    assert whole <= MOST_GROWTH * max(quarter, ordinary_megabyte / 64), \
        f"{unit!r}: {quarter:.2f} s for a quarter, {whole:.2f} s for the whole: not linear"
