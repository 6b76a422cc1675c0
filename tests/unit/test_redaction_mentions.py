"""Words naming a number, looked for in the window before it (`entities.last_mention`) or in one pass over the
conversation once those windows would read more than it: the same answer either way."""

import random

import pytest

from services.transcripts.redaction import entities
from services.transcripts.redaction.entities import last_mention, words
from services.transcripts.redaction.per_text import forget

SOCIAL = words(r"\bsocial\b|\bssn\b|security number|tax id")
PHONE = words(r"number|phone|\bcall|\bcell|area code")
PIECES = ["social", "ssn", "security number", "number", "phone", "call", "cellar", "my", "is", "413", "Social",
          "Number", ",", ".", "\n", "area code", "tax id", "nope", "recall", "ssns"]


def _text(rng: random.Random, words_in: int) -> str:
    return " ".join(rng.choice(PIECES) for _ in range(words_in))


def _by_one_pass(text: str, pattern, before: int, reach: int) -> int:
    ends = entities._mentions(text, pattern)
    found = [end for end in ends if before - reach <= end <= before]
    return found[-1] if found else -1


@pytest.mark.parametrize("seed", range(40))
def test_the_window_answers_what_the_pass_over_the_text_does(seed):
    rng = random.Random(seed)
    text = _text(rng, rng.randint(5, 300))
    for pattern in (SOCIAL, PHONE):
        for _ in range(30):
            before, reach = rng.randint(0, len(text)), rng.choice([10, 40, 60, 120])
            forget()  # each answer from a fresh budget: by the window while it lasts
            assert last_mention(text, pattern, before, reach) == _by_one_pass(text, pattern, before, reach)


def test_windows_give_way_to_one_pass_once_they_would_read_more_than_the_text():
    text = "my social is 1 " * 400
    forget()
    answers = [last_mention(text, SOCIAL, before, 60) for before in range(15, len(text), 15)]
    read = entities._read_nearby(text)[SOCIAL]
    assert 0 < read <= len(text)  # the windows stopped within the budget, the rest answered by the pass
    assert answers == [_by_one_pass(text, SOCIAL, before, 60) for before in range(15, len(text), 15)]
    assert all(a >= 0 for a in answers)
    forget()
