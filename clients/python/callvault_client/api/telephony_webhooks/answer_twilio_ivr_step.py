from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.answer_twilio_ivr_step_step import AnswerTwilioIvrStepStep
from ...models.problem import Problem
from ...models.twilio_callback import TwilioCallback
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    tenant_slug: str,
    step: AnswerTwilioIvrStepStep,
    *,
    body: TwilioCallback,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    x_twilio_signature: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Twilio-Signature"] = x_twilio_signature

    params: dict[str, Any] = {}

    params["v"] = v

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/twilio/{tenant_slug}/{step}".format(
            tenant_slug=quote(str(tenant_slug), safe=""),
            step=quote(str(step), safe=""),
        ),
        "params": params,
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | None:
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
) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_slug: str,
    step: AnswerTwilioIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    x_twilio_signature: str,
) -> Response[Problem]:
    """Answer Twilio Ivr Step

     The consent IVR on twilio: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerTwilioIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        tenant_slug=tenant_slug,
        step=step,
        body=body,
        v=v,
        lang=lang,
        x_twilio_signature=x_twilio_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_slug: str,
    step: AnswerTwilioIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    x_twilio_signature: str,
) -> Problem | None:
    """Answer Twilio Ivr Step

     The consent IVR on twilio: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerTwilioIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        tenant_slug=tenant_slug,
        step=step,
        client=client,
        body=body,
        v=v,
        lang=lang,
        x_twilio_signature=x_twilio_signature,
    ).parsed


async def asyncio_detailed(
    tenant_slug: str,
    step: AnswerTwilioIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    x_twilio_signature: str,
) -> Response[Problem]:
    """Answer Twilio Ivr Step

     The consent IVR on twilio: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerTwilioIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        tenant_slug=tenant_slug,
        step=step,
        body=body,
        v=v,
        lang=lang,
        x_twilio_signature=x_twilio_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_slug: str,
    step: AnswerTwilioIvrStepStep,
    *,
    client: AuthenticatedClient | Client,
    body: TwilioCallback,
    v: str | Unset = UNSET,
    lang: str | Unset = UNSET,
    x_twilio_signature: str,
) -> Problem | None:
    """Answer Twilio Ivr Step

     The consent IVR on twilio: `voice` is where the provider sends a new call; `gather` (the key press)
    and `continue` (after the stay-on-line wait) are the IVR's own callbacks, named in its markup. Each
    answers with the next markup.

    Args:
        tenant_slug (str): Lowercase letters, digits and dashes; part of webhook URLs
        step (AnswerTwilioIvrStepStep):
        v (str | Unset):
        lang (str | Unset):
        x_twilio_signature (str):
        body (TwilioCallback): A Twilio voice webhook, status callback or recording status
            callback (a form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            tenant_slug=tenant_slug,
            step=step,
            client=client,
            body=body,
            v=v,
            lang=lang,
            x_twilio_signature=x_twilio_signature,
        )
    ).parsed
