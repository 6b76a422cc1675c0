"""A legal hold remembers whether a number was named without its country code: its blind index then depends on
the tenant's region of now, so the hold keeps every call without transcripts in its range."""

import pytest

from services.transcripts.lifecycle.holds import _kinds


@pytest.mark.parametrize(("number", "national"), [
    ("+44 20 7946 0958", False), (" +1 415 555 0100", False),
    ("0044 20 7946 0958", True),  # '00' dials out in most regions, not in North America or Japan
    ("011 44 20 7946 0958", True), ("(415) 555-0100", True), ("020 7946 0958", True)])
def test_only_a_number_with_a_plus_is_read_the_same_in_every_region(number, national):
    assert ("phone_national" in _kinds([("phone", "digest")], [number])) is national
    assert "phone" in _kinds([("phone", "digest")], [number])
