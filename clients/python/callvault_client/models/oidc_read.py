from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.oidc_read_role_map import OidcReadRoleMap


T = TypeVar("T", bound="OidcRead")


@_attrs_define
class OidcRead:
    """
    Attributes:
        audience (str): The `aud` its tokens carry for callvault
        issuer (str): The `iss` of its tokens, exactly
        jwks_url (str): Where its signing keys are published (JWKS)
        role_map (OidcReadRoleMap): Claim value -> callvault role; values not listed give no role
        updated_at (datetime.datetime):
        client_secret_set (bool | Unset): Whether a client secret is stored (it is never shown) Default: False.
        roles_claim (str | Unset): The claim that holds the user's groups or roles (a string or a list) Default:
            'roles'.
    """

    audience: str
    issuer: str
    jwks_url: str
    role_map: OidcReadRoleMap
    updated_at: datetime.datetime
    client_secret_set: bool | Unset = False
    roles_claim: str | Unset = "roles"

    def to_dict(self) -> dict[str, Any]:
        from ..models.oidc_read_role_map import OidcReadRoleMap  # noqa: PLC0415

        audience = self.audience

        issuer = self.issuer

        jwks_url = self.jwks_url

        role_map = self.role_map.to_dict()

        updated_at = self.updated_at.isoformat()

        client_secret_set = self.client_secret_set

        roles_claim = self.roles_claim

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audience": audience,
                "issuer": issuer,
                "jwks_url": jwks_url,
                "role_map": role_map,
                "updated_at": updated_at,
            }
        )
        if client_secret_set is not UNSET:
            field_dict["client_secret_set"] = client_secret_set
        if roles_claim is not UNSET:
            field_dict["roles_claim"] = roles_claim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oidc_read_role_map import OidcReadRoleMap  # noqa: PLC0415

        d = dict(src_dict)
        audience = d.pop("audience")

        issuer = d.pop("issuer")

        jwks_url = d.pop("jwks_url")

        role_map = OidcReadRoleMap.from_dict(d.pop("role_map"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        client_secret_set = d.pop("client_secret_set", UNSET)

        roles_claim = d.pop("roles_claim", UNSET)

        oidc_read = cls(
            audience=audience,
            issuer=issuer,
            jwks_url=jwks_url,
            role_map=role_map,
            updated_at=updated_at,
            client_secret_set=client_secret_set,
            roles_claim=roles_claim,
        )

        return oidc_read
