"""Pipecat (`pip install 'callvault-client[pipecat]'`): a processor that lets a bot's audio and
transcription frames through only while the call's callvault decision allows them, and a frame
that records the caller's answer when the bot asked for consent.

Put `ConsentGate` before whatever records or transcribes (an audio recorder, the STT service, a
transcript logger). Audio frames pass while `may_record`, transcription frames while
`may_transcribe`; every other frame always passes. A held-back frame is dropped, never buffered:
releasing it later would record what was said before consent. Until the first decision arrives
nothing is let through (fail safe). The gate follows the decision stream from the pipeline's start
(a withdrawal closes it within the stream's latency) and reads the decision again right after it
records a `ConsentAnswerFrame`, so the frames after an answer meet the new decision."""

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from uuid import UUID

from pipecat.frames.frames import (
    AudioRawFrame,
    CancelFrame,
    DataFrame,
    EndFrame,
    Frame,
    InterimTranscriptionFrame,
    StartFrame,
    TranscriptionFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from .api.calls import get_decision, record_consent_events
from .client import AuthenticatedClient
from .decisions import follow_decision
from .models import DecisionRead, EventCreate, EventCreateEvidenceType0, EventType, Method, Problem, Purpose

__all__ = ["ConsentAnswerFrame", "ConsentGate", "DecisionFrame"]


@dataclass
class ConsentAnswerFrame(DataFrame):
    """The caller's answer to the bot's consent question: recorded as a consent event (verbal, with
    the utterance as evidence), then the decision is read again before the next frame."""

    participant_id: UUID
    granted: bool
    purposes: list[str] = field(default_factory=lambda: ["recording", "transcription"])
    utterance: str | None = None


@dataclass
class DecisionFrame(DataFrame):
    """A decision handed to the gate in order with the other frames (the stream's own updates apply
    at once, without a frame)."""

    decision: DecisionRead


class ConsentGate(FrameProcessor):
    def __init__(self, client: AuthenticatedClient, call_id: UUID | str, *, follow: bool = True, **kwargs) -> None:
        super().__init__(**kwargs)
        self.client, self.call_id, self.follow = client, str(call_id), follow
        self.decision: DecisionRead | None = None
        self.held_back = 0  # frames dropped while not allowed
        self._follower: asyncio.Task | None = None

    @property
    def may_record(self) -> bool:
        return self.decision is not None and self.decision.may_record

    @property
    def may_transcribe(self) -> bool:
        return self.decision is not None and self.decision.may_transcribe

    def apply(self, decision: DecisionRead) -> None:
        """A newer decision replaces the one held (the stream and a read may deliver out of order)."""
        if self.decision is None or decision.version >= self.decision.version:
            self.decision = decision

    async def start_following(self) -> None:
        if self._follower is None or self._follower.done():
            self._follower = asyncio.get_running_loop().create_task(self._follow())

    async def stop_following(self) -> None:
        if self._follower is not None:
            self._follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._follower
            self._follower = None

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, StartFrame) and self.follow:
            await self.start_following()
        elif isinstance(frame, EndFrame | CancelFrame):
            await self.stop_following()
        if isinstance(frame, DecisionFrame):
            self.apply(frame.decision)
            return
        if isinstance(frame, ConsentAnswerFrame):
            await self._record(frame)
            return
        if self._allowed(frame):
            await self.push_frame(frame, direction)
        else:
            self.held_back += 1

    def _allowed(self, frame: Frame) -> bool:
        if isinstance(frame, AudioRawFrame):
            return self.may_record
        if isinstance(frame, TranscriptionFrame | InterimTranscriptionFrame):
            return self.may_transcribe
        return True

    async def _follow(self) -> None:
        async for change in follow_decision(self.client, self.call_id):
            if isinstance(change, DecisionRead):
                self.apply(change)

    async def _record(self, frame: ConsentAnswerFrame) -> None:
        evidence = EventCreateEvidenceType0.from_dict({"utterance": frame.utterance[:2000]}) \
            if frame.utterance else None
        event = EventCreate(type_=EventType.CONSENT_GRANTED if frame.granted else EventType.CONSENT_DENIED,
                            participant_id=frame.participant_id, method=Method.VERBAL,
                            purposes=[Purpose(p) for p in frame.purposes], occurred_at=datetime.now(UTC),
                            **({"evidence": evidence} if evidence else {}))
        recorded = await record_consent_events.asyncio(self.call_id, client=self.client, body=event)
        if isinstance(recorded, Problem) or recorded is None:
            raise RuntimeError(f"callvault refused the consent answer: {getattr(recorded, 'detail', recorded)}")
        decision = await get_decision.asyncio(self.call_id, client=self.client)
        if isinstance(decision, DecisionRead):
            self.apply(decision)
