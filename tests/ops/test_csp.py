"""Which Content-Security-Policy each part of the site gets (the browser test proves it works)."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from cms.csp import PathPolicyCSPMiddleware


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


@pytest.mark.django_db
def test_public_pages_get_the_strict_policy(client):
    response = client.get("/healthz")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]


@pytest.mark.django_db
def test_only_the_admin_gets_inline_script_and_style(client):
    admin = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in admin["script-src"]
    assert "'unsafe-inline'" in admin["style-src"]
    assert "blob:" in admin["img-src"]
    # A look-alike path outside the admin gets the public policy.
    public = directives(client.get("/administration/")["Content-Security-Policy"])
    assert "'unsafe-inline'" not in public["script-src"]


def test_a_view_with_its_own_policy_keeps_it():
    """Document downloads set a stricter policy of their own; the middleware leaves it alone."""
    request = RequestFactory().get("/documents/1/rapport.pdf")

    def view(request):
        response = HttpResponse(b"%PDF-1.7")
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    response = PathPolicyCSPMiddleware(view)(request)
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_media_on_s3_is_allowed_as_an_image_source(monkeypatch):
    """The policy follows the media settings, so images from the bucket or CDN still show."""
    import importlib

    import cms.settings.base as base

    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "vcms-media")
    monkeypatch.setenv("AWS_S3_CUSTOM_DOMAIN", "media.vallensbaek.dk")
    try:
        reloaded = importlib.reload(base)
        img_src = reloaded.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
        assert "https://media.vallensbaek.dk" in img_src
    finally:
        monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME")
        monkeypatch.delenv("AWS_S3_CUSTOM_DOMAIN")
        importlib.reload(base)


@pytest.mark.django_db
def test_the_admin_policy_drops_hashes_that_would_cancel_unsafe_inline(client):
    # Browsers ignore 'unsafe-inline' next to a hash; the public style-src has one (500 page).
    admin = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert not [source for source in admin["style-src"] if source.startswith("'sha")]
    public = directives(client.get("/healthz")["Content-Security-Policy"])
    assert [source for source in public["style-src"] if source.startswith("'sha256-")]


def _through_middleware(path, view):
    request = RequestFactory().get(path)
    middleware = PathPolicyCSPMiddleware(view)
    middleware.process_request(request)
    return middleware.process_response(request, view(request))


def test_a_policy_built_once_per_path_does_not_carry_one_views_own_allowance():
    """The path's headers are reused, but a view's own allowance stays its own."""
    from csp.decorators import csp_update

    def plain(request):
        return HttpResponse("plain")

    def with_nonce(request):
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    @csp_update({"img-src": ["https://kort.vallensbaek.dk"]})
    def with_update(request):
        return HttpResponse("map")

    before = _through_middleware("/nyheder/", plain)["Content-Security-Policy"]
    # The policy lists no nonce source (no inline script anywhere), but a view that asks for
    # one goes through django-csp's own path.
    assert _through_middleware("/nyheder/", with_nonce)["Content-Security-Policy"] == before
    updated = directives(_through_middleware("/nyheder/", with_update)["Content-Security-Policy"])
    assert "https://kort.vallensbaek.dk" in updated["img-src"]
    after = _through_middleware("/nyheder/", plain)["Content-Security-Policy"]
    assert after == before
    assert "kort.vallensbaek.dk" not in after


def test_a_changed_policy_setting_is_sent_at_once(settings):
    def plain(request):
        return HttpResponse("plain")

    first = directives(_through_middleware("/nyheder/", plain)["Content-Security-Policy"])
    assert first["object-src"] == ["'none'"]
    policy = {**settings.CONTENT_SECURITY_POLICY}
    policy["DIRECTIVES"] = {**policy["DIRECTIVES"], "object-src": ["'self'"]}
    settings.CONTENT_SECURITY_POLICY = policy
    second = directives(_through_middleware("/nyheder/", plain)["Content-Security-Policy"])
    assert second["object-src"] == ["'self'"]
