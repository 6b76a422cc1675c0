"""Where callvault may send a webhook: to public addresses only, so a tenant cannot aim callvault at
the network it runs in (its database, its metadata service). A loopback endpoint is allowed only
in development (`CALLVAULT_ENV=development`), for a receiver on the developer's own machine. The
check runs when an endpoint is registered and again before every delivery (DNS can change), and
deliveries never follow redirects."""

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from services.common.errors import CallvaultError


class UnsafeUrl(CallvaultError):
    status, slug, title = 422, "unsafe-webhook-url", "Webhooks go to public HTTPS addresses only"


async def addresses(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UnsafeUrl(f"{host} does not resolve") from exc
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


async def check(url: str, *, development: bool) -> bool:
    """Refuse an unsafe URL; True when it is a (development) loopback endpoint."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UnsafeUrl("the URL must be https://host/...")
    resolved = await addresses(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    if resolved and all(ip.is_loopback for ip in resolved):
        if not development:
            raise UnsafeUrl(f"{parts.hostname} is a loopback address: allowed only in development")
        return True
    if parts.scheme != "https":
        raise UnsafeUrl("plain http is allowed only for a loopback receiver in development")
    if not resolved or any(not ip.is_global for ip in resolved):
        raise UnsafeUrl(f"{parts.hostname} resolves to a private, reserved or loopback address")
    return False
