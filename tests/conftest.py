"""Shared fixtures: personas per state and role (Healthchecks' alice/bob/charlie, grown up)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import settings as hypothesis_settings
from rest_framework import throttling
from rest_framework.test import APIClient

from cases.models import Role, User
from tests.factories import make_user

# Hypothesis's per-example deadline (200 ms) measures the machine, not the code: on two cores
# shared with a browser suite an example of an IBAN or a ledger can take longer, and the test
# fails as "flaky". What must be fast is measured by the benchmarks and the timing tests.
hypothesis_settings.register_profile("suite", deadline=None)
hypothesis_settings.load_profile("suite")


@dataclass(frozen=True)
class Personas:
    prosecutor_gb: User
    prosecutor2_gb: User
    prosecutor_ng: User
    liaison_fr: User
    liaison_ch: User
    liaison_us: User
    admin_gb: User

    def all(self) -> dict[str, User]:
        return dict(vars(self))


# Under pytest-xdist (`make test` runs `-n 2 --dist loadgroup`), the tests of these modules start,
# stop or freeze servers of their own (PostgreSQL, Redis, SMTP, Celery workers, the live API and
# Chromium), or measure time: all in the one group `serial`, so that they run one after the other
# on one worker, never two at once. (The other worker runs the rest meanwhile.)
SERIAL_MODULES = frozenset(
    {
        "tests/accounts/test_lockout.py",  # times sign-ins (the constant-time check)
        "tests/accounts/test_sessions.py",
        "tests/audit/test_overhead.py",
        "tests/browser/test_docs_csp.py",
        "tests/browser/test_legal_measures.py",
        "tests/browser/test_legal_work.py",
        "tests/browser/test_spa_e2e.py",
        "tests/browser/test_spa_flow.py",
        "tests/browser/test_spa_serving.py",
        "tests/deadlines/test_mail_outage.py",
        "tests/deadlines/test_reminder_delivery_celery.py",
        "tests/hardening/test_limits.py",
        "tests/hardening/test_postgres_restart.py",
        "tests/hardening/test_redis_outage_writes.py",
        "tests/test_backup.py",
        "tests/test_with_services.py",
    }
)
# Modules run whole by one worker: their module-scoped fixtures are built once, and the last test
# of tests/hardening/test_schemathesis.py counts the examples its fuzzing tests ran in-process.
WHOLE_MODULES = frozenset(
    {
        "tests/core/test_static_files.py",
        "tests/hardening/test_schemathesis.py",
        "tests/test_docker.py",
        "tests/test_dockerfile.py",
    }
)


# Modules whose tests hold 20 to 50 database connections at once (one per concurrent writer): in
# one group, so that two of them never run together on the two workers and exhaust PostgreSQL's
# default max_connections of 100 ("sorry, too many clients already", seen in CI at stop 30).
MANY_CONNECTIONS_MODULES = frozenset(
    {
        "tests/cases/test_case_reference.py",
        "tests/hardening/test_concurrent_writes.py",
        "tests/workflows/test_asset_concurrency.py",
    }
)


def xdist_group_of(item: pytest.Item) -> str | None:
    module = item.nodeid.split("::", 1)[0]
    if module in SERIAL_MODULES or item.get_closest_marker("serial"):
        return "serial"
    if module in MANY_CONNECTIONS_MODULES:
        return "many-connections"
    if module in WHOLE_MODULES:
        return module
    return None


@pytest.hookimpl(trylast=True)  # after tests/hardening/conftest.py's node ids
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Put the items in their xdist group. `--dist loadgroup` schedules by the `@group` suffix of
    the node id, which xdist's own hook sets on `item._nodeid`, an attribute pytest 9.2 no longer
    reads (the node id is `item._id`): it is set here, or every group would be scattered."""
    for item in items:
        group = xdist_group_of(item)
        if group is None:
            continue
        item.add_marker(pytest.mark.xdist_group(group))
        if (
            config.getoption("loadgroup", default=False)
            and "@" not in item.nodeid.rsplit("]", 1)[-1]
        ):
            item._id = type(item.id).parse(f"{item.nodeid}@{group}")


FLUSHING_FIXTURES = frozenset(
    {
        "transactional_db",
        "live_server",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
    }
)


def flushes_database(item: pytest.Item) -> bool:
    """A transactional test empties every table when it ends (Django's TransactionTestCase)."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    ):
        return True
    return bool(FLUSHING_FIXTURES & set(getattr(item, "fixturenames", ())))


def rolls_back_serialized(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("serialized_rollback"):
        return True
    return "django_db_serialized_rollback" in getattr(item, "fixturenames", ())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):  # type: ignore[no-untyped-def]
    """Put back what the test database held when it was made, once a transactional test has
    flushed it. pytest-django runs those tests last when serial, but an xdist worker may be handed
    other tests after one. A plain flush re-creates content types and permissions (post_migrate)
    but not what data migrations loaded (every ISO 3166-1 state); a serialized-rollback test's
    flush re-creates nothing, expecting the next such test to load the database's serialized
    copy, which is loaded here instead."""
    yield
    if nextitem is None or not flushes_database(item):  # after the last, the database is gone
        return
    from importlib import import_module

    from django.apps import apps
    from django.core.management import call_command
    from django.db import connection, transaction
    from pytest_django.plugin import blocking_manager_key

    with item.config.stash[blocking_manager_key].unblock():
        serialized = getattr(connection, "_test_serialized_contents", None)
        if serialized and not rolls_back_serialized(item):
            # A plain flush re-created content types and permissions under new ids; a later
            # serialized-rollback test loads them under their first ids and would collide on
            # (app_label, model). Empty the tables again, without post_migrate, so that what
            # is loaded below is exactly the database as it was made.
            call_command(
                "flush",
                verbosity=0,
                interactive=False,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
        if serialized:
            with transaction.atomic():
                connection.creation.deserialize_db_from_string(serialized)
        else:
            import_module("cases.migrations.0002_load_states").load_states(apps, None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """Mark the test database as disposable, so that transactional tests may TRUNCATE the
    append-only tables between tests (UPDATE and DELETE stay refused)."""
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        name = connection.settings_dict["NAME"]
        cursor.execute(f'ALTER DATABASE "{name}" SET asset_recovery.disposable_database = on')
    connection.close()  # new connections pick the setting up


def make_personas() -> Personas:
    return Personas(
        prosecutor_gb=make_user(username="prosecutor_gb", role=Role.PROSECUTOR, state_id="GB"),
        prosecutor2_gb=make_user(username="prosecutor2_gb", role=Role.PROSECUTOR, state_id="GB"),
        prosecutor_ng=make_user(username="prosecutor_ng", role=Role.PROSECUTOR, state_id="NG"),
        liaison_fr=make_user(username="liaison_fr", role=Role.LIAISON, state_id="FR"),
        liaison_ch=make_user(username="liaison_ch", role=Role.LIAISON, state_id="CH"),
        liaison_us=make_user(username="liaison_us", role=Role.LIAISON, state_id="US"),
        admin_gb=make_user(username="admin_gb", role=Role.ADMIN, state_id="GB", is_staff=True),
    )


@pytest.fixture
def personas(db: None) -> Personas:
    return make_personas()


@pytest.fixture(scope="module")
def module_world(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """The personas and the authorization world (tests/authz/world.py), built once for a module
    whose tests read it or change it only through the API: in a transaction left open for the
    whole module, inside which pytest-django runs each test in a savepoint it rolls back after
    the test; the transaction itself is rolled back after the module, so nothing is committed.
    (Built afresh for each of the matrix's 625 tests, it took a tenth of the suite.) Not for a
    transactional test: it would flush what the open transaction holds."""
    from django.db import transaction

    from tests.authz.world import build_world

    with django_db_blocker.unblock(), transaction.atomic():
        personas = make_personas()
        yield personas, build_world(personas)
        transaction.set_rollback(True)


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def client_for():
    """A signed-in API client (real session) for a user."""

    def make(user: User) -> APIClient:
        client = APIClient()
        client.force_login(user)
        return client

    return make


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _matching_outbox_sent():
    """Matching's index messages leave on a thread of their own; none of one test's may reach
    the broker of the next."""
    yield
    from matching.signals import flush_outbox

    flush_outbox()


@pytest.fixture
def rates(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Throttle rates for one test (DRF reads them once, at import)."""
    current = dict(throttling.SimpleRateThrottle.THROTTLE_RATES)
    monkeypatch.setattr(throttling.SimpleRateThrottle, "THROTTLE_RATES", current)
    return current
