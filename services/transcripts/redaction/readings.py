"""The ways to read a digit run (`spoken.runs`), the likelier first, for a validator to decide between: after
its last repair, without the group a repair took back, without a group's count said before it, without the
groups the other speaker echoes, then whole; and the spans of a run's units that hold a given number of
digits, found by bisection."""

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from services.transcripts.redaction.spoken import Unit


def retold(run: list[Unit]) -> list[Unit] | None:
    """The part of a run said after its last repair ("four four one one, sorry, four one one one ..."):
    where the number is, if the run has one. None: no repair."""
    for k in range(len(run) - 1, 0, -1):
        if run[k].repaired:
            return run[k:]
    return None


def mended(run: list[Unit]) -> list[list[Unit]]:
    """The run without what its last repair took back, the rest kept: the group said just before it ("...,
    seven three one three, no, scratch that, three seven eight four, ..."), or only the digit said just
    before it ("6 5 6, actually, 4 5 8 ..."). [] if no repair, or nothing before it but the run's start."""
    for k in range(len(run) - 1, 0, -1):
        if run[k].repaired:
            j = k - 1
            while j > 0 and not run[j].paused:
                j -= 1
            out = [run[:j] + run[k:]] if j else []
            if j < k - 1 and len(run[k - 1].digits) == 1:
                out.append(run[:k - 1] + run[k:])
            return out
    return []


def mended_throughout(run: list[Unit]) -> list[Unit] | None:
    """The run without what each of its repairs took back, the group said just before each ("five nine nine,
    three... wait, three four, three... wait, three two eight five"); None if it has fewer than two."""
    if sum(u.repaired for u in run[1:]) < 2:
        return None
    out: list[Unit] = []
    for unit in run:
        if unit.repaired and out:
            j = len(out) - 1
            while j > 0 and not out[j].paused:
                j -= 1
            del out[j:]
        out.append(unit)
    return out


MAX_ANNOUNCED = 24  # digits of a run that is read again without a count said in it (a card's, with room)


def announced(run: list[Unit]) -> list[list[Unit]]:
    """The run without a digit said as a word that counts the group after it ("..., then five, 04386": the
    last group, of five digits), for each that could: the validator decides which. Only in a run short
    enough to be one number, and a count said apart, a pause on each side ("cero uno uno eight, dos ...":
    the eight is the group's last digit)."""
    rest = sum(len(u.digits) for u in run)
    if rest > MAX_ANNOUNCED:
        return []
    out = []
    for k, unit in enumerate(run[:-1]):
        rest -= len(unit.digits)
        if k and unit.spoken and len(unit.digits) == 1 and int(unit.digits) == rest and unit.paused and \
                run[k + 1].paused:
            out.append(run[:k] + run[k + 1:])
    return out


def groups(run: list[Unit]) -> list[list[Unit]]:
    """The run's groups: units said together, a pause before each group."""
    out: list[list[Unit]] = []
    for u in run:
        if u.paused or not out:
            out.append([])
        out[-1].append(u)
    return out


def unechoed(run: list[Unit]) -> list[Unit] | None:
    """The run without each group said again just after it ("six five one three. | 6 5 1 3, got it. | ...":
    the other speaker echoing each group as it is read): None if no group of two digits or more is."""
    said, kept, echoed = groups(run), [], False
    for k, group in enumerate(said):
        digits = "".join(u.digits for u in group)
        if k and len(digits) > 1 and digits == "".join(u.digits for u in said[k - 1]) and kept and \
                kept[-1] is said[k - 1]:
            echoed = True
            continue
        kept.append(group)
    return [u for group in kept for u in group] if echoed else None


MIN_RESUMED = 2  # digits said again where a number is taken up after a pause, at least
MAX_RESUMED = 24  # digits looked at for them: a number is taken up a group or two back, or from its start


def resumed(run: list[Unit]) -> list[Unit] | None:
    """The run without the digits said again where it was taken up after a pause: cut off by the other speaker
    ("..., six five eight two forty-four..." / "Sorry, I cut you off, from where?" / "eight two forty-four
    seventeen ..."), or begun again a little way back ("4845 6712 10 | Sorry, 12 1036 ...": "1210" again, the
    last group's digits said anew with the next's): the most digits after the pause that are the end of what was
    said before them, a unit they end inside kept for its other digits. None if no group after a pause begins
    so."""
    kept: list[Unit] = []
    tail, again, k = "", False, 0  # the last MAX_RESUMED digits kept (a whole string of them made this quadratic)
    while k < len(run):
        if kept and run[k].paused:
            ahead, j = "", k
            while j < len(run) and len(ahead) < len(tail):
                ahead, j = ahead + run[j].digits, j + 1
            repeated = next((d for d in range(min(len(ahead), len(tail)), MIN_RESUMED - 1, -1)
                             if tail.endswith(ahead[:d])), 0)
            if repeated:
                again = True
                while k < len(run) and repeated >= len(run[k].digits):
                    repeated -= len(run[k].digits)
                    k += 1
                if repeated and k < len(run):  # the rest of a unit the digits said again end inside
                    kept.append(run[k]._replace(digits=run[k].digits[repeated:]))
                    tail = (tail + kept[-1].digits)[-MAX_RESUMED:]
                    k += 1
                continue
        kept.append(run[k])
        tail = (tail + run[k].digits)[-MAX_RESUMED:]
        k += 1
    return kept if again else None


def readings(run: list[Unit]) -> list[list[Unit]]:
    """The ways to read a run, the likelier first: after its last repair, without the group the repair took
    back, without the groups each of its repairs took back (and taken up again after a pause), without the groups
    echoed (a long run said twice over holds a checksum's match by chance), then whole (a "sorry" may be only a
    pause), then without the digits said again where it was taken up after a pause; the validator decides."""
    said = [] if (tail := retold(run)) is None else [tail, *(mends := mended(run))]
    if tail is not None:
        if (throughout := mended_throughout(run)) is not None:
            said.append(throughout)
        # repaired and taken up again: "seven... wait, seven one one, ..., nine five six... hang on, nine five six oh"
        if (repaired := throughout or next(iter(mends), None)) and len(repaired) > 2 and \
                (again := resumed(repaired)) is not None:
            said.append(again)
    if len(run) > 1 and (once := unechoed(run)) is not None:
        said.append(once)
    taken_up = resumed(run) if len(run) > 2 else None
    return [*said, run, *([taken_up] if taken_up is not None else [])]


def joined(run: list[Unit]) -> tuple[str, list[int]]:
    """The run's digits, and where each unit's begin in them (and, last, their length)."""
    bounds, at = [], 0
    for u in run:
        bounds.append(at)
        at += len(u.digits)
    bounds.append(at)
    return "".join(u.digits for u in run), bounds


def spans(run: list[Unit], min_digits: int, max_digits: int) -> Iterator[tuple[int, int, str]]:
    """Every (first unit, last unit, digits) of the run whose digits number min..max, from each start, the
    shortest first: found by bisection, so a long run costs the spans it has, not its length squared."""
    digits, bounds = joined(run)
    if len(digits) < min_digits:  # most runs: "two agents", "at three"
        return
    for first in range(len(run)):
        begin = bounds[first]
        low = bisect_left(bounds, begin + min_digits, first + 1)
        for after in range(low, bisect_right(bounds, begin + max_digits, low)):
            yield first, after - 1, digits[begin:bounds[after]]
