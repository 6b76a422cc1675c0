from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_vcon_response_200 import ExportVconResponse200
from ...models.problem import Problem
from ...models.view import View
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID


def _get_kwargs(
    call_id: UUID,
    *,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calls/{call_id}/vcon".format(
            call_id=quote(str(call_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportVconResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = ExportVconResponse200.from_dict(response.json())

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
) -> Response[ExportVconResponse200 | Problem]:
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
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
) -> Response[ExportVconResponse200 | Problem]:
    """Export Vcon

     The call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core) for vCon tools: its transcripts in the World
    Transcription Format, and per party a `lawful_basis` attachment (draft-howe-vcon-lawful-basis) with
    each purpose's grant, the rule and its citation, and where the consent was given. Redacted by
    default (it then names the full vCon it redacts); `view=full` as for a transcript. Every transcript
    read is audited.

    Args:
        call_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportVconResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        view=view,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
) -> ExportVconResponse200 | Problem | None:
    """Export Vcon

     The call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core) for vCon tools: its transcripts in the World
    Transcription Format, and per party a `lawful_basis` attachment (draft-howe-vcon-lawful-basis) with
    each purpose's grant, the rule and its citation, and where the consent was given. Redacted by
    default (it then names the full vCon it redacts); `view=full` as for a transcript. Every transcript
    read is audited.

    Args:
        call_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportVconResponse200 | Problem
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        view=view,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
) -> Response[ExportVconResponse200 | Problem]:
    """Export Vcon

     The call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core) for vCon tools: its transcripts in the World
    Transcription Format, and per party a `lawful_basis` attachment (draft-howe-vcon-lawful-basis) with
    each purpose's grant, the rule and its citation, and where the consent was given. Redacted by
    default (it then names the full vCon it redacts); `view=full` as for a transcript. Every transcript
    read is audited.

    Args:
        call_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportVconResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        view=view,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    view: View | Unset = UNSET,
    reason: None | str | Unset = UNSET,
) -> ExportVconResponse200 | Problem | None:
    """Export Vcon

     The call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core) for vCon tools: its transcripts in the World
    Transcription Format, and per party a `lawful_basis` attachment (draft-howe-vcon-lawful-basis) with
    each purpose's grant, the rule and its citation, and where the consent was given. Redacted by
    default (it then names the full vCon it redacts); `view=full` as for a transcript. Every transcript
    read is audited.

    Args:
        call_id (UUID):
        view (View | Unset):
        reason (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportVconResponse200 | Problem
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            view=view,
            reason=reason,
        )
    ).parsed
