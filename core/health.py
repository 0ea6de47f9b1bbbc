"""`/api/v1/health/`: is the database answering, and can the broker take messages?"""

from __future__ import annotations

import logging
from typing import Any

from celery import current_app
from django.conf import settings
from django.db import connection
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

logger = logging.getLogger(__name__)


def check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return True
    except Exception as exc:  # any failure means "not healthy"; the reason goes to the log
        logger.warning("health: database check failed: %s", exc)
        return False


def check_broker() -> bool:
    url: str = settings.CELERY_BROKER_URL
    try:
        if url.startswith(("redis://", "rediss://")):
            import redis

            client = redis.Redis.from_url(
                url,
                socket_timeout=settings.REDIS_SOCKET_TIMEOUT,
                socket_connect_timeout=settings.REDIS_SOCKET_TIMEOUT,
            )
            try:
                return bool(client.ping())
            finally:
                client.close()
        with current_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=settings.REDIS_SOCKET_TIMEOUT)
        return True
    except Exception as exc:
        logger.warning("health: broker check failed: %s", exc)
        return False


class HealthView(APIView):
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    throttle_classes: list[Any] = []

    @extend_schema(
        summary="Service health",
        description=(
            "Needs no authentication, for load balancers and monitoring: 200 with `status` `ok` "
            "when the database and the task broker answer, 503 with `degraded` and the failing "
            "check otherwise."
        ),
        responses={
            (200, "application/json"): inline_serializer(
                "Health",
                {
                    "status": serializers.ChoiceField(choices=["ok", "degraded"]),
                    "checks": inline_serializer(
                        "HealthChecks",
                        {
                            "database": serializers.ChoiceField(choices=["ok", "unavailable"]),
                            "broker": serializers.ChoiceField(choices=["ok", "unavailable"]),
                        },
                    ),
                },
            ),
            (503, "application/json"): inline_serializer(
                "HealthDegraded",
                {
                    "status": serializers.ChoiceField(choices=["ok", "degraded"]),
                    "checks": serializers.DictField(child=serializers.CharField()),
                },
            ),
        },
    )
    def get(self, request: Request) -> Response:
        checks = {
            "database": "ok" if check_database() else "unavailable",
            "broker": "ok" if check_broker() else "unavailable",
        }
        healthy = all(value == "ok" for value in checks.values())
        return Response(
            {"status": "ok" if healthy else "degraded", "checks": checks},
            status=200 if healthy else 503,
        )
