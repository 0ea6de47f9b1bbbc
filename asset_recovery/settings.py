"""Django settings, all read from the environment through `asset_recovery.env`.

Defaults are safe for production (DEBUG off, secure cookies) except where `DEBUG` is on, which is
what `make run` uses for the demo: on embedded defaults (SQLite and a filesystem broker) unless it
started its own PostgreSQL and Redis and set DATABASE_URL / REDIS_URL (scripts/demo_services.py).
"""

from __future__ import annotations

import ipaddress
import logging
import tempfile
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from asset_recovery.env import envbool, envint, envints, envlist, envstr
from deadlines.calendar import DEFAULT_OFFSETS, DEFAULT_OVERDUE_INTERVAL

# Lets type parameters like ModelAdmin[Case] work at run time, as the type checker sees them.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = envbool("DEBUG", False)

# A key that is known to the world is no key: refuse to run in production without a real one.
INSECURE_SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105
SECRET_KEY = envstr("SECRET_KEY", "")
if not SECRET_KEY or SECRET_KEY == INSECURE_SECRET_KEY or SECRET_KEY.startswith("django-insecure"):
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is missing or is the development default; set a long random SECRET_KEY "
            "(for example: python -c 'import secrets; print(secrets.token_urlsafe(64))')."
        )
    SECRET_KEY = INSECURE_SECRET_KEY

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])

# The project's apps, bottom layer first (pyproject.toml's import-linter contract).
PROJECT_APPS = [
    "core",
    "audit",
    "cases",
    "accounts",
    "notifications",
    "deadlines",
    "workflows",
    "tasks",
    "matching",
    "documents",
    "reports",
    "demo",
]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "guardian",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    *PROJECT_APPS,
]

MIDDLEWARE = [
    # Request counts and latencies for Prometheus (asset_recovery/metrics.py): first and last.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "core.middleware.RequestIdMiddleware",
    # The one log line per request (request id, user, state, status, duration).
    "asset_recovery.access_log.AccessLogMiddleware",
    "audit.middleware.AuditContextMiddleware",
    "core.middleware.RejectNulMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # /static/ from STATIC_ROOT (collectstatic), before anything that needs a session or a user.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "accounts.sessions.SessionTimeoutMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.MfaRequiredMiddleware",
    # GET reports and exports read from the read replica, when there is one (core/replica.py).
    "core.replica.ReplicaReadsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.ApiProblemMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "asset_recovery.urls"
WSGI_APPLICATION = "asset_recovery.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Data stores -------------------------------------------------------------------------------
# Embedded default (SQLite) only for the demo; production and the test suite use PostgreSQL.
_DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / '.run' / 'demo.sqlite3'}" if DEBUG else ""
DATABASE_URL = envstr("DATABASE_URL", _DEFAULT_DATABASE_URL)
if not DATABASE_URL:
    raise ImproperlyConfigured("DATABASE_URL is required when DEBUG is off.")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60), conn_health_checks=True
    )
}
# Reports and exports read from a replica when there is one (core/replica.py: which reads, and
# why the lag does not matter for them); everything else, and every write, uses the default.
DATABASE_REPLICA_URL = envstr("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60), conn_health_checks=True
    )
    # The test suite's replica is the default database itself, through a connection of its own.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["core.replica.ReplicaRouter"]
REPLICA_DATABASE = "replica" if DATABASE_REPLICA_URL else ""
# GET requests to these paths (regular expressions) read from the replica.
REPLICA_READ_PATHS = envlist(
    "REPLICA_READ_PATHS",
    [r"^/api/v1/reports/", r"^/api/v1/[\w-]+/export\.", r"^/api/v1/cases/[^/]+/export/"],
)
# A replica further behind than this (or not answering) is not used; checked at most every
# REPLICA_LAG_CHECK_SECONDS per process.
REPLICA_MAX_LAG_SECONDS = envint("REPLICA_MAX_LAG_SECONDS", 30)
REPLICA_LAG_CHECK_SECONDS = envint("REPLICA_LAG_CHECK_SECONDS", 5)
for _alias, _database in DATABASES.items():
    # Query counts, durations, errors and connections for Prometheus: Django's own backends,
    # wrapped by django-prometheus (psycopg 3 included).
    _database["ENGINE"] = {
        "django.db.backends.postgresql": "django_prometheus.db.backends.postgresql",
        "django.db.backends.sqlite3": "django_prometheus.db.backends.sqlite3",
    }.get(_database["ENGINE"], _database["ENGINE"])
    if _database["ENGINE"].endswith("postgresql"):
        # A database that does not answer must fail the request quickly (503), not hang a worker.
        _database.setdefault("OPTIONS", {})
        _database["OPTIONS"].setdefault("connect_timeout", envint("DB_CONNECT_TIMEOUT", 5))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = envstr("REDIS_URL", "")
# Every Redis client gets short timeouts: a frozen Redis must not hang a worker (RELIABILITY.md).
REDIS_SOCKET_TIMEOUT = envint("REDIS_SOCKET_TIMEOUT", 2)

CACHES: dict[str, dict[str, object]] = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "asset-recovery",
    }
}


def _redis_cache(url: str, key_prefix: str) -> dict[str, object]:
    """A cache in Redis at `url`, with the short timeouts of every Redis client."""
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            "socket_timeout": REDIS_SOCKET_TIMEOUT,
            "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
        },
    }


# --- Authentication ------------------------------------------------------------------------------
AUTH_USER_MODEL = "cases.User"
AUTHENTICATION_BACKENDS = [
    # Django's, reading each request's user with one plain SQL statement (accounts/backends.py).
    "accounts.backends.ModelBackend",
    # Guardian, bounded by the share records and their expiry (cases.permissions).
    "cases.permissions.ShareBoundObjectPermissionBackend",
]
# Guardian's check looks for its own backend by name; ours is a subclass of it.
SILENCED_SYSTEM_CHECKS = ["guardian.W001"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ANONYMOUS_USER_NAME = None  # guardian: no anonymous user object; anonymous callers see nothing

SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 3600)
# Database sessions, read with one plain SQL statement per request (accounts/session_store.py).
SESSION_ENGINE = "accounts.session_store"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# The SPA reads the csrftoken cookie to send X-CSRFToken, so it cannot be HttpOnly.
CSRF_COOKIE_HTTPONLY = False
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])
CSRF_FAILURE_VIEW = "core.problems.csrf_failure"

CORS_ALLOWED_ORIGINS = envlist("CORS_ALLOWED_ORIGINS", [])
CORS_ALLOW_CREDENTIALS = True
CORS_URLS_REGEX = r"^/api/.*$"
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After", "X-Request-ID", "Content-Disposition"]
CORS_ALLOW_HEADERS = [
    "accept",
    "authorization",
    "content-type",
    "if-match",
    "idempotency-key",
    "x-csrftoken",
    "x-request-id",
]

# --- Transport security (production) -------------------------------------------------------------
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^api/v1/health/$"]  # load balancers probe over plain HTTP
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Hostile users: sign-in lockout, second factor, session lifetimes ---------------------------
# Failed sign-ins per account and per client address (accounts/services/login_lockout.py): after
# this many, a cool-off of LOGIN_LOCKOUT_BASE_SECONDS that doubles with every further round, up to
# LOGIN_LOCKOUT_MAX_SECONDS, so nobody can keep a prosecutor out for long.
LOGIN_LOCKOUT_ACCOUNT_FAILURES = envint("LOGIN_LOCKOUT_ACCOUNT_FAILURES", 5)
LOGIN_LOCKOUT_ADDRESS_FAILURES = envint("LOGIN_LOCKOUT_ADDRESS_FAILURES", 20)
LOGIN_LOCKOUT_BASE_SECONDS = envint("LOGIN_LOCKOUT_BASE_SECONDS", 60)
LOGIN_LOCKOUT_MAX_SECONDS = envint("LOGIN_LOCKOUT_MAX_SECONDS", 15 * 60)
LOGIN_LOCKOUT_FORGET_SECONDS = envint("LOGIN_LOCKOUT_FORGET_SECONDS", 24 * 3600)
# The cache holding the counts; it must be shared by all web processes, or with two workers a
# locked account signs in on the other one: Redis (REDIS_URL, the `lockout` cache) whenever it is
# configured, the process's memory only for the demo on embedded defaults.
if REDIS_URL:
    CACHES["lockout"] = _redis_cache(REDIS_URL, "ar")
LOGIN_LOCKOUT_CACHE = envstr("LOGIN_LOCKOUT_CACHE", "lockout" if REDIS_URL else "default")
if LOGIN_LOCKOUT_CACHE not in CACHES:
    raise ImproperlyConfigured(
        f"LOGIN_LOCKOUT_CACHE names the cache {LOGIN_LOCKOUT_CACHE!r}, which is not configured."
    )
# Reverse proxies in front of the service that append to X-Forwarded-For (0: none; REMOTE_ADDR
# is the client). Behind one TLS proxy: 1. A forged X-Forwarded-For must not dodge the lockout.
NUM_PROXIES = envint("NUM_PROXIES", 0)

# Roles that must sign in with a second factor (TOTP, or a recovery code). On for prosecutors and
# admins in production; `make run` turns it off for the demo. Users of other roles may enrol too.
MFA_REQUIRED_ROLES = envlist("MFA_REQUIRED_ROLES", [] if DEBUG else ["prosecutor", "admin"])
if set(MFA_REQUIRED_ROLES) - {"prosecutor", "liaison", "admin"}:
    raise ImproperlyConfigured(
        f"MFA_REQUIRED_ROLES holds unknown roles: {MFA_REQUIRED_ROLES!r}; "
        "use prosecutor, liaison, admin."
    )
MFA_RECOVERY_CODES = envint("MFA_RECOVERY_CODES", 10)
OTP_TOTP_ISSUER = envstr("OTP_TOTP_ISSUER", "Asset Recovery")

# A signed-in session ends after this long without a request, and this long after sign-in
# whatever happens (accounts/sessions.py).
SESSION_IDLE_SECONDS = envint("SESSION_IDLE_SECONDS", 30 * 60)
SESSION_ABSOLUTE_SECONDS = envint("SESSION_ABSOLUTE_SECONDS", SESSION_COOKIE_AGE)
SESSION_ACTIVITY_PRECISION_SECONDS = 60

# A denied access (a 404 for an object that exists) is audited on the object's case once per
# (user, object) and window, and again at every tenfold count (audit/trail.py). The counts live in
# this cache: the throttle's Redis when THROTTLE_CACHE_URL is set; else each process counts alone.
AUDIT_DENIED_ACCESS_WINDOW_SECONDS = envint("AUDIT_DENIED_ACCESS_WINDOW_SECONDS", 3600)
AUDIT_DENIED_ACCESS_CACHE = envstr(
    "AUDIT_DENIED_ACCESS_CACHE", "throttle" if envstr("THROTTLE_CACHE_URL", "") else "default"
)

# --- Mail ---------------------------------------------------------------------------------------
EMAIL_BACKEND = envstr(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "asset-recovery@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation ------------------------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Files --------------------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
MEDIA_ROOT = Path(envstr("MEDIA_ROOT", str(BASE_DIR / "media")))
# Documents are never served from a public URL; the download endpoint checks visibility.
MEDIA_URL = None
# The web application (frontend/, built into frontend/dist; core/spa.py serves it) and
# the API base address its page is given: empty for this origin, or the API's own origin when the
# SPA is served from elsewhere (with CORS_ALLOWED_ORIGINS and CSRF_TRUSTED_ORIGINS there).
SPA_DIST_DIR = Path(envstr("SPA_DIST_DIR", str(BASE_DIR / "frontend" / "dist")))
SPA_API_BASE = envstr("SPA_API_BASE", "")
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("DATA_UPLOAD_MAX_MEMORY_SIZE", 2 * 1024 * 1024)

# --- Documents: uploads and storage -------------------------------------------------------------
# The largest document accepted (413 beyond it), in bytes.
DOCUMENT_MAX_BYTES = envint("DOCUMENT_MAX_BYTES", 50 * 1024 * 1024)
# Every uploaded file streams to a temporary file on disk through one handler that hashes and
# counts the bytes as they arrive and stops at DOCUMENT_MAX_BYTES: nothing is held in memory.
FILE_UPLOAD_HANDLERS = ["documents.api.DocumentUploadHandler"]
FILE_UPLOAD_MAX_MEMORY_SIZE = 0
FILE_UPLOAD_TEMP_DIR = envstr("FILE_UPLOAD_TEMP_DIR", "") or None
# Where document files are kept. Local files by default, under MEDIA_ROOT (or DOCUMENTS_ROOT),
# which no URL serves; `storages.backends.s3.S3Storage` for an S3-compatible bucket (needs boto3:
# `pip install -e ".[s3]"`), configured from AWS_* variables. Credentials are never read here:
# boto3 takes them from its own chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a role, ...).
DOCUMENTS_STORAGE_BACKEND = envstr(
    "DOCUMENTS_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
)
_S3_BACKENDS = {"storages.backends.s3.S3Storage", "storages.backends.s3boto3.S3Boto3Storage"}
_documents_options: dict[str, object]
if DOCUMENTS_STORAGE_BACKEND in _S3_BACKENDS:
    _documents_options = {
        "bucket_name": envstr("AWS_STORAGE_BUCKET_NAME", ""),
        "endpoint_url": envstr("AWS_S3_ENDPOINT_URL", "") or None,
        "region_name": envstr("AWS_S3_REGION_NAME", "") or None,
        "location": envstr("AWS_LOCATION", ""),
        "file_overwrite": False,
        # Objects are read only through the download endpoint, never through a signed URL.
        "querystring_auth": True,
        "default_acl": None,
    }
    if not _documents_options["bucket_name"]:
        raise ImproperlyConfigured(
            "AWS_STORAGE_BUCKET_NAME is required when DOCUMENTS_STORAGE_BACKEND is S3."
        )
else:
    # No location: the storage follows MEDIA_ROOT, read when first used.
    _documents_options = {"file_permissions_mode": 0o640, "directory_permissions_mode": 0o750}
    if envstr("DOCUMENTS_ROOT", ""):
        _documents_options["location"] = envstr("DOCUMENTS_ROOT", "")
# Static files (admin, Swagger UI, Redoc) are served by WhiteNoise from STATIC_ROOT, which the
# image fills with collectstatic. In production their names carry a hash of their content and
# WhiteNoise serves those with a year-long, immutable Cache-Control (and gzip/brotli copies);
# such names exist only after collectstatic, so the demo (DEBUG) keeps the plain storage.
STATICFILES_BACKEND = envstr(
    "STATICFILES_BACKEND",
    "django.contrib.staticfiles.storage.StaticFilesStorage"
    if DEBUG
    else "whitenoise.storage.CompressedManifestStaticFilesStorage",
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": STATICFILES_BACKEND},
    "documents": {"BACKEND": DOCUMENTS_STORAGE_BACKEND, "OPTIONS": _documents_options},
}

# --- REST framework -----------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.SessionAuthentication",
        "accounts.authentication.ApiTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # DRF's JSON parser with a nesting limit (a deep body is 400, not a RecursionError).
    "DEFAULT_PARSER_CLASSES": ["core.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "core.pagination.PageNumberPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.problems.exception_handler",
    # Per user, per address for anonymous callers, and per address whoever is signed in; all
    # answer 429 with Retry-After and let requests through when their cache does not answer.
    "DEFAULT_THROTTLE_CLASSES": [
        "core.throttling.UserRateThrottle",
        "core.throttling.AnonRateThrottle",
        "core.throttling.AddressRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "user": envstr("THROTTLE_USER", "1200/min"),
        "anon": envstr("THROTTLE_ANON", "120/min"),
        "address": envstr("THROTTLE_ADDRESS", "3000/min"),
        "login": envstr("THROTTLE_LOGIN", "10/min"),
        "login_username": envstr("THROTTLE_LOGIN_USERNAME", "5/min"),
    },
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

# Throttle counters: in the process's memory by default; set THROTTLE_CACHE_URL (a Redis URL) so
# that all web workers count together. Short timeouts: a throttle fails open, never hangs.
THROTTLE_CACHE_URL = envstr("THROTTLE_CACHE_URL", "")
if THROTTLE_CACHE_URL:
    CACHES["throttle"] = _redis_cache(THROTTLE_CACHE_URL, "throttle")

SPECTACULAR_SETTINGS = {
    "TITLE": "Asset Recovery API",
    "DESCRIPTION": (
        "Case management for tracing, freezing, seizing, confiscating and returning assets "
        "stolen by senior public officials, shared object by object with partner states."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Read-only response fields are required, so that generated clients (the SPA's) know what
    # every answer holds; the fields only the owning state's view carries are made optional again
    # by core.openapi.mark_response_fields (a partner state's liaison does not get them).
    "COMPONENT_NO_READ_ONLY_REQUIRED": False,
    "ENUM_NAME_OVERRIDES": {
        "HealthCheckEnum": ["ok", "unavailable"],
        "HealthStatusEnum": ["ok", "degraded"],
        "AssetKindEnum": "cases.models.assets.AssetKind",
        "AssetStageEnum": "cases.models.assets.AssetStage",
        "DocumentKindEnum": "documents.models.DocumentKind",
        "SubjectKindEnum": "cases.models.subjects.SubjectKind",
        "SubjectRoleEnum": "cases.models.subjects.SubjectRole",
        "OrganizationTypeEnum": "cases.models.subjects.OrganizationType",
        "CaseStatusEnum": "cases.models.cases.CaseStatus",
        "JurisdictionRoleEnum": "cases.models.cases.JurisdictionRole",
        "OffenceCategoryEnum": "cases.models.cases.OffenceCategory",
        "UserRoleEnum": "cases.models.users.Role",
        "MlaStatusEnum": "workflows.mla_models.MlaStatus",
        "MlaKindEnum": "workflows.mla_models.MlaKind",
        "MlaChannelEnum": "workflows.mla_models.MlaChannel",
        "DeadlineKindEnum": "deadlines.models.DeadlineKind",
        "MlaActionEnum": "workflows.mla_rules.MLA_ACTION_CHOICES",
        "AssetActionEnum": "workflows.models.AssetAction",
        "TaskStatusEnum": "tasks.models.TaskStatus",
    },
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Every operation documents its problem+json errors (core/openapi.py).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.openapi.add_problem_responses",
        "core.openapi.mark_response_fields",
    ],
}

# --- Celery -------------------------------------------------------------------------------------
RUN_DIR = BASE_DIR / ".run"
CELERY_BROKER_URL = envstr("CELERY_BROKER_URL", REDIS_URL or ("filesystem://" if DEBUG else ""))
if not CELERY_BROKER_URL:
    raise ImproperlyConfigured("REDIS_URL (or CELERY_BROKER_URL) is required when DEBUG is off.")
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = (
    {
        "data_folder_in": str(RUN_DIR / "broker"),
        "data_folder_out": str(RUN_DIR / "broker"),
        "processed_folder": str(RUN_DIR / "broker-processed"),
        "control_folder": str(RUN_DIR / "broker-control"),
        "store_processed": False,
    }
    if CELERY_BROKER_URL.startswith("filesystem")
    else {
        "socket_timeout": REDIS_SOCKET_TIMEOUT,
        "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
        "visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", 3600),
    }
)

# Exactly one beat (docs/operations.md): with a Redis broker, beat keeps its schedule in Redis and
# holds a lock there (celery-redbeat), extended at every tick (at most BEAT_MAX_LOOP_INTERVAL
# seconds apart). A second beat waits for the lock; when the holder dies, the lock expires after
# BEAT_LOCK_TIMEOUT seconds and the waiting beat takes over. The demo's filesystem broker keeps
# Celery's file-based scheduler (it runs one beat by construction).
if CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    # redbeat's scheduler, which also writes the heartbeat `manage.py beat_health` reads.
    CELERY_BEAT_SCHEDULER = "asset_recovery.beat:Scheduler"
    CELERY_REDBEAT_REDIS_URL = envstr("BEAT_REDIS_URL", CELERY_BROKER_URL)
    CELERY_REDBEAT_REDIS_OPTIONS = {
        "socket_timeout": REDIS_SOCKET_TIMEOUT,
        "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
        # Redis briefly away: beat retries for this long before it gives up (and restarts).
        "retry_period": envint("BEAT_REDIS_RETRY_SECONDS", 60),
    }
    CELERY_REDBEAT_KEY_PREFIX = envstr("BEAT_KEY_PREFIX", "ar:redbeat")
    # redbeat's own default, named so that the healthcheck reads the same key.
    CELERY_REDBEAT_LOCK_KEY = f"{CELERY_REDBEAT_KEY_PREFIX}:lock"
    CELERY_REDBEAT_LOCK_TIMEOUT = envint("BEAT_LOCK_TIMEOUT", 150)
    CELERY_BEAT_MAX_LOOP_INTERVAL = envint("BEAT_MAX_LOOP_INTERVAL", 30)
    if CELERY_BEAT_MAX_LOOP_INTERVAL * 2 > CELERY_REDBEAT_LOCK_TIMEOUT:
        raise ImproperlyConfigured(
            "BEAT_LOCK_TIMEOUT must be at least twice BEAT_MAX_LOOP_INTERVAL, or the beat holding "
            "the lock could lose it between two ticks."
        )
    # The beat holding the lock writes its token and the time here at every tick; the
    # healthcheck (`manage.py beat_health`) of the same container reads it. One file per beat
    # process: the container's own /tmp, not a volume another beat may share.
    BEAT_HEARTBEAT_FILE = envstr(
        "BEAT_HEARTBEAT_FILE", str(Path(tempfile.gettempdir()) / "asset-recovery-beat.json")
    )

# --- Metrics (asset_recovery/metrics.py) ---------------------------------------------------------
# /api/metrics/ answers only `Authorization: Bearer <METRICS_TOKEN>` (404 without one, or with a
# wrong one, and 404 for everyone while it is unset), and, when METRICS_NETWORKS is set (CIDR
# networks, comma-separated), only callers from those networks.
METRICS_TOKEN = envstr("METRICS_TOKEN", "")
if METRICS_TOKEN and len(METRICS_TOKEN) < 32 and not DEBUG:
    raise ImproperlyConfigured("METRICS_TOKEN must be at least 32 characters long.")
METRICS_NETWORKS = [ipaddress.ip_network(n, strict=False) for n in envlist("METRICS_NETWORKS", [])]
# Where the Celery task outcomes are counted by every worker process together.
METRICS_REDIS_URL = envstr("METRICS_REDIS_URL", REDIS_URL)
# The Celery queues whose length is reported.
CELERY_METRICS_QUEUES = envlist("CELERY_METRICS_QUEUES", ["celery"])

# --- Error reports and traces (asset_recovery/observability.py), off unless set -------------------
# Sentry (pip install -e ".[observability]"): errors of the web and the workers, no personal data.
SENTRY_DSN = envstr("SENTRY_DSN", "")
SENTRY_ENVIRONMENT = envstr("SENTRY_ENVIRONMENT", "production")
SENTRY_TRACES_SAMPLE_RATE = float(envstr("SENTRY_TRACES_SAMPLE_RATE", "0"))
# OpenTelemetry traces over OTLP/HTTP (the standard OTEL_* variables configure the exporter).
OTEL_EXPORTER_OTLP_ENDPOINT = envstr("OTEL_EXPORTER_OTLP_ENDPOINT", "")
OTEL_SERVICE_NAME = envstr("OTEL_SERVICE_NAME", "asset-recovery")

# --- Deadlines ----------------------------------------------------------------------------------
# Working days before a deadline at which the people who must act are reminded, and between two
# escalations once it passed: the calendar's own defaults unless the environment says otherwise.
REMINDER_OFFSETS = envints("REMINDER_OFFSETS", DEFAULT_OFFSETS)
REMINDER_OVERDUE_INTERVAL = envint("REMINDER_OVERDUE_INTERVAL", DEFAULT_OVERDUE_INTERVAL)
REMINDER_SWEEP_SECONDS = envint("REMINDER_SWEEP_SECONDS", 300)
# An undelivered reminder enqueued longer ago than this is enqueued again by the next sweep (its
# message was lost with a broker outage or a killed worker); delivery is idempotent.
REMINDER_REENQUEUE_SECONDS = envint("REMINDER_REENQUEUE_SECONDS", 900)

# --- Tasks (issue 23) -----------------------------------------------------------------------------
# Whether recording a legal act creates the tasks of its templates (tasks/templates.py), whose
# mandatory ones then hold their act back. A task the team marks mandatory holds its act back
# either way. On: a deployment that tracks its steps elsewhere may turn it off.
TASK_TEMPLATES = envbool("TASK_TEMPLATES", True)

# --- Logging ------------------------------------------------------------------------------------
# plain (default) or json. Every handler redacts secrets (asset_recovery/log_redaction.py).
LOG_FORMAT = envstr("LOG_FORMAT", "plain")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {LOG_FORMAT!r}.")
_LOG_RECORD_ATTRIBUTES = sorted(set(vars(logging.makeLogRecord({}))) | {"message", "asctime"})
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "core.request_context.RequestIdLogFilter"},
        # The calendar feed's key travels in its URL: no logged URL shows it.
        "redact_secrets": {"()": "asset_recovery.log_redaction.RedactSecretsLogFilter"},
        # Each request is logged once, by asset_recovery.access_log; django.request keeps only
        # the tracebacks nothing else logged.
        "only_tracebacks": {"()": "asset_recovery.access_log.OnlyTracebacksFilter"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        # One JSON object per line (LOG_FORMAT=json), with the record's `extra` fields; Django's
        # request object (django.request's `request`) is left out, its path is in the message.
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            "reserved_attrs": [*_LOG_RECORD_ATTRIBUTES, "request", "server_time"],
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id", "redact_secrets"],
        }
    },
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    # The development server's request lines (`make run`) through the same, redacting, handler.
    "loggers": {
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"filters": ["only_tracebacks"]},
    },
}

# --- Reports (issue 8) -------------------------------------------------------------------------
# Totals across currencies are also given in this ISO 4217 currency, at the ECB's dated rates
# (manage.py load_fx_rates).
REPORTING_CURRENCY = envstr("REPORTING_CURRENCY", "USD").upper()

# --- Last: error reports and traces, when configured (the packages are imported only then) ------
from asset_recovery.observability import setup_opentelemetry, setup_sentry  # noqa: E402

setup_sentry(
    dsn=SENTRY_DSN, environment=SENTRY_ENVIRONMENT, traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE
)
setup_opentelemetry(endpoint=OTEL_EXPORTER_OTLP_ENDPOINT, service_name=OTEL_SERVICE_NAME)
# --- Cross-case matching (issue 21) -------------------------------------------------------------
# Scores are nomenklatura's logic-v2 (0 to 1); a candidate at or above the threshold is a match.
MATCHING_THRESHOLD = float(envstr("MATCHING_THRESHOLD", "0.7"))
# Hit/no-hit across states compares HMAC-SHA256 hashes of the match keys under this secret
# (by default one derived from SECRET_KEY, so a real SECRET_KEY gives a real one).
MATCHING_HMAC_KEY = envstr("MATCHING_HMAC_KEY", "")
# Whether a state without a recorded choice takes part in hit/no-hit.
MATCHING_HIT_NO_HIT_DEFAULT = envbool("MATCHING_HIT_NO_HIT_DEFAULT", True)
