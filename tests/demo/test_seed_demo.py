from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from audit.models import AuditEvent
from cases.models import Asset, Case, CaseShare, Subject, User

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (User, Case, Subject, Asset, CaseShare, AuditEvent)
    }


def test_seed_demo_loads_the_demo_once(monkeypatch) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    call_command("seed_demo")
    first = counts()
    assert first["User"] == 7
    assert first["Case"] == 3
    assert User.objects.get(username="prosecutor_gb").check_password("demo-password-for-tests")
    minister = Case.objects.get(title__startswith="Oil ministry")
    assert minister.subjects.filter(role="family").count() == 2
    assert minister.subjects.filter(kind="organization").count() == 3
    assert set(minister.assets.values_list("jurisdiction_id", flat=True)) >= {"CH", "GB", "MT"}
    stages = set(Asset.objects.values_list("stage", flat=True))
    assert stages == {
        "identified",
        "frozen",
        "seized",
        "under_appeal",
        "confiscated",
        "repatriated",
        "released",
    }
    from workflows.mla_models import MlaRequest

    today = timezone.now().date()
    assert MlaRequest.objects.filter(status="acknowledged", due_on__lt=today).exists()  # overdue
    assert MlaRequest.objects.filter(status="sent", due_on__gt=today).exists()  # near
    from matching.models import WatchListHit, WatchListVersion

    hit_subjects = set(WatchListHit.objects.values_list("subject__name", flat=True))
    assert hit_subjects == {
        "Chief Adebayo Demo-Okonkwo",
        "Adebayo Demo Okonkwo",  # the same man in the port concession case, hit as well
        "Atlantic Crest Holdings Ltd",
        "Hon. Demo Mwangi",
    }
    call_command("seed_demo")
    assert counts() == first
    assert WatchListVersion.objects.count() == 1
    assert set(WatchListHit.objects.values_list("subject__name", flat=True)) == hit_subjects


def test_seed_demo_refuses_without_password(monkeypatch) -> None:
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="DEMO_PASSWORD"):
        call_command("seed_demo")
