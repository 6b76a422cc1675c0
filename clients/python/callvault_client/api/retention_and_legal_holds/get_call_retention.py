from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.call_retention_status import CallRetentionStatus
from ...models.problem import Problem
from typing import cast
from uuid import UUID


def _get_kwargs(
    call_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calls/{call_id}/retention".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallRetentionStatus | Problem | None:
    if response.status_code == 200:
        response_200 = CallRetentionStatus.from_dict(response.json())

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
) -> Response[CallRetentionStatus | Problem]:
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
) -> Response[CallRetentionStatus | Problem]:
    """Get Call Retention

     The retention of the call's copies that have no transcript of their own (its provider's recordings):
    how many days, from its end, and the legal holds that keep them.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallRetentionStatus | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
) -> CallRetentionStatus | Problem | None:
    """Get Call Retention

     The retention of the call's copies that have no transcript of their own (its provider's recordings):
    how many days, from its end, and the legal holds that keep them.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallRetentionStatus | Problem
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CallRetentionStatus | Problem]:
    """Get Call Retention

     The retention of the call's copies that have no transcript of their own (its provider's recordings):
    how many days, from its end, and the legal holds that keep them.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallRetentionStatus | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
) -> CallRetentionStatus | Problem | None:
    """Get Call Retention

     The retention of the call's copies that have no transcript of their own (its provider's recordings):
    how many days, from its end, and the legal holds that keep them.

    Args:
        call_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallRetentionStatus | Problem
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
        )
    ).parsed
