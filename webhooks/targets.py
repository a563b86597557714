"""Which webhook targets may be called (SSRF): one rule for the admin form and the worker.

A target must be an ``http``/``https`` URL whose host resolves only to public addresses:
loopback, private (RFC 1918, ULA), link-local (cloud metadata at 169.254.169.254), shared,
multicast, reserved and unspecified addresses are refused, unless
``WEBHOOKS_ALLOW_PRIVATE_TARGETS`` allows them (development and the tests' loopback
receiver). The worker checks again after its own DNS look-up and connects to the address it
checked, so a name that later resolves elsewhere (DNS rebinding) cannot reach a private host;
redirects are never followed.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

DEFAULT_PORTS = {"http": 80, "https": 443}


class TargetRefused(ValueError):
    """The URL may not be called; the message is for the admin user (Danish)."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    address: str  # the checked IP address the worker connects to
    path: str  # path and query, for the request line


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _split(url: str):
    if not isinstance(url, str) or "\x00" in url or any(c.isspace() for c in url):
        raise TargetRefused(_("Enter a valid web address."))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise TargetRefused(_("Enter a valid web address.")) from exc
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise TargetRefused(_("The address must start with http:// or https:// and name a host."))
    if parts.username or parts.password:
        raise TargetRefused(_("The address may not contain a user name or password."))
    return parts, port or DEFAULT_PORTS[parts.scheme]


def resolve(url: str) -> Target:
    """Check ``url`` and return the address to connect to, or raise :class:`TargetRefused`."""
    parts, port = _split(url)
    host = parts.hostname
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise TargetRefused(
            _("The host name %(host)s cannot be resolved.") % {"host": host}
        ) from exc
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise TargetRefused(_("The host name %(host)s cannot be resolved.") % {"host": host})
    if not settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS:
        # Every address the name has, not only the first: the connection could use any.
        for address in addresses:
            if not is_public_address(address):
                raise TargetRefused(
                    _(
                        "Webhooks may not be sent to %(host)s: it is a local, private or "
                        "reserved network address (%(address)s)."
                    )
                    % {"host": host, "address": address}
                )
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(parts.scheme, host, port, addresses[0], path)
