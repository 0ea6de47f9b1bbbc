"""The image's Debian release and its ICU, read from docker/Dockerfile (issue 20).

PyICU (pulled in by followthemoney) is compiled in the builder stage against that stage's
libicu-dev and loads the runtime stage's libicuNN. A bare `python:3.11-slim` follows Debian's
newest release (trixie, ICU 76 since 2025), while the runtime installed bookworm's libicu72: the
image no longer built. So every FROM names its Debian release, the python stages name the same
one, and the runtime's ICU package is that release's.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOCKERFILE = Path(__file__).resolve().parents[1] / "docker" / "Dockerfile"

# Debian release -> the ICU runtime library it ships (packages.debian.org: libicu72 in bookworm,
# libicu76 in trixie).
ICU_PACKAGE = {"bullseye": "libicu67", "bookworm": "libicu72", "trixie": "libicu76"}


@dataclass
class Stage:
    image: str
    name: str | None
    runs: list[str] = field(default_factory=list)

    @property
    def release(self) -> str | None:
        """The Debian release the image's tag names (`python:3.11-slim-bookworm` -> bookworm)."""
        _, _, tag = self.image.partition(":")
        found = [part for part in re.split(r"[-.]", tag) if part in ICU_PACKAGE]
        return found[0] if len(found) == 1 else None

    def installed(self) -> set[str]:
        """The packages this stage's `apt-get install` commands name."""
        packages: set[str] = set()
        for run in self.runs:
            for command in re.split(r"&&|;|\|\|", run):
                words = command.split()
                if "apt-get" in words and "install" in words:
                    after = words[words.index("install") + 1 :]
                    packages.update(w for w in after if not w.startswith("-"))
        return packages


def parse(text: str) -> list[Stage]:
    stages: list[Stage] = []
    logical = re.sub(
        r"\\\n",
        " ",
        "\n".join(line for line in text.splitlines() if not line.strip().startswith("#")),
    )
    for line in logical.splitlines():
        keyword, _, rest = line.strip().partition(" ")
        if keyword.upper() == "FROM":
            tokens = [t for t in rest.split() if not t.startswith("--")]
            name = tokens[2] if len(tokens) == 3 and tokens[1].lower() == "as" else None
            stages.append(Stage(tokens[0], name))
        elif keyword.upper() == "RUN" and stages:
            stages[-1].runs.append(rest)
    return stages


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
