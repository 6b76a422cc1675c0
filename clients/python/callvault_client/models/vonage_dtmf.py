from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="VonageDtmf")


@_attrs_define
class VonageDtmf:
    """
    Attributes:
        digits (None | str | Unset):
        timed_out (bool | None | Unset): The input ended by its timeout: a stay-on-line wait waited in full (a key
            pressed makes the notice complete only then)
    """

    digits: None | str | Unset = UNSET
    timed_out: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digits: None | str | Unset
        if isinstance(self.digits, Unset):
            digits = UNSET
        else:
            digits = self.digits

        timed_out: bool | None | Unset
        if isinstance(self.timed_out, Unset):
            timed_out = UNSET
        else:
            timed_out = self.timed_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if digits is not UNSET:
            field_dict["digits"] = digits
        if timed_out is not UNSET:
            field_dict["timed_out"] = timed_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_digits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digits = _parse_digits(d.pop("digits", UNSET))

        def _parse_timed_out(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        timed_out = _parse_timed_out(d.pop("timed_out", UNSET))

        vonage_dtmf = cls(
            digits=digits,
            timed_out=timed_out,
        )

        vonage_dtmf.additional_properties = d
        return vonage_dtmf

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
