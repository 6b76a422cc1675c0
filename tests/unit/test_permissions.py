"""The permission table and the routes the services serve are the same set."""

from fastapi.routing import APIRoute

from services.common.auth import Role
from services.common.permissions import PERMISSIONS, unlisted
from services.gateway.routes import tenants as admin_routes
from services.gateway.routes import webhooks as webhook_routes
from services.gateway.telephony import routes as telephony_routes
from services.recording_consent.policy import routes as policy_routes
from services.recording_consent.routes import calls as routes
from services.recording_consent.routes import ledger as ledger_routes
from services.recording_consent.routes import registry as registry_routes
from services.transcripts.lifecycle import routes as lifecycle_routes
from services.transcripts.privacy import routes as privacy_routes
from services.transcripts.routes import administration as transcript_admin_routes
from services.transcripts.routes import transcripts as transcript_routes
from services.transcripts.vcons import routes as vcon_routes

GUARDED = [admin_routes.router, webhook_routes.router, telephony_routes.router, telephony_routes.ivr_router,
           telephony_routes.inbox_router,
           routes.router, registry_routes.router, ledger_routes.router,
           policy_routes.router, transcript_routes.router, transcript_admin_routes.router,
           transcript_admin_routes.log_routes, lifecycle_routes.router, privacy_routes.router, vcon_routes.router]


def _routes() -> list[APIRoute]:
    return [r for router in GUARDED for r in router.routes if isinstance(r, APIRoute)]


def test_every_route_behind_the_internal_token_has_a_line():
    assert unlisted(_routes()) == []


def test_every_line_names_a_route_that_exists():
    served = {f"{m} {r.path}" for r in _routes() for m in r.methods - {"HEAD"}}
    assert set(PERMISSIONS) - served == set()


def test_a_route_not_in_the_table_is_named():
    stray = APIRoute("/v1/nowhere", endpoint=lambda: None, methods=["GET"])
    assert unlisted([stray]) == ["GET /v1/nowhere"]


def test_no_tenant_data_is_open_to_the_platform_administrator():
    tenant_data = {route: allowed for route, allowed in PERMISSIONS.items()
                   if not route.split(" ", 1)[1].startswith(("/v1/tenants", "/v1/api-keys", "/v1/webhook-endpoints"))}
    assert tenant_data and all(Role.platform_admin not in allowed for allowed in tenant_data.values())
