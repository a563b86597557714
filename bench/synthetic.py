"""Builders for synthetic pages of each type and their related rows, for ``bench.scale``.

Each ``SyntheticType`` makes unsaved page instances (``build``) and, once the batch has
ids, bulk-inserts what hangs off them (``related``): many-to-many rows, inline rows and
activity occurrences.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from activities import recurrence
from activities.models import ActivityExcludedDate, ActivityPage, Occurrence
from associations.models import AssociationPage
from core.models import Audience, Contact, Topic
from demo.text import block, danish_slug, image_value, rich_text, stream
from facilities.models import FacilityAvailability, FacilityPage, FacilityRoom
from guides.models import GuidePage, add_months
from news.models import NewsArticlePage
from renovations.models import (
    RenovationDisruption,
    RenovationPhase,
    RenovationProjectPage,
    RenovationUpdate,
    Status,
)

from . import words as w


@dataclass
class Resources:
    """Existing objects synthetic pages point at; images are a small reused pool."""

    images: list
    logos: list
    today: dt.date = field(default_factory=timezone.localdate)
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(settings.TIME_ZONE))
    topic_ids: list[int] = field(default_factory=list)
    audience_ids: list[int] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    facility_ids: list[int] = field(default_factory=list)
    association_ids: list[int] = field(default_factory=list)

    @classmethod
    def load(cls, images: list, logos: list, locale) -> Resources:
        return cls(
            images=images,
            logos=logos,
            topic_ids=list(Topic.objects.filter(locale=locale).values_list("pk", flat=True)),
            audience_ids=list(Audience.objects.filter(locale=locale).values_list("pk", flat=True)),
            contact_ids=list(Contact.objects.filter(locale=locale).values_list("pk", flat=True)),
            facility_ids=list(
                FacilityPage.objects.live().values_list("pk", flat=True).order_by("pk")[:50]
            ),
            association_ids=list(
                AssociationPage.objects.live().values_list("pk", flat=True).order_by("pk")[:50]
            ),
        )

    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=self.tz)

    def picture(self, rng: random.Random):
        image = rng.choice(self.images)
        return image, image.description


def _pick(rng: random.Random, ids: list[int]) -> int | None:
    return rng.choice(ids) if ids else None


def _summary(rng: random.Random, lead: str) -> str:
    return f"{lead}. {' '.join(rng.sample(w.SENTENCES, 2))}"


def _body(rng: random.Random, summary: str) -> str:
    return stream(
        [
            block("paragraph", rich_text(summary)),
            block("heading", "Det skal du vide"),
            block("paragraph", rich_text(" ".join(rng.sample(w.SENTENCES, 3)))),
        ]
    )


def _common(res: Resources, rng: random.Random, title: str, lead: str) -> dict:
    image, alt = res.picture(rng)
    summary = _summary(rng, lead)
    return {
        "title": title,
        "slug": danish_slug(title, 50),
        "summary": summary,
        "image": image,
        "image_alt": alt,
    }


# News ---------------------------------------------------------------------------------------


def build_news(res: Resources, rng: random.Random) -> NewsArticlePage:
    subject, predicate = rng.choice(w.NEWS_SUBJECTS), rng.choice(w.NEWS_PREDICATES)
    title = f"{rng.choice(w.NEWS_PREFIXES)}: {subject} {predicate}"
    fields = _common(res, rng, title, f"{subject} {predicate}")
    date = res.today - dt.timedelta(days=rng.randint(0, 730))
    return NewsArticlePage(
        **fields,
        date=date,
        body=_body(rng, fields["summary"]),
        contact_id=_pick(rng, res.contact_ids),
        first_published_at=res.at(date, 8),
    )


def related_news(res: Resources, rng: random.Random, pages: list) -> None:
    for relation, column, ids in (
        ("topics", "topic_id", res.topic_ids),
        ("audiences", "audience_id", res.audience_ids),
    ):
        through = getattr(NewsArticlePage, relation).through
        rows = [
            through(newsarticlepage_id=page.pk, **{column: pk})
            for page in pages
            for pk in rng.sample(ids, min(len(ids), rng.randint(1, 2)))
        ]
        through.objects.bulk_create(rows)


# Activities ---------------------------------------------------------------------------------

RULES = [recurrence.WEEKLY, recurrence.BIWEEKLY, recurrence.MONTHLY]


def build_activity(res: Resources, rng: random.Random) -> ActivityPage:
    kind, place = rng.choice(w.ACTIVITY_KINDS), rng.choice(w.ACTIVITY_PLACES)
    fields = _common(res, rng, f"{kind} {place}", f"{kind} {place}")
    day = res.today + dt.timedelta(days=rng.randint(-30, 150))
    start = res.at(day, rng.choice([10, 14, 16, 17, 19]), rng.choice([0, 30]))
    # About one in four activities repeats.
    rule = rng.choice(RULES) if rng.random() < 0.25 else ""
    facility_id = _pick(rng, res.facility_ids) if rng.random() < 0.7 else None
    return ActivityPage(
        **fields,
        body=_body(rng, fields["summary"]),
        start=start,
        end=start + dt.timedelta(minutes=rng.choice([60, 90, 120, 180])),
        recurrence=rule,
        recurrence_until=day + dt.timedelta(days=rng.randint(60, 180)) if rule else None,
        facility_id=facility_id,
        address="" if facility_id else f"{rng.choice(w.STREETS)} {rng.randint(1, 120)}",
        organiser_id=_pick(rng, res.association_ids) if rng.random() < 0.3 else None,
        department="Kultur og Fritid",
        is_free=rng.random() < 0.7,
        first_published_at=timezone.now() - dt.timedelta(days=rng.randint(1, 60)),
    )


def related_activities(res: Resources, rng: random.Random, pages: list) -> None:
    audience = ActivityPage.audiences.through
    audience.objects.bulk_create(
        audience(activitypage_id=page.pk, audience_id=pk)
        for page in pages
        for pk in rng.sample(res.audience_ids, min(len(res.audience_ids), rng.randint(1, 2)))
    )
    excluded, occurrences = [], []
    for page in pages:
        skip = []
        if page.recurrence:
            # Skip the second date, as an editor would for a holiday.
            dates = recurrence.expand(
                page.start, page.end, rule=page.recurrence, until=page.recurrence_until, tz=res.tz
            )
            if len(dates) > 2:
                skip = [dates[1][0].astimezone(res.tz).date()]
                excluded.append(ActivityExcludedDate(activity_id=page.pk, date=skip[0]))
        spans = recurrence.expand(
            page.start,
            page.end,
            rule=page.recurrence,
            until=page.recurrence_until,
            excluded=skip,
            tz=res.tz,
            limit=settings.ACTIVITY_MAX_OCCURRENCES,
        )
        occurrences.extend(
            Occurrence(activity_id=page.pk, start=start, end=end) for start, end in spans
        )
    ActivityExcludedDate.objects.bulk_create(excluded)
    Occurrence.objects.bulk_create(occurrences, batch_size=2000)


# Associations -------------------------------------------------------------------------------


def build_association(res: Resources, rng: random.Random) -> AssociationPage:
    kind, category = rng.choice(w.ASSOCIATION_KINDS)
    title = f"{rng.choice(w.ASSOCIATION_PREFIXES)} {kind}"
    fields = _common(res, rng, title, f"{title} er for alle, der bor i Vallensbæk")
    return AssociationPage(
        **fields,
        category=category,
        logo=rng.choice(res.logos) if res.logos else None,
        description=rich_text(" ".join(rng.sample(w.SENTENCES, 4))),
        email=f"kontakt@{fields['slug'][:30]}.dk",
        meeting_place_id=_pick(rng, res.facility_ids),
        membership_info="Kontingent: 300 kr. om året. Du må prøve gratis to gange.",
        first_published_at=timezone.now() - dt.timedelta(days=rng.randint(1, 900)),
    )


# Facilities ---------------------------------------------------------------------------------


def build_facility(res: Resources, rng: random.Random) -> FacilityPage:
    title = f"{rng.choice(w.FACILITY_KINDS)} {rng.choice(w.FACILITY_PLACES)}"
    fields = _common(res, rng, title, f"{title} kan lånes af foreninger")
    return FacilityPage(
        **fields,
        address=f"{rng.choice(w.STREETS)} {rng.randint(1, 120)}",
        description=rich_text(" ".join(rng.sample(w.SENTENCES, 3))),
        booking_contact_id=_pick(rng, res.contact_ids),
        first_published_at=timezone.now() - dt.timedelta(days=rng.randint(1, 900)),
    )


def related_facilities(res: Resources, rng: random.Random, pages: list) -> None:
    FacilityRoom.objects.bulk_create(
        FacilityRoom(
            facility_id=page.pk,
            sort_order=order,
            name=name,
            capacity=rng.choice([12, 20, 40, 80]),
            equipment="Borde, stole og skærm",
            accessibility="Niveaufri adgang",
        )
        for page in pages
        for order, name in enumerate(["Store sal", "Mødelokale"])
    )
    FacilityAvailability.objects.bulk_create(
        FacilityAvailability(
            facility_id=page.pk,
            sort_order=0,
            days="weekdays",
            start=dt.time(17),
            end=dt.time(22),
            note="Husk at rydde op.",
        )
        for page in pages
    )


# Guides -------------------------------------------------------------------------------------


def build_guide(res: Resources, rng: random.Random) -> GuidePage:
    title = f"{rng.choice(w.GUIDE_ACTIONS)} {rng.choice(w.GUIDE_OBJECTS)}"
    fields = _common(res, rng, title, title)
    last_reviewed = res.today - dt.timedelta(days=rng.randint(0, 500))
    interval = rng.choice([6, 12, 24])
    steps = stream(
        block(
            "step",
            {
                "title": name,
                "body": rich_text(" ".join(rng.sample(w.SENTENCES, 2))),
                "checklist": rng.sample(w.SENTENCES, 2),
                "downloads": [],
                "contact": None,
            },
        )
        for name in w.GUIDE_STEPS[: rng.randint(3, 5)]
    )
    return GuidePage(
        **fields,
        steps=steps,
        contact_id=_pick(rng, res.contact_ids),
        last_reviewed=last_reviewed,
        review_interval_months=interval,
        # GuidePage.save derives this; bulk inserts skip save, so do it here.
        review_due=add_months(last_reviewed, interval),
        first_published_at=timezone.now() - dt.timedelta(days=rng.randint(1, 900)),
    )


# Renovations --------------------------------------------------------------------------------

STATUSES = [
    Status.PLANNED,
    Status.IN_PROGRESS,
    Status.IN_PROGRESS,
    Status.PAUSED,
    Status.COMPLETED,
]


def build_renovation(res: Resources, rng: random.Random) -> RenovationProjectPage:
    building = rng.choice(w.BUILDINGS)
    title = rng.choice(w.RENOVATION_WORKS).format(building)
    fields = _common(res, rng, title, title)
    status = rng.choice(STATUSES)
    offset = {"planned": 60, "in_progress": -90, "paused": -120, "completed": -400}[status]
    start = res.today + dt.timedelta(days=offset + rng.randint(-20, 20))
    end = start + dt.timedelta(days=rng.randint(120, 360))
    return RenovationProjectPage(
        **fields,
        building=building,
        address=f"{rng.choice(w.STREETS)} {rng.randint(1, 120)}",
        status=status,
        planned_start=start,
        planned_end=end,
        expected_end=end + dt.timedelta(days=rng.choice([0, 0, 14, 30, 60])),
        description=rich_text(" ".join(rng.sample(w.SENTENCES, 3))),
        contact_id=_pick(rng, res.contact_ids),
        first_published_at=timezone.now() - dt.timedelta(days=rng.randint(1, 300)),
    )


def related_renovations(res: Resources, rng: random.Random, pages: list) -> None:
    phases, disruptions, updates = [], [], []
    for page in pages:
        length = (page.planned_end - page.planned_start) / 3
        for order in range(3):
            begin = page.planned_start + length * order
            phases.append(
                RenovationPhase(
                    project_id=page.pk,
                    sort_order=order,
                    name=w.PHASES[order],
                    planned_start=begin,
                    planned_end=begin + length,
                    status="done" if begin + length < res.today else "not_started",
                )
            )
        disruptions.append(
            RenovationDisruption(
                project_id=page.pk,
                sort_order=0,
                kind=rng.choice(["noise", "closure", "parking", "access"]),
                date_from=page.planned_start,
                date_to=page.planned_start + length,
                affected="Brugere af bygningen og naboer",
            )
        )
        for order in range(3):
            image, alt = res.picture(rng)
            updates.append(
                RenovationUpdate(
                    project_id=page.pk,
                    sort_order=order,
                    date=page.planned_start + dt.timedelta(days=30 * order),
                    title=w.UPDATE_TITLES[order],
                    text=rich_text(" ".join(rng.sample(w.SENTENCES, 2))),
                    images=stream(
                        [block("image", {"image": image_value(image, alt), "caption": ""})]
                    ),
                )
            )
    RenovationPhase.objects.bulk_create(phases)
    RenovationDisruption.objects.bulk_create(disruptions)
    RenovationUpdate.objects.bulk_create(updates)


# Registry -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyntheticType:
    """One kind of synthetic page: its index, share of ``--scale N``, builders."""

    key: str
    index_key: str
    model: type
    weight: int
    build: Callable[[Resources, random.Random], object]
    related: Callable[[Resources, random.Random, list], None] | None = None


SYNTHETIC_TYPES = [
    SyntheticType("news", "news", NewsArticlePage, 35, build_news, related_news),
    SyntheticType(
        "activities", "activities", ActivityPage, 35, build_activity, related_activities
    ),
    SyntheticType("associations", "associations", AssociationPage, 10, build_association),
    SyntheticType("facilities", "facilities", FacilityPage, 5, build_facility, related_facilities),
    SyntheticType("guides", "guides", GuidePage, 7, build_guide),
    SyntheticType(
        "renovations",
        "renovations",
        RenovationProjectPage,
        8,
        build_renovation,
        related_renovations,
    ),
]


def allocate(total: int, types=SYNTHETIC_TYPES) -> list[tuple[SyntheticType, int]]:
    """Split ``total`` over the types by weight (largest remainder, sums exactly)."""
    weights = sum(t.weight for t in types)
    exact = [(t, total * t.weight / weights) for t in types]
    counts = {t.key: int(share) for t, share in exact}
    leftover = total - sum(counts.values())
    for t, _share in sorted(exact, key=lambda item: item[1] - int(item[1]), reverse=True)[
        :leftover
    ]:
        counts[t.key] += 1
    return [(t, counts[t.key]) for t in types]
