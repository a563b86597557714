"""The admin form for news articles."""

from django.utils import timezone

from core.page_forms import BasePageForm


class NewsArticleForm(BasePageForm):
    """The news date follows the go-live time unless the editor set the date by hand."""

    def clean(self):
        cleaned_data = super().clean()
        go_live = cleaned_data.get("go_live_at")
        if go_live and "date" not in self.changed_data and self._date_follows_go_live():
            cleaned_data["date"] = timezone.localdate(go_live)
        return cleaned_data

    def _date_follows_go_live(self) -> bool:
        """New and never-published articles follow; later, only a date that already did."""
        page = self.instance
        if page.pk is None or page.first_published_at is None:
            return True
        previous = page.go_live_at  # the form's values are applied after clean()
        return previous is not None and page.date == timezone.localdate(previous)
