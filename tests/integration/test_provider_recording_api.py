"""Deleting a kept recording through each provider's REST API, against the session's fake of those APIs
(tests/provider_fake.py): the request each provider documents, authenticated as it documents; a 404 is a
recording already gone; a 5xx, a 429 or a timeout is worth another try, a 4xx is not."""

import base64

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from services.gateway.clients.providers import delete_recording
from services.stack.processes import free_port
from tests.helpers.signed_webhooks import telnyx_keys, twilio_config, vonage_config


@pytest.fixture
async def http():
    async with httpx.AsyncClient(timeout=5) as client:
        yield client


async def test_twilio_gets_a_delete_of_the_recording_with_the_accounts_basic_auth(http, provider_api):
    config = twilio_config()
    outcome = await delete_recording(http, provider_api.urls["twilio"], "twilio", config, "RE" + "1" * 32)
    assert (outcome.stopped, outcome.retry, outcome.answer["status"]) == (True, False, 204)
    [sent] = provider_api.sent(f"/Accounts/{config['account_sid']}/Recordings/RE{'1' * 32}.json")
    assert sent["method"] == "DELETE" and sent["path"].startswith("/twilio/2010-04-01/")
    credentials = base64.b64encode(f"{config['account_sid']}:{config['auth_token']}".encode()).decode()
    assert sent["headers"]["Authorization"] == f"Basic {credentials}"


async def test_telnyx_gets_a_delete_of_v2_recordings_with_the_api_key(http, provider_api):
    _, config = telnyx_keys()
    outcome = await delete_recording(http, provider_api.urls["telnyx"], "telnyx", config, "rec-telnyx-1")
    assert outcome.stopped
    [sent] = provider_api.sent("/recordings/rec-telnyx-1")
    assert (sent["method"], sent["path"]) == ("DELETE", "/telnyx/v2/recordings/rec-telnyx-1")
    assert sent["headers"]["Authorization"] == f"Bearer {config['api_key']}"


async def test_vonage_gets_a_delete_of_the_file_with_a_jwt_the_applications_key_signs(http, provider_api):
    config = vonage_config()
    outcome = await delete_recording(http, provider_api.urls["vonage"], "vonage", config, "file-vonage-1")
    assert outcome.stopped
    [sent] = provider_api.sent("/v1/files/file-vonage-1")
    assert (sent["method"], sent["path"]) == ("DELETE", "/vonage/v1/files/file-vonage-1")
    public = serialization.load_pem_private_key(config["private_key"].encode(), None).public_key()
    claims = jwt.decode(sent["headers"]["Authorization"].removeprefix("Bearer "), public, algorithms=["RS256"])
    assert claims["application_id"] == config["application_id"]


async def test_vonage_without_a_private_key_is_refused_without_asking(http, provider_api):
    config = {**vonage_config(), "private_key": None}
    outcome = await delete_recording(http, provider_api.urls["vonage"], "vonage", config, "file-vonage-2")
    assert (outcome.stopped, outcome.retry) == (False, False) and "private_key" in outcome.answer["error"]
    assert provider_api.sent("/v1/files/file-vonage-2") == []


@pytest.mark.parametrize(("status", "deleted", "retry"), [(404, True, False), (503, False, True), (429, False, True),
                                                           (401, False, False), (403, False, False)])
async def test_what_each_answer_of_the_provider_means(http, provider_api, status, deleted, retry):
    recording = f"RE{status}{'0' * 29}"
    provider_api.fail(f"/Recordings/{recording}.json", status)
    outcome = await delete_recording(http, provider_api.urls["twilio"], "twilio", twilio_config(), recording)
    assert (outcome.stopped, outcome.retry, outcome.answer["status"]) == (deleted, retry, status)


async def test_a_provider_that_does_not_answer_is_worth_another_try(http):
    nobody = f"http://127.0.0.1:{free_port()}"
    outcome = await delete_recording(http, nobody, "telnyx", telnyx_keys()[1], "rec-1")
    assert (outcome.stopped, outcome.retry) == (False, True) and "ConnectError" in outcome.answer["error"]
