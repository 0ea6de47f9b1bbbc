"""Tests for scripts/with_services.py, the wrapper behind ``make test``.

They run the script for real against the PostgreSQL and Redis servers named by DATABASE_URL /
REDIS_URL (default: 127.0.0.1:5432 and :6379) and start real throwaway servers, so they need
PostgreSQL and redis-server installed. They deliberately fail rather than skip when not.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "with_services.py"
LIVE_DATABASE_URL = (
    os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/asset_recovery"
)
LIVE_REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
TIMEOUT = 120

# Child snippet: PING the Redis server named by REDIS_URL over a raw socket.
REDIS_PING = """
import os, socket
from urllib.parse import urlsplit
url = urlsplit(os.environ["REDIS_URL"])
with socket.create_connection((url.hostname, url.port), timeout=5) as sock:
    sock.sendall(b"PING\\r\\n")
    print(sock.recv(64).decode().strip(), url.port, flush=True)
"""


def load_module() -> ModuleType:
    """Import the script (it is not in a package) for in-process tests."""
    spec = importlib.util.spec_from_file_location("with_services", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def port_open(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        return True
    return False


def script_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(DATABASE_URL=LIVE_DATABASE_URL, REDIS_URL=LIVE_REDIS_URL)
    env.update(overrides)
    return env


def run_script(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``with_services.py -- python -c code`` and capture its output."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--", sys.executable, "-c", textwrap.dedent(code)],
        env=script_env(**env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def start_script(code: str, **env: str) -> subprocess.Popen[str]:
    """Start the script in its own session (so a test can signal its process group)."""
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), "--", sys.executable, "-c", textwrap.dedent(code)],
        env=script_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def require_redis_server() -> None:
    assert shutil.which("redis-server"), "redis-server must be installed for these tests"


def test_existing_servers_are_used() -> None:
    result = run_script("import os; print(os.environ['DATABASE_URL'])")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == LIVE_DATABASE_URL
    assert "services: PostgreSQL at" in result.stderr
    assert "services: Redis at" in result.stderr
    assert result.stderr.count("(existing)") == 2, result.stderr


def test_unset_or_empty_urls_default_to_local_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    module = load_module()
    checked: list[str] = []

    def unreachable(endpoint: Any) -> bool:
        checked.append(endpoint.address)
        return False

    monkeypatch.setattr(module, "tcp_reachable", unreachable)
    monkeypatch.setattr(module, "find_starter", lambda service: None)
    env = {"REDIS_URL": ""}

    with pytest.raises(module.ServiceError) as excinfo, contextlib.ExitStack() as stack:
        module.provide_services(env, stack)

    assert checked == ["127.0.0.1:5432", "127.0.0.1:6379"]
    assert env == {
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/asset_recovery",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    assert "PostgreSQL is not reachable" in str(excinfo.value)
    assert "Redis is not reachable" in str(excinfo.value)


def test_exit_code_of_command_is_forwarded() -> None:
    assert run_script("import sys; sys.exit(3)").returncode == 3
    killed = run_script("import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    assert killed.returncode == 128 + signal.SIGKILL


def test_missing_command_fails() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--", "/nonexistent/command"],
        env=script_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 127
    assert "cannot run" in result.stderr


def test_usage_error_without_command() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 2
    assert "Usage" in result.stderr


def test_throwaway_redis_is_started_and_removed() -> None:
    require_redis_server()
    dead_port = unused_port()

    result = run_script(REDIS_PING, REDIS_URL=f"redis://127.0.0.1:{dead_port}/0")

    assert result.returncode == 0, result.stderr
    reply, port = result.stdout.split()
    assert reply == "+PONG"
    assert int(port) != dead_port
    assert f"services: Redis at 127.0.0.1:{port} (throwaway)" in result.stderr
    assert not port_open(int(port)), "throwaway Redis still running after the script exited"


def test_missing_redis_server_fails_with_install_hint(tmp_path: Path) -> None:
    dead_port = unused_port()

    result = run_script(
        "print('command ran')", REDIS_URL=f"redis://127.0.0.1:{dead_port}/0", PATH=str(tmp_path)
    )

    assert result.returncode == 2
    assert "command ran" not in result.stdout
    assert f"Redis is not reachable at redis://127.0.0.1:{dead_port}/0" in result.stderr
    assert "REDIS_URL" in result.stderr
    assert "apt-get install redis-server" in result.stderr


def test_missing_postgres_programs_fail_with_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = load_module()
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(module, "PG_SEARCH_GLOB", str(tmp_path / "*" / "bin"))
    url = f"postgres://app:s3cret@127.0.0.1:{unused_port()}/asset_recovery"
    env = {"DATABASE_URL": url, "REDIS_URL": LIVE_REDIS_URL}

    with pytest.raises(module.ServiceError) as excinfo, contextlib.ExitStack() as stack:
        module.provide_services(env, stack)

    message = str(excinfo.value)
    assert "PostgreSQL is not reachable at postgres://app:***@127.0.0.1:" in message
    assert "s3cret" not in message
    assert "DATABASE_URL" in message
    assert "apt-get install postgresql" in message


def test_reachable_but_wrong_servers_are_rejected() -> None:
    pg, redis = urlsplit(LIVE_DATABASE_URL), urlsplit(LIVE_REDIS_URL)
    pg_address = f"{pg.hostname or '127.0.0.1'}:{pg.port or 5432}"
    redis_address = f"{redis.hostname or '127.0.0.1'}:{redis.port or 6379}"

    # Each URL points at the other kind of server: TCP works, the protocol check does not.
    result = run_script(
        "print('command ran')",
        DATABASE_URL=f"postgres://postgres@{redis_address}/asset_recovery",
        REDIS_URL=f"redis://{pg_address}/0",
    )

    assert result.returncode == 2
    assert "command ran" not in result.stdout
    assert "accepts TCP connections but logging in failed" in result.stderr
    assert "did not answer PING with +PONG" in result.stderr


def test_throwaway_postgres_is_started_and_removed() -> None:
    dead_port = unused_port()
    code = """
        import os, psycopg
        with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
            one = conn.execute("SELECT 1").fetchone()[0]
            datadir = conn.execute("SHOW data_directory").fetchone()[0]
            dbname = conn.execute("SELECT current_database()").fetchone()[0]
            port = conn.info.port
        print(one, dbname, port, datadir)
    """

    started = time.monotonic()
    result = run_script(
        code, DATABASE_URL=f"postgres://postgres@127.0.0.1:{dead_port}/asset_recovery"
    )
    elapsed = time.monotonic() - started

    assert result.returncode == 0, result.stderr
    one, dbname, port, datadir = result.stdout.split()
    assert (one, dbname) == ("1", "asset_recovery")
    assert int(port) != dead_port
    assert f"services: PostgreSQL at 127.0.0.1:{port} (throwaway)" in result.stderr
    assert not port_open(int(port)), "throwaway PostgreSQL still running after the script exited"
    assert not Path(datadir).parent.exists(), "throwaway cluster directory was not removed"
    assert elapsed < 60


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        # SIGTERM to the wrapper alone: passed on to the command, servers stopped.
        (lambda proc: proc.send_signal(signal.SIGTERM), 128 + signal.SIGTERM),
        # Ctrl-C in a terminal: SIGINT to the whole foreground process group.
        (lambda proc: os.killpg(proc.pid, signal.SIGINT), 128 + signal.SIGINT),
    ],
    ids=["sigterm", "ctrl-c"],
)
def test_signals_stop_command_and_throwaway_servers(
    send: Callable[[subprocess.Popen[str]], None], expected: int
) -> None:
    require_redis_server()
    code = REDIS_PING + "\nimport time; time.sleep(60)\n"
    proc = start_script(code, REDIS_URL=f"redis://127.0.0.1:{unused_port()}/0")
    try:
        assert proc.stdout is not None
        reply, port = proc.stdout.readline().split()
        assert reply == "+PONG"
        send(proc)
        returncode = proc.wait(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    assert returncode == expected
    assert not port_open(int(port)), "throwaway Redis still running after the signal"
