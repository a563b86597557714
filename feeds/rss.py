"""RSS 2.0 with what info screens and feed readers show: Media RSS and Dublin Core added.

OS2display's RSS and news-feed templates (``reference/os2display.md``) read ``title``,
``description``, ``link``, ``pubDate``, ``author`` and an image from ``enclosure`` or
``media:content``. RSS 2.0's ``<author>`` must be an email address, so the name goes in
``dc:creator`` too, which readers show when there is no address.
"""

from django.utils.feedgenerator import Rss201rev2Feed

MEDIA_NS = "http://search.yahoo.com/mrss/"
DC_NS = "http://purl.org/dc/elements/1.1/"


class MediaRssFeed(Rss201rev2Feed):
    """Items may carry ``media`` (a dict: url, type, width, height, file_size, alt)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS, "xmlns:dc": DC_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item["author_name"] and item["author_email"]:
            # Without an address the parent class already wrote dc:creator.
            handler.addQuickElement("dc:creator", item["author_name"])
        media = item.get("media")
        if media:
            attrs = {"url": media["url"], "medium": "image", "type": media["type"]}
            for attr, key in (("width", "width"), ("height", "height"), ("fileSize", "file_size")):
                if media.get(key):
                    attrs[attr] = str(media[key])
            handler.startElement("media:content", attrs)
            if media.get("alt"):
                handler.addQuickElement("media:description", media["alt"], {"type": "plain"})
            handler.endElement("media:content")
