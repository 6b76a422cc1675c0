"""API key secrets: a recognizable prefix plus 256 random bits; only a hash is ever stored.

A plain SHA-256 suffices (no slow KDF): the secret is random and long, so there is nothing to
brute-force, and a fast hash keeps the lookup on every request cheap.
"""

import hashlib
import secrets

KEY_PREFIX = "cvk_"


def new_secret() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def display_prefix(secret: str) -> str:
    """What lists may show of a key: enough to recognize it, nothing to use."""
    return secret[: len(KEY_PREFIX) + 6]
