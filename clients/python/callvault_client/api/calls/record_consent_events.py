from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.event_batch import EventBatch
from ...models.event_create import EventCreate
from ...models.events_recorded import EventsRecorded
from ...models.problem import Problem
from typing import cast
from uuid import UUID


def _get_kwargs(
    call_id: UUID,
    *,
    body: EventBatch | EventCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calls/{call_id}/events".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    if isinstance(body, EventCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventsRecorded | Problem | None:
    if response.status_code == 200:
        response_200 = EventsRecorded.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[EventsRecorded | Problem]:
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
    body: EventBatch | EventCreate,
) -> Response[EventsRecorded | Problem]:
    """Record Consent Events

     Record one event, or a batch (`{"events": [...]}`) applied in order and atomically. An event
    whose `source_event_id` was seen before is answered as the first time and not stored again.

    Args:
        call_id (UUID):
        body (EventBatch | EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventsRecorded | Problem]
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
    body: EventBatch | EventCreate,
) -> EventsRecorded | Problem | None:
    """Record Consent Events

     Record one event, or a batch (`{"events": [...]}`) applied in order and atomically. An event
    whose `source_event_id` was seen before is answered as the first time and not stored again.

    Args:
        call_id (UUID):
        body (EventBatch | EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventsRecorded | Problem
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
    body: EventBatch | EventCreate,
) -> Response[EventsRecorded | Problem]:
    """Record Consent Events

     Record one event, or a batch (`{"events": [...]}`) applied in order and atomically. An event
    whose `source_event_id` was seen before is answered as the first time and not stored again.

    Args:
        call_id (UUID):
        body (EventBatch | EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventsRecorded | Problem]
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
    body: EventBatch | EventCreate,
) -> EventsRecorded | Problem | None:
    """Record Consent Events

     Record one event, or a batch (`{"events": [...]}`) applied in order and atomically. An event
    whose `source_event_id` was seen before is answered as the first time and not stored again.

    Args:
        call_id (UUID):
        body (EventBatch | EventCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventsRecorded | Problem
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
