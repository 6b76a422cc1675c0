"""Scoring redaction against the labelled corpus (tests/data/redaction/corpus.jsonl): per entity type,
precision, recall and F1 over the segment pieces of entities. A found piece counts when it overlaps a
labelled piece of the same type in the same segment, and as false otherwise unless the item's batch left its
type unlabelled ("unlabelled"); shared by the accuracy test and bench/redaction.py."""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from services.transcripts.redaction import redact_segments

CORPUS = Path(__file__).resolve().parents[1] / "data" / "redaction" / "corpus.jsonl"
Piece = tuple[str, int, int, int]  # type, segment, start, end
Analyzer = Callable[[list[str]], Iterable[Piece]]


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positives + self.false_negatives
        return self.true_positives / labelled if labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _overlaps(a: Piece, b: Piece) -> bool:
    return a[0] == b[0] and a[1] == b[1] and a[2] < b[3] and b[2] < a[3]


def evaluate(corpus: list[dict], analyzer: Analyzer, keep: Callable[[dict], bool] = lambda item: True
             ) -> dict[str, Score]:
    """Scores per type over the items `keep` keeps (by `held_out`, `said`, `family`, ...)."""
    scores: dict[str, Score] = {}
    for item in corpus:
        if not keep(item):
            continue
        gold = [(e["type"], e["segment"], e["start"], e["end"]) for e in item["entities"]]
        found = list(analyzer(item["segments"]))
        for piece in gold:
            score = scores.setdefault(piece[0], Score())
            if any(_overlaps(piece, f) for f in found):
                score.true_positives += 1
            else:
                score.false_negatives += 1
        unlabelled = set(item.get("unlabelled", ()))  # types its writer left unlabelled: found, not counted
        for piece in found:
            if piece[0] not in unlabelled and not any(_overlaps(piece, g) for g in gold):
                scores.setdefault(piece[0], Score()).false_positives += 1
    return scores


def overall(scores: dict[str, Score]) -> Score:
    total = Score()
    for s in scores.values():
        total.true_positives += s.true_positives
        total.false_positives += s.false_positives
        total.false_negatives += s.false_negatives
    return total


def callvault(segments: list[str]) -> list[Piece]:
    return [(f.type, f.segment, f.start, f.end) for f in redact_segments(segments)[1]]
