"""The database's half of "no two approved slots of one room overlap" (PostgreSQL only).

On PostgreSQL an ``EXCLUDE USING gist`` constraint compares each approved slot's time range
(``tstzrange(start, end, '[)')``, a ``DateTimeRangeField`` expression) with every other
approved slot of the same room (``room_id`` by equality, which needs ``btree_gist``), so even
two transactions that both passed ``booking.rules.check_no_conflicts`` cannot both commit.

SQLite has no such constraint. The constraint is therefore not in ``BookingSlot.Meta``
(SQLite rebuilds a table from its ``Meta.constraints`` on every schema change): the
migration adds it through :class:`PostgresOnlyConstraint`, which leaves the migration state
alone (``makemigrations --check`` stays clean) and does nothing on other databases. There
the same rule holds through the transaction in ``booking.services.approve``.
"""

from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateTimeRangeField, RangeBoundary, RangeOperators
from django.db import models
from django.db.migrations.operations.base import Operation

NAME = "booking_no_overlapping_approved_slots"


class TsTzRange(models.Func):
    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


def no_overlap_constraint() -> ExclusionConstraint:
    return ExclusionConstraint(
        name=NAME,
        index_type="GIST",
        expressions=[
            ("room", RangeOperators.EQUAL),
            (TsTzRange("start", "end", RangeBoundary()), RangeOperators.OVERLAPS),
        ],
        condition=models.Q(status="approved"),
        violation_error_message="overlap",
    )


class PostgresOnlyConstraint(Operation):
    """Add :func:`no_overlap_constraint` to ``app_label.model_name`` on PostgreSQL."""

    reduces_to_sql = True
    reversible = True

    def __init__(self, model_name):
        self.model_name = model_name

    def deconstruct(self):
        return (self.__class__.__qualname__, [], {"model_name": self.model_name})

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = to_state.apps.get_model(app_label, self.model_name)
        schema_editor.add_constraint(model, no_overlap_constraint())

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = from_state.apps.get_model(app_label, self.model_name)
        schema_editor.remove_constraint(model, no_overlap_constraint())

    def describe(self):
        return f"Exclusion constraint on approved {self.model_name} ranges (PostgreSQL only)"


def is_overlap_violation(error: Exception) -> bool:
    """Whether a database error is this constraint refusing an approval."""
    return NAME in str(error)
