"""A segment that is itself a transcript (speaker tags, timestamps, lines, as a one-channel export writes
it): the pieces said in it read as a conversation's segments, each redacted on its own, tags and times kept."""

import pytest

from services.transcripts.redaction import redact, redact_segments
from services.transcripts.redaction.markup import said_pieces


def _said(text: str) -> list[str]:
    return [text[piece.start:piece.end] for piece in said_pieces(text)]


@pytest.mark.parametrize(("text", "pieces"), [
    ("Caller: my card is 4469\nAgent: Got it.", ["my card is 4469", "Got it."]),
    ("SPEAKER_1: 875\nSPEAKER_0: Right.", ["875", "Right."]),
    ("Speaker 2: SSN 552\nSpeaker 1: mm-hmm", ["SSN 552", "mm-hmm"]),
    ("[customer] NIE Y\n[agent] Okay.", ["NIE Y", "Okay."]),
    ("[00:33:27] NI number, NC72...\n[00:33:32] 1709...", ["NI number, NC72...", "1709..."]),
    ("(28:49) National insurance number is H G eight nine, (28:53) five one one oh",
     ["National insurance number is H G eight nine, ", " five one one oh"]),
    ("46:15 - My number is 656, 46:19 - 962,", ["My number is 656, ", " 962,"]),
    ("[17:10.6] Card number is three five", ["Card number is three five"]),
    ("Teléfono: 600 279 604\nNIF: 65970976F", ["Teléfono: 600 279 604", "NIF: 65970976F"]),  # a form's names stay
    ("meet me at 10:30 tomorrow", ["meet me at 10:30 tomorrow"]),
    ("[2026-12-05 10:02:33] Customer: hi\n12/05/2026 10:03 AM Agent #4412: ok", ["hi", "ok"]),  # a chat's export
    ("Speaker 1  0:05\nhello there\n\nSpeaker 2  0:09\nhi", ["hello there", "hi"]),  # a turn's heading line
    ("1\n00:00:01,000 --> 00:00:04,000\nHello.\n\n2\n00:00:04,500 --> 00:00:06,000\nHi.", ["Hello.", "Hi."]),
    ("(a) one\n[x] two\n\u2022 three", ["one", "two", "three"]),  # a list's marks
])
def test_a_transcripts_tags_and_timestamps_are_no_part_of_what_was_said(text, pieces):
    assert _said(text) == pieces


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaker 1: Ready when you are.\nSpeaker 2: SSN seven seven seven eight four\nSpeaker 1: mm-hmm\n"
     "Speaker 2: two five three four...\nSpeaker 1: Got all of it.",
     "Speaker 1: Ready when you are.\nSpeaker 2: SSN [SSN]\nSpeaker 1: mm-hmm\nSpeaker 2: [SSN]...\n"
     "Speaker 1: Got all of it."),
    ("SPEAKER_0: Okay, what is it?\nSPEAKER_1: call me at 616\nSPEAKER_0: Go on.\nSPEAKER_1: 875\n"
     "SPEAKER_0: Right.\nSPEAKER_1: 7616\nSPEAKER_0: Got all of it.",
     "SPEAKER_0: Okay, what is it?\nSPEAKER_1: call me at [PHONE]\nSPEAKER_0: Go on.\nSPEAKER_1: [PHONE]\n"
     "SPEAKER_0: Right.\nSPEAKER_1: [PHONE]\nSPEAKER_0: Got all of it."),
    ("[41:29.9] Social security, 130... [41:31.2] 14... [41:33.6] 7720. [41:36.2] okay, thank you",
     "[41:29.9] Social security, [SSN]... [41:31.2] [SSN]... [41:33.6] [SSN]. [41:36.2] okay, thank you"),
    ("Agent: Go ahead.\nCaller: the IBAN is ES86 3748\nAgent: Go on.\nCaller: 5550 1184\nAgent: mm-hmm\n"
     "Caller: 2766 8484\nAgent: Got all of it.",
     "Agent: Go ahead.\nCaller: the IBAN is [IBAN]\nAgent: Go on.\nCaller: [IBAN]\nAgent: mm-hmm\n"
     "Caller: [IBAN]\nAgent: Got all of it."),
    ("[00:33:27] NI number, NC72...\n[00:33:32] 1709...\n[00:33:35] D.\n[00:33:41] got it",  # "D." no aside
     "[00:33:27] NI number, [NINO]...\n[00:33:32] [NINO]...\n[00:33:35] [NINO].\n[00:33:41] got it"),
    ("[2:37.1] It's XX [2:40.9] 597 [2:46.6] 961 [2:51.7] B. [2:57.6] okay, thank you",
     "[2:37.1] It's [NINO] [2:40.9] [NINO] [2:46.6] [NINO] [2:51.7] [NINO]. [2:57.6] okay, thank you"),
    ("[agent] Ready when you are.\n[customer] NIE Y\n[agent] Okay.\n[customer] 3152\n[agent] Okay.\n"
     "[customer] 391W...\n[agent] Thank you.",  # a turn that ends with a code's letter is no aside
     "[agent] Ready when you are.\n[customer] NIE [NIE]\n[agent] Okay.\n[customer] [NIE]\n[agent] Okay.\n"
     "[customer] [NIE]...\n[agent] Thank you."),
])
def test_a_value_said_over_a_transcripts_turns_is_hidden_piece_by_piece(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Caller: that's 847\nAgent: mm-hmm\nCaller: then 867 then 6054 steps, my step count this week",
    "[00:01:02] I'll be there at 4:15 [00:01:05] with 12 boxes [00:01:09] okay",
])
def test_counts_and_times_in_a_transcript_are_left_alone(text):
    assert redact(text)[1] == []


# 4539 1488 0343 0007 passes Luhn (so do a tenth of any 16 digits), Y1234567X is a NIE, 415 523 8886 a US number:
# each split below where no one value is said across the tag, the line or the cue.
@pytest.mark.parametrize("text", [
    "Agent: Your reference is 4539 1488\nCaller: 0343 0007 is what I have on the letter",
    "Caller: my reference is 4539 1488 0343\nAgent: Okay. And the PIN?\nCaller: 0007",
    "Agent: Last four of the card?\nCaller: 4539\nAgent: And the zip code?\nCaller: 1488 0343 0007",
    "Speaker 1: I'm in room 4539\nSpeaker 2: 1488\nSpeaker 3: 0343\nSpeaker 4: 0007",
    "(a) 4539\n(b) 1488\n(c) 0343\n(d) 0007",
    "Rooms booked:\n[x] 5133\n[x] 2893\n[ ] 8426\n[x] 2026",  # a list's items, the next item's mark no DNI letter
    "[INFO] batch 4539 1488\n[INFO] 0343 0007 rows",
    "User: 4539 1488\nAssistant: I heard 4539 1488, is that right?\nUser: 0343 0007 is the other one",
    "SPEAKER_0: Which floor?\nSPEAKER_1: Y 1234\nSPEAKER_0: And the door?\nSPEAKER_1: 567 X",
    "Rep: Our extension is 415\nCustomer: mine's 523 8886",
    "1\n00:00:08,000 --> 00:00:16,000\nroom 3255\n\n2\n00:00:23,000 --> 00:00:32,500\nthe 9291 bus",
    # no speakers named, the other party's question for another number between
    "[00:01:02] What's the order number?\n[00:01:05] 4539 1488\n[00:01:08] And the tracking number?\n"
    "[00:01:10] 0343 0007",
    # joined across lines or times, a checksum's chance match where the words name another kind of number
    "[10:02] Customer: my order is 4539 1488\n[10:03] Customer: 0343 0007 was the old one",
    "Assistant: Please say your policy number.\nUser: 4539 1488\nAssistant: Thanks, anything else?\n"
    "User: 0343 0007 is my claim",
    "(10:50) the order was 4539 1488 (10:53) and 0343 0007 (10:57) right",
    "[00:01:02] Agent: I have here 4539 1488 [00:01:05] Caller: 0343 0007 is mine",  # a turn inside the line
    "[00:00:05] el localizador es 1234\n[00:00:08] 5678 Z",
    # a chat export's dates, once read as a number to call ("2026-12-05 10")
    "[2026-12-05 10:02:33] Customer: can you call me back later?\n[2026-12-05 10:02:41] Agent: sure, we will",
    "2026-12-05 10:02:33 Customer: please call me\n2026-12-05 10:02:41 Agent: okay",
])
def test_what_different_speakers_lines_or_questions_keep_apart_is_not_joined(text):
    assert redact(text)[1] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Caller: my card is 4539 1488\nAgent: Sorry, could you say that again slowly?\nCaller: 0343 0007",
     "Caller: my card is [CARD]\nAgent: Sorry, could you say that again slowly?\nCaller: [CARD]"),
    ("Caller: my card is 4539 1488\nCaller: 0343 0007\nAgent: Thanks.",
     "Caller: my card is [CARD]\nCaller: [CARD]\nAgent: Thanks."),
    ("[00:01] Caller: my card is 4539 1488 [00:03] Agent: okay [00:05] Caller: 0343 0007 [00:07] Agent: thanks",
     "[00:01] Caller: my card is [CARD] [00:03] Agent: okay [00:05] Caller: [CARD] [00:07] Agent: thanks"),
    ("Caller: okay, in order to pay I'll give you 4539 1488\nCaller: 0343 0007",  # "in order": no order named
     "Caller: okay, in order to pay I'll give you [CARD]\nCaller: [CARD]"),
    ("(10:50) my card is 4539 1488 (10:53) 0343 0007 (10:57) right",
     "(10:50) my card is [CARD] (10:53) [CARD] (10:57) right"),
    ("[00:00:05] mi DNI es 1234\n[00:00:08] 5678 Z", "[00:00:05] mi DNI es [DNI]\n[00:00:08] [DNI]"),
    ("1\n00:00:01,000 --> 00:00:03,000\nMy card is 4539 1488\n\n2\n00:00:03,000 --> 00:00:05,000\n0343 0007",
     "1\n00:00:01,000 --> 00:00:03,000\nMy card is [CARD]\n\n2\n00:00:03,000 --> 00:00:05,000\n[CARD]"),
])
def test_a_value_goes_on_over_its_speakers_lines_a_short_question_and_a_cue(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Caller: my card is 4539 1488\nAgent: 4539 1488, yes\nCaller: 0343 0007\nAgent: 0343 0007, thank you",
     "Caller: my card is [CARD]\nAgent: [CARD]\nCaller: [CARD]\nAgent: [CARD], thank you"),  # "yes" inside the run
    ("Caller: it's four five three nine\nAgent: four five three nine\nCaller: one four eight eight\n"
     "Agent: one four eight eight\nCaller: oh three four three oh oh oh seven\nAgent: Thank you.",
     "Caller: it's [CARD]\nAgent: [CARD]\nCaller: [CARD]\nAgent: [CARD]\nCaller: [CARD]\nAgent: Thank you."),
])
def test_the_other_speakers_read_back_of_what_was_said_so_far_is_no_other_value(text, expected):
    assert redact(text)[0] == expected


# A segment that names no speaker goes on with the one before; one that names another speaker is that speaker's.
@pytest.mark.parametrize("segments", [
    ["Agent: What I have here is 4539 1488", "Caller: 0343 0007 is what I have on the letter"],
    ["Speaker 1: I'm at desk 4539", "Speaker 2: 1488", "Speaker 3: 0343", "Speaker 4: 0007, same floor"],
    ["It says 4539 1488 0343", "Okay. And the PIN?", "0007"],
])
def test_segments_of_different_speakers_or_around_a_question_are_not_joined(segments):
    assert redact_segments(segments)[1] == []


@pytest.mark.parametrize("segments", [
    ["Caller: my card is 4539 1488", "Agent: mm-hmm", "Caller: 0343 0007"],
    ["Caller: my card is 4539 1488", "0343 0007"],
    ["my card is 4539 1488", "mm-hmm", "0343 0007"],
])
def test_a_value_goes_on_over_segments_of_one_speaker(segments):
    assert {f.segment for f in redact_segments(segments)[1] if f.type == "CREDIT_CARD"} == {0, len(segments) - 1}
