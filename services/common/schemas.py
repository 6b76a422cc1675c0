"""Wire types every service uses."""

from typing import Annotated

from pydantic import StringConstraints

# PostgreSQL text cannot hold NUL, and no identifier needs control characters: refuse them at the
# edge (422) rather than let the database fail the write (500).
NO_CONTROL_CHARACTERS = r"^[^\x00-\x1f\x7f]+$"

ExternalId = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS)]
