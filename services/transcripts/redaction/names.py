"""Names and places (street addresses, towns) by a spaCy model's named-entity recognizer, when one is
installed: `pip install 'callvault[names]'`, then a model (`python -m spacy download en_core_web_sm`).
`CALLVAULT_REDACTION_SPACY_MODEL` names it (a package or a directory); the service passes it to
`use_model` as it starts.

Without spaCy or the model nothing here finds anything, and every redaction result says that names
and addresses were not looked for (`not_checked`): a reader must not take silence for absence."""

from functools import lru_cache
from typing import Any

from services.transcripts.redaction.entities import LOCATION, PERSON, Entity

_TYPES = {"PERSON": PERSON, "GPE": LOCATION, "LOC": LOCATION, "FAC": LOCATION}  # as Presidio maps them
_model = {"name": "en_core_web_sm"}


def use_model(name: str) -> None:
    _model["name"] = name
    _pipeline.cache_clear()


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Any, str | None]:
    """The loaded model (loaded once, at first use), or None and why not."""
    name = _model["name"]
    try:
        import spacy
    except ImportError:
        return None, "spaCy is not installed (pip install 'callvault[names]')"
    try:
        return spacy.load(name, exclude=["lemmatizer", "textcat"]), None
    except OSError:
        return None, f"the spaCy model {name!r} is not installed (python -m spacy download {name})"


def not_checked() -> dict[str, str]:
    """The entity types this process cannot look for, and why."""
    _, why = _pipeline()
    return {PERSON: why, LOCATION: why} if why else {}


def find_names(text: str) -> list[Entity]:
    nlp, _ = _pipeline()
    if nlp is None:
        return []
    return [Entity(_TYPES[e.label_], e.start_char, e.end_char, "spacy-ner", 0.6, e.text)
            for e in nlp(text).ents if e.label_ in _TYPES]
