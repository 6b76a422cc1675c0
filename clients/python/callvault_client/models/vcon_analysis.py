from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="VconAnalysis")


@_attrs_define
class VconAnalysis:
    """
    Attributes:
        type_ (str):
        body (Any | Unset):
        dialog (int | list[int] | None | Unset):
        encoding (None | str | Unset):
        vendor (None | str | Unset):
    """

    type_: str
    body: Any | Unset = UNSET
    dialog: int | list[int] | None | Unset = UNSET
    encoding: None | str | Unset = UNSET
    vendor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body

        dialog: int | list[int] | None | Unset
        if isinstance(self.dialog, Unset):
            dialog = UNSET
        elif isinstance(self.dialog, list):
            dialog = self.dialog

        else:
            dialog = self.dialog

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        vendor: None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if dialog is not UNSET:
            field_dict["dialog"] = dialog
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        body = d.pop("body", UNSET)

        def _parse_dialog(data: object) -> int | list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dialog_type_0 = cast(list[int], data)

                return dialog_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int] | None | Unset, data)

        dialog = _parse_dialog(d.pop("dialog", UNSET))

        def _parse_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encoding = _parse_encoding(d.pop("encoding", UNSET))

        def _parse_vendor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        vcon_analysis = cls(
            type_=type_,
            body=body,
            dialog=dialog,
            encoding=encoding,
            vendor=vendor,
        )

        vcon_analysis.additional_properties = d
        return vcon_analysis

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
