from .pages import BasePage, ContentPage, ImageAltMixin, IndexPage
from .snippets import Audience, Contact, Topic

__all__ = ["Audience", "BasePage", "Contact", "ContentPage", "ImageAltMixin", "IndexPage", "Topic"]
