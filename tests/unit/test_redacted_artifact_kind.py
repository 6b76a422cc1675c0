"""The redacted view's plain case names the artifact it looks for without building a redactor
(`redacted_artifact.kind_of`): it must name the very artifact the consumer writes (`kind` of the tenant's
redactor), or every read would fall to redacting from the words again."""

import json
from uuid import uuid4

import pytest

from services.common.crypto.fields import FieldCrypto, generate_master_key
from services.transcripts.redacted_artifact import kind, kind_of
from services.transcripts.schemas import TranscriptSettingsRead
from services.transcripts.tenant_redaction import operators_of, redactor_of

CASES = [({}, "US"), ({}, "GB"), ({"CREDIT_CARD": "last_four"}, "US"),
         ({"CREDIT_CARD": "token", "EMAIL_ADDRESS": "label"}, "DE")]


@pytest.mark.parametrize(("stored", "region"), CASES)
def test_the_plain_reads_kind_is_the_consumers(stored, region):
    operators = TranscriptSettingsRead(redaction_operators=json.loads(json.dumps(stored))).redaction_operators
    redactor = redactor_of(operators, FieldCrypto(generate_master_key()), uuid4(), None, region)
    assert kind_of(operators_of(operators), region) == kind(redactor)


def test_operators_and_region_each_change_the_kind():
    kinds = {kind_of(operators_of(TranscriptSettingsRead(redaction_operators=o).redaction_operators), r)
             for o, r in CASES}
    assert len(kinds) == len(CASES)
