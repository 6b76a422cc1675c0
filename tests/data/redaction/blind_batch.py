"""What every batch written blind from the eleventh on does alike: its items made with their labels checked,
its locales' generators drawn apart, and the whole batch held out."""

import random
from collections.abc import Callable, Mapping

from faker import Faker


class BlindBatch:
    """A blind batch's families (each makes a `Said`, whose `verify` checks its labels) and look-alikes (each
    makes the segments alone)."""

    def __init__(self, families: Mapping[str, Callable], negative_families: Mapping[str, Callable]) -> None:
        self.families, self.negative_families = families, negative_families
        self._reseeded: list[Faker] = []

    def _distinct_locales(self, fake: Faker, rng: random.Random) -> None:
        """Faker seeds every locale's generator alike, so two locales drawing digits in turn give the same ones:
        once per Faker, each locale is reseeded from the batch's own Random (deterministic for the seed)."""
        if not any(f is fake for f in self._reseeded):
            for locale in fake.locales:
                fake.seed_locale(locale, rng.randrange(2 ** 32))
            self._reseeded.append(fake)

    def utterance(self, name: str, fake: Faker, rng: random.Random) -> dict:
        """One corpus item of a family, its labels checked (`Said.verify`)."""
        self._distinct_locales(fake, rng)
        if name in self.negative_families:
            return {"kind": "negative", "form": name, "segments": self.negative_families[name](fake, rng),
                    "entities": []}
        u = self.families[name](fake, rng).verify()
        return {"kind": "positive", "form": name, "segments": u.segments, "entities": u.entities}

    def held_out(self) -> frozenset[str]:
        """The whole batch: it was written as a held-out batch, blind, not drawn from."""
        return frozenset([*self.families, *self.negative_families])
