"""Where callvault may send a webhook: to public addresses only, so a tenant cannot aim callvault at
the network it runs in (its database, its metadata service). A loopback endpoint is allowed only
in development (`CALLVAULT_ENV=development`), for a receiver on the developer's own machine. The
check runs when an endpoint is registered and again before every delivery (DNS can change); the
delivery then connects to the address that was checked, and never follows a redirect."""

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from services.common.errors import CallvaultError


class UnsafeUrl(CallvaultError):
    status, slug, title = 422, "unsafe-webhook-url", "Webhooks go to public HTTPS addresses only"


async def addresses(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:  # UnicodeError: a name no DNS label can be ("a..com", 64 letters)
        raise UnsafeUrl(f"{host} does not resolve") from exc
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


# IPv6 addresses that carry an IPv4 one a gateway or the host may route to: NAT64's well-known prefix (RFC 6052),
# IPv4-compatible (deprecated, ::/96). Python counts them global whatever the IPv4 address inside. RFC 8215's
# local-use NAT64 prefix is refused whole: it translates into the local network, at any of RFC 6052's offsets.
_CARRYING_IPV4 = [ipaddress.ip_network(n) for n in ("64:ff9b::/96", "::/96")]
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")


def public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A global address, and for an IPv6 one carrying an IPv4 address (mapped, 6to4, Teredo, NAT64), that
    one too: on a network with NAT64, 64:ff9b::a00:5 reaches 10.0.0.5."""
    if not ip.is_global:
        return False
    if isinstance(ip, ipaddress.IPv4Address):
        return True
    if ip.is_site_local or ip in _LOCAL_NAT64:  # fec0::/10: deprecated, still routed inside some networks
        return False
    carried = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ()),
               *(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) for n in _CARRYING_IPV4 if ip in n)]
    return all(v4.is_global for v4 in carried if v4 is not None)


@dataclass(frozen=True)
class Target:
    """Where to connect: the URL with its host replaced by the address that was checked, so a DNS
    answer that changes between the check and the connection cannot redirect the request."""

    url: str
    host_header: str
    hostname: str
    loopback: bool


async def check(url: str, *, development: bool) -> bool:
    """Refuse an unsafe URL; True when it is a (development) loopback endpoint."""
    return (await pin(url, development=development)).loopback


async def pin(url: str, *, development: bool) -> Target:
    """Check the URL and fix the address it will be sent to."""
    try:
        parts = urlsplit(url)
        hostname, port = parts.hostname, parts.port  # each raises ValueError on what no URL has ("[x", ":99999")
    except ValueError as exc:
        raise UnsafeUrl(f"the URL cannot be read: {exc}") from None
    if parts.scheme not in ("https", "http") or not hostname:
        raise UnsafeUrl("the URL must be https://host/...")
    port = port or (443 if parts.scheme == "https" else 80)
    resolved = await addresses(parts.hostname, port)
    loopback = bool(resolved) and all(ip.is_loopback for ip in resolved)
    if loopback and not development:
        raise UnsafeUrl(f"{parts.hostname} is a loopback address: allowed only in development")
    if not loopback and parts.scheme != "https":
        raise UnsafeUrl("plain http is allowed only for a loopback receiver in development")
    if not loopback and (not resolved or not all(map(public, resolved))):
        raise UnsafeUrl(f"{parts.hostname} resolves to a private, reserved or loopback address")
    address = resolved[0]
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    return Target(url=urlunsplit(parts._replace(netloc=netloc)), host_header=parts.netloc.rpartition("@")[2],
                  hostname=parts.hostname, loopback=loopback)
