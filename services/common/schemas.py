"""Wire types every service uses."""

from typing import Annotated, Any, ClassVar

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, StringConstraints, model_validator

# PostgreSQL text cannot hold NUL, and no identifier needs control characters: refuse them at the
# edge (422) rather than let the database fail the write (500).
NO_CONTROL_CHARACTERS = r"^[^\x00-\x1f\x7f]+$"
NO_NUL = r"^[^\x00]+$"  # for text that may span lines

# The `source_event_id`s the gateway gives the events of a provider's webhooks ("twilio:<CallSid>:...").
# Reserved to it: an agent who could post one first would have the customer's answer dropped as a replay.
GATEWAY_SOURCE_ID_PREFIXES = ("twilio:", "telnyx:", "vonage:", "standard:", "retell:", "vapi:")

ExternalId = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS)]


def _iso_8601_only(value: object) -> object:
    # Pydantic would read a bare number as a Unix timestamp; the documented type is a date-time string.
    if isinstance(value, int | float) or (isinstance(value, str) and _is_number(value)):
        raise ValueError("must be an ISO 8601 date-time string with a timezone")
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


Timestamp = Annotated[AwareDatetime, BeforeValidator(_iso_8601_only)]


class SettingsDocument(BaseModel):
    """A settings-like document: what a GET returned can be sent back with PUT unchanged, its read-only
    fields (`updated_at`) ignored rather than refused; any other unknown field is still a 422."""

    model_config = ConfigDict(extra="forbid")
    read_only: ClassVar[frozenset[str]] = frozenset({"updated_at"})

    @model_validator(mode="before")
    @classmethod
    def _ignore_read_only(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        # A Read twin that subclasses this one declares the field, and keeps it.
        return {key: value for key, value in data.items() if key in cls.model_fields or key not in cls.read_only}
