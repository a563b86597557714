#!/usr/bin/env bash
# The stack's scheduler: what deploy/systemd's timers start on a server, as one loop.
#   every minute  manage.py publish_scheduled       (vcms-publish.timer)
#   every hour    manage.py send_booking_reminders  (vcms-booking-reminders.timer)
#   every day     manage.py purge_personal_data     (vcms-retention.timer)
# The backup timer is left out: the stack's database is thrown away.
set -uo pipefail
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
minute=0
trap 'exit 0' TERM INT
while true; do
  echo "$(date -u +%FT%TZ) publish_scheduled"; $PY manage.py publish_scheduled
  if (( minute % 60 == 0 )); then echo "$(date -u +%FT%TZ) send_booking_reminders"; $PY manage.py send_booking_reminders; fi
  if (( minute % 1440 == 0 )); then echo "$(date -u +%FT%TZ) purge_personal_data"; $PY manage.py purge_personal_data; fi
  minute=$((minute + 1))
  sleep 60 & wait $!
done
