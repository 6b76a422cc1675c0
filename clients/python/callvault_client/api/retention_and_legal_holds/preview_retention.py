from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.retention_preview import RetentionPreview
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    default_days: int | None | Unset = UNSET,
    by_tag: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_default_days: int | None | Unset
    if isinstance(default_days, Unset):
        json_default_days = UNSET
    else:
        json_default_days = default_days
    params["default_days"] = json_default_days

    json_by_tag: list[str] | None | Unset
    if isinstance(by_tag, Unset):
        json_by_tag = UNSET
    elif isinstance(by_tag, list):
        json_by_tag = by_tag

    else:
        json_by_tag = by_tag
    params["by_tag"] = json_by_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/retention-policies/preview",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RetentionPreview | None:
    if response.status_code == 200:
        response_200 = RetentionPreview.from_dict(response.json())

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
) -> Response[Problem | RetentionPreview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    default_days: int | None | Unset = UNSET,
    by_tag: list[str] | None | Unset = UNSET,
) -> Response[Problem | RetentionPreview]:
    """Preview Retention

     How many transcripts a policy would make due now, within 7 and within 30 days, beside the saved
    policy's counts, before saving it. What is not given keeps its saved value.

    Args:
        default_days (int | None | Unset):
        by_tag (list[str] | None | Unset): `tag=days`, once per tag

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RetentionPreview]
    """

    kwargs = _get_kwargs(
        default_days=default_days,
        by_tag=by_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    default_days: int | None | Unset = UNSET,
    by_tag: list[str] | None | Unset = UNSET,
) -> Problem | RetentionPreview | None:
    """Preview Retention

     How many transcripts a policy would make due now, within 7 and within 30 days, beside the saved
    policy's counts, before saving it. What is not given keeps its saved value.

    Args:
        default_days (int | None | Unset):
        by_tag (list[str] | None | Unset): `tag=days`, once per tag

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RetentionPreview
    """

    return sync_detailed(
        client=client,
        default_days=default_days,
        by_tag=by_tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    default_days: int | None | Unset = UNSET,
    by_tag: list[str] | None | Unset = UNSET,
) -> Response[Problem | RetentionPreview]:
    """Preview Retention

     How many transcripts a policy would make due now, within 7 and within 30 days, beside the saved
    policy's counts, before saving it. What is not given keeps its saved value.

    Args:
        default_days (int | None | Unset):
        by_tag (list[str] | None | Unset): `tag=days`, once per tag

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RetentionPreview]
    """

    kwargs = _get_kwargs(
        default_days=default_days,
        by_tag=by_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    default_days: int | None | Unset = UNSET,
    by_tag: list[str] | None | Unset = UNSET,
) -> Problem | RetentionPreview | None:
    """Preview Retention

     How many transcripts a policy would make due now, within 7 and within 30 days, beside the saved
    policy's counts, before saving it. What is not given keeps its saved value.

    Args:
        default_days (int | None | Unset):
        by_tag (list[str] | None | Unset): `tag=days`, once per tag

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RetentionPreview
    """

    return (
        await asyncio_detailed(
            client=client,
            default_days=default_days,
            by_tag=by_tag,
        )
    ).parsed
