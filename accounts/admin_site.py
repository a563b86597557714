"""Django's own admin (``/django-admin/``), for superusers only.

It is mounted only when ``DJANGO_ADMIN_ENABLED`` is set (``cms.urls``); the Wagtail admin is
where staff work. A superuser who must use two-factor sign-in (``TWO_FACTOR_REQUIRED``) gets
in only with a verified session, and the two-factor middleware asks everyone who has an
authenticator for the code before any admin page.
"""

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class SuperuserAdminSite(AdminSite):
    """The default admin site, open to active superusers alone (not to every ``is_staff``)."""

    def has_permission(self, request):
        # Imported here: this module is loaded with the app registry, before the models.
        from . import two_factor

        user = request.user
        if not (user.is_active and user.is_superuser):
            return False
        return not two_factor.must_verify(request)


class AdminConfig(DjangoAdminConfig):
    """``django.contrib.admin`` with :class:`SuperuserAdminSite` as ``admin.site``."""

    default_site = "accounts.admin_site.SuperuserAdminSite"
