"""The S3 client's endpoint parameters: the ones dropped so endpoints cache are unread by S3's rules."""

import botocore.loaders
from pydantic import SecretStr

from services.common.settings import Settings
from services.common.storage import UNUSED_ENDPOINT_PARAMETERS, s3_client


def _references(node) -> set[str]:
    if isinstance(node, dict):
        found = {node["ref"]} if isinstance(node.get("ref"), str) else set()
        return found.union(*(_references(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_references(v) for v in node))
    return set()


def test_s3s_endpoint_rules_read_none_of_the_dropped_parameters():
    rules = botocore.loaders.Loader().load_service_model("s3", "endpoint-rule-set-1")
    read = _references(rules["rules"])
    assert {"Bucket", "Region", "Endpoint"} <= read  # the walk finds references at all
    assert not read & set(UNUSED_ENDPOINT_PARAMETERS), "S3's rules now read a dropped parameter: stop dropping it"


async def test_a_client_resolves_endpoints_without_the_object_key():
    settings = Settings(_env_file=None, s3_endpoint="http://127.0.0.1:9", s3_access_key_id=SecretStr("a"),
                        s3_secret_access_key=SecretStr("b"))
    async with s3_client(settings) as s3:
        declared = set(s3._ruleset_resolver._param_definitions)
    assert "Bucket" in declared and not declared & set(UNUSED_ENDPOINT_PARAMETERS)
