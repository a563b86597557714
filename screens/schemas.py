"""Typed shapes of the screen feed, so it is described in the API's OpenAPI document."""

import datetime as dt
from typing import Literal

from ninja import Schema
from pydantic import Field


class SlideImage(Schema):
    url: str = Field(
        description=(
            "Rendition sized for the slide's image panel (1056×1080 landscape, 1080×806 "
            "portrait): cropped around the focal point, or the whole image."
        )
    )
    width: int
    height: int
    alt: str
    fit: Literal["cover", "contain"] = Field(
        "cover",
        description=(
            "`cover`: the rendition has the panel's shape (cropped around the focal point); "
            "fill the panel. `contain`: the whole image (cropping would cut what matters); "
            "show it whole on a blurred or neutral backdrop."
        ),
    )
    position: str = Field(
        "50% 50%",
        description="The focal point as a CSS `object-position`, for any further crop.",
    )


class Slide(Schema):
    id: str = Field(description="Stable id, e.g. news-12 or activity-345.")
    kind: Literal["manual", "news", "activity", "renovation", "bookings", "hearing"]
    title: str
    text: str = Field(description="Short plain-language text.")
    meta: str = Field(
        "",
        description=(
            "When and where, e.g. the activity's date and place; lines separated by `\\n` "
            "(a renovation: its status and expected end, then each disruption and its period)."
        ),
    )
    image: SlideImage | None = None
    url: str | None = None
    short_url: str | None = Field(
        None,
        description=(
            "What the QR code encodes: a page's short address `/s/<id>` (redirects to `url`), "
            "or a manual slide's own link."
        ),
    )
    qr_svg: str | None = Field(
        None, description="`short_url` as a QR code (inline SVG, with its quiet zone)."
    )
    duration: int = Field(description="Seconds the slide stays on screen.")
    valid_until: dt.datetime | None = Field(
        None, description="Drop the slide after this time, even without a new feed."
    )


class ScreenSettings(Schema):
    key: str
    name: str
    location: str
    orientation: Literal["landscape", "portrait"]
    default_slide_seconds: int
    active_from: dt.time | None = Field(description="Start of the active hours, in `time_zone`.")
    active_until: dt.time | None = Field(description="End of the active hours, in `time_zone`.")
    time_zone: str = Field(
        description=(
            "The IANA time zone of the clock and the active hours (Europe/Copenhagen), "
            "whatever the device's own time zone."
        )
    )
    language: str
    poll_seconds: int = Field(description="How often the player should poll the feed.")


class FeedAlert(Schema):
    id: int
    message: str
    severity: Literal["info", "warning", "critical"]
    url: str | None = None
    qr_svg: str | None = None
    start: dt.datetime | None
    end: dt.datetime | None


class Feed(Schema):
    screen: ScreenSettings
    alert: FeedAlert | None = Field(
        None, description="An active alert; while present it takes over the whole screen."
    )
    slides: list[Slide]
