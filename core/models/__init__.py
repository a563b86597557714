from .pages import BasePage, ContentPage, ImageAltMixin, IndexPage
from .settings import MunicipalitySettings, OpeningHours, SocialLink
from .snippets import Audience, Contact, Topic

__all__ = [
    "Audience",
    "BasePage",
    "Contact",
    "ContentPage",
    "ImageAltMixin",
    "IndexPage",
    "MunicipalitySettings",
    "OpeningHours",
    "SocialLink",
    "Topic",
]
