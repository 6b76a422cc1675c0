"""A voice-AI provider's end-of-call transcript in the inbox, on an installation of the test's own: sealed
in the row (never in clear in PostgreSQL), waiting there while the transcripts service is away (the
call's events applied meanwhile), taken once it is back, and gone from the row once drained."""

import math
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import NamedTuple
from uuid import UUID, uuid4

import asyncpg
import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import InternalTokenSigner, Principal
from services.common.crypto.fields import FieldCrypto
from services.common.db import create_engine, tenant_session
from services.common.settings import Settings
from services.gateway import repository
from services.gateway.clients.consent import ConsentClient
from services.gateway.clients.transcripts import TranscriptsClient
from services.gateway.clients.upstreams import Upstreams
from services.gateway.service import ensure_tenant_with_key
from services.gateway.telephony import inbox
from services.gateway.telephony import service as telephony_service
from services.gateway.telephony.drain_process import drain
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, SpokenTranscript, Utterance
from services.gateway.telephony.recording_retention import RecordingRetention
from services.recording_consent.app import create_app as consent_app
from services.stack.processes import free_port
from services.transcripts.app import create_app as transcripts_app
from tests.helpers.support import internal_headers, serving

WORDS = "my card number is on file, please use it"


class GatewayDb(NamedTuple):
    """The test's own installation's gateway database (its runtime role's engine and driver pool), a tenant of
    its own, and an address where nothing listens (a transcripts service away)."""

    settings: Settings
    away: str
    tenant_id: UUID
    owner_dsn: str
    engine: AsyncEngine
    pool: asyncpg.Pool
    crypto: FieldCrypto

    async def new_tenant(self) -> UUID:
        return await _tenant(self.settings)


async def _tenant(settings: Settings) -> UUID:
    owner = create_engine(settings.service_database_url("gateway", owner=True), 2)
    try:
        return (await ensure_tenant_with_key(owner, "AI", f"a-{uuid4().hex[:10]}", ["tenant_admin"], "t"))[0]
    finally:
        await owner.dispose()


@pytest.fixture
async def gateway_db(private_nats) -> AsyncIterator[GatewayDb]:
    settings = private_nats.settings
    engine = create_engine(settings.service_database_url("gateway"), 2)
    pool = await asyncpg.create_pool(settings.service_database_url("gateway").replace("+asyncpg", ""), min_size=1,
                                     max_size=2)
    owner_dsn = settings.service_database_url("gateway", owner=True).replace("+asyncpg", "")
    await _others_wait(owner_dsn)
    try:
        yield GatewayDb(settings, f"http://127.0.0.1:{free_port()}", await _tenant(settings), owner_dsn, engine, pool,
                        FieldCrypto(settings.secret("master_key")))
    finally:
        await pool.close()
        await engine.dispose()


async def _others_wait(dsn: str) -> None:
    """The transcripts earlier tests left waiting put off for an hour: a drain here counts this test's rows (the
    tests of a worker share its database; which ran before this one depends on how the files were spread)."""
    conn = await asyncpg.connect(dsn)
    try:  # as the owner role, which sees every tenant's rows
        await conn.execute("UPDATE telephony_inbox SET transcript_next_at = now() + interval '1 hour' "
                           "WHERE transcript_state = 'pending'")
    finally:
        await conn.close()


async def _row(dsn: str, dedupe_key: str) -> asyncpg.Record:
    conn = await asyncpg.connect(dsn)
    try:  # as the owner role, which sees every tenant's rows
        return await conn.fetchrow("SELECT status, call::text AS call, happenings::text AS happenings, problem, "
                                   "transcript_state, transcript_attempts, "
                                   "extract(epoch FROM transcript_next_at - now()) AS retry_in "
                                   "FROM telephony_inbox WHERE dedupe_key = $1", dedupe_key)
    finally:
        await conn.close()


async def _due(dsn: str, tenant_id) -> int:
    """The tenant's waiting transcripts made due now, as if their backoff had passed; how many."""
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction():  # as the tenant (row-level security)
            await conn.execute("SELECT set_config('app.tenant_id', $1, true)", str(tenant_id))
            done = await conn.execute("UPDATE telephony_inbox SET transcript_next_at = now() "
                                      "WHERE tenant_id = $1 AND transcript_state = 'pending'", tenant_id)
        return int(done.split()[-1])
    finally:
        await conn.close()


LEG = ("inbound", "+14155550100", "+12125550142")


def _answered(call_id: str, at: datetime) -> Inbound:
    return Inbound(f"status-update:in-progress:{call_id}", CallLeg(call_id, *LEG), [Happening("call_answered", at)])


def _report(call_id: str, joined: datetime) -> Inbound:
    """What vapi.parse makes of an end-of-call-report after a verbal consent given just after the caller
    joined (its parsing has e2e tests), its words between then and now."""
    consented = joined + timedelta(milliseconds=1)
    begin, end = math.ceil(consented.timestamp() * 1000) + 1, int(time.time() * 1000) - 1
    assert end - begin >= 4, "the first webhook was applied in under 4 ms: no room for the words"
    middle = (begin + end) // 2
    consent = Happening("consent_granted", consented, side="customer", method="verbal",
                        purposes=["recording", "transcription"], evidence={"source": "test"})
    spoken = SpokenTranscript("vapi", "en", (Utterance("agent", begin, middle - 1, "How can I help?"),
                                             Utterance("customer", middle, end, WORDS)))
    ended = Happening("call_ended", datetime.fromtimestamp((end + 1) / 1000, UTC))
    return Inbound(f"end-of-call-report:{call_id}", CallLeg(call_id, *LEG), [consent, ended],
                   transcript=spoken)


async def test_a_transcript_waits_sealed_while_the_transcripts_service_is_away_and_is_taken_once_back(gateway_db):
    settings, away, tenant_id, owner_dsn, _, pool, crypto = gateway_db
    call_id = f"call-{uuid4()}"
    answered = datetime.fromtimestamp(int(time.time() * 1000) / 1000, UTC)  # whole milliseconds, as Vapi's
    async with serving(consent_app(settings)) as consent_url:
        without = settings.model_copy(update={"recording_consent_url": consent_url, "transcripts_url": away})
        consent = httpx.AsyncClient(base_url=consent_url, headers=internal_headers(without, tenant_id),
                                    timeout=10)
        async with consent:
            assert await inbox.put(pool, crypto, tenant_id, "vapi", _answered(call_id, answered), "from")
            assert await drain(without, once=True) == 1  # no transcript: applied
            [call] = (await consent.get("/v1/calls", params={"provider": "vapi", "external_id": call_id})
                      ).json()["items"]
            call = (await consent.get(f"/v1/calls/{call['id']}")).json()
            joined = max(datetime.fromisoformat(p["joined_at"]) for p in call["participants"])
            webhook = _report(call_id, joined)
            assert await inbox.put(pool, crypto, tenant_id, "vapi", webhook, "from")
            stored = await _row(owner_dsn, webhook.dedupe_key)
            assert '"transcript"' in stored["call"]  # there, sealed:
            assert "card number" not in stored["call"] and "How can I help" not in stored["call"]
            assert "card number" not in stored["happenings"]

            assert await drain(without, once=True) == 1  # the events applied; the transcript waits
            waiting = await _row(owner_dsn, webhook.dedupe_key)
            assert (waiting["status"], waiting["transcript_state"]) == ("done", "pending")
            assert waiting["transcript_attempts"] == 1 and '"transcript"' in waiting["call"]
            events = (await consent.get(f"/v1/calls/{call['id']}/events")).json()
            assert [e["type"] for e in events] == ["call_answered", "consent_granted", "call_ended"]

        back = without.model_copy(update={"transcripts_url": None})
        async with serving(transcripts_app(back)) as transcripts_url:
            back = back.model_copy(update={"transcripts_url": transcripts_url})
            assert await drain(back, once=True) == 0  # not due yet: its backoff
            assert await _due(owner_dsn, tenant_id) == 1  # as if the backoff had passed
            assert await drain(back, once=True) == 1
            drained = await _row(owner_dsn, webhook.dedupe_key)
            assert (drained["status"], drained["transcript_state"]) == ("done", "delivered")
            assert '"transcript"' not in drained["call"]  # the row forgets it
            reader = httpx.AsyncClient(base_url=transcripts_url, timeout=10, headers=internal_headers(
                back, tenant_id, ("tenant_admin",), audience="transcripts"))
            async with reader:
                [summary] = (await reader.get(f"/v1/calls/{call['id']}/transcripts")).json()["items"]
                read = (await reader.get(f"/v1/transcripts/{summary['id']}")).json()
    assert summary["engine"] == "vapi" and summary["removed_segments"] == 0
    origin = round(answered.timestamp() * 1000)  # offsets count from the call's answer
    assert [(s["start_ms"], s["end_ms"], s["text"]) for s in read["segments"]] == [
        (u.start_ms - origin, u.end_ms - origin, u.text) for u in webhook.transcript.utterances]


def _spoken_by_customer(at: datetime) -> SpokenTranscript:
    """Words the customer said without having consented: the transcripts service refuses them."""
    ms = int(at.timestamp() * 1000)
    return SpokenTranscript("vapi", "en", (Utterance("customer", ms, ms + 1, "hello"),))


async def test_while_transcripts_wait_for_their_service_a_tenants_later_webhooks_are_applied(gateway_db):
    """More calls than a round's head (CALLS_PER_ROUND) with a transcript waiting, then a consent withdrawal
    of another call and the hang-up of a call whose transcript waits: both applied while the transcripts
    service is away; once it is back each transcript is handed over once, and the waiting ones, read by
    the events query, never carried their transcripts."""
    settings, away, tenant_id, owner_dsn, app_engine, pool, crypto = gateway_db
    first, other = f"call-{uuid4()}", f"call-{uuid4()}"
    fillers = [f"call-{uuid4()}" for _ in range(inbox.CALLS_PER_ROUND + 5)]
    now = datetime.fromtimestamp(int(time.time() * 1000) / 1000, UTC)
    async with serving(consent_app(settings)) as consent_url:
        without = settings.model_copy(update={"recording_consent_url": consent_url, "transcripts_url": away})
        consent = httpx.AsyncClient(base_url=consent_url, headers=internal_headers(without, tenant_id),
                                    timeout=10)
        async with consent:
            granted = Happening("consent_granted", now, side="customer", method="verbal",
                                purposes=["recording"], evidence={"source": "test"})
            for call_id in (first, other):
                assert await inbox.put(pool, crypto, tenant_id, "vapi", Inbound(
                    f"start:{call_id}", CallLeg(call_id, *LEG), [Happening("call_answered", now), granted]), "from")
            assert await drain(without, once=True) == 2
            calls = {c: await _call_id(consent, c) for c in (first, other)}
            joined = max(datetime.fromisoformat(p["joined_at"]) for p in
                         (await consent.get(f"/v1/calls/{calls[first]}")).json()["participants"])
            report = _report(first, joined)  # its consent and words; its hang-up comes later
            report = Inbound(report.dedupe_key, report.call, report.happenings[:1], transcript=report.transcript)
            for call_id in fillers:
                assert await inbox.put(pool, crypto, tenant_id, "vapi", Inbound(
                    f"end-of-call-report:{call_id}", CallLeg(call_id, *LEG), [Happening("call_answered", now)],
                    transcript=_spoken_by_customer(now)), "from")
            assert await inbox.put(pool, crypto, tenant_id, "vapi", report, "from")

            async with tenant_session(app_engine, tenant_id) as session:  # what a round reads of them
                read = await repository.pending_inbox(session, inbox.CALLS_PER_ROUND, inbox.ROWS_PER_ROUND)
            assert len(read) == inbox.CALLS_PER_ROUND and all("transcript" not in r["call"] for r in read)
            assert '"transcript"' in (await _row(owner_dsn, report.dedupe_key))["call"]

            assert await drain(without, once=True) == len(fillers) + 1  # every event applied
            assert (await _inbox(app_engine, tenant_id)).transcripts_waiting == len(fillers) + 1
            async with tenant_session(app_engine, tenant_id) as session:
                assert await repository.pending_inbox(session, 50, 1000) == []  # none holds up the head
                due = await repository.due_inbox_transcripts(session, 100)
            assert due and all(set(r) == {"provider", "dedupe_key", "external_id", "transcript_attempts",
                                          "processed_at"} for r in due)  # the transcript is read alone

            withdrawn = Happening("consent_withdrawn", datetime.now(UTC), side="customer", method="dtmf",
                                  purposes=["recording"], evidence={"source": "test"})
            assert await inbox.put(pool, crypto, tenant_id, "vapi", Inbound(
                f"dtmf:{other}", CallLeg(other, *LEG), [withdrawn]), "from")
            hangup = Inbound(f"status-update:ended:{first}", CallLeg(first, *LEG),
                             [Happening("call_ended", datetime.now(UTC))])
            assert await inbox.put(pool, crypto, tenant_id, "vapi", hangup, "from")
            assert await drain(without, once=True) == 2  # applied while every transcript waits
            assert await _types(consent, calls[other]) == ["call_answered", "consent_granted",
                                                           "consent_withdrawn"]
            assert await _types(consent, calls[first]) == ["call_answered", "consent_granted",
                                                           "consent_granted", "call_ended"]
            waiting = await _row(owner_dsn, report.dedupe_key)
            assert waiting["transcript_state"] == "pending" and '"transcript"' in waiting["call"]

        back = without.model_copy(update={"transcripts_url": None})
        async with serving(transcripts_app(back)) as transcripts_url:
            back = back.model_copy(update={"transcripts_url": transcripts_url})
            assert await _due(owner_dsn, tenant_id) == len(fillers) + 1
            assert await drain(back, once=True) == len(fillers) + 1  # a few a round, all of them
            assert await _due(owner_dsn, tenant_id) == 0
            assert await drain(back, once=True) == 0
            delivered = await _row(owner_dsn, report.dedupe_key)
            assert (delivered["status"], delivered["transcript_state"]) == ("done", "delivered")
            refused = await _row(owner_dsn, f"end-of-call-report:{fillers[0]}")
            assert (refused["status"], refused["transcript_state"]) == ("refused", "refused")
            assert "its transcript was not taken" in refused["problem"]
            reader = httpx.AsyncClient(base_url=transcripts_url, timeout=10, headers=internal_headers(
                back, tenant_id, ("tenant_admin",), audience="transcripts"))
            async with reader:
                taken = (await reader.get(f"/v1/calls/{calls[first]}/transcripts")).json()["items"]
        listed = await _inbox(app_engine, tenant_id)
    assert len(taken) == 1  # delivered once
    assert listed.transcripts_waiting == 0 and listed.refused == len(fillers)


async def test_a_transcript_the_service_always_fails_is_refused_after_its_bound_and_listed(gateway_db, monkeypatch):
    """The real transcripts service answering 503 to every attempt (its own consent service is away): the
    transcript is retried with a growing backoff, then refused with why, and leaves the row."""
    monkeypatch.setattr(inbox, "TRANSCRIPT_ATTEMPTS", 3)
    settings, away, tenant_id, owner_dsn, app_engine, pool, crypto = gateway_db
    call_id = f"call-{uuid4()}"
    now = datetime.fromtimestamp(int(time.time() * 1000) / 1000, UTC)
    webhook = Inbound(f"end-of-call-report:{call_id}", CallLeg(call_id, *LEG), [Happening("call_answered", now)],
                      transcript=_spoken_by_customer(now))
    failing = settings.model_copy(update={"recording_consent_url": away, "transcripts_url": None})
    async with serving(consent_app(settings)) as consent_url, serving(transcripts_app(failing)) as failing_url:
        gateway = settings.model_copy(update={"recording_consent_url": consent_url, "transcripts_url": failing_url})
        assert await inbox.put(pool, crypto, tenant_id, "vapi", webhook, "from")
        assert await drain(gateway, once=True) == 1  # its events; the first attempt answered 503
        retries = []
        for attempt in (1, 2):
            row = await _row(owner_dsn, webhook.dedupe_key)
            assert (row["status"], row["transcript_state"], row["transcript_attempts"]) == (
                "done", "pending", attempt)
            retries.append(row["retry_in"])
            assert await _due(owner_dsn, tenant_id) == 1
            assert await drain(gateway, once=True) == (1 if attempt == 2 else 0)
    listed = await _inbox(app_engine, tenant_id)
    row = await _row(owner_dsn, webhook.dedupe_key)
    assert 0 < retries[0] <= inbox.TRANSCRIPT_RETRY_SECONDS < retries[1] <= 2 * inbox.TRANSCRIPT_RETRY_SECONDS
    assert (row["status"], row["transcript_state"], row["transcript_attempts"]) == ("refused", "refused", 3)
    assert '"transcript"' not in row["call"]
    assert listed.transcripts_waiting == 0
    [refusal] = [r for r in listed.latest_refused if r.dedupe_key == webhook.dedupe_key]
    assert refusal.problem["status"] == 503
    assert "its transcript was not taken: not taken after 3 attempts" in refusal.problem["detail"]


async def _call_id(consent: httpx.AsyncClient, external_id: str) -> str:
    [call] = (await consent.get("/v1/calls", params={"provider": "vapi", "external_id": external_id})).json()["items"]
    return call["id"]


async def _types(consent: httpx.AsyncClient, call_id: str) -> list[str]:
    return [e["type"] for e in (await consent.get(f"/v1/calls/{call_id}/events")).json()]


async def _inbox(engine, tenant_id):
    return await telephony_service.inbox(engine, Principal(tenant_id=tenant_id, subject="test",
                                                           roles=frozenset({"tenant_admin"})))


async def test_an_outage_costs_one_attempt_a_round_not_one_a_tenant(gateway_db):
    """Two tenants' transcripts wait while the transcripts service is away: a round tries one of them (the
    outage ends the round's deliveries), the next round the other."""
    settings, away, _, owner_dsn, engine, pool, crypto = gateway_db
    tenants = [await gateway_db.new_tenant() for _ in range(2)]
    now = datetime.fromtimestamp(int(time.time() * 1000) / 1000, UTC)
    keys = []
    for tenant_id in tenants:
        call_id = f"call-{uuid4()}"
        keys.append(f"end-of-call-report:{call_id}")
        assert await inbox.put(pool, crypto, tenant_id, "vapi", Inbound(
            keys[-1], CallLeg(call_id, *LEG), [Happening("call_answered", now)],
            transcript=_spoken_by_customer(now)), "from")

    async def attempts() -> int:
        return sum([(await _row(owner_dsn, key))["transcript_attempts"] for key in keys])

    async with serving(consent_app(settings)) as consent_url:
        without = settings.model_copy(update={"recording_consent_url": consent_url, "transcripts_url": away})
        upstreams = Upstreams(without)
        signer = InternalTokenSigner(without.secret("internal_signing_key"), without.internal_token_ttl_seconds)
        drainer = inbox.Drainer(engine, crypto, ConsentClient(upstreams, signer), TranscriptsClient(upstreams, signer))
        try:
            assert await drainer.run_once() == 2  # both tenants' events
            assert drainer.away and await attempts() == 1
            assert await drainer.run_once() == 0
            assert await attempts() == 2
        finally:
            await upstreams.aclose()


async def test_an_erasure_drops_a_transcript_still_waiting_in_the_inbox(gateway_db):
    """A voice-AI transcript waits (its service was away) when the subject's erasure reaches the gateway: it is
    dropped from the row and listed refused with why, never delivered after the erasure to escape it."""
    settings, away, tenant_id, owner_dsn, app_engine, pool, crypto = gateway_db
    call_id = f"call-{uuid4()}"
    answered = datetime.fromtimestamp(int(time.time() * 1000) / 1000, UTC)
    async with serving(consent_app(settings)) as consent_url:
        without = settings.model_copy(update={"recording_consent_url": consent_url, "transcripts_url": away})
        assert await inbox.put(pool, crypto, tenant_id, "vapi", _answered(call_id, answered), "from")
        assert await drain(without, once=True) == 1
        consent = httpx.AsyncClient(base_url=consent_url, headers=internal_headers(without, tenant_id),
                                    timeout=10)
        async with consent:
            known = await _call_id(consent, call_id)
            call = (await consent.get(f"/v1/calls/{known}")).json()
        webhook = _report(call_id, max(datetime.fromisoformat(p["joined_at"]) for p in call["participants"]))
        assert await inbox.put(pool, crypto, tenant_id, "vapi", webhook, "from")
        assert await drain(without, once=True) == 1  # the events applied; the transcript waits
        assert (await _row(owner_dsn, webhook.dedupe_key))["transcript_state"] == "pending"

        back = without.model_copy(update={"transcripts_url": None})
        async with serving(transcripts_app(back)) as transcripts_url:
            back = back.model_copy(update={"transcripts_url": transcripts_url})
            request_id = uuid4()
            async with tenant_session(app_engine, tenant_id) as session:  # what the erasure's reply records
                await repository.add_recording_erasure(session, tenant_id, request_id, [UUID(known)])
                await session.commit()
            upstreams = Upstreams(back)
            signer = InternalTokenSigner(back.secret("internal_signing_key"), back.internal_token_ttl_seconds)
            retention = RecordingRetention(app_engine, ConsentClient(upstreams, signer),
                                           TranscriptsClient(upstreams, signer), 3600)
            try:
                assert await retention.erase(tenant_id, lambda attempts: 1.0) == 1
            finally:
                await upstreams.aclose()

            dropped = await _row(owner_dsn, webhook.dedupe_key)
            assert (dropped["status"], dropped["transcript_state"]) == ("refused", "refused")
            assert '"transcript"' not in dropped["call"] and str(request_id) in dropped["problem"]
            assert await _due(owner_dsn, tenant_id) == 0  # nothing left to deliver
            assert await drain(back, once=True) == 0
            reader = httpx.AsyncClient(base_url=transcripts_url, timeout=10, headers=internal_headers(
                back, tenant_id, ("tenant_admin",), audience="transcripts"))
            async with reader:
                assert (await reader.get(f"/v1/calls/{known}/transcripts")).json()["items"] == []


async def _erase_call(settings: Settings, tenant_id: UUID, call_id: str, request_id: UUID) -> None:
    """What the transcripts service's erasure records of a call it closed (`privacy/erased_calls.py`)."""
    conn = await asyncpg.connect(settings.service_database_url("transcripts", owner=True).replace("+asyncpg", ""))
    try:
        async with conn.transaction():  # as the tenant (row-level security)
            await conn.execute("SELECT set_config('app.tenant_id', $1, true)", str(tenant_id))
            await conn.execute("INSERT INTO erased_call (tenant_id, call_id, request_id) VALUES ($1, $2, $3)",
                               tenant_id, UUID(call_id), request_id)
    finally:
        await conn.close()


async def test_a_transcript_of_a_call_erased_while_it_was_on_its_way_is_dropped_not_retried(gateway_db):
    """The transcript was past the inbox's erasure step (in flight: no longer pending there) when the erasure
    closed its call: the transcripts service answers 410 `call-erased`, which is final. The row is refused with
    why, its transcript dropped at that attempt, and nothing is stored."""
    settings, away, tenant_id, owner_dsn, app_engine, pool, crypto = gateway_db
    call_id = f"call-{uuid4()}"
    answered = datetime.fromtimestamp(int(time.time() * 1000) / 1000, UTC)
    async with serving(consent_app(settings)) as consent_url:
        without = settings.model_copy(update={"recording_consent_url": consent_url, "transcripts_url": away})
        assert await inbox.put(pool, crypto, tenant_id, "vapi", _answered(call_id, answered), "from")
        assert await drain(without, once=True) == 1
        async with httpx.AsyncClient(base_url=consent_url, headers=internal_headers(without, tenant_id),
                                     timeout=10) as consent:
            known = await _call_id(consent, call_id)
            call = (await consent.get(f"/v1/calls/{known}")).json()
        webhook = _report(call_id, max(datetime.fromisoformat(p["joined_at"]) for p in call["participants"]))
        assert await inbox.put(pool, crypto, tenant_id, "vapi", webhook, "from")
        assert await drain(without, once=True) == 1  # the events applied; the transcript waits
        # its attempts so far: one that found the service away, or none where another tenant's transcript found it
        # away first in that round (a drain tries every tenant's; a loaded run's leftovers come due)
        tried = (await _row(owner_dsn, webhook.dedupe_key))["transcript_attempts"]
        request_id = uuid4()
        await _erase_call(settings, tenant_id, known, request_id)

        back = without.model_copy(update={"transcripts_url": None})
        async with serving(transcripts_app(back)) as transcripts_url:
            back = back.model_copy(update={"transcripts_url": transcripts_url})
            await _others_wait(owner_dsn)
            assert await _due(owner_dsn, tenant_id) == 1
            assert await drain(back, once=True) == 1  # one attempt, answered 410
            row = await _row(owner_dsn, webhook.dedupe_key)
            # One more attempt, and its last.
            assert tried in (0, 1)
            assert (row["status"], row["transcript_state"], row["transcript_attempts"]) == \
                ("refused", "refused", tried + 1)
            assert row["retry_in"] is None and '"transcript"' not in row["call"]
            assert await _due(owner_dsn, tenant_id) == 0  # never tried again
            assert await drain(back, once=True) == 0
            listed = await _inbox(app_engine, tenant_id)
            [refusal] = [r for r in listed.latest_refused if r.dedupe_key == webhook.dedupe_key]
            assert (refusal.problem["status"], refusal.problem["type"]) == (410, "urn:callvault:problem:call-erased")
            assert str(request_id) not in str(refusal.problem)  # generic: the request is in the log
            reader = httpx.AsyncClient(base_url=transcripts_url, timeout=10, headers=internal_headers(
                back, tenant_id, ("tenant_admin",), audience="transcripts"))
            async with reader:
                assert (await reader.get(f"/v1/calls/{known}/transcripts")).json()["items"] == []
