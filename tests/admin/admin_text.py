"""The text a Danish editor reads on an admin screen: text nodes plus labels in attributes."""

import json
from html.parser import HTMLParser

READ_ATTRIBUTES = ("aria-label", "placeholder", "title", "data-w-progress-active-value")


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings: list[str] = []
        self._skip = 0
        self._json = False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
            # The sidebar menu comes as JSON props the admin's JavaScript renders.
            self._json = tag == "script" and ("type", "application/json") in attrs
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value and value.strip():
                self.strings.append(" ".join(value.split()))

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if self._json:
            self.strings.extend(_json_strings(json.loads(data)))
            self._json = False
            return
        text = " ".join(data.split())
        if text and not self._skip:
            self.strings.append(text)


def _json_strings(value):
    if isinstance(value, str):
        yield " ".join(value.split())
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def admin_strings(html: str) -> list[str]:
    """Every visible string and readable label on the page, whitespace collapsed."""
    collector = _TextCollector()
    collector.feed(html)
    return collector.strings
