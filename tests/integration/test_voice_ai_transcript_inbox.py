"""A voice-AI provider's end-of-call transcript in the inbox, on an installation of the test's own: sealed
in the row (never in clear in PostgreSQL), waiting there while the transcripts service is away (the
call's events applied meanwhile), taken once it is back, and gone from the row once drained."""

import math
import time
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import asyncpg
import httpx

from services.common.crypto.fields import FieldCrypto
from services.common.db import create_engine
from services.gateway.service import ensure_tenant_with_key
from services.gateway.telephony import inbox
from services.gateway.telephony.drain_process import drain
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, SpokenTranscript, Utterance
from services.recording_consent.app import create_app as consent_app
from services.stack.processes import free_port
from services.transcripts.app import create_app as transcripts_app
from tests.helpers.support import internal_headers, serving

WORDS = "my card number is on file, please use it"


async def _row(dsn: str, dedupe_key: str) -> asyncpg.Record:
    conn = await asyncpg.connect(dsn)
    try:  # as the owner role, which sees every tenant's rows
        return await conn.fetchrow("SELECT status, call::text AS call, happenings::text AS happenings "
                                   "FROM telephony_inbox WHERE dedupe_key = $1", dedupe_key)
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


async def test_a_transcript_waits_sealed_while_the_transcripts_service_is_away_and_is_taken_once_back(private_nats):
    away = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings = private_nats.settings
    owner = create_engine(settings.service_database_url("gateway", owner=True), 2)
    tenant_id, _ = await ensure_tenant_with_key(owner, "AI", f"a-{uuid4().hex[:10]}", ["tenant_admin"], "t")
    await owner.dispose()
    owner_dsn = settings.service_database_url("gateway", owner=True).replace("+asyncpg", "")
    pool = await asyncpg.create_pool(settings.service_database_url("gateway").replace("+asyncpg", ""), min_size=1,
                                     max_size=2)
    crypto = FieldCrypto(settings.secret("master_key"))
    call_id = f"call-{uuid4()}"
    answered = datetime.fromtimestamp(int(time.time() * 1000) / 1000, UTC)  # whole milliseconds, as Vapi's
    try:
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

                assert await drain(without, once=True) == 0  # the events applied, the row kept for its transcript
                assert (await _row(owner_dsn, webhook.dedupe_key))["status"] == "pending"
                events = (await consent.get(f"/v1/calls/{call['id']}/events")).json()
                assert [e["type"] for e in events] == ["call_answered", "consent_granted", "call_ended"]

            back = without.model_copy(update={"transcripts_url": None})
            async with serving(transcripts_app(back)) as transcripts_url:
                back = back.model_copy(update={"transcripts_url": transcripts_url})
                assert await drain(back, once=True) == 1
                drained = await _row(owner_dsn, webhook.dedupe_key)
                assert drained["status"] == "done" and '"transcript"' not in drained["call"]  # the row forgets it
                reader = httpx.AsyncClient(base_url=transcripts_url, timeout=10, headers=internal_headers(
                    back, tenant_id, ("tenant_admin",), audience="transcripts"))
                async with reader:
                    [summary] = (await reader.get(f"/v1/calls/{call['id']}/transcripts")).json()["items"]
                    read = (await reader.get(f"/v1/transcripts/{summary['id']}")).json()
    finally:
        await pool.close()
    assert summary["engine"] == "vapi" and summary["removed_segments"] == 0
    origin = round(answered.timestamp() * 1000)  # offsets count from the call's answer
    assert [(s["start_ms"], s["end_ms"], s["text"]) for s in read["segments"]] == [
        (u.start_ms - origin, u.end_ms - origin, u.text) for u in webhook.transcript.utterances]
