"""A database made by the previous layout (models of `cases` and `workflows` only) migrates clean.

The apps were split by concept (issue 16) and ten models moved app with their tables kept
(`core/moved_models.py`). This builds a database with the code of main before the split, as an
operator's database is: migrated and filled by that code (`seed_demo`), then runs this code's
migrations on it and checks that no row moved or went missing, that the moved models' content
types carry their new apps, that the audit chain and the document hashes still verify, and that
the models and the migrations agree. It needs the git history (a clone has it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import psycopg.sql
import pytest
from django.conf import settings

# The last commit of main before the apps were split.
PREVIOUS_LAYOUT = "61e45a81c61f5c7d1aa0667398997661585f1b53"
ROOT = Path(__file__).resolve().parents[2]
MOVED = {
    "cases_apitoken": ("cases", "accounts", "apitoken"),
    "workflows_calendarfeedtoken": ("workflows", "accounts", "calendarfeedtoken"),
    "cases_auditchain": ("cases", "audit", "auditchain"),
    "cases_auditevent": ("cases", "audit", "auditevent"),
    "cases_idempotencyrecord": ("cases", "core", "idempotencyrecord"),
    "cases_document": ("cases", "documents", "document"),
    "workflows_notification": ("workflows", "notifications", "notification"),
    "workflows_deadline": ("workflows", "deadlines", "deadline"),
    "workflows_reminder": ("workflows", "deadlines", "reminder"),
    "workflows_fxrate": ("workflows", "reports", "fxrate"),
}

pytestmark = pytest.mark.slow


def previous_checkout(target: Path) -> Path:
    """The tree of the previous layout, unpacked from git (no worktree bookkeeping left)."""
    found = subprocess.run(
        ["git", "cat-file", "-e", f"{PREVIOUS_LAYOUT}^{{commit}}"], cwd=ROOT, check=False
    )
    if found.returncode != 0:
        pytest.fail(f"needs the git history: commit {PREVIOUS_LAYOUT} is not in this clone")
    archive = target / "previous.tar"
    subprocess.run(
        ["git", "archive", "--format=tar", f"--output={archive}", PREVIOUS_LAYOUT],
        cwd=ROOT,
        check=True,
    )
    tree = target / "previous"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def manage(cwd: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"manage.py {' '.join(args)} in {cwd}:\n{done.stdout}{done.stderr}"
    return done.stdout


def counts(conn: psycopg.Connection) -> dict[str, int]:
    return {
        table: conn.execute(
            psycopg.sql.SQL("SELECT count(*) FROM {}").format(psycopg.sql.Identifier(table))
        ).fetchone()[0]  # type: ignore[index]
        for table in MOVED
    }


def content_types(conn: psycopg.Connection) -> set[tuple[str, str]]:
    rows = conn.execute("SELECT app_label, model FROM django_content_type").fetchall()
    return {(app, model) for app, model in rows}


def test_a_database_of_the_previous_layout_migrates_clean(tmp_path: Path) -> None:
    default = settings.DATABASES["default"]
    server = {
        "host": default["HOST"] or "127.0.0.1",
        "port": default["PORT"] or 5432,
        "user": default["USER"],
        "dbname": "postgres",
    }
    name = f"previous_layout_{os.getpid()}"
    url = f"postgres://{server['user']}@{server['host']}:{server['port']}/{name}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "1",
        "DEMO_PASSWORD": "previous-layout-demo-password",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONPATH": "",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    with psycopg.connect(**server, autocommit=True) as admin:
        admin.execute(
            psycopg.sql.SQL("DROP DATABASE IF EXISTS {}").format(psycopg.sql.Identifier(name))
        )
        admin.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(psycopg.sql.Identifier(name)))
    try:
        previous = previous_checkout(tmp_path)
        manage(previous, env, "migrate", "--no-input")
        manage(previous, env, "seed_demo")
        with psycopg.connect(url) as conn:
            before = counts(conn)
            assert {(old, model) for old, _, model in MOVED.values()} <= content_types(conn)
        assert before["cases_auditevent"] > 0
        assert before["workflows_deadline"] > 0

        migrated = manage(ROOT, env, "migrate", "--no-input")
        for app in ("core", "audit", "accounts", "notifications", "deadlines", "reports"):
            assert f"Applying {app}.0001_initial... OK" in migrated
        manage(ROOT, env, "makemigrations", "--check", "--dry-run")

        with psycopg.connect(url) as conn:
            assert counts(conn) == before  # every row where it was
            types = content_types(conn)
        for old, new, model in MOVED.values():
            assert (new, model) in types, model
            assert (old, model) not in types, model
        assert " 0 broken" in manage(ROOT, env, "verify_audit")
        assert "all intact" in manage(ROOT, env, "verify_documents")
    finally:
        with psycopg.connect(**server, autocommit=True) as admin:
            admin.execute(
                psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    psycopg.sql.Identifier(name)
                )
            )
