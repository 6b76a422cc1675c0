from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.answer_ivr_step_provider import AnswerIvrStepProvider
from ...models.answer_ivr_step_step import AnswerIvrStepStep
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    provider: AnswerIvrStepProvider,
    tenant_slug: str,
    step: AnswerIvrStepStep,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/{provider}/{tenant_slug}/{step}".format(
            provider=quote(str(provider), safe=""),
            tenant_slug=quote(str(tenant_slug), safe=""),
            step=quote(str(step), safe=""),
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
    provider: AnswerIvrStepProvider,
    tenant_slug: str,
    step: AnswerIvrStepStep,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Answer Ivr Step

     The consent IVR: `voice` is where the provider sends a new call (TwiML, TeXML or NCCO back);
    `gather` and `continue` are the IVR's own callbacks.

    Args:
        provider (AnswerIvrStepProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerIvrStepStep):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        tenant_slug=tenant_slug,
        step=step,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: AnswerIvrStepProvider,
    tenant_slug: str,
    step: AnswerIvrStepStep,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Answer Ivr Step

     The consent IVR: `voice` is where the provider sends a new call (TwiML, TeXML or NCCO back);
    `gather` and `continue` are the IVR's own callbacks.

    Args:
        provider (AnswerIvrStepProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerIvrStepStep):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        provider=provider,
        tenant_slug=tenant_slug,
        step=step,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: AnswerIvrStepProvider,
    tenant_slug: str,
    step: AnswerIvrStepStep,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Answer Ivr Step

     The consent IVR: `voice` is where the provider sends a new call (TwiML, TeXML or NCCO back);
    `gather` and `continue` are the IVR's own callbacks.

    Args:
        provider (AnswerIvrStepProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerIvrStepStep):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        tenant_slug=tenant_slug,
        step=step,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: AnswerIvrStepProvider,
    tenant_slug: str,
    step: AnswerIvrStepStep,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Answer Ivr Step

     The consent IVR: `voice` is where the provider sends a new call (TwiML, TeXML or NCCO back);
    `gather` and `continue` are the IVR's own callbacks.

    Args:
        provider (AnswerIvrStepProvider):
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerIvrStepStep):

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
            step=step,
            client=client,
        )
    ).parsed
