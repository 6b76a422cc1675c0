"""An export is not served past its expiry, whether or not its deletion has happened yet: the deletion follows
the expiry through the privacy work scan, which a busy scan or an object store away delays, and the report
says it is no longer available from the moment it expired."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from services.transcripts.models import PrivacyRequest
from services.transcripts.privacy.export import ExportGone
from services.transcripts.privacy.export_download import ensure_downloadable
from services.transcripts.privacy.requests import _export

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _request(expires_in: timedelta, downloads: int = 0, now: datetime = NOW) -> PrivacyRequest:
    return PrivacyRequest(tenant_id=uuid4(), type="access", regulation="gdpr", subject_sealed=b"x",
                          received_at=now, due_at=now, export={"downloads": downloads, "max_downloads": 3},
                          export_expires_at=now + expires_in)


def test_an_export_before_its_expiry_is_served():
    ensure_downloadable(_request(timedelta(seconds=1)), NOW)


@pytest.mark.parametrize("expires_in", [timedelta(0), -timedelta(seconds=1), -timedelta(days=30)])
def test_an_expired_export_not_yet_deleted_is_gone(expires_in):
    with pytest.raises(ExportGone, match="expired at"):
        ensure_downloadable(_request(expires_in), NOW)


def test_an_export_whose_downloads_are_used_is_gone():
    with pytest.raises(ExportGone, match="downloads are used"):
        ensure_downloadable(_request(timedelta(days=1), downloads=3), NOW)


def test_the_report_says_an_expired_export_is_not_available():
    now = datetime.now(UTC)  # the report reads the clock
    assert _export(_request(timedelta(days=1), now=now)).available is True
    expired = _export(_request(-timedelta(seconds=1), now=now))
    assert (expired.available, expired.downloads_left) == (False, 0)
