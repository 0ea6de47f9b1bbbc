"""Run a command with PostgreSQL and Redis available, starting throwaway servers if needed.

Why this exists: ``make test`` must run the whole suite against real PostgreSQL and Redis
(``DATABASE_URL`` / ``REDIS_URL``), never silently skipping database- or cache-backed tests.
This wrapper

1. uses the servers named by ``DATABASE_URL`` / ``REDIS_URL`` (defaulting to the usual ports on
   127.0.0.1) when they answer;
2. otherwise starts private, throwaway servers on free ports when the server programs are
   installed (``initdb``/``pg_ctl`` and ``redis-server``), and removes them afterwards, also on
   Ctrl-C, SIGTERM or errors;
3. otherwise fails (exit status 2) with a message saying how to get them.

Usage::

    python scripts/with_services.py -- pytest [pytest args...]

Everything after ``--`` is the command to run; its exit status is passed through. One line per
service (``services: ...``) is printed to stderr saying which server is used.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/asset_recovery"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
TCP_TIMEOUT = 2.0
PG_CONNECT_TIMEOUT = 3
REDIS_START_TIMEOUT = 10.0
PG_START_TIMEOUT = 60
STOP_TIMEOUT = 30.0
PG_SEARCH_GLOB = "/usr/lib/postgresql/*/bin"
PG_SYSTEM_USER = "postgres"
EXIT_SERVICE_MISSING = 2
EXIT_COMMAND_NOT_FOUND = 127


class ServiceError(Exception):
    """A service is unusable and cannot be replaced; the message is shown to the user."""


class Terminated(BaseException):
    """Raised from the signal handler so that ``finally`` blocks stop throwaway servers."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@dataclass(frozen=True)
class Endpoint:
    """The parts of a service URL this script needs."""

    url: str
    scheme: str
    host: str
    port: int
    username: str | None
    password: str | None
    path: str
    query: str

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def safe_url(self) -> str:
        """The URL with any password masked, for messages."""
        if self.password is None:
            return self.url
        parts = urlsplit(self.url)
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
        return urlunsplit(parts._replace(netloc=netloc))


def parse_url(url: str, default_port: int) -> Endpoint:
    """Split a service URL; a missing host means 127.0.0.1, a missing port the default one."""
    parts = urlsplit(url)
    return Endpoint(
        url=url,
        scheme=parts.scheme,
        host=parts.hostname or "127.0.0.1",
        port=parts.port or default_port,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        path=parts.path,
        query=parts.query,
    )


# --------------------------------------------------------------------------------------------
# Reachability checks
# --------------------------------------------------------------------------------------------


def tcp_reachable(endpoint: Endpoint) -> bool:
    """True when something accepts TCP connections at the endpoint."""
    try:
        with socket.create_connection((endpoint.host, endpoint.port), timeout=TCP_TIMEOUT):
            return True
    except OSError:
        return False


def check_postgres(endpoint: Endpoint) -> None:
    """Log in to the ``postgres`` maintenance database; raise ServiceError if that fails."""
    try:
        import psycopg
    except ImportError:
        warn("psycopg is not importable here; only checked that PostgreSQL accepts TCP.")
        return
    params: dict[str, Any] = dict(parse_qsl(endpoint.query))  # e.g. sslmode=require
    params.update(host=endpoint.host, port=endpoint.port, dbname="postgres")
    params.update(user=endpoint.username, password=endpoint.password)
    try:
        conn = psycopg.connect(**params, connect_timeout=PG_CONNECT_TIMEOUT)
    except psycopg.Error as exc:
        raise ServiceError(
            f"PostgreSQL at {endpoint.safe_url} accepts TCP connections but logging in failed:\n"
            f"  {str(exc).strip()}\n"
            "Fix DATABASE_URL (user, password) or the server's authentication settings."
        ) from exc
    conn.close()


def resp_command(*words: str) -> bytes:
    """Encode a Redis command in the RESP protocol."""
    out = [f"*{len(words)}\r\n".encode()]
    for word in words:
        data = word.encode()
        out.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(out)


def read_line(sock: socket.socket) -> str:
    """Read one CRLF-terminated reply line from a Redis connection."""
    buf = b""
    while not buf.endswith(b"\r\n") and len(buf) < 4096:
        chunk = sock.recv(4096)
        if not chunk:
            break
        buf += chunk
    return buf.decode(errors="replace").strip()


def redis_ping(endpoint: Endpoint) -> str:
    """Send PING (after AUTH when the URL carries a password) and return the reply line."""
    with socket.create_connection((endpoint.host, endpoint.port), timeout=TCP_TIMEOUT) as raw:
        sock: socket.socket = raw
        if endpoint.scheme == "rediss":
            sock = ssl.create_default_context().wrap_socket(raw, server_hostname=endpoint.host)
        if endpoint.password:
            creds = [endpoint.username] if endpoint.username else []
            sock.sendall(resp_command("AUTH", *creds, endpoint.password))
            reply = read_line(sock)
            if not reply.startswith("+OK"):
                return reply
        sock.sendall(b"PING\r\n")
        return read_line(sock)


def check_redis(endpoint: Endpoint) -> None:
    """Raise ServiceError unless the Redis server answers PING with +PONG."""
    try:
        reply = redis_ping(endpoint)
    except OSError as exc:
        reply = f"{type(exc).__name__}: {exc}"
    if not reply.startswith("+PONG"):
        raise ServiceError(
            f"Redis at {endpoint.safe_url} accepts TCP connections but did not answer PING "
            f"with +PONG (got {reply!r}).\nFix REDIS_URL or the server."
        )


# --------------------------------------------------------------------------------------------
# Helpers for throwaway servers
# --------------------------------------------------------------------------------------------


def warn(message: str) -> None:
    print(f"with_services: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def log_tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def version_key(bindir: str) -> tuple[int, ...]:
    """Sort key for /usr/lib/postgresql/<version>/bin directories."""
    version = Path(bindir).parent.name
    return tuple(int(n) for n in re.findall(r"\d+", version))


def find_postgres_bindir() -> Path | None:
    """Directory holding both initdb and pg_ctl: PATH first, then the highest Debian version."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and Path(initdb).parent == Path(pg_ctl).parent:
        return Path(initdb).parent
    for bindir in sorted(glob.glob(PG_SEARCH_GLOB), key=version_key, reverse=True):
        if all(os.access(Path(bindir, prog), os.X_OK) for prog in ("initdb", "pg_ctl")):
            return Path(bindir)
    if initdb and pg_ctl:  # on PATH but in different directories (e.g. separate symlinks)
        return Path(initdb).parent
    return None


def as_postgres_user(cmd: Sequence[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run ``cmd`` as the postgres system user if we are."""
    if os.geteuid() != 0:
        return list(cmd)
    try:
        pwd.getpwnam(PG_SYSTEM_USER)
    except KeyError as exc:
        raise ServiceError(
            f"Running as root, but there is no '{PG_SYSTEM_USER}' system user to run a "
            "throwaway PostgreSQL as (PostgreSQL refuses to run as root). Run as a normal "
            "user, create that user, or set DATABASE_URL to a running server."
        ) from exc
    if shutil.which("runuser"):
        return ["runuser", "-u", PG_SYSTEM_USER, "--", *cmd]
    return ["su", PG_SYSTEM_USER, "-s", "/bin/sh", "-c", shlex.join(cmd)]


def run_checked(cmd: Sequence[str], what: str, log: Path | None = None) -> None:
    """Run a setup command; raise ServiceError with its output (and log tail) on failure."""
    result = subprocess.run(
        list(cmd),
        check=False,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        start_new_session=True,  # keep the terminal's Ctrl-C away from the servers
    )
    if result.returncode != 0:
        details = (result.stdout + result.stderr).strip()
        if log is not None:
            details += "\n" + log_tail(log)
        raise ServiceError(f"{what} failed (exit {result.returncode}):\n{details.strip()}")


# --------------------------------------------------------------------------------------------
# Throwaway PostgreSQL
# --------------------------------------------------------------------------------------------


def start_postgres(bindir: Path, endpoint: Endpoint, stack: contextlib.ExitStack) -> str:
    """Create and start a throwaway cluster; register its removal; return its DATABASE_URL."""
    root = Path(tempfile.mkdtemp(prefix="with_services_pg_"))
    stack.callback(shutil.rmtree, root, ignore_errors=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam(PG_SYSTEM_USER)
        os.chown(root, user.pw_uid, user.pw_gid)
    data, log = root / "data", root / "postgres.log"
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "postgres"]
    initdb += ["--auth=trust", "-E", "UTF8", "--no-sync"]
    run_checked(as_postgres_user(initdb), "initdb")

    port = free_port()
    options = [f"-p {port}", f"-k {shlex.quote(str(root))}", "-c listen_addresses=127.0.0.1"]
    options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    pg_ctl = str(bindir / "pg_ctl")
    start = [pg_ctl, "-D", str(data), "-l", str(log), "-o", " ".join(options)]
    start += ["-t", str(PG_START_TIMEOUT), "-w", "start"]
    stack.callback(stop_postgres, pg_ctl, data)
    run_checked(as_postgres_user(start), "Starting PostgreSQL (pg_ctl start)", log)

    path = endpoint.path if endpoint.path.strip("/") else "/postgres"
    url = f"postgres://postgres@127.0.0.1:{port}{path}"
    create_database(parse_url(url, port), unquote(path.strip("/")))
    return url


def create_database(endpoint: Endpoint, dbname: str) -> None:
    """Create the database named in DATABASE_URL so the URL works as given."""
    if dbname == "postgres":
        return
    try:
        import psycopg
        from psycopg import sql
    except ImportError:
        warn(f"psycopg is not importable here; database {dbname!r} was not created.")
        return
    try:
        with psycopg.connect(
            host=endpoint.host, port=endpoint.port, user="postgres", dbname="postgres"
        ) as conn:
            conn.autocommit = True
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    except psycopg.Error as exc:
        raise ServiceError(f"Creating database {dbname!r} failed: {exc}") from exc


def stop_postgres(pg_ctl: str, data: Path) -> None:
    """Stop a throwaway cluster, killing the postmaster if pg_ctl cannot."""
    if not (data / "postmaster.pid").exists():
        return
    stop = [pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]
    with contextlib.suppress(subprocess.TimeoutExpired, ServiceError):
        subprocess.run(
            as_postgres_user(stop),
            check=False,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=STOP_TIMEOUT,
            start_new_session=True,
        )
    with contextlib.suppress(OSError, ValueError, IndexError):
        pid = int((data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
        warn(f"PostgreSQL (pid {pid}) did not stop cleanly and was killed.")


# --------------------------------------------------------------------------------------------
# Throwaway Redis
# --------------------------------------------------------------------------------------------


def start_redis(redis_server: str, endpoint: Endpoint, stack: contextlib.ExitStack) -> str:
    """Start a throwaway redis-server; register its shutdown; return its REDIS_URL."""
    workdir = Path(tempfile.mkdtemp(prefix="with_services_redis_"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    port = free_port()
    cmd = [redis_server, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    cmd += ["--appendonly", "no", "--daemonize", "no", "--dir", str(workdir)]
    log = workdir / "redis.log"
    with log.open("wb") as log_file:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # keep the terminal's Ctrl-C away from the server
        )
    stack.callback(stop_process, proc)
    url = f"redis://127.0.0.1:{port}{endpoint.path or '/0'}"
    wait_for_redis(proc, parse_url(url, port), log)
    return url


def wait_for_redis(proc: subprocess.Popen[bytes], endpoint: Endpoint, log: Path) -> None:
    """Wait until the new server answers PING; raise ServiceError if it dies or times out."""
    deadline = time.monotonic() + REDIS_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServiceError(f"redis-server exited with {proc.returncode}:\n{log_tail(log)}")
        with contextlib.suppress(OSError):
            if redis_ping(endpoint).startswith("+PONG"):
                return
        time.sleep(0.05)
    raise ServiceError(
        f"redis-server did not answer PING within {REDIS_START_TIMEOUT:.0f} s:\n{log_tail(log)}"
    )


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM a server process, then SIGKILL it if it lingers."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# --------------------------------------------------------------------------------------------
# Service resolution
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Service:
    """How to check, replace and describe one kind of server."""

    name: str
    env_var: str
    default_url: str
    default_port: int
    check: Callable[[Endpoint], None]
    programs: str
    install_hint: str


POSTGRES = Service(
    name="PostgreSQL",
    env_var="DATABASE_URL",
    default_url=DEFAULT_DATABASE_URL,
    default_port=5432,
    check=check_postgres,
    programs=f"initdb and pg_ctl (looked on PATH and in {PG_SEARCH_GLOB})",
    install_hint="Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql",
)
REDIS = Service(
    name="Redis",
    env_var="REDIS_URL",
    default_url=DEFAULT_REDIS_URL,
    default_port=6379,
    check=check_redis,
    programs="redis-server (looked on PATH)",
    install_hint="Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis",
)


def missing_message(service: Service, endpoint: Endpoint) -> str:
    return (
        f"{service.name} is not reachable at {endpoint.safe_url}, and no throwaway server can "
        f"be started because {service.programs} is not installed.\n"
        f"  Either set {service.env_var} to a running {service.name} server, or install "
        f"{service.name} ({service.install_hint}) so one can be started for the run."
    )


def find_starter(service: Service) -> Callable[[Endpoint, contextlib.ExitStack], str] | None:
    """A function starting a throwaway server for ``service``, or None if not installed."""
    if service is POSTGRES:
        bindir = find_postgres_bindir()
        if bindir is None:
            return None
        return lambda endpoint, stack: start_postgres(bindir, endpoint, stack)
    redis_server = shutil.which("redis-server")
    if redis_server is None:
        return None
    return lambda endpoint, stack: start_redis(redis_server, endpoint, stack)


def provide_services(env: dict[str, str], stack: contextlib.ExitStack) -> None:
    """Point ``env`` at usable servers, starting throwaway ones; raise ServiceError if stuck.

    All services are checked before anything is started, so every problem is reported at once.
    """
    plan: list[tuple[Service, Endpoint, Callable[[Endpoint, contextlib.ExitStack], str]]] = []
    problems: list[str] = []
    for service in (POSTGRES, REDIS):
        env[service.env_var] = env.get(service.env_var) or service.default_url
        endpoint = parse_url(env[service.env_var], service.default_port)
        if tcp_reachable(endpoint):
            try:
                service.check(endpoint)
            except ServiceError as exc:
                problems.append(str(exc))
                continue
            print(f"services: {service.name} at {endpoint.address} (existing)", file=sys.stderr)
            continue
        starter = find_starter(service)
        if starter is None:
            problems.append(missing_message(service, endpoint))
        else:
            plan.append((service, endpoint, starter))
    if problems:
        raise ServiceError("\n".join(problems))
    for service, endpoint, starter in plan:
        url = starter(endpoint, stack)
        env[service.env_var] = url
        address = parse_url(url, service.default_port).address
        print(f"services: {service.name} at {address} (throwaway)", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Running the command
# --------------------------------------------------------------------------------------------

_child: subprocess.Popen[bytes] | None = None


def on_signal(signum: int, frame: FrameType | None) -> None:
    """While the command runs, pass SIGTERM/SIGHUP on to it; otherwise unwind and clean up.

    SIGINT is not passed on: a Ctrl-C from the terminal already reaches the command (same
    process group), and a second copy would cut short its own cleanup (e.g. pytest teardown).
    """
    child = _child
    if child is not None and child.poll() is None:
        if signum != signal.SIGINT:
            child.send_signal(signum)
        return
    raise Terminated(signum)


def run_command(cmd: Sequence[str], env: dict[str, str]) -> int:
    """Run the command to completion and return a shell-style exit status."""
    global _child
    try:
        _child = subprocess.Popen(list(cmd), env=env)
    except OSError as exc:
        print(f"with_services: cannot run {cmd[0]!r}: {exc}", file=sys.stderr)
        return EXIT_COMMAND_NOT_FOUND
    try:
        returncode = _child.wait()
    finally:
        _child = None
    return 128 - returncode if returncode < 0 else returncode


def parse_args(argv: Sequence[str]) -> list[str] | None:
    """The command after ``--`` (the ``--`` may be omitted), or None on a usage error."""
    args = list(argv)
    if args and args[0] == "--":
        args = args[1:]
    if not args or args[0] in ("-h", "--help"):
        return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    cmd = parse_args(sys.argv[1:] if argv is None else argv)
    if cmd is None:
        print(__doc__, file=sys.stderr)
        return EXIT_SERVICE_MISSING
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)
    env = dict(os.environ)
    try:
        with contextlib.ExitStack() as stack:
            try:
                provide_services(env, stack)
            except ServiceError as exc:
                print(f"with_services: error: {exc}", file=sys.stderr)
                return EXIT_SERVICE_MISSING
            sys.stderr.flush()
            return run_command(cmd, env)
    except Terminated as exc:
        return 128 + exc.signum


if __name__ == "__main__":
    sys.exit(main())
