"""Demo data for `seed_demo`. Idempotent: each part looks its objects up by natural keys."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from accounts.services.users import state_admins_group
from cases.models import Case, Role, State, Subject, User
from cases.services.case_file import asset_create, case_create, subject_create
from core.state_time import today_in
from demo.asset_stages import seed_asset_stages, seed_fx_rates
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

MINISTER_CASE = "Oil ministry embezzlement (demo)"
BRIBERY_CASE = "Port concession bribery (demo)"
NG_CASE = "Power sector contracts (demo)"


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


def _subject(case: Case, by: User, **data: Any) -> Subject:
    return subject_create(case=case, by=by, data=data)


def seed_minister_case(users: dict[str, User]) -> Case:
    """An embezzlement case: a former minister, two relatives, three shell companies, accounts
    in CH and GB, a London flat and a yacht registered in Malta."""
    lead = users["prosecutor_gb"]
    existing = Case.objects.filter(title=MINISTER_CASE, owner_state_id="GB").first()
    if existing is not None:
        return existing
    case = case_create(
        by=lead,
        title=MINISTER_CASE,
        summary=(
            "Crude-oil revenue diverted from the state oil company between 2010 and 2015 through "
            "inflated lifting contracts, laundered through companies in the BVI and Seychelles "
            "into property in London, accounts in Geneva and a yacht."
        ),
        origin_state=_state("NG"),
        offence_category="embezzlement",
        opened_on=date(2024, 3, 18),
        team=[users["prosecutor2_gb"]],
        jurisdictions=[
            {"state": "NG", "role": "origin"},
            {"state": "CH", "role": "asset_location"},
            {"state": "GB", "role": "asset_location"},
            {"state": "MT", "role": "asset_location"},
            {"state": "AE", "role": "transit"},
        ],
        internal_notes="Bank insider in Geneva is a confidential source; never disclose.",
    )
    minister = _subject(
        case,
        lead,
        kind="person",
        role="official",
        name="Chief Adebayo Demo-Okonkwo",
        aliases=["A. Demo-Okonkwo"],
        date_of_birth=date(1958, 7, 14),
        nationalities=[_state("NG")],
        identifiers=[{"type": "passport", "value": "A05550123", "country": "NG"}],
        occupancies=[
            {
                "position": "Minister of Petroleum Resources",
                "institution": "Federal Ministry of Petroleum Resources",
                "country": _state("NG"),
                "start_date": date(2010, 4, 6),
                "end_date": date(2015, 5, 29),
            }
        ],
    )
    wife = _subject(
        case,
        lead,
        kind="person",
        role="family",
        name="Folake Demo-Okonkwo",
        related_to=minister,
        relationship="spouse",
    )
    son = _subject(
        case,
        lead,
        kind="person",
        role="family",
        name="Tunde Demo-Okonkwo",
        related_to=minister,
        relationship="son",
    )
    companies = [
        _subject(
            case,
            lead,
            kind="organization",
            role="corporate_vehicle",
            name=name,
            organization_type="company",
            incorporation_state=_state(code),
            identifiers=[{"type": "company_number", "value": number, "country": code}],
            related_to=minister,
            relationship="nominee vehicle",
        )
        for name, code, number in [
            ("Atlantic Crest Holdings Ltd", "VG", "1904512"),
            ("Lagoon Bay Investments Ltd", "SC", "218845"),
            ("Harbour Light Trading FZE", "AE", "FZE-44871"),
        ]
    ]
    asset_specs = [
        {
            "kind": "bank_account",
            "description": "Private banking account, Geneva",
            "details": {
                "iban": "CH9300762011623852957",
                "bank_name": "Banque Demo SA",
                "bic": "UBSWCHZH80A",
            },
            "jurisdiction": _state("CH"),
            "holder": companies[0],
            "beneficial_owner": minister,
            "estimated_value_amount": Decimal("15300000.00"),
            "estimated_value_currency": "USD",
        },
        {
            "kind": "bank_account",
            "description": "Current account, London",
            "details": {"iban": "GB82WEST12345698765432", "bank_name": "Demo Bank plc"},
            "jurisdiction": _state("GB"),
            "holder": companies[1],
            "beneficial_owner": minister,
            "estimated_value_amount": Decimal("2400000.00"),
            "estimated_value_currency": "GBP",
        },
        {
            "kind": "real_estate",
            "description": "Flat, Kensington, London",
            "details": {
                "address": "Flat 4, 12 Demo Gardens, London W8",
                "title_number": "NGL990011",
            },
            "jurisdiction": _state("GB"),
            "holder": companies[1],
            "beneficial_owner": minister,
            "estimated_value_amount": Decimal("4750000.00"),
            "estimated_value_currency": "GBP",
        },
        {
            "kind": "vessel",
            "description": "Motor yacht, 65 m",
            "details": {"name": "GALACTICA DEMO", "imo_number": "9074729", "flag_state": "MT"},
            "jurisdiction": _state("MT"),
            "holder": companies[2],
            "beneficial_owner": son,
            "estimated_value_amount": Decimal("80000000.00"),
            "estimated_value_currency": "EUR",
        },
        {
            "kind": "valuables",
            "description": "Jewellery held in a Dubai safe deposit",
            "details": {"description_of_item": "Diamond set", "location": "Dubai"},
            "jurisdiction": _state("AE"),
            "holder": wife,
            "beneficial_owner": minister,
            "estimated_value_amount": Decimal("1200000.00"),
            "estimated_value_currency": "USD",
            "restricted": True,
            "source": "Confidential source; not for partners.",
        },
    ]
    for spec in asset_specs:
        asset_create(case=case, by=lead, data=spec)
    case_share(case=case, state=_state("CH"), by=lead)
    case_share(case=case, state=_state("FR"), by=lead, expires_on=date(2027, 12, 31))
    return case


def seed_bribery_case(users: dict[str, User]) -> Case:
    lead = users["prosecutor2_gb"]
    existing = Case.objects.filter(title=BRIBERY_CASE, owner_state_id="GB").first()
    if existing is not None:
        return existing
    case = case_create(
        by=lead,
        title=BRIBERY_CASE,
        summary="Bribes paid for a container-terminal concession, routed through US securities.",
        origin_state=_state("KE"),
        offence_category="bribery",
        opened_on=date(2025, 9, 2),
        team=[users["prosecutor_gb"]],
        jurisdictions=[
            {"state": "KE", "role": "origin"},
            {"state": "US", "role": "asset_location"},
        ],
    )
    official = _subject(
        case,
        lead,
        kind="person",
        role="official",
        name="Hon. Demo Mwangi",
        occupancies=[
            {
                "position": "Cabinet Secretary for Transport",
                "institution": "Ministry of Transport",
                "country": _state("KE"),
                "start_date": date(2013, 5, 15),
                "end_date": date(2018, 1, 17),
            }
        ],
    )
    informant = _subject(
        case,
        lead,
        kind="person",
        role="associate",
        name="Witness K-7",
        restricted=True,
        related_to=official,
        relationship="former aide",
    )
    asset_create(
        case=case,
        by=lead,
        data={
            "kind": "securities",
            "description": "Equity portfolio at a New York custodian",
            "details": {"isin": "US0378331005", "custodian": "Demo Custody LLC"},
            "jurisdiction": _state("US"),
            "holder": official,
            "estimated_value_amount": Decimal("3100000.00"),
            "estimated_value_currency": "USD",
        },
    )
    asset_create(
        case=case,
        by=lead,
        data={
            "kind": "crypto_wallet",
            "description": "Wallet traced from the aide's exchange account",
            "details": {
                "address": "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                "network": "bitcoin",
            },
            "jurisdiction": _state("US"),
            "holder": informant,
            "restricted": True,
            "estimated_value_amount": Decimal("250000.00"),
            "estimated_value_currency": "USD",
        },
    )
    case_share(case=case, state=_state("US"), by=lead)
    return case


def seed_ng_case(users: dict[str, User]) -> Case:
    lead = users["prosecutor_ng"]
    existing = Case.objects.filter(title=NG_CASE, owner_state_id="NG").first()
    if existing is not None:
        return existing
    case = case_create(
        by=lead,
        title=NG_CASE,
        origin_state=_state("NG"),
        offence_category="laundering",
        opened_on=date(2026, 2, 1),
        summary="Kickbacks on power-station contracts, assets in FR.",
    )
    official = _subject(case, lead, kind="person", role="official", name="Engr. Demo Bello")
    asset_create(
        case=case,
        by=lead,
        data={
            "kind": "real_estate",
            "description": "Villa, Cap d'Antibes",
            "details": {"address": "Chemin de la Demo, Antibes"},
            "jurisdiction": _state("FR"),
            "holder": official,
            "estimated_value_amount": Decimal("6500000.00"),
            "estimated_value_currency": "EUR",
        },
    )
    case_share(case=case, state=_state("FR"), by=lead)
    return case


def seed_mla_requests(case: Case, users: dict[str, User]) -> None:
    """Requests in both directions, each with the history it would have: a near deadline, an
    overdue one, one in execution, a draft, one refused after a consultation, and an incoming
    one from France waiting for its further information (the clock stopped). Dates are days
    before the seeding day, so the story is as old as it says."""
    if MlaRequest.objects.filter(case=case).exists():
        return
    lead = users["prosecutor_gb"]
    today = today_in(lead.state_id)

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # (direction, the other state, kind, due in days, steps: (who, action, fields))
    specs: list[tuple[str, str, str, int, list[tuple[str, str, dict[str, Any]]]]] = [
        ("outgoing", "CH", "freeze", 5, [("team", "send", {"sent_on": ago(2)})]),
        (
            "outgoing",
            "CH",
            "evidence",
            -4,
            [
                ("team", "send", {"sent_on": ago(30)}),
                ("CH", "acknowledge", {"acknowledged_on": ago(26)}),
            ],
        ),
        (
            "outgoing",
            "FR",
            "tracing",
            20,
            [
                ("team", "send", {"sent_on": ago(21)}),
                ("FR", "acknowledge", {"acknowledged_on": ago(18)}),
                ("FR", "start_execution", {}),
            ],
        ),
        ("outgoing", "FR", "evidence", 2, []),  # a draft, due soon once sent
        (
            "outgoing",
            "CH",
            "seizure",
            -20,
            [
                ("team", "send", {"sent_on": ago(60)}),
                ("CH", "acknowledge", {"acknowledged_on": ago(55)}),
                ("CH", "consult", {"note": "Call with the UK Central Authority on the shares"}),
                (
                    "CH",
                    "refuse",
                    {
                        "reason": "The shares were transferred before the facts; seizing them "
                        "would be contrary to the Swiss legal system.",
                        "refusal_grounds": ["uncac_46_21"],
                    },
                ),
            ],
        ),
        (
            "incoming",
            "FR",
            "evidence",
            18,
            [
                ("team", "receive", {"sent_on": ago(12)}),
                ("team", "acknowledge", {"acknowledged_on": ago(10)}),
                (
                    "team",
                    "request_info",
                    {
                        "note": "Which of the official's accounts does the request concern?",
                        "reply_due_on": today + timedelta(days=4),
                    },
                ),
            ],
        ),
    ]
    liaisons = {"CH": users["liaison_ch"], "FR": users["liaison_fr"]}
    for direction, state, kind, due_in, steps in specs:
        other_state = _state(state)
        request, _ = mla_request_create(
            case=case,
            by=lead,
            direction=direction,
            kind=kind,
            due_on=today + timedelta(days=due_in),
            share_with_requested_state=True,
            requesting_reference=(
                f"UKCA-{kind.upper()}-{state}" if direction == "outgoing" else f"{state}-EIO-0412"
            ),
            description=f"Demo {direction} {kind} request ({state}).",
            requested_state=other_state if direction == "outgoing" else None,
            requesting_state=other_state if direction == "incoming" else None,
        )
        for side, action, extra in steps:
            actor = lead if side == "team" else liaisons[side]
            mla_request_transition(request_id=request.pk, by=actor, action=action, **extra)


def seed(*, password: str) -> list[str]:
    users = seed_users(password=password)
    cases = [seed_minister_case(users), seed_bribery_case(users), seed_ng_case(users)]
    seed_asset_stages(case=cases[0], by=users["prosecutor_gb"])
    seed_mla_requests(cases[0], users)
    seed_fx_rates()
    return [
        f"demo users: {', '.join(sorted(users))}",
        *(f"demo case: {case.reference} {case.title}" for case in cases),
    ]
