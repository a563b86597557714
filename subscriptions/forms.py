"""The subscribe form and the manage form."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from submissions.public_form import PublicForm
from subscriptions import targets
from subscriptions.models import Language, Subscription

#: The text a citizen consents to; stored word for word with every request and confirmation.
CONSENT_TEXT = _(
    "Yes, please send emails from Vallensbæk Kommune to this address about what I have "
    "chosen. Nothing is sent until I confirm by the link in the first email. I can "
    "unsubscribe with one click in every email. The address is used for nothing else."
)


def target_choices(language: str) -> list:
    """Grouped choices ``kind:pk``: sections, topics, single pages."""
    # The form's own language only: the English sections are offered on /en/abonnement/.
    in_language = {"locale__language_code": language}
    sections = [
        (f"page:{page.pk}", page.title) for page in targets.section_pages().filter(**in_language)
    ]
    topic_list = [
        (f"topic:{topic.pk}", _("News about %(topic)s") % {"topic": topic.name})
        for topic in targets.topics(language)
    ]
    pages = [
        (f"page:{page.pk}", page.title)
        for page in targets.subscribable_pages().filter(**in_language)
    ]
    groups = [
        (_("Sections of the site"), sections),
        (_("Topics"), topic_list),
        (_("Renovation projects and other single pages"), pages),
    ]
    return [(label, choices) for label, choices in groups if choices]


class SubscribeForm(PublicForm):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    targets = forms.MultipleChoiceField(
        label=_("What do you want to hear about?"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one thing to hear about.")},
    )
    frequency = forms.ChoiceField(
        label=_("How often?"),
        choices=Subscription.Frequency.choices,
        initial=Subscription.Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"),
        choices=Language.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = (get_language() or "da")[:2]
        self.fields["targets"].choices = target_choices(language)
        self.fields["language"].initial = language if language in Language.values else "da"
        # The honeypot last, after the fields people fill in.
        self.order_fields(["email", "targets", "frequency", "language"])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def chosen(self) -> list[tuple[str, int]]:
        """``(kind, pk)`` pairs of the chosen targets, ``kind`` being ``topic`` or ``page``."""
        result = []
        for value in self.cleaned_data["targets"]:
            kind, _sep, pk = value.partition(":")
            result.append((kind, int(pk)))
        return result


class ManageForm(forms.Form):
    keep = forms.MultipleChoiceField(
        label=_("Keep these subscriptions"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Untick what you no longer want."),
    )
    frequency = forms.ChoiceField(
        label=_("How often?"), choices=Subscription.Frequency.choices, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"), choices=Language.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, subscriptions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].choices = [
            (str(subscription.pk), subscription.target_name) for subscription in subscriptions
        ]
