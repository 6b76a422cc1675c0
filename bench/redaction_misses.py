"""Redaction misses and false positives on the labelled corpus, grouped by batch, family and type: what to
read when a batch's misses may be read (a retired or tuned batch; never a held-out one while it is held out).

    .venv/bin/python bench/redaction_misses.py [--batch seventh] [--family NAME] [--type PHONE_NUMBER]
        [--examples 3] [--summary] [--tuned]
"""

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.helpers.redaction_eval import Piece, callvault, evaluate, load


def _overlaps(a: Piece, b: Piece) -> bool:
    return a[0] == b[0] and a[1] == b[1] and a[2] < b[3] and b[2] < a[3]


def misses(item: dict) -> tuple[list[Piece], list[Piece]]:
    """The labelled pieces not found and the found pieces not labelled, in one utterance."""
    gold = [(e["type"], e["segment"], e["start"], e["end"]) for e in item["entities"]]
    found = callvault(item["segments"])
    return ([g for g in gold if not any(_overlaps(g, f) for f in found)],
            [f for f in found if not any(_overlaps(f, g) for g in gold)])


def show(item: dict, missed: list[Piece], extra: list[Piece]) -> str:
    lines = [f"  #{item['id']} " + " | ".join(item["segments"])]
    lines += [f"    miss {t} [{item['segments'][s][a:b]}]" for t, s, a, b in missed]
    lines += [f"    FP   {t} [{item['segments'][s][a:b]}]" for t, s, a, b in extra]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch")
    parser.add_argument("--tuned", action="store_true", help="only the families not held out")
    parser.add_argument("--family")
    parser.add_argument("--type")
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--summary", action="store_true", help="per type precision / recall only")
    args = parser.parse_args()
    corpus = [item for item in load() if (not args.batch or item["batch"] == args.batch)
              and (not args.tuned or not item["held_out"])
              and (not args.family or item["family"] == args.family)]
    if args.summary:
        for kind, score in sorted(evaluate(corpus, callvault).items()):
            print(f"{kind:20} {score.precision:.3f} / {score.recall:.3f}  (tp {score.true_positives}, "
                  f"fp {score.false_positives}, fn {score.false_negatives})")
        flagged = sum(1 for item in corpus if item["kind"] == "negative" and callvault(item["segments"]))
        print(f"negatives flagged: {flagged} of {sum(item['kind'] == 'negative' for item in corpus)}")
        return
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for item in corpus:
        missed, extra = misses(item)
        missed = [m for m in missed if not args.type or m[0] == args.type]
        extra = [f for f in extra if not args.type or f[0] == args.type]
        key = (item["batch"], item["family"])
        counts[key][0] += 1
        if missed or extra:
            counts[key][1] += bool(missed)
            counts[key][2] += bool(extra)
            grouped[key].append(show(item, missed, extra))
    for key, shown in sorted(grouped.items(), key=lambda kv: -len(kv[1])):
        total, with_miss, with_extra = counts[key]
        print(f"{key[0]}/{key[1]}: {with_miss} of {total} with a miss, {with_extra} with a false positive")
        print("\n".join(shown[:args.examples]))


if __name__ == "__main__":
    main()
