"""The index follows the case file: a save enqueues the task after its commit; the task and
the backfill are idempotent."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from cases.services.case_file import subject_update
from matching import tasks
from matching.models import MatchKey
from matching.signals import INDEX_SUBJECT_TASK, flush_outbox
from tests.factories import make_asset, make_case, make_subject

pytestmark = pytest.mark.django_db


def test_a_saved_subject_is_enqueued_after_its_commit(
    personas, broker, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    case = make_case(by=personas.prosecutor_gb)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        subject = make_subject(case=case, name="Viktor Fedorovych Yanukovych")
    assert broker.llen("celery") == 0  # nothing before the commit
    for callback in callbacks:
        callback()
    flush_outbox()  # the sender thread hands it to the broker
    queued = [json.loads(message) for message in broker.lrange("celery", 0, -1)]
    tasks_queued = [(m["headers"]["task"], m["headers"]["argsrepr"]) for m in queued]
    assert (INDEX_SUBJECT_TASK, repr([str(subject.pk)])) in tasks_queued


def test_the_task_indexes_and_reindexes_idempotently(personas) -> None:  # type: ignore[no-untyped-def]
    case = make_case(by=personas.prosecutor_gb)
    subject = make_subject(
        case=case,
        name="Viktor Fedorovych Yanukovych",
        identifiers=[{"type": "passport", "value": "AB 123456", "country": "UA"}],
    )
    assert tasks.index_subject(str(subject.pk)) == 3  # name, phonetic name, passport
    assert tasks.index_subject(str(subject.pk)) == 3
    assert MatchKey.objects.filter(subject=subject).count() == 3
    subject_update(subject=subject, by=personas.prosecutor_gb, changes={"name": "Mykola Azarov"})
    tasks.index_subject(str(subject.pk))
    names = set(
        MatchKey.objects.filter(subject=subject, scheme="name").values_list("value", flat=True)
    )
    assert names == {"azarov mykola"}
    assert tasks.index_subject("00000000-0000-4000-8000-000000000000") == 0  # gone: nothing


def test_the_asset_task(personas) -> None:  # type: ignore[no-untyped-def]
    asset = make_asset(
        case=make_case(by=personas.prosecutor_gb),
        kind="securities",
        description="Shares",
        details={"isin": "US0378331005"},
    )
    assert tasks.index_asset(str(asset.pk)) == 1
    assert MatchKey.objects.get(asset=asset).value == "US0378331005"


def test_backfill_indexes_every_record_and_can_run_twice(personas, capsys) -> None:  # type: ignore[no-untyped-def]
    gb_case = make_case(by=personas.prosecutor_gb)
    ng_case = make_case(by=personas.prosecutor_ng)
    for index in range(3):
        make_subject(case=gb_case, name=f"Subject Number{index}")
    make_subject(case=ng_case, name="Viktor Fedorovych Yanukovych")
    make_asset(
        case=ng_case,
        kind="bank_account",
        description="Account",
        details={"bank_name": "B", "iban": "GB82 WEST 1234 5698 7654 32"},
    )
    assert not MatchKey.objects.exists()  # the tests' transactions never commit
    call_command("match_backfill", "--no-progress", "--batch-size", "2")
    first = set(MatchKey.objects.values_list("subject_id", "asset_id", "scheme", "value"))
    assert len(first) == 4 * 2 + 1
    call_command("match_backfill", "--no-progress")
    assert set(MatchKey.objects.values_list("subject_id", "asset_id", "scheme", "value")) == first
    assert MatchKey.objects.count() == len(first)
    assert "Indexed 5 records (9 keys)" in capsys.readouterr().out
