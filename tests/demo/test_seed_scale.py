"""`seed_scale` (the benchmark's data, issue 9) loads a consistent world through every
constraint and trigger: a small run here proves its COPY columns match the schema, that what it
writes is what the rule tables, the asset fold and the deadline calendar would have written, and
that the rows the benchmark relies on are there."""

from __future__ import annotations

from collections import defaultdict

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from cases.models import Asset, Case, CaseShare, Role, Subject, User
from core import engine
from deadlines.models import Deadline, DeadlineKind, with_source_asset
from deadlines.services import plan_next_fire
from demo.management.commands import seed_scale
from demo.scale.world import OWNER_STATES
from workflows.asset_position import fold
from workflows.asset_rules import ASSET_RULES
from workflows.mla_models import CLOCK_RUNNING, MlaRequest, MlaStatus, MlaTransition
from workflows.mla_rules import MLA_RULES
from workflows.models import AssetTransition

CASES = 300
DUE = 40


@pytest.fixture
def world(transactional_db: None) -> None:
    call_command("seed_scale", cases=CASES, due=DUE, any_database=True, no_progress=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_scale_builds_a_consistent_world(world: None) -> None:
    assert Case.objects.count() == CASES
    assert Subject.objects.count() == CASES * seed_scale.SUBJECTS_PER_CASE
    assert Asset.objects.count() == CASES * seed_scale.ASSETS_PER_CASE
    # Every request of the first 300 cases (1 to 5 each): none lost, none doubled.
    assert CASES <= MlaRequest.objects.count() <= 5 * CASES
    # Exactly --due deadlines are due at the benchmark's instant, none at its quiet one.
    assert Deadline.objects.filter(open=True, next_fire_at__lte=seed_scale.BENCH_NOW).count() == DUE
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


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_scale_has_the_rows_the_benchmark_reads(world: None) -> None:
    prosecutor = User.objects.get(username=seed_scale.BENCH_PROSECUTOR)
    assert (prosecutor.state_id, prosecutor.role) == (seed_scale.PROSECUTOR_STATE, Role.PROSECUTOR)
    liaison = User.objects.get(username=seed_scale.BENCH_LIAISON)
    assert (liaison.state_id, liaison.role) == (seed_scale.LIAISON_STATE, Role.LIAISON)
    # An admin, a prosecutor and a liaison in every owning state, and the known users.
    assert User.objects.count() == 3 + 3 * OWNER_STATES
    # GB owns the most cases, and its known prosecutor leads every third of them.
    gb_cases = Case.objects.filter(owner_state_id=seed_scale.PROSECUTOR_STATE)
    assert gb_cases.count() == max(
        Case.objects.filter(owner_state_id=code).count()
        for code in Case.objects.values_list("owner_state_id", flat=True).distinct()
    )
    assert gb_cases.filter(lead_prosecutor=prosecutor).count() >= gb_cases.count() // 3
    assert CaseShare.objects.filter(state_id=seed_scale.LIAISON_STATE).count() >= CASES // 50
    assert Case.objects.filter(title__icontains=seed_scale.SEARCH_TERM).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_scale_assets_are_what_their_acts_make_them(world: None) -> None:
    """Every act is allowed by the table from where the asset stood, and the asset's stage,
    freeze expiry and figures are the fold of its acts, as the transition service stores them."""
    history: dict[object, list[AssetTransition]] = defaultdict(list)
    for act in AssetTransition.objects.order_by("sequence"):
        history[act.asset_id].append(act)
    stages = set()
    for asset in Asset.objects.prefetch_related("recovery_totals"):
        stage = "identified"
        for act in history[asset.pk]:
            rule = engine.find_rule(ASSET_RULES, stage, act.action)
            assert (act.from_stage, act.to_stage) == (stage, rule.target(stage))
            stage = act.to_stage
        position = fold(history[asset.pk])
        assert (asset.stage, asset.freeze_expires_on) == (stage, position.freeze_expires_on)
        stored = {
            t.currency: {f: getattr(t, f) for f in next(iter(position.totals.values()))}
            for t in asset.recovery_totals.all()
        }
        assert stored == position.totals
        stages.add(asset.stage)
    assert stages == {choice for choice, _ in Asset._meta.get_field("stage").choices}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_scale_mla_requests_and_deadlines_follow_the_tables(world: None) -> None:
    send = engine.find_rule(MLA_RULES, MlaStatus.DRAFT, "send")
    sent = set(MlaTransition.objects.filter(action="send").values_list("request_id", flat=True))
    owed = {d.source_id: d.due_on for d in Deadline.objects.filter(kind=DeadlineKind.MLA_RESPONSE)}
    for request in MlaRequest.objects.all():
        assert (request.pk in sent) == (request.status != MlaStatus.DRAFT)
        assert (request.pk in owed) == (request.status in CLOCK_RUNNING)  # as _sync_deadlines
        if request.pk in owed:
            assert owed[request.pk] == request.due_on
    assert set(MlaTransition.objects.values_list("from_status", "to_status").distinct()) == {
        (MlaStatus.DRAFT, send.to_state)
    }
    frozen = dict(Asset.objects.filter(stage="frozen").values_list("pk", "freeze_expires_on"))
    # Keyed by the freeze order in force (the act that made it), one per frozen asset.
    expiries = with_source_asset(Deadline.objects.filter(kind=DeadlineKind.FREEZE_EXPIRY))
    assert expiries.count() == len(frozen)
    assert dict(expiries.values_list("source_asset_id", "due_on")) == frozen
    # As the reminder sweep left them at the quiet instant (what it sent, what comes next).
    for deadline in Deadline.objects.all():
        assert deadline.next_fire_at == plan_next_fire(deadline, seed_scale.BENCH_QUIET)


@pytest.mark.django_db
def test_seed_scale_refuses_a_database_not_meant_for_it() -> None:
    with pytest.raises(CommandError, match="_bench"):
        call_command("seed_scale", cases=10, no_progress=True)
