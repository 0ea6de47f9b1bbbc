"""A password hasher as slow as a real one is, so that timing differences would show."""

from __future__ import annotations

import time
from typing import Any

from django.contrib.auth.hashers import MD5PasswordHasher

HASH_SECONDS = 0.05


class SlowCountingHasher(MD5PasswordHasher):
    algorithm = "slow_md5"
    calls = 0

    def encode(self, password: str, salt: str) -> Any:
        type(self).calls += 1
        time.sleep(HASH_SECONDS)
        return super().encode(password, salt)
