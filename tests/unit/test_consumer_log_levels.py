"""A healthy stack logs no warnings: a consumer round that finds an idle subject (a fetch timeout) or
NATS not yet connected just after the start is routine; NATS away later is a warning."""

from nats.errors import TimeoutError as NatsTimeout

from services.common.events.consumer import STARTED, STARTUP_GRACE_SECONDS, round_failure_level


def test_idle_rounds_and_the_start_are_debug_and_a_later_outage_a_warning():
    just_started, later = STARTED + 1, STARTED + STARTUP_GRACE_SECONDS + 1
    assert round_failure_level(NatsTimeout(), later) == "debug"
    assert round_failure_level(TimeoutError(), later) == "debug"
    assert round_failure_level(ConnectionError("NATS is not connected"), just_started) == "debug"
    assert round_failure_level(ConnectionError("NATS is not connected"), later) == "warning"
    assert round_failure_level(RuntimeError("a bug"), just_started) == "warning"
