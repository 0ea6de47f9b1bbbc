"""Back up and restore an installation: the database, the document store, the audit chain heads.

    python scripts/backup.py backup --database-url URL --documents DIR --out BACKUP_DIR
    python scripts/backup.py restore --database-url URL --from BACKUP_DIR --documents DIR [--verify]

`backup` writes into BACKUP_DIR (new, or empty):

- `database.dump`: `pg_dump -Fc` of the live database, taken from one exported snapshot;
- `audit-heads.json`: every audit chain's head (sequence and hash) read in that same snapshot,
  so the heads are exactly those of the dump. Keep a copy outside the installation: a head
  recorded at backup time that a later `verify_audit` no longer prints means history was
  rewritten;
- `documents.tar.gz`: the document store (the directory of the `documents` storage: DOCUMENTS_ROOT,
  or MEDIA_ROOT), archived after the snapshot, so every document row of the dump has its file
  (documents are never deleted; a file newer than the snapshot is merely extra);
- `documents.sha256`: the SHA-256 of every archived file (`sha256sum -c` reads it);
- `backup.json`: when, from which database, and the SHA-256 of the three files above.

`restore` checks `backup.json`, restores the dump into a fresh database (created when missing;
refused when it already holds tables) with `pg_restore --no-owner --single-transaction`, unpacks
the documents into DIR (new, or empty) and checks them against `documents.sha256`, then compares
the restored chain heads with `audit-heads.json`. With `--verify` it also runs `manage.py
verify_audit` and `manage.py verify_documents` against the restored database and files (the
environment must then carry the installation's settings, as for any `manage.py` command).
Exits 1 when any check fails.

Only local document storage is archived; with S3 (DOCUMENTS_STORAGE_BACKEND) back the bucket up
with its own versioning or replication. The audit and transition tables are append-only
(UPDATE, DELETE and TRUNCATE refused); restoring inserts rows, which they accept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
DUMP = "database.dump"
HEADS = "audit-heads.json"
DOCUMENTS = "documents.tar.gz"
DOCUMENT_HASHES = "documents.sha256"
MANIFEST = "backup.json"
FORMAT = 1
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A failure the operator must see (printed without a traceback; exit status 1)."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def libpq_url(url: str) -> str:
    """The URL as libpq takes it (dj-database-url also accepts `postgis://`, `pgsql://`)."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql", "postgis"}:
        raise BackupError(f"Not a PostgreSQL URL: scheme {parts.scheme!r}.")
    return urlunsplit(("postgresql", *parts[1:]))


def without_password(url: str) -> tuple[str, dict[str, str]]:
    """The URL without its password, and the environment passing it to libpq programs (so it
    never shows in the process list)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, dict(os.environ)
    netloc = parts.netloc.rsplit("@", 1)[1]
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    bare = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return bare, {**os.environ, "PGPASSWORD": unquote(parts.password)}


def database_name(url: str) -> str:
    name = unquote(urlsplit(url).path.lstrip("/"))
    if not name:
        raise BackupError("The database URL names no database.")
    return name


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def empty_directory(path: Path, what: str) -> None:
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise BackupError(f"{what} {path} exists and is not an empty directory.")
    path.mkdir(parents=True, exist_ok=True)


def read_heads(cursor: psycopg.Cursor[Any]) -> dict[str, dict[str, Any]]:
    cursor.execute("SELECT key, last_sequence, last_hash FROM cases_auditchain ORDER BY key")
    return {
        key: {"sequence": int(sequence), "hash": digest}
        for key, sequence, digest in cursor.fetchall()
    }


def files_under(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


# --- backup -------------------------------------------------------------------------------------


def backup(database_url: str, documents: Path, out: Path) -> dict[str, Any]:
    url = libpq_url(database_url)
    if not documents.is_dir():
        raise BackupError(f"The document store {documents} is not a directory.")
    empty_directory(out, "The backup directory")

    # One snapshot for the dump and the heads: the heads are exactly the dump's.
    with psycopg.connect(url, autocommit=False) as connection:
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.read_only = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot(), now()")
            row = cursor.fetchone()
            assert row is not None
            snapshot, taken_at = row
            heads = read_heads(cursor)
            bare, env = without_password(url)
            run(
                ["pg_dump", "-Fc", f"--snapshot={snapshot}", "-f", str(out / DUMP), "-d", bare],
                env=env,
            )
        connection.rollback()

    (out / HEADS).write_text(
        json.dumps(
            {
                "format": FORMAT,
                "database": database_name(url),
                "taken_at": taken_at.isoformat(),
                "chains": heads,
            },
            indent=2,
            sort_keys=True,
        )
        + "\n"
    )

    hashes: list[str] = []
    with tarfile.open(out / DOCUMENTS, "w:gz") as archive:
        for path in files_under(documents):
            relative = path.relative_to(documents).as_posix()
            hashes.append(f"{sha256_of(path)}  {relative}")
            archive.add(path, arcname=relative, recursive=False)
    (out / DOCUMENT_HASHES).write_text("".join(line + "\n" for line in hashes))

    manifest = {
        "format": FORMAT,
        "created_at": datetime.now(UTC).isoformat(),
        "database": database_name(url),
        "snapshot_taken_at": taken_at.isoformat(),
        "chains": len(heads),
        "documents": len(hashes),
        "files": {
            name: sha256_of(out / name) for name in (DUMP, HEADS, DOCUMENTS, DOCUMENT_HASHES)
        },
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


# --- restore ------------------------------------------------------------------------------------


def check_manifest(source: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads((source / MANIFEST).read_text())
    except FileNotFoundError as error:
        raise BackupError(f"{source} holds no {MANIFEST}: not a backup.") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    for name, expected in manifest["files"].items():
        path = source / name
        if not path.is_file():
            raise BackupError(f"The backup lacks {name}.")
        if sha256_of(path) != expected:
            raise BackupError(f"{name} does not match its SHA-256 in {MANIFEST}: damaged backup.")
    return manifest


def fresh_database(url: str) -> None:
    """Create the database when missing; refuse one that already holds tables."""
    name = database_name(url)
    try:
        connection = psycopg.connect(url, autocommit=True)
    except psycopg.OperationalError as error:
        if f'database "{name}" does not exist' not in str(error):
            raise
        with psycopg.connect(with_database(url, "postgres"), autocommit=True) as maintenance:
            maintenance.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return
    with connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg_toast%'"
        ).fetchone()
    if row and row[0]:
        raise BackupError(
            f"The database {name} is not empty ({row[0]} tables): restore needs a fresh one."
        )


def unpack_documents(source: Path, documents: Path) -> int:
    empty_directory(documents, "The document store")
    with tarfile.open(source / DOCUMENTS, "r:gz") as archive:
        archive.extractall(documents, filter="data")  # no absolute paths, links out, devices
    expected = {}
    for line in (source / DOCUMENT_HASHES).read_text().splitlines():
        digest, relative = line.split("  ", 1)
        expected[relative] = digest
    found = {path.relative_to(documents).as_posix(): path for path in files_under(documents)}
    if set(found) != set(expected):
        missing = sorted(set(expected) - set(found))
        extra = sorted(set(found) - set(expected))
        raise BackupError(
            f"Restored documents differ from {DOCUMENT_HASHES}: missing {missing}, extra {extra}."
        )
    for relative, path in found.items():
        if sha256_of(path) != expected[relative]:
            raise BackupError(f"Restored document {relative} does not match its SHA-256.")
    return len(found)


def compare_heads(url: str, source: Path) -> int:
    recorded = json.loads((source / HEADS).read_text())["chains"]
    with psycopg.connect(url) as connection, connection.cursor() as cursor:
        restored = read_heads(cursor)
    if restored != recorded:
        differing = sorted(
            key for key in set(recorded) | set(restored) if recorded.get(key) != restored.get(key)
        )
        raise BackupError(f"Restored audit chain heads differ from {HEADS}: {differing[:10]}.")
    return len(restored)


def manage(command: Sequence[str], *, database_url: str, documents: Path) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DOCUMENTS_STORAGE_BACKEND": "django.core.files.storage.FileSystemStorage",
        "DOCUMENTS_ROOT": str(documents.resolve()),
    }
    run([sys.executable, str(ROOT / "manage.py"), *command], env=env)


def restore(
    database_url: str, source: Path, documents: Path, *, verify: bool = False
) -> dict[str, Any]:
    url = libpq_url(database_url)
    manifest = check_manifest(source)
    fresh_database(url)
    bare, env = without_password(url)
    run(
        [
            "pg_restore",
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
            "-d",
            bare,
            str(source / DUMP),
        ],
        env=env,
    )
    count = unpack_documents(source, documents)
    chains = compare_heads(url, source)
    if verify:
        manage(["verify_audit"], database_url=database_url, documents=documents)
        manage(["verify_documents"], database_url=database_url, documents=documents)
    return {
        "database": database_name(url),
        "documents": count,
        "chains": chains,
        **{"from": manifest["created_at"]},
    }


# --- command line -------------------------------------------------------------------------------


def run(command: Sequence[str], env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        shown = " ".join(part if "://" not in part else "<database-url>" for part in command)
        output = (result.stdout + result.stderr).strip()
        raise BackupError(f"{shown} failed with status {result.returncode}:\n{output}")
    if result.stdout.strip():
        print(result.stdout.strip())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="Dump the database, archive the documents.")
    make.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    make.add_argument("--documents", required=True, type=Path, help="The document store directory.")
    make.add_argument("--out", required=True, type=Path, help="A new (or empty) directory.")
    back = commands.add_parser("restore", help="Restore into a fresh database and document store.")
    back.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    back.add_argument("--from", dest="source", required=True, type=Path, help="A backup directory.")
    back.add_argument("--documents", required=True, type=Path, help="A new (or empty) directory.")
    back.add_argument(
        "--verify", action="store_true", help="Also run verify_audit and verify_documents."
    )
    options = parser.parse_args(argv)
    if not options.database_url:
        parser.error("--database-url (or DATABASE_URL) is required.")
    try:
        if options.command == "backup":
            result = backup(options.database_url, options.documents, options.out)
        else:
            result = restore(
                options.database_url, options.source, options.documents, verify=options.verify
            )
    except (BackupError, psycopg.Error) as error:
        print(f"{options.command} failed: {error}", file=sys.stderr)
        return 1
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
