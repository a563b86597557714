"""Background work of the fairs app, on the default django-tasks backend (``TASKS``)."""

from django_tasks import task


@task()
def message_exhibitors(fair_id: int, subject: str, body: str, statuses: list[str]) -> int:
    from .models import FairPage
    from .notify import send_to_exhibitors

    fair = FairPage.objects.filter(pk=fair_id).first()
    if fair is None:
        return 0
    return send_to_exhibitors(fair, subject, body, statuses)


@task()
def tell_applicant(application_id: int) -> str:
    """The accepted/declined email, once per decision (``fairs.decisions``)."""
    from .decisions import tell_applicant as tell

    return tell(application_id)
