"""An email backend that hangs, to kill a worker in the middle of a delivery."""

import time

from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):  # type: ignore[no-untyped-def]
        time.sleep(120)
        return 0
