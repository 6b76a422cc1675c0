"""An export's zip written as it is made, in bounded memory: `zipfile` writes into a buffer (on a stream
it cannot seek, with a data descriptor after each file), and what it wrote is sealed a chunk at a time
(`crypto/stream.py`) and handed on to a multipart upload; nothing holds the whole archive. The consent
service's part is read the same way: a line (one call) at a time, opened as it streams in.

A zip ends with its central directory, an entry per file: zipfile keeps a ZipInfo per file until then
(about 540 bytes each in memory, 5 MiB for 10,000 files). Here they wait in a spooled temporary file
instead (`_Entries`), and the central directory passes through memory once, as bytes, when the archive
is closed (about 100 bytes a file: 1 MiB for 10,000)."""

import hashlib
import io
import json
import pickle
import tempfile
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


SPOOL_BYTES = 256 * 1024  # entries kept in memory before they go to the temporary file


class _Entries:
    """zipfile's list of entries, which it appends to as each file is written and reads once, in order,
    to write the central directory: pickled into an anonymous temporary file of the process (unlinked
    as it is made; names, sizes and CRCs, no content), so that memory stays flat however many files."""

    def __init__(self) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        self._count = 0

    def append(self, info: zipfile.ZipInfo) -> None:
        self._file.seek(0, io.SEEK_END)
        pickle.dump(info, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self):
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)  # our own entries, from a file no other process can open

    def close(self) -> None:
        self._file.close()


class _Unindexed(dict):
    """zipfile's index of entries by name (for reading, and a warning on a name written twice): not kept;
    an archive's names are ids, each written once."""

    def __setitem__(self, name: str, info: zipfile.ZipInfo) -> None:
        pass


class _StreamedZip(zipfile.ZipFile):
    def __init__(self, file: io.RawIOBase) -> None:
        super().__init__(file, "w", compression=zipfile.ZIP_DEFLATED)
        self.filelist, self.NameToInfo = _Entries(), _Unindexed()  # type: ignore[assignment]

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.filelist.close()  # type: ignore[attr-defined]


class ArchiveStream:
    """Files in (`add`, or `open` for one written in pieces), sealed ciphertext out (`take`, `close`)."""

    def __init__(self, sealer: StreamSealer) -> None:
        self._sealer, self._buffer = sealer, _Buffer()
        self._zip = _StreamedZip(self._buffer)
        self.files = 0

    def add(self, name: str, content: Any) -> None:
        self.files += 1
        self._zip.writestr(name, json.dumps(content, indent=2, ensure_ascii=False))

    def open(self, name: str):
        self.files += 1
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
    """The consent service's part, a call at a time in call id order (the consent service writes it so; the
    archive pairs it with the subject's transcripts in the same order), opened as it streams in; its SHA-256
    checked at the end."""
    if "salt" not in ref:  # a part of a request begun before parts were streamed
        calls = json.loads(work.crypto.decrypt(tenant_id, PART_COLUMN, await _whole(work, ref)))["calls"]
        for call in sorted(calls, key=lambda c: UUID(c["call"]["id"])):
            yield call
        return
    opener = StreamOpener(export_part.data_key(work.crypto, tenant_id, request_id, ref["salt"]),
                          export_part.place(tenant_id, request_id))
    sha, line, last = hashlib.sha256(), b"", UUID(int=0)
    try:
        async for piece in work.purger.store.get_stream(ref["bucket"], ref["key"]):
            sha.update(piece)
            *whole, line = (line + opener.update(piece)).split(b"\n")
            for call in map(json.loads, whole):
                last = _after(last, call)
                yield call
        *whole, line = (line + opener.finish()).split(b"\n")
        if line or sha.hexdigest() != ref["sha256"]:
            raise IntegrityError("it is not the one written")
        for call in map(json.loads, whole):
            last = _after(last, call)
            yield call
    except IntegrityError as exc:
        raise UnreadableVersion(f"the consent service's part of the export ({ref['key']}): {exc}") from exc


def _after(last: UUID, call: dict[str, Any]) -> UUID:
    if (this := UUID(call["call"]["id"])) <= last:
        raise IntegrityError("its calls are not in call id order")
    return this


async def _whole(work: PrivacyTools, ref: dict[str, Any]) -> bytes:
    blob = await work.purger.store.get(ref["bucket"], ref["key"])
    if blob is None or hashlib.sha256(blob).hexdigest() != ref["sha256"]:
        raise UnreadableVersion(f"the consent service's part of the export ({ref['key']}) is missing or altered")
    return blob
