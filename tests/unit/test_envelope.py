"""Envelope encryption: an object opens only with its data key, in its own place."""

from uuid import uuid4

import pytest

from services.common.crypto.envelope import IntegrityError, Place, new_data_key, open_sealed, seal

TENANT, TRANSCRIPT = uuid4(), uuid4()
PLACE = Place(TENANT, TRANSCRIPT, 1, "segments.json")


def test_a_sealed_object_opens_in_its_place_and_hides_its_words():
    key = new_data_key()
    blob = seal(key, PLACE, b"the quick brown fox")
    assert b"quick" not in blob and open_sealed(key, PLACE, blob) == b"the quick brown fox"
    assert seal(key, PLACE, b"same") != seal(key, PLACE, b"same")  # a fresh nonce each time


@pytest.mark.parametrize("elsewhere", [
    Place(uuid4(), TRANSCRIPT, 1, "segments.json"),
    Place(TENANT, uuid4(), 1, "segments.json"),
    Place(TENANT, TRANSCRIPT, 2, "segments.json"),
    Place(TENANT, TRANSCRIPT, 1, "redacted.json"),
], ids=["tenant", "transcript", "version", "artifact"])
def test_an_object_moved_anywhere_else_does_not_open(elsewhere):
    key = new_data_key()
    with pytest.raises(IntegrityError):
        open_sealed(key, elsewhere, seal(key, PLACE, b"words"))


def test_a_flipped_bit_or_another_key_does_not_open():
    key = new_data_key()
    blob = bytearray(seal(key, PLACE, b"words"))
    blob[-1] ^= 1
    with pytest.raises(IntegrityError):
        open_sealed(key, PLACE, bytes(blob))
    with pytest.raises(IntegrityError):
        open_sealed(new_data_key(), PLACE, seal(key, PLACE, b"words"))
    with pytest.raises(IntegrityError):
        open_sealed(key, PLACE, b"not an envelope")
