"""The inbound webhook contract in the OpenAPI document says what the provider modules really read: every
field name a module takes from a provider's body is a property of that provider's documented body, each
provider's route names its signature headers and asks for no API key, and the IVR's answers carry the
markup's media type."""

import ast
import inspect

import pytest

from services.cli import openapi_documents
from services.gateway.telephony import retell, standard, telnyx, twilio, vapi, vonage

# The names the parsers read bodies through (a form, a JSON document, its nested objects).
READERS = {"form", "document", "data", "payload", "call", "dtmf", "message", "customer", "line", "compliance",
           "given", "artifact", "assistant", "transcriber", "utterance", "word"}
MODULES = {"twilio": twilio, "telnyx": telnyx, "vonage": vonage, "standard": standard, "retell": retell,
           "vapi": vapi}
SIGNATURE_HEADERS = {"twilio": {"X-Twilio-Signature"}, "telnyx": {"telnyx-signature-ed25519", "telnyx-timestamp"},
                     "vonage": {"Authorization"}, "standard": {"webhook-id", "webhook-timestamp", "webhook-signature"},
                     "retell": {"x-retell-signature"}, "vapi": {"x-vapi-signature", "x-vapi-timestamp"}}


@pytest.fixture(scope="module")
def gateway_document() -> dict:
    return openapi_documents()["gateway"]


def fields_read(module) -> set[str]:
    """`form.get("CallSid")`, `_str(form, "From")`, `payload["x"]`, `document.get("status")`, ..."""
    names = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            target, key = node.func.value, node.args[0] if node.args else None
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_str" and len(node.args) == 2:
            target, key = node.args
        else:
            target = key = None
        if isinstance(target, ast.Name) and target.id in READERS and isinstance(key, ast.Constant):
            names.add(key.value)
        if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in READERS
                and isinstance(node.slice, ast.Constant)):
            names.add(node.slice.value)
    return names


def documented(gateway_document: dict, ref: str) -> set[str]:
    """Every property name of the schema and of the schemas it refers to."""
    schemas = gateway_document["components"]["schemas"]
    seen, todo, names = set(), [ref], set()
    while todo:
        name = todo.pop().rsplit("/", 1)[-1]
        if name in seen:
            continue
        seen.add(name)
        for prop in schemas[name].get("properties", {}).values():
            for option in [prop, *prop.get("anyOf", [])]:
                for schema in (option, option.get("items", {})):  # an object, or a list of them
                    if "$ref" in schema:
                        todo.append(schema["$ref"])
        names.update(schemas[name].get("properties", {}))
    return names


@pytest.mark.parametrize("provider", list(MODULES))
def test_every_field_a_provider_module_reads_is_documented(gateway_document, provider):
    operation = gateway_document["paths"][f"/v1/webhooks/{provider}/{{tenant_slug}}"]["post"]
    (content,) = operation["requestBody"]["content"].values()
    read = fields_read(MODULES[provider])
    assert read, f"no body fields found in {provider}'s module: the test reads the wrong names"
    assert read - documented(gateway_document, content["schema"]["$ref"]) == set()


@pytest.mark.parametrize("provider", list(MODULES))
def test_each_provider_route_names_its_signature_and_takes_no_api_key(gateway_document, provider):
    operation = gateway_document["paths"][f"/v1/webhooks/{provider}/{{tenant_slug}}"]["post"]
    headers = {p["name"] for p in operation["parameters"] if p["in"] == "header" and p["required"]}
    assert headers == SIGNATURE_HEADERS[provider]
    assert operation["security"] == []
    assert {"200", "400", "401", "429"} <= set(operation["responses"])


def test_twilio_sends_forms_and_the_ivr_answers_in_each_providers_markup(gateway_document):
    paths = gateway_document["paths"]
    assert list(paths["/v1/webhooks/twilio/{tenant_slug}"]["post"]["requestBody"]["content"]) == [
        "application/x-www-form-urlencoded"]
    answers = {provider: list(paths[f"/v1/webhooks/{provider}/{{tenant_slug}}/{{step}}"]["post"]["responses"]["200"]
                              ["content"]) for provider in ("twilio", "telnyx", "vonage")}
    assert answers == {"twilio": ["application/xml"], "telnyx": ["application/xml"], "vonage": ["application/json"]}
    example = paths["/v1/webhooks/twilio/{tenant_slug}/{step}"]["post"]["responses"]["200"]["content"][
        "application/xml"]["example"]
    assert "<Gather" in example and 'numDigits="1"' in example
    assert "/v1/webhooks/{provider}/{tenant_slug}" not in paths  # one documented route per provider
