from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.resolution_read import ResolutionRead
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    phone_number: None | str | Unset = UNSET,
    jurisdiction: None | str | Unset = UNSET,
    default_region: str | Unset = "US",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_phone_number: None | str | Unset
    if isinstance(phone_number, Unset):
        json_phone_number = UNSET
    else:
        json_phone_number = phone_number
    params["phone_number"] = json_phone_number

    json_jurisdiction: None | str | Unset
    if isinstance(jurisdiction, Unset):
        json_jurisdiction = UNSET
    else:
        json_jurisdiction = jurisdiction
    params["jurisdiction"] = json_jurisdiction

    params["default_region"] = default_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jurisdictions/resolve",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResolutionRead | None:
    if response.status_code == 200:
        response_200 = ResolutionRead.from_dict(response.json())

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
) -> Response[Problem | ResolutionRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    phone_number: None | str | Unset = UNSET,
    jurisdiction: None | str | Unset = UNSET,
    default_region: str | Unset = "US",
) -> Response[Problem | ResolutionRead]:
    """Resolve Jurisdiction

     How a number (or a declared jurisdiction) resolves, and which rule then applies.

    Args:
        phone_number (None | str | Unset):
        jurisdiction (None | str | Unset):
        default_region (str | Unset):  Default: 'US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolutionRead]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
        jurisdiction=jurisdiction,
        default_region=default_region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    phone_number: None | str | Unset = UNSET,
    jurisdiction: None | str | Unset = UNSET,
    default_region: str | Unset = "US",
) -> Problem | ResolutionRead | None:
    """Resolve Jurisdiction

     How a number (or a declared jurisdiction) resolves, and which rule then applies.

    Args:
        phone_number (None | str | Unset):
        jurisdiction (None | str | Unset):
        default_region (str | Unset):  Default: 'US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolutionRead
    """

    return sync_detailed(
        client=client,
        phone_number=phone_number,
        jurisdiction=jurisdiction,
        default_region=default_region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    phone_number: None | str | Unset = UNSET,
    jurisdiction: None | str | Unset = UNSET,
    default_region: str | Unset = "US",
) -> Response[Problem | ResolutionRead]:
    """Resolve Jurisdiction

     How a number (or a declared jurisdiction) resolves, and which rule then applies.

    Args:
        phone_number (None | str | Unset):
        jurisdiction (None | str | Unset):
        default_region (str | Unset):  Default: 'US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolutionRead]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
        jurisdiction=jurisdiction,
        default_region=default_region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    phone_number: None | str | Unset = UNSET,
    jurisdiction: None | str | Unset = UNSET,
    default_region: str | Unset = "US",
) -> Problem | ResolutionRead | None:
    """Resolve Jurisdiction

     How a number (or a declared jurisdiction) resolves, and which rule then applies.

    Args:
        phone_number (None | str | Unset):
        jurisdiction (None | str | Unset):
        default_region (str | Unset):  Default: 'US'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolutionRead
    """

    return (
        await asyncio_detailed(
            client=client,
            phone_number=phone_number,
            jurisdiction=jurisdiction,
            default_region=default_region,
        )
    ).parsed
