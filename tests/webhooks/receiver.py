"""A webhook receiver on loopback that checks signatures the way a third party would.

The check is written here from the Standard Webhooks specification (HMAC-SHA256 over
``{id}.{timestamp}.{body}`` with the base64-decoded ``whsec_`` secret, any of the
space-separated ``v1,`` signatures may match, timestamps within five minutes), not with the
project's signing code.
"""

import base64
import hashlib
import hmac
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def verify(secret: str, headers, body: bytes) -> bool:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    msg_id = headers["webhook-id"]
    timestamp = headers["webhook-timestamp"]
    if abs(time.time() - int(timestamp)) > 300:
        return False
    signed = f"{msg_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    offered = [
        s.split(",", 1)[1] for s in headers["webhook-signature"].split() if s.startswith("v1,")
    ]
    return any(hmac.compare_digest(expected, sig) for sig in offered)


class Receiver:
    """``mode``: "ok" (204), "error" (500), "slow" (answers after ``delay`` s), "redirect"."""

    def __init__(self, secrets=(), port=0):
        self.secrets = list(secrets)
        self.mode = "ok"
        self.delay = 0.0
        self.redirect_to = "http://169.254.169.254/latest/meta-data/"
        self.received = []  # (headers, body, verified, json)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                verified = any(verify(s, headers, body) for s in receiver.secrets)
                receiver.received.append((headers, body, verified, json.loads(body)))
                if receiver.mode == "slow":
                    time.sleep(receiver.delay)
                if receiver.mode == "error":
                    self.send_response(500)
                elif receiver.mode == "redirect":
                    self.send_response(307)
                    self.send_header("Location", receiver.redirect_to)
                else:
                    self.send_response(204 if verified else 401)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/vcms"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    """A loopback port where nothing listens (connection refused) until a receiver takes it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
