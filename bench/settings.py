"""The product's settings, with the textbook comparison routed (benchmark only)."""

from asset_recovery.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
