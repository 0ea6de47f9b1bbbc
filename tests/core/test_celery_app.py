from asset_recovery.celery import app, beat_schedule
from deadlines.reminders import SWEEP_TASK
from deadlines.tasks import sweep_reminders


def test_celery_is_json_only_with_late_acks_and_limits() -> None:
    conf = app.conf
    assert conf.accept_content == ["json"]
    assert conf.task_serializer == "json"
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.task_time_limit > conf.task_soft_time_limit > 0


def test_beat_schedule_is_defined_in_one_place() -> None:
    schedule = beat_schedule()
    # The task's registered name (kept from before the move: queued messages carry it).
    assert schedule["sweep-reminders"]["task"] == sweep_reminders.name == SWEEP_TASK
    app.loader.import_default_modules()
    assert app.conf.beat_schedule == schedule
