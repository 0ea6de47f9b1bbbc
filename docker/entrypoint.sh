#!/bin/sh
# Container entrypoint for the asset-recovery image.
#
# Deliberately thin: database migrations run in the one-shot `migrate`
# compose service (web/worker/beat wait for it to complete), so this script
# only hands over to the requested command. `exec` replaces the shell, so
# gunicorn/celery receive SIGTERM directly and shut down gracefully.
set -eu

# Allow `docker run IMAGE manage.py <command>` as a shorthand.
if [ "${1:-}" = "manage.py" ]; then
    set -- python "$@"
fi

exec "$@"
