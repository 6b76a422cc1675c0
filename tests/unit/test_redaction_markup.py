"""A segment that is itself a transcript (speaker tags, timestamps, lines, as a one-channel export writes
it): the pieces said in it read as a conversation's segments, each redacted on its own, tags and times kept."""

import pytest

from services.transcripts.redaction import redact
from services.transcripts.redaction.markup import said_pieces


def _said(text: str) -> list[str]:
    return [text[start:end] for start, end in said_pieces(text)]


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
