"""The inbox: a verified webhook is acknowledged once it is stored here (one statement, deduplicated
on what identifies it), and drained into the consent service in the background, many webhooks of
many calls per request. A provider waits for no consent-service round trip, a consent-service outage
loses nothing (the rows wait), and a burst is absorbed.

Rows are drained in arrival order, each call's events in order. The consent service refusing a
call's events (a 4xx) marks those rows `refused` with its problem (listed at `GET /v1/webhook-inbox`,
counted in a metric), and so does a row that cannot be read: a poisoned row never stops its
neighbours or another tenant's round. An outage leaves them pending for the next round.

A row that carries a provider's transcript (sealed, as the numbers are) is `done` once its events are
applied, like any other; its transcript then waits apart (`transcript_state` pending -> delivered |
refused) and is handed to the transcripts service after every tenant's events of the round, a few a
round, each read alone (see `transcripts`). A transcripts-service outage never holds up a consent
event: the transcript is retried with a backoff of its own (an outage ends the round's deliveries, so
it costs one upstream timeout a round), and refused (the row listed with why) after
TRANSCRIPT_ATTEMPTS attempts or TRANSCRIPT_HOURS hours. Any 4xx is final at once, a 410 `call-erased` (an
erasure closed the call while its transcript was on its way) among them.
"""

import asyncio
import base64
import contextlib
import json
from datetime import UTC, datetime, timedelta
from uuid import UUID

import asyncpg
import structlog
from prometheus_client import Counter
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import gateway_keys
from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.gateway import repository
from services.gateway.clients.consent import (
    ConsentClient,
    ConsentRefused,
    KnownCall,
    event_body,
    source_event_id,
)
from services.gateway.clients.transcripts import TranscriptRefused, TranscriptsClient
from services.gateway.telephony import transcripts
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound

log = structlog.get_logger()
CALLS_PER_ROUND = 50  # the calls of the oldest pending webhooks, with all of their pending ones
ROWS_PER_ROUND = 1000
CALLS_PER_REQUEST = 100
EVENTS_PER_REQUEST = 500
EVENTS_PER_CALL = 100
POLL_SECONDS = 1.0
# A drainer no gateway wakes (`callvault drain-inbox`) looks this often: idle for a second, it let
# a second of webhooks wait at every lull.
UNWOKEN_POLL_SECONDS = 0.1
# Caught up but busy, a pause between rounds: each round then carries more of every call's webhooks,
# and fewer rounds leave more of the process to the acknowledgements. Behind (a full round), none:
# paused after every round, the drain applied fewer webhooks a second than arrived when they were
# spread over many calls.
GATHER_SECONDS = 0.25
# Transcripts handed over per tenant and round (each read from the row alone: one in memory at a time).
TRANSCRIPTS_PER_ROUND = 10
# An undelivered transcript is tried again after 10 s, doubling to at most an hour, and refused after
# 20 attempts (about 11 hours of outage) or 24 hours after its events were applied, whichever is first:
# a transcript the service always fails does not wait, sealed, for ever.
TRANSCRIPT_RETRY_SECONDS = 10.0
TRANSCRIPT_RETRY_MAX_SECONDS = 3600.0
TRANSCRIPT_ATTEMPTS = 20
TRANSCRIPT_HOURS = 24
NUMBER_COLUMN = "telephony_inbox.number"
DRAINED = Counter("callvault_telephony_inbox_drained_total", "Inbox rows drained, by outcome", ["outcome"])
DELIVERED = Counter("callvault_telephony_inbox_transcripts_total", "Inbox transcripts handed over, by outcome",
                    ["outcome"])


async def put(pool: asyncpg.Pool, crypto: FieldCrypto, tenant_id: UUID, provider: str, inbound: Inbound,
              agent_side: str) -> bool:
    """Store a verified webhook unless it was seen before; True when it is new. The call's numbers
    and its transcript are personal data: stored encrypted, and removed once the row is applied."""
    call = None
    if inbound.call is not None:
        sealed = {"from_number": _seal(crypto, tenant_id, inbound.call.from_number),
                  "to_number": _seal(crypto, tenant_id, inbound.call.to_number)}
        if inbound.transcript is not None:
            sealed["transcript"] = transcripts.seal(crypto, tenant_id, inbound.transcript)
        call = json.dumps({**inbound.call.__dict__, **sealed})
    happenings = json.dumps([{**h.__dict__, "occurred_at": h.occurred_at.isoformat()} for h in inbound.happenings])
    return await repository.inbox_put(pool, tenant_id, provider, inbound.dedupe_key, call, happenings, agent_side)


def _seal(crypto: FieldCrypto, tenant_id: UUID, number: str | None) -> str | None:
    return None if number is None else base64.b64encode(crypto.encrypt(tenant_id, NUMBER_COLUMN, number)).decode()


def _open(crypto: FieldCrypto, tenant_id: UUID, sealed: str | None) -> str | None:
    return None if sealed is None else crypto.decrypt(tenant_id, NUMBER_COLUMN, base64.b64decode(sealed))


class Drainer:
    def __init__(self, engine: AsyncEngine, crypto: FieldCrypto, consent: ConsentClient,
                 transcribed: TranscriptsClient) -> None:
        self.engine, self.crypto, self.consent, self.transcribed = engine, crypto, consent, transcribed
        self.behind = False  # the last round took as much as a round takes: more was waiting
        # A transcript's delivery met an outage this round: one upstream timeout a round, not one a tenant.
        self.away = False

    async def run_once(self) -> int:
        """One round: every tenant's events, then their transcripts (a slow transcripts service delays no
        tenant's events). How many rows were applied or refused, and transcripts delivered or refused."""
        async with self.engine.connect() as conn:
            tenants = await repository.inbox_tenants(conn)
        drained, self.behind = 0, False
        for step in (self._drain, self._deliver):
            self.away = False
            for tenant_id in tenants:
                if self.away:  # a service is away: the other tenants' transcripts wait for the next round
                    break
                try:
                    drained += await step(tenant_id)
                except Exception as exc:  # one tenant's failure never holds up the tenants after it
                    log.warning("inbox drain of a tenant failed", tenant_id=str(tenant_id),
                                error=type(exc).__name__)
        return drained

    async def _drain(self, tenant_id: UUID) -> int:
        async with tenant_session(self.engine, tenant_id) as session:
            rows = await repository.pending_inbox(session, CALLS_PER_ROUND, ROWS_PER_ROUND)
            if not rows:
                return 0
            # The head of the inbox is its oldest CALLS_PER_ROUND rows: this many rows, and more wait.
            self.behind |= len(rows) >= CALLS_PER_ROUND
            outcome: dict[tuple[str, str], tuple[str, dict | None]] = {}
            try:
                await self._apply(tenant_id, rows, outcome)
            except DependencyUnavailable as exc:  # what was applied is marked; the rest waits
                log.warning("inbox drain stopped: a service is unavailable", error=exc.detail)
            await repository.mark_inbox(session, [(provider, key, status, problem)
                                                  for (provider, key), (status, problem) in outcome.items()])
            # A call's end starts its recordings' retention (recording_retention): checked again at once.
            for provider, external_id in {(r["provider"], r["call"]["external_id"]) for r in rows
                                          if outcome.get((r["provider"], r["dedupe_key"]), ("",))[0] == "done"
                                          and r["call"] and any(h["type"] == "call_ended" for h in r["happenings"])}:
                await repository.recheck_call_recordings(session, provider, external_id)
            await session.commit()
        for status, _ in outcome.values():
            DRAINED.labels(status).inc()
        return len(outcome)

    async def _apply(self, tenant_id: UUID, rows: list[dict], outcome: dict) -> None:
        by_call: dict[tuple[str, str], list[dict]] = {}
        for row in rows:
            key = (row["provider"], row["call"]["external_id"]) if row["call"] else (row["provider"], "")
            by_call.setdefault(key, []).append(row)
        items: list[tuple[KnownCall, list[dict]]] = []
        for (provider, external_id), call_rows in by_call.items():
            if not external_id:  # nothing about a call: nothing to apply
                outcome.update({(r["provider"], r["dedupe_key"]): ("done", None) for r in call_rows})
                continue
            try:
                call = await self.consent.ensure_call(tenant_id, provider, self._leg(tenant_id, call_rows[0]),
                                                      call_rows[0]["agent_side"], joined_at=_joined_at(call_rows))
            except DependencyUnavailable:
                raise
            except Exception as exc:  # refused, or a row that cannot be read: that call's rows only
                outcome.update({(r["provider"], r["dedupe_key"]): ("refused", _problem(exc)) for r in call_rows})
                continue
            items.append((call, call_rows))
        await self._record(tenant_id, items, outcome, isolate=True)

    async def _deliver(self, tenant_id: UUID) -> int:
        """The tenant's due transcripts, each read alone, to the transcripts service. An outage postpones
        the one tried (with backoff) and ends the round's deliveries; the others wait for the next round."""
        async with tenant_session(self.engine, tenant_id) as session:
            due = await repository.due_inbox_transcripts(session, TRANSCRIPTS_PER_ROUND)
            if not due:
                return 0
            async with self.engine.connect() as conn:
                status = await repository.tenant_status(conn, tenant_id)
            region = status.data_region if status else None
            finished = 0
            for row in due:
                attempts = row["transcript_attempts"] + 1
                try:
                    problem = await self._hand_over(session, tenant_id, region, row)
                except DependencyUnavailable as exc:
                    if not given_up(row, attempts):
                        await repository.postpone_inbox_transcript(session, row["provider"], row["dedupe_key"],
                                                                   attempts, retry_in(attempts))
                        log.warning("transcript delivery postponed", attempts=attempts, error=exc.detail)
                        self.away = True
                        break
                    problem = {"status": 503, "detail": f"not taken after {attempts} attempts: {exc.detail}"}
                await repository.finish_inbox_transcript(session, row["provider"], row["dedupe_key"], attempts,
                                                         _not_taken(problem))
                DELIVERED.labels("refused" if problem else "delivered").inc()
                finished += 1
            await session.commit()
        self.behind |= finished >= TRANSCRIPTS_PER_ROUND
        return finished

    async def _hand_over(self, session: AsyncSession, tenant_id: UUID, region: str | None,
                         row: dict) -> dict | None:
        """None once the transcripts service has the transcript, else the problem it will not be taken for;
        an outage raises."""
        try:
            await self._transcript(session, tenant_id, region, row)
        except TranscriptRefused as exc:  # a 4xx is final (an erased call's 410 too): never tried again
            return exc.problem()
        except DependencyUnavailable:
            raise
        except Exception as exc:  # a stored row that cannot be read, or a refused consent read
            return _problem(exc)
        return None

    async def _transcript(self, session: AsyncSession, tenant_id: UUID, region: str | None, row: dict) -> None:
        sealed = await repository.inbox_transcript(session, row["provider"], row["dedupe_key"])
        spoken = transcripts.unseal(self.crypto, tenant_id, sealed)
        if spoken.refused:
            raise TranscriptRefused(422, spoken.refused)
        call = await self.consent.known_call(tenant_id, row["provider"], row["external_id"])
        if call is None:
            raise TranscriptRefused(404, "the consent service knows no such call")
        started_at = await self.consent.transcript_origin(tenant_id, call.id)
        document = transcripts.body(spoken, call, started_at)
        if document is not None:
            key = gateway_keys.for_call(row["provider"], row["external_id"])
            await self.transcribed.store(tenant_id, region, document, key)

    def _leg(self, tenant_id: UUID, row: dict) -> CallLeg:
        return CallLeg(**{**row["call"], "from_number": _open(self.crypto, tenant_id, row["call"]["from_number"]),
                          "to_number": _open(self.crypto, tenant_id, row["call"]["to_number"])})

    async def _record(self, tenant_id: UUID, items: list[tuple[KnownCall, list[dict]]], outcome: dict,
                      *, isolate: bool, one_per_request: bool = False) -> None:
        """Each call's rows as one item (split at 100 events), many calls per request. A refused item
        of several rows is tried again row by row, and so is every row of a request refused whole, so
        one bad webhook does not take its neighbours."""
        entries: list[tuple[KnownCall, list[dict], list[dict]]] = []
        for call, call_rows in items:
            chunk_rows, chunk_events = [], []
            for row in call_rows:
                try:
                    events = [_event(call, row, n, h) for n, h in enumerate(row["happenings"])]
                except Exception as exc:  # a stored row that cannot be read: refused alone
                    outcome[(row["provider"], row["dedupe_key"])] = ("refused", _problem(exc))
                    continue
                if not events:
                    outcome[(row["provider"], row["dedupe_key"])] = ("done", None)
                    continue
                if len(chunk_events) + len(events) > EVENTS_PER_CALL and chunk_events:
                    entries.append((call, chunk_rows, chunk_events))
                    chunk_rows, chunk_events = [], []
                chunk_rows.append(row)
                chunk_events += events
            if chunk_events:
                entries.append((call, chunk_rows, chunk_events))
        retry_alone: list[tuple[KnownCall, list[dict]]] = []
        retry_single: list[tuple[KnownCall, list[dict]]] = []
        for request in _requests(entries, 1 if one_per_request else CALLS_PER_REQUEST):
            try:
                answers = await self.consent.record_calls(tenant_id, [(call.id, events) for call, _, events in request])
            except ConsentRefused as exc:  # the request refused as a whole: each row in a request of its own
                if sum(len(rows) for _, rows, _ in request) > 1:
                    retry_single += [(call, [row]) for call, rows, _ in request for row in rows]
                    continue
                answers = [{"status": exc.status, "problem": _problem(exc)}]
            for (call, entry_rows, _), answer in zip(request, answers, strict=True):
                if answer["status"] == 200:
                    outcome.update({(r["provider"], r["dedupe_key"]): ("done", None) for r in entry_rows})
                elif isolate and len(entry_rows) > 1:
                    retry_alone += [(call, [row]) for row in entry_rows]
                else:
                    outcome.update({(r["provider"], r["dedupe_key"]): ("refused", answer["problem"])
                                    for r in entry_rows})
        if retry_alone:
            await self._record(tenant_id, retry_alone, outcome, isolate=False)
        if retry_single:
            await self._record(tenant_id, retry_single, outcome, isolate=False, one_per_request=True)


def _requests(entries: list, calls_per_request: int) -> list[list]:
    """Entries grouped into requests within the consent service's limits."""
    requests, current, events = [], [], 0
    for entry in entries:
        if current and (len(current) == calls_per_request or events + len(entry[2]) > EVENTS_PER_REQUEST):
            requests.append(current)
            current, events = [], 0
        current.append(entry)
        events += len(entry[2])
    if current:
        requests.append(current)
    return requests


def _event(call: KnownCall, row: dict, n: int, happening: dict) -> dict:
    stored = Happening(**{**happening, "occurred_at": datetime.fromisoformat(happening["occurred_at"])})
    return event_body(call, stored, source_event_id(row["provider"], row["dedupe_key"], n))


def given_up(row: dict, attempts: int, now: datetime | None = None) -> bool:
    """Whether a transcript that failed its `attempts`-th attempt is refused rather than tried again."""
    waited = (now or datetime.now(UTC)) - row["processed_at"]
    return attempts >= TRANSCRIPT_ATTEMPTS or waited >= timedelta(hours=TRANSCRIPT_HOURS)


def _not_taken(problem: dict | None) -> dict | None:
    if problem is None:
        return None
    return {**problem, "detail": f"the call's events were applied; its transcript was not taken: {problem['detail']}"}


def retry_in(attempts: int) -> float:
    """Seconds until the next attempt after the `attempts`-th failed."""
    return min(TRANSCRIPT_RETRY_SECONDS * 2 ** (attempts - 1), TRANSCRIPT_RETRY_MAX_SECONDS)


def _joined_at(call_rows: list[dict]) -> datetime:
    """On the call since its first webhook arrived, not since it is applied (a backlog after an outage must
    not drop the notices and consents given in between), or since the provider says it was answered when
    that is earlier: a voice-AI platform's end-of-call report may be the first webhook of its call."""
    answers = [datetime.fromisoformat(h["occurred_at"]) for r in call_rows for h in r["happenings"]
               if h["type"] == "call_answered"]
    return min([r["received_at"] for r in call_rows] + answers)


def _problem(exc: Exception) -> dict:
    if isinstance(exc, ConsentRefused):
        return {"status": exc.status, "detail": exc.detail}
    return {"status": 422, "detail": f"the stored webhook cannot be applied ({type(exc).__name__})"}


async def run(drainer: Drainer, wake: asyncio.Event, poll_seconds: float = POLL_SECONDS) -> None:
    """Drain whenever this gateway stored a webhook (`wake`), and every second regardless (rows
    another instance stored and could not drain, or left after an outage)."""
    while True:
        drained = 0
        try:
            drained = await drainer.run_once()
        except Exception as exc:  # the database away: the next round tries again
            log.warning("inbox drain round failed", error=str(exc) or type(exc).__name__)
        if drained:  # more may be waiting: the next round at once when behind, else after a gathering pause
            if not drainer.behind:
                await asyncio.sleep(GATHER_SECONDS)
            continue
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), poll_seconds)
        wake.clear()
