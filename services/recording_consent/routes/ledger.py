"""HTTP routes for the consent ledger (signed tree heads, entries, proofs, verification) and the
public keys behind receipts and tree heads."""

from fastapi import APIRouter

from services.common.crypto.signing import jwks
from services.common.deps import PublicKeysDep
from services.common.transparency import CONSENT_LEDGER
from services.common.transparency.routes import log_router

router = log_router(CONSENT_LEDGER, "/v1/ledger", "ledger", "ledger")
public_router = APIRouter(tags=["keys"])


@public_router.get("/.well-known/jwks.json")
async def get_published_keys(public_keys: PublicKeysDep) -> dict:
    """The public keys that verify consent receipts and signed tree heads (current and retired)."""
    return jwks(public_keys)
