#!/usr/bin/env bash
# A production-like stack on this machine: Varnish 7 (xkey) in front of two gunicorn app nodes
# with the production settings, on one PostgreSQL database, Redis and S3 (moto server), with
# the django-tasks worker and the scheduler. docs/operations.md#the-stack describes it.
#
#   deploy/stack/stack.sh up      # (make stack) migrate, seed the demo, start everything
#   deploy/stack/stack.sh down    # (make stack-down) stop exactly the PIDs it started
#   deploy/stack/stack.sh status  # which parts run
#   deploy/stack/stack.sh reload  # the VCL loaded again, the app nodes restarted one by one
#   deploy/stack/stack.sh env     # the app nodes' environment (source it to run manage.py)
#   deploy/stack/stack.sh node-start N   # (re)start app node N (1 or 2) alone
#
# Ports: STACK_PORT (Varnish, default 8180), +1 and +2 the app nodes, +3 moto (S3), +4 the
# static files, +5 Varnish's admin port. PostgreSQL and Redis are the machine's own servers:
# STACK_DATABASE_URL (a database of its own) and STACK_REDIS_URL (a Redis db number of its own).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"

PORT="${STACK_PORT:-8180}"
NODE1_PORT=$((PORT + 1))
NODE2_PORT=$((PORT + 2))
S3_PORT=$((PORT + 3))
STATIC_PORT=$((PORT + 4))
VARNISH_ADMIN_PORT=$((PORT + 5))
RUN="${STACK_RUN_DIR:-$ROOT/.stack}"
DB_URL="${STACK_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vcms_stack}"
REDIS="${STACK_REDIS_URL:-redis://127.0.0.1:6379/8}"
WORKERS="${STACK_WEB_WORKERS:-2}"
THREADS="${STACK_WEB_THREADS:-4}"
PY="$ROOT/.venv/bin/python"
BIN="$ROOT/.venv/bin"
VMOD_DIR="${STACK_VMOD_DIR:-/usr/lib/x86_64-linux-gnu/varnish/vmods}"

app_env() {
  export DJANGO_SETTINGS_MODULE=cms.settings.production
  export SECRET_KEY="$(cat "$RUN/secret_key")"
  export ALLOWED_HOSTS="127.0.0.1,localhost"
  export SITE_URL="http://127.0.0.1:$PORT"
  export CSRF_TRUSTED_ORIGINS="http://127.0.0.1:$PORT,http://127.0.0.1:$NODE1_PORT,http://127.0.0.1:$NODE2_PORT"
  export SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 TWO_FACTOR_REQUIRED=false
  export DATABASE_URL="$DB_URL" REDIS_URL="$REDIS" CACHE_KEY_PREFIX="vcms-stack-$PORT"
  export WEB_CONCURRENCY="$WORKERS"
  export AWS_STORAGE_BUCKET_NAME=vcms-stack-media AWS_S3_ENDPOINT_URL="http://127.0.0.1:$S3_PORT"
  export AWS_S3_REGION_NAME=eu-north-1 AWS_S3_ADDRESSING_STYLE=path
  export AWS_ACCESS_KEY_ID=stack AWS_SECRET_ACCESS_KEY=stack
  export STATIC_ROOT="$RUN/static"
  # Behind Varnish every client comes from 127.0.0.1: count the rate limits per X-Real-IP.
  export API_RATE_KEY="header:x-real-ip" PUBLIC_FORM_RATE_KEY="header:x-real-ip"
  export CACHE_TAG_PURGE_URL="http://127.0.0.1:$PORT/"
  export EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
  export WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
}

# running PID: the process exists and is not a zombie (a SIGKILLed part whose parent, the
# shell that started it, is gone may stay one where PID 1 reaps nothing).
running() {
  kill -0 "$1" 2>/dev/null || return 1
  case "$(ps -o stat= -p "$1" 2>/dev/null)" in Z*|"") return 1 ;; esac
}

alive() { [ -f "$RUN/$1.pid" ] && running "$(cat "$RUN/$1.pid")"; }

# start NAME COMMAND...: run in the background, log to RUN/NAME.log, pid to RUN/NAME.pid.
start() {
  local name="$1"; shift
  if alive "$name"; then echo "  $name already runs (pid $(cat "$RUN/$name.pid"))"; return; fi
  setsid "$@" >>"$RUN/$name.log" 2>&1 < /dev/null &
  echo $! >"$RUN/$name.pid"
  echo "  $name: pid $!"
}

wait_http() {  # wait_http URL SECONDS
  local url="$1" seconds="$2"
  for _ in $(seq 1 $((seconds * 10))); do
    if "$PY" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" "$url" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "no answer from $url after ${seconds}s" >&2; return 1
}

node_start() {
  local n="$1" port
  port=$([ "$n" = 1 ] && echo "$NODE1_PORT" || echo "$NODE2_PORT")
  app_env
  # Threads (gthread): a node busy rendering still answers Varnish's probe at once; with
  # sync workers the probe waited behind the renders and the last healthy node was taken
  # out under load (tests/stack/test_node_loss.py). No --pid file of gunicorn's own: RUN/nodeN.pid
  # names the master already, and after a SIGKILL gunicorn's file named a zombie (PID 1 here
  # reaps late), which gunicorn takes for a live master: "Already running on PID ...", and the
  # node was not restarted (CI, 2026-12-03).
  start "node$n" "$BIN/gunicorn" cms.wsgi -w "$WORKERS" -k gthread --threads "$THREADS" -b "127.0.0.1:$port" \
    --graceful-timeout 5 --timeout 30 --access-logfile -
  wait_http "http://127.0.0.1:$port/healthz" 60
}

render_vcl() {
  sed -e "s/\"8001\"/\"$NODE1_PORT\"/; s/\"8002\"/\"$NODE2_PORT\"/; s/\"8004\"/\"$STATIC_PORT\"/" \
    deploy/varnish/vcms.vcl >"$RUN/vcms.vcl"
  chmod 644 "$RUN/vcms.vcl"
}

up() {
  mkdir -p "$RUN"
  # varnishd reads the VCL as its unprivileged user: a run dir made by `mktemp -d` (0700, as
  # .ci/run does) left Varnish with "Cannot read -f file (Permission denied)".
  chmod 755 "$RUN"
  [ -f "$RUN/secret_key" ] || "$PY" -c "import secrets; print(secrets.token_urlsafe(50))" >"$RUN/secret_key"
  chmod 600 "$RUN/secret_key"
  app_env
  echo "== S3 (moto server on :$S3_PORT)"
  start moto "$BIN/moto_server" -H 127.0.0.1 -p "$S3_PORT"
  wait_http "http://127.0.0.1:$S3_PORT/moto-api/" 30
  local created
  created="$("$PY" - <<PY
import boto3
s3 = boto3.client("s3", endpoint_url="$AWS_S3_ENDPOINT_URL", region_name="$AWS_S3_REGION_NAME")
if "$AWS_STORAGE_BUCKET_NAME" not in [b["Name"] for b in s3.list_buckets()["Buckets"]]:
    s3.create_bucket(Bucket="$AWS_STORAGE_BUCKET_NAME", CreateBucketConfiguration={"LocationConstraint": "$AWS_S3_REGION_NAME"})
    print("created")
PY
)"
  if [ "$created" = created ] && [ -f "$RUN/seeded" ]; then
    # moto keeps S3 in memory: a new bucket has lost the seeded images, so the stack's own
    # database starts afresh too and is seeded again.
    echo "  S3 is empty again: recreating the stack's database $DB_URL"
    local name="${DB_URL##*/}" server="${DB_URL%/*}"
    psql "$server/postgres" -q -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\""
    rm -f "$RUN/seeded"
  fi
  echo "== migrate, seed the demo, collect static files ($DB_URL)"
  "$PY" manage.py compile_translations >/dev/null
  "$PY" manage.py migrate --no-input -v 0
  # Seeding takes minutes: done once per run dir (STACK_RESEED=1 seeds again; it is idempotent).
  if [ ! -f "$RUN/seeded" ] || [ "${STACK_RESEED:-0}" = 1 ]; then
    # The demo app is not installed in production; the same environment with it seeds.
    DJANGO_SETTINGS_MODULE=cms.settings.dev DEBUG=false "$PY" manage.py seed_demo >"$RUN/seed.log" 2>&1 \
      || { tail -20 "$RUN/seed.log"; exit 1; }
    DJANGO_SETTINGS_MODULE=cms.settings.dev DEBUG=true "$PY" manage.py ensure_dev_users >>"$RUN/seed.log" 2>&1 \
      || { tail -20 "$RUN/seed.log"; exit 1; }
    "$PY" manage.py update_index >>"$RUN/seed.log" 2>&1
    touch "$RUN/seeded"
  fi
  "$PY" manage.py collectstatic --no-input -v 0
  echo "== static files (:$STATIC_PORT)"
  mkdir -p "$RUN/static-root"; ln -sfn "$RUN/static" "$RUN/static-root/static"
  start static "$PY" -m http.server "$STATIC_PORT" --bind 127.0.0.1 --directory "$RUN/static-root"
  echo "== app nodes (gunicorn, $WORKERS workers each, cms.settings.production)"
  node_start 1
  node_start 2
  echo "== worker and scheduler"
  start worker "$PY" manage.py db_worker --backend webhooks --queue-name webhooks
  start scheduler "$ROOT/deploy/stack/scheduler.sh"
  echo "== Varnish (:$PORT, xkey)"
  render_vcl
  [ -f "$RUN/varnish-secret" ] || "$PY" -c "import secrets; print(secrets.token_hex(16))" >"$RUN/varnish-secret"
  start varnish /usr/sbin/varnishd -F -n "$RUN/varnish" -a "127.0.0.1:$PORT" \
    -T "127.0.0.1:$VARNISH_ADMIN_PORT" -S "$RUN/varnish-secret" -f "$RUN/vcms.vcl" \
    -p vmod_path="$VMOD_DIR" -s malloc,256m
  wait_http "http://127.0.0.1:$PORT/healthz" 30
  echo "The stack answers on http://127.0.0.1:$PORT/ (make stack-down stops it)."
}

# Load the VCL again (rendered afresh) and restart the app nodes one after the other: the
# stack keeps answering, and the database, S3 (moto keeps it in memory) and Redis stay.
reload() {
  app_env
  render_vcl
  local name="vcms_$(date +%s)"
  varnishadm -T "127.0.0.1:$VARNISH_ADMIN_PORT" -S "$RUN/varnish-secret" vcl.load "$name" "$RUN/vcms.vcl" >/dev/null
  varnishadm -T "127.0.0.1:$VARNISH_ADMIN_PORT" -S "$RUN/varnish-secret" vcl.use "$name" >/dev/null
  # The VCLs loaded before keep probing the nodes: discard them.
  varnishadm -T "127.0.0.1:$VARNISH_ADMIN_PORT" -S "$RUN/varnish-secret" vcl.list \
    | awk -v keep="$name" '$1 == "available" && $NF != keep { print $NF }' \
    | while read -r old; do varnishadm -T "127.0.0.1:$VARNISH_ADMIN_PORT" -S "$RUN/varnish-secret" vcl.discard "$old" >/dev/null; done
  echo "  Varnish uses the VCL $name"
  for n in 1 2; do stop_pid "node$n"; node_start "$n"; done
}

stop_pid() {
  local name="$1" pid
  [ -f "$RUN/$name.pid" ] || return 0
  pid="$(cat "$RUN/$name.pid")"
  if running "$pid"; then
    # setsid made each part its own process group: stop the group (gunicorn's workers too).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do running "$pid" || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    echo "  stopped $name (pid $pid)"
  fi
  rm -f "$RUN/$name.pid"
}

down() {
  [ -d "$RUN" ] || { echo "no stack in $RUN"; return 0; }
  for name in varnish scheduler worker node1 node2 static moto; do stop_pid "$name"; done
}

status() {
  for name in varnish node1 node2 worker scheduler static moto; do
    if alive "$name"; then echo "  $name: runs (pid $(cat "$RUN/$name.pid"))"; else echo "  $name: stopped"; fi
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  reload) reload ;;
  status) status ;;
  env) app_env; env | grep -E '^(DJANGO_SETTINGS_MODULE|SECRET_KEY|ALLOWED_HOSTS|SITE_URL|CSRF_TRUSTED_ORIGINS|SECURE_|TWO_FACTOR|DATABASE_URL|REDIS_URL|CACHE_KEY_PREFIX|WEB_CONCURRENCY|AWS_|STATIC_ROOT|API_RATE_KEY|PUBLIC_FORM_RATE_KEY|CACHE_TAG_PURGE_URL|EMAIL_BACKEND|WEBHOOKS_ALLOW)' | sed 's/^/export /' ;;
  node-start) mkdir -p "$RUN"; node_start "${2:?node number}" ;;
  node-stop) stop_pid "node${2:?node number}" ;;
  *) echo "usage: $0 up|down|reload|status|env|node-start N|node-stop N" >&2; exit 2 ;;
esac
