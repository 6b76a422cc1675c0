"""Deletion certificates: what went, when and why, signed (compact JWS, `alg` Ed25519, older ones
EdDSA; `kid` in the gateway's /.well-known/jwks.json) so that anyone can check one without
trusting callvault's database. A certificate names ids, blind indexes, object keys and ciphertext
digests: no personal data in the clear. Together they are the erasure ledger a restored backup is held against."""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.signing import Signer
from services.common.errors import NotFound
from services.transcripts import cursors
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.schemas import DeletionCertificateList, DeletionCertificateRead
from services.transcripts.models import DeletionCertificate, TranscriptArtifact, TranscriptSubject

CERTIFICATE_TYPE = "callvault-deletion-certificate+jwt"
SCHEMA = "callvault-deletion-certificate/1"


class CertificateNotFound(NotFound):
    slug, title = "deletion-certificate-not-found", "Deletion certificate not found"


def issue(signer: Signer, tenant_id: UUID, transcript_id: UUID, call_id: UUID, version: int,
          cause: dict[str, Any] | None, key_destroyed_at: datetime, artifacts: list[TranscriptArtifact],
          subjects: list[TranscriptSubject], objects_deleted_at: datetime, scope: str = "transcript"
          ) -> DeletionCertificate:
    """The certificate of a transcript (`scope` "transcript") or of one of its versions ("version": a
    withdrawal replaced it) whose key was destroyed and whose objects are gone."""
    certificate_id, issued_at = uuid4(), datetime.now(UTC)
    cause = dict(cause or {"reason": "retention"})
    reason = cause.pop("reason")
    claims: dict[str, Any] = {
        "iss": "callvault", "jti": str(certificate_id), "iat": int(issued_at.timestamp()), "schema": SCHEMA,
        "certificate_id": str(certificate_id), "tenant_id": str(tenant_id), "scope": scope,
        "transcript_id": str(transcript_id), "call_id": str(call_id), "version": version,
        "subjects": [{"kind": s.kind, "blind_index": s.digest} for s in sorted(subjects, key=_subject_order)],
        "reason": reason, "cause": cause,
        "key_destroyed_at": key_destroyed_at.isoformat(),
        "objects_deleted_at": objects_deleted_at.isoformat(), "issued_at": issued_at.isoformat(),
        "objects": [{"bucket": a.bucket, "key": a.object_key, "kind": a.kind, "version": a.version, "size": a.size,
                     "sha256": a.sha256} for a in sorted(artifacts, key=lambda a: (a.version, a.kind))],
        # The call's recordings at its telephony provider go after this is signed (the gateway deletes them
        # through the provider's API): where their deletion is recorded, against this certificate's id.
        "provider_copies": f"/v1/calls/{call_id}/copies",
    }
    return DeletionCertificate(id=certificate_id, tenant_id=tenant_id, transcript_id=transcript_id, call_id=call_id,
                               reason=reason, claims=claims, issued_at=issued_at,
                               jws=signer.sign(claims, typ=CERTIFICATE_TYPE))


def _subject_order(s: TranscriptSubject) -> tuple[str, str]:
    return s.kind, s.digest


async def page(session: AsyncSession, *, transcript_id: UUID | None, call_id: UUID | None, cursor: str | None,
               limit: int) -> DeletionCertificateList:
    """Newest first."""
    rows = await lifecycle.certificates_page(session, transcript_id=transcript_id, call_id=call_id,
                                             after=cursors.decode(cursor) if cursor else None, limit=limit + 1)
    shown = rows[:limit]
    return DeletionCertificateList(
        items=[DeletionCertificateRead.model_validate(c, from_attributes=True) for c in shown],
        next_cursor=cursors.encode(shown[-1].issued_at, shown[-1].id) if len(rows) > limit else None)


async def get(session: AsyncSession, certificate_id: UUID) -> DeletionCertificateRead:
    certificate = await lifecycle.get_certificate(session, certificate_id)
    if certificate is None:
        raise CertificateNotFound(f"no deletion certificate {certificate_id}")
    return DeletionCertificateRead.model_validate(certificate, from_attributes=True)
