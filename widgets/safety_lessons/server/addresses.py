"""The addresses pupils type to reach `safety-lessons serve --host HOST` from other computers.

A bind host of 0.0.0.0 (every IPv4 address), :: (every IPv6 address: tornado binds IPv6 sockets
IPV6_V6ONLY) or "" (both) is no address a browser can open; this finds the machine's own: the one
its default route leaves by (a UDP socket's `connect` picks it without sending anything), then the
others its host name resolves to. Loopback and link-local addresses are left out unless there are
no others. Any other host is itself the address. Standard library only; no network traffic.
"""

from __future__ import annotations

import ipaddress
import socket

# Documentation addresses (RFC 5737, RFC 3849): connecting a UDP socket to one only asks the
# routing table which local address would be used; no packet is sent.
PROBE = {socket.AF_INET: "192.0.2.1", socket.AF_INET6: "2001:db8::1"}
WILDCARDS = {"0.0.0.0": (socket.AF_INET,), "::": (socket.AF_INET6,), "": (socket.AF_INET, socket.AF_INET6),
             "*": (socket.AF_INET, socket.AF_INET6)}
SECTION = "Serving a class on the school network"


def is_local(host: str) -> bool:
    """Only this computer can reach a server bound to `host`."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _primary(family: socket.AddressFamily) -> str | None:
    """The local address of the default route for `family`, or None (no route, no such family)."""
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.connect((PROBE[family], 9))
            return str(probe.getsockname()[0])
    except OSError:
        return None


def _named(family: socket.AddressFamily) -> list[str]:
    """The addresses this computer's host name resolves to, in `family`."""
    try:
        found = socket.getaddrinfo(socket.gethostname(), None, family, socket.SOCK_STREAM)
    except OSError:
        return []
    return [str(sockaddr[0]) for _, _, _, _, sockaddr in found]


def _usable(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast)


def machine_addresses(families: tuple[socket.AddressFamily, ...]) -> list[str]:
    """This computer's addresses in `families`, the default route's first; loopback and link-local
    ones only if there is nothing else."""
    seen: list[str] = []
    for family in families:
        primary = _primary(family)
        for address in ([primary] if primary else []) + _named(family):
            address = address.split("%", 1)[0]  # an IPv6 scope (fe80::1%eth0) is no use in a URL
            try:
                ipaddress.ip_address(address)
            except ValueError:
                continue
            if address not in seen:
                seen.append(address)
    usable = [a for a in seen if _usable(a)]
    return usable or seen


def client_key(address: str) -> str:
    """Who a request or connection counts against (guard.py's per-address limits, limits.py's
    sockets per client): an IPv4 address as it is, an IPv6 address by its /64 (one computer
    rotates its addresses within it), an IPv4-mapped IPv6 address as the IPv4 one; anything else
    (a Unix socket's empty address) as written."""
    try:
        ip = ipaddress.ip_address(address.partition("%")[0])  # (a link-local address's zone: same computer)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def url(address: str, port: int) -> str:
    """http://ADDRESS:PORT/, an IPv6 address in brackets."""
    return f"http://[{address}]:{port}/" if ":" in address else f"http://{address}:{port}/"


def pupil_urls(host: str, port: int) -> list[str]:
    """The URLs pupils can open for a server bound to `host`: for a wildcard host, this computer's
    network addresses (possibly none found); for any other host, that host."""
    host = host.strip("[]")
    families = WILDCARDS.get(host)
    if families is None:
        return [url(host, port)]
    return [url(address, port) for address in machine_addresses(families)]


def host_notice(host: str, port: int) -> list[str]:
    """What `serve` prints when other computers can reach it: a warning, and the URLs pupils open."""
    if is_local(host):
        return []
    urls = pupil_urls(host, port)
    lines = [f"WARNING: serving on {host}: other computers on this network can open the lessons. Only "
             "do this on the school network, behind its firewall "
             f"(README: '{SECTION}')."]
    if urls:
        more = f" (and {', '.join(urls[1:])})" if len(urls) > 1 else ""
        lines.append(f"Pupils open: {urls[0]}{more}")
    else:
        lines.append(f"Pupils open: http://<this computer's network address>:{port}/ (none found here: "
                     "`ip address` on Linux, `ipconfig` on Windows, shows it)")
    return lines
