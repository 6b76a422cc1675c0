"""Who may do what: every authenticated public route and the roles that may call it, in one table.

The services enforce it on the principal the gateway vouched for (`guard`, on every route they
serve behind the internal token); a service refuses to start with a route the table does not name.
docs/domains/roles-and-permissions.md shows it (`markdown_table`, kept in step by a test), and a test
walks every route with every role. A caller acting for another tenant never gets a 403 for a resource there: it gets the
404 of a resource that does not exist, as row-level security hides it.
"""

from collections.abc import Iterable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.routing import APIRoute

from services.common.auth import Principal, Role, internal_principal
from services.common.errors import Forbidden, reject_unknown_query_parameters

ROLES = tuple(Role)
_ANY = frozenset(Role) - {Role.platform_admin}  # every role that acts for a tenant
_CALL_READERS = frozenset({Role.tenant_admin, Role.telephony, Role.supervisor, Role.agent, Role.compliance_officer,
                           Role.auditor})
_CALL_WRITERS = frozenset({Role.tenant_admin, Role.telephony})
_PROOF_READERS = frozenset({Role.tenant_admin, Role.compliance_officer, Role.auditor, Role.supervisor})
_COMPLIANCE = frozenset({Role.tenant_admin, Role.compliance_officer})
_AUDIT = frozenset({Role.tenant_admin, Role.compliance_officer, Role.auditor})
_TRANSCRIPT_READERS = frozenset({Role.tenant_admin, Role.compliance_officer, Role.supervisor, Role.agent})

PERMISSIONS: dict[str, frozenset[Role]] = {
    # gateway: tenants and their credentials (a tenant administrator sees and changes its own tenant only)
    "POST /v1/tenants": frozenset({Role.platform_admin}),
    "GET /v1/tenants": frozenset({Role.platform_admin, Role.tenant_admin}),
    "GET /v1/tenants/{tenant_id}": frozenset({Role.platform_admin, Role.tenant_admin}),
    "PATCH /v1/tenants/{tenant_id}": frozenset({Role.platform_admin, Role.tenant_admin}),
    "PUT /v1/tenants/{tenant_id}/oidc": frozenset({Role.platform_admin, Role.tenant_admin}),
    "GET /v1/tenants/{tenant_id}/oidc": frozenset({Role.platform_admin, Role.tenant_admin}),
    "DELETE /v1/tenants/{tenant_id}/oidc": frozenset({Role.platform_admin, Role.tenant_admin}),
    "POST /v1/api-keys": frozenset({Role.platform_admin, Role.tenant_admin}),
    "GET /v1/api-keys": frozenset({Role.platform_admin, Role.tenant_admin}),
    "DELETE /v1/api-keys/{key_id}": frozenset({Role.platform_admin, Role.tenant_admin}),
    "POST /v1/agent-tokens": frozenset({Role.tenant_admin, Role.telephony}),
    # gateway: outbound webhooks
    "POST /v1/webhook-endpoints": frozenset({Role.tenant_admin}),
    "GET /v1/webhook-endpoints": frozenset({Role.tenant_admin}),
    "GET /v1/webhook-endpoints/{endpoint_id}": frozenset({Role.tenant_admin}),
    "PATCH /v1/webhook-endpoints/{endpoint_id}": frozenset({Role.tenant_admin}),
    "DELETE /v1/webhook-endpoints/{endpoint_id}": frozenset({Role.tenant_admin}),
    "GET /v1/webhook-endpoints/{endpoint_id}/deliveries": frozenset({Role.tenant_admin}),
    "POST /v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/replay": frozenset({Role.tenant_admin}),
    # gateway: telephony providers and the consent IVR (their webhooks are signed, not in this table)
    "PUT /v1/telephony/{provider}": frozenset({Role.tenant_admin}),
    "GET /v1/telephony/{provider}": frozenset({Role.tenant_admin}),
    "DELETE /v1/telephony/{provider}": frozenset({Role.tenant_admin}),
    "GET /v1/ivr-settings": frozenset({Role.tenant_admin}),
    "PUT /v1/ivr-settings": frozenset({Role.tenant_admin}),
    "GET /v1/webhook-inbox": frozenset({Role.tenant_admin}),
    # recording consent: calls, their timeline and decisions
    "POST /v1/calls": _CALL_WRITERS,
    "GET /v1/calls": _CALL_READERS,
    "GET /v1/calls/{call_id}": _CALL_READERS,
    "POST /v1/calls/{call_id}/participants": _CALL_WRITERS,
    "POST /v1/calls/{call_id}/events": _CALL_WRITERS | {Role.agent},
    "POST /v1/event-batches": _CALL_WRITERS,
    "GET /v1/calls/{call_id}/events": _CALL_READERS,
    "GET /v1/calls/{call_id}/decision": _CALL_READERS,
    "GET /v1/calls/by-provider/{provider}/{external_id}/decision": _CALL_READERS,
    "GET /v1/calls/{call_id}/decision/stream": _CALL_READERS,
    "GET /v1/calls/{call_id}/consent-periods": _CALL_READERS,
    "GET /v1/calls/{call_id}/participants/{participant_id}/receipt": _PROOF_READERS,
    "POST /v1/calls/{call_id}/recording-stops": _CALL_WRITERS,
    # recording consent: announcements, the do-not-record registry, settings, jurisdictions
    "POST /v1/announcements": _COMPLIANCE,
    "GET /v1/announcements": _CALL_READERS,
    "GET /v1/announcements/{announcement_id}": _CALL_READERS,
    "DELETE /v1/announcements/{announcement_id}": _COMPLIANCE,
    "POST /v1/do-not-record": _COMPLIANCE | {Role.telephony},
    "GET /v1/do-not-record": _AUDIT,
    "DELETE /v1/do-not-record/{entry_id}": _COMPLIANCE,
    "GET /v1/consent-settings": _AUDIT,
    "PUT /v1/consent-settings": frozenset({Role.tenant_admin}),
    "GET /v1/consent-settings/phone-region": _ANY,
    "GET /v1/agent-sites": _AUDIT | {Role.telephony},
    "GET /v1/agent-sites/{name}": _AUDIT | {Role.telephony},
    "PUT /v1/agent-sites/{name}": frozenset({Role.tenant_admin}),
    "DELETE /v1/agent-sites/{name}": frozenset({Role.tenant_admin}),
    "GET /v1/jurisdictions": _ANY,
    "GET /v1/jurisdictions/resolve": _ANY,
    # recording consent: the ledger
    "GET /v1/ledger/verify": _AUDIT,
    "GET /v1/ledger/tree-heads": _AUDIT,
    "GET /v1/ledger/entries/{leaf_index}": _AUDIT,
    "GET /v1/ledger/entries/{leaf_index}/proof": _AUDIT,
    "GET /v1/ledger/consistency": _AUDIT,
    # transcripts (the full view also needs compliance_officer, or supervisor where the tenant allows it;
    # an agent sees only the calls it was on)
    "POST /v1/transcripts": frozenset({Role.telephony, Role.tenant_admin}),
    "GET /v1/transcripts": _TRANSCRIPT_READERS,
    "GET /v1/transcripts/{transcript_id}": _TRANSCRIPT_READERS,
    "DELETE /v1/transcripts/{transcript_id}": _COMPLIANCE,
    "GET /v1/calls/{call_id}/transcripts": _TRANSCRIPT_READERS,
    "GET /v1/calls/{call_id}/vcon": _TRANSCRIPT_READERS & _CALL_READERS,  # it reads both
    "POST /v1/vcons": frozenset({Role.telephony, Role.tenant_admin}),  # who creates calls and transcripts
    "GET /v1/transcript-settings": _AUDIT,
    "PUT /v1/transcript-settings": frozenset({Role.tenant_admin}),
    "GET /v1/transcript-keys": frozenset({Role.tenant_admin}),
    "POST /v1/redact": _ANY,  # the caller's own text, with its tenant's settings: nothing stored is read
    # transcripts' lifecycle: retention, legal holds (compliance officers only), deletion certificates
    "GET /v1/retention-policies": _AUDIT,
    "PUT /v1/retention-policies": frozenset({Role.tenant_admin}),
    "GET /v1/retention-policies/preview": _AUDIT,
    "GET /v1/purge/due": frozenset({Role.tenant_admin, Role.compliance_officer}),
    "POST /v1/purge": frozenset({Role.tenant_admin, Role.compliance_officer}),
    "PUT /v1/calls/{call_id}/retention": _COMPLIANCE,
    "GET /v1/calls/{call_id}/retention": _AUDIT,  # also the gateway's provider-recording worker, as an auditor
    "POST /v1/legal-holds": frozenset({Role.compliance_officer}),
    "GET /v1/legal-holds": _AUDIT,
    "POST /v1/legal-holds/{hold_id}/release": frozenset({Role.compliance_officer}),
    "GET /v1/deletion-certificates": _AUDIT,
    "GET /v1/deletion-certificates/{certificate_id}": _AUDIT,
    # where every copy of a call is (gateway: the provider's recordings; transcripts: its objects)
    "GET /v1/calls/{call_id}/copies": _AUDIT,
    # privacy requests (data-subject requests): compliance officers act; auditors and tenant admins look
    "POST /v1/privacy-requests": frozenset({Role.compliance_officer}),
    "GET /v1/privacy-requests": _AUDIT,
    "GET /v1/privacy-requests/{request_id}": _AUDIT,
    "POST /v1/privacy-requests/{request_id}/verify": frozenset({Role.compliance_officer}),
    "POST /v1/privacy-requests/{request_id}/reject": frozenset({Role.compliance_officer}),
    "POST /v1/privacy-requests/{request_id}/extend": frozenset({Role.compliance_officer}),
    "POST /v1/privacy-requests/{request_id}/acknowledge": frozenset({Role.compliance_officer}),
    "POST /v1/privacy-requests/{request_id}/lift": frozenset({Role.compliance_officer}),
    "GET /v1/privacy-requests/{request_id}/export": frozenset({Role.compliance_officer}),
    # the audit trail of transcripts: for those who check, not those who act
    "GET /v1/audit": frozenset({Role.auditor, Role.compliance_officer}),
    "GET /v1/audit/verify": frozenset({Role.auditor, Role.compliance_officer}),
    "GET /v1/audit/tree-heads": frozenset({Role.auditor, Role.compliance_officer}),
    "GET /v1/audit/entries/{leaf_index}": frozenset({Role.auditor, Role.compliance_officer}),
    "GET /v1/audit/entries/{leaf_index}/proof": frozenset({Role.auditor, Role.compliance_officer}),
    "GET /v1/audit/consistency": frozenset({Role.auditor, Role.compliance_officer}),
}

# All a softphone token may do (the services also check that its agent is on the call).
SOFTPHONE_ROUTES = frozenset({
    "GET /v1/calls/{call_id}/decision",
    "GET /v1/calls/by-provider/{provider}/{external_id}/decision",
    "GET /v1/calls/{call_id}/decision/stream",
    "POST /v1/calls/{call_id}/events",
    "GET /v1/transcripts/{transcript_id}",
    "GET /v1/calls/{call_id}/transcripts",
})


def roles_for(method: str, path: str) -> frozenset[Role]:
    """The roles that may call a route, by method and path template; none for a route not in the table."""
    return PERMISSIONS.get(f"{method} {path}", frozenset())


def check(request: Request, principal: Principal) -> None:
    """Refuse (403) a caller none of whose roles the table allows on the request's route, and a
    softphone token anywhere but its few routes."""
    route = request.scope.get("route")
    method = "GET" if request.method == "HEAD" else request.method
    allowed = roles_for(method, route.path) if isinstance(route, APIRoute) else frozenset()
    if principal.agent_id is not None and f"{method} {getattr(route, 'path', '')}" not in SOFTPHONE_ROUTES:
        raise Forbidden("a softphone token reads decisions and transcripts and posts consent events of its "
                        "agent's calls; nothing else")
    if not allowed & principal.roles:
        names = ", ".join(sorted(allowed)) or "none: this route is not open to callers"
        raise Forbidden(f"this action needs one of the roles: {names}")


async def guard(request: Request) -> Principal:
    """The services' guard on every route behind the internal token, in one dependency: the token,
    the table, the query's parameters, in that order. One, not three: FastAPI solves each dependency
    (and each of its own) through its whole machinery, which cost a request more than the checks."""
    principal = await internal_principal(request)
    check(request, principal)
    await reject_unknown_query_parameters(request)
    return principal


# The caller as the gateway vouched for it, allowed on this route (the guard, solved once a request).
PrincipalDep = Annotated[Principal, Depends(guard)]


def require_listed(routes: Iterable[object]) -> None:
    """Refuse to build an app that serves a guarded route the table does not name."""
    if missing := unlisted([r for r in routes if isinstance(r, APIRoute)]):
        raise RuntimeError(f"routes without a line in services/common/permissions.py: {', '.join(missing)}")


def unlisted(routes: list[APIRoute]) -> list[str]:
    """The routes (as "METHOD /path") that the table does not name: a service refuses to start with any."""
    return sorted(f"{m} {r.path}" for r in routes for m in r.methods - {"HEAD"} if f"{m} {r.path}" not in PERMISSIONS)


def markdown_table() -> str:
    """The table as the docs show it: one row per route, one column per role."""
    header = "| route | " + " | ".join(f"`{r}`" for r in ROLES) + " |"
    rows = [header, "|---|" + "---|" * len(ROLES)]
    for route, allowed in PERMISSIONS.items():
        rows.append(f"| `{route}` | " + " | ".join("yes" if r in allowed else "" for r in ROLES) + " |")
    return "\n".join(rows)
