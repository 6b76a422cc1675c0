from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.receive_webhook_provider import ReceiveWebhookProvider
from typing import cast


def _get_kwargs(
    provider: ReceiveWebhookProvider,
    tenant_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/{provider}/{tenant_slug}".format(
            provider=quote(str(provider), safe=""),
            tenant_slug=quote(str(tenant_slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: ReceiveWebhookProvider,
    tenant_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Receive Webhook

     A provider's status or event webhook, verified by its signature. Answered 200 once recorded
    (or when its event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        provider (ReceiveWebhookProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        tenant_slug=tenant_slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: ReceiveWebhookProvider,
    tenant_slug: str,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Receive Webhook

     A provider's status or event webhook, verified by its signature. Answered 200 once recorded
    (or when its event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        provider (ReceiveWebhookProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        provider=provider,
        tenant_slug=tenant_slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: ReceiveWebhookProvider,
    tenant_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Receive Webhook

     A provider's status or event webhook, verified by its signature. Answered 200 once recorded
    (or when its event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        provider (ReceiveWebhookProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        tenant_slug=tenant_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: ReceiveWebhookProvider,
    tenant_slug: str,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Receive Webhook

     A provider's status or event webhook, verified by its signature. Answered 200 once recorded
    (or when its event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        provider (ReceiveWebhookProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            provider=provider,
            tenant_slug=tenant_slug,
            client=client,
        )
    ).parsed
