from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID


T = TypeVar("T", bound="TreeHeadRead")


@_attrs_define
class TreeHeadRead:
    """
    Attributes:
        jws (str): The signed tree head: compact JWS, `alg` Ed25519 (older: EdDSA); its `kid` is in /.well-
            known/jwks.json
        log (str):
        root_hash (str):
        tenant_id (UUID):
        timestamp (int): When it was signed, in milliseconds since the epoch
        tree_size (int):
    """

    jws: str
    log: str
    root_hash: str
    tenant_id: UUID
    timestamp: int
    tree_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jws = self.jws

        log = self.log

        root_hash = self.root_hash

        tenant_id = str(self.tenant_id)

        timestamp = self.timestamp

        tree_size = self.tree_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jws": jws,
                "log": log,
                "root_hash": root_hash,
                "tenant_id": tenant_id,
                "timestamp": timestamp,
                "tree_size": tree_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jws = d.pop("jws")

        log = d.pop("log")

        root_hash = d.pop("root_hash")

        tenant_id = UUID(d.pop("tenant_id"))

        timestamp = d.pop("timestamp")

        tree_size = d.pop("tree_size")

        tree_head_read = cls(
            jws=jws,
            log=log,
            root_hash=root_hash,
            tenant_id=tenant_id,
            timestamp=timestamp,
            tree_size=tree_size,
        )

        tree_head_read.additional_properties = d
        return tree_head_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
