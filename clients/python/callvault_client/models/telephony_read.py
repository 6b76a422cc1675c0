from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.telephony_read_provider import TelephonyReadProvider
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.announcement_played import AnnouncementPlayed
    from ..models.telephony_read_settings import TelephonyReadSettings


T = TypeVar("T", bound="TelephonyRead")


@_attrs_define
class TelephonyRead:
    """
    Attributes:
        provider (TelephonyReadProvider):
        secrets_set (list[str]): Which secrets are stored (never shown again)
        settings (TelephonyReadSettings): The configuration without its secrets
        webhook_url (str): Point the provider's webhooks here
        announcement (AnnouncementPlayed | None | Unset): What the consent IVR plays to a caller in its default
            language, recorded as the notice (IVR providers)
        continue_url (None | str | Unset): Where the IVR goes on after the stay-on-line wait
        gather_url (None | str | Unset): Where the IVR's key press goes (named in its own markup; listed so a firewall
            or a proxy can let it through)
        voice_url (None | str | Unset): The consent IVR's entry point (Twilio voice URL, TeXML application URL, Vonage
            answer URL)
    """

    provider: TelephonyReadProvider
    secrets_set: list[str]
    settings: TelephonyReadSettings
    webhook_url: str
    announcement: AnnouncementPlayed | None | Unset = UNSET
    continue_url: None | str | Unset = UNSET
    gather_url: None | str | Unset = UNSET
    voice_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.announcement_played import AnnouncementPlayed  # noqa: PLC0415
        from ..models.telephony_read_settings import TelephonyReadSettings  # noqa: PLC0415

        provider = self.provider.value

        secrets_set = self.secrets_set

        settings = self.settings.to_dict()

        webhook_url = self.webhook_url

        announcement: dict[str, Any] | None | Unset
        if isinstance(self.announcement, Unset):
            announcement = UNSET
        elif isinstance(self.announcement, AnnouncementPlayed):
            announcement = self.announcement.to_dict()
        else:
            announcement = self.announcement

        continue_url: None | str | Unset
        if isinstance(self.continue_url, Unset):
            continue_url = UNSET
        else:
            continue_url = self.continue_url

        gather_url: None | str | Unset
        if isinstance(self.gather_url, Unset):
            gather_url = UNSET
        else:
            gather_url = self.gather_url

        voice_url: None | str | Unset
        if isinstance(self.voice_url, Unset):
            voice_url = UNSET
        else:
            voice_url = self.voice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "secrets_set": secrets_set,
                "settings": settings,
                "webhook_url": webhook_url,
            }
        )
        if announcement is not UNSET:
            field_dict["announcement"] = announcement
        if continue_url is not UNSET:
            field_dict["continue_url"] = continue_url
        if gather_url is not UNSET:
            field_dict["gather_url"] = gather_url
        if voice_url is not UNSET:
            field_dict["voice_url"] = voice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.announcement_played import AnnouncementPlayed  # noqa: PLC0415
        from ..models.telephony_read_settings import TelephonyReadSettings  # noqa: PLC0415

        d = dict(src_dict)
        provider = TelephonyReadProvider(d.pop("provider"))

        secrets_set = cast(list[str], d.pop("secrets_set"))

        settings = TelephonyReadSettings.from_dict(d.pop("settings"))

        webhook_url = d.pop("webhook_url")

        def _parse_announcement(data: object) -> AnnouncementPlayed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                announcement_type_0 = AnnouncementPlayed.from_dict(data)

                return announcement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnnouncementPlayed | None | Unset, data)

        announcement = _parse_announcement(d.pop("announcement", UNSET))

        def _parse_continue_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continue_url = _parse_continue_url(d.pop("continue_url", UNSET))

        def _parse_gather_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gather_url = _parse_gather_url(d.pop("gather_url", UNSET))

        def _parse_voice_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_url = _parse_voice_url(d.pop("voice_url", UNSET))

        telephony_read = cls(
            provider=provider,
            secrets_set=secrets_set,
            settings=settings,
            webhook_url=webhook_url,
            announcement=announcement,
            continue_url=continue_url,
            gather_url=gather_url,
            voice_url=voice_url,
        )

        telephony_read.additional_properties = d
        return telephony_read

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
