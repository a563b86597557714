"""One signed HTTP POST to a checked address: no redirects, short timeouts, small reads.

urllib3 connects to the IP address :mod:`webhooks.targets` checked (TLS still verifies the
certificate against the host name, and ``Host`` names it), so the address that was allowed is
the address that is called.
"""

import time
from dataclasses import dataclass

import urllib3
from django.conf import settings

from webhooks.targets import DEFAULT_PORTS, Target

#: Enough of the answer for the log; the rest is not read.
MAX_RESPONSE_BYTES = 2048


@dataclass
class Outcome:
    status_code: int | None
    latency_ms: int
    error: str = ""

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def _pool(target: Target, timeout):
    if target.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            target.address,
            target.port,
            timeout=timeout,
            retries=False,
            maxsize=1,
            cert_reqs="CERT_REQUIRED",
            server_hostname=target.host,
            assert_hostname=target.host,
        )
    return urllib3.HTTPConnectionPool(
        target.address, target.port, timeout=timeout, retries=False, maxsize=1
    )


def host_header(target: Target) -> str:
    host = f"[{target.host}]" if ":" in target.host else target.host
    if target.port != DEFAULT_PORTS[target.scheme]:
        host += f":{target.port}"
    return host


def post(target: Target, body: bytes, headers: dict[str, str]) -> Outcome:
    timeout = urllib3.Timeout(
        connect=settings.WEBHOOKS_CONNECT_TIMEOUT, read=settings.WEBHOOKS_READ_TIMEOUT
    )
    started = time.monotonic()
    pool = _pool(target, timeout)
    try:
        response = pool.urlopen(
            "POST",
            target.path,
            body=body,
            headers={**headers, "Host": host_header(target)},
            redirect=False,
            retries=False,
            preload_content=False,
        )
        try:
            excerpt = response.read(MAX_RESPONSE_BYTES)
        finally:
            response.release_conn()
    except urllib3.exceptions.HTTPError as exc:
        return Outcome(None, _ms(started), error=_describe(exc))
    finally:
        pool.close()
    outcome = Outcome(response.status, _ms(started))
    if 300 <= response.status < 400:
        location = response.headers.get("Location", "")
        outcome.error = f"Redirect not followed (Location: {location[:300]})"
    elif not outcome.succeeded:
        outcome.error = excerpt.decode("utf-8", "replace")[:300]
    return outcome


def _ms(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


def _describe(exc: Exception) -> str:
    """A log line that starts with the kind of failure (a staff member reads it)."""
    reason = getattr(exc, "reason", None)
    text = str(exc)
    if isinstance(exc, urllib3.exceptions.SSLError) or "CERTIFICATE" in text.upper():
        kind = "TLS error"
    elif isinstance(exc, urllib3.exceptions.NewConnectionError):
        # urllib3 counts a refused connection as a connect "timeout"; it is not one.
        kind = "Connection failed"
    elif isinstance(exc, urllib3.exceptions.TimeoutError) or "timed out" in text:
        kind = "Timeout"
    else:
        kind = "Connection failed"
    return f"{kind}: {reason or text}"[:500]
