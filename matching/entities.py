"""FollowTheMoney entities of one subject or one asset: what the matcher compares and what the
FtM export (reports.ftm) is made of.

Pure builders (no queries beyond the subject's prefetched nationalities): they live here, below
`reports`, so that matching scores the very entities that the export shows. Ids are derived
from the records' UUIDs (`ar-<uuid>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cases.models import Asset, OrganizationType, Subject, SubjectRole
from core.money import format_amount

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

__all__ = [
    "ASSET_SCHEMATA",
    "DETAIL_PROPERTIES",
    "IDENTIFIER_PROPERTIES",
    "asset_entity",
    "entity_id",
    "make_entity",
    "subject_entity",
    "subject_schema",
]

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
    "lei": "leiCode",
}
TOPICS = {SubjectRole.OFFICIAL: "role.pep", SubjectRole.FAMILY: "role.rca"}
TOPICS[SubjectRole.ASSOCIATE] = "role.rca"


def entity_id(pk: Any, suffix: str = "") -> str:
    return f"ar-{pk}-{suffix}" if suffix else f"ar-{pk}"


def make_entity(schema: str, entity_id_: str, **properties: Any) -> EntityProxy:
    # followthemoney is imported on the first entity, not with this module (the web workers'
    # URLconf imports it through the match views and the FtM export): it takes ~75 MB, SQLAlchemy
    # included, which only the requests that build entities need (issue 22, matching.scoring).
    from followthemoney import model

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


def subject_entity(subject: Subject) -> EntityProxy:
    schema = subject_schema(subject)
    entity = make_entity(schema, entity_id(subject.pk), name=subject.name, alias=subject.aliases)
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


def asset_entity(asset: Asset) -> EntityProxy:
    """The asset itself (its links to holder and beneficial owner are the export's)."""
    schema = ASSET_SCHEMATA.get(asset.kind, "Asset")
    entity = make_entity(
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
    return entity
