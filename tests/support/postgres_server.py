"""A throwaway PostgreSQL cluster on a free port, which a test may stop and start again.

Built from scripts/with_services.py's own helpers (initdb/pg_ctl as the postgres user when run as
root, free ports, database creation).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import with_services  # noqa: E402


class PostgresServer:
    def __init__(self, dbname: str = "asset_recovery") -> None:
        bindir = with_services.find_postgres_bindir()
        if bindir is None:
            raise RuntimeError("initdb/pg_ctl are not installed (apt-get install postgresql)")
        self.pg_ctl = str(bindir / "pg_ctl")
        self.initdb = str(bindir / "initdb")
        self.dbname = dbname
        self.root = Path(tempfile.mkdtemp(prefix="hardening_pg_"))
        if os.geteuid() == 0:
            user = pwd.getpwnam(with_services.PG_SYSTEM_USER)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.port = with_services.free_port()

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{self.dbname}"

    def create(self) -> None:
        initdb = [self.initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust"]
        initdb += ["-E", "UTF8", "--no-sync"]
        with_services.run_checked(with_services.as_postgres_user(initdb), "initdb")
        self.start()
        endpoint = with_services.parse_url(self.url, self.port)
        with_services.create_database(endpoint, self.dbname)

    def start(self) -> None:
        options = [f"-p {self.port}", f"-k {shlex.quote(str(self.root))}"]
        options += ["-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off"]
        start = [self.pg_ctl, "-D", str(self.data), "-l", str(self.log)]
        start += ["-o", " ".join(options), "-t", "60", "-w", "start"]
        with_services.run_checked(with_services.as_postgres_user(start), "pg_ctl start", self.log)

    def stop(self) -> None:
        stop = [self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop"]
        with_services.run_checked(with_services.as_postgres_user(stop), "pg_ctl stop", self.log)

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            with_services.stop_postgres(self.pg_ctl, self.data)
        shutil.rmtree(self.root, ignore_errors=True)

    def running(self) -> bool:
        result = subprocess.run(
            with_services.as_postgres_user([self.pg_ctl, "-D", str(self.data), "status"]),
            capture_output=True,
            check=False,
        )
        return result.returncode == 0
