from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.transcript_read import TranscriptRead
from ...models.view import View
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID


def _get_kwargs(
    transcript_id: UUID,
    *,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
    version: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    json_reason: None | str | Unset
    if isinstance(reason, Unset):
        json_reason = UNSET
    else:
        json_reason = reason
    params["reason"] = json_reason

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transcripts/{transcript_id}".format(
            transcript_id=quote(str(transcript_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TranscriptRead | None:
    if response.status_code == 200:
        response_200 = TranscriptRead.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TranscriptRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
    version: int | None | Unset = UNSET,
) -> Response[Problem | TranscriptRead]:
    """Get Transcript

     A transcript: redacted by default; `view=full` needs a reason and the compliance_officer role (or
    supervisor, where the tenant allows it). A transcript a privacy request restricts is read by a
    compliance officer only, with a reason. `version` reads an older version a legal hold keeps (one a
    rectification replaced while the hold lasted): compliance officer only, with a reason. Every read is
    audited.

    Args:
        transcript_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TranscriptRead]
    """

    kwargs = _get_kwargs(
        transcript_id=transcript_id,
        view=view,
        reason=reason,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
    version: int | None | Unset = UNSET,
) -> Problem | TranscriptRead | None:
    """Get Transcript

     A transcript: redacted by default; `view=full` needs a reason and the compliance_officer role (or
    supervisor, where the tenant allows it). A transcript a privacy request restricts is read by a
    compliance officer only, with a reason. `version` reads an older version a legal hold keeps (one a
    rectification replaced while the hold lasted): compliance officer only, with a reason. Every read is
    audited.

    Args:
        transcript_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TranscriptRead
    """

    return sync_detailed(
        transcript_id=transcript_id,
        client=client,
        view=view,
        reason=reason,
        version=version,
    ).parsed


async def asyncio_detailed(
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
    version: int | None | Unset = UNSET,
) -> Response[Problem | TranscriptRead]:
    """Get Transcript

     A transcript: redacted by default; `view=full` needs a reason and the compliance_officer role (or
    supervisor, where the tenant allows it). A transcript a privacy request restricts is read by a
    compliance officer only, with a reason. `version` reads an older version a legal hold keeps (one a
    rectification replaced while the hold lasted): compliance officer only, with a reason. Every read is
    audited.

    Args:
        transcript_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TranscriptRead]
    """

    kwargs = _get_kwargs(
        transcript_id=transcript_id,
        view=view,
        reason=reason,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transcript_id: UUID,
    *,
    client: AuthenticatedClient,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
    version: int | None | Unset = UNSET,
) -> Problem | TranscriptRead | None:
    """Get Transcript

     A transcript: redacted by default; `view=full` needs a reason and the compliance_officer role (or
    supervisor, where the tenant allows it). A transcript a privacy request restricts is read by a
    compliance officer only, with a reason. `version` reads an older version a legal hold keeps (one a
    rectification replaced while the hold lasted): compliance officer only, with a reason. Every read is
    audited.

    Args:
        transcript_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):
        version (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TranscriptRead
    """

    return (
        await asyncio_detailed(
            transcript_id=transcript_id,
            client=client,
            view=view,
            reason=reason,
            version=version,
        )
    ).parsed
