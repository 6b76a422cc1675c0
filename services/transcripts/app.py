"""The transcripts service: encrypted transcripts in S3 and their lifecycle (routes arrive with the
transcripts issue; today it runs, migrates, and reports its readiness, S3 included)."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.settings import Settings

NAME = "transcripts"


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(
        NAME, settings or Settings(), [], title="callvault transcripts",
        description="Encrypted transcripts, retention, legal holds, erasure and exports.", uses_s3=True,
    )
