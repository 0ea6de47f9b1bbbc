"""A real SMTP server on a port of its own (aiosmtpd), which a test can take down, freeze and
bring back, to see what the reminders do through a mail outage.

- down: nothing listens on the port (the connection is refused);
- frozen: a socket accepts the connection and never answers (the client waits for its
  `EMAIL_TIMEOUT`);
- up: aiosmtpd answers and keeps every message it receives.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Keep:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.original_content))
        return "250 OK"


class SmtpServer:
    def __init__(self) -> None:
        self.port = free_port()
        self._handler = _Keep()
        self._controller: Controller | None = None
        self._frozen: socket.socket | None = None
        self._accepted: list[socket.socket] = []

    @property
    def messages(self) -> list[Message]:
        return list(self._handler.messages)

    def up(self) -> None:
        self.down()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def down(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
        if self._frozen is not None:
            # Shut down first: on Linux that wakes the thread blocked in accept(), which a
            # plain close() would leave holding the port.
            with contextlib.suppress(OSError):
                self._frozen.shutdown(socket.SHUT_RDWR)
            self._frozen.close()
            self._frozen = None
        for connection in self._accepted:
            connection.close()
        self._accepted.clear()

    def freeze(self) -> None:
        """Listen and accept, never greet: an SMTP client waits for the server's 220."""
        self.down()
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._frozen = listener

        def accept() -> None:
            with contextlib.suppress(OSError):
                while True:
                    connection, _ = listener.accept()
                    self._accepted.append(connection)

        threading.Thread(target=accept, daemon=True).start()


@contextlib.contextmanager
def smtp_server_of_its_own(settings: Any, *, timeout: int = 2) -> Iterator[SmtpServer]:
    """Django's SMTP backend pointed at a server of the test's own, down to begin with."""
    server = SmtpServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = timeout
    try:
        yield server
    finally:
        server.down()
