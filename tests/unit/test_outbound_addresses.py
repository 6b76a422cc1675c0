"""Where the gateway sends what a tenant names (webhooks, its identity provider): public addresses only. An IPv6
address carrying an IPv4 one (NAT64, 6to4, IPv4-compatible) counts as what it carries, since a network with
NAT64 routes 64:ff9b::a00:5 to 10.0.0.5; and a URL whose host or port cannot be read is refused as unsafe
(a 422), not an error. Literal addresses and names no DNS label can be: nothing is looked up."""

import ipaddress

import pytest

from services.gateway import ssrf


@pytest.mark.parametrize(("address", "public"), [
    ("93.184.216.34", True), ("2606:4700::1111", True),
    ("64:ff9b::5db8:d822", True), ("2002:5db8:d822::", True),  # NAT64 and 6to4 of a public IPv4 address
    ("10.0.0.1", False), ("::ffff:10.0.0.5", False), ("169.254.169.254", False), ("fd00::1", False),
    ("64:ff9b::a00:5", False), ("64:ff9b:1::a00:5", False),  # NAT64 (RFC 6052, RFC 8215) of a private one
    ("64:ff9b:1:a00:0:500:808:808", False), ("64:ff9b:1::5db8:d822", False),  # RFC 8215's local use, any offset
    ("2002:a00:1::", False), ("::10.0.0.5", False), ("fec0::1", False),  # 6to4, IPv4-compatible, site-local
])
def test_an_address_is_public_only_with_what_it_carries(address, public):
    assert ssrf.public(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize("url", ["https://[x/", "https://a]/", "https://h:99999/", "https://h:abc/",
                                 "https://a..com/", f"https://{'a' * 64}.com/"])
async def test_a_url_that_cannot_be_read_is_unsafe_not_an_error(url):
    with pytest.raises(ssrf.UnsafeUrl):
        await ssrf.pin(url, development=False)


@pytest.mark.parametrize("url", ["https://[64:ff9b::a00:5]/hook", "https://[::ffff:10.0.0.5]/hook",
                                 "https://[fec0::1]/hook"])
async def test_an_ipv6_address_carrying_a_private_one_is_refused(url):
    with pytest.raises(ssrf.UnsafeUrl, match="private, reserved or loopback"):
        await ssrf.pin(url, development=False)
