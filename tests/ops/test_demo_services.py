"""`make run` on the demo's own PostgreSQL and Redis (scripts/demo_services.py, scripts/run_demo.sh).

- Which servers the demo uses: DATABASE_URL / REDIS_URL when set, else its own servers when the
  programs are installed, else SQLite and the filesystem broker (also when DEMO_EMBEDDED is set).
- The wrapper starts a cluster under the run directory, hands the command a PostgreSQL that has
  GROUPING SETS and percentile_cont (what the summary report needs) and a Redis, stops both when
  the command ends, and keeps the cluster's data for the next run.
- The real run_demo.sh on its own servers: the summary report answers 200 to a demo prosecutor,
  and Ctrl-C (SIGINT to the whole process group, as a terminal sends it) leaves no postgres
  process behind.

They start real servers, so they need PostgreSQL's and Redis's programs installed; they fail
rather than skip when not (as tests/test_with_services.py).
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import demo_services  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.serial]

EMPTY: dict[str, str] = {}
WRAPPER = [sys.executable, str(ROOT / "scripts" / "demo_services.py"), "--"]


# --------------------------------------------------------------------------------------------
# The choice
# --------------------------------------------------------------------------------------------


def test_the_environment_comes_first() -> None:
    env = {
        "DATABASE_URL": "postgres://u:secret@db.example:5432/x",
        "REDIS_URL": "redis://r.example:6379/1",
    }
    database = demo_services.choose_database(env, Path("/usr/lib/postgresql/17/bin"))
    broker = demo_services.choose_broker(env, "/usr/bin/redis-server")
    assert (database.kind, broker.kind) == ("environment", "environment")
    assert "secret" not in database.description
    assert "db.example" in database.description


def test_installed_programs_give_the_demo_its_own_servers() -> None:
    database = demo_services.choose_database(EMPTY, Path("/usr/lib/postgresql/17/bin"))
    broker = demo_services.choose_broker(EMPTY, "/usr/bin/redis-server")
    assert (database.kind, broker.kind) == ("own", "own")


def test_without_the_programs_the_embedded_defaults() -> None:
    database = demo_services.choose_database(EMPTY, None)
    broker = demo_services.choose_broker(EMPTY, None)
    assert (database.kind, broker.kind) == ("embedded", "embedded")
    assert "SQLite" in database.description
    assert "filesystem" in broker.description


def test_demo_embedded_forces_the_embedded_defaults() -> None:
    env = {"DEMO_EMBEDDED": "1"}
    assert demo_services.choose_database(env, Path("/usr/lib/postgresql/17/bin")).kind == "embedded"
    assert demo_services.choose_broker(env, "/usr/bin/redis-server").kind == "embedded"


def test_without_the_programs_the_demo_starts_nothing_and_says_sqlite(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(demo_services.services, "find_postgres_bindir", lambda: None)
    monkeypatch.setattr(demo_services.shutil, "which", lambda name: None)
    env: dict[str, str] = {}
    with contextlib.ExitStack() as stack:
        demo_services.provide_demo_services(env, stack)
    assert env == {}  # the settings' embedded defaults then apply
    err = capsys.readouterr().err
    assert "demo: database: SQLite in .run/demo.sqlite3" in err
    assert "demo: broker: Celery's filesystem broker" in err


# --------------------------------------------------------------------------------------------
# The servers
# --------------------------------------------------------------------------------------------


@pytest.fixture
def run_dir() -> Iterator[Path]:
    """A run directory the postgres system user can reach when the tests run as root (pytest's
    tmp_path sits under a 0700 directory of root's)."""
    path = Path(tempfile.mkdtemp(prefix="demo_services_"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        subprocess.run(["rm", "-rf", str(path)], check=False)


def demo_env(run_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a fresh `make run` in a shell: no server named, nothing of the test
    settings' (DEBUG=0 and the rest), the demo's state in run_dir."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(run_dir)}
    env.update(LANG="C.UTF-8", DEMO_RUN_DIR=str(run_dir), **extra)
    return env


def postgres_processes(data: Path) -> list[str]:
    """Command lines of running processes that serve the cluster in ``data``."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            if "postgres" in cmdline and str(data) in cmdline:
                found.append(cmdline)
    return found


CHILD = """
import os, socket
from urllib.parse import urlsplit
import psycopg
url = os.environ["DATABASE_URL"]
with psycopg.connect(url) as conn:
    conn.execute("CREATE TABLE IF NOT EXISTS kept (n int)")
    conn.execute("INSERT INTO kept VALUES (1)")
    kept = conn.execute("SELECT count(*) FROM kept").fetchone()[0]
    rows = conn.execute(
        "SELECT g, percentile_cont(0.5) WITHIN GROUP (ORDER BY n) FROM "
        "(VALUES (1, 1), (1, 3), (2, 5)) AS t(g, n) GROUP BY GROUPING SETS ((g), ())"
    ).fetchall()
redis = urlsplit(os.environ["REDIS_URL"])
with socket.create_connection((redis.hostname, redis.port), timeout=5) as sock:
    sock.sendall(b"PING\\r\\n")
    pong = sock.recv(64).decode().strip()
print(urlsplit(url).hostname, urlsplit(url).path, kept, len(rows), pong, flush=True)
"""


def wrap(run_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WRAPPER, sys.executable, "-c", textwrap.dedent(CHILD)],
        cwd=ROOT,
        env=demo_env(run_dir),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_demo_cluster_is_kept_between_runs_and_stopped_after_each(run_dir: Path) -> None:
    data = run_dir / "postgres" / "data"

    first = wrap(run_dir)
    assert first.returncode == 0, first.stderr
    database = f"/{demo_services.DEMO_DATABASE}"
    assert first.stdout.split() == ["127.0.0.1", database, "1", "3", "+PONG"]
    assert "demo: database: the demo's own PostgreSQL" in first.stderr
    assert "demo: broker: the demo's own Redis" in first.stderr
    assert postgres_processes(data) == []

    second = wrap(run_dir)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split()[2] == "2"  # the first run's row is still there
    assert postgres_processes(data) == []


def test_the_command_fails_and_the_servers_stop_all_the_same(run_dir: Path) -> None:
    run = subprocess.run(
        [*WRAPPER, "false"],
        cwd=ROOT,
        env=demo_env(run_dir),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 1
    assert postgres_processes(run_dir / "postgres" / "data") == []


# --------------------------------------------------------------------------------------------
# The real demo
# --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def signed_in(base: str, password: str, deadline: float) -> urllib.request.OpenerDirector:
    """A session of prosecutor_gb, once the demo's API answers."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    while True:
        try:
            opener.open(f"{base}/api/v1/auth/csrf/", timeout=10).read()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
    token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    login = urllib.request.Request(  # noqa: S310 - the demo's own http:// address
        f"{base}/api/v1/auth/login/",
        data=json.dumps({"username": "prosecutor_gb", "password": password}).encode(),
        headers={"Content-Type": "application/json", "X-CSRFToken": token, "Referer": base + "/"},
    )
    assert opener.open(login, timeout=30).status == 200
    return opener


def test_make_run_answers_the_summary_report_and_ctrl_c_stops_postgres(run_dir: Path) -> None:
    port = free_port()
    env = demo_env(run_dir, VENV=sys.prefix, DEMO_PORT=str(port), DEMO_PASSWORD="demo-pw-for-test")
    log = run_dir / "demo.log"
    with log.open("wb") as out:
        demo = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "run_demo.sh")],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal's foreground job
        )
    try:
        base = f"http://127.0.0.1:{port}"
        session = signed_in(base, "demo-pw-for-test", time.monotonic() + 300)
        with session.open(f"{base}/api/v1/reports/summary/", timeout=60) as response:
            assert response.status == 200
            assert "mla_requests" in json.loads(response.read())
        assert "demo: database: the demo's own PostgreSQL" in log.read_text()
    finally:
        os.killpg(demo.pid, signal.SIGINT)  # Ctrl-C
        try:
            demo.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(demo.pid, signal.SIGKILL)
            raise
    assert postgres_processes(run_dir / "postgres" / "data") == [], log.read_text()[-3000:]
    assert (run_dir / "postgres" / "data" / "PG_VERSION").exists()
