"""Public hearings (høringer): the hearing pages and the answers citizens send.

A ``HearingPage`` holds what citizens read (summary, documents, dates, the decision); its
state comes from ``hearings.state``. Answers are not pages: ``HearingAnswer`` rows with their
attachments, moderated in the admin (``hearings.wagtail_hooks``) and shown on the page once
published, without email or a hidden address.

Split by what they hold: ``pages`` (the index and hearing pages with their documents and
related pages) and ``answers`` (answers and attachments). Everything is importable from
``hearings.models`` as before, and migrations name ``hearings.models.attachment_path``.
"""

from .answers import (
    ANSWER_MAX_LENGTH,
    REDACTED_MARK,
    AnswerAttachment,
    HearingAnswer,
    answer_fingerprint,
    attachment_path,
    new_reference,
    normalise_text,
    published_answer_counts,
)
from .pages import (
    DEFAULT_RETENTION_MONTHS,
    HearingDocument,
    HearingIndexPage,
    HearingPage,
    HearingQuerySet,
    HearingRelatedPage,
    add_months,
    subpage_views,
)

__all__ = [
    "ANSWER_MAX_LENGTH",
    "DEFAULT_RETENTION_MONTHS",
    "REDACTED_MARK",
    "AnswerAttachment",
    "HearingAnswer",
    "HearingDocument",
    "HearingIndexPage",
    "HearingPage",
    "HearingQuerySet",
    "HearingRelatedPage",
    "add_months",
    "answer_fingerprint",
    "attachment_path",
    "new_reference",
    "normalise_text",
    "published_answer_counts",
    "subpage_views",
]
