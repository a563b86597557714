"""The Danish admin names every project app in Danish (permissions, reports, Django admin)."""

import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise


def project_apps():
    for config in apps.get_app_configs():
        if config.path.startswith(str(settings.BASE_DIR)) and "site-packages" not in config.path:
            yield pytest.param(config, id=config.label)


@pytest.mark.parametrize("config", list(project_apps()))
def test_app_label_is_translated_into_danish(config):
    assert isinstance(config.verbose_name, Promise), "verbose_name is not marked for translation"
    with translation.override("en"):
        english = str(config.verbose_name)
    with translation.override("da"):
        danish = str(config.verbose_name)

    assert danish != english, f"no Danish translation of {english!r}"


@pytest.mark.django_db
def test_permissions_in_the_danish_admin_name_the_app_in_danish(admin_client):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Redaktører")
    admin_client.cookies["django_language"] = "da"

    html = admin_client.get(f"/django-admin/auth/group/{group.pk}/change/").content.decode()

    # "<app> | <model> | <permission>" in the permission picker.
    assert "Aktiviteter | aktivitetskalender" in html
    assert "Nyheder | " in html
    assert "Activities | " not in html and "News | " not in html
