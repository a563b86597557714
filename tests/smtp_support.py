"""A real SMTP server on loopback (aiosmtpd) that the project's SMTP email backend talks to.

Tests that are about email use it instead of Django's locmem backend, so headers are encoded
and checked by the real code path (``BadHeaderError``, SMTP errors) and what a person would
receive is parsed back from the bytes on the wire::

    def test_something(smtp_server):
        ...
        (message,) = smtp_server.messages_to("karen@example.com")
        assert "reference" in message.subject
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import socket
from dataclasses import dataclass, field

import pytest


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    """One message as the server received it, parsed with the standard library."""

    envelope_to: list[str]
    message: email.message.EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def body(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""

    @property
    def text(self) -> str:
        """Every header and the plain body: what a test searches for leaked text."""
        headers = "\n".join(f"{key}: {value}" for key, value in self.message.items())
        return headers + "\n\n" + self.body


@dataclass
class SmtpServer:
    host: str
    port: int
    received: list[Received] = field(default_factory=list)

    def messages_to(self, address: str) -> list[Received]:
        return [message for message in self.received if address in message.envelope_to]


class _Handler:
    def __init__(self, server: SmtpServer):
        self.server = server

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.server.received.append(Received(list(envelope.rcpt_tos), message))
        return "250 OK"


def _reject_everyone(server, session, envelope, mechanism, auth_data):
    from aiosmtpd.smtp import AuthResult

    return AuthResult(success=False, handled=False)


@contextlib.contextmanager
def running_smtp_server(*, refuse_login: bool = False):
    """An aiosmtpd server on 127.0.0.1; with ``refuse_login`` it rejects every AUTH."""
    from aiosmtpd.controller import Controller

    server = SmtpServer("127.0.0.1", _free_port())
    kwargs = {}
    if refuse_login:
        kwargs = {"authenticator": _reject_everyone, "auth_require_tls": False}
    controller = Controller(_Handler(server), hostname=server.host, port=server.port, **kwargs)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


def _use(settings, server: SmtpServer, **extra) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = server.host
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    for key, value in extra.items():
        setattr(settings, key, value)


@pytest.fixture
def smtp_server(settings):
    """A working SMTP server; Django's SMTP backend sends to it for the test."""
    with running_smtp_server() as server:
        _use(settings, server)
        yield server


@pytest.fixture
def failing_smtp_server(settings):
    """An SMTP server that refuses the configured login: every connection fails to open."""
    with running_smtp_server(refuse_login=True) as server:
        _use(settings, server, EMAIL_HOST_USER="vcms", EMAIL_HOST_PASSWORD="wrong-password")
        yield server
