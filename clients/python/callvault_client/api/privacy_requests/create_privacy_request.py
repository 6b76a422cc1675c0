from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.privacy_request_create import PrivacyRequestCreate
from ...models.privacy_request_read import PrivacyRequestRead
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    *,
    body: PrivacyRequestCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/privacy-requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PrivacyRequestRead | Problem | None:
    if response.status_code == 201:
        response_201 = PrivacyRequestRead.from_dict(response.json())

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
) -> Response[PrivacyRequestRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PrivacyRequestCreate,
) -> Response[PrivacyRequestRead | Problem]:
    """Create Privacy Request

     Record a data subject's request, due by its regulation (GDPR and UK GDPR: one month from receipt;
    CCPA and US state laws: 45 days; LGPD: 15; PIPEDA, Quebec and other: 30), made by the person or by
    an authorized agent. Nothing is done before `POST .../verify`. Audited.

    Args:
        body (PrivacyRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrivacyRequestRead | Problem]
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
    body: PrivacyRequestCreate,
) -> PrivacyRequestRead | Problem | None:
    """Create Privacy Request

     Record a data subject's request, due by its regulation (GDPR and UK GDPR: one month from receipt;
    CCPA and US state laws: 45 days; LGPD: 15; PIPEDA, Quebec and other: 30), made by the person or by
    an authorized agent. Nothing is done before `POST .../verify`. Audited.

    Args:
        body (PrivacyRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrivacyRequestRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PrivacyRequestCreate,
) -> Response[PrivacyRequestRead | Problem]:
    """Create Privacy Request

     Record a data subject's request, due by its regulation (GDPR and UK GDPR: one month from receipt;
    CCPA and US state laws: 45 days; LGPD: 15; PIPEDA, Quebec and other: 30), made by the person or by
    an authorized agent. Nothing is done before `POST .../verify`. Audited.

    Args:
        body (PrivacyRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrivacyRequestRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PrivacyRequestCreate,
) -> PrivacyRequestRead | Problem | None:
    """Create Privacy Request

     Record a data subject's request, due by its regulation (GDPR and UK GDPR: one month from receipt;
    CCPA and US state laws: 45 days; LGPD: 15; PIPEDA, Quebec and other: 30), made by the person or by
    an authorized agent. Nothing is done before `POST .../verify`. Audited.

    Args:
        body (PrivacyRequestCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrivacyRequestRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
