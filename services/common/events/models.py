"""Tables every service's database carries for events: its outbox and its consumers' memory."""

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Column, DateTime, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel


class OutboxEvent(SQLModel, table=True):
    __tablename__ = "outbox_event"

    id: UUID = Field(primary_key=True)
    tenant_id: UUID
    type: str
    source: str
    subject: str | None = None
    time: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    data: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    created_at: datetime = Field(
        sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
    published_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))


class ProcessedEvent(SQLModel, table=True):
    """One row per (consumer, event id): a redelivered event finds its row and has no second effect."""

    __tablename__ = "processed_event"

    consumer: str = Field(primary_key=True)
    event_id: UUID = Field(primary_key=True)
    tenant_id: UUID
    processed_at: datetime = Field(
        sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
