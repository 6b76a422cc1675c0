from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ivr_settings_mode import IvrSettingsMode
from ..models.ivr_settings_purposes_item import IvrSettingsPurposesItem
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.ivr_settings_country_languages import IvrSettingsCountryLanguages
    from ..models.ivr_settings_prompt import IvrSettingsPrompt


T = TypeVar("T", bound="IvrSettings")


@_attrs_define
class IvrSettings:
    """
    Attributes:
        allow_digit (str | Unset):  Default: '1'.
        country_languages (IvrSettingsCountryLanguages | Unset): The caller's language by the country of their number
        decline_digit (str | Unset):  Default: '2'.
        default_language (str | Unset):  Default: 'en'.
        gather_timeout_seconds (int | Unset):  Default: 8.
        mode (IvrSettingsMode | Unset): gather: the caller presses a digit; stay_on_line: the announcement plays and the
            call proceeds after the consent settings' stay-on-line delay Default: IvrSettingsMode.GATHER.
        prompt (IvrSettingsPrompt | Unset): What the caller is asked, by language (BCP 47); the default language's is
            used when the caller's is missing
        purposes (list[IvrSettingsPurposesItem] | Unset): What a key press allows or declines
    """

    allow_digit: str | Unset = "1"
    country_languages: IvrSettingsCountryLanguages | Unset = UNSET
    decline_digit: str | Unset = "2"
    default_language: str | Unset = "en"
    gather_timeout_seconds: int | Unset = 8
    mode: IvrSettingsMode | Unset = IvrSettingsMode.GATHER
    prompt: IvrSettingsPrompt | Unset = UNSET
    purposes: list[IvrSettingsPurposesItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.ivr_settings_country_languages import IvrSettingsCountryLanguages  # noqa: PLC0415
        from ..models.ivr_settings_prompt import IvrSettingsPrompt  # noqa: PLC0415

        allow_digit = self.allow_digit

        country_languages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_languages, Unset):
            country_languages = self.country_languages.to_dict()

        decline_digit = self.decline_digit

        default_language = self.default_language

        gather_timeout_seconds = self.gather_timeout_seconds

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item = purposes_item_data.value
                purposes.append(purposes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_digit is not UNSET:
            field_dict["allow_digit"] = allow_digit
        if country_languages is not UNSET:
            field_dict["country_languages"] = country_languages
        if decline_digit is not UNSET:
            field_dict["decline_digit"] = decline_digit
        if default_language is not UNSET:
            field_dict["default_language"] = default_language
        if gather_timeout_seconds is not UNSET:
            field_dict["gather_timeout_seconds"] = gather_timeout_seconds
        if mode is not UNSET:
            field_dict["mode"] = mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if purposes is not UNSET:
            field_dict["purposes"] = purposes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ivr_settings_country_languages import IvrSettingsCountryLanguages  # noqa: PLC0415
        from ..models.ivr_settings_prompt import IvrSettingsPrompt  # noqa: PLC0415

        d = dict(src_dict)
        allow_digit = d.pop("allow_digit", UNSET)

        _country_languages = d.pop("country_languages", UNSET)
        country_languages: IvrSettingsCountryLanguages | Unset
        if isinstance(_country_languages, Unset):
            country_languages = UNSET
        else:
            country_languages = IvrSettingsCountryLanguages.from_dict(
                _country_languages
            )

        decline_digit = d.pop("decline_digit", UNSET)

        default_language = d.pop("default_language", UNSET)

        gather_timeout_seconds = d.pop("gather_timeout_seconds", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: IvrSettingsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = IvrSettingsMode(_mode)

        _prompt = d.pop("prompt", UNSET)
        prompt: IvrSettingsPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = IvrSettingsPrompt.from_dict(_prompt)

        _purposes = d.pop("purposes", UNSET)
        purposes: list[IvrSettingsPurposesItem] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:
                purposes_item = IvrSettingsPurposesItem(purposes_item_data)

                purposes.append(purposes_item)

        ivr_settings = cls(
            allow_digit=allow_digit,
            country_languages=country_languages,
            decline_digit=decline_digit,
            default_language=default_language,
            gather_timeout_seconds=gather_timeout_seconds,
            mode=mode,
            prompt=prompt,
            purposes=purposes,
        )

        return ivr_settings
