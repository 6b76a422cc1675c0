from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.log_entry_read import LogEntryRead
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    leaf_index: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit/entries/{leaf_index}".format(
            leaf_index=quote(str(leaf_index), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LogEntryRead | Problem | None:
    if response.status_code == 200:
        response_200 = LogEntryRead.from_dict(response.json())

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
) -> Response[LogEntryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    leaf_index: int,
    *,
    client: AuthenticatedClient,
) -> Response[LogEntryRead | Problem]:
    """Get Audit Entry

     The sealed entry at a leaf index: its canonical JSON is the leaf.

    Args:
        leaf_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        leaf_index=leaf_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    leaf_index: int,
    *,
    client: AuthenticatedClient,
) -> LogEntryRead | Problem | None:
    """Get Audit Entry

     The sealed entry at a leaf index: its canonical JSON is the leaf.

    Args:
        leaf_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogEntryRead | Problem
    """

    return sync_detailed(
        leaf_index=leaf_index,
        client=client,
    ).parsed


async def asyncio_detailed(
    leaf_index: int,
    *,
    client: AuthenticatedClient,
) -> Response[LogEntryRead | Problem]:
    """Get Audit Entry

     The sealed entry at a leaf index: its canonical JSON is the leaf.

    Args:
        leaf_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogEntryRead | Problem]
    """

    kwargs = _get_kwargs(
        leaf_index=leaf_index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    leaf_index: int,
    *,
    client: AuthenticatedClient,
) -> LogEntryRead | Problem | None:
    """Get Audit Entry

     The sealed entry at a leaf index: its canonical JSON is the leaf.

    Args:
        leaf_index (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogEntryRead | Problem
    """

    return (
        await asyncio_detailed(
            leaf_index=leaf_index,
            client=client,
        )
    ).parsed
