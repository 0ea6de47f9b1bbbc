"""The image's Debian release and its ICU, read from docker/Dockerfile (issue 20).

PyICU (pulled in by followthemoney) is compiled in the builder stage against that stage's
libicu-dev and loads the runtime stage's libicuNN. A bare `python:3.11-slim` follows Debian's
newest release (trixie, ICU 76 since 2025), while the runtime installed bookworm's libicu72: the
image no longer built. So every FROM names its Debian release, the python stages name the same
one, and the runtime's ICU package is that release's.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "docker" / "Dockerfile"


def _load_image_check() -> ModuleType:
    """scripts/image_check.py (no package): it parses the Dockerfile for this test and CI."""
    spec = importlib.util.spec_from_file_location(
        "image_check", ROOT / "scripts" / "image_check.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


image_check = _load_image_check()
Stage = image_check.Stage
parse = image_check.parse
ICU_PACKAGE = image_check.ICU_PACKAGE


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    return parse(DOCKERFILE.read_text())


def _base_stages(stages: list[Stage]) -> list[Stage]:
    """The stages built FROM an image (not FROM another stage of this file)."""
    names = {s.name for s in stages if s.name}
    return [s for s in stages if s.image not in names]


def _python_stages(stages: list[Stage]) -> list[Stage]:
    return [s for s in _base_stages(stages) if s.image.startswith("python:")]


def test_every_from_pins_a_debian_release(stages: list[Stage]) -> None:
    assert stages, "no FROM in the Dockerfile"
    for stage in _base_stages(stages):
        assert stage.release, f"FROM {stage.image} names no Debian release ({sorted(ICU_PACKAGE)})"


def test_python_stages_share_one_release(stages: list[Stage]) -> None:
    python = _python_stages(stages)
    assert len(python) >= 2, "expected a python builder and a python runtime stage"
    releases = {s.image: s.release for s in python}
    assert len(set(releases.values())) == 1, f"python stages on different releases: {releases}"
    # The same image, too: the wheels are built for the interpreter that runs them.
    assert len({s.image for s in python}) == 1, sorted({s.image for s in python})


def test_runtime_icu_is_the_release_s_own(stages: list[Stage]) -> None:
    runtime = stages[-1]
    assert runtime.image.startswith("python:"), runtime.image
    icu = {p for p in runtime.installed() if re.fullmatch(r"libicu\d+", p)}
    assert icu == {ICU_PACKAGE[str(runtime.release)]}, (
        f"{runtime.release} ships {ICU_PACKAGE[str(runtime.release)]}, the runtime installs {icu}"
    )
    builders = [s for s in _python_stages(stages) if "libicu-dev" in s.installed()]
    assert builders, "no python stage installs libicu-dev to build PyICU"
    assert {s.release for s in builders} == {runtime.release}


def test_the_table_knows_this_machine_s_icu(stages: list[Stage]) -> None:
    """Where this machine runs the image's release, its package index has that ICU package."""
    release = stages[-1].release
    os_release = Path("/etc/os-release")
    codename = ""
    if os_release.is_file():
        match = re.search(r"^VERSION_CODENAME=(\w+)", os_release.read_text(), re.MULTILINE)
        codename = match.group(1) if match else ""
    if codename != release or not shutil.which("apt-cache"):
        pytest.skip(f"this machine is not Debian {release}")
    policy = subprocess.run(
        ["apt-cache", "policy", ICU_PACKAGE[str(release)]],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    ).stdout
    if "Candidate:" not in policy:
        pytest.skip("no package index here (apt-get update not run)")
    assert "Candidate: (none)" not in policy, policy


@pytest.mark.parametrize(
    ("image", "release"),
    [
        ("python:3.11-slim-bookworm", "bookworm"),
        ("node:20.20-bookworm-slim", "bookworm"),
        ("python:3.11-slim-trixie", "trixie"),
        ("python:3.11-slim", None),
        ("python:3.11", None),
    ],
)
def test_release_is_read_from_the_tag(image: str, release: str | None) -> None:
    assert Stage(image, None).release == release


def test_a_bare_slim_image_is_refused() -> None:
    stages = parse(
        "FROM python:3.11-slim AS builder\nRUN apt-get install -y libicu-dev\n"
        "FROM python:3.11-slim AS runtime\nRUN apt-get update \\\n"
        "    && apt-get install -y --no-install-recommends libicu72\n"
    )
    assert [s.release for s in stages] == [None, None]
    assert stages[-1].installed() == {"libicu72"}


def test_pyicu_built_here_links_the_release_s_icu(stages: list[Stage]) -> None:
    """On this machine's Debian release, PyICU (built like the image's builder builds it) loads
    the ICU whose package the runtime installs: libicu72 is ICU 72."""
    release = stages[-1].release
    os_release = Path("/etc/os-release")
    text = os_release.read_text() if os_release.is_file() else ""
    if f"VERSION_CODENAME={release}" not in text:
        pytest.skip(f"this machine is not Debian {release}")
    icu = pytest.importorskip("icu")
    major = str(icu.ICU_VERSION).split(".")[0]
    assert ICU_PACKAGE[str(release)] == f"libicu{major}"


# --- scripts/image_check.py (`make image-check`): the Dockerfile's python stages in chroots ---


class _RecordingChroot(image_check.Chroot):  # type: ignore[misc,name-defined]
    """A stage chroot that records what it would run and mount instead of running it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {"PATH": "/usr/bin"}
        self.args: dict[str, str] = {}
        self.workdir = "/"
        self.commands: list[str] = []
        self.mounts: list[dict[str, str]] = []

    def mount_for_run(self, options, stage_roots, mounts: ExitStack) -> None:  # type: ignore[no-untyped-def]
        self.mounts.append(options)

    def run(self, command: str, extra_env: dict[str, str] | None = None) -> None:
        self.commands.append(command)


def _raw_runs(text: str, stage_name: str) -> list[str]:
    """The stage's RUN commands as the file writes them, continuations joined, --flags dropped:
    read independently of image_check.parse."""
    body = text.split(f" AS {stage_name}\n", 1)[1].split("\nFROM ", 1)[0]
    joined = re.sub(r"\\\n\s*", " ", body)
    runs = []
    for line in joined.splitlines():
        if line.startswith("RUN "):
            words = line[4:].strip()
            while words.startswith("--"):
                words = words.split(" ", 1)[1].strip()
            runs.append(" ".join(words.split()))
    return runs


@pytest.fixture
def applied(tmp_path: Path) -> dict[str, _RecordingChroot]:
    """The builder and the runtime stage applied as the image check applies them."""
    builder, runtime = image_check.python_stages(parse(DOCKERFILE.read_text()))
    chroots = {}
    for stage in (builder, runtime):
        chroot = _RecordingChroot(tmp_path / str(stage.name))
        image_check.apply_stage(stage, chroot, image_check.Run(), {})
        chroots[str(stage.name)] = chroot
    return chroots


def test_the_check_runs_the_dockerfile_s_own_commands(applied) -> None:  # type: ignore[no-untyped-def]
    text = DOCKERFILE.read_text()
    for name in ("builder", "runtime"):
        ran = [" ".join(c.split()) for c in applied[name].commands]
        assert ran == _raw_runs(text, name), name
    builder = " ".join(applied["builder"].commands)
    assert "apt-get install -y --no-install-recommends build-essential libicu-dev" in builder
    assert "pip wheel --wheel-dir /wheels -r requirements.txt" in builder
    runtime = " ".join(applied["runtime"].commands)
    assert "pip install --no-cache-dir --no-index /wheels/*.whl" in runtime
    assert "python manage.py collectstatic --noinput" in runtime


def test_the_check_follows_env_workdir_and_mounts(applied) -> None:  # type: ignore[no-untyped-def]
    builder, runtime = applied["builder"], applied["runtime"]
    assert builder.workdir == "/build"
    assert builder.args == {"EXTRAS": ""}
    assert builder.mounts == [{"type": "cache", "target": "/root/.cache/pip"}]
    assert runtime.env["PATH"] == "/opt/venv/bin:/usr/bin"
    assert runtime.env["DJANGO_SETTINGS_MODULE"] == "asset_recovery.settings"
    assert runtime.args["APP_UID"] == "10001"
    assert runtime.mounts == [
        {"type": "bind", "from": "builder", "source": "/wheels", "target": "/wheels"}
    ]


def test_the_check_copies_the_build_context_less_dockerignore(applied) -> None:  # type: ignore[no-untyped-def]
    build, app = applied["builder"].root / "build", applied["runtime"].root / "app"
    assert (build / "pyproject.toml").read_bytes() == (ROOT / "pyproject.toml").read_bytes()
    assert (app / "manage.py").is_file()
    assert (app / "docker" / "entrypoint.sh").is_file()
    assert not (app / "docker" / "Dockerfile").exists()  # docker/* then !docker/entrypoint.sh
    assert not (app / "tests").exists()
    assert not (app / ".ci").exists()
    entrypoint = applied["runtime"].root / "usr/local/bin/docker-entrypoint.sh"
    assert stat.S_IMODE(entrypoint.stat().st_mode) == 0o755


@pytest.mark.parametrize(
    ("path", "excluded"),
    [
        ("tests/test_x.py", True),
        ("cases/__pycache__/models.cpython-311.pyc", True),
        ("__pycache__/x.pyc", True),
        ("db.sqlite3", True),
        ("cases/db.sqlite3", False),  # Docker's `*.sqlite3` matches the context's root only
        ("docker/compose.yaml", True),
        ("docker/entrypoint.sh", False),
        ("frontend/dist/index.html", True),
        ("frontend/src/main.tsx", False),
        ("cases/models.py", False),
    ],
)
def test_dockerignore_rules(path: str, excluded: bool) -> None:
    patterns = ["tests", "**/__pycache__", "*.sqlite3", "frontend/dist", "docker/*"]
    rules = [(False, image_check.ignore_rule(p)) for p in patterns]
    rules.append((True, image_check.ignore_rule("docker/entrypoint.sh")))
    assert image_check.ignored(path, rules) is excluded


def test_env_values_expand_like_docker_s() -> None:
    env = {"PATH": "/usr/bin", "VIRTUAL_ENV": "/opt/venv"}
    assert image_check.assignments('A=1 B="x y" C=${VIRTUAL_ENV}/bin:$PATH D=$A', env) == {
        "A": "1",
        "B": "x y",
        "C": "/opt/venv/bin:/usr/bin",
        "D": "1",
    }
    assert image_check.assignments('EXTRAS=""', {}) == {"EXTRAS": ""}


def test_builder_is_the_stage_the_runtime_mounts() -> None:
    stages = parse(
        "FROM node:20-bookworm-slim AS frontend\nRUN npm ci\n"
        "FROM python:3.12-slim-trixie AS wheels\nRUN pip wheel -w /w x\n"
        "FROM python:3.12-slim-trixie AS app\n"
        "RUN --mount=type=bind,from=wheels,source=/w,target=/w pip install /w/*.whl\n"
    )
    builder, runtime = image_check.python_stages(stages)
    assert (builder.name, runtime.name) == ("wheels", "app")
    assert (builder.release, builder.python_version) == ("trixie", "3.12")
    assert runtime.instructions[0].flags == ["--mount=type=bind,from=wheels,source=/w,target=/w"]
    assert runtime.runs == ["pip install /w/*.whl"]
    with pytest.raises(image_check.StepFailed):
        image_check.python_stages(parse("FROM python:3.11-slim-bookworm\nRUN true\n"))


def test_a_failure_exits_1_naming_the_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text(
        "FROM python:3.11-slim-bookworm AS builder\nRUN true\n"
        "FROM python:3.11-slim-trixie AS runtime\n"
        "RUN --mount=type=bind,from=builder,source=/w,target=/w true\n"
    )
    assert image_check.main(["--dockerfile", str(dockerfile), "--cache-dir", str(tmp_path)]) == 1
    assert "FAILED at parse: python stages on bookworm and trixie" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounts need root")
def test_a_chroot_with_something_mounted_in_it_is_not_removed(tmp_path: Path) -> None:
    kept = tmp_path / "root" / "var" / "cache" / "kept"
    kept.mkdir(parents=True)
    subprocess.run(["mount", "-t", "tmpfs", "image-check-test", str(kept)], check=True)
    try:
        (kept / "wheel.whl").write_text("cached")
        with pytest.raises(image_check.StepFailed, match="still mounted"):
            image_check.remove_tree(tmp_path / "root")
        assert (kept / "wheel.whl").read_text() == "cached"
    finally:
        subprocess.run(["umount", str(kept)], check=True)
    image_check.remove_tree(tmp_path / "root")
    assert not (tmp_path / "root").exists()
