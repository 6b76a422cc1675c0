"""A value built up piece by piece, the agent reading back everything so far after each piece, then said whole:
every piece and every read-back is part of it; a number that only happens to begin it is not."""

import pytest

from services.transcripts.redaction import redact_segments


@pytest.mark.parametrize(("segments", "expected"), [
    (["Okay, the card, first four: 5223", "I have 5 2 2 3?", "Yep. Then 8624.", "I have 5 2 2 3, 8 6 2 4?",
      "Yes, then 4309...", "So 5 2 2 3, 8 6 2 4, 4 3 0 9?", "Correct. Next is 4183",
      "Okay, so far 5 2 2 3, 8 6 2 4, 4 3 0 9, 4 1 8 3?", "That's it."],
     ["Okay, the card, first four: [CARD]", "I have [CARD]?", "Yep. Then [CARD].", "I have [CARD]?",
      "Yes, then [CARD]...", "So [CARD]?", "Correct. Next is [CARD]", "Okay, so far [CARD]?", "That's it."]),
    (["It's brandy.", "So b-r-a-n-d-y?", "Yes, then dot wiley.", "So far brandy dot wiley?", "Yep, at yahoo dot com.",
      "So the whole thing is brandy.wiley@yahoo.com?", "That's it."],
     ["It's [EMAIL].", "So [EMAIL]?", "Yes, then [EMAIL].", "So far [EMAIL]?", "Yep, [EMAIL].",
      "So the whole thing is [EMAIL]?", "That's it."]),
    (["Okay, national insurance: H X...", "That's HX?", "Right, and then four three.", "That's HX 43?",
      "Right, and then oh two.", "So HX 43 02?", "Right, and then two three B...", "So HX 43 02 23B?", "That's it."],
     ["Okay, national insurance: [NINO]...", "That's [NINO]?", "Right, and then [NINO].", "That's [NINO]?",
      "Right, and then [NINO].", "So [NINO]?", "Right, and then [NINO]...", "So [NINO]?", "That's it."]),
    (["Vale, ocho cinco.", "Okay, so far 85?", "Yep. Then cinco ocho ocho...", "That's 85 588?",
      "Mm-hmm, seis cinco seis K.", "That's 85 588 656K?", "That's it."],
     ["Vale, [DNI].", "Okay, so far [DNI]?", "Yep. Then [DNI]...", "That's [DNI]?", "Mm-hmm, [DNI].",
      "That's [DNI]?", "That's it."]),
    (["It's hotel papa.", "Okay, so far HP?", "Yep. Then three seven.", "So HP 37?", "Correct. Next is three oh.",
      "I have HP 37 30?", "Mm-hmm, five seven charlie...", "That's HP 37 30 57C?", "Yes, that's all of it."],
     ["It's [NINO].", "Okay, so far [NINO]?", "Yep. Then [NINO].", "So [NINO]?", "Correct. Next is [NINO].",
      "I have [NINO]?", "Mm-hmm, [NINO]...", "That's [NINO]?", "Yes, that's all of it."]),  # letters in NATO words
])
def test_each_piece_of_a_value_read_back_as_it_is_built_up_is_hidden(segments, expected):
    assert redact_segments(segments)[0] == expected


@pytest.mark.parametrize("segments", [
    ["the total was 41 dollars", "and 4111", "my card is 4111 1111 1111 1111"],  # a chain of two, its start short
    ["I was born in 1985, my zip is 19.", "my card is 4111 1111 1111 1111"],
    ["order 4111 shipped", "the tracking number is 9921", "my card is 4111 1111 1111 1111"],  # no chain
])
def test_numbers_before_a_value_that_only_happen_to_say_part_of_it_are_left_alone(segments):
    redacted, _ = redact_segments(segments)
    assert redacted[:-1] == segments[:-1] and redacted[-1] == "my card is [CARD]"


@pytest.mark.parametrize(("segments", "expected"), [
    (["And your social?", "oh one four, nine six, zero zero three seven.", "Let me read that back. 014, yes?",
      "Yeah.", "nine six, is that right?", "Yeah.", "Then 0037, is that right?", "Yep."],
     ["And your social?", "[SSN].", "Let me read that back. [SSN], yes?", "Yeah.", "[SSN], is that right?", "Yeah.",
      "Then [SSN], is that right?", "Yep."]),
    (["El NIE: zeta, cuatro uno cinco cuatro cero cinco dos, ge.", "Vale, confirmo: zeta, ¿sí?", "Correcto.",
      "cuatro uno cinco, ¿sí?", "Eso es.", "cuatro cero cinco dos?", "Sí, sí.", "Y ge, ¿sí?", "Eso es."],
     ["El NIE: [NIE].", "Vale, confirmo: [NIE], ¿sí?", "Correcto.", "[NIE], ¿sí?", "Eso es.", "[NIE]?", "Sí, sí.",
      "Y [NIE], ¿sí?", "Eso es."]),  # letters by their Spanish names; "Y" there is "and"
])
def test_a_value_said_whole_then_read_back_a_part_a_line_is_hidden_in_each(segments, expected):
    assert redact_segments(segments)[0] == expected


@pytest.mark.parametrize(("segments", "expected"), [
    # a read-back mended: the line saying the right digits beside the wrong ones reads nothing back
    (["my social is seven three oh five seven nine nine oh six.", "Let me read that back: 730-58-9906?",
      "No, the middle is five seven, not five eight.", "Got it."],
     ["my social is [SSN].", "Let me read that back: [SSN]?", "No, the middle is five seven, not five eight.",
      "Got it."]),
    # letters asked about, not read back
    (["it's P P seven five six oh three six A.", "Sorry, the second letter, was that a P or a B?", "It's P."],
     ["it's [NINO].", "Sorry, the second letter, was that a P or a B?", "It's P."]),
    # numbers after a value that happen to say its start and go on from it, five digits in all
    (["my card is 4111 1111 1111 1111", "and the order was 411 units", "shipped on the 11th"],
     ["my card is [CARD]", "and the order was 411 units", "shipped on the 11th"]),
])
def test_lines_after_a_value_that_do_not_read_it_back_part_by_part_are_left_alone(segments, expected):
    assert redact_segments(segments)[0] == expected
