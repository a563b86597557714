"""Content-Security-Policy: one strict policy for the public site, allowances per path.

django-csp sends ``CONTENT_SECURITY_POLICY`` (settings) on every response. The public site,
the screen player and its service worker need nothing beyond ``'self'``: no inline script, no
inline style. The Wagtail admin does need a few allowances (inline styles in its widgets,
``blob:``/``data:`` image previews, avatars); rather than weakening the public policy for
everyone, ``CSP_PATH_UPDATES`` adds them only under the listed path prefixes.

A response that already carries a ``Content-Security-Policy`` header (e.g. a document download
with its own, stricter policy) keeps it: django-csp never overwrites an existing header.
"""

import base64
import hashlib
import re
from pathlib import Path

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

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


class PathPolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, plus the ``CSP_PATH_UPDATES`` allowances for the request path."""

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
