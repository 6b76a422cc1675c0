"""Objects too large to hold in memory, sealed and opened a chunk at a time: AES-256-GCM in the STREAM
construction (Hoang, Reyhanitabar, Rogaway and Vizár, "Online Authenticated-Encryption and its
Nonce-Reuse Misuse-Resistance", CRYPTO 2015; the one age and Tink's streaming AEAD use). Each chunk's
nonce is a random prefix, the chunk's counter and a flag set on the last one only, and every chunk
carries the object's associated data behind the format's marker (so a chunk never opens as something
sealed whole under the same key and place, in another format): a chunk moved, dropped, repeated or
taken from another object, and a stream cut short, all fail to open. Always under a fresh data key per
object.

    header = FORMAT || prefix (7 bytes); then chunks of CHUNK plaintext bytes (the last one up to CHUNK,
    empty only for an empty object), each sealed with nonce = prefix || counter (4, big-endian) || last (1)
    and associated data FORMAT || "|" || the object's
"""

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from services.common.crypto.envelope import IntegrityError

FORMAT = b"cvs1"
PREFIX_BYTES = 7
CHUNK = 64 * 1024
TAG = 16
HEADER = len(FORMAT) + PREFIX_BYTES
MAX_CHUNKS = 2**32


def _bound(associated_data: bytes) -> bytes:
    return FORMAT + b"|" + associated_data


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter >= MAX_CHUNKS:
        raise ValueError("the object is too large for one stream")
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class StreamSealer:
    """`update` with plaintext as it comes, then `finish`; each returns the ciphertext ready so far."""

    def __init__(self, data_key: bytes, associated_data: bytes) -> None:
        self._aead, self._ad = AESGCM(data_key), _bound(associated_data)
        self._prefix = os.urandom(PREFIX_BYTES)
        self._counter, self._pending = 0, bytearray()
        self._header: bytes | None = FORMAT + self._prefix
        self._finished = False

    def update(self, plaintext: bytes) -> bytes:
        self._not_finished()
        self._pending += plaintext
        out = bytearray(self._take_header())
        while len(self._pending) > CHUNK:  # more follows this chunk: it is not the last
            out += self._seal(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]
        return bytes(out)

    def finish(self) -> bytes:
        self._not_finished()
        self._finished = True
        out = self._take_header() + self._seal(bytes(self._pending), last=True)
        self._pending.clear()
        return out

    def _not_finished(self) -> None:
        if self._finished:  # a second last chunk, or chunks after it, make a stream no reader accepts
            raise ValueError("the stream is finished")

    def _take_header(self) -> bytes:
        header, self._header = self._header or b"", None
        return header

    def _seal(self, chunk: bytes, last: bool) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._counter, last), chunk, self._ad)
        self._counter += 1
        return sealed


class StreamOpener:
    """`update` with ciphertext as it comes, then `finish`; each returns the plaintext proven so far.
    Raises IntegrityError on any chunk that does not open, and at `finish` on a stream cut short."""

    def __init__(self, data_key: bytes, associated_data: bytes) -> None:
        self._aead, self._ad = AESGCM(data_key), _bound(associated_data)
        self._prefix: bytes | None = None
        self._counter, self._pending = 0, bytearray()

    def update(self, ciphertext: bytes) -> bytes:
        self._pending += ciphertext
        if self._prefix is None:
            if len(self._pending) < HEADER:
                return b""
            if not self._pending.startswith(FORMAT):
                raise IntegrityError("the object is not a callvault stream")
            self._prefix = bytes(self._pending[len(FORMAT):HEADER])
            del self._pending[:HEADER]
        out = bytearray()
        while len(self._pending) > CHUNK + TAG:
            out += self._open(bytes(self._pending[:CHUNK + TAG]), last=False)
            del self._pending[:CHUNK + TAG]
        return bytes(out)

    def finish(self) -> bytes:
        if self._prefix is None:
            raise IntegrityError("the object is not a callvault stream")
        out = self._open(bytes(self._pending), last=True)
        self._pending.clear()
        return out

    def _open(self, sealed: bytes, last: bool) -> bytes:
        try:
            chunk = self._aead.decrypt(_nonce(self._prefix or b"", self._counter, last), sealed, self._ad)
        except InvalidTag as exc:
            raise IntegrityError("the stream does not open for its place: altered, reordered, cut short or "
                                 "moved from another object") from exc
        self._counter += 1
        return chunk


def open_all(data_key: bytes, associated_data: bytes, blob: bytes) -> bytes:
    opener = StreamOpener(data_key, associated_data)
    return opener.update(blob) + opener.finish()


def plaintext_size(sealed_size: int) -> int:
    """The plaintext's length of a stream `sealed_size` bytes long (its header, then chunks of CHUNK + TAG
    bytes, the last one of TAG to CHUNK + TAG): what a reader that sends it on can promise."""
    body = sealed_size - HEADER
    if body < TAG:
        raise IntegrityError("the object is too short for a callvault stream")
    return body - -(-body // (CHUNK + TAG)) * TAG
