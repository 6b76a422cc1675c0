"""The download of a privacy export: the archive opened as it streams from the object store, never whole
in memory (`crypto/stream.py`'s STREAM chunks, each sent once its tag is checked), counted and audited, the
last allowed download deleting it (certified, `export.delete`)."""

import base64
import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import Any, NamedTuple
from uuid import UUID

import anyio
import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto import stream
from services.common.crypto.envelope import IntegrityError, Place, open_sealed
from services.common.crypto.kms import UnknownKeyVersion, WrappedKey, kms_outage
from services.common.db import tenant_session
from services.transcripts import audit
from services.transcripts.errors import TranscriptIntegrity
from services.transcripts.models import PrivacyRequest
from services.transcripts.privacy import repository as privacy
from services.transcripts.privacy.export import KIND, ExportGone, ExportKeyGone, ExportNotReady, delete
from services.transcripts.vault import Context, PrivacyTools

log = structlog.get_logger()


class Download(NamedTuple):
    chunks: AsyncIterator[bytes]
    size: int


async def download(session: AsyncSession, ctx: Context, work: PrivacyTools, request_id: UUID) -> Download:
    """The archive, opened as it streams from the object store, for the compliance officer to send on; each
    download counted (as it starts) and audited, and the last allowed one deletes it (certified). What can
    be known before anything is sent is: the key (410 gone, 503 KMS down), the object (503 store down) and
    its first megabyte's chunks."""
    r = await privacy.get(session, request_id, for_update=True)
    if r is None or r.export is None:
        raise ExportNotReady(f"privacy request {request_id} has no export"
                             + ("" if r is None else f" (it is {r.status})"))
    ensure_downloadable(r, datetime.now(UTC))
    e = r.export
    key = await _key(work, r)
    pieces = await work.purger.store.open_stream(e["bucket"], e["key"])
    if pieces is None:
        raise TranscriptIntegrity(f"the export of privacy request {request_id} is missing")
    tenant_id, downloads = r.tenant_id, e["downloads"] + 1
    try:
        opened = await _Opened.start(key, Place(tenant_id, request_id, 1, KIND), e, pieces)
        r.export = {**e, "downloads": downloads}
        session.add(r)
        await audit.record(session, ctx.actor, "privacy_request.exported", request=str(request_id),
                           download=downloads, of=e["max_downloads"])
        await session.commit()
    except BaseException:
        await pieces.aclose()
        raise
    used_up = partial(_used_up, work, tenant_id, request_id) if downloads >= e["max_downloads"] else None
    return Download(opened.rest(used_up, partial(_uncount, work, tenant_id, request_id)), opened.size)


def ensure_downloadable(r: PrivacyRequest, now: datetime) -> None:
    """ExportGone once the export is deleted, expired or its downloads are used: its deletion follows expiry
    and the last download, but may lag behind (the work scan busy, the store away), and it is not to be served
    meanwhile."""
    e = r.export
    if r.export_deleted_at is not None:
        raise ExportGone(f"the export was deleted at {r.export_deleted_at.isoformat()} "
                         f"({e['deletion']['reason']}); its certificate is in the report")
    if r.export_expires_at is not None and r.export_expires_at <= now:
        raise ExportGone(f"the export expired at {r.export_expires_at.isoformat()}; it is deleted as it expires")
    if e["downloads"] >= e["max_downloads"]:  # the last download's deletion did not happen (yet)
        raise ExportGone(f"the export's {e['max_downloads']} downloads are used; it is deleted as it expires")


async def _key(work: PrivacyTools, r: PrivacyRequest) -> bytes:
    e = r.export
    try:
        with kms_outage():
            return await work.purger.kms.unwrap(r.tenant_id, WrappedKey(e["kek_id"], e["kek_version"],
                                                                        base64.b64decode(e["wrapped_key"])))
    except UnknownKeyVersion as exc:  # its KEK version retired or destroyed: nothing can open it any more
        raise ExportKeyGone(f"the export of privacy request {r.id} was sealed under KEK version "
                            f"{e['kek_version']}, which the key management service no longer has ({exc}); "
                            "make a new access request") from exc


class _Opened:
    """The archive's plaintext as its sealed bytes stream in. A chunk is sent once its tag is checked (STREAM:
    `crypto/stream.py`); the final bytes only once the last chunk's tag (which says it is the last) and the
    object's SHA-256 are, so a stream cut short, reordered or altered ends without them: the client gets
    fewer bytes than the Content-Length promised and the zip's central directory never, not a
    complete-looking archive."""

    def __init__(self, place: Place, e: dict[str, Any], pieces: AsyncIterator[bytes]) -> None:
        self.place, self.e, self.pieces, self.sha = place, e, pieces, hashlib.sha256()
        self.ahead, self.opener, self.size = b"", None, 0

    @classmethod
    async def start(cls, key: bytes, place: Place, e: dict[str, Any], pieces: AsyncIterator[bytes]) -> "_Opened":
        """Its first piece read and checked now, so that a fault found there is a problem answer."""
        self = cls(place, e, pieces)
        first = await anext(pieces, b"")
        self.sha.update(first)
        with self._integrity():
            if first.startswith(stream.FORMAT):
                self.opener, self.size = stream.StreamOpener(key, place.associated_data()), stream.plaintext_size(
                    e["size"])
                self.ahead = self.opener.update(first)
            else:  # an export sealed whole, before exports were streamed (small: it was made in memory)
                whole = bytearray(first)
                async for piece in pieces:
                    whole += piece
                    self.sha.update(piece)
                    if len(whole) > e["size"]:  # never held past what was recorded, whatever the bucket holds
                        raise IntegrityError("the export is larger than it was when it was made")
                self._check_digest()
                self.ahead = open_sealed(key, place, bytes(whole))
                self.size = len(self.ahead)
        return self

    async def rest(self, used_up: Callable[[], Awaitable[None]] | None,
                   uncount: Callable[[], Awaitable[None]]) -> AsyncIterator[bytes]:
        """Then the rest; `used_up` (the last allowed download's deletion) runs before the final bytes go,
        or as the stream ends if the client left. A stream the archive's own fault broke off (a tag or the
        digest did not hold) delivered nothing whole: it is `uncount`ed, and deletes nothing."""
        faulty = False
        try:
            final = self.ahead
            if self.opener is not None:
                if self.ahead:
                    yield self.ahead
                with self._integrity():
                    async for piece in self.pieces:
                        self.sha.update(piece)
                        if out := self.opener.update(piece):
                            yield out
                    final = self.opener.finish()
                    self._check_digest()
            if used_up is not None:
                await used_up()
                used_up = None
            yield final
        except TranscriptIntegrity:
            faulty = True
            raise
        finally:
            with anyio.CancelScope(shield=True):  # the client gone: its download is counted all the same
                await self.pieces.aclose()
                if faulty:
                    await uncount()
                elif used_up is not None:
                    await used_up()

    def _check_digest(self) -> None:
        if self.sha.hexdigest() != self.e["sha256"]:
            raise IntegrityError("the object is not the one written")

    @contextmanager
    def _integrity(self) -> Iterator[None]:
        try:
            yield
        except IntegrityError as exc:
            raise TranscriptIntegrity(f"the export of privacy request {self.place.transcript_id}: {exc}") from exc


async def _uncount(work: PrivacyTools, tenant_id: UUID, request_id: UUID) -> None:
    """A download the archive's fault broke off is given back (the officer may try again once the object is
    repaired from a backup); the audit keeps the attempt. Never fails the (already failed) download."""
    try:
        async with tenant_session(work.engine, tenant_id) as session:
            r = await privacy.get(session, request_id, for_update=True)
            if r is not None and r.export is not None and r.export["downloads"] > 0:
                r.export = {**r.export, "downloads": r.export["downloads"] - 1}
                session.add(r)
                await session.commit()
        log.error("an export's download was broken off: the archive failed its integrity check",
                  request_id=str(request_id))
    except Exception as exc:
        log.warning("a failed download could not be given back", request_id=str(request_id),
                    error=getattr(exc, "detail", None) or str(exc) or type(exc).__name__)


async def _used_up(work: PrivacyTools, tenant_id: UUID, request_id: UUID) -> None:
    """The last allowed download's deletion of the export (certified). Never fails the download: while the
    object store is away the export stays, answering 410 (its downloads used), until it expires."""
    try:
        async with tenant_session(work.engine, tenant_id) as session:
            r = await privacy.get(session, request_id, for_update=True)
            if r is not None and r.export is not None and r.export_deleted_at is None:
                await delete(work, session, r, "downloads_used")
                await session.commit()
    except Exception as exc:
        log.warning("an export whose downloads are used was not deleted; it is as it expires",
                    request_id=str(request_id), error=getattr(exc, "detail", None) or str(exc) or type(exc).__name__)
