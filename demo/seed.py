"""Demo data for `seed_demo`: the users here, the cases and MLA requests in the tables of
demo/fixtures (`demo_cases.toml`, `mla_requests.toml`), each written through the services.
Idempotent: each part looks its objects up by natural keys."""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any

from accounts.services.users import state_admins_group
from cases.models import Asset, Case, Role, State, Subject, User
from cases.services.case_file import case_create, subject_create
from core.state_time import today_in
from demo.asset_stages import demo_asset_create, seed_asset_stages, seed_fx_rates
from matching import index, watchlists
from workflows.mla_models import MlaRequest
from workflows.services.mla import mla_request_create, mla_request_transition
from workflows.services.sharing import case_share

DEMO_USERS = [
    # username, role, state, name, email
    ("admin", Role.ADMIN, "GB", "Operations Admin", "admin@example.org"),
    ("prosecutor_gb", Role.PROSECUTOR, "GB", "Helen Marsh", "helen.marsh@example.org"),
    ("prosecutor2_gb", Role.PROSECUTOR, "GB", "Tom Okafor", "tom.okafor@example.org"),
    ("prosecutor_ng", Role.PROSECUTOR, "NG", "Amina Bello", "amina.bello@example.org"),
    ("liaison_fr", Role.LIAISON, "FR", "Claire Dubois", "claire.dubois@example.org"),
    ("liaison_ch", Role.LIAISON, "CH", "Lukas Meier", "lukas.meier@example.org"),
    ("liaison_us", Role.LIAISON, "US", "Dana Brooks", "dana.brooks@example.org"),
]

# The demo's cases, with their subjects, assets and shares (a table a reader can check).
DEMO_CASES_FILE = Path(__file__).with_name("fixtures") / "demo_cases.toml"
DEMO_MLA_REQUESTS_FILE = Path(__file__).with_name("fixtures") / "mla_requests.toml"
# A made-up PEP list in OpenSanctions' FtM JSON lines; some of the demo's subjects hit it.
DEMO_WATCH_LIST_FILE = Path(__file__).with_name("fixtures") / "watchlist_peps.ftm.jsonl"
DEMO_WATCH_LIST = "Demo PEPs (fictitious)"


def seed_users(*, password: str) -> dict[str, User]:
    users: dict[str, User] = {}
    for username, role, state, name, email in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, role=role, state_id=state, name=name, email=email)
            user.is_staff = role == Role.ADMIN
            user.set_password(password)
            user.save()
        if user.is_superuser:
            # A demo seeded before the admin was a state's admin: superusers are for operators.
            user.is_superuser = False
            user.save(update_fields=["is_superuser"])
        if role == Role.ADMIN:
            user.groups.add(state_admins_group())
        users[username] = user
    return users


def _state(code: str) -> State:
    return State.objects.get(code=code)


def demo_cases() -> list[dict[str, Any]]:
    """The cases of the table, in order: the first is the one the asset stages and the MLA
    requests are seeded in."""
    with DEMO_CASES_FILE.open("rb") as table:
        cases: list[dict[str, Any]] = tomllib.load(table)["case"]
    return cases


def seed_case(spec: dict[str, Any], users: dict[str, User]) -> Case:
    """One case of the table through the case-file services, with its subjects, assets and
    shares. A case already there (its title, in its lead's state) is left as it is."""
    fields = dict(spec)
    lead = users[fields.pop("lead")]
    subjects, assets, shares = (
        fields.pop("subject", []),
        fields.pop("asset", []),
        fields.pop("shares"),
    )
    existing = Case.objects.filter(title=fields["title"], owner_state_id=lead.state_id).first()
    if existing is not None:
        return existing
    states = State.objects.in_bulk()
    fields["origin_state"] = states[fields["origin_state"]]
    if "team" in fields:
        fields["team"] = [users[username] for username in fields["team"]]
    case = case_create(by=lead, **fields)
    keyed: dict[str, Subject] = {}  # a subject by its key in the table
    for subject in subjects:
        data = {name: value for name, value in subject.items() if name != "key"}
        if "related_to" in data:
            data["related_to"] = keyed[data["related_to"]]
        if "nationalities" in data:
            data["nationalities"] = [states[code] for code in data["nationalities"]]
        if "incorporation_state" in data:
            data["incorporation_state"] = states[data["incorporation_state"]]
        if "occupancies" in data:
            data["occupancies"] = [
                {**office, "country": states[office["country"]]} for office in data["occupancies"]
            ]
        keyed[subject["key"]] = subject_create(case=case, by=lead, data=data)
    for asset in assets:
        parties = {
            role: keyed[asset[role]] for role in ("holder", "beneficial_owner") if role in asset
        }
        demo_asset_create(case=case, by=lead, fields={**asset, **parties}, states=states)
    for share in shares:
        extra = {name: value for name, value in share.items() if name != "state"}
        case_share(case=case, state=states[share["state"]], by=lead, **extra)
    return case


def seed_mla_requests(case: Case, users: dict[str, User]) -> None:
    """The requests of the table (`mla_requests.toml`) in `case`, each moved through its steps by
    the MLA service, so the story is as old as it says."""
    if MlaRequest.objects.filter(case=case).exists():
        return
    lead = users["prosecutor_gb"]
    today = today_in(lead.state_id)
    liaisons = {"CH": users["liaison_ch"], "FR": users["liaison_fr"]}
    with DEMO_MLA_REQUESTS_FILE.open("rb") as table:
        specs: list[dict[str, Any]] = tomllib.load(table)["mla_request"]
    for spec in specs:
        direction, state, kind = spec["direction"], spec["state"], spec["kind"]
        other_state = _state(state)
        request, _ = mla_request_create(
            case=case,
            by=lead,
            direction=direction,
            kind=kind,
            due_on=today + timedelta(days=spec["due_in"]),
            share_with_requested_state=True,
            requesting_reference=(
                f"UKCA-{kind.upper()}-{state}" if direction == "outgoing" else f"{state}-EIO-0412"
            ),
            description=f"Demo {direction} {kind} request ({state}).",
            requested_state=other_state if direction == "outgoing" else None,
            requesting_state=other_state if direction == "incoming" else None,
        )
        for step in spec["steps"]:
            actor = lead if step["by"] == "team" else liaisons[step["by"]]
            fields: dict[str, Any] = {
                name: today - timedelta(days=value) if name.endswith("_on") else value
                for name, value in step.items()
                if name not in ("by", "action")
            }
            mla_request_transition(request_id=request.pk, by=actor, action=step["action"], **fields)


def seed_watch_list() -> str:
    """Import the demo's PEP list and screen the demo's subjects against it here (a few
    dozen comparisons); a second run finds the same file in force and does nothing."""
    result = watchlists.watchlist_import(
        name=DEMO_WATCH_LIST, path=DEMO_WATCH_LIST_FILE, label="demo"
    )
    if result.created:
        watchlists.rescreen_now(result.version)
    return f"demo watch list: {DEMO_WATCH_LIST}, {result.version.entity_count} entities"


def index_for_matching(cases: list[Case]) -> None:
    """The demo's subjects and assets in the match index now, so their matches show without a
    worker having run (each record's keys are rewritten whole: running it twice changes nothing)."""
    index.subjects_index_many(subjects=list(Subject.objects.filter(case__in=cases)))
    index.assets_index_many(assets=list(Asset.objects.filter(case__in=cases)))


def seed(*, password: str) -> list[str]:
    users = seed_users(password=password)
    cases = [seed_case(spec, users) for spec in demo_cases()]
    seed_asset_stages(case=cases[0], by=users["prosecutor_gb"])
    seed_mla_requests(cases[0], users)
    seed_fx_rates()
    index_for_matching(cases)
    watch_list = seed_watch_list()
    return [
        f"demo users: {', '.join(sorted(users))}",
        *(f"demo case: {case.reference} {case.title}" for case in cases),
        watch_list,
    ]
