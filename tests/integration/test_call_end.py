"""Time cannot be rewritten: a call ends after it started and after its last event, and its first
recorded end is the one that stays (retention runs from it)."""


from tests.helpers.support import at, by_external_id, participant

AGENT = participant("agent", "agent", jurisdiction="US-NY")
CUSTOMER = participant("customer", phone_number="+1 (415) 555-0100")
OUT_OF_ORDER = "urn:callvault:problem:call-end-out-of-order"


async def test_a_call_cannot_end_before_it_started(api):
    call = await api.call(AGENT, CUSTOMER, started=-60)
    refused = await api.events(call["id"], {"type": "call_ended", "occurred_at": at(-3600)}, status=422)
    assert refused["type"] == OUT_OF_ORDER and "before the call started" in refused["detail"]
    assert (await api.ok("GET", f"/v1/calls/{call['id']}"))["ended_at"] is None


async def test_a_call_cannot_end_before_its_last_event(api):
    call = await api.call(AGENT, CUSTOMER, started=-600)
    customer = by_external_id(call)["customer"]["id"]
    await api.events(call["id"], {"type": "consent_granted", "participant_id": customer, "purposes": ["recording"],
                                  "method": "dtmf", "occurred_at": at(-10)})
    refused = await api.events(call["id"], {"type": "call_ended", "occurred_at": at(-20)}, status=422)
    assert refused["type"] == OUT_OF_ORDER and "last event" in refused["detail"]
    in_a_batch = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-5)},
                                  {"type": "call_ended", "occurred_at": at(-8)}, status=422)
    assert in_a_batch["type"] == OUT_OF_ORDER
    assert [e["type"] for e in await api.ok("GET", f"/v1/calls/{call['id']}/events")] == ["consent_granted"]


async def test_the_first_recorded_end_stays(api):
    call = await api.call(AGENT, CUSTOMER, started=-600)
    first = await api.events(call["id"], {"type": "call_ended", "occurred_at": at(-30)})
    ended_at = (await api.ok("GET", f"/v1/calls/{call['id']}"))["ended_at"]
    assert ended_at == first["events"][0]["occurred_at"]
    earlier = await api.events(call["id"], {"type": "call_ended", "occurred_at": at(-300)}, status=422)
    assert earlier["type"] == OUT_OF_ORDER
    later = await api.events(call["id"], {"type": "call_ended", "occurred_at": at(-1)}, status=422)
    assert later["type"].endswith(":consent-after-call-ended")
    assert (await api.ok("GET", f"/v1/calls/{call['id']}"))["ended_at"] == ended_at


async def test_a_recording_reported_stopped_after_the_hang_up_is_recorded(api):
    """Twilio sends a recording's `completed` callback once the file is ready, after the call's own."""
    call = await api.call(AGENT, CUSTOMER, started=-600)
    await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-500)},
                     {"type": "call_ended", "occurred_at": at(-30)})
    await api.events(call["id"], {"type": "recording_stopped", "occurred_at": at(-5)})
    assert (await api.ok("GET", f"/v1/calls/{call['id']}"))["recording_state"] == "stopped"
    started_late = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-2)}, status=422)
    assert started_late["type"].endswith(":consent-after-call-ended")
