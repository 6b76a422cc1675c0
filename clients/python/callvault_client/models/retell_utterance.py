from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.retell_word import RetellWord


T = TypeVar("T", bound="RetellUtterance")


@_attrs_define
class RetellUtterance:
    """
    Attributes:
        content (str): The words; at most 20,000 characters
        role (str): `agent` (the AI: the virtual agent) or `user` (the caller); `transfer_target` utterances are left
            out
        words (list[RetellWord]): Timed words: the utterance runs from the first start to the last end; one without
            timed words is left out
    """

    content: str
    role: str
    words: list[RetellWord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.retell_word import RetellWord  # noqa: PLC0415

        content = self.content

        role = self.role

        words = []
        for words_item_data in self.words:
            words_item = words_item_data.to_dict()
            words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
                "words": words,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retell_word import RetellWord  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        role = d.pop("role")

        words = []
        _words = d.pop("words")
        for words_item_data in _words:
            words_item = RetellWord.from_dict(words_item_data)

            words.append(words_item)

        retell_utterance = cls(
            content=content,
            role=role,
            words=words,
        )

        retell_utterance.additional_properties = d
        return retell_utterance

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
