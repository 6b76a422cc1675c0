"""Errors of the recording-consent service."""

from services.common.errors import Conflict, NotFound


class CallNotFound(NotFound):
    slug, title = "call-not-found", "Call not found"


class CallAlreadyExists(Conflict):
    slug, title = "call-already-exists", "A call with this provider and external id already exists"
