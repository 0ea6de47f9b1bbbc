"""`seed_scale` (the benchmark's data, issue 9) loads a consistent world through every
constraint and trigger: a small run here proves its COPY columns match the schema."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from cases.models import Asset, Case, CaseShare, Subject, User
from deadlines.models import Deadline
from demo.management.commands import seed_scale

CASES = 300


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_scale_builds_a_consistent_world() -> None:
    call_command("seed_scale", cases=CASES, due=40, any_database=True, no_progress=True)
    assert Case.objects.count() == CASES
    assert Subject.objects.count() == CASES * seed_scale.SUBJECTS_PER_CASE
    assert Asset.objects.count() == CASES * seed_scale.ASSETS_PER_CASE
    assert User.objects.filter(username=seed_scale.BENCH_PROSECUTOR, state_id="GB").exists()
    assert User.objects.filter(username=seed_scale.BENCH_LIAISON, state_id="FR").exists()
    assert CaseShare.objects.filter(state_id=seed_scale.LIAISON_STATE).exists()
    # Exactly --due deadlines are due at the benchmark's instant, none at its quiet one.
    assert Deadline.objects.filter(open=True, next_fire_at__lte=seed_scale.BENCH_NOW).count() == 40
    assert not Deadline.objects.filter(open=True, next_fire_at__lte=seed_scale.BENCH_QUIET).exists()
    # Every asset's copy of the owning state is its case's (the database holds it true too).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM cases_asset a JOIN cases_case c ON c.id = a.case_id "
            "WHERE a.owner_state_id <> c.owner_state_id"
        )
        assert cursor.fetchone() == (0,)
    # A second load refuses to mix worlds unless told to reset.
    with pytest.raises(CommandError, match="--reset"):
        call_command("seed_scale", cases=CASES, any_database=True, no_progress=True)


@pytest.mark.django_db
def test_seed_scale_refuses_a_database_not_meant_for_it() -> None:
    with pytest.raises(CommandError, match="_bench"):
        call_command("seed_scale", cases=10, no_progress=True)
