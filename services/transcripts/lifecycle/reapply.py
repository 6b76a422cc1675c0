"""After a database restore: `callvault purge --reapply-erasures` holds the database against the erasure
ledger in object storage (`ledger`), which the restore did not roll back.

Each certificate there whose signature verifies (the current signing key or a previous one, by `kid`;
anything else is reported and ignored: the ledger is not trusted for what it says, only for what was
signed, and only under the tenant its object key names: a record of one tenant filed under another's
prefix is reported and ignored) is put back among the deletion certificates if the restore lost it, and
what it certifies is deleted again: a transcript the backup brought back loses its key, then its
objects, and is `purged` (its certificate is the one restored, not a new one); a version a withdrawal
had replaced is replaced again (a new certificate certifies that). Objects a certificate names are
deleted again in any case, for an object store restored from its own backup. Other services' records
(the consent service's erased phone numbers, and the calls whose providers' recordings the gateway
deletes) are applied again by the functions given for their type.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

import jwt
import structlog

from services.common.crypto.signing import ALGORITHMS, public_jwk
from services.common.db import tenant_session
from services.common.storage import tenant_key
from services.transcripts.lifecycle import ledger, withdrawals
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.certificates import CERTIFICATE_TYPE
from services.transcripts.lifecycle.purge import Purger, PurgeReport
from services.transcripts.models import DeletionCertificate

log = structlog.get_logger()


# Another service's record in the ledger (by its JWS `typ`), applied again: how many things it undid.
Reapplier = Callable[[dict[str, Any]], Awaitable[int]]
# By record type, what applies it again: each under the name the report counts it by.
Reappliers = Mapping[str, Sequence[tuple[str, Reapplier]]]


@dataclass
class ReapplyReport:
    certificates: int = 0  # read from the ledger, signature verified
    restored: int = 0  # certificates the database had lost, put back
    transcripts: int = 0  # transcripts the restore brought back, deleted again
    versions: int = 0  # replaced versions the restore brought back, replaced again
    unverified: int = 0  # lines of the ledger whose signature does not verify (or of no known kind): ignored
    others: dict[str, int] = field(default_factory=dict)  # by the name a reapplier is given: what was undone again


async def reapply(purger: Purger, public_pems: list[str], others: Reappliers | None = None) -> ReapplyReport:
    keys = {public_jwk(pem)["kid"]: pem for pem in public_pems}
    others = others or {}
    report = ReapplyReport()
    async for bucket, key, lines in ledger.read(purger.store):
        for found in [found for jws in lines if (found := _verified(keys, jws, bucket, key, report))]:
            claims, typ = found[0], jwt.get_unverified_header(found[1]).get("typ")
            if typ == CERTIFICATE_TYPE:
                await _reapply(purger, *found, report)
            elif typ in others:
                for name, other in others[typ]:
                    report.others[name] = report.others.get(name, 0) + await other(claims)
            else:
                report.certificates -= 1
                report.unverified += 1
                log.warning("erasure ledger line ignored: a record of no known kind", bucket=bucket, key=key, typ=typ)
    return report


def _verified(keys: dict[str, str], jws: str, bucket: str, key: str, report: ReapplyReport
              ) -> tuple[dict[str, Any], str] | None:
    try:
        pem = keys.get(jwt.get_unverified_header(jws).get("kid", ""))
        if pem is None:
            raise jwt.InvalidTokenError("signed by no key this deployment knows")
        claims = jwt.decode(jws, pem, algorithms=ALGORITHMS)  # certificates of either name
        if str(claims.get("tenant_id")) != ledger.tenant_of(key):
            # Signed, but copied under another tenant's prefix (by whoever can write the bucket): a record
            # is applied only where it was written.
            raise jwt.InvalidTokenError("its tenant is not the one its object key names")
    except jwt.InvalidTokenError as exc:
        report.unverified += 1
        log.warning("erasure ledger line ignored: its signature does not verify", bucket=bucket, key=key,
                    error=str(exc))
        return None
    report.certificates += 1
    return claims, jws


async def _reapply(purger: Purger, claims: dict[str, Any], jws: str, report: ReapplyReport) -> None:
    tenant_id, transcript_id = UUID(claims["tenant_id"]), UUID(claims["transcript_id"])
    async with tenant_session(purger.engine, tenant_id) as session:
        if await lifecycle.get_certificate(session, UUID(claims["certificate_id"])) is None:
            session.add(DeletionCertificate(
                id=UUID(claims["certificate_id"]), tenant_id=tenant_id, transcript_id=transcript_id,
                call_id=UUID(claims["call_id"]), reason=claims["reason"], claims=claims, jws=jws,
                issued_at=datetime.fromisoformat(claims["issued_at"])))
            report.restored += 1
        back = await lifecycle.restored_transcript(session, transcript_id)
        whole = claims.get("scope", "transcript") == "transcript"
        if back is not None and whole:
            await lifecycle.shred(session, [transcript_id], {"reason": claims["reason"], **claims["cause"],
                                                             "reapplied": claims["certificate_id"]})
        replaced = 0
        if back is not None and not whole and back.status == "active" and back.version == claims["version"]:
            participant = claims["cause"].get("participant_id")
            replaced = await withdrawals.remove_segments(purger, session, back, participant and UUID(participant),
                                                         {"reason": claims["reason"], **claims["cause"]})
        await session.commit()
    by_bucket: dict[str, list[str]] = {}
    own = tenant_key(tenant_id, "")  # a certificate deletes its own tenant's objects, whatever it names
    for o in claims["objects"]:
        if o["key"].startswith(own):
            by_bucket.setdefault(o["bucket"], []).append(o["key"])
    for bucket, keys in by_bucket.items():
        await purger.store.delete(bucket, keys)
    if back is not None and whole:
        await purger.finish_again(tenant_id, transcript_id)
        report.transcripts += 1
    if replaced:
        await purger.complete_versions(tenant_id, PurgeReport(), [(transcript_id, claims["version"])])
        report.versions += 1
