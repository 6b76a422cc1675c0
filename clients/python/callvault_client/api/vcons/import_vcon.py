from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.vcon_import import VconImport
from ...models.vcon_imported import VconImported
from typing import cast


def _get_kwargs(
    *,
    body: VconImport,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/vcons",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VconImported | None:
    if response.status_code == 201:
        response_201 = VconImported.from_dict(response.json())

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
) -> Response[Problem | VconImported]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VconImport,
) -> Response[Problem | VconImported]:
    """Import Vcon

     Import a vCon (vcon-server, telephony adapters, SIPREC recorders): the call and its parties, the
    consent its `lawful_basis` attachments record (as consent events, proof kept as evidence), and its
    transcript (WTF analysis, else text dialogs) through the same consent gate as `POST
    /v1/transcripts`.
    The answer says what was taken and what was refused.

    Args:
        body (VconImport): A vCon from vcon-server, a telephony adapter or a SIPREC recorder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VconImported]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VconImport,
) -> Problem | VconImported | None:
    """Import Vcon

     Import a vCon (vcon-server, telephony adapters, SIPREC recorders): the call and its parties, the
    consent its `lawful_basis` attachments record (as consent events, proof kept as evidence), and its
    transcript (WTF analysis, else text dialogs) through the same consent gate as `POST
    /v1/transcripts`.
    The answer says what was taken and what was refused.

    Args:
        body (VconImport): A vCon from vcon-server, a telephony adapter or a SIPREC recorder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VconImported
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VconImport,
) -> Response[Problem | VconImported]:
    """Import Vcon

     Import a vCon (vcon-server, telephony adapters, SIPREC recorders): the call and its parties, the
    consent its `lawful_basis` attachments record (as consent events, proof kept as evidence), and its
    transcript (WTF analysis, else text dialogs) through the same consent gate as `POST
    /v1/transcripts`.
    The answer says what was taken and what was refused.

    Args:
        body (VconImport): A vCon from vcon-server, a telephony adapter or a SIPREC recorder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VconImported]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VconImport,
) -> Problem | VconImported | None:
    """Import Vcon

     Import a vCon (vcon-server, telephony adapters, SIPREC recorders): the call and its parties, the
    consent its `lawful_basis` attachments record (as consent events, proof kept as evidence), and its
    transcript (WTF analysis, else text dialogs) through the same consent gate as `POST
    /v1/transcripts`.
    The answer says what was taken and what was refused.

    Args:
        body (VconImport): A vCon from vcon-server, a telephony adapter or a SIPREC recorder.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VconImported
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
