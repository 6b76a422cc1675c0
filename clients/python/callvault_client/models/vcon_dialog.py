from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="VconDialog")


@_attrs_define
class VconDialog:
    """
    Attributes:
        type_ (str):
        body (None | str | Unset):
        duration (float | None | Unset):
        encoding (None | str | Unset):
        mediatype (None | str | Unset):
        originator (int | None | Unset):
        parties (int | list[int] | None | Unset):
        start (datetime.datetime | None | Unset):
    """

    type_: str
    body: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    encoding: None | str | Unset = UNSET
    mediatype: None | str | Unset = UNSET
    originator: int | None | Unset = UNSET
    parties: int | list[int] | None | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        mediatype: None | str | Unset
        if isinstance(self.mediatype, Unset):
            mediatype = UNSET
        else:
            mediatype = self.mediatype

        originator: int | None | Unset
        if isinstance(self.originator, Unset):
            originator = UNSET
        else:
            originator = self.originator

        parties: int | list[int] | None | Unset
        if isinstance(self.parties, Unset):
            parties = UNSET
        elif isinstance(self.parties, list):
            parties = self.parties

        else:
            parties = self.parties

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if duration is not UNSET:
            field_dict["duration"] = duration
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if mediatype is not UNSET:
            field_dict["mediatype"] = mediatype
        if originator is not UNSET:
            field_dict["originator"] = originator
        if parties is not UNSET:
            field_dict["parties"] = parties
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encoding = _parse_encoding(d.pop("encoding", UNSET))

        def _parse_mediatype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mediatype = _parse_mediatype(d.pop("mediatype", UNSET))

        def _parse_originator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        originator = _parse_originator(d.pop("originator", UNSET))

        def _parse_parties(data: object) -> int | list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parties_type_0 = cast(list[int], data)

                return parties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int] | None | Unset, data)

        parties = _parse_parties(d.pop("parties", UNSET))

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        vcon_dialog = cls(
            type_=type_,
            body=body,
            duration=duration,
            encoding=encoding,
            mediatype=mediatype,
            originator=originator,
            parties=parties,
            start=start,
        )

        vcon_dialog.additional_properties = d
        return vcon_dialog

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
