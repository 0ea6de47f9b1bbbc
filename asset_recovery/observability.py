"""Sentry and OpenTelemetry, each only when its setting is set (both off by default).

The packages are an optional extra (`pip install -e ".[observability]"`), not in the base image:
they are imported here, inside the functions, and only when their setting is set, so a process
without SENTRY_DSN or OTEL_EXPORTER_OTLP_ENDPOINT never imports them (tests/ops/test_observability
checks it). A setting set without its package is refused at start-up, not ignored.

Called once per process, when the settings are loaded (asset_recovery/settings.py, at its end),
which is before Django and Celery load the apps, as both SDKs need.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured

_started: set[str] = set()


def _missing(package: str, setting: str) -> ImproperlyConfigured:
    return ImproperlyConfigured(
        f"{setting} is set but {package} is not installed: install the observability extra "
        '(pip install -e ".[observability]") or unset it.'
    )


def setup_sentry(*, dsn: str, environment: str, traces_sample_rate: float) -> None:
    if not dsn or "sentry" in _started:
        return
    try:
        import sentry_sdk
        from sentry_sdk.integrations.celery import CeleryIntegration
        from sentry_sdk.integrations.django import DjangoIntegration
    except ImportError as exc:
        raise _missing("sentry-sdk", "SENTRY_DSN") from exc

    def redact(event: Any, hint: Any) -> Any:
        # URLs in an event (the calendar feed's ?token=) lose their secrets, as in the logs.
        from asset_recovery.log_redaction import redact_query_string, redact_secrets

        request = event.get("request") or {}
        if isinstance(request.get("url"), str):
            request["url"] = redact_secrets(request["url"])
        if isinstance(request.get("query_string"), str):
            request["query_string"] = redact_query_string(request["query_string"])
        return event

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        traces_sample_rate=traces_sample_rate,
        # Case files: no user names, addresses, cookies or bodies in an error report.
        send_default_pii=False,
        max_request_body_size="never",
        integrations=[DjangoIntegration(), CeleryIntegration()],
        before_send=redact,
    )
    _started.add("sentry")


def setup_opentelemetry(*, endpoint: str, service_name: str) -> None:
    if not endpoint or "otel" in _started:
        return
    try:
        from opentelemetry import trace
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.instrumentation.celery import CeleryInstrumentor
        from opentelemetry.instrumentation.django import DjangoInstrumentor
        from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError as exc:
        raise _missing("the OpenTelemetry packages", "OTEL_EXPORTER_OTLP_ENDPOINT") from exc

    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    # The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _HEADERS, _TIMEOUT) itself.
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    # Spans carry the route, never the query string (the calendar feed's key travels there).
    DjangoInstrumentor().instrument(
        request_hook=lambda span, request: span.set_attribute("http.target", request.path)
    )
    CeleryInstrumentor().instrument()
    PsycopgInstrumentor().instrument()
    _started.add("otel")
