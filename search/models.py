"""Search synonyms editors maintain (admin → Snippets → "Søgesynonymer"), and the narrow copy
of the search index the search API queries on PostgreSQL."""

import re

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text or "") if w.strip("_"))


class SearchSynonym(models.Model):
    """A word and the words a search for it also finds: "svømning = svømmehal, babysvømning".

    One way only: searching for a synonym does not find the word unless it has an entry too.
    """

    term = models.CharField(
        _("search word"),
        max_length=100,
        unique=True,
        help_text=_("The word citizens search for, e.g. svømning."),
    )
    synonyms = models.TextField(
        _("synonyms"),
        help_text=_(
            "Words or short phrases that a search for the word should also find, separated "
            "by commas, e.g. svømmehal, babysvømning."
        ),
    )

    panels = [FieldPanel("term"), FieldPanel("synonyms")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["term"]

    def __str__(self):
        return self.term

    def clean(self):
        self.term = _words(self.term)
        errors = {}
        if not self.term:
            errors["term"] = _("Enter a word.")
        elif " " in self.term:
            errors["term"] = _("Enter one word.")
        if not self.synonym_list():
            errors["synonyms"] = _("Enter at least one synonym.")
        if errors:
            raise ValidationError(errors)

    def synonym_list(self) -> list[str]:
        """The synonyms as normalised words or phrases, without the term itself."""
        found = []
        for part in (self.synonyms or "").split(","):
            phrase = _words(part)
            if phrase and phrase != self.term and phrase not in found:
                found.append(phrase)
        return found


def synonyms_for(terms: list[str]) -> dict[str, list[str]]:
    """term → its synonyms, for the terms that have an entry (one query)."""
    return {s.term: s.synonym_list() for s in SearchSynonym.objects.filter(term__in=terms)}


class SearchDocument(models.Model):
    """A narrow copy of each search index entry, for the search API's query on PostgreSQL.

    Wagtail's index entries (``wagtailsearch_indexentry``) keep the title and body vectors
    beside their texts and the autocomplete vector, and are joined to pages on
    ``page.id::varchar = object_id``. At 100 000 pages, matching and ranking a common word
    there took four times the same query over one stored, GIN-indexed ``tsvector`` per page
    (make bench's floor). This table is that: on PostgreSQL, triggers on the index entries
    (migration ``0004``) keep it equal to them, so whatever writes the index (Wagtail's
    signals, ``update_index``) needs to know nothing of it. On other databases it stays empty
    and unused (``search.query.search_window``).
    """

    entry_id = models.BigIntegerField(primary_key=True)
    content_type_id = models.IntegerField()
    object_id = models.BigIntegerField()
    title = SearchVectorField()
    body = SearchVectorField()
    #: ``title || body``: what a query matches (GIN index on PostgreSQL).
    document = SearchVectorField()
    title_norm = models.FloatField(default=1.0)

    class Meta:
        # Written only by the database's triggers.
        default_permissions = ()
        indexes = [models.Index(fields=["content_type_id", "object_id"])]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}"
