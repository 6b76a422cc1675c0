"""A redaction's CPU budget. Every recognizer is linear in the text's length, so a redaction's cost is
bounded by its size; the budget is the second line: it ends a redaction that overruns (a recognizer
that regressed, an input nobody foresaw) between two recognizers, after the segments are read as the
pieces said in them, after overlaps are settled and at each entity cut back into its segments, instead
of holding a worker thread and the GIL for as long as it takes. CPU time of the thread: waiting for the
GIL does not count."""

import time
from dataclasses import dataclass, field


class BudgetExceeded(Exception):
    def __init__(self, stage: str, spent: float, allowed: float) -> None:
        super().__init__(f"redaction stopped after {spent:.2f} s of CPU in {stage}; {allowed:.2f} s allowed")
        self.stage, self.spent, self.allowed = stage, spent, allowed


@dataclass
class Budget:
    seconds: float
    started: float = field(default_factory=time.thread_time)

    def check(self, stage: str) -> None:
        if (spent := time.thread_time() - self.started) > self.seconds:
            raise BudgetExceeded(stage, spent, self.seconds)
