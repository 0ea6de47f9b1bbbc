"""The product's settings, with the textbook comparison routed (benchmark only)."""

import os

from asset_recovery.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# The sweep's workers write every email to files there, so that the benchmark counts them.
if os.environ.get("BENCH_EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["BENCH_EMAIL_FILE_PATH"]
