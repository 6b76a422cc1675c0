"""The README's five-minute tour, run as written (bash, curl and jq) against the running services:
each step's output is what the README says it shows. Without bash, curl or jq this test skips."""

import asyncio
import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
pytestmark = pytest.mark.skipif(not all(shutil.which(tool) for tool in ("bash", "curl", "jq")),
                                reason="the README's tour needs bash, curl and jq")


def tour_script(gateway_url: str, key: str, slug: str) -> str:
    tour = README.read_text().split("## A five-minute tour", 1)[1].split("\n## ", 1)[0]
    blocks = [textwrap.dedent(block) for block in re.findall(r"```sh\n(.*?) *```", tour, flags=re.DOTALL)]
    script = "\n".join(blocks)
    for written, here in (("$(cat .callvault/demo-api-key)", key), ("http://127.0.0.1:8000", gateway_url),
                          (".venv/bin/callvault", f"{sys.executable} -m services.cli"),
                          ("--tenant demo", f"--tenant {slug}")):
        assert written in script, f"the tour no longer says {written}"
        script = script.replace(written, here)
    return "set -euo pipefail\n" + script


def json_values(text: str) -> list:
    decoder, values, at = json.JSONDecoder(), [], 0
    while (at := len(text) - len(text[at:].lstrip())) < len(text):
        value, at = decoder.raw_decode(text, at)
        values.append(value)
    return values


async def test_the_readme_tour_shows_what_it_says(gateway, tenant_key, tmp_path):
    tenant_id, key = tenant_key
    slug = (await gateway.get(f"/v1/tenants/{tenant_id}", headers={"Authorization": f"Bearer {key}"})).json()["slug"]
    script = tour_script(str(gateway.base_url).rstrip("/"), key, slug)
    run = await asyncio.to_thread(subprocess.run, ["bash", "-c", script], cwd=tmp_path, capture_output=True,
                                  text=True, timeout=120)
    assert run.returncode == 0, (run.stdout, run.stderr)
    before, consented, text, redactions, withdrawn, receipt, ledger, twilio, *call, softphone = json_values(run.stdout)
    assert before["may_record"] is False and any("all-party" in r for r in before["reasons"])
    assert consented == {"may_record": True, "may_transcribe": True}
    assert text == "my card is [CARD]" and [r["type"] for r in redactions] == ["CREDIT_CARD"]
    assert withdrawn["may_record"] is False and any("withdrew" in r for r in withdrawn["reasons"])
    assert receipt["ok"] is True and ledger["ok"] is True and ledger["entries"] >= 5
    # The simulated Twilio call, and the softphone finding it by Twilio's call sid.
    assert twilio["voice_url"].endswith(f"/v1/webhooks/twilio/{slug}/voice") and twilio["announcement"]["builtin"]
    assert [step["name"] for step in call] == ["voice", "status initiated", "status ringing", "status in-progress",
                                               "gather 1", "recording in-progress", "status completed",
                                               "recording completed"]
    assert call[0]["may_record"] is False and call[4]["may_record"] is True
    assert call[-1]["may_record"] is False and call[-1]["recording_state"] == "stopped"  # the call has ended
    assert softphone["may_record"] is False and softphone["call_id"]
