"""Staff's list of imported events: source, id, the activity draft and its state."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from .models import ImportedEvent

PERMISSION = "eventimport.view_importedevent"


def index(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    events = ImportedEvent.objects.select_related("page").order_by("-updated_at")[:500]
    return TemplateResponse(request, "eventimport/admin/index.html", {"events": events})
