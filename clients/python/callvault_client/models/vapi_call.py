from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.vapi_call_type import VapiCallType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.vapi_compliance import VapiCompliance
    from ..models.vapi_number import VapiNumber


T = TypeVar("T", bound="VapiCall")


@_attrs_define
class VapiCall:
    """
    Attributes:
        id (str):
        type_ (VapiCallType):
        compliance (None | Unset | VapiCompliance): The outcome of the assistant's `recordingConsentPlan`: a consent
            with `grantedAt` is recorded
        customer (None | Unset | VapiNumber): The caller (inbound) or the called (outbound)
        phone_number (None | Unset | VapiNumber): The tenant's Vapi number
    """

    id: str
    type_: VapiCallType
    compliance: None | Unset | VapiCompliance = UNSET
    customer: None | Unset | VapiNumber = UNSET
    phone_number: None | Unset | VapiNumber = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vapi_compliance import VapiCompliance  # noqa: PLC0415
        from ..models.vapi_number import VapiNumber  # noqa: PLC0415

        id = self.id

        type_ = self.type_.value

        compliance: dict[str, Any] | None | Unset
        if isinstance(self.compliance, Unset):
            compliance = UNSET
        elif isinstance(self.compliance, VapiCompliance):
            compliance = self.compliance.to_dict()
        else:
            compliance = self.compliance

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, VapiNumber):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        phone_number: dict[str, Any] | None | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        elif isinstance(self.phone_number, VapiNumber):
            phone_number = self.phone_number.to_dict()
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if compliance is not UNSET:
            field_dict["compliance"] = compliance
        if customer is not UNSET:
            field_dict["customer"] = customer
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vapi_compliance import VapiCompliance  # noqa: PLC0415
        from ..models.vapi_number import VapiNumber  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = VapiCallType(d.pop("type"))

        def _parse_compliance(data: object) -> None | Unset | VapiCompliance:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compliance_type_0 = VapiCompliance.from_dict(data)

                return compliance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VapiCompliance, data)

        compliance = _parse_compliance(d.pop("compliance", UNSET))

        def _parse_customer(data: object) -> None | Unset | VapiNumber:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = VapiNumber.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VapiNumber, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_phone_number(data: object) -> None | Unset | VapiNumber:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_number_type_0 = VapiNumber.from_dict(data)

                return phone_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VapiNumber, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        vapi_call = cls(
            id=id,
            type_=type_,
            compliance=compliance,
            customer=customer,
            phone_number=phone_number,
        )

        vapi_call.additional_properties = d
        return vapi_call

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
