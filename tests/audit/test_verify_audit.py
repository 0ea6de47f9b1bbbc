"""`manage.py verify_audit` finds the first edited, deleted or inserted row of each chain."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from audit import trail
from audit.models import AuditChain, AuditEvent
from tests.audit.conftest import trigger_disabled
from tests.factories import make_asset, make_case, make_subject

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def verify(*args: str) -> tuple[bool, str]:
    out = StringIO()
    try:
        call_command("verify_audit", *args, stdout=out)
    except CommandError as exc:
        return False, out.getvalue() + str(exc)
    return True, out.getvalue()


def broken_at(output: str) -> list[tuple[str, int, str]]:
    return [
        (m["chain"], int(m["sequence"]), m["event"])
        for m in re.finditer(
            r"BROKEN chain=(?P<chain>\S+) sequence=(?P<sequence>\d+) "
            r"event=(?P<event>\S+):",
            output,
        )
    ]


@pytest.fixture
def history(personas) -> dict[str, Any]:
    """Two cases with a few events each, and some events of no case."""
    gb = personas.prosecutor_gb
    first = make_case(by=gb)
    for index in range(4):
        make_subject(case=first, name=f"Subject {index}")
    second = make_case(by=gb)
    make_asset(case=second)
    trail.record("auth.login", obj=gb, actor=gb)
    events = list(AuditEvent.objects.filter(chain=str(first.pk)).order_by("sequence"))
    assert [e.sequence for e in events] == [1, 2, 3, 4, 5]
    return {"first": first, "second": second, "events": events}


def execute(sql: str, params: list[Any]) -> None:
    with trigger_disabled(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_intact_chains_verify_and_their_heads_are_printed(history) -> None:
    ok, output = verify()
    assert ok, output
    first = AuditChain.objects.get(key=str(history["first"].pk))
    assert f"chain {first.key} head sequence=5 hash={first.last_hash}" in output
    assert re.search(r"chain global head sequence=\d+ hash=[0-9a-f]{64}", output)
    assert f"chain {history['second'].pk} head sequence=2" in output
    assert "BROKEN" not in output


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("action", "'subject.deleted'"),
        ("changes", '\'{"after": {"name": "Someone Else"}}\'::jsonb'),
        ("actor_id", "NULL"),
        ("occurred_at", "occurred_at - interval '1 day'"),
        ("restricted", "NOT restricted"),
        ("client_address", "'10.9.9.9'"),
    ],
)
def test_an_edited_row_breaks_the_chain_at_that_row(history, column, value) -> None:
    target = history["events"][2]
    execute(f"UPDATE cases_auditevent SET {column} = {value} WHERE id = %s", [target.pk])  # noqa: S608
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(str(history["first"].pk), 3, str(target.pk))]
    assert "edited" in output
    assert f"chain {history['second'].pk} head" in output  # the other chains are still listed


def test_an_edit_with_a_recomputed_hash_breaks_at_the_next_row(history) -> None:
    target, following = history["events"][2], history["events"][3]
    forged = AuditEvent.objects.get(pk=target.pk)
    forged.changes = {"after": {"name": "Someone Else"}}
    execute(
        "UPDATE cases_auditevent SET changes = %s::jsonb, hash = %s WHERE id = %s",
        ['{"after": {"name": "Someone Else"}}', trail.hash_of_stored(forged), target.pk],
    )
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(str(history["first"].pk), 4, str(following.pk))]


def test_a_deleted_row_breaks_the_chain_where_it_was(history) -> None:
    deleted, following = history["events"][1], history["events"][2]
    execute("DELETE FROM cases_auditevent WHERE id = %s", [deleted.pk])
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(str(history["first"].pk), 2, str(following.pk))]
    assert "missing" in output


def test_deleting_the_last_row_breaks_at_the_head(history) -> None:
    last = history["events"][-1]
    execute("DELETE FROM cases_auditevent WHERE id = %s", [last.pk])
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(str(history["first"].pk), 5, "missing")]


def _forged_event(chain: str, sequence: int, previous_hash: str, case_id: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": uuid.uuid4(),
        "chain": chain,
        "sequence": sequence,
        "previous_hash": previous_hash,
        "occurred_at": history_time(),
        "actor_id": None,
        "actor_label": "",
        "action": "subject.created",
        "object_type": "subject",
        "object_id": str(uuid.uuid4()),
        "case_id": case_id,
        "restricted": False,
        "changes": {"after": {"name": "Planted"}},
        "request_id": "",
        "client_address": None,
    }
    fields["hash"] = trail.event_hash(fields)
    return fields


def history_time() -> Any:
    from django.utils import timezone

    return timezone.now()


def test_a_well_formed_row_inserted_after_the_head_breaks_at_that_row(history) -> None:
    first = history["first"]
    last = history["events"][-1]
    planted = _forged_event(str(first.pk), 6, last.hash, first.pk)
    AuditEvent.objects.create(**planted)  # INSERT is allowed: the chain head shows it
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(str(first.pk), 6, str(planted["id"]))]


def test_a_row_inserted_with_a_made_up_sequence_breaks_at_that_row(history) -> None:
    first = history["first"]
    planted = _forged_event(str(first.pk), 9, history["events"][-1].hash, first.pk)
    AuditEvent.objects.create(**planted)
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(str(first.pk), 6, str(planted["id"]))]


def test_a_row_inserted_on_a_chain_of_its_own_is_found(history) -> None:
    invented = str(uuid.uuid4())
    planted = _forged_event(invented, 1, trail.GENESIS_HASH, invented)
    AuditEvent.objects.create(**planted)
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(invented, 1, str(planted["id"]))]


def test_a_row_moved_to_another_case_is_found(history) -> None:
    first, second = history["first"], history["second"]
    planted = _forged_event(str(first.pk), 6, history["events"][-1].hash, second.pk)
    AuditEvent.objects.create(**planted)
    AuditChain.objects.filter(key=str(first.pk)).update(last_sequence=6, last_hash=planted["hash"])
    ok, output = verify()
    assert not ok
    assert broken_at(output) == [(str(first.pk), 6, str(planted["id"]))]
    assert "does not belong" in output


def test_one_chain_can_be_checked_alone(history) -> None:
    execute("UPDATE cases_auditevent SET action = 'x' WHERE id = %s", [history["events"][0].pk])
    ok, output = verify("--chain", str(history["second"].pk))
    assert ok, output
    assert output.count("head sequence=") == 1
    ok, output = verify("--chain", str(history["first"].pk))
    assert not ok
    with pytest.raises(CommandError, match="No chain"):
        call_command("verify_audit", "--chain", "nonexistent", stdout=StringIO())


def test_verification_reads_each_chain_in_a_constant_number_of_queries(history) -> None:
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        verify()
    for index in range(20):
        make_subject(case=history["first"], name=f"More {index}")
    with CaptureQueriesContext(connection) as many:
        verify()
    assert len(few) == len(many)


# serialized_rollback: the ISO states (a data migration) come back after the tables are emptied.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_command_exits_non_zero_when_broken(personas) -> None:
    """As the operator runs it: `manage.py verify_audit` in a shell, against committed data."""
    case = make_case(by=personas.prosecutor_gb)
    env = {"DJANGO_SETTINGS_MODULE": "tests.settings", "DATABASE_URL": _database_url()}
    command = [sys.executable, "manage.py", "verify_audit", "--chain", str(case.pk)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"chain {case.pk} head sequence=1" in result.stdout

    event = AuditEvent.objects.get(chain=str(case.pk))
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE cases_auditevent DISABLE TRIGGER audit_event_append_only")
        try:
            cursor.execute("UPDATE cases_auditevent SET action = 'x' WHERE id = %s", [event.pk])
        finally:
            cursor.execute("ALTER TABLE cases_auditevent ENABLE TRIGGER audit_event_append_only")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert f"BROKEN chain={case.pk} sequence=1 event={event.pk}:" in result.stdout


def _database_url() -> str:
    settings = connection.settings_dict
    user, password = settings["USER"], settings["PASSWORD"]
    credentials = f"{user}:{password}@" if password else f"{user}@"
    return f"postgres://{credentials}{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
