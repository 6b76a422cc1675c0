"""Errors of the recording-consent service."""

from services.common.errors import Conflict, Forbidden, NotFound, Unprocessable


class CallNotFound(NotFound):
    slug, title = "call-not-found", "Call not found"


class ParticipantNotFound(NotFound):
    slug, title = "participant-not-found", "Participant not found"


class AnnouncementNotFound(NotFound):
    slug, title = "announcement-not-found", "Announcement not found"


class DoNotRecordNotFound(NotFound):
    slug, title = "do-not-record-entry-not-found", "Do-not-record entry not found"


class AgentSiteNotFound(NotFound):
    slug, title = "agent-site-not-found", "Agent site not found"


class UnknownAgentSite(Unprocessable):
    slug, title = "unknown-agent-site", "The participant names an agent site that does not exist"


class CallAlreadyExists(Conflict):
    slug, title = "call-already-exists", "A call with this provider and external id already exists"


class ParticipantAlreadyExists(Conflict):
    slug, title = "participant-already-exists", "The call already has a participant with this external id"


class AnnouncementAlreadyExists(Conflict):
    slug, title = "announcement-already-exists", "This announcement version already exists in this language"


class BuiltinAnnouncement(Conflict):
    slug, title = "builtin-announcement", "The built-in announcement cannot be retired"


class UnknownParticipant(Unprocessable):
    slug, title = "unknown-participant", "The event names a participant who is not on this call"


class UnknownAnnouncement(Unprocessable):
    slug, title = "unknown-announcement", "The notice names an announcement version that does not exist"


class ConsentAfterCallEnded(Unprocessable):
    slug, title = "consent-after-call-ended", ("Only a withdrawal, a participant leaving or a "
                                                 "recording's stop may come after the call has ended")


class CallEndOutOfOrder(Unprocessable):
    slug, title = "call-end-out-of-order", "A call cannot end before it started or before its last event"


class EventInFuture(Unprocessable):
    slug, title = "event-in-future", "The event's time is in the future"


class DuplicateSourceEventId(Unprocessable):
    slug, title = "duplicate-source-event-id", "The batch carries the same source_event_id twice"


class ReservedSourceEventId(Unprocessable):
    slug, title = "reserved-source-event-id", "This source_event_id prefix is reserved for the gateway's webhooks"


class SourceEventIdReused(Conflict):
    slug, title = "source-event-id-reused", "This source_event_id was used on this call for another event"


class InvalidCursor(Unprocessable):
    slug, title = "invalid-cursor", "The cursor is not one this API returned"


class AgentNotOnCall(Forbidden):
    slug, title = "agent-not-on-call", "This softphone token's agent is not on the call"


class NotAConsentEvent(Forbidden):
    slug, title = "softphone-consent-events-only", "A softphone token posts consent events only"
