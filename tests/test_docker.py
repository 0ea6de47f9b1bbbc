"""Static checks of the container setup, without a Docker engine.

Covers docker/Dockerfile, docker/compose.yaml, docker/entrypoint.sh and
.dockerignore. The files are parsed, and every command a container runs is
checked against what it names: the project's own modules, gunicorn's and
Celery's argument parsers, and Django's management commands.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import io
import json
import os
import re
import shlex
import subprocess
import sys
import threading
import tomllib
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DOCKER_DIR = REPO_ROOT / "docker"
COMPOSE_FILE = DOCKER_DIR / "compose.yaml"
DOCKERFILE = DOCKER_DIR / "Dockerfile"
ENTRYPOINT = DOCKER_DIR / "entrypoint.sh"
DOCKERIGNORE = REPO_ROOT / ".dockerignore"
PYPROJECT = REPO_ROOT / "pyproject.toml"

FRONTEND_STAGE = "frontend"
BASE_IMAGE = "python:3.11-slim-bookworm"
APP_UID = "10001"
WSGI_APP = "asset_recovery.wsgi:application"
HEALTH_PATH = "/api/v1/health/"
HEALTH_PORT = "127.0.0.1:8000"

INFRA_SERVICES = ("postgres", "redis")
APP_SERVICES = ("migrate", "web", "worker", "beat")
LONG_RUNNING_APP_SERVICES = ("web", "worker", "beat")
ALL_SERVICES = INFRA_SERVICES + APP_SERVICES

COMPILERS = re.compile(r"\b(build-essential|gcc|g\+\+|clang|cargo|rustc|python3-dev|libpq-dev)\b")


# --------------------------------------------------------------------------
# compose.yaml
# --------------------------------------------------------------------------

_COMPOSE_VAR = re.compile(
    r"\$\$|\$\{(?P<name>\w+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}|\$(?P<bare>\w+)"
)


def interpolate(value: str) -> str:
    """Resolve compose variables the way `docker compose` would with an empty
    environment: `${VAR:-default}` gives the default, `$$` a literal `$`, and
    anything without a default a `<VAR>` placeholder."""

    def repl(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        if (match.group("op") or "").endswith("-"):
            return match.group("arg")
        return f"<{match.group('name') or match.group('bare')}>"

    return _COMPOSE_VAR.sub(repl, value)


def _interpolate_tree(node: Any) -> Any:
    if isinstance(node, str):
        return interpolate(node)
    if isinstance(node, list):
        return [_interpolate_tree(item) for item in node]
    if isinstance(node, dict):
        return {key: _interpolate_tree(value) for key, value in node.items()}
    return node


@pytest.fixture(scope="module")
def compose_text() -> str:
    assert COMPOSE_FILE.is_file(), f"missing {COMPOSE_FILE}"
    return COMPOSE_FILE.read_text()


@pytest.fixture(scope="module")
def raw_services(compose_text: str) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(compose_text)
    assert isinstance(data, dict)
    assert isinstance(data.get("services"), dict)
    return data["services"]


@pytest.fixture(scope="module")
def compose(compose_text: str) -> dict[str, Any]:
    return _interpolate_tree(yaml.safe_load(compose_text))


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def as_argv(command: str | list[str]) -> list[str]:
    return shlex.split(command) if isinstance(command, str) else [str(c) for c in command]


def effective_argv(service: dict[str, Any], dockerfile: Dockerfile) -> list[str]:
    """The command a service's container runs: its own, else the image CMD."""
    if "command" in service:
        return as_argv(service["command"])
    return dockerfile.cmd


def healthcheck_test(service: dict[str, Any]) -> list[str] | None:
    """The healthcheck test as a list, or None when absent or disabled."""
    check = service.get("healthcheck")
    if not check or check.get("disable"):
        return None
    test = check.get("test")
    if isinstance(test, str):
        test = ["CMD-SHELL", test]
    if not test or test[0] == "NONE":
        return None
    return [str(part) for part in test]


def required_healthcheck(service: dict[str, Any]) -> list[str]:
    test = healthcheck_test(service)
    assert test, "service has no healthcheck"
    return test


def shell_command_argv(test: list[str]) -> list[str]:
    """argv of the first command in a healthcheck test (CMD or CMD-SHELL)."""
    if test[0] == "CMD":
        return test[1:]
    assert test[0] == "CMD-SHELL", test
    argv = []
    for token in shlex.split(test[1]):
        if token in {"|", "||", "&&", ";"} or token.startswith((">", "<", "2>")):
            break
        argv.append(token)
    return argv


# --------------------------------------------------------------------------
# Dockerfile
# --------------------------------------------------------------------------


class Stage:
    def __init__(self, base: str, name: str | None) -> None:
        self.base = base
        self.name = name
        self.instructions: list[tuple[str, str]] = []

    def args(self, keyword: str) -> list[str]:
        return [rest for kw, rest in self.instructions if kw == keyword]


class Dockerfile:
    def __init__(self, text: str) -> None:
        self.global_args: dict[str, str] = {}
        self.stages: list[Stage] = []
        for keyword, rest in self._instructions(text):
            if keyword == "FROM":
                tokens = [t for t in rest.split() if not t.startswith("--")]
                name = tokens[2] if len(tokens) == 3 and tokens[1].lower() == "as" else None
                self.stages.append(Stage(tokens[0], name))
            elif not self.stages:
                if keyword == "ARG":
                    self.global_args.update(self._arg(rest))
            else:
                self.stages[-1].instructions.append((keyword, rest))

    @staticmethod
    def _instructions(text: str) -> Iterator[tuple[str, str]]:
        buffer = ""
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue  # blank lines and comments, also inside continuations
            if stripped.endswith("\\"):
                buffer += stripped[:-1] + " "
                continue
            keyword, _, rest = (buffer + stripped).partition(" ")
            buffer = ""
            yield keyword.upper(), rest.strip()
        assert not buffer, "Dockerfile ends inside a line continuation"

    @staticmethod
    def _arg(rest: str) -> dict[str, str]:
        name, _, default = rest.partition("=")
        return {name.strip(): default.strip().strip("\"'")}

    @property
    def final(self) -> Stage:
        return self.stages[-1]

    def substitute(self, value: str, stage: Stage) -> str:
        known = dict(self.global_args)
        for arg in stage.args("ARG"):
            known.update(self._arg(arg))
        return re.sub(
            r"\$\{(\w+)\}|\$(\w+)",
            lambda m: known.get(m.group(1) or m.group(2), m.group(0)),
            value,
        )

    def env(self, stage: Stage) -> dict[str, str]:
        result: dict[str, str] = {}
        for rest in stage.args("ENV"):
            for item in shlex.split(rest):
                key, _, value = item.partition("=")
                result[key] = value
        return result

    @property
    def cmd(self) -> list[str]:
        cmds = self.final.args("CMD")
        assert cmds, "runtime stage has no CMD"
        argv = json.loads(cmds[-1])  # exec form, so signals reach the process
        assert isinstance(argv, list)
        return argv

    @property
    def healthcheck(self) -> tuple[str, list[str]]:
        checks = self.final.args("HEALTHCHECK")
        assert checks, "runtime stage has no HEALTHCHECK"
        options, sep, command = checks[-1].partition("CMD ")
        assert sep, f"HEALTHCHECK without CMD: {checks[-1]}"
        return options, json.loads(command)


@pytest.fixture(scope="module")
def dockerfile() -> Dockerfile:
    assert DOCKERFILE.is_file(), f"missing {DOCKERFILE}"
    return Dockerfile(DOCKERFILE.read_text())


# --------------------------------------------------------------------------
# .dockerignore
# --------------------------------------------------------------------------


def _glob_to_regex(pattern: str) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i:]:
            end = pattern.index("]", i)
            body = pattern[i + 1 : end]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


@pytest.fixture(scope="module")
def dockerignore_rules() -> list[tuple[bool, re.Pattern[str]]]:
    assert DOCKERIGNORE.is_file(), f"missing {DOCKERIGNORE}"
    rules = []
    for line in DOCKERIGNORE.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line.lstrip("!").strip().strip("/")
        rules.append((negate, _glob_to_regex(pattern)))
    return rules


def is_ignored(path: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    """Docker semantics: a rule matches a path or any parent directory of
    it; the last matching rule wins, `!` rules re-include."""
    parts = path.split("/")
    candidates = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    ignored = False
    for negate, regex in rules:
        if any(regex.match(candidate) for candidate in candidates):
            ignored = not negate
    return ignored


# --------------------------------------------------------------------------
# Command checks: the code and CLI options each command names must exist
# --------------------------------------------------------------------------


@contextlib.contextmanager
def repo_on_path() -> Iterator[None]:
    added = str(REPO_ROOT) not in sys.path
    if added:
        sys.path.insert(0, str(REPO_ROOT))
    try:
        yield
    finally:
        if added:
            sys.path.remove(str(REPO_ROOT))


def _top_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def assert_module_defines(module: str, attribute: str) -> None:
    """`module` is a module of this repository (the image runs the source
    tree from /app) and defines `attribute` at top level. The module is
    located, not imported: importing it would need the settings."""
    with repo_on_path():
        spec = importlib.util.find_spec(module)
    assert spec is not None, f"module {module} not found"
    assert spec.origin, f"module {module} has no source file"
    relative = Path(*module.split("."))
    expected = {REPO_ROOT / relative.with_suffix(".py"), REPO_ROOT / relative / "__init__.py"}
    origin = Path(spec.origin).resolve()
    assert origin in expected, f"{module} resolves to {origin}, not to the repository source"
    tree = ast.parse(origin.read_text(), filename=str(origin))
    assert attribute in _top_level_names(tree), f"{module} does not define {attribute!r}"


def check_gunicorn(args: list[str]) -> Any:
    from gunicorn.config import Config

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        try:
            parsed = Config().parser().parse_args(args)
        except SystemExit:
            pytest.fail(f"gunicorn rejects {args}: {stderr.getvalue().strip()}")
    assert len(parsed.args) == 1, f"expected one WSGI app, got {parsed.args}"
    module, _, attribute = parsed.args[0].partition(":")
    assert_module_defines(module, attribute or "application")
    return parsed


def check_celery(args: list[str]) -> tuple[str, dict[str, Any]]:
    """Parse a celery command line with Celery's own CLI; return the
    sub-command and its parsed parameters."""
    import click
    from celery import Celery
    from celery.bin.base import CLIContext
    from celery.bin.celery import celery as celery_cli

    obj = CLIContext(
        app=Celery("compose-validation", set_as_current=False),
        no_color=True,
        workdir=None,
        quiet=True,
    )
    try:
        ctx = celery_cli.make_context("celery", list(args), obj=obj)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            rest = [*getattr(ctx, "protected_args", []), *ctx.args]
        assert rest, f"no celery sub-command in {args}"
        name, *sub_args = rest
        sub_command = celery_cli.get_command(ctx, name)
        assert sub_command is not None, f"unknown celery sub-command {name!r}"
        sub_ctx = sub_command.make_context(name, sub_args, parent=ctx)
    except click.ClickException as exc:
        pytest.fail(f"celery rejects {args}: {exc.format_message()}")

    app = ctx.params.get("app")
    assert app, f"celery command without -A/--app: {args}"
    module, _, attribute = app.partition(":")
    if not attribute:  # `-A pkg` loads the Celery app from pkg/celery.py
        module, attribute = f"{module}.celery", "app"
    assert_module_defines(module, attribute)

    if name == "inspect":
        from celery.app.control import Inspect

        action = sub_ctx.params["command"]
        assert callable(getattr(Inspect, action, None)), f"unknown inspect action {action}"
    return name, sub_ctx.params


def management_commands() -> dict[str, str]:
    """Django's management commands: those of the installed apps when the
    settings are loaded (pytest-django), otherwise Django's core ones."""
    from django.core import management
    from django.core.exceptions import AppRegistryNotReady

    core = dict.fromkeys(management.find_commands(management.__path__[0]), "django.core")
    try:
        return {**core, **management.get_commands()}
    except AppRegistryNotReady:
        return core


def check_manage(args: list[str]) -> None:
    from django.core.management import CommandError, load_command_class

    assert (REPO_ROOT / "manage.py").is_file(), "manage.py missing at the repository root"
    assert args, "manage.py without a command"
    name, *options = args
    commands = management_commands()
    assert name in commands, f"unknown management command {name!r}"
    command = load_command_class(commands[name], name)
    try:
        command.create_parser("manage.py", name).parse_args(options)
    except (CommandError, SystemExit) as exc:
        pytest.fail(f"manage.py {name} rejects {options}: {exc}")


def check_command(argv: list[str]) -> None:
    if argv[:1] == ["gunicorn"]:
        check_gunicorn(argv[1:])
    elif argv[:3] == ["python", "-m", "gunicorn"]:
        check_gunicorn(argv[3:])
    elif argv[:1] == ["celery"]:
        check_celery(argv[1:])
    elif argv[:2] == ["python", "manage.py"]:
        check_manage(argv[2:])
    else:
        pytest.fail(f"unrecognised container command: {argv}")


def normalise_options(argv: list[str]) -> list[str]:
    """`--opt=value` and `--opt value` are the same to argparse/click."""
    out: list[str] = []
    for token in argv:
        if token.startswith("--") and "=" in token:
            out.extend(token.split("=", 1))
        else:
            out.append(token)
    return out


# ==========================================================================
# Tests: compose.yaml
# ==========================================================================


def test_compose_defines_all_services(services: dict[str, Any]) -> None:
    missing = set(ALL_SERVICES) - set(services)
    assert not missing, f"compose.yaml lacks services: {sorted(missing)}"


def test_compose_has_no_unescaped_shell_variables(compose_text: str) -> None:
    # A bare `$VAR` is interpolated by compose on the host, not by the
    # container's shell; container-side variables must be written `$$VAR`.
    bare = re.findall(r"\$(?!\{)\w+", compose_text.replace("$$", ""))
    assert not bare, f"unescaped variables (use $$): {bare}"


def test_exactly_one_beat_scheduler(services: dict[str, Any], dockerfile: Dockerfile) -> None:
    schedulers = []
    for name, service in services.items():
        argv = effective_argv(service, dockerfile)
        if argv[:1] != ["celery"]:
            continue
        sub_command, params = check_celery(argv[1:])
        if sub_command == "beat" or (sub_command == "worker" and params.get("beat")):
            schedulers.append(name)
    assert schedulers == ["beat"], f"periodic tasks would be scheduled by {schedulers}"
    beat = services["beat"]
    assert beat.get("deploy", {}).get("replicas", 1) == 1
    assert beat.get("scale", 1) == 1


@pytest.mark.parametrize("name", [s for s in ALL_SERVICES if s != "migrate"])
def test_long_running_services_have_healthchecks(services: dict[str, Any], name: str) -> None:
    test = healthcheck_test(services[name])
    assert test, f"service {name} has no healthcheck"
    assert test[0] in {"CMD", "CMD-SHELL"}
    assert len(test) > 1


def test_infra_healthchecks(services: dict[str, Any]) -> None:
    assert services["postgres"]["image"].startswith("postgres:15")
    assert services["redis"]["image"].startswith("redis:7")
    assert shell_command_argv(required_healthcheck(services["postgres"]))[0] == "pg_isready"
    assert shell_command_argv(required_healthcheck(services["redis"]))[:2] == ["redis-cli", "ping"]


def test_migrate_is_a_one_shot_job(services: dict[str, Any], dockerfile: Dockerfile) -> None:
    migrate = services["migrate"]
    argv = effective_argv(migrate, dockerfile)
    assert argv[:3] == ["python", "manage.py", "migrate"], argv
    assert "--noinput" in argv or "--no-input" in argv
    assert str(migrate.get("restart", "no")) == "no"
    assert healthcheck_test(migrate) is None
    assert "ports" not in migrate
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"


@pytest.mark.parametrize("name", LONG_RUNNING_APP_SERVICES)
def test_app_services_wait_for_migrations(services: dict[str, Any], name: str) -> None:
    depends_on = services[name].get("depends_on")
    assert isinstance(depends_on, dict), f"{name}: depends_on needs conditions"
    assert depends_on.get("migrate", {}).get("condition") == "service_completed_successfully"
    for infra in INFRA_SERVICES:
        assert depends_on.get(infra, {}).get("condition") == "service_healthy", (name, infra)


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_services_build_the_project_image(services: dict[str, Any], name: str) -> None:
    service = services[name]
    build = service.get("build")
    assert isinstance(build, dict), f"{name}: build must name the context and Dockerfile"
    context = (COMPOSE_FILE.parent / build["context"]).resolve()
    assert context == REPO_ROOT
    assert (context / build["dockerfile"]).resolve() == DOCKERFILE
    assert service.get("image") == services["web"].get("image"), "one image for all app services"


def test_app_environment(raw_services: dict[str, Any], services: dict[str, Any]) -> None:
    envs = [services[name].get("environment") for name in APP_SERVICES]
    assert all(env == envs[0] for env in envs), "app services must share one environment"
    env = envs[0]
    assert isinstance(env, dict)

    raw_env = raw_services["web"]["environment"]
    assert raw_env["SECRET_KEY"].startswith("${SECRET_KEY:?"), "SECRET_KEY must be required"
    assert str(env["DEBUG"]).lower() in {"0", "false"}
    assert env["DJANGO_SETTINGS_MODULE"] == "asset_recovery.settings"
    assert re.fullmatch(r"postgres(ql)?://[^@]+@postgres:5432/\w+", env["DATABASE_URL"])
    assert re.fullmatch(r"redis://redis:6379/\d+", env["REDIS_URL"])
    for host in ("localhost", "127.0.0.1"):  # the healthcheck's fallback Host
        assert host in env["ALLOWED_HOSTS"].split(",")


def test_media_is_a_named_volume(compose: dict[str, Any], services: dict[str, Any]) -> None:
    media_root = services["web"]["environment"]["MEDIA_ROOT"]
    for name in ("web", "worker"):
        mounts = {
            target: source
            for source, target, *_ in (v.split(":") for v in services[name].get("volumes", []))
        }
        assert media_root in mounts, f"{name} does not mount {media_root}"
        assert mounts[media_root] in compose.get("volumes", {}), "media must be a named volume"


def test_static_root_matches_image(services: dict[str, Any], dockerfile: Dockerfile) -> None:
    image_env = dockerfile.env(dockerfile.final)
    assert services["web"]["environment"]["STATIC_ROOT"] == image_env["STATIC_ROOT"]
    assert services["web"]["environment"]["MEDIA_ROOT"] == image_env["MEDIA_ROOT"]


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_commands_name_existing_code(
    services: dict[str, Any], dockerfile: Dockerfile, name: str
) -> None:
    check_command(effective_argv(services[name], dockerfile))


def test_web_runs_the_image_default_command(
    services: dict[str, Any], dockerfile: Dockerfile
) -> None:
    argv = effective_argv(services["web"], dockerfile)
    assert normalise_options(argv) == normalise_options(dockerfile.cmd)
    parsed = check_gunicorn(argv[1:])
    assert parsed.bind == ["0.0.0.0:8000"]
    assert any(port.endswith(":8000") for port in services["web"].get("ports", []))
    # The sizing whose figures the load test reports (bench/load.py), not gunicorn's default
    # sync worker (one request per process).
    from bench import load

    assert (parsed.worker_class, parsed.threads) == ("gthread", load.THREADS)
    assert str(services["web"]["environment"]["WEB_CONCURRENCY"]) == str(load.WORKERS)


def test_worker_healthcheck_pings_its_own_node(
    services: dict[str, Any], dockerfile: Dockerfile
) -> None:
    _, service_params = check_celery(effective_argv(services["worker"], dockerfile)[1:])
    if service_params.get("hostname"):
        assert str(service_params["hostname"]).startswith("celery@")

    argv = shell_command_argv(required_healthcheck(services["worker"]))
    assert argv[0] == "celery", argv
    sub_command, params = check_celery(argv[1:])
    assert (sub_command, params["command"]) == ("inspect", "ping")
    assert params["destination"] == ["celery@$HOSTNAME"]


def test_beat_healthcheck_is_the_lock_aware_command(services: dict[str, Any]) -> None:
    # A standby beat waits for the lock before it answers `inspect ping`: its container would
    # never be healthy. `beat_health` tells the active beat and a standby from a broken one
    # (tests/ops/test_single_beat.py runs it against two real beats).
    argv = shell_command_argv(required_healthcheck(services["beat"]))
    assert argv == ["python", "manage.py", "beat_health"]
    check_manage(argv[2:])
    check = services["beat"]["healthcheck"]
    seconds = {key: int(str(check[key]).rstrip("s")) for key in ("interval", "timeout")}
    assert seconds["timeout"] < seconds["interval"]


# ==========================================================================
# Tests: Dockerfile
# ==========================================================================


def test_dockerfile_is_multi_stage_on_python_slim(dockerfile: Dockerfile) -> None:
    assert len(dockerfile.stages) >= 2, "expected a builder and a runtime stage"
    stage_names = {s.name for s in dockerfile.stages if s.name}
    for stage in dockerfile.stages:
        if stage.base in stage_names:
            continue
        if stage.name == FRONTEND_STAGE:
            # The web application is built by Node.js 20 on slim Debian; only its dist is kept.
            assert re.fullmatch(r"node:20(\.\d+)*-\w+-slim", stage.base), stage.base
            continue
        assert stage.base == BASE_IMAGE, f"unexpected base image {stage.base}"
    final_text = " ".join(rest for _, rest in dockerfile.final.instructions)
    assert f"--from={FRONTEND_STAGE}" in final_text, "the runtime serves the built SPA"
    builders = [s for s in dockerfile.stages[:-1] if any("pip wheel" in r for r in s.args("RUN"))]
    assert builders, "no stage builds wheels"
    final_text = " ".join(rest for _, rest in dockerfile.final.instructions)
    assert any(f"from={s.name}" in final_text for s in builders), "runtime must use built wheels"


def test_runtime_stage_has_no_compilers(dockerfile: Dockerfile) -> None:
    for run in dockerfile.final.args("RUN"):
        assert not COMPILERS.search(run), f"toolchain in runtime stage: {run}"


def test_runtime_stage_runs_as_non_root(dockerfile: Dockerfile) -> None:
    users = dockerfile.final.args("USER")
    assert users, "runtime stage has no USER"
    user = dockerfile.substitute(users[-1], dockerfile.final)
    uid = user.split(":")[0]
    assert uid not in {"root", "0"}
    assert uid == APP_UID, f"expected uid {APP_UID}, got {user}"


def test_runtime_python_environment(dockerfile: Dockerfile) -> None:
    env = dockerfile.env(dockerfile.final)
    assert env.get("PYTHONDONTWRITEBYTECODE") == "1"
    assert env.get("PYTHONUNBUFFERED") == "1"
    assert env.get("DJANGO_SETTINGS_MODULE") == "asset_recovery.settings"


def test_dockerfile_healthcheck_probes_health_endpoint(dockerfile: Dockerfile) -> None:
    options, argv = dockerfile.healthcheck
    assert argv[:2] == ["python", "-c"], "slim has no curl: probe with python"
    assert HEALTH_PATH in argv[2]
    for option in ("--interval=", "--timeout=", "--retries="):
        assert option in options


def test_dockerfile_cmd_runs_gunicorn_on_the_wsgi_app(dockerfile: Dockerfile) -> None:
    argv = dockerfile.cmd
    assert WSGI_APP in argv
    check_command(argv)  # the module named there defines `application`
    assert "8000" in " ".join(dockerfile.final.args("EXPOSE"))


def test_dockerfile_collects_static(dockerfile: Dockerfile) -> None:
    runs = " ".join(dockerfile.final.args("RUN"))
    assert re.search(r"manage\.py collectstatic --noinput", runs)
    if "collectstatic" in management_commands():  # i.e. the settings are loaded
        check_manage(["collectstatic", "--noinput"])


def test_dockerfile_copies_exist_in_build_context(
    dockerfile: Dockerfile, dockerignore_rules: list[tuple[bool, re.Pattern[str]]]
) -> None:
    for stage in dockerfile.stages:
        for rest in stage.args("COPY"):
            if "--from=" in rest:
                continue
            tokens = [t for t in shlex.split(rest) if not t.startswith("--")]
            for source in tokens[:-1]:
                if source == ".":
                    continue
                assert (REPO_ROOT / source).exists(), f"COPY source {source} missing"
                assert not is_ignored(source, dockerignore_rules), f"{source} is .dockerignored"


def test_entrypoint_script(dockerfile: Dockerfile) -> None:
    entrypoint = json.loads(dockerfile.final.args("ENTRYPOINT")[-1])
    copies = " ".join(dockerfile.final.args("COPY"))
    assert f"docker/entrypoint.sh /usr/local/bin/{entrypoint[0]}" in copies

    text = ENTRYPOINT.read_text()
    assert text.startswith("#!/bin/sh")
    code = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert code[-1] == 'exec "$@"', "the command must replace the shell to receive signals"
    assert os.access(ENTRYPOINT, os.X_OK), "entrypoint.sh must be executable"
    assert subprocess.run(["sh", "-n", str(ENTRYPOINT)], check=False).returncode == 0

    run = subprocess.run(
        ["sh", str(ENTRYPOINT), "printf", "%s", "hello"], capture_output=True, check=False
    )
    assert (run.returncode, run.stdout) == (0, b"hello")
    assert subprocess.run(["sh", str(ENTRYPOINT), "false"], check=False).returncode == 1


def test_dependencies_come_from_pyproject() -> None:
    # The builder stage installs exactly [project] dependencies.
    assert PYPROJECT.is_file()
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    assert "dependencies" not in project.get("dynamic", [])
    names = {
        re.split(r"[\s\[<>=!~;]", dep, maxsplit=1)[0].lower().replace("_", "-"): dep
        for dep in project["dependencies"]
    }
    for needed in ("django", "gunicorn", "celery"):
        assert needed in names, f"{needed} must be a runtime dependency (the image runs it)"
    assert names.keys() & {"psycopg", "psycopg-binary", "psycopg2", "psycopg2-binary"}
    assert "redis" in names or "redis" in names["celery"], "the broker needs a redis client"


# ==========================================================================
# Tests: .dockerignore
# ==========================================================================


@pytest.mark.parametrize(
    "path",
    [
        ".venv/bin/python",
        ".git/HEAD",
        "media/cases/1/statement.pdf",
        ".env",
        "docker/.env",
        "asset_recovery/__pycache__/settings.cpython-311.pyc",
        ".run/demo.sqlite3",
        "staticfiles/admin/css/base.css",
    ],
)
def test_dockerignore_excludes(
    path: str, dockerignore_rules: list[tuple[bool, re.Pattern[str]]]
) -> None:
    assert is_ignored(path, dockerignore_rules)


@pytest.mark.parametrize(
    "path",
    [
        "manage.py",
        "pyproject.toml",
        "asset_recovery/settings.py",
        "asset_recovery/wsgi.py",
        "cases/models.py",
        "workflows/__init__.py",
        "docker/entrypoint.sh",
    ],
)
def test_dockerignore_keeps_sources(
    path: str, dockerignore_rules: list[tuple[bool, re.Pattern[str]]]
) -> None:
    assert not is_ignored(path, dockerignore_rules)


# ==========================================================================
# Tests: the HTTP healthcheck probe, run against a local stub server
# ==========================================================================


class _StubHealth(BaseHTTPRequestHandler):
    status = 200
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        type(self).seen.append((self.path, self.headers.get("Host")))
        self.send_response(type(self).status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def stub_health() -> Iterator[tuple[type[_StubHealth], int]]:
    handler = type("Handler", (_StubHealth,), {"seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler, server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def _probe_code(source: str) -> str:
    if source == "dockerfile":
        argv = Dockerfile(DOCKERFILE.read_text()).healthcheck[1]
    else:
        service = _interpolate_tree(yaml.safe_load(COMPOSE_FILE.read_text()))["services"]["web"]
        argv = required_healthcheck(service)[1:]
    assert argv[:2] == ["python", "-c"], argv
    return argv[2]


@pytest.mark.parametrize("source", ["dockerfile", "compose"])
@pytest.mark.parametrize(
    ("allowed_hosts", "status", "expected_host", "healthy"),
    [
        ("api.example.com,localhost", 200, "api.example.com", True),
        (".example.org", 200, "example.org", True),
        ("*", 200, "localhost", True),
        ("localhost,127.0.0.1", 503, "localhost", False),
        ("localhost", 500, "localhost", False),
    ],
)
def test_web_health_probe(
    stub_health: tuple[type[_StubHealth], int],
    source: str,
    allowed_hosts: str,
    status: int,
    expected_host: str,
    healthy: bool,
) -> None:
    handler, port = stub_health
    handler.status = status
    code = _probe_code(source)
    assert HEALTH_PORT in code
    assert HEALTH_PATH in code
    env = {**os.environ, "ALLOWED_HOSTS": allowed_hosts}
    result = subprocess.run(
        [sys.executable, "-c", code.replace(HEALTH_PORT, f"127.0.0.1:{port}")],
        env=env,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert (result.returncode == 0) is healthy, result.stderr.decode()
    assert handler.seen == [(HEALTH_PATH, expected_host)]


# ==========================================================================
# Tests: the operator's note (docker/README.md) names only what exists
# ==========================================================================

README = DOCKER_DIR / "README.md"
MAKEFILE = REPO_ROOT / "Makefile"
SHELL_SEPARATORS = {"&&", "||", "|", ";"}
# `docker compose` options that take a value, before the service of `run`/`exec`.
COMPOSE_VALUE_OPTIONS = {"-e", "--env", "-f", "--file", "-u", "--user", "-w", "--workdir", "-v"}


def fenced_blocks(text: str) -> list[str]:
    """The code of every fenced block (``` ... ```), indentation removed."""
    blocks, current, indent = [], None, 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            if current is None:
                current, indent = [], len(line) - len(line.lstrip())
            else:
                blocks.append("\n".join(current))
                current = None
        elif current is not None:
            current.append(line[indent:])
    assert current is None, "a fenced block is not closed"
    return blocks


def block_commands(block: str) -> tuple[list[list[str]], dict[str, str]]:
    """The commands of a shell block (a here-document's lines aside) and the `KEY=value` lines of
    its here-documents (the `.env` the note writes)."""
    commands: list[list[str]] = []
    heredoc_lines: dict[str, str] = {}
    lines = block.replace("\\\n", " ").splitlines()
    delimiter = None
    for line in lines:
        if delimiter is not None:
            if line.strip() == delimiter:
                delimiter = None
            elif "=" in line:
                key, _, value = line.partition("=")
                heredoc_lines[key.strip()] = value
            continue
        heredoc = re.search(r"<<-?\s*'?(\w+)'?", line)
        if heredoc:
            delimiter = heredoc.group(1)
            line = line[: heredoc.start()]
        argv: list[str] = []
        for token in shlex.split(line, comments=True):
            if token in SHELL_SEPARATORS:
                commands.append(argv)
                argv = []
            else:
                argv.append(token)
        commands.append(argv)
    return [argv for argv in commands if argv], heredoc_lines


def make_targets() -> set[str]:
    return {
        match.group(1)
        for match in re.finditer(r"^([A-Za-z][\w.-]*)\s*:(?!=)", MAKEFILE.read_text(), re.M)
    }


def check_note_command(
    argv: list[str], services: dict[str, Any], seen: dict[str, set[str]]
) -> None:
    while argv and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", argv[0]):
        argv = argv[1:]  # VAR=value before the command
    if not argv:
        return
    if argv[:2] == ["docker", "compose"]:
        sub, *rest = argv[2:]
        seen["compose"].add(sub)
        names: list[str] = []
        while rest:
            token = rest.pop(0)
            if token in COMPOSE_VALUE_OPTIONS:
                rest.pop(0)
            elif token.startswith("-"):
                continue
            else:
                names.append(token)
                if sub in {"run", "exec"}:
                    break  # what follows is the container's command
        for name in names:
            assert name in services, f"docker compose {sub}: no service {name!r}"
        if sub in {"run", "exec"} and rest:
            check_note_command(rest, services, seen)
    elif argv[0] == "make":
        targets = [t for t in argv[1:] if not t.startswith("-") and "=" not in t]
        for target in targets:
            assert target in make_targets(), f"the Makefile has no target {target!r}"
            seen["make"].add(target)
    elif argv[:2] in (["python", "manage.py"], ["python3", "manage.py"]):
        check_manage(argv[2:])  # the command exists and takes these options
        seen["manage"].add(argv[2])
    elif argv[0] in {"python", "python3"} and argv[1].endswith(".py"):
        assert (REPO_ROOT / argv[1]).is_file(), f"no script {argv[1]}"
    elif argv[0] in {"celery", "gunicorn"}:
        check_command(argv)


def test_operator_note_names_only_commands_that_exist(
    services: dict[str, Any], compose_text: str
) -> None:
    assert "create_state_admin" in management_commands(), "the settings must be loaded"
    seen: dict[str, set[str]] = {"compose": set(), "make": set(), "manage": set()}
    env_file: dict[str, str] = {}
    for block in fenced_blocks(README.read_text()):
        commands, heredoc_lines = block_commands(block)
        env_file.update(heredoc_lines)
        for argv in commands:
            check_note_command(argv, services, seen)
    # The steps the note is for: build, migrate, start, mail check, the first admin.
    assert {"build", "run", "up", "ps"} <= seen["compose"], seen
    assert {"create_state_admin", "sendtestemail"} <= seen["manage"], seen
    assert services["migrate"]["command"][-2:] == ["migrate", "--noinput"]
    # Every setting the note puts in .env reaches the containers (or compose itself).
    app_env = services["web"]["environment"]
    for key in env_file:
        assert key in app_env or "${" + key in compose_text, f".env sets {key}, compose drops it"
    for key in (
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "DEFAULT_FROM_EMAIL",
    ):
        assert key in env_file, f"the note's .env lacks the mail setting {key}"


def test_the_note_checker_catches_what_does_not_exist(services: dict[str, Any]) -> None:
    seen: dict[str, set[str]] = {"compose": set(), "make": set(), "manage": set()}
    for line in (
        "docker compose run --rm web python manage.py create_first_admin --state GB",
        "docker compose run --rm -e ADMIN_PASSWORD web python manage.py create_state_admin --colour",
        "docker compose up -d frontend",
        "make deploy",
    ):
        (argv,), _ = block_commands(line)
        with pytest.raises((AssertionError, pytest.fail.Exception)):
            check_note_command(argv, services, seen)
