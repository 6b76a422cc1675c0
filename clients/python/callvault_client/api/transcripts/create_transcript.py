from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.transcript_create import TranscriptCreate
from ...models.transcript_stored import TranscriptStored
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    body: TranscriptCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/transcripts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TranscriptStored | None:
    if response.status_code == 201:
        response_201 = TranscriptStored.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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
) -> Response[Problem | TranscriptStored]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TranscriptCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | TranscriptStored]:
    """Create Transcript

     Store a transcript, encrypted, once the consent service confirms transcription consent for every
    segment (or, by tenant setting, without the segments that lack it). A repeated `Idempotency-Key`
    returns the first answer, marked `Idempotent-Replayed: true`. A call a privacy request erased takes
    no
    transcript (410 `call-erased`).

    Args:
        idempotency_key (None | str | Unset):
        body (TranscriptCreate): A transcript as the speech recognition engine wrote it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TranscriptStored]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TranscriptCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | TranscriptStored | None:
    """Create Transcript

     Store a transcript, encrypted, once the consent service confirms transcription consent for every
    segment (or, by tenant setting, without the segments that lack it). A repeated `Idempotency-Key`
    returns the first answer, marked `Idempotent-Replayed: true`. A call a privacy request erased takes
    no
    transcript (410 `call-erased`).

    Args:
        idempotency_key (None | str | Unset):
        body (TranscriptCreate): A transcript as the speech recognition engine wrote it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TranscriptStored
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TranscriptCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | TranscriptStored]:
    """Create Transcript

     Store a transcript, encrypted, once the consent service confirms transcription consent for every
    segment (or, by tenant setting, without the segments that lack it). A repeated `Idempotency-Key`
    returns the first answer, marked `Idempotent-Replayed: true`. A call a privacy request erased takes
    no
    transcript (410 `call-erased`).

    Args:
        idempotency_key (None | str | Unset):
        body (TranscriptCreate): A transcript as the speech recognition engine wrote it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TranscriptStored]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TranscriptCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | TranscriptStored | None:
    """Create Transcript

     Store a transcript, encrypted, once the consent service confirms transcription consent for every
    segment (or, by tenant setting, without the segments that lack it). A repeated `Idempotency-Key`
    returns the first answer, marked `Idempotent-Replayed: true`. A call a privacy request erased takes
    no
    transcript (410 `call-erased`).

    Args:
        idempotency_key (None | str | Unset):
        body (TranscriptCreate): A transcript as the speech recognition engine wrote it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TranscriptStored
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
