"""Wire types of the log's proofs and its verification (hashes in lowercase hex)."""

from uuid import UUID

from pydantic import BaseModel, Field


class TreeHeadRead(BaseModel):
    jws: str = Field(description="The signed tree head: compact JWS, `alg` Ed25519 (older: EdDSA); "
                                 "its `kid` is in /.well-known/jwks.json")
    log: str
    tenant_id: UUID
    tree_size: int
    root_hash: str
    timestamp: int = Field(description="When it was signed, in milliseconds since the epoch")


class InclusionProof(BaseModel):
    leaf_index: int
    tree_size: int
    leaf_hash: str = Field(description="SHA-256 of 0x00 and the entry's canonical content (RFC 9162 2.1.1)")
    audit_path: list[str] = Field(description="RFC 9162 2.1.3.1, from the leaf up")


class ConsistencyProof(BaseModel):
    from_: int = Field(alias="from", serialization_alias="from")
    to: int
    consistency_path: list[str] = Field(description="RFC 9162 2.1.4.1")

    model_config = {"populate_by_name": True}


class LogEntryRead(BaseModel):
    leaf_index: int
    content: dict = Field(description="The entry; its canonical JSON (sorted keys, no spaces, UTF-8) is the leaf")


class LogVerification(BaseModel):
    ok: bool
    entries: int = Field(description="Sealed entries that fit, in leaf order, before the first that does not")
    unsealed: int = Field(description="Entries written but not yet sealed into the tree")
    tree_size: int = Field(description="Leaves in the tree the entries make")
    root_hash: str | None
    tree_heads: int = Field(description="Signed tree heads checked (the database's and the object store's)")
    first_bad_entry: int | None = Field(description="The leaf index of the first entry that no longer fits")
    first_bad_tree_head: int | None = Field(description="The tree size of the first signed head that fails")
    problem: str | None
