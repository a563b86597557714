"""A permission without a table: who must sign in with two-factor authentication.

Like Wagtail's own ``wagtailadmin.access_admin``, the permission hangs on an unmanaged model,
so it can be granted to groups in the admin's group editor. The migration grants it to the
Kommunikation group; superusers have every permission, so they always have it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

REQUIRE_TWO_FACTOR = "accounts.require_two_factor"


class TwoFactorPolicy(models.Model):
    """Holds the ``require_two_factor`` permission; it has no table and no rows."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("require_two_factor", _("Must sign in with two-factor authentication"))]
        verbose_name = _("two-factor policy")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
