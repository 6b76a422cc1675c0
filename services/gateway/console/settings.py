"""Settings: consent settings, agent sites, announcements, telephony providers (their webhook URLs to
copy), outbound webhook endpoints with their deliveries, and API keys (a new key's secret shown once)."""

from typing import Annotated
from uuid import UUID

from fastapi import Form, Request
from starlette.responses import Response

from services.common.auth import Role
from services.gateway.console.deps import ConsoleApiDep
from services.gateway.console.pages import CheckedSessionDep, SessionDep, console_router, redirect, render
from services.gateway.telephony.schemas import PROVIDERS

router = console_router()
GRANTABLE = [r.value for r in Role if r is not Role.platform_admin]


@router.get("/settings")
async def settings(request: Request, session: SessionDep, console: ConsoleApiDep) -> Response:
    answers = await console.get_many(
        request, session, consent="/v1/consent-settings", endpoints="/v1/webhook-endpoints", keys="/v1/api-keys",
        sites="/v1/agent-sites", announcements="/v1/announcements",
        **{p: f"/v1/telephony/{p}" for p in PROVIDERS})
    providers = {p: answers.pop(p) for p in PROVIDERS}
    return render(request, "settings.html", providers=providers, roles=GRANTABLE, created=None, **answers)


@router.post("/settings/consent")
async def save_consent(request: Request, session: CheckedSessionDep, console: ConsoleApiDep,
                       jurisdiction_mode: Annotated[str, Form(pattern="^(by_jurisdiction|strict)$")],
                       default_region: Annotated[str, Form(min_length=2, max_length=2)],
                       stay_on_line_seconds: Annotated[str, Form(max_length=3)] = "",
                       agent_jurisdiction: Annotated[str, Form(max_length=10)] = "",
                       agents_prior_agreement: Annotated[bool, Form()] = False) -> Response:
    """The fields the form shows, changed on the document the API gave (the rest sent back as it was)."""
    current = await console.call(request, session, "GET", "/v1/consent-settings")
    changed = {"jurisdiction_mode": jurisdiction_mode, "default_region": default_region.upper(),
               "agents_prior_agreement": agents_prior_agreement,
               "stay_on_line_seconds": int(stay_on_line_seconds) if stay_on_line_seconds.isdigit() else None}
    if "agent_jurisdiction" in current:
        changed["agent_jurisdiction"] = agent_jurisdiction.strip() or None
    await console.call(request, session, "PUT", "/v1/consent-settings", json={**current, **changed})
    return redirect("/console/settings#consent-h")


@router.post("/settings/agent-sites")
async def save_site(request: Request, session: CheckedSessionDep, console: ConsoleApiDep,
                    name: Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")],
                    jurisdiction: Annotated[str, Form(min_length=2, max_length=10)]) -> Response:
    """A site added, or its jurisdiction changed (the API checks the jurisdiction)."""
    await console.call(request, session, "PUT", f"/v1/agent-sites/{name}",
                       json={"jurisdiction": jurisdiction.strip()})
    return redirect("/console/settings#sites-h")


@router.post("/settings/announcements")
async def create_announcement(request: Request, session: CheckedSessionDep, console: ConsoleApiDep,
                              version: Annotated[str, Form(min_length=1, max_length=64)],
                              language: Annotated[str, Form(min_length=2, max_length=35)],
                              text: Annotated[str, Form(min_length=1, max_length=5000)]) -> Response:
    """A new announcement version: the IVR plays it from the next call on."""
    await console.call(request, session, "POST", "/v1/announcements",
                       json={"version": version.strip(), "language": language.strip(), "text": text})
    return redirect("/console/settings#announcements-h")


@router.post("/settings/api-keys")
async def create_key(request: Request, session: CheckedSessionDep, console: ConsoleApiDep,
                     label: Annotated[str, Form(min_length=1, max_length=100)],
                     roles: Annotated[list[str], Form(max_length=len(GRANTABLE))]) -> Response:
    """The answer shows the secret this once; the page after it never can."""
    created = await console.call(request, session, "POST", "/v1/api-keys",
                                 json={"label": label, "roles": roles})
    return render(request, "key_created.html", created=created)


@router.post("/settings/api-keys/{key_id}/revoke")
async def revoke_key(request: Request, key_id: UUID, session: CheckedSessionDep, console: ConsoleApiDep) -> Response:
    await console.call(request, session, "DELETE", f"/v1/api-keys/{key_id}")
    return redirect("/console/settings")


@router.get("/settings/webhook-endpoints/{endpoint_id}")
async def endpoint(request: Request, endpoint_id: UUID, session: SessionDep, console: ConsoleApiDep) -> Response:
    answers = await console.get_many(request, session, endpoint=f"/v1/webhook-endpoints/{endpoint_id}",
                                     deliveries=f"/v1/webhook-endpoints/{endpoint_id}/deliveries")
    return render(request, "endpoint.html", **answers)


@router.post("/settings/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/replay")
async def replay(request: Request, endpoint_id: UUID, delivery_id: UUID, session: CheckedSessionDep,
                 console: ConsoleApiDep) -> Response:
    await console.call(request, session, "POST",
                       f"/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/replay")
    return redirect(f"/console/settings/webhook-endpoints/{endpoint_id}")
