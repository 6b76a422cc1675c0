"""LiveKit Agents: ask callvault before starting egress (recording), and hand in the session's
transcript after the call, through the consent gate.

No LiveKit import here: the helpers take what a LiveKit Agents session holds (the chat history's
messages: `role`, `text_content` or `content`, `created_at` in seconds since the epoch), so they work
with any version and are tested without a LiveKit server. The recipe is in clients/python/README.md.
"""

import asyncio
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from .api.calls import get_decision
from .api.transcripts import create_transcript
from .client import AuthenticatedClient
from .decisions import follow_decision
from .models import DecisionRead, Problem, SegmentCreate, TranscriptCreate, TranscriptStored

__all__ = ["may_start_egress", "post_session_transcript", "segments_from_history", "wait_for_recording_consent"]

MS_PER_CHARACTER = 60  # a message's length in speech, when the history gives no end time (about 150 words/min)
MIN_SEGMENT_MS = 500


async def may_start_egress(client: AuthenticatedClient, call_id: UUID | str) -> bool:
    """Whether the call may be recorded now: start a room's egress only when it is."""
    decision = await get_decision.asyncio(call_id, client=client)
    return isinstance(decision, DecisionRead) and decision.may_record


async def wait_for_recording_consent(client: AuthenticatedClient, call_id: UUID | str, timeout: float) -> bool:
    """Follows the decision until the call may be recorded (True) or `timeout` seconds pass (False):
    start egress when it says True, and not before."""
    async def allowed() -> bool:
        async for change in follow_decision(client, call_id):
            if isinstance(change, DecisionRead) and change.may_record:
                return True
        return False

    try:
        return await asyncio.wait_for(allowed(), timeout)
    except TimeoutError:
        return False


def segments_from_history(messages: Iterable[Any], speakers: Mapping[str, UUID | str],
                          call_started_at: datetime) -> list[SegmentCreate]:
    """The chat history as transcript segments: a message's role picks its speaker (`speakers`, e.g.
    {"assistant": the virtual agent's participant id, "user": the caller's}); a role not in it (the
    system prompt, tool calls) is left out. Offsets count from the call's start; a message ends where
    the next begins, or after an estimate of its length in speech."""
    said = [(float(_field(m, "created_at")), str(_field(m, "role")), _text(m)) for m in messages]
    said = sorted((at, role, text) for at, role, text in said if role in speakers and text)
    base = call_started_at.timestamp()
    segments = []
    for n, (at, role, text) in enumerate(said):
        start = max(0, round((at - base) * 1000))
        estimate = start + max(MIN_SEGMENT_MS, MS_PER_CHARACTER * len(text))
        end = min(estimate, round((said[n + 1][0] - base) * 1000)) if n + 1 < len(said) else estimate
        segments.append(SegmentCreate(participant_id=UUID(str(speakers[role])), start_ms=start,
                                      end_ms=max(start, end), text=text))
    return segments


async def post_session_transcript(client: AuthenticatedClient, call_id: UUID | str, messages: Iterable[Any],
                                  speakers: Mapping[str, UUID | str], call_started_at: datetime, *,
                                  language: str = "en-US", engine: str = "livekit-agents",
                                  idempotency_key: str | None = None) -> TranscriptStored | Problem | None:
    """After the call: the session's transcript through `POST /v1/transcripts`. Segments of a speaker
    without transcription consent are refused (a Problem listing them) or left out, by the tenant's
    setting; pass an idempotency key (the room's session id) so that a retry stores it once."""
    segments = segments_from_history(messages, speakers, call_started_at)
    if not segments:
        return None
    body = TranscriptCreate(call_id=UUID(str(call_id)), language=language, engine=engine, segments=segments)
    return await create_transcript.asyncio(client=client, body=body,
                                           **({"idempotency_key": idempotency_key} if idempotency_key else {}))


def _field(message: Any, name: str) -> Any:
    return message.get(name) if isinstance(message, Mapping) else getattr(message, name)


def _text(message: Any) -> str:
    """LiveKit's ChatMessage has `text_content`; its `content` is a list of strings and other parts."""
    text = message.get("text_content") if isinstance(message, Mapping) else getattr(message, "text_content", None)
    if text is None:
        content = _field(message, "content")
        text = content if isinstance(content, str) else "\n".join(c for c in content or [] if isinstance(c, str))
    return text.strip()
