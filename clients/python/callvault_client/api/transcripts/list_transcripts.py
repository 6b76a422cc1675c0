from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.transcript_list import TranscriptList
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


def _get_kwargs(
    *,
    call_id: None | Unset | UUID = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    email: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_call_id: None | str | Unset
    if isinstance(call_id, Unset):
        json_call_id = UNSET
    elif isinstance(call_id, UUID):
        json_call_id = str(call_id)
    else:
        json_call_id = call_id
    params["call_id"] = json_call_id

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_created_after: None | str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.datetime):
        json_created_after = created_after.isoformat()
    else:
        json_created_after = created_after
    params["created_after"] = json_created_after

    json_created_before: None | str | Unset
    if isinstance(created_before, Unset):
        json_created_before = UNSET
    elif isinstance(created_before, datetime.datetime):
        json_created_before = created_before.isoformat()
    else:
        json_created_before = created_before
    params["created_before"] = json_created_before

    json_phone_number: None | str | Unset
    if isinstance(phone_number, Unset):
        json_phone_number = UNSET
    else:
        json_phone_number = phone_number
    params["phone_number"] = json_phone_number

    json_email: None | str | Unset
    if isinstance(email, Unset):
        json_email = UNSET
    else:
        json_email = email
    params["email"] = json_email

    json_external_id: None | str | Unset
    if isinstance(external_id, Unset):
        json_external_id = UNSET
    else:
        json_external_id = external_id
    params["external_id"] = json_external_id

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
        "url": "/v1/transcripts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TranscriptList | None:
    if response.status_code == 200:
        response_200 = TranscriptList.from_dict(response.json())

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
) -> Response[Problem | TranscriptList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    call_id: None | Unset | UUID = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    email: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | TranscriptList]:
    """List Transcripts

     List transcripts, newest first, a page at a time; find them by call, tag, time, or subject (phone
    number, email or external id, through the blind index). Agents see only calls they were on.

    Args:
        call_id (None | Unset | UUID):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        phone_number (None | str | Unset): Any common format; matched by blind index
        email (None | str | Unset):
        external_id (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TranscriptList]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        tag=tag,
        created_after=created_after,
        created_before=created_before,
        phone_number=phone_number,
        email=email,
        external_id=external_id,
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
    call_id: None | Unset | UUID = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    email: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Problem | TranscriptList | None:
    """List Transcripts

     List transcripts, newest first, a page at a time; find them by call, tag, time, or subject (phone
    number, email or external id, through the blind index). Agents see only calls they were on.

    Args:
        call_id (None | Unset | UUID):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        phone_number (None | str | Unset): Any common format; matched by blind index
        email (None | str | Unset):
        external_id (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TranscriptList
    """

    return sync_detailed(
        client=client,
        call_id=call_id,
        tag=tag,
        created_after=created_after,
        created_before=created_before,
        phone_number=phone_number,
        email=email,
        external_id=external_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    call_id: None | Unset | UUID = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    email: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | TranscriptList]:
    """List Transcripts

     List transcripts, newest first, a page at a time; find them by call, tag, time, or subject (phone
    number, email or external id, through the blind index). Agents see only calls they were on.

    Args:
        call_id (None | Unset | UUID):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        phone_number (None | str | Unset): Any common format; matched by blind index
        email (None | str | Unset):
        external_id (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TranscriptList]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        tag=tag,
        created_after=created_after,
        created_before=created_before,
        phone_number=phone_number,
        email=email,
        external_id=external_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    call_id: None | Unset | UUID = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    phone_number: None | str | Unset = UNSET,
    email: None | str | Unset = UNSET,
    external_id: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Problem | TranscriptList | None:
    """List Transcripts

     List transcripts, newest first, a page at a time; find them by call, tag, time, or subject (phone
    number, email or external id, through the blind index). Agents see only calls they were on.

    Args:
        call_id (None | Unset | UUID):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        phone_number (None | str | Unset): Any common format; matched by blind index
        email (None | str | Unset):
        external_id (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TranscriptList
    """

    return (
        await asyncio_detailed(
            client=client,
            call_id=call_id,
            tag=tag,
            created_after=created_after,
            created_before=created_before,
            phone_number=phone_number,
            email=email,
            external_id=external_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
