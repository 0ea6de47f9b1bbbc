"""Settings for the test suite: the production settings, on the local PostgreSQL and Redis.

Only defaults are set here; DATABASE_URL and REDIS_URL from the environment win, so the same suite
runs against throwaway servers (scripts/with_services.py) or CI's.
"""

import os
from urllib.parse import urlsplit, urlunsplit

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/asset_recovery")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_url_of_this_worker(url: str, worker: str) -> str:
    """Under pytest-xdist (`-n 2`), worker gwN uses Redis database <REDIS_URL's> + N, so that the
    workers' Celery queues, lockout counts and throttles never meet. Set in the environment, so
    the processes a test starts (live server, Celery worker) use the same database."""
    if not worker.startswith("gw") or not worker[2:].isdigit():
        return url
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{base + int(worker[2:])}"))


_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
# A process started by a test inherits both variables: its REDIS_URL is the worker's already.
if os.environ.get("TESTS_REDIS_URL_OF_WORKER") != _worker:
    os.environ["REDIS_URL"] = _redis_url_of_this_worker(os.environ["REDIS_URL"], _worker)
    os.environ["TESTS_REDIS_URL_OF_WORKER"] = _worker
os.environ.setdefault("SECRET_KEY", "test-suite-secret-key-" + "x" * 40)
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
# The suite signs personas in with force_login; tests/accounts turns the second factor on where
# it is the subject (production requires it of prosecutors and admins).
os.environ.setdefault("MFA_REQUIRED_ROLES", "")
# Hashed static names exist only after collectstatic, which the suite does not run before every
# test; tests/core/test_static_files.py collects and serves them with the production storage.
os.environ.setdefault(
    "STATICFILES_BACKEND", "django.contrib.staticfiles.storage.StaticFilesStorage"
)

# The suite's tests share the names of their personas; their sign-in failures are counted in the
# process's memory, which tests/conftest.py empties before every test. The lockout on Redis, as
# in production, is tested in tests/accounts/test_lockout_shared.py.
os.environ.setdefault("LOGIN_LOCKOUT_CACHE", "default")

# The suites that walk the law's table (tests/workflows, tests/reports, tests/authz...) record
# each act as the law allows it, without the team's tasks in between. What the templates add (a
# task after an act, the act held back until it is done or waived) is the subject of tests/tasks,
# tests/demo and the browser flows, which turn them on as production has them.
os.environ.setdefault("TASK_TEMPLATES", "0")

from asset_recovery.settings import *  # noqa: E402, F403

# Hashing passwords at full strength would spend most of the suite's time in PBKDF2.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = os.environ.get(
    "TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend"
)
EMAIL_FILE_PATH = os.environ.get("TEST_EMAIL_FILE_PATH", "/tmp/asset-recovery-test-mail")

# A second alias for tests/ops/test_replica_router.py: the test database itself, through a
# connection of its own (Django's TEST MIRROR). Nothing is routed to it unless a test sets
# REPLICA_DATABASE (off here, as in production without DATABASE_REPLICA_URL).
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
