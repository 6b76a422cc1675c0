"""The LiveKit helpers' pure part: a LiveKit Agents chat history as transcript segments."""

from datetime import UTC, datetime
from types import SimpleNamespace
from uuid import uuid4

from callvault_client.livekit import segments_from_history

STARTED = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
BOT, CALLER = uuid4(), uuid4()


def _at(seconds: float) -> float:
    return STARTED.timestamp() + seconds


def test_roles_pick_speakers_and_what_has_no_speaker_is_left_out():
    history = [{"role": "system", "content": ["You are a helpful agent."], "created_at": _at(0)},
               {"role": "user", "content": ["I'd like to book."], "created_at": _at(7.5)},
               SimpleNamespace(role="assistant", text_content="Hello, this call is recorded.", created_at=_at(2)),
               {"role": "assistant", "content": [{"tool": "lookup"}], "created_at": _at(8)}]
    segments = segments_from_history(history, {"assistant": BOT, "user": CALLER}, STARTED)
    assert [(s.participant_id, s.start_ms, s.text) for s in segments] == \
        [(BOT, 2000, "Hello, this call is recorded."), (CALLER, 7500, "I'd like to book.")]


def test_a_message_ends_where_the_next_begins_or_after_its_spoken_length():
    history = [{"role": "assistant", "text_content": "A long greeting " * 10, "created_at": _at(1)},
               {"role": "user", "text_content": "Hi", "created_at": _at(3)}]
    first, last = segments_from_history(history, {"assistant": BOT, "user": CALLER}, STARTED)
    assert first.end_ms == 3000  # cut at the reply, not its estimated 9.6 s
    assert last.end_ms == 3000 + 500  # a short word: the minimum


def test_a_message_from_before_the_call_started_counts_from_its_start():
    [segment] = segments_from_history([{"role": "user", "text_content": "early", "created_at": _at(-5)}],
                                      {"user": CALLER}, STARTED)
    assert segment.start_ms == 0
