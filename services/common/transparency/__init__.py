"""Per-tenant transparency logs (RFC 9162 Merkle trees with signed tree heads): the consent ledger and
the transcripts' audit trail are each one.

An entry is a plain insert (`position` from a sequence, `leaf_index` NULL) in its writer's own
transaction: no write waits on a tenant-wide lock. A sealer per tenant, across all instances (a lease
in PostgreSQL, taken over when its holder stops renewing it), takes the unsealed entries in position
order, gives them the next leaf indexes, stores the perfect subtrees they complete and signs a tree
head, all in one transaction; then copies the head to the object store. Proofs read O(log n) stored
subtrees; verification recomputes everything from the entries.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Log:
    name: str  # in every tree head, so one log's head never passes for another's
    entries: str  # the entry table (`tenant_id`, `position`, `leaf_index`, `content`, `content_hash`, ...)
    prefix: str  # under the tenant in the object store


CONSENT_LEDGER = Log("consent-ledger", "ledger_entry", "ledger")
TRANSCRIPTS_AUDIT = Log("transcripts-audit", "audit_entry", "audit")
