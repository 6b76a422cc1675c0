"""HTTP routes for the ledger (verification, checkpoints) and the public keys behind receipts."""

from fastapi import APIRouter, Request

from services.common.auth import PrincipalDep
from services.common.crypto.signing import jwks
from services.common.deps import SessionDep
from services.recording_consent import checkpoints
from services.recording_consent.deps import SignerDep

router = APIRouter(prefix="/v1/ledger", tags=["ledger"])
public_router = APIRouter(tags=["keys"])


@router.get("/verify", response_model=checkpoints.LedgerVerification)
async def verify_ledger(request: Request, session: SessionDep,
                        principal: PrincipalDep) -> checkpoints.LedgerVerification:
    """Walk the tenant's chain and hold it against the signed checkpoints: the first entry altered,
    removed, inserted or reordered, if any."""
    return await checkpoints.verify_ledger(session, request.app.state.settings, request.app.state.public_keys,
                                           principal.tenant_id)


@router.post("/checkpoints", response_model=checkpoints.LedgerVerification)
async def create_ledger_checkpoint(request: Request, session: SessionDep, principal: PrincipalDep,
                                   signer: SignerDep) -> checkpoints.LedgerVerification:
    """Sign the current head now (it is also done periodically) and report the verification."""
    settings = request.app.state.settings
    await checkpoints.write_checkpoint(session, settings, signer, principal.tenant_id)
    return await checkpoints.verify_ledger(session, settings, request.app.state.public_keys, principal.tenant_id)


@public_router.get("/.well-known/jwks.json")
async def get_published_keys(request: Request) -> dict:
    """The public keys that verify consent receipts and ledger checkpoints (current and retired)."""
    return jwks(request.app.state.public_keys)
