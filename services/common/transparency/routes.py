"""The HTTP routes of a log, the same for each (`/v1/ledger`, `/v1/audit`): signed tree heads,
entries, inclusion and consistency proofs, and the verification."""

from typing import Annotated

from fastapi import APIRouter, Path, Query

from services.common.deps import PublicKeysDep, SessionDep, SettingsDep
from services.common.errors import DependencyUnavailable, problem_responses
from services.common.permissions import PrincipalDep
from services.common.transparency import Log, proofs, verification
from services.common.transparency.errors import EntryNotSealed, TreeHeadNotFound, TreeSizeOutOfRange
from services.common.transparency.schemas import (
    ConsistencyProof,
    InclusionProof,
    LogEntryRead,
    LogVerification,
    TreeHeadRead,
)

MAX_SIZE = 2**62
TreeSize = Annotated[int | None, Query(ge=1, le=MAX_SIZE, description="A tree size; the latest when left out")]
LeafIndex = Annotated[int, Path(ge=0, le=MAX_SIZE)]


def log_router(log: Log, prefix: str, tag: str, noun: str) -> APIRouter:
    """The routes, named for the log (`get_ledger_tree_head`): route names are the OpenAPI operation ids."""
    router = APIRouter(prefix=prefix, tags=[tag])

    @router.get("/tree-heads", response_model=TreeHeadRead, responses=problem_responses(TreeHeadNotFound),
                name=f"get_{noun}_tree_head")
    async def tree_head(session: SessionDep, principal: PrincipalDep, tree_size: TreeSize = None) -> TreeHeadRead:
        """The signed tree head (the latest, or the one of `tree_size`): compact JWS, `alg` Ed25519."""
        return await proofs.tree_head(session, log, principal.tenant_id, tree_size)

    @router.get("/entries/{leaf_index}", response_model=LogEntryRead, responses=problem_responses(EntryNotSealed),
                name=f"get_{noun}_entry")
    async def entry(leaf_index: LeafIndex, session: SessionDep, principal: PrincipalDep) -> LogEntryRead:
        """The sealed entry at a leaf index: its canonical JSON is the leaf."""
        return await proofs.entry(session, log, principal.tenant_id, leaf_index)

    @router.get("/entries/{leaf_index}/proof", response_model=InclusionProof,
                responses=problem_responses(EntryNotSealed, TreeSizeOutOfRange), name=f"get_{noun}_inclusion_proof")
    async def inclusion(leaf_index: LeafIndex, session: SessionDep, principal: PrincipalDep,
                        tree_size: TreeSize = None) -> InclusionProof:
        """RFC 9162 inclusion proof of the entry at a leaf index in the tree of `tree_size` (the latest)."""
        return await proofs.inclusion(session, principal.tenant_id, leaf_index, tree_size)

    @router.get("/consistency", response_model=ConsistencyProof, response_model_by_alias=True,
                responses=problem_responses(TreeSizeOutOfRange), name=f"get_{noun}_consistency_proof")
    async def consistency(session: SessionDep, principal: PrincipalDep,
                          first: Annotated[int, Query(alias="from", ge=1, le=MAX_SIZE)],
                          to: Annotated[int, Query(ge=1, le=MAX_SIZE)]) -> ConsistencyProof:
        """RFC 9162 consistency proof between the trees of sizes `from` and `to`."""
        return await proofs.consistency(session, principal.tenant_id, first, to)

    @router.get("/verify", response_model=LogVerification, responses=problem_responses(DependencyUnavailable),
                name=f"verify_{noun}")
    async def verify(session: SessionDep, principal: PrincipalDep, settings: SettingsDep,
                     public_keys: PublicKeysDep) -> LogVerification:
        """Recompute the tree from the entries and check every signed tree head: the first entry edited,
        deleted, reordered or cut off, and the first head forged or swapped, if any."""
        return await verification.verify(session, settings, log, public_keys, principal.tenant_id)

    return router
