from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.put_telephony_provider_provider import PutTelephonyProviderProvider
from ...models.put_telephony_provider_retell_config import (
    PutTelephonyProviderRetellConfig,
)
from ...models.put_telephony_provider_standard_config import (
    PutTelephonyProviderStandardConfig,
)
from ...models.put_telephony_provider_telnyx_config import (
    PutTelephonyProviderTelnyxConfig,
)
from ...models.put_telephony_provider_twilio_config import (
    PutTelephonyProviderTwilioConfig,
)
from ...models.put_telephony_provider_vapi_config import PutTelephonyProviderVapiConfig
from ...models.put_telephony_provider_vonage_config import (
    PutTelephonyProviderVonageConfig,
)
from ...models.telephony_read import TelephonyRead
from typing import cast


def _get_kwargs(
    provider: PutTelephonyProviderProvider,
    *,
    body: PutTelephonyProviderRetellConfig
    | PutTelephonyProviderStandardConfig
    | PutTelephonyProviderTelnyxConfig
    | PutTelephonyProviderTwilioConfig
    | PutTelephonyProviderVapiConfig
    | PutTelephonyProviderVonageConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/telephony/{provider}".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    if isinstance(body, PutTelephonyProviderTwilioConfig):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PutTelephonyProviderTelnyxConfig):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PutTelephonyProviderVonageConfig):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PutTelephonyProviderStandardConfig):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, PutTelephonyProviderRetellConfig):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TelephonyRead | None:
    if response.status_code == 200:
        response_200 = TelephonyRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TelephonyRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: PutTelephonyProviderProvider,
    *,
    client: AuthenticatedClient,
    body: PutTelephonyProviderRetellConfig
    | PutTelephonyProviderStandardConfig
    | PutTelephonyProviderTelnyxConfig
    | PutTelephonyProviderTwilioConfig
    | PutTelephonyProviderVapiConfig
    | PutTelephonyProviderVonageConfig,
) -> Response[Problem | TelephonyRead]:
    """Put Telephony Provider

     Configure a provider (TwilioConfig, TelnyxConfig, VonageConfig or StandardConfig, by the path):
    its webhooks are checked with these secrets, recordings stopped through its API. The answer says
    which URLs to give the provider and, for an IVR provider, which announcement its IVR plays.

    Args:
        provider (PutTelephonyProviderProvider):
        body (PutTelephonyProviderRetellConfig | PutTelephonyProviderStandardConfig |
            PutTelephonyProviderTelnyxConfig | PutTelephonyProviderTwilioConfig |
            PutTelephonyProviderVapiConfig | PutTelephonyProviderVonageConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TelephonyRead]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: PutTelephonyProviderProvider,
    *,
    client: AuthenticatedClient,
    body: PutTelephonyProviderRetellConfig
    | PutTelephonyProviderStandardConfig
    | PutTelephonyProviderTelnyxConfig
    | PutTelephonyProviderTwilioConfig
    | PutTelephonyProviderVapiConfig
    | PutTelephonyProviderVonageConfig,
) -> Problem | TelephonyRead | None:
    """Put Telephony Provider

     Configure a provider (TwilioConfig, TelnyxConfig, VonageConfig or StandardConfig, by the path):
    its webhooks are checked with these secrets, recordings stopped through its API. The answer says
    which URLs to give the provider and, for an IVR provider, which announcement its IVR plays.

    Args:
        provider (PutTelephonyProviderProvider):
        body (PutTelephonyProviderRetellConfig | PutTelephonyProviderStandardConfig |
            PutTelephonyProviderTelnyxConfig | PutTelephonyProviderTwilioConfig |
            PutTelephonyProviderVapiConfig | PutTelephonyProviderVonageConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TelephonyRead
    """

    return sync_detailed(
        provider=provider,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider: PutTelephonyProviderProvider,
    *,
    client: AuthenticatedClient,
    body: PutTelephonyProviderRetellConfig
    | PutTelephonyProviderStandardConfig
    | PutTelephonyProviderTelnyxConfig
    | PutTelephonyProviderTwilioConfig
    | PutTelephonyProviderVapiConfig
    | PutTelephonyProviderVonageConfig,
) -> Response[Problem | TelephonyRead]:
    """Put Telephony Provider

     Configure a provider (TwilioConfig, TelnyxConfig, VonageConfig or StandardConfig, by the path):
    its webhooks are checked with these secrets, recordings stopped through its API. The answer says
    which URLs to give the provider and, for an IVR provider, which announcement its IVR plays.

    Args:
        provider (PutTelephonyProviderProvider):
        body (PutTelephonyProviderRetellConfig | PutTelephonyProviderStandardConfig |
            PutTelephonyProviderTelnyxConfig | PutTelephonyProviderTwilioConfig |
            PutTelephonyProviderVapiConfig | PutTelephonyProviderVonageConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TelephonyRead]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: PutTelephonyProviderProvider,
    *,
    client: AuthenticatedClient,
    body: PutTelephonyProviderRetellConfig
    | PutTelephonyProviderStandardConfig
    | PutTelephonyProviderTelnyxConfig
    | PutTelephonyProviderTwilioConfig
    | PutTelephonyProviderVapiConfig
    | PutTelephonyProviderVonageConfig,
) -> Problem | TelephonyRead | None:
    """Put Telephony Provider

     Configure a provider (TwilioConfig, TelnyxConfig, VonageConfig or StandardConfig, by the path):
    its webhooks are checked with these secrets, recordings stopped through its API. The answer says
    which URLs to give the provider and, for an IVR provider, which announcement its IVR plays.

    Args:
        provider (PutTelephonyProviderProvider):
        body (PutTelephonyProviderRetellConfig | PutTelephonyProviderStandardConfig |
            PutTelephonyProviderTelnyxConfig | PutTelephonyProviderTwilioConfig |
            PutTelephonyProviderVapiConfig | PutTelephonyProviderVonageConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TelephonyRead
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
        )
    ).parsed
