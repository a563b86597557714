"""JSON request bodies the database can store: NUL characters and lone surrogates refused.

Python's ``json`` accepts ``"\\u0000"`` and unpaired surrogates such as ``"\\ud800"``;
PostgreSQL refuses the first and UTF-8 cannot encode the second, so a string carrying either
reached the database and ended in a 500 wherever a route passes body text straight to a
query (``copy_for_translation``'s locale, ``copy``'s title) rather than through a form.
Django Ninja turns a parser error into 400 problem+json, before any route runs.
"""

import json

from ninja.parser import Parser


def unstorable_text(value) -> bool:
    """Whether any string in the decoded JSON ``value`` (keys included) cannot be stored."""
    if isinstance(value, str):
        if "\x00" in value:
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(unstorable_text(key) or unstorable_text(item) for key, item in value.items())
    if isinstance(value, list):
        return any(unstorable_text(item) for item in value)
    return False


class StorableJSONParser(Parser):
    """Ninja's JSON parser, refusing text that no database column could hold."""

    def parse_body(self, request):
        data = json.loads(request.body)
        if unstorable_text(data):
            raise ValueError("the body contains a NUL character or an unpaired surrogate")
        return data
