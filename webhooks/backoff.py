"""When a failed delivery is tried again: exponential steps with jitter, over more than 24 h."""

import datetime as dt
import random

#: Waits after attempt 1, 2, …; after the last one the delivery is given up (and can be
#: resent from the admin). The waits add up to 34 h 12 min 30 s before jitter.
SCHEDULE = (
    dt.timedelta(seconds=30),
    dt.timedelta(minutes=2),
    dt.timedelta(minutes=10),
    dt.timedelta(hours=1),
    dt.timedelta(hours=3),
    dt.timedelta(hours=6),
    dt.timedelta(hours=12),
    dt.timedelta(hours=12),
)
MAX_ATTEMPTS = len(SCHEDULE) + 1
#: Each wait is stretched or shortened by up to this share, so targets that failed together
#: are not all retried in the same second.
JITTER = 0.2

_random = random.SystemRandom()


def delay_after(attempt: int) -> dt.timedelta | None:
    """The wait after failed attempt number ``attempt`` (1-based), or None: give up."""
    if attempt < 1 or attempt > len(SCHEDULE):
        return None
    base = SCHEDULE[attempt - 1]
    return base * (1 + _random.uniform(-JITTER, JITTER))
