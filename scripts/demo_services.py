"""The servers behind ``make run``: the demo's own PostgreSQL and Redis when they are installed.

Why this exists: on SQLite the demo cannot answer everything (the summary report needs
PostgreSQL's GROUPING SETS and percentile_cont), so ``make run`` prefers a real PostgreSQL
without asking the user to run one. For each service, in this order:

- ``DATABASE_URL`` / ``REDIS_URL`` set in the environment: used as given;
- the server programs installed (``initdb``/``pg_ctl``, ``redis-server``; found the way
  ``scripts/with_services.py`` finds them): the demo starts its own server on a free loopback
  port. The PostgreSQL cluster lives in ``<run dir>/postgres`` and is kept between runs, so the
  demo data and logins stay; Redis holds only queues and caches and starts empty each time;
- otherwise the embedded defaults: SQLite in ``.run/`` and Celery's filesystem broker.

The servers it started are stopped when the command ends, also on Ctrl-C, SIGTERM or errors.
One ``demo: ...`` line per service on stderr says which one is used.

Usage::

    python scripts/demo_services.py -- bash scripts/run_demo.sh

``DEMO_RUN_DIR`` (default ``.run``) is where the cluster lives; ``DEMO_EMBEDDED=1`` forces the
embedded defaults (SQLite and the filesystem broker) even when the programs are installed.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import shutil
import signal
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import with_services as services

ROOT = Path(__file__).resolve().parents[1]
DEMO_DATABASE = "asset_recovery_demo"
# A unix socket path longer than this (sun_path is 108 bytes on Linux) makes PostgreSQL refuse to
# start, and checkouts can be deep: the demo listens on loopback TCP and puts its socket beside
# the cluster only when the path fits.
MAX_SOCKET_PATH = 100


@dataclass(frozen=True)
class Choice:
    """Which server the demo uses for one service, and the line that tells the user so."""

    kind: str  # "environment", "own" (a server the demo starts) or "embedded"
    description: str


def choose_database(env: Mapping[str, str], bindir: Path | None) -> Choice:
    """The demo's database: DATABASE_URL, else its own PostgreSQL, else SQLite."""
    if env.get("DATABASE_URL"):
        endpoint = services.parse_url(env["DATABASE_URL"], 5432)
        return Choice("environment", f"database: DATABASE_URL ({endpoint.safe_url})")
    if bindir is not None and not env.get("DEMO_EMBEDDED"):
        return Choice("own", f"database: the demo's own PostgreSQL ({bindir})")
    reason = "DEMO_EMBEDDED is set" if bindir else "initdb and pg_ctl are not installed"
    return Choice("embedded", f"database: SQLite in .run/demo.sqlite3 ({reason})")


def choose_broker(env: Mapping[str, str], redis_server: str | None) -> Choice:
    """The demo's broker and cache: REDIS_URL, else its own Redis, else the filesystem broker."""
    if env.get("REDIS_URL"):
        endpoint = services.parse_url(env["REDIS_URL"], 6379)
        return Choice("environment", f"broker: REDIS_URL ({endpoint.safe_url})")
    if redis_server is not None and not env.get("DEMO_EMBEDDED"):
        return Choice("own", f"broker: the demo's own Redis ({redis_server})")
    reason = "DEMO_EMBEDDED is set" if redis_server else "redis-server is not installed"
    return Choice("embedded", f"broker: Celery's filesystem broker in .run/ ({reason})")


# --------------------------------------------------------------------------------------------
# The demo's PostgreSQL cluster, kept between runs
# --------------------------------------------------------------------------------------------


class DemoCluster:
    """A PostgreSQL cluster in ``<run dir>/postgres`` that survives ``make run``'s restarts."""

    def __init__(self, bindir: Path, run_dir: Path) -> None:
        self.bindir = bindir
        self.root = run_dir.resolve() / "postgres"
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.pg_ctl = str(bindir / "pg_ctl")

    def prepare(self) -> None:
        """Create the cluster on the first run (initdb); later runs reuse it."""
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            user = pwd.getpwnam(services.PG_SYSTEM_USER)
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self.root.chmod(0o700)
            reachable = services.as_postgres_user(["test", "-w", str(self.root)])
            services.run_checked(
                reachable, f"Checking that the {services.PG_SYSTEM_USER} user can reach {self.root}"
            )
        if (self.data / "PG_VERSION").exists():
            # Kept from an earlier run. A cluster of another major version fails to start, and
            # pg_ctl's log says so (remove the directory to start afresh).
            return
        initdb = [str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres"]
        # Trust on loopback only (listen_addresses below): a demo's data, whose passwords
        # `make run` prints anyway.
        initdb += ["--auth=trust", "-E", "UTF8", "--no-sync"]
        services.run_checked(services.as_postgres_user(initdb), "initdb")

    def start(self, stack: contextlib.ExitStack) -> str:
        """Start the cluster on a free port, register its stop; return the demo's DATABASE_URL."""
        port = services.free_port()
        socket_path = self.root / f".s.PGSQL.{port}"
        sockets = str(self.root) if len(str(socket_path)) <= MAX_SOCKET_PATH else ""
        options = [f"-p {port}", "-c listen_addresses=127.0.0.1"]
        options += [f"-c unix_socket_directories={shlex.quote(sockets)}"]
        start = [self.pg_ctl, "-D", str(self.data), "-l", str(self.log), "-o", " ".join(options)]
        start += ["-t", str(services.PG_START_TIMEOUT), "-w", "start"]
        stack.callback(services.stop_postgres, self.pg_ctl, self.data)
        services.run_checked(services.as_postgres_user(start), "Starting PostgreSQL", self.log)
        url = f"postgres://postgres@127.0.0.1:{port}/{DEMO_DATABASE}"
        if not database_exists(port, DEMO_DATABASE):
            services.create_database(services.parse_url(url, port), DEMO_DATABASE)
        return url


def database_exists(port: int, dbname: str) -> bool:
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres") as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [dbname]).fetchone()
    return row is not None


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------


def say(line: str) -> None:
    print(f"demo: {line}", file=sys.stderr, flush=True)


def provide_demo_services(env: dict[str, str], stack: contextlib.ExitStack) -> None:
    """Point ``env`` at the demo's servers, starting its own where it chose to."""
    bindir = services.find_postgres_bindir()
    database = choose_database(env, bindir)
    if database.kind == "own" and bindir is not None:
        cluster = DemoCluster(bindir, Path(env.get("DEMO_RUN_DIR") or ROOT / ".run"))
        try:
            cluster.prepare()
            env["DATABASE_URL"] = cluster.start(stack)
            say(f"{database.description}: {cluster.data}, {env['DATABASE_URL']}")
        except services.ServiceError as exc:
            say(f"the demo's own PostgreSQL could not start, so SQLite it is:\n{exc}")
            say("database: SQLite in .run/demo.sqlite3")
    else:
        say(database.description)

    redis_server = shutil.which("redis-server")
    broker = choose_broker(env, redis_server)
    if broker.kind == "own" and redis_server is not None:
        try:
            endpoint = services.parse_url("redis://127.0.0.1/0", 6379)
            env["REDIS_URL"] = services.start_redis(redis_server, endpoint, stack)
            say(f"{broker.description}: {env['REDIS_URL']}")
        except services.ServiceError as exc:
            say(f"the demo's own Redis could not start, so the filesystem broker it is:\n{exc}")
    else:
        say(broker.description)


def main(argv: Sequence[str] | None = None) -> int:
    cmd = services.parse_args(sys.argv[1:] if argv is None else argv)
    if cmd is None:
        print(__doc__, file=sys.stderr)
        return services.EXIT_SERVICE_MISSING
    # with_services' handler: SIGTERM/SIGHUP go on to the demo, whose own trap stops its
    # processes; the servers are stopped by the ExitStack once it has ended.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, services.on_signal)
    env = dict(os.environ)
    try:
        with contextlib.ExitStack() as stack:
            provide_demo_services(env, stack)
            return services.run_command(cmd, env)
    except services.Terminated as exc:
        return 128 + exc.signum


if __name__ == "__main__":
    sys.exit(main())
