"""The CloudEvents 1.0 JSON envelope every domain event travels in."""

from datetime import UTC, datetime
from typing import Any, Literal
from uuid import UUID, uuid4

from pydantic import BaseModel, Field

SUBJECT_PREFIX = "callvault"


class CloudEvent(BaseModel):
    specversion: Literal["1.0"] = "1.0"
    id: UUID = Field(default_factory=uuid4)
    source: str
    type: str
    time: datetime = Field(default_factory=lambda: datetime.now(UTC))
    subject: str | None = None
    tenantid: UUID
    datacontenttype: Literal["application/json"] = "application/json"
    data: dict[str, Any] = Field(default_factory=dict)

    @property
    def nats_subject(self) -> str:
        return nats_subject(self.type)


def nats_subject(event_type: str) -> str:
    """`call.created` travels on `callvault.call.created`; consumers filter on these subjects."""
    return f"{SUBJECT_PREFIX}.{event_type}"
