"""Redaction accuracy on the labelled corpus (tests/data/redaction/, made by generate.py there): each
entity type keeps a minimum slightly below its target, so a change that loses accuracy fails here.
bench/redaction.py prints the full table."""

import pytest

from tests.redaction_eval import callvault, evaluate, load, overall

# type: (minimum precision, minimum recall); the targets are cards 0.97/0.99, SSN, email, phone and
# IBAN recall 0.97; the other types have no target and keep what they reach, less a little.
MINIMUMS = {
    "CREDIT_CARD": (0.96, 0.98),
    "US_SSN": (0.95, 0.96),
    "EMAIL_ADDRESS": (0.95, 0.96),
    "PHONE_NUMBER": (0.95, 0.96),
    "IBAN_CODE": (0.95, 0.96),
    "CARD_EXPIRY": (0.90, 0.90),
    "CARD_SECURITY_CODE": (0.90, 0.90),
    "UK_NINO": (0.95, 0.95),
    "ES_NIF": (0.95, 0.95),
    "ES_NIE": (0.95, 0.95),
    "IT_FISCAL_CODE": (0.95, 0.95),
    "NL_BSN": (0.95, 0.95),
    "FR_NIR": (0.95, 0.95),
    "ABA_ROUTING_NUMBER": (0.95, 0.95),
    "US_BANK_NUMBER": (0.95, 0.95),
    "DATE_OF_BIRTH": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    found = load()
    assert len(found) >= 4000 and sum(item["kind"] == "negative" for item in found) >= 300
    return found


@pytest.fixture(scope="module")
def scores(corpus):
    return evaluate(corpus, callvault)


@pytest.mark.parametrize("entity_type", sorted(MINIMUMS))
def test_each_type_keeps_its_minimum(scores, entity_type):
    precision, recall = MINIMUMS[entity_type]
    score = scores[entity_type]
    assert score.precision >= precision and score.recall >= recall, \
        f"{entity_type}: precision {score.precision:.3f} (min {precision}), recall {score.recall:.3f} (min {recall})"


def test_spoken_forms_alone_keep_their_f1(corpus):
    spoken = evaluate(corpus, callvault, forms=lambda form: not form.endswith("/typed"))
    assert overall(spoken).f1 >= 0.95


def test_negatives_stay_clean(corpus):
    flagged = [item["segments"] for item in corpus if item["kind"] == "negative" and callvault(item["segments"])]
    assert len(flagged) <= 2, flagged[:5]
