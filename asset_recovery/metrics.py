"""The Prometheus endpoint, `/api/metrics/`, for the monitoring system only.

It answers only a caller that sends `Authorization: Bearer <METRICS_TOKEN>` (compared in constant
time) and, when METRICS_NETWORKS is set, comes from one of those networks. Everyone else, signed
in or not, gets the 404 of an address that does not exist: the endpoint is not behind the user
session, and is not in the public OpenAPI schema (it is not part of the API; docs/operations.md
documents it).

What it serves:
- this web process's figures (django-prometheus: requests by view, method and status, latency,
  database queries, errors and connections), or every gunicorn worker's together when
  PROMETHEUS_MULTIPROC_DIR is set (asset_recovery/gunicorn_config.py);
- figures computed at scrape time: Celery task outcomes (counted in Redis by every worker) and
  queue lengths (core/metrics.py), the reminders' backlog and its oldest age (deadlines/metrics.py).
"""

from __future__ import annotations

import hmac
import ipaddress
import os

import prometheus_client
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from prometheus_client import multiprocess

from accounts.services.login_lockout import client_address
from core.metrics import RedisCollector
from core.problems import handler404
from deadlines.metrics import ReminderBacklogCollector


def _authorised(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    if not token:
        return False
    scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return False
    # Constant time: how much of a guess was right must not show in the answer's timing.
    if not hmac.compare_digest(presented.strip().encode(), token.encode()):
        return False
    if settings.METRICS_NETWORKS:
        try:
            address = ipaddress.ip_address(client_address(request))
        except ValueError:
            return False
        return any(address in network for network in settings.METRICS_NETWORKS)
    return True


def _process_registry() -> prometheus_client.CollectorRegistry:
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = prometheus_client.CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return prometheus_client.REGISTRY


def scrape_registry() -> prometheus_client.CollectorRegistry:
    """The figures computed when Prometheus scrapes (a registry of their own, made anew)."""
    registry = prometheus_client.CollectorRegistry(auto_describe=False)
    registry.register(RedisCollector())
    registry.register(ReminderBacklogCollector())
    return registry


def metrics_view(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD") or not _authorised(request):
        # The answer of an address that does not exist (core.problems), to the byte.
        response: HttpResponse = handler404(request)
        return response
    body = prometheus_client.generate_latest(_process_registry())
    body += prometheus_client.generate_latest(scrape_registry())
    response = HttpResponse(body, content_type=prometheus_client.CONTENT_TYPE_LATEST)
    response["Cache-Control"] = "no-store"
    return response
