"""The STREAM construction of large objects (services/common/crypto/stream.py): what it seals opens, in
any slicing, and a stream altered, reordered, cut short, extended or moved to another place does not."""

import os
from uuid import uuid4

import pytest

from services.common.crypto.envelope import FORMAT as ENVELOPE
from services.common.crypto.envelope import IntegrityError, Place, open_sealed
from services.common.crypto.stream import (
    CHUNK,
    HEADER,
    TAG,
    StreamOpener,
    StreamSealer,
    open_all,
    plaintext_size,
)

KEY, AD = os.urandom(32), b"callvault|tenant|privacy-request|r|export.zip"


def sealed(plaintext: bytes, piece: int = 1000) -> bytes:
    sealer = StreamSealer(KEY, AD)
    out = b"".join(sealer.update(plaintext[i:i + piece]) for i in range(0, len(plaintext), piece))
    return out + sealer.finish()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17])
def test_what_is_sealed_opens_whatever_the_slicing(size):
    plaintext = os.urandom(size)
    blob = sealed(plaintext, piece=4093)
    assert len(blob) == HEADER + size + TAG * max(1, -(-size // CHUNK))  # a tag per chunk, the last one short
    opener = StreamOpener(KEY, AD)
    opened = b"".join(opener.update(blob[i:i + 777]) for i in range(0, len(blob), 777)) + opener.finish()
    assert opened == plaintext and open_all(KEY, AD, blob) == plaintext
    assert plaintext_size(len(blob)) == size  # what a download promises as its Content-Length


def _chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    body = blob[HEADER:]
    return blob[:HEADER], [body[i:i + CHUNK + TAG] for i in range(0, len(body), CHUNK + TAG)]


def test_a_stream_cut_short_reordered_extended_altered_or_moved_does_not_open():
    blob = sealed(os.urandom(3 * CHUNK + 5))
    header, chunks = _chunks(blob)
    cut = header + b"".join(chunks[:-1])  # ends on a whole chunk not marked last
    swapped = header + chunks[1] + chunks[0] + b"".join(chunks[2:])
    doubled = header + chunks[0] + b"".join(chunks)
    flipped = blob[:-1] + bytes([blob[-1] ^ 1])
    for bad in (cut, swapped, doubled, flipped, b"PK\x03\x04" + blob[4:]):
        with pytest.raises(IntegrityError):
            open_all(KEY, AD, bad)
    with pytest.raises(IntegrityError):
        open_all(KEY, AD + b"-another", blob)
    with pytest.raises(IntegrityError):
        open_all(os.urandom(32), AD, blob)


def test_a_chunk_rewrapped_in_the_envelope_format_does_not_open_as_an_object_sealed_whole():
    """The envelope (`cv1`, one GCM seal) and the stream share the key and the place of an export: a chunk
    taken out of a stream, with its nonce, in the envelope's layout must not open as a whole (shorter) archive."""
    place = Place(uuid4(), uuid4(), 1, "export.zip")
    sealer = StreamSealer(KEY, place.associated_data())
    blob = sealer.update(os.urandom(2 * CHUNK)) + sealer.finish()
    prefix, first = blob[HEADER - 7:HEADER], blob[HEADER:HEADER + CHUNK + TAG]
    rewrapped = ENVELOPE + prefix + (0).to_bytes(4, "big") + b"\x00" + first
    with pytest.raises(IntegrityError):
        open_sealed(KEY, place, rewrapped)


def test_a_finished_stream_takes_nothing_more():
    sealer = StreamSealer(KEY, AD)
    sealer.update(b"words")
    sealer.finish()
    with pytest.raises(ValueError, match="finished"):
        sealer.update(b"more")
    with pytest.raises(ValueError, match="finished"):
        sealer.finish()
