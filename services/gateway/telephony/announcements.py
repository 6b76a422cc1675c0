"""Which announcement the consent IVR plays: the tenant's own current one in the caller's language,
else in the IVR's default language, else any of the tenant's, else callvault's built-in one (listed
by the consent service with `builtin: true`). Every one has a version, so every notice is recorded."""

from typing import Any

from services.common.errors import DependencyUnavailable
from services.gateway.telephony.schemas import IvrSettings


def choose(listed: list[dict[str, Any]], settings: IvrSettings, language: str) -> dict[str, Any]:
    current = [a for a in listed if a.get("retired_at") is None]
    own = [a for a in current if not a.get("builtin")]
    for wanted in (language, language.split("-")[0], settings.default_language):
        for a in own:
            if a["language"] == wanted or a["language"].split("-")[0] == wanted:
                return a
    if own:
        return own[0]
    if builtin := next((a for a in current if a.get("builtin")), None):
        return builtin
    raise DependencyUnavailable("recording-consent service", "it listed no announcement, not even the built-in one")
