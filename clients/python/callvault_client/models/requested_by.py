from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.requested_by_kind import RequestedByKind
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="RequestedBy")


@_attrs_define
class RequestedBy:
    """Who made the request: the person, or an agent they authorized (CCPA, Cal. Civ. Code §
    1798.135(c); 11 CCR § 7063), whose authority is verified beside the person's identity.

        Attributes:
            authorization (None | str | Unset): What authorizes the agent (signed permission, power of attorney); required
                for an agent
            kind (RequestedByKind | Unset):  Default: RequestedByKind.SUBJECT.
            name (None | str | Unset): The authorized agent's name (required for an agent)
    """

    authorization: None | str | Unset = UNSET
    kind: RequestedByKind | Unset = RequestedByKind.SUBJECT
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        authorization: None | str | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        else:
            authorization = self.authorization

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authorization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization = _parse_authorization(d.pop("authorization", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: RequestedByKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = RequestedByKind(_kind)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        requested_by = cls(
            authorization=authorization,
            kind=kind,
            name=name,
        )

        return requested_by
