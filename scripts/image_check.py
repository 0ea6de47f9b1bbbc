"""Run docker/Dockerfile's python stages in Debian chroots: the image's build without Docker.

There is no Docker engine where CI runs, so this follows the Dockerfile's instructions itself
(issue 20): it bootstraps a minimal chroot of the Debian release the python stages' FROM names
(`debootstrap --variant=minbase`, cached per release), then, in a fresh copy of it per stage,
applies the builder's and the runtime's ENV/ARG/WORKDIR/COPY/RUN in order, the RUN commands
exactly as the file writes them (their `--mount` flags become bind mounts), and finally the
image's own checks (PyICU loads the release's ICU, `manage.py check --deploy`).

Stand-ins, printed as such: Debian's python3 (+ python3-venv, in a venv at /usr/local/python so
`python` and `pip` resolve as in python:3.11-slim) for the python image; the checkout's
frontend/dist (`make frontend`) for the Node stage, which is not run.

Usage: scripts/image_check.py [--dockerfile docker/Dockerfile] [--cache-dir DIR] [--keep]
Exit status 1 names the failed step.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import posixpath
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "docker" / "Dockerfile"
DEFAULT_CACHE = Path.home() / ".cache" / "asset-recovery" / "image-check"
MIRROR = "http://deb.debian.org/debian"

# Debian release -> the ICU runtime library it ships (packages.debian.org: libicu72 in bookworm,
# libicu76 in trixie).
ICU_PACKAGE = {"bullseye": "libicu67", "bookworm": "libicu72", "trixie": "libicu76"}

# What stands in for the python:3.X-slim base image inside the chroot: Debian's interpreter, its
# venv module (pip), and its C headers (the python image ships Python.h: PyICU compiles with it).
BASE_PYTHON = "/usr/local/python"


def base_packages(python_version: str) -> list[str]:
    return ["python3", "python3-venv", f"libpython{python_version}-dev"]


# The host's CA bundle inside a chroot (see Chroot).
HOST_CA_BUNDLE = "/etc/ssl/certs/image-check-host-bundle.crt"

# Values the image's checks run with: throw-away, nothing connects.
CHECK_ENV = {
    "SECRET_KEY": "image-check-" + "x" * 50,
    "DEBUG": "0",
    "ALLOWED_HOSTS": "app.example.org",
    "DATABASE_URL": "sqlite:////tmp/image-check.sqlite3",
    "REDIS_URL": "redis://localhost:6379/0",
}


class StepFailed(Exception):
    pass


@dataclass
class Instruction:
    keyword: str
    flags: list[str]
    argument: str


@dataclass
class Stage:
    image: str
    name: str | None
    instructions: list[Instruction] = field(default_factory=list)

    @property
    def runs(self) -> list[str]:
        return [i.argument for i in self.instructions if i.keyword == "RUN"]

    @property
    def release(self) -> str | None:
        """The Debian release the image's tag names (`python:3.11-slim-bookworm` -> bookworm)."""
        _, _, tag = self.image.partition(":")
        found = [part for part in re.split(r"[-.]", tag) if part in ICU_PACKAGE]
        return found[0] if len(found) == 1 else None

    @property
    def python_version(self) -> str | None:
        """`python:3.11-slim-bookworm` -> 3.11."""
        match = re.fullmatch(r"python:(\d+\.\d+)\b.*", self.image)
        return match.group(1) if match else None

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
    """The Dockerfile's stages with their instructions (comments dropped, continuations joined;
    leading `--flag=value` words split off as flags)."""
    stages: list[Stage] = []
    logical = re.sub(
        r"\\\n",
        " ",
        "\n".join(line for line in text.splitlines() if not line.strip().startswith("#")),
    )
    for line in logical.splitlines():
        keyword, _, rest = line.strip().partition(" ")
        keyword = keyword.upper()
        if not keyword:
            continue
        flags: list[str] = []
        rest = rest.strip()
        while rest.startswith("--"):
            flag, _, rest = rest.partition(" ")
            flags.append(flag)
            rest = rest.strip()
        if keyword == "FROM":
            tokens = rest.split()
            name = tokens[2] if len(tokens) == 3 and tokens[1].lower() == "as" else None
            stages.append(Stage(tokens[0], name))
        elif stages:
            stages[-1].instructions.append(Instruction(keyword, flags, rest))
    return stages


def mount_options(flag: str) -> dict[str, str]:
    """`--mount=type=cache,target=/root/.cache/pip` -> {"type": "cache", "target": ...}."""
    _, _, spec = flag.partition("=")
    return dict(part.partition("=")[::2] for part in spec.split(","))


def expand(value: str, env: dict[str, str]) -> str:
    """Docker's `$VAR`/`${VAR}` substitution in ENV/WORKDIR/COPY (unset -> empty)."""
    return re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: env.get(m.group(1) or m.group(2), ""), value)


def assignments(argument: str, env: dict[str, str]) -> dict[str, str]:
    """`ENV A=1 B="x y"` / `ARG NAME=default` -> their values (expanded against env)."""
    values: dict[str, str] = {}
    for word in shlex.split(argument):
        key, sep, value = word.partition("=")
        if sep:
            values[key] = expand(value, {**env, **values})
        else:
            values.setdefault(key, env.get(key, ""))
    return values


def python_stages(stages: list[Stage]) -> tuple[Stage, Stage]:
    """The builder (the python stage the runtime takes /wheels from) and the runtime (the last)."""
    runtime = stages[-1]
    names = {s.name: s for s in stages if s.name}
    sources = {
        mount_options(flag).get("from")
        for i in runtime.instructions
        for flag in i.flags
        if flag.startswith("--mount=")
    } - {None}
    builders = [names[n] for n in sources if n in names and names[n].image.startswith("python:")]
    if not runtime.image.startswith("python:") or len(builders) != 1:
        raise StepFailed("parse: expected a python runtime stage mounting one python builder")
    return builders[0], runtime


# ---------------------------------------------------------------------------------------------
# Running steps


class Run:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.timings: list[tuple[str, float]] = []

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        print(f"\n==> {name}", flush=True)
        begun = time.monotonic()
        try:
            yield
        except Exception as error:  # any failure is reported as this step's
            raise StepFailed(f"{name}: {error}") from error
        finally:
            took = time.monotonic() - begun
            self.timings.append((name, took))
        print(f"<== {name}: ok in {took:.1f} s", flush=True)

    def summary(self) -> None:
        print("\nimage-check timings:")
        for name, took in self.timings:
            print(f"  {took:7.1f} s  {name}")
        print(f"  {time.monotonic() - self.started:7.1f} s  total")


def sh(command: list[str], name: str, **kwargs: object) -> None:
    result = subprocess.run(command, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode:
        raise StepFailed(f"{name}: exit status {result.returncode}")


class Chroot:
    """A stage's chroot: /proc mounted, and apt's downloads kept in the cache dir (so a second
    run does not fetch them again); everything mounted is unmounted when the stack closes."""

    def __init__(self, root: Path, stack: ExitStack, cache: Path) -> None:
        self.root = root
        self.stack = stack
        self.cache = cache
        self.env: dict[str, str] = {
            "PATH": f"{BASE_PYTHON}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/bin",
            "HOME": "/root",
            "LANG": "C.UTF-8",
            "DEBIAN_FRONTEND": "noninteractive",
        }
        self.args: dict[str, str] = {}
        self.workdir = "/"
        self.mount("proc", "/proc", "-t", "proc")
        apt_archives = cache / "apt-archives"
        apt_archives.mkdir(parents=True, exist_ok=True)
        self.mount(str(apt_archives), "/var/cache/apt/archives", "--bind")
        shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
        # Where the host reaches PyPI through a TLS-inspecting proxy, pip trusts the host's CA
        # bundle (the image itself would use pip's own certifi).
        host_bundle = os.environ.get("PIP_CERT") or os.environ.get("SSL_CERT_FILE")
        if host_bundle and Path(host_bundle).is_file():
            shutil.copy(host_bundle, root / HOST_CA_BUNDLE.lstrip("/"))
            self.env["PIP_CERT"] = HOST_CA_BUNDLE

    def mount(self, source: str, target: str, *options: str) -> None:
        path = self.root / target.lstrip("/")
        path.mkdir(parents=True, exist_ok=True)
        sh(["mount", *options, source, str(path)], f"mount {target}")
        self.stack.callback(self.unmount, path)

    @staticmethod
    def unmount(path: Path) -> None:
        if subprocess.run(["umount", str(path)], check=False).returncode:
            subprocess.run(["umount", "-l", str(path)], check=False)

    def mount_for_run(
        self, options: dict[str, str], stage_roots: dict[str, Path], mounts: ExitStack
    ) -> None:
        """A RUN's `--mount`: a cache lives in the cache dir, a bind from a stage is that
        stage's chroot (the builder's /wheels)."""
        target = options["target"]
        if options.get("type") == "cache":
            source = self.cache / "mount-cache" / target.strip("/").replace("/", "_")
        elif options.get("type") == "bind" and options.get("from") in stage_roots:
            source = stage_roots[options["from"]] / options.get("source", "/").lstrip("/")
        else:
            raise StepFailed(f"RUN --mount {options}: the image check does not know it")
        path = self.root / target.lstrip("/")
        path.mkdir(parents=True, exist_ok=True)
        source.mkdir(parents=True, exist_ok=True)
        sh(["mount", "--bind", str(source), str(path)], f"mount {target}")
        mounts.callback(Chroot.unmount, path)

    def run(self, command: str, extra_env: dict[str, str] | None = None) -> None:
        env = {**self.args, **self.env, **(extra_env or {})}
        inner = f"cd {shlex.quote(self.workdir)} && {command}"
        sh(["chroot", str(self.root), "/bin/sh", "-ec", inner], "the command", env=env)


def bootstrap(release: str, packages: list[str], cache: Path, run: Run) -> Path:
    """The base chroot, reused while it was bootstrapped with the same packages."""
    base = cache / "base"
    complete = base / ".complete"
    if complete.is_file() and complete.read_text().split() == packages:
        with run.step(f"base chroot: Debian {release} + {' '.join(packages)} (cached in {base})"):
            pass
        return base
    with run.step(f"base chroot: debootstrap --variant=minbase {release} + {' '.join(packages)}"):
        if not shutil.which("debootstrap"):
            sh(["apt-get", "install", "-y", "-qq", "debootstrap"], "apt-get install debootstrap")
        partial = cache / "base.partial"
        remove_tree(partial)
        sh(
            [
                "debootstrap",
                "--variant=minbase",
                f"--include={','.join(packages)}",
                release,
                str(partial),
                MIRROR,
            ],
            "debootstrap",
        )
        (partial / ".complete").write_text(" ".join(packages))
        remove_tree(base)
        partial.rename(base)
    return base


def remove_tree(root: Path) -> None:
    """rm -r of a stage chroot, refused while anything is mounted under it (a bind mount of the
    cache would be emptied with it)."""
    if not root.exists():
        return
    prefix = str(root.resolve()) + "/"
    mounted = [
        line.split()[1]
        for line in Path("/proc/mounts").read_text().splitlines()
        if (line.split()[1] + "/").startswith(prefix)
    ]
    if mounted:
        raise StepFailed(f"remove {root}: still mounted: {', '.join(mounted)}")
    sh(["rm", "-rf", "--one-file-system", str(root)], f"rm -rf {root}")


def fresh_copy(base: Path, target: Path) -> None:
    remove_tree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sh(["cp", "-a", str(base), str(target)], f"copy {base}")


def ignore_rule(pattern: str) -> re.Pattern[str]:
    """A .dockerignore pattern as a regex over context-relative paths (`**` any depth)."""
    out = ""
    for part in re.split(r"(\*\*/?|\*|\?)", pattern.strip("/")):
        if part.startswith("**"):
            out += "(?:.*/)?" if part.endswith("/") else ".*"
        elif part == "*":
            out += "[^/]*"
        elif part == "?":
            out += "[^/]"
        else:
            out += re.escape(part)
    return re.compile(out)


def ignored(path: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents decides."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for negated, rule in rules:
        if any(rule.fullmatch(prefix) for prefix in prefixes):
            excluded = not negated
    return excluded


def context_files(root: Path = ROOT) -> list[str]:
    """The build context: the checkout's tracked files (git ls-files) less .dockerignore's."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True
    ).stdout.decode()
    ignore = root / ".dockerignore"
    rules = [
        (line.startswith("!"), ignore_rule(line.lstrip("!")))
        for line in (ignore.read_text().splitlines() if ignore.is_file() else [])
        if line.strip() and not line.startswith("#")
    ]
    return [f for f in listed.split("\0") if f and (root / f).is_file() and not ignored(f, rules)]


def copy_in(chroot: Chroot, instruction: Instruction) -> None:
    """COPY from the build context into the chroot: `.` or a directory copies its contents, a
    file goes to the destination path (into it when it ends with `/`)."""
    *sources, destination = shlex.split(expand(instruction.argument, chroot.env))
    into = chroot.root / posixpath.join(chroot.workdir, destination).lstrip("/")
    files = context_files()
    mode = next((f.partition("=")[2] for f in instruction.flags if f.startswith("--chmod=")), None)
    for source in sources:
        source = posixpath.normpath(source)
        if source in files:
            chosen = {source: into / Path(source).name if destination.endswith("/") else into}
        else:
            prefix = "" if source == "." else source + "/"
            chosen = {f: into / f[len(prefix) :] for f in files if f.startswith(prefix)}
        if not chosen:
            raise StepFailed(f"COPY {source}: not in the build context")
        for name, target in chosen.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
            if mode:
                target.chmod(int(mode, 8))


def apply_stage(stage: Stage, chroot: Chroot, run: Run, stage_roots: dict[str, Path]) -> None:
    """The stage's instructions in order, as `docker build` would apply them."""
    for instruction in stage.instructions:
        keyword, argument = instruction.keyword, instruction.argument
        # Shown with its flags but a RUN's mounts (they would push the command out of sight).
        shown = [f for f in instruction.flags if not f.startswith("--mount=")] + argument.split()
        label = " ".join([f"{stage.name}: {keyword}", *shown])
        short = label if len(label) <= 110 else label[:107] + "..."
        if keyword == "ENV":
            chroot.env.update(assignments(argument, {**chroot.args, **chroot.env}))
        elif keyword == "ARG":
            chroot.args.update(assignments(argument, chroot.args))
        elif keyword == "WORKDIR":
            chroot.workdir = expand(argument, {**chroot.args, **chroot.env})
            (chroot.root / chroot.workdir.lstrip("/")).mkdir(parents=True, exist_ok=True)
        elif keyword == "COPY":
            source_stage = next(
                (f.partition("=")[2] for f in instruction.flags if f.startswith("--from=")), None
            )
            with run.step(short):
                if source_stage is None:
                    copy_in(chroot, instruction)
                else:
                    copy_from_stage(chroot, instruction, source_stage)
        elif keyword == "RUN":
            with run.step(short), ExitStack() as mounts:
                for flag in instruction.flags:
                    if flag.startswith("--mount="):
                        chroot.mount_for_run(mount_options(flag), stage_roots, mounts)
                chroot.run(argument)
        elif keyword in {"USER", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT", "CMD"}:
            print(f"--- {stage.name}: {keyword} (image metadata, not run here)")
        else:
            raise StepFailed(f"{stage.name}: {keyword}: the image check does not know it")


def copy_from_stage(chroot: Chroot, instruction: Instruction, source_stage: str) -> None:
    """Only the Node stage is copied from, and it is not run here: the checkout's build of it
    (`make frontend`, frontend/dist) stands in."""
    source, destination = shlex.split(instruction.argument)
    stand_in = ROOT / "frontend" / "dist"
    if source != "/frontend/dist" or not stand_in.is_dir():
        print(
            f"--- COPY --from={source_stage} {source}: not built here (no frontend/dist), skipped"
        )
        return
    print(f"--- stand-in for stage {source_stage}: the checkout's frontend/dist")
    target = chroot.root / destination.lstrip("/")
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(stand_in, target)


def stand_in_python(chroot: Chroot, stage: Stage, run: Run) -> None:
    with run.step(f"{stage.name}: stand-in for {stage.image}: Debian's python3 in {BASE_PYTHON}"):
        chroot.run(f"python3 -m venv {BASE_PYTHON}")
        version = subprocess.run(
            [
                "chroot",
                str(chroot.root),
                f"{BASE_PYTHON}/bin/python",
                "-c",
                "import sys; print('%d.%d' % sys.version_info[:2])",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        print(f"--- Debian's python3 is {version}; the image's is {stage.python_version}")
        if version != stage.python_version:
            raise StepFailed(f"stand-in python {version} is not the image's {stage.python_version}")


def image_checks(chroot: Chroot, runtime: Stage, run: Run) -> None:
    release = str(runtime.release)
    icu_package = ICU_PACKAGE[release]
    with run.step(f"check: PyICU loads {release}'s ICU ({icu_package})"):
        chroot.run(
            "python -c 'import icu; print(icu.ICU_VERSION)' > /tmp/icu-version"
            " && cat /tmp/icu-version"
        )
        major = (chroot.root / "tmp" / "icu-version").read_text().strip().split(".")[0]
        if f"libicu{major}" != icu_package:
            raise StepFailed(f"PyICU loads ICU {major}, the runtime installs {icu_package}")
    with run.step("check: python manage.py check --deploy (throw-away settings)"):
        chroot.run("python manage.py check --deploy", CHECK_ENV)
    with run.step("check: the app user imports the settings"):
        uid = runtime_arg(runtime, "APP_UID")
        sh(
            [
                "chroot",
                f"--userspec={uid}:{uid}",
                str(chroot.root),
                "/bin/sh",
                "-ec",
                "cd /app && python -c 'import django; django.setup(); import icu'",
            ],
            "app user",
            env={**chroot.args, **chroot.env, **CHECK_ENV},
        )


def runtime_arg(stage: Stage, name: str) -> str:
    for instruction in stage.instructions:
        if instruction.keyword == "ARG":
            values = assignments(instruction.argument, {})
            if name in values:
                return values[name]
    raise StepFailed(f"{stage.name}: no ARG {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dockerfile", type=Path, default=DOCKERFILE)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--keep", action="store_true", help="keep the stage chroots")
    options = parser.parse_args(argv)

    run = Run()
    try:
        builder, runtime = python_stages(parse(options.dockerfile.read_text()))
        release = builder.release
        packages = base_packages(str(builder.python_version))
        if not release or runtime.release != release:
            raise StepFailed(f"parse: python stages on {builder.release} and {runtime.release}")
        if os.geteuid() != 0:
            raise StepFailed("start: needs root (debootstrap, chroot, mount)")
        cache = options.cache_dir / release
        cache.mkdir(parents=True, exist_ok=True)
        # One run per cache at a time (two checkouts share it): the next waits here.
        lock = (cache / ".lock").open("w")
        fcntl.flock(lock, fcntl.LOCK_EX)
        print(f"image-check: {options.dockerfile} -> Debian {release} chroots under {cache}")
        print(
            f"image-check: stand-ins: Debian {release}'s {' + '.join(packages)} for"
            f" {builder.image}; the checkout's frontend/dist for the Node stage"
        )
        base = bootstrap(release, packages, cache, run)
        roots: dict[str, Path] = {}
        try:
            for stage in (builder, runtime):
                root = cache / "stages" / str(stage.name)
                with run.step(f"{stage.name}: fresh copy of the base chroot"):
                    fresh_copy(base, root)
                roots[str(stage.name)] = root
                with ExitStack() as stack:
                    chroot = Chroot(root, stack, cache)
                    stand_in_python(chroot, stage, run)
                    apply_stage(stage, chroot, run, roots)
                    if stage is runtime:
                        image_checks(chroot, runtime, run)
        finally:
            if not options.keep:
                with run.step("cleanup: remove the stage chroots"):
                    for root in roots.values():
                        remove_tree(root)
    except StepFailed as failure:
        run.summary()
        print(f"\nimage-check: FAILED at {failure}", file=sys.stderr)
        return 1
    run.summary()
    print("\nimage-check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
