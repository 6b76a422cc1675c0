from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from typing import cast
from uuid import UUID


def _get_kwargs(
    transcript_id: UUID,
    *,
    reason: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reason"] = reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/transcripts/{transcript_id}".format(
            transcript_id=quote(str(transcript_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    reason: str,
) -> Response[Any | Problem]:
    """Delete Transcript

     Delete a transcript: its data key is destroyed (crypto-shredding), then its objects.

    Args:
        transcript_id (UUID):
        reason (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        transcript_id=transcript_id,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    reason: str,
) -> Any | Problem | None:
    """Delete Transcript

     Delete a transcript: its data key is destroyed (crypto-shredding), then its objects.

    Args:
        transcript_id (UUID):
        reason (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        transcript_id=transcript_id,
        client=client,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    reason: str,
) -> Response[Any | Problem]:
    """Delete Transcript

     Delete a transcript: its data key is destroyed (crypto-shredding), then its objects.

    Args:
        transcript_id (UUID):
        reason (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        transcript_id=transcript_id,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    reason: str,
) -> Any | Problem | None:
    """Delete Transcript

     Delete a transcript: its data key is destroyed (crypto-shredding), then its objects.

    Args:
        transcript_id (UUID):
        reason (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            transcript_id=transcript_id,
            client=client,
            reason=reason,
        )
    ).parsed
