from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.oidc_settings_role_map import OidcSettingsRoleMap


T = TypeVar("T", bound="OidcSettings")


@_attrs_define
class OidcSettings:
    """Sign-in through the tenant's own identity provider: its tokens are accepted as credentials.

    Attributes:
        audience (str): The `aud` its tokens carry for callvault
        issuer (str): The `iss` of its tokens, exactly
        jwks_url (str): Where its signing keys are published (JWKS)
        role_map (OidcSettingsRoleMap): Claim value -> callvault role; values not listed give no role
        client_secret (None | str | Unset): For a provider that wants the console to be a confidential client: its
            client secret, sent at the token endpoint as HTTP Basic (`client_secret_basic`, OpenID Connect Core 9). Write-
            only: never shown again (`client_secret_set` says whether one is stored); left out, the stored one is kept; `""`
            removes it.
        roles_claim (str | Unset): The claim that holds the user's groups or roles (a string or a list) Default:
            'roles'.
    """

    audience: str
    issuer: str
    jwks_url: str
    role_map: OidcSettingsRoleMap
    client_secret: None | str | Unset = UNSET
    roles_claim: str | Unset = "roles"

    def to_dict(self) -> dict[str, Any]:
        from ..models.oidc_settings_role_map import OidcSettingsRoleMap  # noqa: PLC0415

        audience = self.audience

        issuer = self.issuer

        jwks_url = self.jwks_url

        role_map = self.role_map.to_dict()

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        roles_claim = self.roles_claim

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audience": audience,
                "issuer": issuer,
                "jwks_url": jwks_url,
                "role_map": role_map,
            }
        )
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if roles_claim is not UNSET:
            field_dict["roles_claim"] = roles_claim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oidc_settings_role_map import OidcSettingsRoleMap  # noqa: PLC0415

        d = dict(src_dict)
        audience = d.pop("audience")

        issuer = d.pop("issuer")

        jwks_url = d.pop("jwks_url")

        role_map = OidcSettingsRoleMap.from_dict(d.pop("role_map"))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        roles_claim = d.pop("roles_claim", UNSET)

        oidc_settings = cls(
            audience=audience,
            issuer=issuer,
            jwks_url=jwks_url,
            role_map=role_map,
            client_secret=client_secret,
            roles_claim=roles_claim,
        )

        return oidc_settings
