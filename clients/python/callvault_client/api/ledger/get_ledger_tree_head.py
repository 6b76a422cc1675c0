from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.tree_head_read import TreeHeadRead
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    tree_size: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tree_size: int | None | Unset
    if isinstance(tree_size, Unset):
        json_tree_size = UNSET
    else:
        json_tree_size = tree_size
    params["tree_size"] = json_tree_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/tree-heads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TreeHeadRead | None:
    if response.status_code == 200:
        response_200 = TreeHeadRead.from_dict(response.json())

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
) -> Response[Problem | TreeHeadRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    tree_size: int | None | Unset = UNSET,
) -> Response[Problem | TreeHeadRead]:
    """Get Ledger Tree Head

     The signed tree head (the latest, or the one of `tree_size`): compact JWS, `alg` Ed25519.

    Args:
        tree_size (int | None | Unset): A tree size; the latest when left out

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TreeHeadRead]
    """

    kwargs = _get_kwargs(
        tree_size=tree_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    tree_size: int | None | Unset = UNSET,
) -> Problem | TreeHeadRead | None:
    """Get Ledger Tree Head

     The signed tree head (the latest, or the one of `tree_size`): compact JWS, `alg` Ed25519.

    Args:
        tree_size (int | None | Unset): A tree size; the latest when left out

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TreeHeadRead
    """

    return sync_detailed(
        client=client,
        tree_size=tree_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    tree_size: int | None | Unset = UNSET,
) -> Response[Problem | TreeHeadRead]:
    """Get Ledger Tree Head

     The signed tree head (the latest, or the one of `tree_size`): compact JWS, `alg` Ed25519.

    Args:
        tree_size (int | None | Unset): A tree size; the latest when left out

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TreeHeadRead]
    """

    kwargs = _get_kwargs(
        tree_size=tree_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    tree_size: int | None | Unset = UNSET,
) -> Problem | TreeHeadRead | None:
    """Get Ledger Tree Head

     The signed tree head (the latest, or the one of `tree_size`): compact JWS, `alg` Ed25519.

    Args:
        tree_size (int | None | Unset): A tree size; the latest when left out

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TreeHeadRead
    """

    return (
        await asyncio_detailed(
            client=client,
            tree_size=tree_size,
        )
    ).parsed
