"""A privacy request's report as it grows: what was found per service, what was done, what was kept
and why, what could not be done, and when each step finished. Stored on the request
(`PrivacyRequest.report`, JSONB) as `Report`'s JSON; the API shows it as `schemas.PrivacyReport`."""

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PlainSerializer

from services.common.events.catalog import ReportLine

# As `datetime.isoformat()` writes it (`+00:00`, not pydantic's `Z`): the stored JSON stays as it was.
Finished = Annotated[datetime, PlainSerializer(datetime.isoformat, return_type=str)]


# Done lines that end a transcript's keeping for a hold: erased (`purged`), or found deleted otherwise meanwhile.
ERASED_AFTER_HOLD = ("purged", "deleted_meanwhile")
CALL_CLOSED = "call_closed"  # an erased call no hold keeps open to later transcripts any more


class NotDone(BaseModel):
    """What was asked and could not be done (`why`), with what it was about, as the service gave it."""

    model_config = ConfigDict(frozen=True, extra="allow")
    why: str


class Report(BaseModel):
    model_config = ConfigDict(frozen=True)
    found: dict[str, dict[str, Any]] = {}  # per service: the subject's records it found (counts and ids)
    done: list[ReportLine] = []
    kept: list[ReportLine] = []
    not_done: list[NotDone] = []
    steps: dict[str, Finished] = {}

    def changed(self, *, step: str | None = None, found: dict[str, Any] | None = None,
                done: list[dict[str, Any]] = (), kept: list[dict[str, Any]] = (),
                not_done: list[dict[str, Any]] = ()) -> "Report":
        """A new report with these added (a new value, so that the JSONB column is seen to change)."""
        return Report(found={**self.found, **(found or {})},
                      done=[*self.done, *(ReportLine(**line) for line in done)],
                      kept=[*self.kept, *(ReportLine(**line) for line in kept)],
                      not_done=[*self.not_done, *(NotDone(**line) for line in not_done)],
                      steps={**self.steps, **({step: datetime.now(UTC)} if step else {})})

    def finished(self, *steps: str) -> bool:
        return all(step in self.steps for step in steps)

    def lines_done(self, action: str) -> list[ReportLine]:
        return [line for line in self.done if line.action == action]

    def held_back(self) -> list[ReportLine]:
        """The lines kept for a legal hold that still keep something: a transcript not erased since (nor
        deleted otherwise: `held_erasures`), a call not closed since, anything else (a provider's recording)."""
        gone = {i for line in self.done if line.action in ERASED_AFTER_HOLD for i in getattr(line, "transcripts", [])}
        closed = {getattr(line, "call_id", None) for line in self.lines_done(CALL_CLOSED)}
        settled = {"transcript": gone, "call": closed}
        return [k for k in self.kept
                if k.why == "legal_hold" and getattr(k, "id", None) not in settled.get(k.what or "", set())]

    def partial(self) -> bool:
        """Whether the request is only partially done: something still kept for a hold, or not done."""
        return bool(self.held_back() or self.not_done)


def found(rows: list[Any]) -> dict[str, Any]:
    """The transcripts found (rows with `id` and `call_id`), as the report lists them."""
    return {"transcripts": {"count": len(rows), "ids": [str(row.id) for row in rows]},
            "calls": sorted({str(row.call_id) for row in rows})}
