from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.decision_read import DecisionRead
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    provider: str,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calls/by-provider/{provider}/{external_id}/decision".format(
            provider=quote(str(provider), safe=""),
            external_id=quote(str(external_id), safe=""),
        ),
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
    provider: str,
    external_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DecisionRead | Problem]:
    """Get Decision By Provider

     The current decision of a call named by its provider and the provider's call id (a softphone
    knows the Twilio call sid, not callvault's id; a softphone token finds only its agent's calls).

    Args:
        provider (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionRead | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        external_id=external_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: str,
    external_id: str,
    *,
    client: AuthenticatedClient,
) -> DecisionRead | Problem | None:
    """Get Decision By Provider

     The current decision of a call named by its provider and the provider's call id (a softphone
    knows the Twilio call sid, not callvault's id; a softphone token finds only its agent's calls).

    Args:
        provider (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionRead | Problem
    """

    return sync_detailed(
        provider=provider,
        external_id=external_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider: str,
    external_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DecisionRead | Problem]:
    """Get Decision By Provider

     The current decision of a call named by its provider and the provider's call id (a softphone
    knows the Twilio call sid, not callvault's id; a softphone token finds only its agent's calls).

    Args:
        provider (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionRead | Problem]
    """

    kwargs = _get_kwargs(
        provider=provider,
        external_id=external_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: str,
    external_id: str,
    *,
    client: AuthenticatedClient,
) -> DecisionRead | Problem | None:
    """Get Decision By Provider

     The current decision of a call named by its provider and the provider's call id (a softphone
    knows the Twilio call sid, not callvault's id; a softphone token finds only its agent's calls).

    Args:
        provider (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionRead | Problem
    """

    return (
        await asyncio_detailed(
            provider=provider,
            external_id=external_id,
            client=client,
        )
    ).parsed
