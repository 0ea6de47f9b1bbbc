"""`manage.py seed_scale`: a large, realistic, synthetic data set for benchmarks (issue 9).

Scale L: 100,000 cases over 190 owning states, 400,000 subjects, 1,000,000 assets at every stage
with their transitions and recovery totals, 300,000 MLA requests with their deadlines, 2,000
users, each case shared with 0 to 3 states (a few states receive thousands of shares). Scale S is
L divided by 10. The randomness is seeded, so one seed always gives the same data.

Rows are generated in one pass over the cases into one temporary file per table (PostgreSQL's
COPY text format), then copied in foreign-key order in one transaction: nothing is disabled, the
constraints and triggers all run, and a failure leaves the database as it was.

Known rows the benchmark relies on (`bench/run.py`):
- `bench_prosecutor_gb`: a prosecutor of GB (the largest owning state), lead of many GB cases;
- `bench_liaison_fr`: a liaison of FR, which receives about 5.5% of all cases as shares;
- exactly `--due` deadlines (1,000 by default) are due at `BENCH_NOW`, none before
  `BENCH_NOW - 3 days`.

Synthetic data only: the command refuses a database whose name does not end in `_bench` unless
`--any-database` is given, and `--reset` empties the case-file tables first (a disposable
database only: the audit table refuses TRUNCATE otherwise).
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction

from cases.models import Case, State

# The instant the benchmark's reminder sweep runs at ("now" of the synthetic world).
BENCH_NOW = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
# Nothing is due at this instant (the "nothing due" sweep).
BENCH_QUIET = BENCH_NOW - timedelta(days=3)
LIAISON_STATE = "FR"
PROSECUTOR_STATE = "GB"
BENCH_PROSECUTOR = "bench_prosecutor_gb"
BENCH_LIAISON = "bench_liaison_fr"
SEARCH_TERM = "okafor"

SCALES = {"L": 100_000, "S": 10_000}
OWNER_STATES = 190
USERS_PER_CASE = 2_000 / 100_000
SUBJECTS_PER_CASE = 4
ASSETS_PER_CASE = 10
MLA_PER_CASE = 3

FIRST_NAMES = [
    "Ahmed",
    "Ana",
    "Andrei",
    "Aisha",
    "Boris",
    "Carlos",
    "Chen",
    "Daniel",
    "Dmitri",
    "Elena",
    "Emeka",
    "Fatima",
    "Femi",
    "Grace",
    "Hassan",
    "Ibrahim",
    "Ivan",
    "Jean",
    "Joseph",
    "Julia",
    "Karim",
    "Kwame",
    "Laila",
    "Luis",
    "Maria",
    "Marek",
    "Mohamed",
    "Nadia",
    "Nikolai",
    "Olga",
    "Omar",
    "Pablo",
    "Paolo",
    "Pierre",
    "Rania",
    "Rosa",
    "Samuel",
    "Sergei",
    "Sofia",
    "Tariq",
    "Teodor",
    "Viktor",
    "Wei",
    "Yusuf",
    "Zainab",
]
LAST_NAMES = [
    "Abacha",
    "Adeyemi",
    "Alvarez",
    "Andersen",
    "Bakiev",
    "Barros",
    "Chukwu",
    "Costa",
    "Dimitrov",
    "Diallo",
    "Duarte",
    "Fernandes",
    "Garcia",
    "Haddad",
    "Horvat",
    "Ibori",
    "Ivanov",
    "Jovanovic",
    "Kamara",
    "Karimov",
    "Kuznetsov",
    "Lopez",
    "Makarov",
    "Mensah",
    "Mendes",
    "Moreau",
    "Mwangi",
    "Nazarbayev",
    "Novak",
    "Obiang",
    "Okafor",
    "Orlov",
    "Pereira",
    "Petrov",
    "Popescu",
    "Rahman",
    "Rossi",
    "Santos",
    "Sesay",
    "Silva",
    "Sokolov",
    "Suleiman",
    "Tembo",
    "Teodorescu",
    "Usmanov",
    "Volkov",
    "Wanjiru",
    "Yilmaz",
    "Zhukov",
    "Zuma",
]
ORG_SUFFIXES = ("Holdings Ltd", "Trading SA", "Investments Inc", "Foundation", "Trust", "GmbH")
CURRENCIES = ("USD", "EUR", "GBP", "CHF")
ASSET_KINDS = [
    "bank_account",
    "real_estate",
    "company_shares",
    "securities",
    "vehicle",
    "vessel",
    "aircraft",
    "crypto_wallet",
    "cash",
    "valuables",
    "other",
]
# Stage of an asset and the acts that brought it there.
STAGE_WEIGHTS = (
    ("identified", 40, ()),
    ("frozen", 25, ("freeze",)),
    ("seized", 12, ("freeze", "seize")),
    ("confiscated", 10, ("freeze", "seize", "confiscate")),
    ("repatriated", 8, ("freeze", "seize", "confiscate", "repatriate")),
    ("released", 5, ("freeze", "release")),
)
TO_STAGE = {
    "freeze": "frozen",
    "seize": "seized",
    "confiscate": "confiscated",
    "repatriate": "repatriated",
    "release": "released",
}
TIER = {"embezzlement": "a", "bribery": "b", "laundering": "b", "other": "c"}
MLA_STATUSES = (
    ("draft", 10),
    ("sent", 15),
    ("acknowledged", 15),
    ("info_requested", 5),
    ("in_execution", 15),
    ("postponed", 5),
    ("executed", 20),
    ("partially_executed", 5),
    ("refused", 5),
    ("withdrawn", 5),
)
OPEN_MLA = {"sent", "acknowledged", "info_requested", "in_execution", "postponed"}
MLA_KINDS = [
    "evidence",
    "tracing",
    "freeze",
    "seizure",
    "confiscation",
    "enforcement",
    "return",
    "spontaneous_disclosure",
]

# FK order; TRUNCATE takes them all at once.
TABLES = (
    "auth_group",
    "cases_user",
    "cases_user_groups",
    "cases_casereferencecounter",
    "cases_case",
    "cases_case_team",
    "cases_casejurisdiction",
    "cases_caseshare",
    "cases_casegroupobjectpermission",
    "guardian_groupobjectpermission",
    "cases_subject",
    "cases_asset",
    "workflows_assettransition",
    "cases_assetrecoverytotal",
    "workflows_mlarequest",
    "workflows_mlatransition",
    "workflows_deadline",
)
RESET_ALSO = (
    "workflows_reminder",
    "workflows_notification",
    "workflows_mlarequest_assets",
    "cases_document",
    "cases_occupancy",
    "cases_subject_nationalities",
    "cases_caseuserobjectpermission",
    "guardian_userobjectpermission",
    "cases_auditevent",
    "cases_auditchain",
    "cases_apitoken",
    "cases_user_user_permissions",
    "django_admin_log",
    "django_session",
)


def _text(value: Any) -> str:
    """One value in COPY text format (no generated text holds tabs, newlines or backslashes)."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return str(value)


class TableFile:
    """Rows of one table, spooled to a temporary file until they are copied."""

    def __init__(self, directory: Path, table: str, columns: tuple[str, ...]) -> None:
        self.table = table
        self.columns = columns
        self.path = directory / f"{table}.copy"
        self.file: IO[str] = self.path.open("w", encoding="utf-8")
        self.rows = 0

    def add(self, *values: Any) -> None:
        assert len(values) == len(self.columns), self.table
        self.file.write("\t".join(_text(v) for v in values) + "\n")
        self.rows += 1


class Progress:
    """A plain progress bar on stderr (no dependency)."""

    def __init__(self, label: str, total: int, enabled: bool) -> None:
        self.label, self.total, self.enabled = label, max(total, 1), enabled
        self.done, self.started, self.shown = 0, time.monotonic(), -1.0

    def step(self, n: int = 1) -> None:
        self.done += n
        fraction = self.done / self.total
        every = 0.01 if sys.stderr.isatty() else 0.1
        if self.enabled and (fraction - self.shown >= every or self.done >= self.total):
            self.shown = fraction
            bar = "#" * int(fraction * 30)
            elapsed = time.monotonic() - self.started
            sys.stderr.write(
                ("\r" if sys.stderr.isatty() else "\n")
                + f"{self.label:<34} [{bar:<30}] {fraction:6.1%} {self.done:>10,} {elapsed:6.1f}s"
            )
            if self.done >= self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _zipf_weights(n: int, exponent: float = 0.8) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, n + 1)]


class Command(BaseCommand):
    help = "Load a large synthetic data set (scale S or L) for benchmarks, with COPY."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", choices=sorted(SCALES), default=None)
        parser.add_argument("--cases", type=int, default=None, help="Number of cases (or --scale)")
        parser.add_argument("--seed", type=int, default=9)
        parser.add_argument("--due", type=int, default=1000, help="Deadlines due at BENCH_NOW")
        parser.add_argument("--reset", action="store_true", help="Empty the case-file tables")
        parser.add_argument(
            "--any-database",
            action="store_true",
            help="Allow a database whose name does not end in _bench",
        )
        parser.add_argument(
            "--skip-if-loaded",
            action="store_true",
            help="Do nothing when the database already holds exactly this many cases",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        database = connection.settings_dict["NAME"]
        if connection.vendor != "postgresql":
            raise CommandError("seed_scale needs PostgreSQL (it writes with COPY).")
        if not str(database).endswith("_bench") and not options["any_database"]:
            raise CommandError(
                f"Refusing to load synthetic data into {database!r}: use a database whose name "
                "ends in _bench, or --any-database."
            )
        cases = options["cases"] or SCALES[options["scale"] or "S"]
        if options["skip_if_loaded"] and Case.objects.count() == cases:
            self.stdout.write(f"seed_scale: {cases:,} cases already loaded")
            return
        started = time.monotonic()
        progress = not options["no_progress"]
        with tempfile.TemporaryDirectory(prefix="seed_scale_") as tmp:
            generator = Generator(
                cases=cases,
                seed=options["seed"],
                due=options["due"],
                directory=Path(tmp),
                progress=progress,
            )
            with transaction.atomic():
                if options["reset"]:
                    self.reset()
                elif Case.objects.exists():
                    raise CommandError("The database already holds cases: use --reset.")
                generator.prepare()
                generator.generate()
                generator.copy_all()
            self.analyze()
        counts = ", ".join(f"{t.table}={t.rows:,}" for t in generator.files.values())
        self.stdout.write(f"seed_scale: {cases:,} cases in {time.monotonic() - started:.0f}s")
        self.stdout.write(counts)

    def reset(self) -> None:
        with connection.cursor() as cursor:
            # The audit and transition tables refuse TRUNCATE except on a disposable database,
            # and only inside this transaction (SET LOCAL).
            cursor.execute("SET LOCAL asset_recovery.disposable_database = on")
            tables = ", ".join((*TABLES, *RESET_ALSO))
            cursor.execute(f"TRUNCATE {tables} CASCADE")

    def analyze(self) -> None:
        # Fresh statistics and visibility maps, as autovacuum would leave them (index-only scans).
        with connection.cursor() as cursor:
            for table in TABLES:
                cursor.execute(f"VACUUM ANALYZE {table}")


class Generator:
    def __init__(self, *, cases: int, seed: int, due: int, directory: Path, progress: bool) -> None:
        self.cases = cases
        self.rng = random.Random(seed)  # noqa: S311 (synthetic data, reproducible by seed)
        self.due = min(due, cases)
        self.directory = directory
        self.progress = progress
        self.files: dict[str, TableFile] = {}

    def table(self, name: str, columns: str) -> TableFile:
        self.files[name] = TableFile(self.directory, name, tuple(columns.split()))
        return self.files[name]

    # -- reference data -------------------------------------------------------------------

    def prepare(self) -> None:
        rng = self.rng
        codes = sorted(State.objects.values_list("code", flat=True))
        if len(codes) < OWNER_STATES:
            raise CommandError("The states are not loaded (run migrate).")
        others = [c for c in codes if c not in (PROSECUTOR_STATE, LIAISON_STATE)]
        rng.shuffle(others)
        # GB first: the largest owning state; FR a mid-sized owner and a big partner.
        self.owner_states = [PROSECUTOR_STATE, *others[:5], LIAISON_STATE, *others[5:]][
            :OWNER_STATES
        ]
        self.owner_weights = _zipf_weights(len(self.owner_states))
        self.all_states = codes
        partners = [c for c in codes if c != LIAISON_STATE]
        rng.shuffle(partners)
        self.partner_states = partners
        self.partner_weights = _zipf_weights(len(partners), 1.0)
        self.case_ct = ContentType.objects.get_for_model(Case)
        self.view_case = Permission.objects.get(content_type=self.case_ct, codename="view_case")
        self.answer_mla = Permission.objects.get(
            content_type=self.case_ct, codename="answer_mla_case"
        )
        self.password = make_password(None)  # unusable: the benchmark signs in with force_login

    # -- generation -----------------------------------------------------------------------

    def generate(self) -> None:
        rng = self.rng
        users_t = self.table(
            "cases_user",
            "id password last_login is_superuser username first_name last_name email is_staff "
            "is_active date_joined name role state_id",
        )
        groups_t = self.table("auth_group", "id name")
        user_groups_t = self.table("cases_user_groups", "user_id group_id")
        counters_t = self.table("cases_casereferencecounter", "state_id year last_number")
        cases_t = self.table(
            "cases_case",
            "id reference title summary status owner_state_id origin_state_id offence_category "
            "lead_prosecutor_id opened_on closed_on internal_notes created_by_id created_at "
            "updated_at version",
        )
        team_t = self.table("cases_case_team", "case_id user_id")
        juris_t = self.table("cases_casejurisdiction", "case_id state_id role")
        shares_t = self.table(
            "cases_caseshare",
            "id case_id state_id allows_mla_answers granted_by_id granted_at expires_on "
            "revoked_at revoked_by_id case_created_at",
        )
        case_perm_t = self.table(
            "cases_casegroupobjectpermission", "content_object_id group_id permission_id"
        )
        generic_perm_t = self.table(
            "guardian_groupobjectpermission", "object_pk content_type_id group_id permission_id"
        )
        subjects_t = self.table(
            "cases_subject",
            "id case_id kind role name aliases date_of_birth organization_type "
            "incorporation_state_id identifiers related_to_id relationship restricted "
            "internal_notes created_at updated_at version",
        )
        assets_t = self.table(
            "cases_asset",
            "id case_id owner_state_id kind description details jurisdiction_id holder_id "
            "beneficial_owner_id estimated_value_amount estimated_value_currency source "
            "restricted internal_notes stage freeze_expires_on created_at updated_at version",
        )
        transitions_t = self.table(
            "workflows_assettransition",
            "id asset_id sequence action from_stage to_stage order_authority "
            "order_jurisdiction_id order_reference order_issued_on order_expires_on amount "
            "amount_currency basis final art57_tier recipient recipient_state_id "
            "deducted_expenses_amount deducted_expenses_currency disposal_agreement corrects_id "
            "batch_id note performed_by_id performed_at",
        )
        totals_t = self.table(
            "cases_assetrecoverytotal",
            "asset_id currency frozen seized confiscated returned deducted_expenses",
        )
        mla_t = self.table(
            "workflows_mlarequest",
            "id case_id kind requesting_state_id requested_state_id requesting_reference "
            "requested_reference channel description confidentiality_conditions "
            "speciality_conditions restricted internal_notes status sent_on due_on "
            "acknowledged_on closed_on refusal_reason postponement_reason created_by_id "
            "created_at updated_at version",
        )
        mla_transitions_t = self.table(
            "workflows_mlatransition",
            "id request_id sequence action from_status to_status note reason performed_by_id "
            "performed_at",
        )
        deadlines_t = self.table(
            "workflows_deadline",
            "id case_id kind source_id title due_on acting_state_id partner_state_id restricted "
            "open next_fire_at last_threshold created_by_id created_at updated_at version",
        )

        # Users: every owning state gets an admin, prosecutors and liaisons; the large states
        # get more prosecutors; liaisons for the partner states that receive shares.
        total_users = max(int(self.cases * USERS_PER_CASE), 3 * len(self.owner_states))
        by_state_role: dict[tuple[str, str], list[uuid.UUID]] = defaultdict(list)
        user_rows: list[tuple[str, str, str]] = [
            (BENCH_PROSECUTOR, "prosecutor", PROSECUTOR_STATE),
            (BENCH_LIAISON, "liaison", LIAISON_STATE),
            ("bench_admin_gb", "admin", PROSECUTOR_STATE),
        ]
        for code in self.owner_states:
            user_rows += [
                (f"admin_{code.lower()}_1", "admin", code),
                (f"prosecutor_{code.lower()}_1", "prosecutor", code),
                (f"liaison_{code.lower()}_1", "liaison", code),
            ]
        counter: dict[tuple[str, str], int] = defaultdict(lambda: 1)
        while len(user_rows) < total_users:
            role = rng.choices(("prosecutor", "liaison"), (3, 1))[0]
            code = rng.choices(self.owner_states, self.owner_weights)[0]
            counter[(code, role)] += 1
            user_rows.append((f"{role}_{code.lower()}_{counter[(code, role)]}", role, code))
        group_ids: dict[tuple[str, str], int] = {}
        start = datetime(2017, 1, 1, tzinfo=UTC)
        for username, role, code in user_rows:
            user_id = _uuid(rng)
            by_state_role[(code, role)].append(user_id)
            if (code, role) not in group_ids:
                group_ids[(code, role)] = len(group_ids) + 1
            users_t.add(
                user_id,
                self.password,
                None,
                False,
                username,
                "",
                "",
                f"{username}@bench.invalid",
                False,
                True,
                start,
                username.replace("_", " ").title(),
                role,
                code,
            )
            user_groups_t.add(user_id, group_ids[(code, role)])
        # Liaison groups of every state, for shares to states without users.
        for code in self.all_states:
            if (code, "liaison") not in group_ids:
                group_ids[(code, "liaison")] = len(group_ids) + 1
        for (code, role), group_id in sorted(group_ids.items(), key=lambda item: item[1]):
            groups_t.add(group_id, f"state:{code}:{role}")
        self.group_ids = group_ids

        # Cases, in creation order: the benchmark's lists are newest first.
        span = (BENCH_NOW - timedelta(days=1) - datetime(2018, 1, 1, tzinfo=UTC)).total_seconds()
        created = sorted(
            datetime(2018, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.random() * span)
            for _ in range(self.cases)
        )
        due_cases = set(rng.sample(range(self.cases), self.due))
        numbers: dict[tuple[str, int], int] = defaultdict(int)
        bar = Progress("generating cases and children", self.cases, self.progress)
        stage_names = [s[0] for s in STAGE_WEIGHTS]
        stage_weights = [s[1] for s in STAGE_WEIGHTS]
        stage_acts = {s[0]: s[2] for s in STAGE_WEIGHTS}
        mla_status_names = [s[0] for s in MLA_STATUSES]
        mla_status_weights = [s[1] for s in MLA_STATUSES]
        gb_bench = by_state_role[(PROSECUTOR_STATE, "prosecutor")][0]
        for index, created_at in enumerate(created):
            owner = rng.choices(self.owner_states, self.owner_weights)[0]
            prosecutors = by_state_role[(owner, "prosecutor")]
            if owner == PROSECUTOR_STATE and index % 3 == 0:
                lead = gb_bench
            else:
                lead = rng.choice(prosecutors)
            origin = rng.choice(self.all_states) if rng.random() < 0.3 else owner
            offence = rng.choice(("embezzlement", "bribery", "laundering", "other"))
            numbers[(owner, created_at.year)] += 1
            reference = f"{owner}-{created_at.year}-{numbers[(owner, created_at.year)]:05d}"
            official = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            status = rng.choices(("open", "closed", "archived"), (70, 20, 10))[0]
            opened_on = created_at.date()
            closed_on = (
                opened_on + timedelta(days=rng.randint(30, 900)) if status != "open" else None
            )
            case_id = _uuid(rng)
            updated_at = created_at + timedelta(days=rng.randint(0, 60))
            cases_t.add(
                case_id,
                reference,
                f"Assets of {official}",
                f"Proceeds of {offence} traced to {official} and associates.",
                status,
                owner,
                origin,
                offence,
                lead,
                opened_on,
                closed_on,
                "",
                lead,
                created_at,
                updated_at,
                1,
            )
            member = rng.choice(prosecutors)
            if member != lead:
                team_t.add(case_id, member)
            if origin != owner:
                juris_t.add(case_id, origin, "origin")

            # Shares: 0 to 3 partner states; FR receives about 5.5% of all cases.
            partners: list[str] = []
            if owner != LIAISON_STATE and rng.random() < 0.055:
                partners.append(LIAISON_STATE)
            wanted = rng.choices((0, 1, 2, 3), (25, 35, 25, 15))[0]
            while len(partners) < wanted:
                code = rng.choices(self.partner_states, self.partner_weights)[0]
                if code != owner and code not in partners:
                    partners.append(code)
            for code in partners:
                juris_t.add(case_id, code, "asset_location")
                roll = rng.random()
                revoked = roll < 0.04
                expires_on = None
                if 0.04 <= roll < 0.07:
                    expires_on = date(2020, 1, 1) + timedelta(days=rng.randint(0, 365))
                elif 0.07 <= roll < 0.17:
                    expires_on = date(2030, 1, 1) + timedelta(days=rng.randint(0, 365))
                granted_at = created_at + timedelta(days=rng.randint(1, 90))
                shares_t.add(
                    _uuid(rng),
                    case_id,
                    code,
                    True,
                    lead,
                    granted_at,
                    expires_on,
                    granted_at + timedelta(days=30) if revoked else None,
                    lead if revoked else None,
                    created_at,
                )
                group = group_ids[(code, "liaison")]
                if not revoked:
                    case_perm_t.add(case_id, group, self.view_case.pk)
                    case_perm_t.add(case_id, group, self.answer_mla.pk)
                # The textbook comparison reads guardian's generic table: the shares in force.
                if not revoked and (expires_on is None or expires_on >= BENCH_NOW.date()):
                    generic_perm_t.add(str(case_id), self.case_ct.pk, group, self.view_case.pk)

            # Subjects: the official, a relative, an associate, a corporate vehicle.
            official_id = _uuid(rng)
            subject_ids = [official_id]
            family = rng.choice(LAST_NAMES)
            for role_index, role in enumerate(("official", "family", "associate", "corporate")):
                subject_id = official_id if role_index == 0 else _uuid(rng)
                if role == "official":
                    name, kind, subject_role, restricted = official, "person", "official", False
                elif role == "family":
                    name = f"{rng.choice(FIRST_NAMES)} {official.split()[1]}"
                    kind, subject_role, restricted = "person", "family", False
                elif role == "associate":
                    name = f"{rng.choice(FIRST_NAMES)} {family}"
                    kind, subject_role = "person", "associate"
                    restricted = rng.random() < 0.2
                else:
                    name = f"{family} {rng.choice(ORG_SUFFIXES)}"
                    kind, subject_role = "organization", "corporate_vehicle"
                    restricted = rng.random() < 0.2
                if role_index:
                    subject_ids.append(subject_id)
                subjects_t.add(
                    subject_id,
                    case_id,
                    kind,
                    subject_role,
                    name,
                    [],
                    date(1950, 1, 1) + timedelta(days=rng.randint(0, 15000))
                    if kind == "person"
                    else None,
                    "company" if kind == "organization" else "",
                    rng.choice(self.all_states) if kind == "organization" else None,
                    [],
                    official_id if role_index else None,
                    "" if not role_index else subject_role,
                    restricted,
                    "",
                    created_at,
                    created_at,
                    1,
                )

            # Assets at every stage, with the acts that brought them there.
            for _ in range(ASSETS_PER_CASE):
                asset_id = _uuid(rng)
                stage = rng.choices(stage_names, stage_weights)[0]
                currency = rng.choice(CURRENCIES)
                value = Decimal(rng.randint(10, 50_000)) * 1000
                jurisdiction = rng.choice(partners) if partners else owner
                asset_created = created_at + timedelta(hours=rng.randint(1, 2000))
                restricted = rng.random() < 0.1
                freeze_expires_on = None
                acts = stage_acts[stage]
                when = asset_created
                figures = dict.fromkeys(
                    ("frozen", "seized", "confiscated", "returned", "deducted_expenses"),
                    Decimal(0),
                )
                from_stage = "identified"
                for sequence, action in enumerate(acts, start=1):
                    when = when + timedelta(days=rng.randint(5, 120))
                    issued = when.date() - timedelta(days=1)
                    expires = None
                    amount: Decimal | None = value
                    basis = final = tier = recipient = recipient_state = None
                    expenses = None
                    if action == "freeze":
                        expires = max(
                            BENCH_NOW.date() + timedelta(days=rng.randint(30, 400)),
                            issued + timedelta(days=180),
                        )
                        figures["frozen"] = value
                    elif action == "seize":
                        figures["seized"] = value
                    elif action == "confiscate":
                        basis, final = rng.choice(("conviction", "non_conviction")), True
                        figures["confiscated"] = value
                    elif action == "repatriate":
                        tranche = (value * rng.randint(30, 90) / 100).quantize(Decimal("0.01"))
                        expenses = (tranche / 100).quantize(Decimal("0.01"))
                        tier, recipient, recipient_state = TIER[offence], "requesting_state", owner
                        amount = figures["returned"] = tranche
                        figures["deducted_expenses"] = expenses
                    else:  # release
                        amount = None
                    to_stage = TO_STAGE[action]
                    transitions_t.add(
                        _uuid(rng),
                        asset_id,
                        sequence,
                        action,
                        from_stage,
                        to_stage,
                        "Court of first instance",
                        jurisdiction,
                        f"ORD-{sequence}-{index}",
                        issued,
                        expires,
                        amount,
                        currency if amount is not None else "",
                        basis or "",
                        final,
                        tier or "",
                        recipient or "",
                        recipient_state,
                        expenses,
                        currency if expenses is not None else "",
                        "",
                        None,
                        None,
                        "",
                        lead,
                        when,
                    )
                    from_stage = to_stage
                    if action == "freeze" and stage == "frozen":
                        freeze_expires_on = expires
                if acts:
                    totals_t.add(asset_id, currency, *figures.values())
                assets_t.add(
                    asset_id,
                    case_id,
                    owner,
                    rng.choice(ASSET_KINDS),
                    f"{stage.title()} asset of {official}",
                    {},
                    jurisdiction,
                    rng.choice(subject_ids),
                    None,
                    value,
                    currency,
                    "",
                    restricted,
                    "",
                    stage,
                    freeze_expires_on,
                    asset_created,
                    max(when, asset_created),
                    1 + len(acts),
                )
                if freeze_expires_on is not None:
                    deadlines_t.add(
                        _uuid(rng),
                        case_id,
                        "freeze_expiry",
                        asset_id,
                        f"Freeze of an asset of {official} expires",
                        freeze_expires_on,
                        jurisdiction,
                        None,
                        restricted,
                        True,
                        datetime.combine(
                            freeze_expires_on - timedelta(days=21), datetime.min.time(), UTC
                        ),
                        "",
                        lead,
                        asset_created,
                        asset_created,
                        1,
                    )

            # MLA requests; one per chosen case is due at BENCH_NOW (the sweep's work).
            mla_count = rng.choices((1, 2, 3, 4, 5), (15, 20, 30, 20, 15))[0]
            for mla_index in range(mla_count):
                due_now = mla_index == 0 and index in due_cases
                status = "sent" if due_now else rng.choices(mla_status_names, mla_status_weights)[0]
                requested = rng.choice(partners) if partners else rng.choice(self.all_states)
                if requested == owner:
                    requested = LIAISON_STATE if owner != LIAISON_STATE else PROSECUTOR_STATE
                mla_id = _uuid(rng)
                mla_created = created_at + timedelta(days=rng.randint(1, 200))
                sent_on = mla_created.date() if status != "draft" else None
                if due_now:
                    due_on = BENCH_NOW.date() + timedelta(days=rng.randint(-20, 10))
                elif status in OPEN_MLA:
                    due_on = BENCH_NOW.date() + timedelta(days=rng.randint(60, 500))
                elif sent_on:
                    due_on = sent_on + timedelta(days=90)
                else:
                    due_on = None
                closed = status not in OPEN_MLA and status != "draft"
                restricted = rng.random() < 0.1
                mla_t.add(
                    mla_id,
                    case_id,
                    rng.choice(MLA_KINDS),
                    owner,
                    requested,
                    f"{reference}/MLA-{mla_index + 1}",
                    "",
                    "central_authority",
                    f"Request to {requested} about the assets of {official}",
                    "",
                    "",
                    restricted,
                    "",
                    status,
                    sent_on,
                    due_on,
                    None,
                    sent_on + timedelta(days=120) if closed and sent_on else None,
                    "Insufficient grounds" if status == "refused" else "",
                    "Pending proceedings" if status == "postponed" else "",
                    lead,
                    mla_created,
                    mla_created,
                    2 if sent_on else 1,
                )
                if sent_on:
                    mla_transitions_t.add(
                        _uuid(rng),
                        mla_id,
                        1,
                        "send",
                        "draft",
                        "sent",
                        "",
                        "",
                        lead,
                        mla_created,
                    )
                if due_on is not None and status in OPEN_MLA:
                    if due_now:
                        next_fire = BENCH_NOW - timedelta(minutes=rng.randint(1, 2 * 24 * 60))
                    else:
                        next_fire = datetime.combine(
                            due_on - timedelta(days=21), datetime.min.time(), UTC
                        )
                    deadlines_t.add(
                        _uuid(rng),
                        case_id,
                        "mla_response",
                        mla_id,
                        f"Answer from {requested} due",
                        due_on,
                        requested,
                        requested,
                        restricted,
                        True,
                        next_fire,
                        "",
                        lead,
                        mla_created,
                        mla_created,
                        1,
                    )
            bar.step()
        for (code, year), last in sorted(numbers.items()):
            counters_t.add(code, year, last)

    # -- writing ----------------------------------------------------------------------------

    def copy_all(self) -> None:
        raw = connection.connection
        assert raw is not None
        with raw.cursor() as cursor:
            for name in TABLES:
                table = self.files[name]
                table.file.close()
                bar = Progress(f"COPY {name}", table.rows, self.progress)
                columns = ", ".join(table.columns)
                with (
                    cursor.copy(f"COPY {name} ({columns}) FROM STDIN") as copy,
                    table.path.open("rb") as source,
                ):
                    while chunk := source.read(1 << 20):
                        copy.write(chunk)
                        bar.step(chunk.count(b"\n"))
            # Identity columns written explicitly: move their sequences past the rows.
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('auth_group', 'id'), "
                "(SELECT coalesce(max(id), 1) FROM auth_group))"
            )
