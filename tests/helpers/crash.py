"""A callvault command that SIGKILLs itself at a named point, to prove what a crash there leaves.

`python tests/helpers/crash.py POINT MODULE ARGS...` wraps the production functions around the point
(from outside: the production code has no test hook), then runs `python -m MODULE ARGS...` in this
process. Run as a file, not with `-m`, so that it needs nothing but the installed `services` package.

Points:
- purge.claimed: a purge batch's keys destroyed in its transaction, before it commits
- purge.shredded: a purge batch's claim committed (keys gone), before its objects are deleted
- purge.objects_deleted: a batch's objects deleted, before its certificates are recorded
- privacy.shredded: an erasure's keys destroyed and committed, before its objects are deleted
"""

import os
import runpy
import signal
import sys
from collections.abc import Callable
from contextvars import ContextVar
from functools import wraps
from typing import Any


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def command(point: str, args: list[str]) -> list[str]:
    """`args` (`python -m MODULE ...`) run so that the process kills itself at `point`."""
    python, flag, module, *rest = args
    assert flag == "-m" and point in POINTS, (args, point)
    return [python, __file__, point, module, *rest]


def _after(owner: Any, name: str, when: Callable[[Any], bool] = lambda _: True) -> None:
    """`owner.name` (an async function) dies once it has returned a result `when` accepts."""
    original = getattr(owner, name)

    @wraps(original)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = await original(*args, **kwargs)
        if when(result):
            die()
        return result

    setattr(owner, name, wrapper)


def purge_claimed() -> None:
    from services.transcripts.lifecycle import repository

    _after(repository, "shred")


def purge_shredded() -> None:
    from services.transcripts.lifecycle.purge import Purger

    _after(Purger, "claim", lambda shredded_and_held: shredded_and_held[0] > 0)


def purge_objects_deleted() -> None:
    from services.transcripts.lifecycle.purge import Purger

    _after(Purger, "_delete_objects")


def privacy_shredded() -> None:
    """The erasure step shreds, commits, then (once the consent service's reply has closed the subject's calls)
    asks the purge to complete what it shredded: the process dies at that call when this process shredded for
    the same request (a resumed step, whose shredding was committed before, goes on)."""
    from services.transcripts.lifecycle import repository
    from services.transcripts.lifecycle.purge import Purger
    from services.transcripts.privacy import fulfillment
    from services.transcripts.privacy.schemas import RequestType

    erasing_now: ContextVar[Any] = ContextVar("erasing_now", default=None)
    shredded_here: set[Any] = set()  # the requests this process shredded for, across the step's rounds
    erasure, shred, complete = fulfillment.PrivacyWork.erasure, repository.shred, Purger.complete

    async def erasing(self: Any, tenant_id: Any, request_id: Any) -> None:
        token = erasing_now.set(request_id)
        try:
            await erasure(self, tenant_id, request_id)
        finally:
            erasing_now.reset(token)

    async def shredded(*args: Any, **kwargs: Any) -> Any:
        result = await shred(*args, **kwargs)
        if (request_id := erasing_now.get()) is not None:
            shredded_here.add(request_id)
        return result

    async def completing(*args: Any, **kwargs: Any) -> Any:
        if erasing_now.get() in shredded_here:
            die()
        return await complete(*args, **kwargs)

    fulfillment.PrivacyWork.erasure = erasing
    fulfillment.STEPS[RequestType.erasure] = erasing
    repository.shred, Purger.complete = shredded, completing


POINTS = {"purge.claimed": purge_claimed, "purge.shredded": purge_shredded,
          "purge.objects_deleted": purge_objects_deleted, "privacy.shredded": privacy_shredded}


if __name__ == "__main__":
    point, module, *rest = sys.argv[1:]
    POINTS[point]()
    sys.argv = [module, *rest]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
