"""An export's zip written as it is made, in bounded memory: `zipfile` writes into a buffer (on a stream
it cannot seek, with a data descriptor after each file), and what it wrote is sealed a chunk at a time
(`crypto/stream.py`) and handed on to a multipart upload; nothing holds the whole archive. The consent
service's part is read the same way: a line (one call) at a time, opened as it streams in."""

import hashlib
import io
import json
import zipfile
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

from services.common import export_part
from services.common.crypto.envelope import IntegrityError
from services.common.crypto.stream import StreamOpener, StreamSealer
from services.transcripts.rewrites import UnreadableVersion
from services.transcripts.vault import PrivacyTools

PART_COLUMN = "privacy_export.consent"  # a part written whole, before parts were streamed


class _Buffer(io.RawIOBase):
    """What zipfile writes, until it is taken; not seekable, so zipfile writes data descriptors."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.data += b
        return len(b)


class ArchiveStream:
    """Files in (`add`, or `open` for one written in pieces), sealed ciphertext out (`take`, `close`)."""

    def __init__(self, sealer: StreamSealer) -> None:
        self._sealer, self._buffer = sealer, _Buffer()
        self._zip = zipfile.ZipFile(self._buffer, "w", compression=zipfile.ZIP_DEFLATED)
        self.names: list[str] = []

    def add(self, name: str, content: Any) -> None:
        self.names.append(name)
        self._zip.writestr(name, json.dumps(content, indent=2, ensure_ascii=False))

    def open(self, name: str):
        self.names.append(name)
        return self._zip.open(name, "w")

    def take(self) -> bytes:
        out = self._sealer.update(bytes(self._buffer.data))
        self._buffer.data.clear()
        return out

    def close(self) -> bytes:
        self._zip.close()  # the central directory
        return self.take() + self._sealer.finish()


async def part_calls(work: PrivacyTools, tenant_id: UUID, request_id: UUID, ref: dict[str, Any]
                     ) -> AsyncIterator[dict[str, Any]]:
    """The consent service's part, a call at a time, opened as it streams in; its SHA-256 checked at the end."""
    if "salt" not in ref:  # a part of a request begun before parts were streamed
        for call in json.loads(work.crypto.decrypt(tenant_id, PART_COLUMN, await _whole(work, ref)))["calls"]:
            yield call
        return
    opener = StreamOpener(export_part.data_key(work.crypto, tenant_id, request_id, ref["salt"]),
                          export_part.place(tenant_id, request_id))
    sha, line = hashlib.sha256(), b""
    try:
        async for piece in work.purger.store.get_stream(ref["bucket"], ref["key"]):
            sha.update(piece)
            *whole, line = (line + opener.update(piece)).split(b"\n")
            for call in whole:
                yield json.loads(call)
        *whole, line = (line + opener.finish()).split(b"\n")
        if line or sha.hexdigest() != ref["sha256"]:
            raise IntegrityError("it is not the one written")
        for call in whole:
            yield json.loads(call)
    except IntegrityError as exc:
        raise UnreadableVersion(f"the consent service's part of the export ({ref['key']}): {exc}") from exc


async def _whole(work: PrivacyTools, ref: dict[str, Any]) -> bytes:
    blob = await work.purger.store.get(ref["bucket"], ref["key"])
    if blob is None or hashlib.sha256(blob).hexdigest() != ref["sha256"]:
        raise UnreadableVersion(f"the consent service's part of the export ({ref['key']}) is missing or altered")
    return blob
