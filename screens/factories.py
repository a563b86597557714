"""Factories for screens, manual slides and alerts."""

import factory
from factory.django import DjangoModelFactory

from core.factories import default_locale
from screens.models import Alert, ManualSlide, Screen


class ScreenFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Skærm {n}")
    key = factory.Sequence(lambda n: f"skaerm-{n}")
    location = "Rådhuset, foyeren"
    locale = factory.LazyFunction(default_locale)
    default_slide_seconds = 10

    class Meta:
        model = Screen


class ManualSlideFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Borgerservice {n}")
    text = "Borgerservice holder lukket fredag eftermiddag."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = ManualSlide
        skip_postgeneration_save = True

    @factory.post_generation
    def screens(self, create, extracted, **kwargs):
        if create and extracted:
            self.screens.set(extracted)


class AlertFactory(DjangoModelFactory):
    message = "Vandforsyningen er afbrudt i Vallensbæk Strand. Vi arbejder på sagen."
    severity = Alert.Severity.CRITICAL
    enabled = True
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Alert
