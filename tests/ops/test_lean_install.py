"""`make run` installs what the demo needs, not the test tools.

- The Makefile: `make run` installs the runtime dependencies alone (`pip install -e .`, its own
  stamp), `make test` and `make lint` the dev extra; either order works on a fresh venv, and the
  dev install leaves nothing for `make run` to do (run with a stand-in venv whose python records
  the pip calls).
- The runtime dependencies suffice for the demo's processes (scripts/run_demo.sh: migrate,
  seed_demo, runserver, a worker and beat): in a child process where every module that only a
  distribution outside `[project] dependencies` (and what they require) provides cannot be
  imported, as in a venv without them, the settings load on the demo's embedded defaults,
  the URLconf, the Celery app with its tasks and its beat scheduler, every management command,
  and every module of the project's packages import, and Django's system checks pass.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())

# A venv made by `python -m venv` has these without any install.
VENV_OWN = {"pip", "setuptools"}


def runtime_distributions() -> set[str]:
    """`[project] dependencies` and everything they require (with the extras they name), as the
    installed distributions' metadata says."""
    wanted: dict[str, set[str]] = {}
    todo = [Requirement(line) for line in PYPROJECT["project"]["dependencies"]]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        extras = {canonicalize_name(extra) for extra in requirement.extras}
        if name in wanted and extras <= wanted[name]:
            continue
        wanted[name] = wanted.get(name, set()) | extras
        for line in importlib.metadata.distribution(name).requires or []:
            needed = Requirement(line)
            if needed.marker is None or any(
                needed.marker.evaluate({"extra": extra}) for extra in {"", *wanted[name]}
            ):
                todo.append(needed)
    return set(wanted) | VENV_OWN | {canonicalize_name(PYPROJECT["project"]["name"])}


def modules_outside_the_runtime() -> set[str]:
    """Top-level modules that only distributions outside the runtime's provide."""
    runtime = runtime_distributions()
    return {
        module
        for module, distributions in importlib.metadata.packages_distributions().items()
        if not {canonicalize_name(d) for d in distributions} & runtime
    }


def test_the_runtime_closure_leaves_the_test_tools_out() -> None:
    runtime = runtime_distributions()
    assert {"django", "celery", "celery-redbeat", "gunicorn", "openpyxl"} <= runtime
    dev = {
        canonicalize_name(Requirement(r).name)
        for r in PYPROJECT["project"]["optional-dependencies"]["dev"]
    }
    for tool in ("pytest", "playwright", "ruff", "schemathesis", "hypothesis", "django-stubs"):
        assert tool in dev
        assert tool not in runtime, tool
    assert {"pytest", "playwright", "hypothesis"} <= modules_outside_the_runtime()


# Run in the child: every import of a module outside the runtime fails as it would there.
DEMO_PROCESSES = r"""
import importlib, importlib.abc, json, pkgutil, sys

OUTSIDE = set(json.loads(sys.argv[1]))
PACKAGES = json.loads(sys.argv[2])


class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in OUTSIDE:
            raise ModuleNotFoundError(f"No module named {name!r} (not a runtime dependency)", name=name)
        return None


sys.meta_path.insert(0, NotInstalled())
try:
    import pytest  # noqa: F401
except ModuleNotFoundError:
    pass
else:
    raise SystemExit("the stand-in for a venv without the dev extra imports pytest")

import django

django.setup()
from django.conf import settings

assert settings.DEBUG and settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), "demo defaults"

# runserver: the URLconf and every view it names.
from django.urls import get_resolver


def walk(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            walk(pattern.url_patterns)
        else:
            pattern.callback


walk(get_resolver().url_patterns)

# migrate, seed_demo, runserver and every other command.
from django.core.management import call_command, get_commands, load_command_class

for name, app in get_commands().items():
    load_command_class(app, name)

# The worker and beat: the Celery app, its tasks, its pool and the demo's scheduler.
from asset_recovery.celery import app
from celery.utils.imports import symbol_by_name

app.loader.import_default_modules()
app.finalize()
import celery.apps.beat, celery.apps.worker, celery.concurrency.prefork  # noqa: E401, F401

symbol_by_name(app.conf.beat_scheduler)

# Every module the project ships.
for package in PACKAGES:
    root = importlib.import_module(package)
    for module in pkgutil.walk_packages(root.__path__, prefix=package + "."):
        importlib.import_module(module.name)

call_command("check", fail_level="ERROR")
print("demo imports: ok")
"""


@pytest.mark.slow
def test_the_demo_processes_import_only_runtime_dependencies(tmp_path) -> None:
    packages = [
        pattern.rstrip("*")
        for pattern in PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    ]
    env = {
        # What scripts/run_demo.sh sets, on a fresh checkout's embedded defaults (no server).
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "asset_recovery.settings",
        "MFA_REQUIRED_ROLES": "",
        "DEMO_PASSWORD": "demo-password-for-the-import-test",
    }
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            DEMO_PROCESSES,
            json.dumps(sorted(modules_outside_the_runtime())),
            json.dumps(packages),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    assert "demo imports: ok" in run.stdout


# --------------------------------------------------------------------------
# The Makefile's two install flavours
# --------------------------------------------------------------------------

FAKE_PYTHON = """#!/bin/sh
echo "$*" >> "$(dirname "$0")/../pip-calls"
"""


def fake_venv(path: Path) -> Path:
    """A venv whose python only records what it is asked (the pip installs)."""
    (path / "bin").mkdir(parents=True)
    python = path / "bin" / "python"
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    return path


def make(venv: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-C",
            str(ROOT),
            f"VENV={venv}",
            f"PYTHON={sys.executable}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def installs(venv: Path) -> list[str]:
    calls = venv / "pip-calls"
    lines = calls.read_text().splitlines() if calls.exists() else []
    return [
        line for line in lines if line.startswith("-m pip install") and "--upgrade pip" not in line
    ]


def up_to_date(venv: Path, target: str) -> bool:
    return make(venv, "-q", target).returncode == 0


def test_make_run_installs_the_runtime_only_and_test_adds_the_dev_extra(tmp_path) -> None:
    venv = fake_venv(tmp_path / "venv")
    assert make(venv, "install-runtime").returncode == 0
    assert installs(venv) == ["-m pip install --quiet -e ."]
    assert up_to_date(venv, "install-runtime")
    assert not up_to_date(venv, "install"), "make test after make run needs the dev extra"
    assert make(venv, "install").returncode == 0
    assert installs(venv)[1:] == ["-m pip install --quiet -e .[dev]"]
    assert up_to_date(venv, "install")
    assert up_to_date(venv, "install-runtime")


def test_make_test_first_leaves_nothing_for_make_run(tmp_path) -> None:
    venv = fake_venv(tmp_path / "venv")
    assert make(venv, "install").returncode == 0
    assert installs(venv) == ["-m pip install --quiet -e .[dev]"]
    assert up_to_date(venv, "install-runtime")
    assert make(venv, "install-runtime").returncode == 0
    assert len(installs(venv)) == 1


@pytest.mark.parametrize(
    ("target", "flavour"),
    [
        ("run", "install-runtime"),
        ("test", "install"),
        ("lint", "install"),
        ("frontend-e2e", "install"),
    ],
)
def test_each_target_uses_its_flavour(tmp_path, target, flavour) -> None:
    """On a fresh machine (no venv), what each target would install."""
    plan = make(tmp_path / "no-venv", "-n", target)
    assert plan.returncode == 0, plan.stderr
    pip_installs = [
        line for line in plan.stdout.splitlines() if "-m pip install --quiet -e" in line
    ]
    if flavour == "install-runtime":
        assert [line.split()[-1] for line in pip_installs] == ["."]
    else:
        assert [line.split()[-1] for line in pip_installs] == ['".[dev]"']


def test_ci_runs_the_targets_with_the_dev_install() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make lint" in ci
    assert "make test" in ci
