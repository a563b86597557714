"""Content-Security-Policy: one strict policy for the public site, allowances per path.

django-csp sends ``CONTENT_SECURITY_POLICY`` (settings) on every response. The public site,
the screen player and its service worker need nothing beyond ``'self'``: no inline script, no
inline style. The Wagtail admin does need a few allowances (inline styles in its widgets,
``blob:``/``data:`` image previews, avatars); rather than weakening the public policy for
everyone, ``CSP_PATH_UPDATES`` adds them only under the listed path prefixes.

A response that already carries a ``Content-Security-Policy`` header (e.g. a document download
with its own, stricter policy) keeps it: django-csp never overwrites an existing header.

django-csp builds both headers afresh for every response (a deep copy of the settings, then the
string), which was the largest single cost of a screen's cached feed poll (``python -m
bench.profile_feed``). Most responses have no policy of their own: no nonce was used and no view
decorator changed it, so their headers depend on the path's prefixes alone. Those headers are
built once per combination of matching prefixes and reused; anything else goes through
django-csp unchanged.
"""

import base64
import hashlib
import re
from pathlib import Path

from csp.constants import HEADER, HEADER_REPORT_ONLY, UNSAFE_INLINE
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse

from core.http import setdefault_trusted_headers

_STYLE_BLOCK = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def inline_style_hashes(template: Path) -> list[str]:
    """CSP hash sources for the ``<style>`` blocks of a template that renders without context.

    The 500 page keeps its CSS inline so it looks right even when static files are what
    failed; allowing exactly that CSS by its hash keeps ``'unsafe-inline'`` out of the policy.
    """
    hashes = []
    for css in _STYLE_BLOCK.findall(template.read_text(encoding="utf-8")):
        digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    return hashes


def path_updates(path: str) -> dict[str, list[str]]:
    """The extra sources for ``path``: every ``CSP_PATH_UPDATES`` entry whose prefix matches."""
    merged: dict[str, list[str]] = {}
    for prefix, update in getattr(settings, "CSP_PATH_UPDATES", ()):
        if path.startswith(prefix):
            for directive, sources in update.items():
                merged.setdefault(directive, []).extend(sources)
    return merged


#: What django-csp's decorators leave on a response: a policy of its own, not the path's.
_RESPONSE_POLICY_ATTRS = frozenset(
    f"_csp_{kind}{suffix}"
    for kind in ("config", "update", "replace", "exempt")
    for suffix in ("", "_ro")
)
_POLICY_SETTINGS = {
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_REPORT_ONLY",
    "CSP_PATH_UPDATES",
    "DEBUG",
}
#: (path key) → the policy headers sent there, as (name, value) pairs; see _path_key.
_headers_by_path_key: dict[tuple, tuple[tuple[str, str], ...]] = {}
#: What ``request.csp_nonce`` is once the header is written: it raises ``CSPNonceError`` each
#: time it is read and keeps no state, so every request can share one.
_NONCE_AFTER_RESPONSE = CheckableLazyObject(CSPMiddleware._csp_nonce_post_response)
_prefixes: list[tuple[str, ...]] = []


@receiver(setting_changed)
def _forget_built_policies(setting, **kwargs):
    if setting in _POLICY_SETTINGS:
        _headers_by_path_key.clear()
        _prefixes.clear()


def _path_key(path: str) -> tuple[bool, ...]:
    """Which of the prefixes the policy depends on (path updates, excluded prefixes) ``path``
    has: two paths with the same key get the same headers."""
    if not _prefixes:
        excluded = [
            tuple((getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES") or ())
            for name in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
        ]
        updates = tuple(prefix for prefix, _update in getattr(settings, "CSP_PATH_UPDATES", ()))
        _prefixes.append(updates + excluded[0] + excluded[1])
    return tuple(path.startswith(prefix) for prefix in _prefixes[0])


class PathPolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, plus the ``CSP_PATH_UPDATES`` allowances for the request path."""

    def process_response(self, request, response):
        own_policy = (
            settings.DEBUG
            or getattr(request, "_csp_nonce", None) is not None
            or not _RESPONSE_POLICY_ATTRS.isdisjoint(vars(response))
        )
        if own_policy:
            return super().process_response(request, response)
        key = _path_key(request.path_info)
        headers = _headers_by_path_key.get(key)
        if headers is None:
            # Built by django-csp itself, on an empty response for the same request (which
            # also checks them as Django checks any header: they are set unchecked below).
            probe = super().process_response(request, HttpResponse())
            headers = tuple(
                (name, probe[name]) for name in (HEADER, HEADER_REPORT_ONLY) if name in probe
            )
            _headers_by_path_key[key] = headers
        setdefault_trusted_headers(response, headers)
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = _NONCE_AFTER_RESPONSE
        return response

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        extra = path_updates(request.path_info)
        if not extra or report_only:
            return parts
        # A view's own @csp_update comes on top of the path's allowances.
        update = {key: list(value) for key, value in extra.items()}
        for directive, sources in (parts.update or {}).items():
            update.setdefault(directive, []).extend(
                [sources] if isinstance(sources, str) else sources
            )
        # Browsers ignore 'unsafe-inline' when a directive also lists a hash (the 500 page's
        # CSS): where a path allows inline code, its directive is rebuilt without hashes.
        directives = getattr(settings, "CONTENT_SECURITY_POLICY", {}).get("DIRECTIVES", {})
        replace = dict(parts.replace or {})
        for directive, sources in list(update.items()):
            if UNSAFE_INLINE in sources and directive not in replace:
                kept = [s for s in directives.get(directive, []) if not s.startswith("'sha")]
                replace[directive] = kept + sources
                del update[directive]
        parts.update, parts.replace = update, replace
        return parts
