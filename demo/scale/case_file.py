"""The case file: cases (newest last, as created), their team and jurisdictions, the shares with
partner states and the object permissions they grant, and each case's four subjects."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from cases.models import (
    CaseStatus,
    JurisdictionRole,
    OffenceCategory,
    OrganizationType,
    Role,
    SubjectKind,
    SubjectRole,
)
from demo.scale.people import People
from demo.scale.world import (
    BENCH_NOW,
    FIRST_NAMES,
    LAST_NAMES,
    LIAISON_STATE,
    ORG_SUFFIXES,
    PROSECUTOR_STATE,
    Seed,
    new_uuid,
    weighted,
)

FIRST_CASE = datetime(2018, 1, 1, tzinfo=UTC)
STATUSES = weighted({CaseStatus.OPEN: 70, CaseStatus.CLOSED: 20, CaseStatus.ARCHIVED: 10})
# How many partner states a case is shared with, and how often.
PARTNER_COUNTS = weighted({0: 25, 1: 35, 2: 25, 3: 15})
OFFENCES = OffenceCategory.values
LIAISON_STATE_SHARE = 0.055  # FR receives about 5.5% of all cases as shares


@dataclass
class SeededCase:
    """What the children of a case need to know of it."""

    index: int
    id: uuid.UUID
    reference: str
    owner: str
    lead: uuid.UUID
    official: str
    offence: str
    created_at: datetime
    origin: str  # the state the funds came from, which requested their return (UNCAC 57(3))
    partners: list[str] = field(default_factory=list)
    subject_ids: list[uuid.UUID] = field(default_factory=list)


def case_instants(seed: Seed, cases: int) -> list[datetime]:
    """When each case was created, in order: the benchmark's lists are newest first."""
    span = (BENCH_NOW - timedelta(days=1) - FIRST_CASE).total_seconds()
    return sorted(FIRST_CASE + timedelta(seconds=seed.rng.random() * span) for _ in range(cases))


class CaseReferences:
    """`GB-2024-00042`: numbered per owning state and year, as the counter table holds them."""

    def __init__(self) -> None:
        self.last: dict[tuple[str, int], int] = defaultdict(int)

    def next(self, state: str, year: int) -> str:
        self.last[(state, year)] += 1
        return f"{state}-{year}-{self.last[(state, year)]:05d}"

    def seed_counters(self, seed: Seed) -> None:
        for (code, year), last in sorted(self.last.items()):
            seed.tables["cases_casereferencecounter"].add(code, year, last)


def case_seed(
    seed: Seed, people: People, references: CaseReferences, index: int, created_at: datetime
) -> SeededCase:
    """One case, its second team member and its state of origin."""
    rng, reference = seed.rng, seed.reference
    owner = rng.choices(reference.owner_states, reference.owner_weights)[0]
    prosecutors = people.prosecutors(owner)
    # The known GB prosecutor leads every third GB case.
    bench_lead = owner == PROSECUTOR_STATE and index % 3 == 0
    lead = people.prosecutors(PROSECUTOR_STATE)[0] if bench_lead else rng.choice(prosecutors)
    origin = rng.choice(reference.all_states) if rng.random() < 0.3 else owner
    offence = rng.choice(OFFENCES)
    case = SeededCase(
        index=index,
        id=uuid.UUID(int=0),
        reference=references.next(owner, created_at.year),
        owner=owner,
        lead=lead,
        official=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        offence=offence,
        created_at=created_at,
        origin=origin,
    )
    status = rng.choices(*STATUSES)[0]
    opened_on = created_at.date()
    closed_on = None
    if status != CaseStatus.OPEN:
        closed_on = opened_on + timedelta(days=rng.randint(30, 900))
    case.id = new_uuid(rng)
    seed.tables["cases_case"].add(
        case.id,
        case.reference,
        f"Assets of {case.official}",
        f"Proceeds of {offence} traced to {case.official} and associates.",
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
        created_at + timedelta(days=rng.randint(0, 60)),
        1,
    )
    member = rng.choice(prosecutors)
    if member != lead:
        seed.tables["cases_case_team"].add(case.id, member)
    if origin != owner:
        seed.tables["cases_casejurisdiction"].add(case.id, origin, JurisdictionRole.ORIGIN)
    return case


def partners_draw(seed: Seed, case: SeededCase) -> list[str]:
    """0 to 3 partner states, drawn by how many shares each receives."""
    rng, reference = seed.rng, seed.reference
    partners: list[str] = []
    if case.owner != LIAISON_STATE and rng.random() < LIAISON_STATE_SHARE:
        partners.append(LIAISON_STATE)
    wanted = rng.choices(*PARTNER_COUNTS)[0]
    while len(partners) < wanted:
        code = rng.choices(reference.partner_states, reference.partner_weights)[0]
        if code != case.owner and code not in partners:
            partners.append(code)
    return partners


def share_terms(seed: Seed) -> tuple[bool, date | None]:
    """(revoked, expires_on): 4% revoked, 3% lapsed, 10% expiring in 2030, the rest open."""
    roll = seed.rng.random()
    if roll < 0.04:
        return True, None
    if roll < 0.07:
        return False, date(2020, 1, 1) + timedelta(days=seed.rng.randint(0, 365))
    if roll < 0.17:
        return False, date(2030, 1, 1) + timedelta(days=seed.rng.randint(0, 365))
    return False, None


def shares_seed(seed: Seed, people: People, case: SeededCase) -> None:
    """The case's shares, each an asset location, with the permissions of the partner's
    liaisons (the shares in force also in guardian's generic table, which the benchmark's
    textbook comparison reads)."""
    tables, reference = seed.tables, seed.reference
    case.partners = partners_draw(seed, case)
    for code in case.partners:
        tables["cases_casejurisdiction"].add(case.id, code, JurisdictionRole.ASSET_LOCATION)
        revoked, expires_on = share_terms(seed)
        granted_at = case.created_at + timedelta(days=seed.rng.randint(1, 90))
        tables["cases_caseshare"].add(
            new_uuid(seed.rng),
            case.id,
            code,
            True,
            case.lead,
            granted_at,
            expires_on,
            granted_at + timedelta(days=30) if revoked else None,
            case.lead if revoked else None,
            case.created_at,
        )
        if revoked:
            continue
        group = people.group_ids[(code, Role.LIAISON)]
        permissions = tables["cases_casegroupobjectpermission"]
        permissions.add(case.id, group, reference.view_case)
        permissions.add(case.id, group, reference.answer_mla)
        if expires_on is None or expires_on >= BENCH_NOW.date():
            tables["guardian_groupobjectpermission"].add(
                str(case.id), reference.case_content_type, group, reference.view_case
            )


def subjects_seed(seed: Seed, case: SeededCase) -> None:
    """The official, a relative, an associate and a corporate vehicle (the last two restricted
    one time in five)."""
    rng = seed.rng
    official_id = new_uuid(rng)
    family = rng.choice(LAST_NAMES)
    case.subject_ids = [official_id]
    subject_seed(seed, case, official_id, SubjectRole.OFFICIAL, case.official, restricted=False)
    for role in (SubjectRole.FAMILY, SubjectRole.ASSOCIATE, SubjectRole.CORPORATE_VEHICLE):
        subject_id = new_uuid(rng)
        case.subject_ids.append(subject_id)
        if role == SubjectRole.FAMILY:
            name, restricted = f"{rng.choice(FIRST_NAMES)} {case.official.split()[1]}", False
        elif role == SubjectRole.ASSOCIATE:
            name, restricted = f"{rng.choice(FIRST_NAMES)} {family}", rng.random() < 0.2
        else:
            name, restricted = f"{family} {rng.choice(ORG_SUFFIXES)}", rng.random() < 0.2
        subject_seed(seed, case, subject_id, role, name, restricted=restricted)


def subject_seed(
    seed: Seed, case: SeededCase, subject_id: uuid.UUID, role: str, name: str, *, restricted: bool
) -> None:
    """One subject; every one but the official is related to the official."""
    rng = seed.rng
    person = role != SubjectRole.CORPORATE_VEHICLE
    related = role != SubjectRole.OFFICIAL
    seed.tables["cases_subject"].add(
        subject_id,
        case.id,
        SubjectKind.PERSON if person else SubjectKind.ORGANIZATION,
        role,
        name,
        [],
        date(1950, 1, 1) + timedelta(days=rng.randint(0, 15000)) if person else None,
        "" if person else OrganizationType.COMPANY,
        None if person else rng.choice(seed.reference.all_states),
        [],
        case.subject_ids[0] if related else None,
        role if related else "",
        restricted,
        "",
        case.created_at,
        case.created_at,
        1,
    )
