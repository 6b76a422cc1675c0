"""Redaction accuracy and speed: callvault's recognizers beside Microsoft Presidio's pattern recognizers
on the same labelled corpus (tests/data/redaction/corpus.jsonl).

Presidio runs with a blank spaCy pipeline (no model download) and an explicit list of pattern
recognizers, on each utterance's segments joined by newlines (so it too may see a number split across
segments); its findings are cut back into segments as callvault's are. Presidio is installed in the
benchmark's environment only:

    python3.11 -m venv .venv-bench && .venv-bench/bin/pip install -e . presidio-analyzer faker
    .venv-bench/bin/python bench/redaction.py

Speed: callvault's redaction of whole calls, megabytes of text per second on one core: calls as
transcripts read (one corpus utterance among nine ordinary sentences), and the corpus alone (an entity
or a look-alike in every utterance: the worst case). Appends a dated section to bench/RESULTS.md.
"""

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # Presidio's email recognizer: no network

from bench.decision_latency import RESULTS, machine
from services.transcripts.redaction import redact_segments
from tests.redaction_eval import Piece, Score, callvault, evaluate, load, overall

SHARED = ("CREDIT_CARD", "US_SSN", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "UK_NINO", "ES_NIF", "ES_NIE",
          "IT_FISCAL_CODE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER")  # types both recognize
PER_CONVERSATION = 40
CALL_SEGMENTS, PLAIN_PER_UTTERANCE = 200, 9  # a call: each corpus utterance among nine ordinary sentences


def presidio_analyzer():
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        AbaRoutingRecognizer,
        CreditCardRecognizer,
        EmailRecognizer,
        EsNieRecognizer,
        EsNifRecognizer,
        IbanRecognizer,
        ItFiscalCodeRecognizer,
        PhoneRecognizer,
        UkNinoRecognizer,
        UsBankRecognizer,
        UsSsnRecognizer,
    )

    class BlankSpacy(SpacyNlpEngine):
        """A blank English pipeline: tokens only, no model to download."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankSpacy(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry()
    for kind in (CreditCardRecognizer, UsSsnRecognizer, EmailRecognizer, PhoneRecognizer, IbanRecognizer,
                 UkNinoRecognizer, EsNifRecognizer, EsNieRecognizer, ItFiscalCodeRecognizer, UsBankRecognizer,
                 AbaRoutingRecognizer):
        registry.add_recognizer(kind(supported_language="en"))  # the Spanish and Italian ones default to es, it
    analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])

    def analyze(segments: list[str]) -> list[Piece]:
        text, starts, position = "\n".join(segments), [], 0
        for s in segments:
            starts.append(position)
            position += len(s) + 1
        pieces = []
        for r in analyzer.analyze(text=text, language="en", entities=list(SHARED)):
            for index, (begin, s) in enumerate(zip(starts, segments, strict=True)):
                start, end = max(r.start, begin), min(r.end, begin + len(s))
                if start < end and s[start - begin:end - begin].strip():
                    pieces.append((r.entity_type, index, start - begin, end - begin))
        return pieces

    return analyze


def calls(corpus: list[dict]) -> list[list[str]]:
    """Calls as transcripts read: each corpus utterance among PLAIN_PER_UTTERANCE ordinary sentences
    (Faker's, seeded), CALL_SEGMENTS segments to a call."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(11)
    segments: list[str] = []
    for item in corpus:
        segments += item["segments"] + [fake.sentence(nb_words=12, variable_nb_words=True)
                                        for _ in range(PLAIN_PER_UTTERANCE)]
    return [segments[i:i + CALL_SEGMENTS] for i in range(0, len(segments), CALL_SEGMENTS)]


def speed(conversations: list[list[str]]) -> tuple[float, int]:
    """(MB/s, bytes) of callvault redacting the conversations: CPU time, best of 3."""
    size = sum(len(s.encode()) for c in conversations for s in c)
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for conversation in conversations:
            redact_segments(conversation)
        best = min(best, time.process_time() - started)
    return size / best / 1e6, size


def _row(name: str, ours: Score, theirs: Score | None) -> str:
    cells = f"| {name} | {ours.precision:.3f} | {ours.recall:.3f} | {ours.f1:.3f} |"
    if theirs is None:
        return cells + " - | - | - |"
    return cells + f" {theirs.precision:.3f} | {theirs.recall:.3f} | {theirs.f1:.3f} |"


def main() -> None:
    corpus = load()
    spoken_forms = lambda form: not form.endswith("/typed")  # noqa: E731
    ours, ours_spoken = evaluate(corpus, callvault), evaluate(corpus, callvault, spoken_forms)
    presidio = presidio_analyzer()
    theirs, theirs_spoken = evaluate(corpus, presidio), evaluate(corpus, presidio, spoken_forms)
    rows = [_row(t, ours.get(t, Score()), theirs.get(t, Score()) if t in SHARED else None) for t in sorted(ours)]
    shared = {t: ours[t] for t in SHARED}
    rows += [_row("**all shared types**", overall(shared), overall({t: theirs.get(t, Score()) for t in SHARED})),
             _row("**spoken forms, shared types**", overall({t: ours_spoken[t] for t in SHARED if t in ours_spoken}),
                  overall({t: theirs_spoken.get(t, Score()) for t in SHARED if t in ours_spoken}))]
    segments = [s for item in corpus for s in item["segments"]]
    dense, dense_size = speed([segments[i:i + PER_CONVERSATION] for i in range(0, len(segments), PER_CONVERSATION)])
    mb_per_s, size = speed(calls(corpus))
    section = "\n".join([
        f"\n## redaction.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. Corpus: {len(corpus):,} utterances "
        f"({sum(i['kind'] == 'negative' for i in corpus)} negatives), tests/data/redaction/corpus.jsonl. Presidio: "
        "pattern recognizers for the types both have (credit card, US SSN, email, phone, IBAN, UK NINO, Spanish "
        "NIF and NIE, Italian fiscal code, US bank account, ABA routing number) over a blank spaCy pipeline, on each "
        "utterance's segments joined by newlines. A found piece counts when it overlaps a labelled piece of the "
        "same type in the same segment.\n",
        "| type | callvault P | R | F1 | Presidio P | R | F1 |",
        "|---|---|---|---|---|---|---|",
        *rows,
        f"\nSpeed, one core (CPU time, best of 3): callvault redacts **{mb_per_s:.2f} MB/s** of call transcripts "
        f"({size / 1e6:.2f} MB: calls of {CALL_SEGMENTS} segments, one corpus utterance among "
        f"{PLAIN_PER_UTTERANCE} ordinary sentences), and {dense:.2f} MB/s of the corpus alone, where every "
        f"utterance holds an entity or a look-alike ({dense_size / 1e6:.2f} MB, conversations of "
        f"{PER_CONVERSATION}): the worst case.",
    ])
    print(section)
    with RESULTS.open("a") as results:
        results.write(section + "\n")


if __name__ == "__main__":
    main()
