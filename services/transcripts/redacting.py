"""Redaction with the tenant's settings (its operator per entity type, its token key): for the redacted
view of a transcript, its stored redacted artifact, and `POST /v1/redact`.

The recognizers are pure Python and take about a second a megabyte: they run in a worker thread, so
the event loop keeps answering other requests meanwhile."""

from dataclasses import dataclass
from uuid import UUID

from anyio import to_thread
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.fields import FieldCrypto
from services.transcripts.redaction import Found, Operator, not_checked, redact_segments
from services.transcripts.schemas import NotChecked, RedactedEntity, RedactRequest, RedactResult
from services.transcripts.service import Context, tenant_settings

TOKEN_PURPOSE = "redaction-token"


@dataclass(frozen=True)
class Redactor:
    operators: dict[str, Operator]
    token_key: bytes

    async def segments(self, texts: list[str | None]) -> tuple[list[str | None], list[Found]]:
        return await to_thread.run_sync(redact_segments, texts, self.operators, self.token_key)


async def tenant_redactor(session: AsyncSession, crypto: FieldCrypto, tenant_id: UUID) -> Redactor:
    operators = (await tenant_settings(session, tenant_id)).redaction_operators
    return Redactor({str(t): Operator(o) for t, o in operators.items()}, crypto.derive(tenant_id, TOKEN_PURPOSE))


def unchecked() -> list[NotChecked]:
    return [NotChecked(type=t, reason=why) for t, why in not_checked().items()]


async def redact_request(session: AsyncSession, ctx: Context, body: RedactRequest) -> RedactResult:
    """The caller's own text redacted with its tenant's settings; nothing is stored or audited, as
    nothing of the tenant's is read."""
    redactor = await tenant_redactor(session, ctx.crypto, ctx.tenant_id)
    await session.commit()  # the settings are read: no transaction held through the work
    if body.text is not None:
        [text], found = await redactor.segments([body.text])
        return RedactResult(text=text, entities=[_entity(f, None) for f in found], not_checked=unchecked())
    texts = [s if isinstance(s, str) else s.text for s in body.segments or []]
    redacted, found = await redactor.segments(texts)
    return RedactResult(segments=redacted, entities=[_entity(f, f.segment) for f in found], not_checked=unchecked())


def _entity(found: Found, segment: int | None) -> RedactedEntity:
    return RedactedEntity(type=found.type, segment=segment, start=found.start, end=found.end,
                          recognizer=found.recognizer)
