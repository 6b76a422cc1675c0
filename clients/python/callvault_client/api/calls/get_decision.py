from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.decision_read import DecisionRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


def _get_kwargs(
    call_id: UUID,
    *,
    at: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_at: None | str | Unset
    if isinstance(at, Unset):
        json_at = UNSET
    elif isinstance(at, datetime.datetime):
        json_at = at.isoformat()
    else:
        json_at = at
    params["at"] = json_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calls/{call_id}/decision".format(
            call_id=quote(str(call_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DecisionRead | Problem | None:
    if response.status_code == 200:
        response_200 = DecisionRead.from_dict(response.json())

        return response_200

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
) -> Response[DecisionRead | Problem]:
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
    at: datetime.datetime | None | Unset = UNSET,
) -> Response[DecisionRead | Problem]:
    """Get Decision

     May this call be recorded, transcribed, analyzed, used for training, and if not, why. Without
    `at`: the stored current decision (one row). With `at`: the history re-evaluated at that moment.

    Args:
        call_id (UUID):
        at (datetime.datetime | None | Unset): Evaluate the history as of this moment (ISO 8601
            with a timezone)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionRead | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        at=at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    at: datetime.datetime | None | Unset = UNSET,
) -> DecisionRead | Problem | None:
    """Get Decision

     May this call be recorded, transcribed, analyzed, used for training, and if not, why. Without
    `at`: the stored current decision (one row). With `at`: the history re-evaluated at that moment.

    Args:
        call_id (UUID):
        at (datetime.datetime | None | Unset): Evaluate the history as of this moment (ISO 8601
            with a timezone)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionRead | Problem
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        at=at,
    ).parsed


async def asyncio_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    at: datetime.datetime | None | Unset = UNSET,
) -> Response[DecisionRead | Problem]:
    """Get Decision

     May this call be recorded, transcribed, analyzed, used for training, and if not, why. Without
    `at`: the stored current decision (one row). With `at`: the history re-evaluated at that moment.

    Args:
        call_id (UUID):
        at (datetime.datetime | None | Unset): Evaluate the history as of this moment (ISO 8601
            with a timezone)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionRead | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        at=at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    at: datetime.datetime | None | Unset = UNSET,
) -> DecisionRead | Problem | None:
    """Get Decision

     May this call be recorded, transcribed, analyzed, used for training, and if not, why. Without
    `at`: the stored current decision (one row). With `at`: the history re-evaluated at that moment.

    Args:
        call_id (UUID):
        at (datetime.datetime | None | Unset): Evaluate the history as of this moment (ISO 8601
            with a timezone)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionRead | Problem
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            at=at,
        )
    ).parsed
