#!/usr/bin/env bash
# `make run`: the web application and the API with demo data on embedded defaults, with a Celery
# worker and one beat. `make run` builds the SPA first (scripts/build_frontend.sh); Django serves
# frontend/dist at /.
# The servers (scripts/demo_services.py): DATABASE_URL / REDIS_URL when set; else the demo's own
# PostgreSQL (a cluster kept in .run/postgres) and Redis when their programs are installed; else
# SQLite and the filesystem broker. Ctrl-C stops all, the servers the demo started included.
# DEMO_PORT (default 8000) is the API's port; DEMO_RUN_DIR (default .run) holds the demo's state.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
RUN_DIR="${DEMO_RUN_DIR:-.run}"
PORT="${DEMO_PORT:-8000}"
mkdir -p "$RUN_DIR" .run/broker .run/broker-processed .run/broker-control
if [ -z "${DEMO_SERVICES_STARTED:-}" ]; then
  # Once more, under the wrapper that starts the servers and stops them when this script ends.
  export DEMO_SERVICES_STARTED=1
  exec "$BIN/python" scripts/demo_services.py -- bash "$0" "$@"
fi

export DEBUG="${DEBUG:-1}"
export DJANGO_SETTINGS_MODULE=asset_recovery.settings
# The demo signs in with passwords alone; production requires a second factor of prosecutors and
# admins (MFA_REQUIRED_ROLES). Set it here to try that out.
export MFA_REQUIRED_ROLES="${MFA_REQUIRED_ROLES-}"
if [ -z "${DEMO_PASSWORD:-}" ]; then
  # One generated password per checkout, so that a second `make run` keeps the same logins.
  [ -s "$RUN_DIR/demo-password" ] || "$BIN/python" -c "import secrets; print(secrets.token_urlsafe(12))" > "$RUN_DIR/demo-password"
  DEMO_PASSWORD="$(cat "$RUN_DIR/demo-password")"
fi
export DEMO_PASSWORD

"$BIN/python" manage.py migrate --noinput
"$BIN/python" manage.py seed_demo

pids=()
cleanup() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

"$BIN/celery" -A asset_recovery worker --loglevel=INFO --concurrency=2 &
pids+=($!)
"$BIN/celery" -A asset_recovery beat --loglevel=INFO --schedule "$RUN_DIR/celerybeat-schedule" &
pids+=($!)
"$BIN/python" manage.py runserver "127.0.0.1:$PORT" --noreload &
pids+=($!)

cat <<TXT

  Asset recovery demo: open http://127.0.0.1:${PORT}/ in a browser
  (the API: http://127.0.0.1:${PORT}/api/v1/, its docs: http://127.0.0.1:${PORT}/api/docs/)
  Users: admin, prosecutor_gb, prosecutor2_gb, prosecutor_ng, liaison_fr, liaison_ch, liaison_us
  Password for all of them: ${DEMO_PASSWORD}
  Ctrl-C stops the API, the worker, beat and the servers the demo started.

TXT
wait -n "${pids[@]}"
