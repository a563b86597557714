"""Typed shapes of the screen feed, so it is described in the API's OpenAPI document."""

import datetime as dt
from typing import Literal

from ninja import Schema
from pydantic import Field


class SlideImage(Schema):
    url: str = Field(description="Rendition sized for the screen (1920×1080 or 1080×1920).")
    width: int
    height: int
    alt: str


class Slide(Schema):
    id: str = Field(description="Stable id, e.g. news-12 or activity-345.")
    kind: Literal["manual", "news", "activity", "renovation", "bookings"]
    title: str
    text: str = Field(description="Short plain-language text.")
    meta: str = Field("", description="When and where, e.g. the activity's date and place.")
    image: SlideImage | None = None
    url: str | None = None
    qr_svg: str | None = Field(None, description="The URL as a QR code, inline SVG.")
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
    active_from: dt.time | None
    active_until: dt.time | None
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
