"""The synthetic world's fixed points (what `bench/run.py` relies on), its vocabulary of names,
the reference data it reads from the database, and the `Seed` that every step writes through."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError

from cases.models import Case, State
from demo.scale.tables import Tables

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
MLA_PER_CASE = 3  # on average: 1 to 5 per case

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


def new_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def weighted(weights: dict[Any, int]) -> tuple[list[Any], list[int]]:
    """(population, weights) of a table of weights, for `rng.choices(*weighted(...))`."""
    return list(weights), list(weights.values())


def zipf_weights(n: int, exponent: float = 0.8) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, n + 1)]


@dataclass(frozen=True)
class Reference:
    """What the world reads from the database: the states, and the permissions a share grants."""

    owner_states: list[str]
    owner_weights: list[float]
    all_states: list[str]
    partner_states: list[str]
    partner_weights: list[float]
    case_content_type: int
    view_case: int
    answer_mla: int
    password: str


def reference_load(rng: random.Random) -> Reference:
    codes = sorted(State.objects.values_list("code", flat=True))
    if len(codes) < OWNER_STATES:
        raise CommandError("The states are not loaded (run migrate).")
    others = [c for c in codes if c not in (PROSECUTOR_STATE, LIAISON_STATE)]
    rng.shuffle(others)
    # GB first: the largest owning state; FR a mid-sized owner and a big partner.
    owner_states = [PROSECUTOR_STATE, *others[:5], LIAISON_STATE, *others[5:]][:OWNER_STATES]
    partners = [c for c in codes if c != LIAISON_STATE]
    rng.shuffle(partners)
    case_ct = ContentType.objects.get_for_model(Case)
    permissions = dict(
        Permission.objects.filter(
            content_type=case_ct, codename__in=("view_case", "answer_mla_case")
        ).values_list("codename", "pk")
    )
    return Reference(
        owner_states=owner_states,
        owner_weights=zipf_weights(len(owner_states)),
        all_states=codes,
        partner_states=partners,
        partner_weights=zipf_weights(len(partners), 1.0),
        case_content_type=case_ct.pk,
        view_case=permissions["view_case"],
        answer_mla=permissions["answer_mla_case"],
        password=make_password(None),  # unusable: the benchmark signs in with force_login
    )


@dataclass
class Seed:
    """The random source (one seed gives one world), the reference data and the tables."""

    rng: random.Random
    reference: Reference
    tables: Tables
    # Pure results worth computing once per run (the reminder schedule of a date in a state).
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)
