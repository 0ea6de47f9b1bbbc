"""The Prometheus endpoint: hidden (404) from all but the bearer of METRICS_TOKEN, and its
figures: requests and database, Celery queues and task outcomes, the reminders' backlog."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families
from rest_framework.test import APIClient

from asset_recovery.celery import app
from core.metrics import TASK_OUTCOMES_KEY, RedisCollector, metrics_redis
from deadlines.models import Deadline, Reminder
from tests.factories import make_case
from tests.support.redis_server import RedisServer, broker_of_its_own

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "metrics-token-for-the-test-suite-0123456789"
METRICS = "/api/metrics/"


@app.task(name="tests.ops.succeeds")
def succeeds() -> str:
    return "ok"


@app.task(name="tests.ops.fails")
def fails() -> None:
    raise ValueError("this task fails on purpose")


@app.task(name="tests.ops.retries_once", bind=True, max_retries=1, default_retry_delay=0)
def retries_once(self) -> str:  # type: ignore[no-untyped-def]
    if not self.request.retries:
        raise self.retry(countdown=0)
    return "ok"


@pytest.fixture
def token(settings) -> str:
    settings.METRICS_TOKEN = TOKEN
    return TOKEN


@pytest.fixture(autouse=True)
def _no_task_counts() -> Iterator[None]:
    client = metrics_redis()
    assert client is not None
    client.delete(TASK_OUTCOMES_KEY)
    yield
    client.delete(TASK_OUTCOMES_KEY)


def scrape(token: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = APIClient().get(METRICS, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/plain")
    assert response["Cache-Control"] == "no-store"
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.content.decode())
        for sample in family.samples
    }


def value(figures: dict, name: str, **labels: str) -> float:
    return figures[(name, tuple(sorted(labels.items())))]


def wait_for(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("condition not reached in time")


@pytest.mark.django_db
def test_without_a_configured_token_the_endpoint_does_not_exist(settings) -> None:
    settings.METRICS_TOKEN = ""
    unknown = APIClient().get("/api/no-such-endpoint/")
    for authorization in ("", "Bearer ", "Bearer anything"):
        response = APIClient().get(METRICS, HTTP_AUTHORIZATION=authorization)
        assert response.status_code == 404
        # The 404 of an address that does not exist, to the byte: nothing says it is here.
        assert response["Content-Type"] == unknown["Content-Type"]
        assert response.content == unknown.content


@pytest.mark.django_db
def test_a_wrong_or_missing_token_is_a_404(token, personas, client_for) -> None:
    for authorization in ("", f"Bearer {token[:-1]}", f"Bearer {token}x", f"Basic {token}", token):
        assert APIClient().get(METRICS, HTTP_AUTHORIZATION=authorization).status_code == 404
    # Not behind the user session: a signed-in admin without the token does not see it either.
    assert client_for(personas.admin_gb).get(METRICS).status_code == 404
    # Only reads.
    response = APIClient().post(METRICS, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 404


@pytest.mark.django_db
def test_the_right_token_gets_the_request_and_database_figures(token) -> None:
    APIClient().get("/api/v1/health/")
    figures = scrape(token)
    names = {name for name, _ in figures}
    # Requests (django-prometheus's middleware) and the database (its wrapped backend).
    assert any(
        name == "django_http_responses_total_by_status_view_method_total"
        and ("view", "health") in labels
        for name, labels in figures
    )
    assert "django_http_requests_latency_seconds_by_view_method_count" in names
    assert value(figures, "django_db_execute_total", alias="default", vendor="postgresql") > 0
    assert value(figures, "asset_recovery_metrics_redis_up") == 1
    assert "asset_recovery_celery_queue_length" in names
    assert "asset_recovery_reminder_oldest_undelivered_age_seconds" in names


@pytest.mark.django_db
def test_only_from_the_allowed_networks_when_they_are_set(token, settings) -> None:
    import ipaddress

    settings.METRICS_NETWORKS = [ipaddress.ip_network("10.0.0.0/8")]
    client = APIClient()
    inside = client.get(METRICS, HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR="10.1.2.3")
    outside = client.get(METRICS, HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR="192.0.2.7")
    assert (inside.status_code, outside.status_code) == (200, 404)


@pytest.mark.django_db
def test_the_reminder_backlog_grows_when_a_reminder_becomes_due(
    token, personas, client_for
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    response = client_for(personas.prosecutor_gb).post(
        "/api/v1/deadlines/",
        {
            "case": str(case.pk),
            "title": "Chase the Swiss bank",
            "due_on": (timezone.now().date() + timedelta(days=60)).isoformat(),
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    deadline = Deadline.objects.get()
    assert deadline.next_fire_at is not None
    assert deadline.next_fire_at > timezone.now()

    before = scrape(token)
    assert value(before, "asset_recovery_reminder_backlog", stage="due_unswept") == 0
    assert value(before, "asset_recovery_reminder_backlog_deadlines") == 0
    assert value(before, "asset_recovery_reminder_oldest_undelivered_age_seconds") == 0

    # Its first reminder's time comes (an hour ago), and the sweep has not run yet.
    Deadline.objects.filter(pk=deadline.pk).update(next_fire_at=timezone.now() - timedelta(hours=1))
    due = scrape(token)
    assert value(due, "asset_recovery_reminder_backlog", stage="due_unswept") == 1
    assert value(due, "asset_recovery_reminder_backlog_deadlines") == 1
    assert value(due, "asset_recovery_reminder_oldest_undelivered_age_seconds") >= 3600

    # The sweep records it for delivery; no worker delivered it yet.
    Deadline.objects.filter(pk=deadline.pk).update(next_fire_at=timezone.now() + timedelta(days=1))
    Reminder.objects.create(
        deadline=deadline, threshold="before_5", recipient=personas.prosecutor_gb
    )
    recorded = scrape(token)
    assert value(recorded, "asset_recovery_reminder_backlog", stage="due_unswept") == 0
    assert value(recorded, "asset_recovery_reminder_backlog", stage="undelivered") == 1
    assert value(recorded, "asset_recovery_reminder_backlog_deadlines") == 1

    Reminder.objects.update(delivered_at=timezone.now())
    delivered = scrape(token)
    assert value(delivered, "asset_recovery_reminder_backlog", stage="undelivered") == 0
    assert value(delivered, "asset_recovery_reminder_oldest_undelivered_age_seconds") == 0


@pytest.mark.django_db
def test_the_endpoint_is_not_in_the_public_api_schema(personas, client_for) -> None:
    response = client_for(personas.prosecutor_gb).get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    assert not [path for path in response.json()["paths"] if "metrics" in path]


@pytest.fixture
def broker(settings) -> Iterator[RedisServer]:
    with broker_of_its_own(settings) as server:
        yield server


def collected() -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in RedisCollector().collect()
        for sample in family.samples
    }


@pytest.mark.slow
def test_queue_length_and_task_outcomes_of_a_real_worker(broker) -> None:
    assert value(collected(), "asset_recovery_celery_queue_length", queue="celery") == 0
    for _ in range(3):
        succeeds.delay()
    fails.delay()
    retries_once.delay()
    # Nobody takes them yet: five wait in the queue.
    assert value(collected(), "asset_recovery_celery_queue_length", queue="celery") == 5

    outcome = "asset_recovery_celery_task_outcomes_total"
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        wait_for(
            lambda: (
                collected().get((outcome, (("outcome", "success"), ("task", retries_once.name))))
                == 1
            )
        )
        wait_for(
            lambda: (
                collected().get((outcome, (("outcome", "success"), ("task", succeeds.name)))) == 3
            )
        )
    figures = collected()
    assert value(figures, outcome, task=fails.name, outcome="failure") == 1
    assert value(figures, outcome, task=retries_once.name, outcome="retry") == 1
    assert value(figures, "asset_recovery_celery_queue_length", queue="celery") == 0

    # Two more worker processes count into the same figures: they add up.
    count = (
        "import django; django.setup(); from core.metrics import record_task_outcome; "
        f"record_task_outcome({succeeds.name!r}, 'success')"
    )
    for _ in range(2):
        subprocess.run(
            [sys.executable, "-c", count],
            cwd=ROOT,
            check=True,
            env={
                **__import__("os").environ,
                "DJANGO_SETTINGS_MODULE": "tests.settings",
                "REDIS_URL": settings.METRICS_REDIS_URL,
            },
            timeout=60,
        )
    assert value(collected(), outcome, task=succeeds.name, outcome="success") == 5


def test_a_redis_that_does_not_answer_costs_only_the_figures(settings) -> None:
    settings.METRICS_REDIS_URL = "redis://127.0.0.1:1/0"
    from core.metrics import record_task_outcome

    record_task_outcome("tests.ops.succeeds", "success")  # no exception: the task is not harmed
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    assert value(collected(), "asset_recovery_metrics_redis_up") == 0
