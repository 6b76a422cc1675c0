from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recording_stop_create import RecordingStopCreate
from ...models.recording_stop_read import RecordingStopRead
from typing import cast
from uuid import UUID


def _get_kwargs(
    call_id: UUID,
    *,
    body: RecordingStopCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calls/{call_id}/recording-stops".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecordingStopRead | None:
    if response.status_code == 201:
        response_201 = RecordingStopRead.from_dict(response.json())

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
) -> Response[Problem | RecordingStopRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RecordingStopCreate,
) -> Response[Problem | RecordingStopRead]:
    """Record Recording Stop

     Report what the telephony provider answered when asked to stop the call's recording (the
    gateway does, after `recording.must_stop`): shown on the decision stream, published as an event.

    Args:
        call_id (UUID):
        body (RecordingStopCreate): What a telephony provider answered when asked to stop the
            call's recording (the gateway
            reports it after `recording.must_stop`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordingStopRead]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RecordingStopCreate,
) -> Problem | RecordingStopRead | None:
    """Record Recording Stop

     Report what the telephony provider answered when asked to stop the call's recording (the
    gateway does, after `recording.must_stop`): shown on the decision stream, published as an event.

    Args:
        call_id (UUID):
        body (RecordingStopCreate): What a telephony provider answered when asked to stop the
            call's recording (the gateway
            reports it after `recording.must_stop`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordingStopRead
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RecordingStopCreate,
) -> Response[Problem | RecordingStopRead]:
    """Record Recording Stop

     Report what the telephony provider answered when asked to stop the call's recording (the
    gateway does, after `recording.must_stop`): shown on the decision stream, published as an event.

    Args:
        call_id (UUID):
        body (RecordingStopCreate): What a telephony provider answered when asked to stop the
            call's recording (the gateway
            reports it after `recording.must_stop`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordingStopRead]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RecordingStopCreate,
) -> Problem | RecordingStopRead | None:
    """Record Recording Stop

     Report what the telephony provider answered when asked to stop the call's recording (the
    gateway does, after `recording.must_stop`): shown on the decision stream, published as an event.

    Args:
        call_id (UUID):
        body (RecordingStopCreate): What a telephony provider answered when asked to stop the
            call's recording (the gateway
            reports it after `recording.must_stop`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordingStopRead
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
