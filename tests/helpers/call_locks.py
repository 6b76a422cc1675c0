"""Waiting on a call's own lock (the one its withdrawals, its transcripts' stores and an erasure closing it
take: `hashtext('callvault.withdrawals'), hashtext(call)`), to stage interleavings without sleeping."""

from sqlalchemy import text


def _is_call_lock(x: str) -> str:
    """Whether pg_locks row `x` is the call's lock (an int4 pair shows as classid, objid)."""
    return (f"{x}.locktype = 'advisory' AND {x}.objsubid = 2 AND {x}.classid::bigint = "
            f"(hashtext('callvault.withdrawals')::bigint + 4294967296) % 4294967296 "
            f"AND {x}.objid::bigint = (hashtext(CAST(:call AS text))::bigint + 4294967296) % 4294967296")


async def call_lock(owner, call_id: str, *, held: bool) -> bool:
    """held: a backend has the call's lock and waits for another; otherwise: one waits for the call's lock."""
    query = (f"SELECT count(*) FROM pg_locks h JOIN pg_locks w ON w.pid = h.pid AND NOT w.granted "
             f"WHERE h.granted AND {_is_call_lock('h')}" if held
             else f"SELECT count(*) FROM pg_locks w WHERE NOT w.granted AND {_is_call_lock('w')}")
    async with owner.connect() as c:
        return bool((await c.execute(text(query), {"call": call_id})).scalar_one())
