from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.call_list import CallList
from ...models.problem import Problem
from ...models.recording_state import RecordingState
from ...types import UNSET, Unset
from typing import cast
import datetime


def _get_kwargs(
    *,
    provider: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    recording_state: None | RecordingState | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    may_record: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: None | str | Unset
    if isinstance(provider, Unset):
        json_provider = UNSET
    else:
        json_provider = provider
    params["provider"] = json_provider

    json_external_id: None | str | Unset
    if isinstance(external_id, Unset):
        json_external_id = UNSET
    else:
        json_external_id = external_id
    params["external_id"] = json_external_id

    json_phone_number: None | str | Unset
    if isinstance(phone_number, Unset):
        json_phone_number = UNSET
    else:
        json_phone_number = phone_number
    params["phone_number"] = json_phone_number

    json_recording_state: None | str | Unset
    if isinstance(recording_state, Unset):
        json_recording_state = UNSET
    elif isinstance(recording_state, RecordingState):
        json_recording_state = recording_state.value
    else:
        json_recording_state = recording_state
    params["recording_state"] = json_recording_state

    json_started_after: None | str | Unset
    if isinstance(started_after, Unset):
        json_started_after = UNSET
    elif isinstance(started_after, datetime.datetime):
        json_started_after = started_after.isoformat()
    else:
        json_started_after = started_after
    params["started_after"] = json_started_after

    json_started_before: None | str | Unset
    if isinstance(started_before, Unset):
        json_started_before = UNSET
    elif isinstance(started_before, datetime.datetime):
        json_started_before = started_before.isoformat()
    else:
        json_started_before = started_before
    params["started_before"] = json_started_before

    json_may_record: bool | None | Unset
    if isinstance(may_record, Unset):
        json_may_record = UNSET
    else:
        json_may_record = may_record
    params["may_record"] = json_may_record

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallList | Problem | None:
    if response.status_code == 200:
        response_200 = CallList.from_dict(response.json())

        return response_200

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
) -> Response[CallList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    provider: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    recording_state: None | RecordingState | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    may_record: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[CallList | Problem]:
    """List Calls

     List calls, newest first, a page at a time (`next_cursor` fetches the next page).

    Args:
        provider (None | str | Unset):
        external_id (None | str | Unset):
        phone_number (None | str | Unset): A participant's number: matched through its blind
            index, never stored or shown
        recording_state (None | RecordingState | Unset):
        started_after (datetime.datetime | None | Unset):
        started_before (datetime.datetime | None | Unset):
        may_record (bool | None | Unset): Calls whose current decision allows (or refuses)
            recording
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallList | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        external_id=external_id,
        phone_number=phone_number,
        recording_state=recording_state,
        started_after=started_after,
        started_before=started_before,
        may_record=may_record,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    provider: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    recording_state: None | RecordingState | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    may_record: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> CallList | Problem | None:
    """List Calls

     List calls, newest first, a page at a time (`next_cursor` fetches the next page).

    Args:
        provider (None | str | Unset):
        external_id (None | str | Unset):
        phone_number (None | str | Unset): A participant's number: matched through its blind
            index, never stored or shown
        recording_state (None | RecordingState | Unset):
        started_after (datetime.datetime | None | Unset):
        started_before (datetime.datetime | None | Unset):
        may_record (bool | None | Unset): Calls whose current decision allows (or refuses)
            recording
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallList | Problem
    """

    return sync_detailed(
        client=client,
        provider=provider,
        external_id=external_id,
        phone_number=phone_number,
        recording_state=recording_state,
        started_after=started_after,
        started_before=started_before,
        may_record=may_record,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    provider: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    recording_state: None | RecordingState | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    may_record: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[CallList | Problem]:
    """List Calls

     List calls, newest first, a page at a time (`next_cursor` fetches the next page).

    Args:
        provider (None | str | Unset):
        external_id (None | str | Unset):
        phone_number (None | str | Unset): A participant's number: matched through its blind
            index, never stored or shown
        recording_state (None | RecordingState | Unset):
        started_after (datetime.datetime | None | Unset):
        started_before (datetime.datetime | None | Unset):
        may_record (bool | None | Unset): Calls whose current decision allows (or refuses)
            recording
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallList | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        external_id=external_id,
        phone_number=phone_number,
        recording_state=recording_state,
        started_after=started_after,
        started_before=started_before,
        may_record=may_record,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    provider: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    recording_state: None | RecordingState | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    may_record: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> CallList | Problem | None:
    """List Calls

     List calls, newest first, a page at a time (`next_cursor` fetches the next page).

    Args:
        provider (None | str | Unset):
        external_id (None | str | Unset):
        phone_number (None | str | Unset): A participant's number: matched through its blind
            index, never stored or shown
        recording_state (None | RecordingState | Unset):
        started_after (datetime.datetime | None | Unset):
        started_before (datetime.datetime | None | Unset):
        may_record (bool | None | Unset): Calls whose current decision allows (or refuses)
            recording
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
            external_id=external_id,
            phone_number=phone_number,
            recording_state=recording_state,
            started_after=started_after,
            started_before=started_before,
            may_record=may_record,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
