"""``manage.py import_events --source kultunaut-xml --file export.xml`` (or ``--url``).

Prints what it created, updated and skipped, with the reason for each skipped event. Every
imported activity is a draft in the calendar's moderation workflow. Idempotent: a second run
of the same file creates nothing and reports each event as unchanged. Scheduled by
deploy/systemd/vcms-import-events.timer (docs/signup.md).
"""

from __future__ import annotations

import urllib.request

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from activities.models import ActivityIndexPage
from eventimport import importer
from eventimport.sources import PARSERS


class Command(BaseCommand):
    help = "Import events from Eventdatabasen or Kultunaut as activity drafts."

    def add_arguments(self, parser):
        parser.add_argument("--source", required=True, choices=sorted(PARSERS))
        where = parser.add_mutually_exclusive_group(required=True)
        where.add_argument("--file", help="A file exported from the source.")
        where.add_argument("--url", help="The source's feed URL (https).")
        parser.add_argument(
            "--parent", type=int, help="The activity calendar's page id (default: the first)."
        )

    def read(self, options) -> bytes:
        limit = settings.EVENT_IMPORT_MAX_BYTES
        if options["file"]:
            try:
                with open(options["file"], "rb") as handle:
                    data = handle.read(limit + 1)
            except OSError as error:
                raise CommandError(
                    _("Cannot read the file: %(error)s") % {"error": error}
                ) from None
        else:
            url = options["url"]
            if not url.startswith("https://"):
                raise CommandError(_("The address must start with https://"))
            headers = {"Accept": "application/json, application/xml"}
            if settings.EVENTDATABASEN_API_KEY and options["source"] == "eventdatabasen":
                headers["X-Api-Key"] = settings.EVENTDATABASEN_API_KEY
            request = urllib.request.Request(url, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:  # nosec B310
                    data = response.read(limit + 1)
            except OSError as error:
                raise CommandError(
                    _("Cannot fetch %(url)s: %(error)s") % {"url": url, "error": error}
                ) from None
        if len(data) > limit:
            raise CommandError(
                _("The file is larger than %(limit)s bytes; nothing was imported.")
                % {"limit": limit}
            )
        return data

    def handle(self, *args, **options):
        # The report is for the municipality's staff: in the site's language (Danish), not
        # in whatever language the calling thread happens to have active.
        with translation.override(settings.LANGUAGE_CODE):
            return self._import(options)

    def _import(self, options):
        parents = ActivityIndexPage.objects.all()
        parent = (
            parents.filter(pk=options["parent"]).first() if options["parent"] else parents.first()
        )
        if parent is None:
            raise CommandError(_("There is no activity calendar to import into."))
        data = self.read(options)
        try:
            report = importer.run(data, options["source"], parent)
        except importer.MalformedFile as error:
            nothing = _("Nothing was imported.")
            raise CommandError(f"{error} {nothing}") from None
        for source_id in report.created:
            self.stdout.write(f"created  {source_id}")
        for source_id in report.updated:
            self.stdout.write(f"updated  {source_id}")
        unchanged = _("unchanged since the last import")
        for source_id in report.unchanged:
            self.stdout.write(f"skipped  {source_id}: {unchanged}")
        for source_id, reason in report.skipped:
            self.stdout.write(f"skipped  {source_id}: {reason}")
        self.stdout.write(
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged) + len(report.skipped)} skipped "
            f"({len(report.unchanged)} unchanged, {len(report.skipped)} with errors)."
        )
