#!/usr/bin/env bash
# `make run`: the web application and the API with demo data on embedded defaults, with a Celery
# worker and one beat. `make run` builds the SPA first (scripts/build_frontend.sh); Django serves
# frontend/dist at /.
# DATABASE_URL / REDIS_URL in the environment switch to PostgreSQL and Redis. Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
mkdir -p .run/broker .run/broker-processed .run/broker-control

export DEBUG="${DEBUG:-1}"
export DJANGO_SETTINGS_MODULE=asset_recovery.settings
# The demo signs in with passwords alone; production requires a second factor of prosecutors and
# admins (MFA_REQUIRED_ROLES). Set it here to try that out.
export MFA_REQUIRED_ROLES="${MFA_REQUIRED_ROLES-}"
if [ -z "${DEMO_PASSWORD:-}" ]; then
  # One generated password per checkout, so that a second `make run` keeps the same logins.
  [ -s .run/demo-password ] || "$BIN/python" -c "import secrets; print(secrets.token_urlsafe(12))" > .run/demo-password
  DEMO_PASSWORD="$(cat .run/demo-password)"
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
"$BIN/celery" -A asset_recovery beat --loglevel=INFO --schedule .run/celerybeat-schedule &
pids+=($!)
"$BIN/python" manage.py runserver 127.0.0.1:8000 --noreload &
pids+=($!)

cat <<TXT

  Asset recovery demo: open http://127.0.0.1:8000/ in a browser
  (the API: http://127.0.0.1:8000/api/v1/, its docs: http://127.0.0.1:8000/api/docs/)
  Users: admin, prosecutor_gb, prosecutor2_gb, prosecutor_ng, liaison_fr, liaison_ch, liaison_us
  Password for all of them: ${DEMO_PASSWORD}
  Ctrl-C stops the API, the worker and beat.

TXT
wait -n "${pids[@]}"
