"""``core.http.set_trusted_headers`` sets headers as ``response[name] = value`` does."""

from django.http import HttpResponse

from core.http import set_trusted_headers


def test_trusted_headers_read_and_send_like_ordinary_ones():
    ordinary = HttpResponse(b"{}", content_type="application/json")
    trusted = HttpResponse(b"{}", content_type="application/json")
    pairs = (
        ("ETag", '"0a1b"'),
        ("Cache-Control", "no-cache"),
        ("X-Server-Time", "2026-12-03T21:00:00.000+01:00"),
    )
    for name, value in pairs:
        ordinary[name] = value
    set_trusted_headers(trusted, pairs)

    assert list(trusted.items()) == list(ordinary.items())
    # Looked up, replaced and tested case-insensitively, as Django's own headers are.
    assert trusted["etag"] == '"0a1b"' and "cache-control" in trusted
    set_trusted_headers(trusted, (("Cache-Control", "no-store"),))
    assert trusted["Cache-Control"] == "no-store"
    assert len([name for name, _value in trusted.items() if name == "Cache-Control"]) == 1
