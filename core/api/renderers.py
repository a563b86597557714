"""The API's JSON renderer: every date-time in local time with its offset (``core.times``).

Django Ninja dumps response schemas to Python objects and leaves date-times to the JSON
encoder, Django's, which writes a UTC value as ``…Z``. This renderer is the one place every
API response (Wagtail's page endpoints and the project's routers) passes through, so no
schema needs its own conversion.
"""

import datetime as dt

from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder

from core.times import local_iso


class LocalTimeJSONEncoder(NinjaJSONEncoder):
    def default(self, o):
        if isinstance(o, dt.datetime):
            return local_iso(o)
        return super().default(o)


class LocalTimeJSONRenderer(JSONRenderer):
    encoder_class = LocalTimeJSONEncoder
