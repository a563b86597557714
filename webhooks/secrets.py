"""Standard Webhooks secrets (``whsec_`` + base64 of random bytes) and signatures.

Signing is the ``standardwebhooks`` package's reference implementation; during a rotation's
grace period every secret still valid signs, and the header carries their signatures
space-separated (``v1,<new> v1,<old>``), so a receiver with either secret accepts the message.
"""

import base64
import datetime as dt
import secrets as random_source

from standardwebhooks.webhooks import Webhook

PREFIX = "whsec_"
SECRET_BYTES = 32


def generate_secret() -> str:
    return PREFIX + base64.b64encode(random_source.token_bytes(SECRET_BYTES)).decode("ascii")


def signature_header(secrets: list[str], msg_id: str, timestamp: int, body: str) -> str:
    """The ``webhook-signature`` value: one ``v1,<base64>`` per secret, space-separated."""
    at = dt.datetime.fromtimestamp(timestamp, tz=dt.UTC)
    return " ".join(Webhook(secret).sign(msg_id, at, body) for secret in secrets)
