"""Redaction with the tenant's settings (its operator per entity type, its token key): for the redacted
view of a transcript, its stored redacted artifact, and `POST /v1/redact`.

The recognizers are pure Python and take about a second a megabyte: they run in a worker thread, so
the event loop keeps answering other requests meanwhile, under a CPU budget proportional to the text's
size (a thread cannot be stopped from outside: the redaction checks its budget and stops itself)."""

import secrets
from dataclasses import dataclass, replace
from uuid import UUID

from anyio import to_thread
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.fields import FieldCrypto
from services.common.settings import Settings
from services.transcripts import repository
from services.transcripts.errors import CallNotFound, RedactionOverBudget
from services.transcripts.redaction import Budget, BudgetExceeded, Found, Operator, not_checked, redact_segments
from services.transcripts.schemas import NotChecked, RedactedEntity, RedactRequest, RedactResult
from services.transcripts.service import tenant_settings
from services.transcripts.vault import Context

TOKEN_PURPOSE = "redaction-token"
MIN_CPU_SECONDS = 0.25  # a short text's budget: starting a thread and reading settings cost about that


@dataclass(frozen=True)
class Redactor:
    operators: dict[str, Operator]
    token_key: bytes
    cpu_seconds_per_mb: float = Settings.model_fields["redaction_cpu_seconds_per_mb"].default
    region: str = "US"  # how numbers without a country code are read

    async def segments(self, texts: list[str | None]) -> tuple[list[str | None], list[Found]]:
        """Raises RedactionOverBudget past the CPU budget for the texts' size."""
        size = sum(len(t.encode()) for t in texts if t)
        return await to_thread.run_sync(self._run, texts, max(MIN_CPU_SECONDS, size / 1e6 * self.cpu_seconds_per_mb))

    def _run(self, texts: list[str | None], seconds: float) -> tuple[list[str | None], list[Found]]:
        try:
            return redact_segments(texts, self.operators, self.token_key, self.region, Budget(seconds))
        except BudgetExceeded as exc:
            raise RedactionOverBudget(f"{exc}; the text is {sum(len(t or '') for t in texts):,} characters") from None


async def tenant_redactor(session: AsyncSession, crypto: FieldCrypto, tenant_id: UUID,
                          settings: Settings | None = None, region: str | None = None) -> Redactor:
    """`region`: the tenant's, where a caller's request lets the consent service be asked; else (the
    consumer that writes redacted artifacts, the backfill, exports) the one its last
    `consent_settings.updated` gave (`phone_region.py`), US until one came."""
    operators = (await tenant_settings(session, tenant_id)).redaction_operators
    if region is None:
        row = await repository.get_settings(session, tenant_id)
        region = (row.phone_region if row is not None else None) or "US"
    return redactor_of(operators, crypto, tenant_id, settings, region)


def redactor_of(operators: dict, crypto: FieldCrypto, tenant_id: UUID, settings: Settings | None,
                region: str) -> Redactor:
    """`operators`: the tenant's settings' `redaction_operators`."""
    budget = {"cpu_seconds_per_mb": settings.redaction_cpu_seconds_per_mb} if settings else {}
    return Redactor(operators_of(operators), crypto.derive(tenant_id, TOKEN_PURPOSE), region=region, **budget)


def operators_of(operators: dict) -> dict[str, Operator]:
    """The settings' `redaction_operators` as a redactor holds them."""
    return {str(t): Operator(o) for t, o in operators.items()}


async def caller_redactor(session: AsyncSession, ctx: Context) -> Redactor:
    """The tenant's redactor, numbers read in the tenant's region (asked of the consent service; a caller
    it does not answer, an agent's softphone token, gets US numbers, as the stored artifact has them)."""
    return await tenant_redactor(session, ctx.crypto, ctx.tenant_id, ctx.settings, await caller_region(ctx))


async def caller_region(ctx: Context) -> str:
    try:
        return await ctx.consent.phone_region(ctx.token, ctx.actor.request_id)
    except CallNotFound:  # the consent service's refusal of this caller; an outage still raises
        return "US"


def unchecked() -> list[NotChecked]:
    return [NotChecked(type=t, reason=why) for t, why in not_checked().items()]


async def redact_request(session: AsyncSession, ctx: Context, body: RedactRequest) -> RedactResult:
    """The caller's own text redacted with its tenant's settings; nothing is stored or audited, as
    nothing of the tenant's is read. A `token` operator's tokens come from a key of this request's own: with
    the tenant's key, any caller could post every candidate of a value ("415 555 0000" to "... 9999") and
    read which one gives the token a redacted transcript shows."""
    redactor = replace(await caller_redactor(session, ctx), token_key=secrets.token_bytes(32))
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
