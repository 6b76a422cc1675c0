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
    """The erasure step shreds, commits, then asks the purge to complete what it shredded: the process
    dies at that call when the same step shredded (a resumed step, whose shredding was committed before,
    goes on)."""
    from services.transcripts.lifecycle import repository
    from services.transcripts.lifecycle.purge import Purger
    from services.transcripts.privacy import fulfillment
    from services.transcripts.privacy.schemas import RequestType

    shredding: ContextVar[list[bool] | None] = ContextVar("shredding", default=None)
    erasure, shred, complete = fulfillment.PrivacyWork.erasure, repository.shred, Purger.complete

    async def erasing(self: Any, *args: Any) -> None:
        token = shredding.set([False])
        try:
            await erasure(self, *args)
        finally:
            shredding.reset(token)

    async def shredded(*args: Any, **kwargs: Any) -> Any:
        result = await shred(*args, **kwargs)
        if (flag := shredding.get()) is not None:
            flag[0] = True
        return result

    async def completing(*args: Any, **kwargs: Any) -> Any:
        if (flag := shredding.get()) is not None and flag[0]:
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
