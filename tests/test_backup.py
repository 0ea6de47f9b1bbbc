"""scripts/backup.py against the real PostgreSQL: back up, restore into a new database, verify."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import pytest
from django.db import connection
from psycopg import sql

from documents.models import Document
from tests.documents.samples import CSV, PDF, make_document
from tests.factories import make_asset, make_case, make_subject

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "backup.py"
HEAD_LINE = re.compile(r"^chain (\S+) head sequence=(\d+) hash=([0-9a-f]{64})$", re.MULTILINE)


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("backup_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


backup_script = load_script()


def database_url(name: str | None = None) -> str:
    settings = connection.settings_dict
    user, password = settings["USER"], settings["PASSWORD"]
    credentials = f"{user}:{password}@" if password else f"{user}@"
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    return f"postgres://{credentials}{host}:{port}/{name or settings['NAME']}"


def drop_database(name: str) -> None:
    with psycopg.connect(
        backup_script.libpq_url(database_url("postgres")), autocommit=True
    ) as maintenance:
        maintenance.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def manage(*command: str, database: str, documents: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url(database),
        "DOCUMENTS_ROOT": str(documents),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def restored_database() -> Any:
    name = f"{connection.settings_dict['NAME']}_restored_{uuid.uuid4().hex[:8]}"
    yield name
    drop_database(name)


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


# Committed data (pg_dump sees only that); serialized_rollback brings the ISO states back.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_keep_the_audit_chain_and_the_documents(
    personas, media_root, tmp_path, restored_database
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    make_subject(case=case)
    make_asset(case=case)
    make_document(case=case, content=PDF, name="statement.pdf")
    make_document(case=case, content=CSV, name="transfers.csv", title="Transfers")
    other = make_case(by=personas.prosecutor_ng, title="Power sector contracts")
    make_document(case=other, content=PDF + b"\n% another", name="contract.pdf")
    documents = list(Document.objects.all())
    assert len(documents) == 3

    out = tmp_path / "backup"
    status = backup_script.main(
        [
            "backup",
            "--database-url",
            database_url(),
            "--documents",
            str(media_root),
            "--out",
            str(out),
        ]
    )
    assert status == 0
    assert {path.name for path in out.iterdir()} == {
        "database.dump",
        "audit-heads.json",
        "documents.tar.gz",
        "documents.sha256",
        "backup.json",
    }
    heads = json.loads((out / "audit-heads.json").read_text())["chains"]
    assert {str(case.pk), str(other.pk)} <= set(heads)
    assert heads[str(case.pk)]["sequence"] >= 5  # case, subject, asset, two documents

    restored_media = tmp_path / "restored-media"
    status = backup_script.main(
        [
            "restore",
            "--database-url",
            database_url(restored_database),
            "--from",
            str(out),
            "--documents",
            str(restored_media),
            "--verify",  # manage.py verify_audit and verify_documents on what was restored
        ]
    )
    assert status == 0

    # verify_audit passes on the restored database and prints exactly the exported heads.
    result = manage("verify_audit", database=restored_database, documents=restored_media)
    assert result.returncode == 0, result.stdout + result.stderr
    printed = {
        key: {"sequence": int(sequence), "hash": digest}
        for key, sequence, digest in HEAD_LINE.findall(result.stdout)
    }
    assert printed == heads
    assert "0 broken" in result.stdout

    # Every document's file came back with the hash its row (and the audit chain) recorded.
    for document in documents:
        restored = restored_media / document.file.name
        assert restored.is_file(), document.file.name
        assert sha256(restored) == document.sha256 == sha256(media_root / document.file.name)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_refuses_a_damaged_backup_and_a_database_in_use(
    personas, media_root, tmp_path, restored_database, capsys
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    make_document(case=case)
    out = tmp_path / "backup"
    assert (
        backup_script.main(
            [
                "backup",
                "--database-url",
                database_url(),
                "--documents",
                str(media_root),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    # A backup directory is never written over.
    assert (
        backup_script.main(
            [
                "backup",
                "--database-url",
                database_url(),
                "--documents",
                str(media_root),
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "not an empty directory" in capsys.readouterr().err

    # The live database is not fresh: restore refuses before touching it.
    restore = ["restore", "--from", str(out), "--documents", str(tmp_path / "elsewhere")]
    assert backup_script.main([*restore, "--database-url", database_url()]) == 1
    assert "is not empty" in capsys.readouterr().err

    dump = out / "database.dump"
    damaged = bytearray(dump.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    dump.write_bytes(bytes(damaged))
    assert backup_script.main([*restore, "--database-url", database_url(restored_database)]) == 1
    assert "damaged backup" in capsys.readouterr().err


def test_passwords_stay_out_of_the_command_line() -> None:
    bare, env = backup_script.without_password("postgres://app:s%40cret@db.example:5432/ar")
    assert bare == "postgres://app@db.example:5432/ar"
    assert env["PGPASSWORD"] == "s@cret"
    assert backup_script.libpq_url("postgres://u@h/d") == "postgresql://u@h/d"
