"""FollowTheMoney (FtM): a case as FtM entities, and FtM entities into a case.

FtM is the investigators' lingua franca (Aleph, OpenSanctions). The export maps:

- subjects: persons to `Person`, organizations to `Company` (type company) or `Organization`;
- a subject's dated offices to `Position` + `Occupancy` (holder, post, start and end dates);
- relatives and associates (`related_to`) to `Family` and `Associate`; a nominee to
  `Representation`; a corporate vehicle to `Ownership` (its owner the subject it serves) when it
  is a company, else `UnknownLink`;
- assets by kind: `BankAccount`, `RealEstate`, `Company` (company shares), `Security`, `Vehicle`,
  `Vessel`, `Airplane`, `CryptoWallet`, and the generic `Asset` for cash, valuables and the rest;
  with an `Ownership` from the holder (role "holder") and the beneficial owner.

Ids are derived from the records' UUIDs (`ar-<uuid>`, links `ar-<uuid>-<what>`), so exporting
twice gives the same ids. The export is built from `visibility.visible`: a liaison's export has
no restricted subject or asset, and no link to one. Internal notes and sources never leave.

The import (`manage.py import_ftm`) is in `reports.ftm_import`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from cases.models import Asset, Case, OrganizationType, Subject, SubjectRole, User
from core.money import format_amount

__all__ = ["ASSET_SCHEMATA", "case_entities", "entity_id"]

#: The FtM schema of each kind of asset.
ASSET_SCHEMATA = {
    "bank_account": "BankAccount",
    "real_estate": "RealEstate",
    "company_shares": "Company",
    "securities": "Security",
    "vehicle": "Vehicle",
    "vessel": "Vessel",
    "aircraft": "Airplane",
    "crypto_wallet": "CryptoWallet",
    "cash": "Asset",
    "valuables": "Asset",
    "other": "Asset",
}
#: Asset details -> FtM property, per kind.
DETAIL_PROPERTIES: dict[str, dict[str, str]] = {
    "bank_account": {
        "iban": "iban",
        "account_number": "accountNumber",
        "bic": "bic",
        "bank_name": "bankName",
        "currency": "currency",
    },
    "real_estate": {
        "address": "address",
        "title_number": "titleNumber",
        "property_type": "propertyType",
    },
    "company_shares": {"company_name": "name", "company_number": "registrationNumber"},
    "securities": {"isin": "isin"},
    "vehicle": {"registration_number": "registrationNumber", "make_model": "model"},
    "vessel": {"name": "name", "imo_number": "imoNumber", "mmsi": "mmsi", "flag_state": "flag"},
    "aircraft": {
        "registration_mark": "registrationNumber",
        "serial_number": "serialNumber",
        "model": "model",
    },
    "crypto_wallet": {"address": "publicKey", "network": "blockchain"},
    "cash": {"location": "address", "currency": "currency"},
    "valuables": {"location": "address"},
    "other": {},
}
#: Identifier types of a subject -> FtM property.
IDENTIFIER_PROPERTIES = {
    "passport": "passportNumber",
    "national_id": "idNumber",
    "tax_number": "taxNumber",
    "company_number": "registrationNumber",
    "registration_number": "registrationNumber",
}
TOPICS = {SubjectRole.OFFICIAL: "role.pep", SubjectRole.FAMILY: "role.rca"}
TOPICS[SubjectRole.ASSOCIATE] = "role.rca"


def entity_id(pk: Any, suffix: str = "") -> str:
    return f"ar-{pk}-{suffix}" if suffix else f"ar-{pk}"


def _make(schema: str, entity_id_: str, **properties: Any) -> EntityProxy:
    entity = model.make_entity(schema)
    entity.id = entity_id_
    for name, values in properties.items():
        for value in values if isinstance(values, list | tuple) else [values]:
            if value not in (None, ""):
                entity.add(name, str(value))
    return entity


def subject_schema(subject: Subject) -> str:
    if subject.kind == "person":
        return "Person"
    return "Company" if subject.organization_type == OrganizationType.COMPANY else "Organization"


def _subject_entity(subject: Subject) -> EntityProxy:
    schema = subject_schema(subject)
    entity = _make(schema, entity_id(subject.pk), name=subject.name, alias=subject.aliases)
    if schema == "Person":
        entity.add("birthDate", subject.date_of_birth and subject.date_of_birth.isoformat())
        entity.add("nationality", [s.code.lower() for s in subject.nationalities.all()])
    else:
        entity.add(
            "jurisdiction",
            subject.incorporation_state_id and subject.incorporation_state_id.lower(),
        )
        entity.add("legalForm", subject.organization_type or None)
    for identifier in subject.identifiers or []:
        prop = IDENTIFIER_PROPERTIES.get(str(identifier.get("type", "")))
        if prop and entity.schema.get(prop) is not None:
            entity.add(prop, identifier.get("value"))
    if subject.role in TOPICS and schema == "Person":
        entity.add("topics", TOPICS[SubjectRole(subject.role)])
    return entity


def _occupancy_entities(subject: Subject) -> Iterator[EntityProxy]:
    for occupancy in subject.occupancies.all():
        position = _make(
            "Position",
            entity_id(occupancy.pk, "position"),
            name=occupancy.position,
            description=occupancy.institution,
            country=occupancy.country_id.lower(),
        )
        yield position
        yield _make(
            "Occupancy",
            entity_id(occupancy.pk),
            holder=entity_id(subject.pk),
            post=position.id,
            startDate=occupancy.start_date and occupancy.start_date.isoformat(),
            endDate=occupancy.end_date and occupancy.end_date.isoformat(),
        )


def _relation_entity(subject: Subject, target_schema: str) -> EntityProxy | None:
    """The link from a subject to the one it is related to (both visible)."""
    other, this = entity_id(subject.related_to_id), entity_id(subject.pk)
    link = entity_id(subject.pk, "relation")
    relationship = subject.relationship
    if subject.kind == "person" and subject.role == SubjectRole.FAMILY:
        if target_schema != "Person":
            return None
        return _make("Family", link, person=other, relative=this, relationship=relationship)
    if subject.kind == "person" and subject.role == SubjectRole.ASSOCIATE:
        if target_schema != "Person":
            return None
        return _make("Associate", link, person=other, associate=this, relationship=relationship)
    if subject.role == SubjectRole.NOMINEE:
        return _make(
            "Representation", link, agent=this, client=other, role=relationship or "nominee"
        )
    if subject_schema(subject) == "Company":
        return _make(
            "Ownership", link, owner=other, asset=this, role=relationship or "beneficial owner"
        )
    return _make("UnknownLink", link, subject=other, object=this, role=relationship)


def _asset_entities(asset: Asset, visible_subjects: set[Any]) -> Iterator[EntityProxy]:
    schema = ASSET_SCHEMATA.get(asset.kind, "Asset")
    entity = _make(
        schema,
        entity_id(asset.pk),
        name=asset.description,
        description=asset.description,
        country=asset.jurisdiction_id.lower(),
    )
    if asset.estimated_value_amount is not None and entity.schema.get("amount") is not None:
        entity.add(
            "amount", format_amount(asset.estimated_value_amount, asset.estimated_value_currency)
        )
        entity.add("currency", asset.estimated_value_currency)
    for key, prop in DETAIL_PROPERTIES.get(asset.kind, {}).items():
        value = (asset.details or {}).get(key)
        if value:
            entity.add(prop, value.lower() if prop == "flag" else value)
    yield entity
    details = asset.details or {}
    for owner_id, role in (
        (asset.holder_id, "holder"),
        (asset.beneficial_owner_id, "beneficial owner"),
    ):
        if owner_id is None or owner_id not in visible_subjects:
            continue
        ownership = _make(
            "Ownership",
            entity_id(asset.pk, role.replace(" ", "-")),
            owner=entity_id(owner_id),
            asset=entity.id,
            role=role,
        )
        if asset.kind == "company_shares" and role == "holder":
            ownership.add("sharesCount", details.get("share_count"))
            ownership.add("percentage", details.get("percentage"))
        yield ownership


def case_entities(*, case: Case, user: User) -> Iterator[EntityProxy]:
    """The case as FtM entities, as `user` may see it (a fixed number of queries)."""
    subjects = list(
        Subject.objects.visible_to(user)
        .filter(case=case)
        .prefetch_related("nationalities", "occupancies")
        .order_by("created_at", "id")
    )
    schemata = {subject.pk: subject_schema(subject) for subject in subjects}
    for subject in subjects:
        yield _subject_entity(subject)
        yield from _occupancy_entities(subject)
    for subject in subjects:
        if subject.related_to_id is not None and subject.related_to_id in schemata:
            link = _relation_entity(subject, schemata[subject.related_to_id])
            if link is not None:
                yield link
    assets = Asset.objects.visible_to(user).filter(case=case).order_by("created_at", "id")
    for asset in assets.iterator(chunk_size=500):
        yield from _asset_entities(asset, set(schemata))
