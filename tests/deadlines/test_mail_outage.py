"""A mail outage delays only the emails (issue 18): the in-app notification and the email are
two deliveries, each exactly once, through a real SMTP server taken down, frozen and brought
back; in-process and on a real Celery worker with a real Redis broker."""

from __future__ import annotations

import smtplib
import time
from datetime import date, timedelta

import pytest
from django.utils import timezone

from deadlines import reminders
from deadlines.models import Reminder
from notifications.models import Notification
from tests.deadlines.test_reminder_delivery_celery import (
    broker,  # noqa: F401  (a fixture)
    due_follow_up,
    sweep_in_the_future,
    wait_for,
    worker_process,
)
from tests.deadlines.test_reminders import at, follow_up, thresholds_of
from tests.factories import make_case
from tests.support.smtp_server import smtp_server_of_its_own

DUE_ON = date(2027, 3, 17)  # a Wednesday, no UK holiday near it


def inbox() -> list[tuple[str, str]]:
    return sorted(
        Notification.objects.filter(kind__startswith="deadline").values_list(
            "recipient__username", "kind"
        )
    )


@pytest.mark.django_db
def test_reminders_reach_the_inbox_while_the_mail_server_is_down_frozen_and_back(
    personas, settings
) -> None:
    with smtp_server_of_its_own(settings, timeout=1) as smtp:
        case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb])
        follow_up(case, DUE_ON, personas.prosecutor_gb)
        ids = reminders.sweep(now=at(thresholds_of(DUE_ON)["before_14"]), enqueue=False)
        ids = ids.reminder_ids
        assert len(ids) == 2
        team = [("prosecutor2_gb", "deadline_reminder"), ("prosecutor_gb", "deadline_reminder")]

        # Down: the connection is refused. Both notifications are in the inbox at once.
        with pytest.raises(ConnectionRefusedError):
            reminders.deliver_many(ids)
        assert inbox() == team
        pending = Reminder.objects.filter(pk__in=ids)
        assert all(r.notified_at and not r.emailed_at and not r.delivered_at for r in pending)

        # Frozen: the server accepts and never answers. The delivery gives up after the
        # timeout instead of hanging, and the inbox does not get the notifications twice.
        smtp.freeze()
        started = time.monotonic()
        with pytest.raises((TimeoutError, smtplib.SMTPServerDisconnected)):
            reminders.deliver_many(ids)
        assert time.monotonic() - started < 10
        assert inbox() == team
        assert not Reminder.objects.filter(pk__in=ids, emailed_at__isnull=False).exists()

        # Back: one email each, with the reminder's own Message-ID; then nothing more.
        smtp.up()
        assert reminders.deliver_many(ids) == {"delivered": 2}
        assert reminders.deliver_many(ids) == {"already delivered or being delivered": 2}
        assert sorted(m["To"] for m in smtp.messages) == [
            "prosecutor2_gb@example.org",
            "prosecutor_gb@example.org",
        ]
        expected_ids = {reminders.reminder_message_id(r) for r in Reminder.objects.all()}
        assert {m["Message-ID"] for m in smtp.messages} == expected_ids
        assert inbox() == team
        assert not Reminder.objects.filter(pk__in=ids, delivered_at__isnull=True).exists()


@pytest.mark.django_db
def test_a_recipient_without_an_address_is_delivered_in_the_app_alone(personas, settings) -> None:
    with smtp_server_of_its_own(settings, timeout=1):  # down all along
        personas.prosecutor2_gb.email = ""
        personas.prosecutor2_gb.save(update_fields=["email"])
        case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb])
        follow_up(case, DUE_ON, personas.prosecutor_gb)
        ids = reminders.sweep(now=at(thresholds_of(DUE_ON)["before_14"]), enqueue=False)
        with pytest.raises(ConnectionRefusedError):
            reminders.deliver_many(ids.reminder_ids)
        without_address = Reminder.objects.get(recipient=personas.prosecutor2_gb)
        assert without_address.delivered_at is not None
        assert without_address.emailed_at is None
        assert Reminder.objects.get(recipient=personas.prosecutor_gb).delivered_at is None


@pytest.mark.django_db
def test_an_email_is_not_sent_once_the_recipient_no_longer_sees_the_case(
    personas, settings
) -> None:
    """Between the inbox and the email, the recipient left the team's state (deactivated):
    the email is not sent, the reminder is closed."""
    with smtp_server_of_its_own(settings, timeout=1) as smtp:
        case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb])
        follow_up(case, DUE_ON, personas.prosecutor_gb)
        ids = reminders.sweep(now=at(thresholds_of(DUE_ON)["before_14"]), enqueue=False)
        with pytest.raises(ConnectionRefusedError):
            reminders.deliver_many(ids.reminder_ids)
        personas.prosecutor2_gb.is_active = False
        personas.prosecutor2_gb.save(update_fields=["is_active"])
        smtp.up()
        reminders.deliver_many(ids.reminder_ids)
        assert [m["To"] for m in smtp.messages] == ["prosecutor_gb@example.org"]
        assert not Reminder.objects.filter(delivered_at__isnull=True).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.slow
def test_on_a_worker_the_inbox_does_not_wait_for_the_mail_server(
    broker,  # noqa: F811
    personas,
    client_for,
    settings,
    tmp_path,
) -> None:
    """A real worker and broker: with the mail server down the notification arrives at once and
    the task retries the email; when the server is back, one email, and no second notification."""
    settings.REMINDER_REENQUEUE_SECONDS = 0
    with smtp_server_of_its_own(settings, timeout=1) as smtp:
        due_follow_up(personas, client_for)
        worker = worker_process(
            broker,
            "django.core.mail.backends.smtp.EmailBackend",
            tmp_path,
            extra_env={
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(smtp.port),
                "EMAIL_TIMEOUT": "1",
            },
        )
        try:
            result = sweep_in_the_future()
            assert result.reminders_created == 1
            wait_for(lambda: len(inbox()) == 1, 60)
            reminder = Reminder.objects.get()
            assert reminder.emailed_at is None
            assert reminder.delivered_at is None
            smtp.up()
            # The task's own retry (or the next sweep's) sends the email.
            deadline = time.monotonic() + 90
            while not smtp.messages and time.monotonic() < deadline:
                sweep_in_the_future()
                time.sleep(1)
            wait_for(lambda: not Reminder.objects.filter(delivered_at__isnull=True).exists(), 60)
            time.sleep(2)  # a late retry or redelivery would show now
        finally:
            worker.terminate()
            worker.wait(timeout=30)
        assert len(smtp.messages) == 1
        assert len(inbox()) == 1
        assert timezone.now() - Reminder.objects.get().emailed_at < timedelta(minutes=5)
