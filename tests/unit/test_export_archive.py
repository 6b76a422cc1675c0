"""An export's zip as it is streamed (services/transcripts/privacy/archive.py): with its entries kept
in a temporary file rather than in memory, what it writes is still a zip that zipfile and Info-ZIP's
`unzip` read whole, every file once, the central directory at the end."""

import io
import json
import os
import shutil
import subprocess
import zipfile
from uuid import uuid4

import pytest

from services.common.crypto.stream import StreamSealer, open_all
from services.transcripts.privacy.archive import SPOOL_BYTES, ArchiveStream

KEY, AD = os.urandom(32), b"callvault|tenant|privacy-request|r|export.zip"


def _archive(files: dict[str, object]) -> tuple[bytes, ArchiveStream]:
    archive = ArchiveStream(StreamSealer(KEY, AD))
    sealed = bytearray()
    with archive.open("calls.json") as calls:  # a file written in pieces, as calls.json is
        for n in range(3):
            calls.write(f'{{"piece": {n}}}\n'.encode())
            sealed += archive.take()
    for name, content in files.items():
        archive.add(name, content)
        sealed += archive.take()
    sealed += archive.close()
    return open_all(KEY, AD, bytes(sealed)), archive


def test_thousands_of_files_make_a_zip_that_zipfile_reads_whole():
    files = {f"transcripts/{uuid4()}.json": {"n": n, "text": "word " * (n % 50)} for n in range(3000)}
    plain, archive = _archive(files)
    # Enough entries that the temporary file left memory for the disk.
    assert archive._zip.filelist._file._rolled and 3000 * 300 > SPOOL_BYTES
    opened = zipfile.ZipFile(io.BytesIO(plain))
    assert opened.testzip() is None  # every file's CRC checked
    names = opened.namelist()
    assert names == ["calls.json", *files] and archive.files == len(names)
    assert opened.read("calls.json") == b'{"piece": 0}\n{"piece": 1}\n{"piece": 2}\n'
    for name in list(files)[::97]:
        assert json.loads(opened.read(name)) == files[name]


@pytest.mark.skipif(shutil.which("unzip") is None, reason="Info-ZIP's unzip is not installed")
def test_info_zips_unzip_finds_the_archive_whole(tmp_path):
    files = {f"vcon/{uuid4()}.vcon.json": {"n": n} for n in range(500)}
    plain, _ = _archive(files)
    path = tmp_path / "export.zip"
    path.write_bytes(plain)
    tested = subprocess.run(["unzip", "-t", str(path)], capture_output=True, text=True, check=False)
    assert tested.returncode == 0 and "No errors detected" in tested.stdout, tested.stdout + tested.stderr
    listed = subprocess.run(["unzip", "-Z1", str(path)], capture_output=True, text=True, check=True)
    assert listed.stdout.split() == ["calls.json", *files]
