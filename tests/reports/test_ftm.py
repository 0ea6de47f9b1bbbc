"""FollowTheMoney: the export validated with the `followthemoney` library, a liaison's narrower
export, the round trip (export, import into a new case, same entities) and import errors."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from followthemoney import model

from cases.models import Occupancy, State, Subject
from tests.factories import make_asset, make_case, make_subject, share
from tests.reports.conftest import FTM_SAMPLE

SUBJECT_SCHEMATA = {
    "Person",
    "Company",
    "Organization",
    "Position",
    "Occupancy",
    "Family",
    "Associate",
    "Ownership",
}


def export(client: Any, case: Any) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/cases/{case.pk}/export/ftm/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-ndjson"
    lines = b"".join(response.streaming_content).decode().splitlines()
    return [json.loads(line) for line in lines]


def validate(entities: list[dict[str, Any]]) -> None:
    """Every entity is valid FtM: a known schema, known properties with clean values, and
    references that resolve inside the export."""
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.name == data["schema"]
        assert proxy.to_dict()["properties"] == data["properties"], data  # nothing dropped
        for prop, value in proxy.itervalues():
            assert prop.type.clean(value) is not None, (data["schema"], prop.name, value)
            if prop.type.name == "entity":
                assert value in ids, (data["schema"], prop.name)


def fingerprints(entities: list[dict[str, Any]], schemata: set[str] = SUBJECT_SCHEMATA) -> Counter:
    """Entities without their ids: references replaced by what they point at."""
    by_id = {e["id"]: e for e in entities}

    def label(entity_id: str) -> str:
        target = by_id[entity_id]
        return f"{target['schema']}:{sorted(target['properties'].get('name', []))}"

    def shape(entity: dict[str, Any]) -> str:
        schema = model.get(entity["schema"])
        props = {}
        for name, values in sorted(entity["properties"].items()):
            if schema.get(name).type.name == "entity":
                values = [label(v) for v in values]
            props[name] = sorted(values)
        return json.dumps([entity["schema"], props], sort_keys=True)

    return Counter(shape(e) for e in entities if e["schema"] in schemata)


@pytest.fixture
def rich_case(personas):
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    share(case, "FR")
    official = make_subject(
        case=case,
        name="Amaka Example",
        aliases=["A. Example"],
        date_of_birth=date(1961, 3, 14),
        identifiers=[{"type": "passport", "value": "A0123"}],
        nationalities=[State.objects.get(code="NG")],
        occupancies=[
            {
                "position": "Minister of Petroleum",
                "institution": "Federal Government",
                "country": State.objects.get(code="NG"),
                "start_date": date(2010, 4, 6),
                "end_date": date(2015, 5, 29),
            }
        ],
    )
    make_subject(
        case=case, name="Chidi Example", role="family", related_to=official, relationship="son"
    )
    make_subject(
        case=case,
        name="Bola Friend",
        role="associate",
        related_to=official,
        relationship="business partner",
    )
    vehicle = make_subject(
        case=case,
        kind="organization",
        role="corporate_vehicle",
        name="Atlantic Example Holdings Ltd",
        organization_type="company",
        incorporation_state=State.objects.get(code="VG"),
        identifiers=[{"type": "company_number", "value": "BVI-1"}],
        related_to=official,
    )
    informant = make_subject(case=case, name="Secret Informant", restricted=True)
    gb, ch = State.objects.get(code="GB"), State.objects.get(code="CH")
    assets = [
        (
            "bank_account",
            {"iban": "CH9300762011623852957", "bank_name": "Example Bank", "bic": "UBSWCHZH80A"},
            vehicle,
        ),
        (
            "real_estate",
            {"address": "1 Example Gardens, London", "title_number": "NGL123"},
            official,
        ),
        ("securities", {"isin": "US0378331005"}, official),
        ("vehicle", {"registration_number": "AB12 CDE"}, official),
        ("vessel", {"name": "Lady Example", "imo_number": "9074729", "flag_state": "MT"}, vehicle),
        ("aircraft", {"registration_mark": "VP-BXX"}, vehicle),
        (
            "crypto_wallet",
            {"address": "0x52908400098527886E0F7030069857D2E4169EE7", "network": "ethereum"},
            official,
        ),
        ("cash", {"location": "Safe deposit box"}, official),
        (
            "company_shares",
            {"company_name": "Example Oil Ltd", "share_count": "2500", "percentage": "25"},
            official,
        ),
    ]
    for kind, details, holder in assets:
        make_asset(
            case=case,
            kind=kind,
            description=f"The {kind}",
            details=details,
            holder=holder,
            jurisdiction=ch,
        )
    make_asset(
        case=case,
        kind="cash",
        description="Informant's cash",
        details={"location": "x"},
        holder=informant,
        restricted=True,
        jurisdiction=gb,
    )
    return case


@pytest.mark.django_db
def test_export_is_valid_ftm(rich_case, personas, client_for) -> None:
    entities = export(client_for(personas.prosecutor_gb), rich_case)
    validate(entities)
    schemata = Counter(e["schema"] for e in entities)
    for schema in (
        "Person",
        "Position",
        "Occupancy",
        "Family",
        "Associate",
        "Company",
        "Ownership",
        "BankAccount",
        "RealEstate",
        "Security",
        "Vehicle",
        "Vessel",
        "Airplane",
        "CryptoWallet",
        "Asset",
    ):
        assert schemata[schema] >= 1, schema
    names = {n for e in entities for n in e["properties"].get("name", [])}
    assert "Secret Informant" in names
    # Stable ids: the same export twice is the same file.
    assert export(client_for(personas.prosecutor_gb), rich_case) == entities


@pytest.mark.django_db
def test_liaison_export_has_nothing_restricted(rich_case, personas, client_for) -> None:
    entities = export(client_for(personas.liaison_fr), rich_case)
    validate(entities)
    text = json.dumps(entities)
    assert "Secret Informant" not in text
    assert "Informant's cash" not in text
    hidden = {str(s.pk) for s in Subject.objects.filter(restricted=True)}
    assert not any(h in text for h in hidden)
    assert "internal" not in text
    for persona in ("prosecutor_ng", "liaison_ch", "liaison_us"):
        response = client_for(getattr(personas, persona)).get(
            f"/api/v1/cases/{rich_case.pk}/export/ftm/"
        )
        assert response.status_code == 404


@pytest.mark.django_db
def test_round_trip(rich_case, personas, client_for, tmp_path: Path) -> None:
    client = client_for(personas.prosecutor_gb)
    original = export(client, rich_case)
    file = tmp_path / "case.jsonl"
    file.write_text("".join(json.dumps(e) + "\n" for e in original))
    target = make_case(by=personas.prosecutor_gb, title="Imported")
    out = StringIO()
    call_command("import_ftm", str(file), case=target.reference, no_progress=True, stdout=out)
    assert "created:" in out.getvalue()
    again = export(client, target)
    validate(again)
    legal = {"Person", "Organization", "Position", "Occupancy", "Family", "Associate"}
    assert fingerprints(again, legal) == fingerprints(original, legal)
    # The corporate vehicle came back as a company owned by the official.
    vehicle = Subject.objects.get(case=target, name="Atlantic Example Holdings Ltd")
    assert vehicle.role == "corporate_vehicle"
    assert vehicle.related_to.name == "Amaka Example"
    assert vehicle.identifiers == [{"type": "company_number", "value": "BVI-1"}]
    # Importing the same file again matches every subject and creates nothing.
    out = StringIO()
    before = Subject.objects.filter(case=target).count()
    call_command("import_ftm", str(file), case=target.reference, no_progress=True, stdout=out)
    assert Subject.objects.filter(case=target).count() == before
    assert "created: nothing" in out.getvalue()


@pytest.mark.django_db
def test_sample_file_and_dry_run(personas) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    out = StringIO()
    call_command(
        "import_ftm",
        str(FTM_SAMPLE),
        case=case.reference,
        dry_run=True,
        no_progress=True,
        stdout=out,
    )
    assert "Dry run" in out.getvalue()
    assert not Subject.objects.filter(case=case).exists()
    out = StringIO()
    call_command("import_ftm", str(FTM_SAMPLE), case=case.reference, no_progress=True, stdout=out)
    summary = out.getvalue()
    assert "created: 1 Company, 1 Family, 1 Occupancy, 1 Ownership, 2 Person" in summary
    assert "skipped: 1 Sanction" in summary
    pep = Subject.objects.get(case=case, name="Amaka Sample-Okoro")
    assert pep.role == "official"
    assert pep.date_of_birth == date(1961, 3, 14)
    assert list(pep.nationalities.values_list("code", flat=True)) == ["NG"]
    occupancy = Occupancy.objects.get(subject=pep)
    assert (occupancy.position, occupancy.country_id) == ("Minister of Petroleum Resources", "NG")
    son = Subject.objects.get(case=case, name="Chidi Sample-Okoro")
    assert (son.role, son.related_to, son.relationship) == ("family", pep, "son")
    company = Subject.objects.get(case=case, name="Atlantic Sample Holdings Ltd")
    assert company.incorporation_state_id == "VG"
    assert company.related_to == pep


@pytest.mark.django_db
def test_invalid_lines_are_named_and_nothing_is_imported(personas, tmp_path: Path) -> None:
    case = make_case(by=personas.prosecutor_gb)
    lines = FTM_SAMPLE.read_text().splitlines()
    lines[1] = "{not json"
    lines.insert(3, json.dumps({"id": "x1", "schema": "Spaceship", "properties": {}}))
    lines.insert(
        4,
        json.dumps(
            {
                "id": "x2",
                "schema": "Person",
                "properties": {"name": ["A"], "birthDate": ["soon"], "shoeSize": ["42"]},
            }
        ),
    )
    file = tmp_path / "bad.jsonl"
    file.write_text("\n".join(lines) + "\n")
    err = StringIO()
    with pytest.raises(CommandError, match="invalid line"):
        call_command("import_ftm", str(file), case=case.reference, no_progress=True, stderr=err)
    messages = err.getvalue()
    assert "line 2: not JSON" in messages
    assert "line 4: unknown schema 'Spaceship'" in messages
    assert "line 5: birthDate: 'soon' is not a valid date" in messages
    assert "line 5: Person has no property 'shoeSize'" in messages
    # The occupancy's post was on the broken line 2: its reference no longer resolves.
    assert "line 5" in messages
    assert "post: no entity 'Q-sample-pos-1' in file" in messages
    assert not Subject.objects.filter(case=case).exists()
    with pytest.raises(CommandError, match="No case"):
        call_command("import_ftm", str(FTM_SAMPLE), case="XX-0000-00000", no_progress=True)
