"""Errors of the gateway."""

from services.common.errors import Forbidden, NotFound, Unauthenticated


class InvalidApiKey(Unauthenticated):
    slug, title = "invalid-credentials", "The credentials are missing, unknown, revoked or expired"


class TenantDisabled(Forbidden):
    slug, title = "tenant-disabled", "The tenant is disabled"


class RouteNotFound(NotFound):
    slug, title = "not-found", "No such route"
