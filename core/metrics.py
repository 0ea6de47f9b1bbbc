"""Prometheus figures that every process adds up: Celery task outcomes and queue lengths.

A counter in one process's memory counts only that process; the workers are several processes on
several hosts. Task outcomes are therefore counted in one Redis hash (`HINCRBY`, atomic), which
every worker increments from Celery's signals (asset_recovery/celery.py) and the scrape reads.
Queue lengths are read from the broker at scrape time (`LLEN` of its lists).

A Redis that does not answer costs a figure, never a task or a scrape: the outcome is dropped
with a warning, and the scrape reports `asset_recovery_metrics_redis_up 0`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator

import redis
from django.conf import settings
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

logger = logging.getLogger(__name__)

TASK_OUTCOMES_KEY = "ar:metrics:celery_task_outcomes"
TASK_OUTCOMES = ("success", "failure", "retry")
_FIELD_SEPARATOR = "\t"
# Kombu's Redis transport keeps a queue's messages of priority 0 under the queue's name and those
# of the other priority steps (3, 6, 9 by default) under `<name>\x06\x16<step>`.
_PRIORITY_SEPARATOR = "\x06\x16"
_PRIORITY_STEPS = (3, 6, 9)
# Kombu's hash of the messages a worker took and has not acknowledged yet (late acks).
_UNACKED_KEY = "unacked"


@functools.cache
def _client(url: str) -> redis.Redis:
    timeout = settings.REDIS_SOCKET_TIMEOUT
    return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)


def metrics_redis() -> redis.Redis | None:
    url = settings.METRICS_REDIS_URL
    return _client(url) if url else None


def record_task_outcome(task_name: str, outcome: str) -> None:
    """Count one outcome (success, failure, retry) of one task, for every process to add up."""
    client = metrics_redis()
    if client is None:
        return
    try:
        client.hincrby(TASK_OUTCOMES_KEY, f"{task_name}{_FIELD_SEPARATOR}{outcome}", 1)
    except redis.RedisError as exc:
        logger.warning("metrics: could not count %s of %s: %s", outcome, task_name, exc)


class RedisCollector:
    """Task outcomes and the broker's queue lengths, read from Redis when Prometheus scrapes."""

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "asset_recovery_metrics_redis_up",
            "Whether the Redis holding the task counters and the broker's queues answered.",
        )
        try:
            metrics = [self._task_outcomes(), *self._queues()]
        except redis.RedisError as exc:
            logger.warning("metrics: Redis did not answer: %s", exc)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from metrics

    def _task_outcomes(self) -> Metric:
        outcomes = CounterMetricFamily(
            "asset_recovery_celery_task_outcomes",
            "Celery tasks that ended, by task and outcome (success, failure, retry), "
            "counted by every worker process together.",
            labels=["task", "outcome"],
        )
        client = metrics_redis()
        if client is None:
            return outcomes
        fields: dict[bytes, bytes] = client.hgetall(TASK_OUTCOMES_KEY)  # type: ignore[assignment]
        for field, count in sorted(fields.items()):
            task, _, outcome = field.decode().rpartition(_FIELD_SEPARATOR)
            outcomes.add_metric([task, outcome], float(count))
        return outcomes

    def _queues(self) -> list[Metric]:
        broker_url = str(settings.CELERY_BROKER_URL)
        if not broker_url.startswith(("redis://", "rediss://", "unix://")):
            return []
        client = _client(broker_url)
        length = GaugeMetricFamily(
            "asset_recovery_celery_queue_length",
            "Messages waiting in a Celery queue (all priorities), not yet taken by a worker.",
            labels=["queue"],
        )
        with client.pipeline(transaction=False) as pipe:
            for queue in settings.CELERY_METRICS_QUEUES:
                pipe.llen(queue)
                for step in _PRIORITY_STEPS:
                    pipe.llen(f"{queue}{_PRIORITY_SEPARATOR}{step}")
            pipe.hlen(_UNACKED_KEY)
            answers = pipe.execute()
        per_queue = len(_PRIORITY_STEPS) + 1
        for index, queue in enumerate(settings.CELERY_METRICS_QUEUES):
            waiting = answers[index * per_queue : (index + 1) * per_queue]
            length.add_metric([queue], float(sum(waiting)))
        unacked = GaugeMetricFamily(
            "asset_recovery_celery_unacked",
            "Messages a worker took and has not acknowledged yet (running or lost with a worker).",
        )
        unacked.add_metric([], float(answers[-1]))
        return [length, unacked]
