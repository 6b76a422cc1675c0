"""The erasure ledger: every deletion certificate also goes to object storage, one JSON Lines object of
compact JWS per purge batch, under `erasure-ledger/{tenant}/{yyyy}/{mm}/{dd}/`, in the bucket of the
objects it certifies (a certificate holds blind indexes: it stays in the data's region).

It is written before the certificates commit to the database, so a database backup restored later is
held against a record it cannot roll back: `callvault purge --reapply-erasures` (`reapply`). A batch
whose commit then failed is certified again by the next pass: the ledger may hold two certificates of
one deletion, never none. Each line is a JSON string: a certificate's compact JWS."""

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from services.common.storage import ERASURE_LEDGER_PREFIX, erasure_ledger_key
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.models import DeletionCertificate

PREFIX = ERASURE_LEDGER_PREFIX


async def append(store: ObjectStore, issued: list[DeletionCertificate]) -> None:
    by_place: dict[tuple[str, str], list[str]] = {}
    for certificate in issued:
        objects = certificate.claims["objects"]
        bucket = objects[0]["bucket"] if objects else store.bucket
        by_place.setdefault((bucket, str(certificate.tenant_id)), []).append(certificate.jws)
    for (bucket, tenant_id), lines in by_place.items():
        key = erasure_ledger_key(tenant_id, datetime.now(UTC))
        await store.put(bucket, key, "".join(json.dumps(jws) + "\n" for jws in lines).encode())


def tenant_of(key: str) -> str:
    """The tenant a ledger object's key names (`erasure-ledger/{tenant}/...`)."""
    return key.removeprefix(PREFIX).partition("/")[0]


async def read(store: ObjectStore) -> AsyncIterator[tuple[str, str, list[str]]]:
    """(bucket, key, the compact JWS it holds) of every ledger object, in every bucket."""
    for bucket in store.buckets:
        for key in await store.keys(bucket, PREFIX):
            body = await store.get(bucket, key)
            if body is not None:
                yield bucket, key, [json.loads(line) for line in body.decode().splitlines() if line.strip()]
