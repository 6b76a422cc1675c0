from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.twilio_callback import TwilioCallback
from ...models.webhook_acknowledged import WebhookAcknowledged
from typing import cast


def _get_kwargs(
    tenant_slug: str,
    *,
    body: TwilioCallback,
    x_twilio_signature: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Twilio-Signature"] = x_twilio_signature

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/twilio/{tenant_slug}".format(
            tenant_slug=quote(str(tenant_slug), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookAcknowledged | None:
    if response.status_code == 200:
        response_200 = WebhookAcknowledged.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | WebhookAcknowledged]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    x_twilio_signature: str,
) -> Response[Problem | WebhookAcknowledged]:
    """Receive Twilio Webhook

     A twilio status or event webhook, verified by its signature. Answered 200 once stored (or when its
    event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookAcknowledged]
    """

    kwargs = _get_kwargs(
        tenant_slug=tenant_slug,
        body=body,
        x_twilio_signature=x_twilio_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    x_twilio_signature: str,
) -> Problem | WebhookAcknowledged | None:
    """Receive Twilio Webhook

     A twilio status or event webhook, verified by its signature. Answered 200 once stored (or when its
    event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookAcknowledged
    """

    return sync_detailed(
        tenant_slug=tenant_slug,
        client=client,
        body=body,
        x_twilio_signature=x_twilio_signature,
    ).parsed


async def asyncio_detailed(
    tenant_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    x_twilio_signature: str,
) -> Response[Problem | WebhookAcknowledged]:
    """Receive Twilio Webhook

     A twilio status or event webhook, verified by its signature. Answered 200 once stored (or when its
    event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookAcknowledged]
    """

    kwargs = _get_kwargs(
        tenant_slug=tenant_slug,
        body=body,
        x_twilio_signature=x_twilio_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_slug: str,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    x_twilio_signature: str,
) -> Problem | WebhookAcknowledged | None:
    """Receive Twilio Webhook

     A twilio status or event webhook, verified by its signature. Answered 200 once stored (or when its
    event type is not one callvault uses); a repeat gets the first answer again.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookAcknowledged
    """

    return (
        await asyncio_detailed(
            tenant_slug=tenant_slug,
            client=client,
            body=body,
            x_twilio_signature=x_twilio_signature,
        )
    ).parsed
