from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.answer_vonage_ivr_step_response_200_item import (
    AnswerVonageIvrStepResponse200Item,
)
from ...models.answer_vonage_ivr_step_step import AnswerVonageIvrStepStep
from ...models.problem import Problem
from ...models.vonage_event import VonageEvent
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    tenant_slug: str,
    step: AnswerVonageIvrStepStep,
    *,
    body: VonageEvent,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    authorization: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Authorization"] = authorization

    params: dict[str, Any] = {}

    params["v"] = v

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/vonage/{tenant_slug}/{step}".format(
            tenant_slug=quote(str(tenant_slug), safe=""),
            step=quote(str(step), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[AnswerVonageIvrStepResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AnswerVonageIvrStepResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[Problem | list[AnswerVonageIvrStepResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_slug: str,
    step: AnswerVonageIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: VonageEvent,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    authorization: str,
) -> Response[Problem | list[AnswerVonageIvrStepResponse200Item]]:
    """Answer Vonage Ivr Step

     The consent IVR on vonage: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerVonageIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        authorization (str):
        body (VonageEvent): A Vonage event webhook (answer URL and input callbacks are shaped
            alike).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AnswerVonageIvrStepResponse200Item]]
    """

    kwargs = _get_kwargs(
        tenant_slug=tenant_slug,
        step=step,
        body=body,
        v=v,
        lang=lang,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_slug: str,
    step: AnswerVonageIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: VonageEvent,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    authorization: str,
) -> Problem | list[AnswerVonageIvrStepResponse200Item] | None:
    """Answer Vonage Ivr Step

     The consent IVR on vonage: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerVonageIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        authorization (str):
        body (VonageEvent): A Vonage event webhook (answer URL and input callbacks are shaped
            alike).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AnswerVonageIvrStepResponse200Item]
    """

    return sync_detailed(
        tenant_slug=tenant_slug,
        step=step,
        client=client,
        body=body,
        v=v,
        lang=lang,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    tenant_slug: str,
    step: AnswerVonageIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: VonageEvent,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    authorization: str,
) -> Response[Problem | list[AnswerVonageIvrStepResponse200Item]]:
    """Answer Vonage Ivr Step

     The consent IVR on vonage: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerVonageIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        authorization (str):
        body (VonageEvent): A Vonage event webhook (answer URL and input callbacks are shaped
            alike).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AnswerVonageIvrStepResponse200Item]]
    """

    kwargs = _get_kwargs(
        tenant_slug=tenant_slug,
        step=step,
        body=body,
        v=v,
        lang=lang,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_slug: str,
    step: AnswerVonageIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: VonageEvent,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    authorization: str,
) -> Problem | list[AnswerVonageIvrStepResponse200Item] | None:
    """Answer Vonage Ivr Step

     The consent IVR on vonage: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerVonageIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        authorization (str):
        body (VonageEvent): A Vonage event webhook (answer URL and input callbacks are shaped
            alike).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AnswerVonageIvrStepResponse200Item]
    """

    return (
        await asyncio_detailed(
            tenant_slug=tenant_slug,
            step=step,
            client=client,
            body=body,
            v=v,
            lang=lang,
            authorization=authorization,
        )
    ).parsed
