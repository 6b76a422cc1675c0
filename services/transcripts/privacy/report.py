"""A privacy request's report as it grows: what was found per service, what was done, what was kept
and why, what could not be done, and when each step finished."""

from datetime import UTC, datetime
from typing import Any


def changed(report: dict[str, Any], *, step: str | None = None, found: dict[str, Any] | None = None,
            done: list[dict] = (), kept: list[dict] = (), not_done: list[dict] = ()) -> dict[str, Any]:
    """A new report (a new dict, so that the JSONB column is seen to change) with these added."""
    return {
        "found": {**report.get("found", {}), **(found or {})},
        "done": [*report.get("done", []), *done],
        "kept": [*report.get("kept", []), *kept],
        "not_done": [*report.get("not_done", []), *not_done],
        "steps": {**report.get("steps", {}), **({step: datetime.now(UTC).isoformat()} if step else {})},
    }


def found(rows: list[Any]) -> dict[str, Any]:
    """The transcripts found (rows with `id` and `call_id`), as the report lists them."""
    return {"transcripts": {"count": len(rows), "ids": [str(row.id) for row in rows]},
            "calls": sorted({str(row.call_id) for row in rows})}
