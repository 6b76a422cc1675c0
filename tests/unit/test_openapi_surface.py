"""The OpenAPI documents read as if written by hand: a generated client's functions are named for what
they do (`create_call`, not `create_call_v1_calls_post`), and the tags follow a user's journey."""

import re
from collections import Counter

import pytest

from services.cli import openapi_documents
from services.common.openapi import TAGS

# An operation id starts with one of these verbs; a new route whose function name does not read as an
# action (`settings`, `replay`) fails here and is renamed, or the verb is added when it is one.
VERBS = {"acknowledge", "add", "answer", "create", "delete", "download", "export", "extend", "get", "import", "lift",
         "list", "mint", "preview", "purge", "put", "receive", "record", "redact", "reject", "release", "remove",
         "replay", "resolve", "retire", "revoke", "stream", "update", "verify"}


@pytest.fixture(scope="module")
def documents() -> dict[str, dict]:
    return openapi_documents()


def _operations(document: dict) -> list[tuple[str, str, dict]]:
    return [(method.upper(), path, op) for path, item in document["paths"].items() for method, op in item.items()]


def test_operation_ids_are_unique_in_every_document(documents):
    for name, document in documents.items():
        ids = Counter(op["operationId"] for _, _, op in _operations(document))
        assert [i for i, n in ids.items() if n > 1] == [], f"{name}: operation ids used twice"


def test_operation_ids_read_as_verbs(documents):
    for method, path, op in _operations(documents["gateway"]):
        operation_id = op["operationId"]
        assert re.fullmatch(r"[a-z]+(_[a-z0-9]+)*", operation_id), f"{method} {path}: {operation_id}"
        assert operation_id.split("_")[0] in VERBS, f"{method} {path}: {operation_id} does not start with a verb"
        assert "v1" not in operation_id.split("_"), f"{method} {path}: {operation_id} is FastAPI's generated id"


def test_every_tag_is_described_and_listed_in_the_journey_order(documents):
    for name, document in documents.items():
        used = {tag for _, _, op in _operations(document) for tag in op.get("tags", [])}
        assert used - TAGS.keys() == set(), f"{name}: tags without a description in services/common/openapi.py"
        listed = [tag["name"] for tag in document["tags"]]
        assert set(listed) == used
        assert listed == [tag for tag in TAGS if tag in used]
        assert all(tag["description"] for tag in document["tags"])


def test_calls_come_first(documents):
    assert documents["gateway"]["tags"][0]["name"] == "calls"
