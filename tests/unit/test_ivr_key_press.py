"""The consent IVR's gather step: which notice a key press says the caller heard. A key cuts the
announcement short, so only no key (everything played, then the wait) or an answer to the prompt says
it was heard out; a stray key records a notice that did not complete, so it cannot satisfy a rule that
asks only for a notice."""

from datetime import UTC, datetime

import pytest

from services.gateway.telephony.parsing import key_press
from services.gateway.telephony.schemas import IvrSettings

AT = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(("digits", "completed", "answer"), [
    ("", True, None),                    # no key: the announcement, the prompt and the wait all played
    ("1", True, "consent_granted"),      # the prompt's answers
    ("2", True, "consent_denied"),
    ("7", False, None),                  # a stray key, perhaps while the announcement played
    ("#", False, None),
])
def test_a_notice_is_complete_without_a_key_or_with_an_answer(digits, completed, answer):
    happenings = key_press(IvrSettings(), digits, AT, "v1")
    notice = happenings[0]
    assert (notice.type, notice.announcement_version, notice.completed) == ("notice_given", "v1", completed)
    assert [h.type for h in happenings[1:]] == ([answer] if answer else [])


def test_a_providers_own_key_press_webhook_records_no_notice():
    assert [h.type for h in key_press(IvrSettings(), "7", AT, None)] == []
