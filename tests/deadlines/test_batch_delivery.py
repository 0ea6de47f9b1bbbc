"""Reminders delivered by chunk (issue 22): each chunk's notifications, emails and audit events
written in a constant number of queries, and still each exactly once: with two real workers
racing for the same reminders, with a recipient who lost access in the middle of a chunk, and
through a mail server that gives up in the middle of one."""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from asset_recovery.celery import app
from audit.models import AuditEvent
from cases.models import CaseShare
from deadlines import reminders
from deadlines.models import DeadlineKind, Reminder
from deadlines.services import deadline_sync
from notifications.models import Notification
from tests.authz.world import send_mla
from tests.deadlines.test_reminder_delivery_celery import (
    broker,  # noqa: F401  (a fixture)
    wait_for,
    worker_process,
)
from tests.deadlines.test_reminders import at, follow_up, thresholds_of
from tests.factories import make_case, share
from tests.support.smtp_server import free_port

DUE_ON = date(2027, 3, 17)  # a Wednesday, no UK or French holiday near it


def delivered_events() -> int:
    return AuditEvent.objects.filter(action="reminder.delivered").count()


def audit_chains_hold() -> None:
    out = io.StringIO()
    call_command("verify_audit", stdout=out)  # exits non-zero (raises) on a broken chain
    assert "BROKEN" not in out.getvalue()


def mla_answers_due(personas: Any, cases: int) -> list[Any]:
    """`cases` GB cases shared with FR, each with a request whose answer FR owes on DUE_ON: an
    escalation goes to the lead prosecutor, the GB admin and FR's liaison."""
    made = []
    for _ in range(cases):
        case = make_case(by=personas.prosecutor_gb)
        share(case, "FR")
        request = send_mla(case, personas.prosecutor_gb)
        deadline_sync(
            kind=DeadlineKind.MLA_RESPONSE,
            source_id=request.pk,
            case=case,
            due_on=DUE_ON,
            acting_state="FR",
            partner_state="FR",
            title="Bank records from Banque X (internal)",
        )
        made.append(case)
    return made


def escalate(personas: Any, cases: int) -> list[str]:
    mla_answers_due(personas, cases)
    result = reminders.sweep(now=at(thresholds_of(DUE_ON, "FR")["overdue_1"]), enqueue=False)
    return [str(pk) for pk in result.reminder_ids]


@pytest.mark.django_db
def test_a_chunk_costs_the_same_queries_whatever_its_size(personas) -> None:
    small, large = escalate(personas, 2), escalate(personas, 8)
    assert (len(small), len(large)) == (6, 24)  # the lead, the admin, the liaison: each case
    with CaptureQueriesContext(connection) as of_small:
        assert reminders.deliver_many(small) == {"delivered": 6}
    with CaptureQueriesContext(connection) as of_large:
        assert reminders.deliver_many(large) == {"delivered": 24}
    assert len(of_large) == len(of_small)
    assert Notification.objects.filter(kind="deadline_overdue").count() == 30
    assert delivered_events() == 30
    audit_chains_hold()


@pytest.mark.django_db
def test_a_recipient_who_lost_access_is_skipped_and_the_rest_of_the_chunk_delivered(
    personas,
) -> None:
    ids = escalate(personas, 4)
    revoked = Reminder.objects.filter(recipient=personas.liaison_fr).first().deadline.case
    CaseShare.objects.filter(case=revoked).update(revoked_at=timezone.now())
    outcome = reminders.deliver_many(ids)
    assert outcome == {"delivered": 11, reminders.SKIPPED: 1}
    skipped = Reminder.objects.get(skipped=True)
    assert (skipped.recipient, skipped.deadline.case) == (personas.liaison_fr, revoked)
    assert skipped.notification is None
    assert skipped.emailed_at is None
    to_the_liaison = Notification.objects.filter(
        recipient=personas.liaison_fr, kind="deadline_overdue"
    )
    assert not to_the_liaison.filter(case=revoked).exists()
    assert to_the_liaison.count() == 3
    # Everything is delivered (the skipped one too: nothing more will be sent for it).
    assert not Reminder.objects.filter(delivered_at__isnull=True).exists()
    assert delivered_events() == 11


class _GivesUpAfter:
    """An SMTP server that takes `accept` messages, then answers every other one "451, try
    later" until told to take them again."""

    def __init__(self, accept: int) -> None:
        self.accept = accept
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if len(self.messages) >= self.accept:
            return "451 4.3.0 Try again later"
        self.messages.append(envelope.original_content)
        return "250 OK"


@contextlib.contextmanager
def mail_server_giving_up_after(settings: Any, accept: int) -> Iterator[_GivesUpAfter]:
    handler = _GivesUpAfter(accept)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 2
    try:
        yield handler
    finally:
        controller.stop()


@pytest.mark.django_db
def test_a_mail_server_giving_up_mid_chunk_delays_only_the_rest_of_its_emails(
    personas, settings
) -> None:
    ids = escalate(personas, 3)  # 9 reminders, each with an address
    with mail_server_giving_up_after(settings, accept=4) as smtp:
        with pytest.raises(Exception, match="Try again later"):
            reminders.deliver_many(ids)
        # Every notification is in the inbox; the four emails sent are marked (and audited),
        # the five others wait.
        assert Notification.objects.filter(kind="deadline_overdue").count() == 9
        assert Reminder.objects.filter(emailed_at__isnull=False).count() == 4
        assert Reminder.objects.filter(delivered_at__isnull=False).count() == 4
        assert delivered_events() == 4

        smtp.accept = 9  # back
        assert reminders.deliver_many(ids) == {
            "delivered": 5,
            "already delivered or being delivered": 4,
        }
        assert reminders.deliver_many(ids) == {"already delivered or being delivered": 9}
    message_ids = [m.split(b"Message-ID: ", 1)[1].split(b"\n", 1)[0] for m in smtp.messages]
    assert len(message_ids) == len(set(message_ids)) == 9
    assert Notification.objects.filter(kind="deadline_overdue").count() == 9
    assert delivered_events() == 9
    assert not Reminder.objects.filter(delivered_at__isnull=True).exists()
    audit_chains_hold()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.slow
def test_two_workers_racing_for_the_same_reminders_deliver_each_once(
    broker,  # noqa: F811
    personas,
    tmp_path,
) -> None:
    """Every reminder in two tasks (as a redelivery, or a sweep enqueueing again, would put it),
    in overlapping chunks, taken by two real worker processes at once: one notification, one
    email and one audit event each, and the audit chains intact."""
    for _ in range(12):
        case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb])
        follow_up(case, DUE_ON, personas.prosecutor_gb)
    result = reminders.sweep(now=at(thresholds_of(DUE_ON)["overdue_1"]), enqueue=False)
    ids = [str(pk) for pk in result.reminder_ids]
    assert len(ids) == 36  # the lead, the team member, the admin: each case
    mail = "django.core.mail.backends.filebased.EmailBackend"
    workers = [worker_process(broker, mail, tmp_path) for _ in range(2)]
    try:
        time.sleep(3)  # both starting: the tasks below wait for them, then go to both at once
        for start in range(0, len(ids), 6):
            for chunk in (ids[start : start + 6], ids[start : start + 9], ids[start : start + 6]):
                app.send_task(reminders.DELIVER_TASK, args=[chunk])
        # Generous: two workers starting on a loaded machine take a while to be ready.
        wait_for(lambda: not Reminder.objects.filter(delivered_at__isnull=True).exists(), 240)
        time.sleep(2)  # a late duplicate would land now
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=30)
    assert Notification.objects.filter(kind="deadline_overdue").count() == 36
    assert Reminder.objects.filter(emailed_at__isnull=False).count() == 36
    sent = [
        line.split(":", 1)[1].strip()
        for path in tmp_path.iterdir()
        for line in path.read_text().splitlines()
        if line.lower().startswith("message-id:")
    ]
    assert sorted(sent) == sorted(
        reminders.reminder_message_id(reminder) for reminder in Reminder.objects.all()
    )
    assert delivered_events() == 36
    audit_chains_hold()
