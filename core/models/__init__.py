from .pages import BasePage, ContentPage, ImageAltMixin
from .snippets import Audience, Contact, Topic

__all__ = ["Audience", "BasePage", "Contact", "ContentPage", "ImageAltMixin", "Topic"]
