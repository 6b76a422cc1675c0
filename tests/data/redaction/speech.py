"""How people say numbers on a call, for the corpus generator and its families: utterances built piece by
piece with each entity's place, digits as words ("oh", doubles and triples, pairs), groups with fillers."""

import random

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["uh", "um", "uh,", "um,", ","]
ACKS = ["Okay.", "Mhm.", "Go on.", "Okay, go ahead.", "Yes.", "Got it."]


class Utterance:
    """Segments built piece by piece, remembering where each entity landed."""

    def __init__(self) -> None:
        self.segments: list[str] = [""]
        self.entities: list[dict] = []

    def say(self, text: str) -> "Utterance":
        self.segments[-1] += text
        return self

    def entity(self, type_: str, text: str) -> "Utterance":
        start = len(self.segments[-1])
        self.segments[-1] += text
        self.entities.append({"type": type_, "segment": len(self.segments) - 1, "start": start,
                              "end": len(self.segments[-1])})
        return self

    def turn(self) -> "Utterance":
        self.segments.append("")
        return self


def digit_words(rng: random.Random, digits: str) -> str:
    """Digits as words, with "oh", doubles and triples, and pairs, the way people read numbers out."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        run = len(digits[i:]) - len(digits[i:].lstrip(d))
        if run >= 3 and rng.random() < 0.5:
            out.append(f"triple {WORDS[int(d)]}")
            i += 3
        elif run >= 2 and rng.random() < 0.5:
            out.append(f"double {WORDS[int(d)]}")
            i += 2
        elif d == "0":
            out.append(rng.choice(["oh", "zero"]))
            i += 1
        else:
            out.append(WORDS[int(d)])
            i += 1
    return " ".join(out)


def pair_words(digits: str) -> str:
    """Two digits at a time ("forty one eleven"), where a pair reads as one number."""
    out = []
    for i in range(0, len(digits), 2):
        pair = digits[i:i + 2]
        if len(pair) == 1 or pair[0] == "0":
            out += [WORDS[int(c)] if c != "0" else "oh" for c in pair]
        elif pair[0] == "1":
            out.append(TEENS[int(pair[1])])
        else:
            out.append(TENS[int(pair[0])] + ("" if pair[1] == "0" else " " + WORDS[int(pair[1])]))
    return " ".join(out)


def groups(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return [g for g in out if g]


def spoken(rng: random.Random, digits: str, sizes: list[int], form: str) -> str:
    """One rendering of a number: typed with spaces or dashes, digit words, pairs, or a mix, with fillers."""
    parts = groups(digits, sizes)
    if form == "typed":
        return rng.choice([" ", "-", ""]).join(parts)
    rendered = []
    for part in parts:
        style = form if form != "mixed" else rng.choice(["digits", "words", "pairs"])
        rendered.append(part if style == "digits" else pair_words(part) if style == "pairs" and len(part) % 2 == 0
                        else digit_words(rng, part))
    out = rendered[0]
    for part in rendered[1:]:
        out += rng.choice([", ", " ", " ", f" {rng.choice(FILLERS)} "]) + part
    return out.replace(" ,", ",")
