from .easy_read import EasyReadMixin
from .pages import BasePage, ContentPage, ImageAltMixin, IndexPage
from .settings import FooterLink, MunicipalitySettings, OpeningHours, SocialLink
from .snippets import Audience, Contact, Topic

__all__ = [
    "Audience",
    "BasePage",
    "Contact",
    "ContentPage",
    "EasyReadMixin",
    "FooterLink",
    "ImageAltMixin",
    "IndexPage",
    "MunicipalitySettings",
    "OpeningHours",
    "SocialLink",
    "Topic",
]
