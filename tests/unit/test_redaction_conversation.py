"""Values said across a conversation's turns as people give them (recognizers version 11 and 12): cut off by the other
speaker and taken up again a little way back, begun and said anew, a chunk to a line each read back, an
identifier's letter asked for in a turn of its own, said again in other words, a card's expiry and code given in
order after it or asked for on their own; and what looks like them but is not."""

import pytest

from services.transcripts.redaction import redact_segments


def hidden(segments: list[str]) -> list[str]:
    return redact_segments(segments)[0]


@pytest.mark.parametrize(("segments", "expected"), [
    # cut off by the other speaker, taken up a little way back (whole groups, or inside one)
    (["Okay, it's six five eight two forty-four...", "Sorry, I cut you off, from where?",
      "Sorry, eight two forty-four seventeen seven nine oh one zero one three zero. Got it?"],
     ["Okay, it's [CARD]...", "Sorry, I cut you off, from where?", "Sorry, [CARD]. Got it?"]),
    (["Okay, it's 4845 6712 10", "[overlapping] Sorry, sorry, carry on.", "Sorry, 12 1036 2868. Got it?"],
     ["Okay, it's [CARD]", "[overlapping] Sorry, sorry, carry on.", "Sorry, [CARD]. Got it?"]),
    (["My social's 459 37...", "Sorry, what was that after the", "Sorry, 37 0847. That's it."],
     ["My social's [SSN]...", "Sorry, what was that after the", "Sorry, [SSN]. That's it."]),
    # the other speaker's "Oh sorry, you go." is no zero
    (["Okay, it's 4205 4014...", "Oh sorry, you go. [crosstalk]", "5517 4024. Got it?"],
     ["Okay, it's [CARD]...", "Oh sorry, you go. [crosstalk]", "[CARD]. Got it?"]),
    (["IBAN is NL23 XXQP 7973 -", "Oh sorry, you go. [crosstalk]", "Yeah, 7973 0086 69"],
     ["IBAN is [IBAN] -", "Oh sorry, you go. [crosstalk]", "Yeah, [IBAN]"]),
    (["It's eric dot tran at", "Sorry, I talked over you there. Go on.", "Sorry. eric dot tran at yahoo dot com"],
     ["It's [EMAIL]", "Sorry, I talked over you there. Go on.", "Sorry. [EMAIL]"]),
    # begun, cut off, and said anew from the start
    (["Right, the card number's three seven eight one one two two nine four nine...",
      "Can I stop you there, just so I get it right? Again, slower please.",
      "Okay. three seven eight one. Twelve twenty-nine forty-nine. Four nine seven seven eight."],
     ["Right, the card number's [CARD]...", "Can I stop you there, just so I get it right? Again, slower please.",
      "Okay. [CARD]."]),
    # an IBAN dictated a chunk to a line, each read back
    (["Okay, the IBAN. MT02 VALL.", "So M T 0 2, V A L L?", "Correct. Then 5563 7533.", "So 5 5 6 3, 7 5 3 3, correct?",
      "Correct, next 0459 6881.", "So 0 4 5 9, 6 8 8 1, correct?", "Correct. Then 5430 317.",
      "So 5 4 3 0, 3 1 7, correct?", "Correct, that's all."],
     ["Okay, the IBAN. [IBAN].", "So [IBAN]", "Correct. Then [IBAN].", "So [IBAN]", "Correct, next [IBAN].",
      "So [IBAN]", "Correct. Then [IBAN].", "So [IBAN], correct?", "Correct, that's all."]),
    # the letter asked for in a turn of its own (the DNI's check letter decides)
    (["el DNI: 26.930.790.", "Vale. ¿Y la letra del final?", "La K."],
     ["el DNI: [DNI].", "Vale. ¿Y la letra del final?", "La [DNI]."]),
    (["mi DNI es 18.271.634.", "Vale. ¿Y la letra del final?", "ce."],
     ["mi DNI es [DNI].", "Vale. ¿Y la letra del final?", "[DNI]."]),
    (["It's H C 74 45 83...", "There should be a letter after that as well?", "Yeah, it's A, I think."],
     ["It's [NINO]...", "There should be a letter after that as well?", "Yeah, it's [NINO], I think."]),
    # said again in other words
    (["Can you call me back on (478) 815-7954. Again, four seven eight eight one five seven nine five four."],
     ["Can you call me back on [PHONE]. Again, [PHONE]."]),
])
def test_a_value_said_across_turns_is_hidden_in_each(segments, expected):
    assert hidden(segments) == expected


@pytest.mark.parametrize(("segments", "expected"), [
    # (from a review of version 11) an "Oh." alone is a zero said slowly, not the other speaker's exclamation
    (["My number is four one five five five five.\nOh.\nOne nine nine."],
     ["My number is [PHONE].\n[PHONE].\n[PHONE]."]),
    (["Caller: My number is four one five five five five.", "Caller: Oh.", "Caller: One nine nine."],
     ["Caller: My number is [PHONE].", "Caller: [PHONE].", "Caller: [PHONE]."]),
    # the caller's own "sorry, I mean" still takes back the group before it
    (["card number four five three two, oh one five one, one two eight three, oh three seven six\nsorry, I mean\n"
      "oh three six six"], ["card number [CARD]\nsorry, I mean\n[CARD]"]),
    # words that name another kind of number only right before it, or a line cut off two turns up
    (["You can reach me at my employer's office, 415 555 0199."],
     ["You can reach me at my employer's office, [PHONE]."]),
    (["Reach me on my mobile, it's on the gift card form too: 415-555-0199"],
     ["Reach me on my mobile, it's on the gift card form too: [PHONE]"]),
    (["I have the order here in front of me and I can see it was shipped on Tuesday.\nGreat.\n415 555 0199"],
     ["I have the order here in front of me and I can see it was shipped on Tuesday.\nGreat.\n[PHONE]"]),
    # a subtitle export's voice named by a number is no tag: the number is redacted
    (["<v +1 415 555 0199>Hi, I need help with my bill.\n<v Agent>Sure."],
     ["<v [PHONE]>Hi, I need help with my bill.\n<v Agent>Sure."]),
])
def test_what_a_review_of_version_11_found_left_in_the_clear_is_hidden(segments, expected):
    assert hidden(segments) == expected


def test_a_german_ein_names_no_other_kind_of_number():
    assert redact_segments(["Mein Handy ist ein neues: 0151 23456789"], region="DE")[0] == \
        ["Mein Handy ist ein neues: [PHONE]"]


@pytest.mark.parametrize(("segments", "expected"), [
    # in the order people give them: the expiry (a year a card could have), then the code
    (["Right, so twenty-three forty, two two nine one, fifty-five thirteen, fifteen thirty-five... oh one thirty-one,"
      " one two eight. That's everything."], ["Right, so [CARD]... [CARD_EXPIRY], [CARD_CODE]. That's everything."]),
    (["me: 340234456707490 / 10/27 / 6488\nis that enough?"],
     ["me: [CARD] / [CARD_EXPIRY] / [CARD_CODE]\nis that enough?"]),
    # in Spanish
    (["el número de la tarjeta es 4111 1111 1111 1111. Caducidad: cero dos barra treinta y uno"],
     ["el número de la tarjeta es [CARD]. Caducidad: [CARD_EXPIRY]"]),
    # asked for on their own, no card said near
    (["And the three digits on the back?", "It's four one nine."], ["And the three digits on the back?",
                                                                     "It's [CARD_CODE]."]),
    (["the card is valid to oh three thirty-one"], ["the card is valid to [CARD_EXPIRY]"]),
    (["I have your card on file.", "What's the expiry date on it?", "Expiry is oh four twenty nine."],
     ["I have your card on file.", "What's the expiry date on it?", "Expiry is [CARD_EXPIRY]."]),
])
def test_a_cards_expiry_and_code_are_hidden_in_order_or_asked_for_alone(segments, expected):
    assert hidden(segments) == expected


@pytest.mark.parametrize("segments", [
    # a card followed by an amount, a year no card has, a longer number: no detail of it
    ["card 4111 1111 1111 1111, 1999, and the order 41 22 33 55 66"],
    ["card 4111 1111 1111 1111", "So 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1?"],
    # a security code texted for a sign-in, a passport's expiry
    ["We texted you a security code, it's 482913."],
    ["Your passport expires oh four twenty nine, and the card is fine."],
    # two numbers, the second beginning with the first's end: no number taken up again
    ["My order is 4411 2233.", "Thanks.", "And my account, 3344 5566, sorry, 33 445 566."],
    # "Oh sorry" between two numbers that make nothing together
    ["It's 1234...", "Oh sorry, you go.", "5678."],
    # a letter asked for, no identifier before it
    ["My order is 12345678.", "And the letter?", "K."],
    # a word of another spelling alphabet alone after eight digits is a word, no DNI's check letter
    ["The tracking number is 20481012 how long will it take?"],
    ["Invoice 20481022, Maria will send it."],
])
def test_what_looks_like_those_is_left_alone(segments):
    redacted, found = redact_segments(segments)
    assert found == [] or {f.type for f in found} == {"CREDIT_CARD"}, (redacted, found)
    assert all("[CARD_" not in text for text in redacted), redacted


# Version 12 (the thirteenth batch's kinds, 2026-12-06): a group of a value asked about and said again, a card's code
# after the last four the signature strip prints, an expiry asked for month and year apart, a card given up for
# another, addresses with a company's words or an apostrophe said away, Catalan, Galician, Belgian and Swiss
# numbers, other languages' "plus", "then" and letters' names, a dialling code asked for apart, a trunk-0 number
# from abroad said with no word naming it, an SSN shown masked before it is asked for whole.
@pytest.mark.parametrize(("segments", "expected"), [
    (["Sure, forty seventy-eight, forty-two twenty-one, thirteen seventy-five, oh oh fifty-eight.",
      "Was that thirteen, the teen, or thirty?", "Teen, sorry. That group is one three seven five. Sorry."],
     ["Sure, [CARD].", "Was that thirteen, the teen, or thirty?", "Teen, sorry. That group is [CARD]. Sorry."]),
    (["Sure, seven zero three, nine two, zero one zero three.", "And the two in the middle were?", "ninety-two.",
      "92, got it. Thank you."],
     ["Sure, [SSN].", "And the two in the middle were?", "[SSN].", "[SSN], got it. Thank you."]),
    (["Sure. 2267... three one six four... 3256... 8560.", "Then the CVV, please, on the signature strip.",
      "On the back it's eight five six oh, two four three.", "Just the last three. So 243?", "Yes."],
     ["Sure. [CARD].", "Then the CVV, please, on the signature strip.",
      "On the back it's eight five six oh, [CARD_CODE].", "Just the last three. So [CARD_CODE]?", "Yes."]),
    (["Card number?", "3493, 280934, 08321.", "Expiry, month first?", "Um, 06.", "And the year?", "Oh, thirty"],
     ["Card number?", "[CARD].", "Expiry, month first?", "Um, [CARD_EXPIRY].", "And the year?", "Oh, [CARD_EXPIRY]"]),
    (["It's 3569 4017 5930... oh, hang on, that's the old one. Right, the new one: 3506... 8025... oh one "
      "thirty-five... 4478."],
     ["It's [CARD], hang on, that's the old one. Right, the new one: [CARD]."]),
    (["It's timothy dot o brien, without the apostrophe, at yahoo dot com."], ["It's [EMAIL]."]),
    (["Use my work one, it's b dot bates at first choice motors dot co dot za."], ["Use my work one, it's [EMAIL]."]),
    (["doncs, zero set tres dos un zero un un.", "I la lletra?", "És la L."],
     ["doncs, [DNI].", "I la lletra?", "És la [DNI]."]),
    (["si, un tres nove tres seis catro cero oito, H, grazas"], ["si, [DNI], grazas"]),
    (["mon natel, c'est le zéro quatre septante-quatre, soixante-huit, septante-six, quinze."],
     ["mon natel, c'est le [PHONE]."]),
    (["desde fuera sería más treinta y cuatro, siete tres tres, seis ocho, uno ocho, cero cuatro"],
     ["desde fuera sería [PHONE]"]),
    (["Also, D E neunundvierzig, dann achtundvierzig siebzehn, und dann einundsiebzig siebenunddreißig, und dann "
      "einundneunzig einundneunzig, und dann neun vier drei zwei, neunundzwanzig."], ["Also, [IBAN]."]),
    (["o IBAN é pê, tê, oitenta e cinco, seis cinco sete oito, vinte e nove quinze, dois nove oito um, quatro cinco "
      "três dois, nove zero quatro nove, sete, obrigada"], ["o IBAN é [IBAN], obrigada"]),
    (["è ics, uno cinque sette, sei due uno sette, G."], ["è [NIE]."]),
    (["Welche Vorwahl?", "null dreißig.", "Und dann?", "sechsundvierzig zweiundsechzig null sechs fünfundneunzig."],
     ["Welche Vorwahl?", "[PHONE].", "Und dann?", "[PHONE]."]),
    (["Over here it's oh seven three seven four, nine seven three four oh three."], ["Over here it's [PHONE]."]),
    (["It's (01) 268 3505"], ["It's [PHONE]"]),
    (["Customer: xxx-xx-3901", "I'll need the full number to find the account, please.", "Guest: 525473901 thanks"],
     ["Customer: xxx-xx-3901", "I'll need the full number to find the account, please.", "Guest: [SSN] thanks"]),
    # nine of a number to call's ten digits, named after the SSN, are no SSN
    (["My social is two six five, oh three, five two five two. Please call me back at six four five, nine four "
      "three, eight three six eight."], ["My social is [SSN]. Please call me back at [PHONE]."]),
])
def test_version_12_reads_what_the_thirteenth_batch_showed(segments, expected):
    assert hidden(segments) == expected


@pytest.mark.parametrize(("segments", "clear"), [
    # a read-back's wrong group corrected is no part of the value
    (["my social is seven four oh nine nine one eight two oh.", "Let me read that back: 740-08-1820?",
      "No, the middle is nine nine, not oh eight."], 2),
    # a card named by its last four, not given up: the one given is the card
    (["Not the one ending in 2874, that one's expired. Use the new one.", "So it's 3473 677475 20208."], 0),
    (["I'll meet you at the station at half past five."], 0),
    (["Es la zeta, set the table for two."], 0),  # Catalan's "set" only beside its own numbers
    (["The order number is 4539 1234... sorry, wrong one, that's the old order. It's 8812 3345 9910."], 0),
])
def test_version_12_leaves_what_only_looks_like_it(segments, clear):
    assert hidden(segments)[clear] == segments[clear]
