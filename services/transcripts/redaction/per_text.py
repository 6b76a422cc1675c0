"""Caches of what is made from the conversation being redacted (its tokens, digit runs, the other speaker's short
turns, where words are mentioned), kept per thread and dropped when its redaction ends (`forget`). Shared by
every worker thread, caches of a few entries thrashed: threads redacting different conversations at once evicted
each other's (12 threads on 50 KB texts cost up to 2.1x the CPU a thread); and nothing of a conversation is kept
once it is redacted."""

import threading
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_local = threading.local()


def per_text(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)` of the calling thread's own, for its current redaction."""
    def decorate(function: F) -> F:
        @wraps(function)
        def cached(*args):
            if (caches := getattr(_local, "caches", None)) is None:
                caches = _local.caches = {}
            if (made := caches.get(function)) is None:
                made = caches[function] = lru_cache(maxsize)(function)
            return made(*args)
        return cached  # type: ignore[return-value]
    return decorate


def forget() -> None:
    """Drops the calling thread's caches: its redaction has ended."""
    _local.caches = None
