"""Demo seeder: sign-up on activities (``signups.toml``), with confirmed and waiting people.

Idempotent: an activity that already takes sign-ups is left as it is. Rows are written
directly (no emails go out from a seed); the first ``capacity`` places are confirmed, the
rest wait, as ``signups.services.sign_up`` would have placed them.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from activities.models import ActivityPage
from demo.registry import register
from demo.validation import building, validate

from . import tokens
from .models import Registration, SignupOption, SignupQuestion


def _ensure(ctx, entry) -> bool | None:
    # Every field is read first: an entry seeded before still has to be complete.
    deadline = entry.get("deadline_offset_days")
    capacity, waiting_list = entry["capacity"], entry["waiting_list"]
    questions = [
        SignupQuestion(label=q["label"], kind=q["kind"], required=q["required"])
        for q in entry["questions"]
    ]
    participants = list(entry["participants"])
    activity = ActivityPage.objects.filter(slug=entry["activity"]).first()
    if activity is None:
        return None
    if SignupOption.objects.filter(activity=activity, occurrence_start__isnull=True).exists():
        return False
    option = SignupOption(
        activity=activity,
        capacity=capacity,
        waiting_list=waiting_list,
        deadline=ctx.at(deadline, "23:59") if deadline is not None else None,
    )
    validate(option)
    with transaction.atomic():
        option.save()
        for order, question in enumerate(questions):
            question.option, question.sort_order = option, order
            validate(question)
            question.save()
        taken = 0
        for name in participants:
            email = f"{slugify(name).replace('-', '.')}@example.dk"
            status = Registration.Status.CONFIRMED
            if taken >= option.capacity:
                if not option.waiting_list:
                    break
                status = Registration.Status.WAITING
            registration = Registration(
                option=option,
                status=status,
                name=name,
                email=email,
                email_key=email,
                answers={q.label: "" for q in questions},
            )
            tokens.start_nonce(registration)
            validate(registration)
            registration.save()
            taken += status == Registration.Status.CONFIRMED
    return True


@register("signups", after=["activities"])
def seed_signups(ctx) -> None:
    created = existing = 0
    for entry in ctx.data("signups").entries("signups"):
        with building(entry):
            made = _ensure(ctx, entry)
        if made is not None:
            created, existing = created + made, existing + (not made)
    ctx.report(_("Activity sign-ups"), created, existing)
